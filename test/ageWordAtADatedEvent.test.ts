import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function warnings(text: string) {
  return runRules(analyzeDraft(text, index), index)
    .filter((f) => f.severity !== 'information')
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
}

const EN = '---\nlang: en\n---\n\n';

// The sources: "der 40-jährige Informatikingenieur Liang Wenfeng …, der 2015 … den Hedgefonds High-Flyer gründete" and
// "Mit dem Kapital aus High-Flyer wurde 2023 schließlich die Firma DeepSeek gegründet", in an article of January 2025.
describe('an age as a word whose clause dates an event may be the age at that event: true either way, wrong only if wrong both ways', () => {
  test('English: a 30-year-old at the founding of 2015 and a 38-year-old at that of 2023 are borne out', () => {
    assert.deepEqual(warnings(`${EN}A 30-year-old Liang Wenfeng set up High-Flyer in 2015.\n`), []);
    assert.deepEqual(warnings(`${EN}High-Flyer was set up in 2015 by a 30-year-old Liang Wenfeng.\n`), []);
    assert.deepEqual(warnings(`${EN}A 38-year-old Liang Wenfeng founded DeepSeek in 2023.\n`), []);
    assert.deepEqual(warnings(`${EN}A **30-year-old** Liang\nWenfeng set up High-Flyer in **2015**.\n`), []);
  });

  test('German: der 30-Jährige bei der Gründung 2015 is borne out, as the 40-Jährige of now still is', () => {
    assert.deepEqual(warnings('Der 30-jährige Liang Wenfeng gründete 2015 High-Flyer.\n'), []);
    assert.deepEqual(warnings('2015 gründete der 30-jährige Liang Wenfeng den Hedgefonds High-Flyer.\n'), []);
    assert.deepEqual(warnings('Der 40-jährige Liang Wenfeng gründete 2015 High-Flyer.\n'), []);
  });

  test('an age wrong of then and of now is still contradicted', () => {
    assert.deepEqual(warnings(`${EN}A 35-year-old Liang Wenfeng set up High-Flyer in 2015.\n`), [{ code: 'figure-mismatch', text: '35-year-old' }]);
    assert.deepEqual(warnings('Der 35-jährige Liang Wenfeng gründete 2015 High-Flyer.\n'), [{ code: 'figure-mismatch', text: '35-jährige' }]);
    // Another year's event: at 2020 he was 35, not 30.
    assert.deepEqual(warnings(`${EN}A 30-year-old Liang Wenfeng took High-Flyer public in 2020.\n`), [{ code: 'figure-mismatch', text: '30-year-old' }]);
  });

  test('an age its clause tells of now stays an age of now, whatever year the clause names', () => {
    assert.deepEqual(warnings('Der heute 30-jährige Liang Wenfeng gründete 2015 High-Flyer.\n'), [{ code: 'figure-mismatch', text: '30-jährige' }]);
    assert.deepEqual(warnings(`${EN}Liang Wenfeng is a 30-year-old engineer who set up High-Flyer in 2015.\n`), [{ code: 'figure-mismatch', text: '30-year-old' }]);
    // The year of the sentence before, or of another clause, dates no age as a word.
    assert.deepEqual(warnings(`${EN}A 30-year-old Liang Wenfeng set up High-Flyer in 2015. Today the 30-year-old runs DeepSeek.\n`), [{ code: 'figure-mismatch', text: '30-year-old' }]);
    assert.deepEqual(warnings(`${EN}In 2015 Liang set up High-Flyer; the 30-year-old engineer now runs DeepSeek.\n`), [{ code: 'figure-mismatch', text: '30-year-old' }]);
  });
});
