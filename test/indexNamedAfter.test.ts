import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The sources: Nvidia (-7,82 %), Microsoft (-3,75 %); Der Nasdaq 100 sackte um 3 % ab. 7,82 ÷ 3 ≈ 2,6; 7,82 ÷ 3,75 ≈ 2,1.
const index = bundledIndex();
const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);

describe('a multiple compared with "der Index" / "the index" whose name follows in the sentence compares with that name', () => {
  test('German: „so stark wie der Index, der Nasdaq 100 sackte um 3 Prozent ab“ and „wie der Leitindex Nasdaq 100“ are borne out; „fünfmal“ is wrong against the index', () => {
    assert.deepEqual(all('Nvidia fiel gut zweieinhalbmal so stark wie der Index, der Nasdaq 100 sackte um 3 Prozent ab.'), []);
    assert.deepEqual(all('Nvidia fiel gut zweieinhalbmal so stark wie der Leitindex Nasdaq 100, der 3 Prozent verlor.'), []);
    assert.deepEqual(all('Nvidia fiel fünfmal so stark wie der Index, der Nasdaq 100 sackte um 3 Prozent ab.'), [['figure-mismatch', 'fünfmal', 'fünfmal contradicts the source, which says 7,82 % ÷ 3 % ≈ 2.6.']]);
  });
  test('English: "as hard as the index: the Nasdaq 100 dropped 3%" is borne out; five times is wrong against the index', () => {
    assert.deepEqual(all('Nvidia fell about two and a half times as hard as the index: the Nasdaq 100 dropped 3%.'), []);
    assert.deepEqual(all('Nvidia fell five times as hard as the index: the Nasdaq 100 dropped 3%.'), [['figure-mismatch', 'five times', 'five times contradicts the source, which says 7,82 % ÷ 3 % ≈ 2.6.']]);
  });
  test('an index named before the multiple is still the one compared with, and a company named after is not an index', () => {
    assert.deepEqual(all('Der Nasdaq 100 sackte um 3 Prozent ab, Nvidia fiel fünfmal so stark wie der Index.'), [['figure-mismatch', 'fünfmal', 'fünfmal contradicts the source, which says 7,82 % ÷ 3 % ≈ 2.6.']]);
    assert.deepEqual(all('Nvidia fell five times as hard as the index, and Microsoft lost 3.75%.'), [['figure-mismatch', 'five times', 'five times contradicts the source, which says 7,82 % ÷ 3,75 % ≈ 2.1.']]);
  });
});
