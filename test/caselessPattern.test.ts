import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { extractFigures } from '../server/src/core';
import { caselessPattern, caselessRegExp } from '../server/src/core/text/caselessPattern';
import { WORD_NUMBER_PATTERN } from '../server/src/core/figures/extractFigures';

const ROOT = join(__dirname, '..', '..');

/** The code points of the Basic Multilingual Plane (surrogates apart) a one-character pattern takes. */
function takes(pattern: RegExp): number[] {
  const taken: number[] = [];
  for (let cp = 0; cp <= 0xffff; cp++) if ((cp < 0xd800 || cp > 0xdfff) && pattern.test(String.fromCharCode(cp))) taken.push(cp);
  return taken;
}

/** Every match of a pattern in a text, as "index:text". */
const matches = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`);

describe('caselessPattern: an iu pattern spelt out for u alone', () => {
  test('every letter the lexicons write takes exactly what it takes under iu, the Kelvin sign, long s and capital sharp s included', () => {
    for (const letter of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüßÄÖÜéè') {
      assert.deepEqual(takes(new RegExp(`^${caselessPattern(letter)}$`, 'u')), takes(new RegExp(`^${letter}$`, 'iu')), letter);
    }
    assert.equal(caselessPattern('k'), '[kK\\u212a]');
    assert.equal(caselessPattern('ß'), '[ß\\u1e9e]');
  });

  test('\\p{L} takes the mark that folds to a letter, alone and in a class, negated too', () => {
    for (const pattern of ['\\p{L}', '[\\p{L}\\d-]', '[^\\p{L}]']) {
      assert.deepEqual(takes(new RegExp(`^${caselessPattern(pattern)}$`, 'u')), takes(new RegExp(`^${pattern}$`, 'iu')), pattern);
    }
  });

  test('a group\'s own syntax is left as written: named groups, look-behinds, look-aheads', () => {
    assert.equal(caselessPattern('(?<year>ab)(?<!x)(?=y)(?:z)'), '(?<year>[aA][bB])(?<![xX])(?=[yY])(?:[zZ])');
    assert.equal(caselessPattern('a\\s+b\\.\\d'), '[aA]\\s+[bB]\\.\\d');
  });

  test('refuses what it could not rewrite exactly', () => {
    for (const pattern of ['\\w+', 'a\\b', '\\p{Lu}', '\\P{L}', '(a)\\1', '\\u0041', '[a-z]', '\\k<x>']) assert.throws(() => caselessPattern(pattern), /caselessPattern/, pattern);
  });

  test('caselessRegExp compiles at its first use, once, with the flags but i', () => {
    const pattern = caselessRegExp('(?<![\\p{L}])zwei|two', 'giu');
    const compiled = pattern();
    assert.equal(pattern(), compiled);
    assert.equal(compiled.flags, 'gu');
    assert.equal(compiled.source, caselessPattern('(?<![\\p{L}])zwei|two'));
    assert.deepEqual(matches(compiled, 'ZWEI, Two, einzwei'), ['0:ZWEI', '6:Two']);
    // A pattern it cannot rewrite throws where it is first used, not where it is written.
    const refused = caselessRegExp('\\bzwei', 'iu');
    assert.throws(() => refused(), /caselessPattern/);
  });

  test('the number words match as they did with iu, German and English, in every sentence of the bundled articles and the distractors', () => {
    const original = new RegExp(WORD_NUMBER_PATTERN, 'giu');
    const spelt = new RegExp(caselessPattern(WORD_NUMBER_PATTERN), 'gu');
    const texts = [
      'Zweihundert Forscher arbeiteten FÜNFMAL so viel, dreiundzwanzig davon zehnfach.',
      'Two Hundred engineers ran a THOUSAND GPUs, twenty-one of them tenfold.',
      'Einsatz, someone, Tone, Keiner, \u212aein, \u017fix, ZWEIHUNDERTFÜNF, Neunzig',
    ];
    for (const folder of ['samples/sources', 'test/eval/distractors']) {
      for (const file of readdirSync(join(ROOT, folder))) texts.push(readFileSync(join(ROOT, folder, file), 'utf8'));
    }
    for (const text of texts) assert.deepEqual(matches(spelt, text), matches(original, text));
    assert.deepEqual(matches(spelt, texts[0]), ['0:Zweihundert', '32:FÜNF', '49:dreiundzwanzig', '70:zehn']);
    assert.deepEqual(matches(spelt, texts[1]), ['0:Two Hundred', '26:a THOUSAND', '43:twenty-one', '62:ten']);
    // "Einsatz", "someone", "Tone": no number word inside a word; the Kelvin sign and the long s as under iu.
    assert.deepEqual(matches(spelt, texts[2]), ['24:Keiner', '32:\u212aein', '38:\u017fix', '43:ZWEIHUNDERTFÜNF', '60:Neunzig']);
  });

  test('figures read from number words keep their ranges, German and English', () => {
    const de = extractFigures('Zweihundert Forscher arbeiteten dort.', { language: 'de', masked: [], isSource: true });
    assert.deepEqual(de.map((f) => [f.start, f.end, f.value]), [[0, 11, 200]]);
    const en = extractFigures('Two hundred researchers worked there.', { language: 'en', masked: [], isSource: true });
    assert.deepEqual(en.map((f) => [f.start, f.end, f.value]), [[0, 11, 200]]);
    // Not a number word: "Einsatz", "someone".
    assert.deepEqual(extractFigures('Der Einsatz lohnte sich.', { language: 'de', masked: [], isSource: true }), []);
    assert.deepEqual(extractFigures('Someone paid for it.', { language: 'en', masked: [], isSource: true }), []);
  });
});
