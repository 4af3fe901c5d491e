import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, extractFigures, runRules, type Language } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;
const dates = (text: string, language: Language) => extractFigures(text, { language }).filter((f) => f.kind === 'date').map((f) => [f.text, f.date]);

describe('a day or a month written with a hyphen, as spreadsheets and trading desks write them ("21-Jan", "28-Jan-25", "Jul-23"), is a date', () => {
  test('a wrong day, month or year is contradicted in the draft\'s own form; the right one is silent', () => {
    assert.deepEqual(findings(english('DeepSeek released R1 on 21-Jan.')), [{ code: 'date-mismatch', text: '21-Jan', fix: '20-Jan' }]);
    assert.deepEqual(findings(english('DeepSeek released V3 in Nov-24.')), [{ code: 'date-mismatch', text: 'Nov-24', fix: 'Dec-24' }]);
    assert.deepEqual(findings(english('DeepSeek was founded in JUL-22.')), [{ code: 'date-mismatch', text: 'JUL-22', fix: 'JUL-23' }]);
    for (const right of ['DeepSeek released R1 on 20-Jan.', 'DeepSeek released V3 in Dec-24.', 'DeepSeek was founded in Jul-23.']) assert.deepEqual(findings(english(right)), [], right);
  });
  test('a timeline\'s date cells, with and without a year', () => {
    const table = (v3: string, r1: string) => english(`| Date | Event |\n|---|---|\n| ${v3} | DeepSeek releases V3 |\n| ${r1} | DeepSeek releases R1 |`);
    assert.deepEqual(findings(table('Dec-24', '20-Jan-25')), []);
    assert.deepEqual(findings(table('Dec-24', '22-Jan-2025')), [{ code: 'date-mismatch', text: '22-Jan-2025', fix: '20-Jan-2025' }]);
  });
  test('read as the day and month they name, German months too', () => {
    assert.deepEqual(dates('Sell-off 27-Jan; note of 28-Jan-25; V3 Dec-2024.', 'en'),
      [['27-Jan', { day: 27, month: 1 }], ['28-Jan-25', { day: 28, month: 1, year: 2025 }], ['Dec-2024', { month: 12, year: 2024 }]]);
    assert.deepEqual(dates('Kurssturz am 27-Jan, Gründung Jul-23, Frist 3-Mär-25.', 'de'),
      [['27-Jan', { day: 27, month: 1 }], ['Jul-23', { month: 7, year: 2023 }], ['3-Mär-25', { day: 3, month: 3, year: 2025 }]]);
  });
  test('no date where the hyphen joins other things: a range, a score, a name, a span of months', () => {
    for (const text of ['A ratio of 5-10 between the two.', 'The score was 3-2.', 'COVID-19 changed everything.', 'The Jan-Feb window closed.', 'R1-Jan was no model.', 'Model H800-Jan-25 was a typo.'])
      assert.deepEqual(dates(text, 'en'), [], text);
  });
});
