import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, extractFigures, runRules, type Language } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;
const dates = (text: string, language: Language) => extractFigures(text, { language }).map((f) => [f.text, f.kind, f.date]);

describe('a date written with slashes and its year ("1/20/25", "01/20/2025", "12/2024") is a date', () => {
  test('English: month first; a wrong day or month is contradicted in the draft\'s own form, the right one is silent', () => {
    assert.deepEqual(findings(english('DeepSeek released R1 on 1/21/25.')), [{ code: 'date-mismatch', text: '1/21/25', fix: '1/20/25' }]);
    assert.deepEqual(findings(english('DeepSeek released R1 on 01/22/2025.')), [{ code: 'date-mismatch', text: '01/22/2025', fix: '01/20/2025' }]);
    assert.deepEqual(findings(english('DeepSeek released V3 in 11/2024.')), [{ code: 'date-mismatch', text: '11/2024', fix: '12/2024' }]);
    for (const right of ['DeepSeek released R1 on 1/20/25.', 'DeepSeek released R1 on 01/20/2025.', 'DeepSeek released V3 in 12/2024.']) assert.deepEqual(findings(english(right)), [], right);
  });
  test('English: a timeline\'s date cells are read the same way', () => {
    const table = (v3: string, r1: string) => english(`| Date | Event |\n|---|---|\n| ${v3} | DeepSeek releases V3 |\n| ${r1} | DeepSeek releases R1 |`);
    assert.deepEqual(findings(table('12/2024', '1/20/25')), []);
    assert.deepEqual(findings(table('11/2024', '1/22/25')), [{ code: 'date-mismatch', text: '11/2024', fix: '12/2024' }, { code: 'date-mismatch', text: '1/22/25', fix: '1/20/25' }]);
  });
  test('German: „12/2024“ is a month; a slashed day is read day first', () => {
    assert.deepEqual(findings('DeepSeek stellte V3 im 12/2024 vor.\n'), []);
    assert.deepEqual(findings('DeepSeek stellte V3 im 11/2024 vor.\n'), [{ code: 'date-mismatch', text: '11/2024', fix: '12/2024' }]);
    assert.deepEqual(dates('Am 03/02/2025 erschien es.', 'de'), [['03/02/2025', 'date', { day: 3, month: 2, year: 2025 }]]);
    assert.deepEqual(dates('It launched on 03/02/2025.', 'en'), [['03/02/2025', 'date', { month: 3, day: 2, year: 2025 }]]);
    // A first part over twelve cannot be a month: the day comes first in English too.
    assert.deepEqual(dates('It launched on 20/01/2025.', 'en'), [['20/01/2025', 'date', { day: 20, month: 1, year: 2025 }]]);
  });
  test('no year part, no date: a fraction, a score, a ratio, an issue, a page or a quarter stays what it was', () => {
    assert.deepEqual(dates('It won 1/20 games.', 'en'), [['20', 'count', undefined]]);
    assert.deepEqual(dates('3/4 of users agreed.', 'en'), []);
    assert.deepEqual(dates('The score was 92/85.', 'en'), []);
    assert.deepEqual(dates('See page 12/2024 of the report.', 'en'), [['2024', 'year', undefined]]);
    assert.deepEqual(dates('See issue 12/2024.', 'en'), [['2024', 'year', undefined]]);
    assert.deepEqual(dates('Der Aufsatz steht in Heft 3/2024.', 'de'), [['2024', 'year', undefined]]);
    assert.deepEqual(dates('Q4/2024 brought growth.', 'en'), [['2024', 'year', undefined]]);
    assert.deepEqual(dates('The 2023/2024 season', 'en'), [['2023', 'year', undefined], ['2024', 'year', undefined]]);
    // An issue or a week named after the number, and a list of shares, are no month either (review of session 55).
    assert.notDeepEqual(dates('As Wired reported in its 2/2025 issue, V3 came out.', 'en').map(([t]) => t), ['2/2025']);
    assert.ok(!dates('As Wired reported in its 2/2025 issue, V3 came out.', 'en').some(([, kind]) => kind === 'date'));
    assert.ok(!dates('In KW 5/2025 verlor Nvidia 7,82 Prozent.', 'de').some(([, kind]) => kind === 'date'));
    assert.ok(!dates('In week 5/2025, Nvidia fell 7.82%.', 'en').some(([, kind]) => kind === 'date'));
    assert.ok(!dates('Tariffs were set at 5/10/15 percent.', 'en').some(([, kind]) => kind === 'date'));
  });
});
