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

describe('a day or a month written with a hyphen, as spreadsheets and trading desks write them ("21-Jan", "28-Jan-25", "Jul-2023"), is a date', () => {
  test('a wrong day, month or year is contradicted in the draft\'s own form; the right one is silent', () => {
    assert.deepEqual(findings(english('DeepSeek released R1 on 21-Jan.')), [{ code: 'date-mismatch', text: '21-Jan', fix: '20-Jan' }]);
    assert.deepEqual(findings(english('DeepSeek released V3 in Nov-2024.')), [{ code: 'date-mismatch', text: 'Nov-2024', fix: 'Dec-2024' }]);
    assert.deepEqual(findings(english('DeepSeek was founded in JUL-2022.')), [{ code: 'date-mismatch', text: 'JUL-2022', fix: 'JUL-2023' }]);
    // A two-digit year after a hyphen stays two digits.
    assert.deepEqual(findings(english('Nvidia fell 7.82% on 27-Jan-24.')), [{ code: 'date-mismatch', text: '27-Jan-24', fix: '27-Jan-25' }]);
    for (const right of ['DeepSeek released R1 on 20-Jan.', 'DeepSeek released V3 in Dec-2024.', 'DeepSeek was founded in Jul-2023.']) assert.deepEqual(findings(english(right)), [], right);
  });
  test('a timeline\'s date cells, with and without a year', () => {
    const table = (v3: string, r1: string) => english(`| Date | Event |\n|---|---|\n| ${v3} | DeepSeek releases V3 |\n| ${r1} | DeepSeek releases R1 |`);
    assert.deepEqual(findings(table('Dec-2024', '20-Jan-25')), []);
    assert.deepEqual(findings(table('Dec-2024', '22-Jan-2025')), [{ code: 'date-mismatch', text: '22-Jan-2025', fix: '20-Jan-2025' }]);
  });
  test('read as the day and month they name, German months too', () => {
    assert.deepEqual(dates('Sell-off 27-Jan; note of 28-Jan-25; V3 Dec-2024.', 'en'),
      [['27-Jan', { day: 27, month: 1 }], ['28-Jan-25', { day: 28, month: 1, year: 2025 }], ['Dec-2024', { month: 12, year: 2024 }]]);
    assert.deepEqual(dates('Kurssturz am 27-Jan, Gründung Jul-2023, Frist 3-Mär-25.', 'de'),
      [['27-Jan', { day: 27, month: 1 }], ['Jul-2023', { month: 7, year: 2023 }], ['3-Mär-25', { day: 3, month: 3, year: 2025 }]]);
  });
  test('a month and two digits ("Jan-27", "Jul-23") are no month and year: as often an American\'s month and day', () => {
    assert.deepEqual(dates('Nvidia shares fell 17% on Jan-27.', 'en'), []);
    assert.deepEqual(findings(english('Nvidia shares fell 17% on Jan-27.')), [{ code: 'figure-mismatch', text: '17%', fix: '7.82%' }]);
    assert.deepEqual(findings(english('Nvidia shares fell 7.82% on Jan-27.')), []);
    assert.deepEqual(findings('Am Jan-27 fiel die Nvidia-Aktie um 17 Prozent.\n'), [{ code: 'figure-mismatch', text: '17 Prozent', fix: '7,82 Prozent' }]);
  });
  test('no date where the hyphen joins other things: a range, a score, a name, a span of months', () => {
    for (const text of ['A ratio of 5-10 between the two.', 'The score was 3-2.', 'COVID-19 changed everything.', 'The Jan-Feb window closed.', 'R1-Jan was no model.', 'Model H800-Jan-25 was a typo.'])
      assert.deepEqual(dates(text, 'en'), [], text);
  });
});
