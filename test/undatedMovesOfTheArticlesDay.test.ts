import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type SourceIndex } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

function findings(text: string, index: SourceIndex = bundledIndex()) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message, ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

const EN = '---\nlang: en\n---\n\n';
const dates = (text: string, index?: SourceIndex) => findings(text, index).filter((f) => f.code === 'date-mismatch');

// The source: „Am 27. Januar 2025 … stürzten die Kurse von … Nvidia (-7,82 %), Microsoft (-3,75 %) und Broadcom
// (-6,58 %) ab“ and, after a later heading, „Der Nasdaq 100 sackte um 3 % ab“ with no day of its own.
describe("a source's one-day move with no day of its own is of the day its article tells its dated moves on", () => {
  test('German: a table row and a sentence that put the Nasdaq\'s 3 % on 28 January contradict the 27th', () => {
    const table = '| Datum | Wert | Bewegung |\n|---|---|---|\n| 27.01.2025 | Nvidia | −7,82 % |\n| 28.01.2025 | Nasdaq 100 | −3 % |\n';
    assert.deepEqual(dates(table), [{ code: 'date-mismatch', text: '28.01.2025', message: '28.01.2025 contradicts the source, which gives 27. Januar 2025.', fix: '27.01.2025' }]);
    assert.deepEqual(dates('Am 28. Januar 2025 fiel der Nasdaq 100 um 3 Prozent.\n'), [
      { code: 'date-mismatch', text: '28. Januar 2025', message: '28. Januar 2025 contradicts the source, which gives 27. Januar 2025.', fix: '27. Januar 2025' },
    ]);
  });

  test('English: "On 28 January 2025, the Nasdaq 100 fell 3%" and a row "| 28 Jan | NDX | −3% |" contradict the 27th', () => {
    assert.deepEqual(dates(`${EN}On 28 January 2025, the Nasdaq 100 fell 3%.\n`), [
      { code: 'date-mismatch', text: '28 January 2025', message: '28 January 2025 contradicts the source, which gives 27. Januar 2025.', fix: '27 January 2025' },
    ]);
    assert.deepEqual(dates(`${EN}| Date | Ticker | Move |\n|---|---|---|\n| 28 Jan | Nasdaq 100 | −3% |\n`), [
      { code: 'date-mismatch', text: '28 Jan', message: '28 Jan contradicts the source, which gives 27. Januar 2025.', fix: '27 Jan' },
    ]);
  });

  test('the true day stays silent, and is no longer unsourced', () => {
    assert.deepEqual(findings('| Datum | Wert | Bewegung |\n|---|---|---|\n| 27.01.2025 | Nasdaq 100 | −3 % |\n'), []);
    assert.deepEqual(findings(`${EN}On January 27, 2025, the Nasdaq 100 fell 3%.\n`), []);
  });

  test('a heading\'s day over the move may be the piece\'s own (a thread exported on 28 January): that day is not judged by it', () => {
    assert.deepEqual(dates(`${EN}## 28 January 2025\n\nThe Nasdaq 100 fell 3%.\n`), []);
    assert.deepEqual(dates('## 28. Januar 2025\n\nDer Nasdaq 100 fiel um 3 Prozent.\n'), []);
  });

  test("another article's day dates only its own undated moves; an article with dated moves on two days dates none", () => {
    const oneDay = withSources(extraSource('dow-one-day.txt', 'Dow im Minus\n\nAm 29. Januar 2025 stieg Nvidia um 8,9 Prozent.\n\nDer Dow Jones gab 1,5 Prozent nach.\n'));
    assert.deepEqual(dates('Am 31. Januar 2025 gab der Dow Jones 1,5 Prozent nach.\n', oneDay), [
      { code: 'date-mismatch', text: '31. Januar 2025', message: '31. Januar 2025 contradicts the source, which gives 29. Januar 2025.', fix: '29. Januar 2025' },
    ]);
    assert.deepEqual(dates('Am 29. Januar 2025 gab der Dow Jones 1,5 Prozent nach.\n', oneDay), []);
    const twoDays = withSources(extraSource('dow-two-days.txt', 'Dow im Minus\n\nAm 29. Januar 2025 stieg Nvidia um 8,9 Prozent. Am 30. Januar 2025 fiel Microsoft um 6,2 Prozent.\n\nDer Dow Jones gab 1,5 Prozent nach.\n'));
    assert.deepEqual(dates('Am 31. Januar 2025 gab der Dow Jones 1,5 Prozent nach.\n', twoDays), []);
  });
  test('a move the source places relative to its day, or over several days, takes no day: „Tags darauf erholte sich die Aktie um 8,9 Prozent“ (review of session 55)', () => {
    const index = withSources(extraSource('rebound.txt', 'Erholung\n\nAm 27. Januar 2025 fiel Nvidia um 17 Prozent.\n\nTags darauf erholte sich die Aktie um 8,9 Prozent.\n\nIn der Woche darauf gewann Microsoft 4 Prozent.\n'));
    assert.deepEqual(dates('Am 28. Januar 2025 erholte sich Nvidia um 8,9 Prozent.\n', index), []);
    assert.deepEqual(dates(`${EN}On January 28, 2025, Nvidia rebounded 8.9%.\n`, index), []);
    assert.deepEqual(dates(`${EN}In the week of February 3, 2025, Microsoft gained 4%.\n`, index), []);
  });
});
