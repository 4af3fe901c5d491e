import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { SourceIndex } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';
import { warningsWithFixes as warnings, type WarningWithFix } from './support/warningsWithFixes';

// Every article about the same companies on other days: the 28th has the Nasdaq's and Nvidia's rebound.
let distracted: SourceIndex | undefined;
const otherDays = () => (distracted ??= withSources(...readdirSync('test/eval/distractors').filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => extraSource(f, readFileSync(`test/eval/distractors/${f}`, 'utf8')))));

/** The same warnings with the bundled articles alone and with the articles of other days beside them. */
function sameWithOtherDays(text: string, expected: WarningWithFix[]): void {
  assert.deepEqual(warnings(text, bundledIndex()), expected);
  assert.deepEqual(warnings(text, otherDays()), expected);
}

// The Nasdaq 100 fell 3 % on the 27th and rose 1.6 % on the 28th (an article of the 28th): a day the sources give
// another move of the same one on does not bear out the day of the move the draft times by it.
describe('a day of another move of the same one is judged by the move the draft times by it', () => {
  test('English: "On 28 January 2025 the Nasdaq 100 fell 3 percent." stays date-mismatch → 27 January 2025', () => {
    sameWithOtherDays('On 28 January 2025 the Nasdaq 100 fell 3 percent.\n', [{ code: 'date-mismatch', text: '28 January 2025', fix: '27 January 2025' }]);
  });
  test('German: „Am 28. Januar 2025 fiel der Nasdaq 100 um 3 Prozent.“ stays date-mismatch → 27. Januar 2025', () => {
    sameWithOtherDays('Am 28. Januar 2025 fiel der Nasdaq 100 um 3 Prozent.\n', [{ code: 'date-mismatch', text: '28. Januar 2025', fix: '27. Januar 2025' }]);
  });
  test('a table row: "| 28 Jan | NDX | −3% |" stays date-mismatch → 27 Jan', () => {
    const text = '# Timeline\n\n| Day | Ticker | Move |\n|---|---|---|\n| 27 Jan | NVDA | −7.82% |\n| 28 Jan | NDX | −3% |\n';
    sameWithOtherDays(text, [{ code: 'date-mismatch', text: '28 Jan', fix: '27 Jan' }]);
  });
  test('the same day with its own move is borne out: the rebound of the 28th has no finding beside its article', () => {
    assert.deepEqual(warnings('On 28 January 2025 the Nasdaq 100 rose 1.6 percent.\n', otherDays()), []);
    assert.deepEqual(warnings('Am 28. Januar 2025 stieg Nvidia um 8,9 Prozent.\n', otherDays()), []);
    assert.deepEqual(warnings('Am 28. Januar 2025 legten Microsoft um 2,9 Prozent und Broadcom um 2,6 Prozent zu.\n', otherDays()), []);
  });
  test('a wrong value of that day is still that day\'s: "rose 3 percent" on the 28th is a figure-mismatch → 1.6', () => {
    assert.deepEqual(warnings('On 28 January 2025 the Nasdaq 100 rose 3 percent.\n', otherDays()), [{ code: 'figure-mismatch', text: '3 percent', fix: '1.6 percent' }]);
    assert.deepEqual(warnings('Am 28. Januar 2025 stieg der Nasdaq 100 um 3 Prozent.\n', otherDays()), [{ code: 'figure-mismatch', text: '3 Prozent', fix: '1,6 Prozent' }]);
  });
  test('another company, a list item, a block quote and a second sentence keep their date-mismatch', () => {
    const dayWrong = (text: string, day: string, fix: string) => sameWithOtherDays(text, [{ code: 'date-mismatch', text: day, fix }]);
    dayWrong('On 28 January 2025 Microsoft lost 3.75 percent.\n', '28 January 2025', '27 January 2025');
    dayWrong('- **28. Januar 2025:** Nvidia fiel um 7,82 Prozent.\n', '28. Januar 2025', '27. Januar 2025');
    dayWrong('> On January 28, 2025, Broadcom closed down 6.58 percent.\n', 'January 28, 2025', 'January 27, 2025');
    dayWrong('Am 28. Januar 2025 verlor Microsoft 3,75 Prozent. Danach ging es wieder aufwärts.\n', '28. Januar 2025', '27. Januar 2025');
  });
  test('a day no source gives the company a move on is left as it was: R1\'s release day before Nvidia\'s fall', () => {
    sameWithOtherDays('On 20 January 2025 DeepSeek released R1, and Nvidia fell 7.82 percent.\n', []);
  });
  test('a wrong amount under another day is still caught: „Gestern fiel die Nvidia-Aktie um 17,82 Prozent.“ under the 28th', () => {
    sameWithOtherDays('**Dienstag, 28. Januar 2025**\n\nGestern fiel die Nvidia-Aktie um 17,82 Prozent.\n', [{ code: 'figure-mismatch', text: '17,82 Prozent', fix: '7,82 Prozent' }]);
  });
});
