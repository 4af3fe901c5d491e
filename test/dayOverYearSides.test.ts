import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type SourceIndex } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

// "Nvidia fell two and a half times as hard as the Nasdaq 100" on 27 January is computed from the two falls of that
// day; a value of the index dated by its year alone (a year-to-date figure in another article) is no second value of
// that day, and does not leave the multiple without a side.
const index = bundledIndex();
const findings = (text: string, idx: SourceIndex = index) => runRules(analyzeDraft(text, idx), idx).map((f) => [f.code, text.slice(f.start, f.end)]);
const yearToDate = extraSource('2025-03-01_jahresbilanz.txt', 'Die Jahresbilanz\n\nIm Jahr 2025 hat der Nasdaq 100 bislang 1,5 Prozent verloren.\n\nIn 2025, the Nasdaq 100 has lost 1.5 percent so far.\n');

describe('a value of a year is no side of a multiple of a day', () => {
  // The sources: Nvidia (-7,82 %) and „Der Nasdaq 100 sackte um 3 % ab“ on 27 January 2025: 7,82 ÷ 3 ≈ 2,6.
  test('German: „Am 27. Januar fiel Nvidia gut zweieinhalbmal so stark wie der Nasdaq 100“ stays borne out, „fünfmal“ wrong', () => {
    const text = 'Am 27. Januar fiel Nvidia gut zweieinhalbmal so stark wie der Nasdaq 100.';
    assert.deepEqual(findings(text), []);
    assert.deepEqual(findings(text, withSources(yearToDate)), []);
    assert.deepEqual(findings(text.replace('gut zweieinhalbmal', 'fünfmal'), withSources(yearToDate)), [['figure-mismatch', 'fünfmal']]);
  });
  test('English: "On 27 January Nvidia fell about two and a half times as hard as the Nasdaq 100" likewise, "five times" wrong', () => {
    const text = 'On 27 January Nvidia fell about two and a half times as hard as the Nasdaq 100.';
    assert.deepEqual(findings(text), []);
    assert.deepEqual(findings(text, withSources(yearToDate)), []);
    assert.deepEqual(findings(text.replace('about two and a half times', 'five times'), withSources(yearToDate)), [['figure-mismatch', 'five times']]);
  });
  test('a multiple the draft dates to no day is judged as before, in either language', () => {
    for (const text of ['Nvidia fiel gut zweieinhalbmal so stark wie der Nasdaq 100.', 'Nvidia fell about two and a half times as hard as the Nasdaq 100.']) {
      assert.deepEqual(findings(text, withSources(yearToDate)), findings(text));
    }
  });
});
