import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
/** Every finding of a draft: code, the words, message. */
const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
const de = (text: string) => findings(`---\nlang: de\n---\n\n${text}`);

describe('the year of an earlier statement is not when a figure happens whose statement names its own day', () => {
  test('English: "had lost 25% in 2024, and Microsoft gained 3.75% on the day" checks the day\'s move, not a 2024 one', () => {
    assert.deepEqual(findings('The Nasdaq 100 had gained 25% in 2024, and Microsoft gained 3.75% on the day.'), [
      ['figure-mismatch', '3.75%', '3.75% says it rose, but the source says it fell: -3,75 %.'],
    ]);
    assert.deepEqual(findings('The Nasdaq 100 had gained 25% in 2024; by the close Microsoft was up 3.75%.'), [
      ['figure-mismatch', '3.75%', '3.75% says it rose, but the source says it fell: -3,75 %.'],
    ]);
  });
  test('English: the true day\'s move after a year\'s is sourced and silent', () => {
    assert.deepEqual(findings('The Nasdaq 100 had gained 25% in 2024, and Microsoft lost 3.75% on the day.'), []);
    assert.deepEqual(findings('The Nasdaq 100 had gained 25% in 2024; by the close Microsoft was down 3.75%.'), []);
  });
  test('German: „hatte 2024 noch 25 Prozent zugelegt; Microsoft legte an diesem Tag 3,75 Prozent zu“ checks the day\'s move', () => {
    assert.deepEqual(de('Der Nasdaq 100 hatte 2024 noch 25 Prozent zugelegt; Microsoft legte an diesem Tag 3,75 Prozent zu.'), [
      ['figure-mismatch', '3,75 Prozent', '3,75 Prozent says it rose, but the source says it fell: -3,75 %.'],
    ]);
    assert.deepEqual(de('Der Nasdaq 100 hatte 2024 noch 25 Prozent zugelegt; Microsoft verlor an diesem Tag 3,75 Prozent.'), []);
  });
  test('a day of the earlier statement still dates "that day": the 28th\'s move is not the 27th\'s', () => {
    assert.deepEqual(findings('Nvidia\'s shares were flat on January 28, 2025, and Microsoft gained 3.75% that day.'), [
      ['unsourced-figure', 'January 28, 2025', 'No source states January 28, 2025.'],
      ['unsourced-figure', '3.75%', 'No source states 3.75%.'],
    ]);
  });
});
