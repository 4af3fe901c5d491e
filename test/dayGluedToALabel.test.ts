import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bundledIndex } from './support/fixtures';
import { warningsWithFixes as warnings } from './support/warningsWithFixes';

// A quiz's answer label or a chip's name ends in digits; the month after it is a date of its own, not that number's day.
describe('digits glued to a letter are no day of the month after them', () => {
  const idx = bundledIndex();
  test('English: "**A22.** July 2023" is July 2023, borne out; "July 2024" is caught on its own words', () => {
    assert.deepEqual(warnings('# Quiz\n\n**A22.** July 2023, when DeepSeek was founded.\n', idx), []);
    assert.deepEqual(warnings('# Quiz\n\n**A22.** July 2024, when DeepSeek was founded.\n', idx), [{ code: 'date-mismatch', text: 'July 2024', fix: 'July 2023' }]);
  });
  test('German: „**A3.** Juli 2023“ likewise', () => {
    assert.deepEqual(warnings('# Quiz\n\n**A3.** Juli 2023 wurde DeepSeek gegründet.\n', idx), []);
    assert.deepEqual(warnings('# Quiz\n\n**A3.** Juli 2024 wurde DeepSeek gegründet.\n', idx), [{ code: 'date-mismatch', text: 'Juli 2024', fix: 'Juli 2023' }]);
  });
  test('a day with a space before it is still a day: „Am 27. Januar 2025“ and "on 27 January 2025"', () => {
    assert.deepEqual(warnings('# Börse\n\nAm 28. Januar 2025 fiel die Nvidia-Aktie um 7,82 Prozent.\n', idx), [{ code: 'date-mismatch', text: '28. Januar 2025', fix: '27. Januar 2025' }]);
    assert.deepEqual(warnings('# Markets\n\nOn 28 January 2025 Nvidia fell 7.82%.\n', idx), [{ code: 'date-mismatch', text: '28 January 2025', fix: '27 January 2025' }]);
  });
});
