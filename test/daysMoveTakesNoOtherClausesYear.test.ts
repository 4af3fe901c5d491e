import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const warnings = (text: string) => {
  const index = bundledIndex();
  return runRules(analyzeDraft(text, index), index)
    .filter((f) => f.code !== 'unsourced-figure')
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end), start: f.start, message: f.message }));
};
const at = (text: string, words: string) => ({ start: text.indexOf(words) });
const rose = (words: string, source: string) => `${words} says it rose, but the source says it fell: ${source}.`;

describe('a day\'s move takes no year from another clause or sentence', () => {
  test('English: "The index had lost 25% in 2024, and Microsoft gained 3.75% on the day" warns on both moves', () => {
    const text = 'The index had lost 25% in 2024, and Microsoft gained 3.75% on the day.';
    assert.deepEqual(warnings(text).map(({ text: t, start }) => ({ t, start })), [
      { t: '25%', ...at(text, '25%') },
      { t: '3.75%', ...at(text, '3.75%') },
    ]);
    assert.equal(warnings(text)[1].message, rose('3.75%', '-3,75 %'));
  });
  test('English: the sentence before names the year ("…, against a 25% gain for all of 2024. Nvidia rose 7.82% by the close")', () => {
    const text = 'The Nasdaq 100 fell 3% on the day, against a 25% gain for all of 2024. Nvidia rose 7.82% by the close.';
    assert.deepEqual(warnings(text), [{ code: 'figure-mismatch', text: '7.82%', ...at(text, '7.82%'), message: rose('7.82%', '-7,82 %') }]);
  });
  test('German: „Der Nasdaq 100 hatte 2024 um 25 Prozent zugelegt, Microsoft legte bis Handelsschluss um 3,75 Prozent zu“', () => {
    const text = 'Der Nasdaq 100 hatte 2024 um 25 Prozent zugelegt, Microsoft legte bis Handelsschluss um 3,75 Prozent zu.';
    assert.deepEqual(warnings(text), [{ code: 'figure-mismatch', text: '3,75 Prozent', ...at(text, '3,75 Prozent'), message: rose('3,75 Prozent', '-3,75 %') }]);
  });
  test('German: „…, gegenüber einem Plus von 25 Prozent im Gesamtjahr 2024. Nvidia legte bis Handelsschluss 7,82 Prozent zu“', () => {
    const text = 'Der Nasdaq 100 fiel an diesem Tag um 3 Prozent, gegenüber einem Plus von 25 Prozent im Gesamtjahr 2024. Nvidia legte bis Handelsschluss 7,82 Prozent zu.';
    assert.deepEqual(warnings(text), [{ code: 'figure-mismatch', text: '7,82 Prozent', ...at(text, '7,82 Prozent'), message: rose('7,82 Prozent', '-7,82 %') }]);
  });
  test('the true statements stay silent, in both languages', () => {
    for (const text of [
      'The Nasdaq 100 had gained 25% in 2024, and Microsoft lost 3.75% on the day.',
      'The Nasdaq 100 fell 3% on the day, against a 25% gain for all of 2024. Nvidia shed 7.82% by the close.',
      'Nvidia\'s shares rose 171% in 2024, and Nvidia lost 7.82% in a single session.',
      'In 2024, the Nasdaq 100 gained 25%, and Nvidia lost 7.82% in a single session.',
      'Der Nasdaq 100 hatte 2024 um 25 Prozent zugelegt, Microsoft verlor bis Handelsschluss 3,75 Prozent.',
      'Der Nasdaq 100 hatte 2024 um 25 Prozent zugelegt, und Microsoft verlor an diesem Tag 3,75 Prozent.',
      'Der Nasdaq 100 fiel an diesem Tag um 3 Prozent, gegenüber einem Plus von 25 Prozent im Gesamtjahr 2024. Nvidia verlor bis Handelsschluss 7,82 Prozent.',
    ]) assert.deepEqual(warnings(text), [], text);
  });
  test('a clause that names its year keeps it: "2024 was a great year; by the close, the Nasdaq 100 was down 25% for the year" → rose', () => {
    const text = '2024 was a great year for tech; by the close, the Nasdaq 100 was down 25% for the year.';
    assert.deepEqual(warnings(text).map((w) => w.text), ['25%']);
    assert.deepEqual(warnings('2024 was a great year for tech; by the close, the Nasdaq 100 was up 25% for the year.'), []);
  });
  test('German: „im Gesamtjahr“ likewise: „Bis Handelsschluss am Jahresende stand der Nasdaq 100 im Gesamtjahr 25 Prozent im Minus“', () => {
    const text = 'Das Jahr 2024 war stark: Bis Handelsschluss am Jahresende stand der Nasdaq 100 im Gesamtjahr 25 Prozent im Minus.';
    assert.deepEqual(warnings(text).map((w) => w.text), ['25 Prozent']);
    assert.deepEqual(warnings('Das Jahr 2024 war stark: Bis Handelsschluss am Jahresende stand der Nasdaq 100 im Gesamtjahr 25 Prozent im Plus.'), []);
  });
});
