import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

/** The findings on `words` in the draft, with what they say the sources give. */
function on(text: string, words: string) {
  const start = text.indexOf(words);
  return runRules(analyzeDraft(text, index), index).filter((f) => f.start === start && f.end === start + words.length).map((f) => ({ code: f.code, message: f.message }));
}

const mismatch = (message: string) => [{ code: 'figure-mismatch', message }];

// The sources give Nvidia's fall of 27 January 2025 (7,82 %), Microsoft's (3,75 %) and Broadcom's (6,58 %) in one
// sentence, the Nasdaq 100's (3 %) in another: Microsoft fell a quarter (25 %) or 0.75 points more than the index.
describe('a percentage or points a comparative follows are the gap between two moves, not a move', () => {
  const german = 'Der Nasdaq 100 sackte am 27. Januar 2025 um 3 Prozent ab. Nvidia fiel damit gut zweieinhalbmal so stark wie der Index, ';
  const english = 'The Nasdaq 100 dropped 3% on January 27, 2025. Nvidia fell about two and a half times as hard as the index, and ';

  test('German: „Microsoft nur ein Viertel stärker“ after a multiple of the index is 3,75 % against 3 %', () => {
    assert.deepEqual(on(`${german}Microsoft nur ein Viertel stärker.`, 'ein Viertel'), []);
    assert.deepEqual(on(`${german}Microsoft nur ein Drittel stärker.`, 'ein Drittel'), mismatch('ein Drittel contradicts the source, which says 3,75 % ÷ 3 % − 1 ≈ 25 %.'));
    // Another company: Broadcom's 6,58 % is more than twice the index's.
    assert.deepEqual(on(`${german}Broadcom nur ein Viertel stärker.`, 'ein Viertel'), mismatch('ein Viertel contradicts the source, which says 6,58 % ÷ 3 % − 1 ≈ 119 %.'));
  });

  test('German: „Microsoft lag nur 0,75 Punkte darunter“ is 3,75 % − 3 %, not the gap between Nvidia and Microsoft', () => {
    assert.deepEqual(on(`${german}Microsoft lag nur 0,75 Punkte darunter.`, '0,75 Punkte'), []);
    assert.deepEqual(on(`${german}Microsoft lag nur 1,75 Punkte darunter.`, '1,75 Punkte'), mismatch('1,75 Punkte contradicts the source, which says 3,75 % − 3 % = 0.75 percentage points.'));
  });

  test('German: „ein Viertel stärker als der Index“ names the comparand itself; in a list item, bold, and with a sentence after it', () => {
    const before = 'Der Nasdaq 100 sackte am 27. Januar 2025 um 3 Prozent ab. ';
    assert.deepEqual(on(`${before}Microsoft fiel nur ein Viertel stärker als der Index.`, 'ein Viertel'), []);
    assert.deepEqual(on(`${before}Microsoft fiel nur ein Drittel stärker als der Index.`, 'ein Drittel'), mismatch('ein Drittel contradicts the source, which says 3,75 % ÷ 3 % − 1 ≈ 25 %.'));
    const listed = (share: string) => `- ${before.trim()}\n- Nvidia fiel gut zweieinhalbmal so stark wie der Index, **Microsoft nur ${share} stärker**. Broadcom fiel um 6,58 Prozent.\n`;
    assert.deepEqual(on(listed('ein Viertel'), 'ein Viertel'), []);
    assert.deepEqual(on(listed('ein Drittel'), 'ein Drittel'), mismatch('ein Drittel contradicts the source, which says 3,75 % ÷ 3 % − 1 ≈ 25 %.'));
  });

  test('English: "25% more than the index", "and Microsoft 0.75 points more" are 3.75 % against 3 %', () => {
    const before = 'The Nasdaq 100 dropped 3% on January 27, 2025. ';
    assert.deepEqual(on(`${before}Microsoft fell 25% more than the index.`, '25%'), []);
    assert.deepEqual(on(`${before}Microsoft fell 40% more than the index.`, '40%'), mismatch('40% contradicts the source, which says 3,75 % ÷ 3 % − 1 ≈ 25 %.'));
    assert.deepEqual(on(`${english}Microsoft 0.75 points more.`, '0.75 points'), []);
    assert.deepEqual(on(`${english}Microsoft 1.5 points more.`, '1.5 points'), mismatch('1.5 points contradicts the source, which says 3,75 % − 3 % = 0.75 percentage points.'));
    // Another company: Broadcom fell 3.58 points more than the index.
    assert.deepEqual(on(`${english}Broadcom 0.75 points more.`, '0.75 points'), mismatch('0.75 points contradicts the source, which says 6,58 % − 3 % = 3.58 percentage points.'));
  });

  test('English: in a table cell and wrapped over two lines, with another sentence glued on', () => {
    const cell = (points: string) => `| Day | Move |\n|---|---|\n| 27 January 2025 | The Nasdaq 100 dropped 3%. Nvidia fell about two and a half times as hard as the index, and Microsoft ${points} points more. |\n`;
    assert.deepEqual(on(cell('0.75'), '0.75 points'), []);
    assert.deepEqual(on(cell('1.5'), '1.5 points'), mismatch('1.5 points contradicts the source, which says 3,75 % − 3 % = 0.75 percentage points.'));
    const wrapped = (points: string) => `${english}Microsoft\n${points} points more. Broadcom lost 6.58%.\n`;
    assert.deepEqual(on(wrapped('0.75'), '0.75 points'), []);
    assert.deepEqual(on(wrapped('1.5'), '1.5 points'), mismatch('1.5 points contradicts the source, which says 3,75 % − 3 % = 0.75 percentage points.'));
  });

  test('another period: the index\'s rise over 2024 makes no gap with Microsoft\'s fall of 27 January', () => {
    const text = 'The Nasdaq 100 gained 25% in 2024. Nvidia rose about two and a half times as much as the index, and Microsoft 0.75 points more.';
    assert.ok(!on(text, '0.75 points').some((f) => f.code === 'figure-mismatch' && f.message.includes('3,75 % − 3 %')));
  });
});
