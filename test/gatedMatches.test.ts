import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { extractFigures } from '../server/src/core';
import { caselessPattern } from '../server/src/core/text/caselessPattern';
import { gatedMatches } from '../server/src/core/text/gatedMatches';
import { WORD_NUMBER_GATE_PATTERN, WORD_NUMBER_PATTERN } from '../server/src/core/figures/extractFigures';
import { NUMBER_WORDS } from '../server/src/core/figures/vocabulary';

const ROOT = join(__dirname, '..', '..');

const gate = new RegExp(caselessPattern(WORD_NUMBER_GATE_PATTERN), 'gu');
const sticky = new RegExp(caselessPattern(WORD_NUMBER_PATTERN), 'uy');
const scan = new RegExp(caselessPattern(WORD_NUMBER_PATTERN), 'gu');

/** Every match as "index:text:group", gated and by a plain global scan. */
const gated = (text: string) => gatedMatches(text, gate, sticky).map((m) => `${m.index}:${m[0]}:${m[1]}`);
const scanned = (text: string) => [...text.matchAll(scan)].map((m) => `${m.index}:${m[0]}:${m[1]}`);

describe('gatedMatches: a large pattern tried only where its gate matches', () => {
  test('the same matches as a global scan, in order; a match the gate does not open is lost (the gate must open every one)', () => {
    assert.deepEqual(gatedMatches('cd ab ab', /a/g, /ab|cd/y).map((m) => `${m.index}:${m[0]}`), ['3:ab', '6:ab']);
    assert.deepEqual(gatedMatches('cd ab ab', /a|c/g, /ab|cd/y).map((m) => `${m.index}:${m[0]}`), ['0:cd', '3:ab', '6:ab']);
    // A gate place inside a match is passed over, as a global scan goes on after the match.
    assert.deepEqual(gatedMatches('abab', /a|b/g, /abab|ab/y).map((m) => `${m.index}:${m[0]}`), ['0:abab']);
    assert.deepEqual(gatedMatches('nothing here', /q/g, /q/y), []);
  });

  test('the number words: German and English, any case, composed, glued to "mal", "fach", "fold", as the plain scan finds them', () => {
    const de = 'Zweihundertfünfzig Forscher arbeiteten FÜNFMAL so viel, dreiundzwanzig davon zehnfach; eintausenddreihundert Modelle, keiner, Anderthalb Jahre, ein Achtel.';
    const en = 'A hundred and twenty engineers ran a THOUSAND GPUs, twenty-one of them tenfold; an hour, and any amount, Thirteen Hundred and six, one and a half.';
    assert.deepEqual(gated(de), scanned(de));
    assert.deepEqual(gated(en), scanned(en));
    assert.deepEqual(gated(de), ['0:Zweihundertfünfzig:Zweihundertfünfzig', '39:FÜNF:FÜNF', '56:dreiundzwanzig:dreiundzwanzig', '77:zehn:zehn', '87:eintausenddreihundert:eintausenddreihundert', '118:keiner:keiner', '126:Anderthalb:Anderthalb', '144:ein:ein']);
    assert.deepEqual(gated(en), ['0:A hundred and twenty:A hundred and twenty', '35:a THOUSAND:a THOUSAND', '52:twenty-one:twenty-one', '71:ten:ten', '80:an:an', '105:Thirteen Hundred and six:Thirteen Hundred and six', '131:one and a half:one and a half']);
    // Not number words, and not gated either: "and", "any", "Einsatz", "someone", "Tone", "amalgam".
    for (const text of ['and any amount', 'Der Einsatz lohnte sich.', 'Someone, Tone, amalgam, antenna.']) {
      assert.deepEqual(gated(text), []);
      assert.deepEqual(scanned(text), []);
    }
    // The Kelvin sign and the long s as under `iu`.
    assert.deepEqual(gated('\u212aein \u017fix'), ['0:\u212aein:\u212aein', '5:\u017fix:\u017fix']);
  });

  test('the number words of every bundled article, distractor and tuning draft, gated as scanned', () => {
    for (const folder of ['samples/sources', 'test/eval/distractors', 'test/eval/tuning']) {
      for (const file of readdirSync(join(ROOT, folder))) {
        const text = readFileSync(join(ROOT, folder, file), 'utf8');
        assert.deepEqual(gated(text), scanned(text), `${folder}/${file}`);
      }
    }
  });

  test('any run of number words, starters and other words, in any case and spacing, gated as scanned', () => {
    const words = [...NUMBER_WORDS.keys(), 'a', 'an', 'and', 'ein', 'eine', 'eins', 'kein', 'keiner', 'one', 'und', 'einhalb', 'half', 'mal', 'fach', 'fold', 'Tone', 'amalgam', 'Einsatz', 'x', '7', '-'];
    const token = fc.tuple(fc.constantFrom(...words), fc.constantFrom('lower', 'upper', 'title'), fc.constantFrom('', ' ', '  ', '-', ', ', '\n')).map(([w, c, gap]) => (c === 'upper' ? w.toUpperCase() : c === 'title' ? w[0].toUpperCase() + w.slice(1) : w) + gap);
    fc.assert(fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
      const text = tokens.join('');
      assert.deepEqual(gated(text), scanned(text));
    }), { numRuns: 3000 });
  });

  test('figures read from number words keep their ranges and values, German and English', () => {
    const de = extractFigures('Rund zweihundertfünfzig Forscher und dreiundzwanzig Technikerinnen arbeiteten dort.', { language: 'de', masked: [], isSource: true });
    assert.deepEqual(de.map((f) => [f.start, f.end, f.value]), [[5, 23, 250], [37, 51, 23]]);
    const en = 'A hundred and twenty engineers and an intern.';
    assert.deepEqual(extractFigures(en, { language: 'en', masked: [], isSource: true }).map((f) => [f.start, f.end, f.value]), [[0, 20, 120]]);
  });
});
