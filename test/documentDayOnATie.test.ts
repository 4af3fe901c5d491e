import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, hoverAt } from '../server/src/core';
import { bundledIndex } from './support/fixtures';
import { warningsWithFixes as warnings } from './support/warningsWithFixes';

/** The hover on `words` (first occurrence), as a reader sees it (without the bold marks). */
function hover(text: string, words: string): string {
  const idx = bundledIndex();
  return (hoverAt(analyzeDraft(text, idx), idx, text.indexOf(words), 3, 'en')?.markdown ?? '').replace(/\*\*/g, '');
}

// A talk, a column or a report written weeks after the sell-off names the day it appeared as often as the day it is
// about: the day the sources report events of is the one its undated moves are of, not the day it was delivered.
describe('a piece naming its own day and the sell-off\'s once each is about the sell-off', () => {
  const talkEn = (body: string) => `# The week the price of intelligence fell\n\n*Keynote address, Amsterdam, March 4, 2025.*\n\nOn January 27, the market woke up.\n\n${body}\n`;
  const talkDe = (body: string) => `# Die Woche, in der Intelligenz billiger wurde\n\n*Vortrag auf der Konferenz in Berlin am 4. März 2025.*\n\nAm 27. Januar wachte die Börse auf.\n\n${body}\n`;

  test('English: a swapped "respectively" warns on both values with the other\'s value as the fix', () => {
    assert.deepEqual(warnings(talkEn('Broadcom and Microsoft closed down 3.75 and 6.58 percent respectively.')), [
      { code: 'figure-mismatch', text: '3.75', fix: '6.58' },
      { code: 'figure-mismatch', text: '6.58 percent', fix: '3.75 percent' },
    ]);
  });
  test('German: a swapped „beziehungsweise“ warns on both values with the other\'s value as the fix', () => {
    assert.deepEqual(warnings(talkDe('Broadcom und Microsoft schlossen 3,75 beziehungsweise 6,58 Prozent tiefer.')), [
      { code: 'figure-mismatch', text: '3,75', fix: '6,58' },
      { code: 'figure-mismatch', text: '6,58 Prozent', fix: '3,75 Prozent' },
    ]);
  });
  test('English: a single wrong move is a mismatch, not a figure no source states', () => {
    assert.deepEqual(warnings(talkEn('Broadcom closed down 3.75 percent.')), [{ code: 'figure-mismatch', text: '3.75 percent', fix: '6.58 percent' }]);
  });
  test('the true list stays silent and each value\'s hover shows its own source', () => {
    const en = talkEn('Broadcom and Microsoft closed down 6.58 and 3.75 percent respectively.');
    assert.deepEqual(warnings(en), []);
    assert.match(hover(en, '6.58'), /Broadcom \(-6,58 %\)/);
    assert.match(hover(en, '3.75'), /Microsoft \(-3,75 %\)/);
    assert.deepEqual(warnings(talkDe('Broadcom und Microsoft schlossen 6,58 beziehungsweise 3,75 Prozent tiefer.')), []);
  });
  test('the day a piece names most often still wins over a day the sources report', () => {
    // Named twice, 4 March is the piece's own day: an undated move is then no value of the sell-off's.
    const text = '# Market notes\n\n*Desk notes, March 4, 2025.*\n\nOn January 27, the market woke up. The desk met again on March 4, 2025.\n\nBroadcom closed down 3.75 percent.\n';
    assert.deepEqual(warnings(text), []);
  });
});
