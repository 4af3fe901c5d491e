import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { extractFigures } from '../server/src/core';
import { GOVERNS_A_FIGURE_PATTERN, ungovernedMoves } from '../server/src/core/analysis/ungovernedMoves';
import { FACTOR_PATTERN, LIST_END_BEFORE_PATTERN, endsListBefore } from '../server/src/core/figures/extractFigures';
import { NUMBER_BEFORE_PATTERN } from '../server/src/core/figures/unitFromHeader';
import { LEADING_NUMBER_WORD_PATTERN, leadingNumberWord, numberWordValue } from '../server/src/core/figures/vocabulary';
import { caselessPattern } from '../server/src/core/text/caselessPattern';

const ROOT = join(__dirname, '..', '..');

/** The bundled articles, the distractors, and sentences in every case with the Kelvin sign and the long s. */
function texts(): string[] {
  const all = [
    'Zwischen ZEHN und fünfzig Prozent, von zehn- bis fünfzigtausend, Zweihundert oder 300, \u212aein und \u017fechs bis 7.',
    'Between TEN and fifty percent, from Two Hundred to 300, a hundred and thirty or 140, 40 percent of the users.',
    'Die Kosten stiegen um den FAKTOR Zehn, by a Factor Of Fourteen, Faktor vierzehn, factor of 2.5.',
  ];
  for (const folder of ['samples/sources', 'test/eval/distractors']) {
    for (const file of readdirSync(join(ROOT, folder))) all.push(readFileSync(join(ROOT, folder, file), 'utf8'));
  }
  return all;
}

/** Every place a word or a number starts. */
const wordStarts = (text: string) => [...text.matchAll(/(?<![\p{L}\d])[\p{L}\d]/gu)].map((m) => m.index!);

describe('the patterns holding the number words, compiled with their case spelt out, match as they did with iu', () => {
  test('a range or list end before a bare number ("zehn und", "TEN to", "40 percent of"): every 40 characters before each word of the corpus', () => {
    const original = new RegExp(LIST_END_BEFORE_PATTERN, 'iu');
    let ends = 0;
    for (const text of texts()) {
      for (const at of wordStarts(text)) {
        const before = text.slice(Math.max(0, at - 40), at);
        assert.equal(endsListBefore(before), original.test(before), before);
        if (original.test(before)) ends++;
      }
    }
    assert.ok(ends > 50, `${ends}`);
    assert.equal(endsListBefore('Zwischen ZEHN und '), true);
    assert.equal(endsListBefore('von zehn- bis '), true);
    assert.equal(endsListBefore('from Two Hundred to '), true);
    assert.equal(endsListBefore('\u017fechs bis '), true);
    // Not a number word before the connector, or one inside a word: the bare number ends no list.
    assert.equal(endsListBefore('die Nutzer und '), false);
    assert.equal(endsListBefore('Zehntausende und '), false);
    assert.equal(endsListBefore('the someone and '), false);
  });

  test('a factor ("by a Factor Of Fourteen", „um den FAKTOR Zehn“): every match in the corpus, and the figures read from it', () => {
    const original = new RegExp(FACTOR_PATTERN, 'giu');
    const spelt = new RegExp(caselessPattern(FACTOR_PATTERN), 'gu');
    const matches = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`);
    for (const text of texts()) assert.deepEqual(matches(spelt, text), matches(original, text));
    const de = extractFigures('Das Training war um den FAKTOR Zehn teurer.', { language: 'de', masked: [], isSource: true });
    assert.deepEqual(de.map((f) => [f.start, f.end, f.kind, f.value]), [[24, 35, 'multiplier', 10]]);
    const en = extractFigures('Training cost more by a Factor Of Fourteen.', { language: 'en', masked: [], isSource: true });
    assert.deepEqual(en.map((f) => [f.start, f.end, f.kind, f.value]), [[22, 42, 'multiplier', 14]]);
    // "Faktoren", "factors": no factor of a number.
    assert.deepEqual(extractFigures('Die Faktoren wurden zehn Jahre lang geprüft.', { language: 'de', masked: [], isSource: true }).map((f) => f.kind), ['count']);
    assert.deepEqual(extractFigures('The factors were tested for ten years.', { language: 'en', masked: [], isSource: true }).map((f) => f.kind), ['count']);
  });

  test('a number word a text opens with, and one a move governs: at every word of the corpus', () => {
    const pairs: Array<[RegExp, RegExp]> = [LEADING_NUMBER_WORD_PATTERN, GOVERNS_A_FIGURE_PATTERN].map((p) => [new RegExp(p, 'iu'), new RegExp(caselessPattern(p), 'u')]);
    for (const text of texts()) {
      for (const at of wordStarts(text)) {
        const rest = text.slice(at, at + 120);
        for (const [original, spelt] of pairs) assert.equal(spelt.exec(rest)?.[0], original.exec(rest)?.[0], rest);
      }
    }
    assert.equal(leadingNumberWord('Two Hundred million yuan'), 'Two Hundred');
    assert.equal(leadingNumberWord('ZWEIHUNDERT Millionen Yuan'), 'ZWEIHUNDERT');
    assert.equal(leadingNumberWord('Zweihunderter Scheine'), undefined);
    assert.equal(leadingNumberWord('Someone paid'), undefined);
  });

  test('a move that governs a number word is no side phrase of an earlier move, German and English', () => {
    // „nach einem Verlust von Sieben Prozent“: the move governs its figure; „nach dem Verlust“ alone is an earlier event.
    assert.deepEqual(ungovernedMoves('Nach einem Verlust von Sieben Prozent stieg Nvidia wieder.'), []);
    assert.deepEqual(ungovernedMoves('After a loss of SEVEN percent, Nvidia rose again.'), []);
    assert.deepEqual(ungovernedMoves('Nach dem Verlust vom Montag stieg Nvidia um 8,9 Prozent.'), [{ start: 0, end: 16 }]);
    assert.deepEqual(ungovernedMoves('After Monday\'s loss, Nvidia rose 8.9%.'), [{ start: 0, end: 19 }]);
  });

  test('a number before a table header\'s scale word: at every place of the corpus', () => {
    const original = new RegExp(NUMBER_BEFORE_PATTERN, 'iu');
    const spelt = new RegExp(caselessPattern(NUMBER_BEFORE_PATTERN), 'u');
    for (const text of texts()) {
      for (const at of wordStarts(text)) {
        const before = text.slice(Math.max(0, at - 40), at);
        assert.equal(spelt.test(before), original.test(before), before);
      }
    }
  });

  test('a composed number word is read from its parts and the grammar both, German and English', () => {
    assert.equal(numberWordValue('zweihundertdrei'), 203);
    assert.equal(numberWordValue('Zweihundertdreiundvierzig'), 243);
    assert.equal(numberWordValue('zweieinhalbtausend'), undefined);
    assert.equal(numberWordValue('Two Hundred'), 200);
    assert.equal(numberWordValue('a hundred and thirty'), 130);
    assert.equal(numberWordValue('five hundred and eighty-nine'), 589);
    assert.equal(numberWordValue('two hundred and a half'), 200.5);
    // Made of number parts, but no number by the grammar: „zweizwei“, "hundred two hundred".
    assert.equal(numberWordValue('zweizwei'), undefined);
    assert.equal(numberWordValue('hundred two hundred'), undefined);
    // Not made of number parts: any word after "the", „die“; a number's word with more after it.
    for (const word of ['users', 'Modelle', 'Zweihunderter', 'hundreds', 'someone', 'einsatz']) assert.equal(numberWordValue(word), undefined, word);
  });
});
