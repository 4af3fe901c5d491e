import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { warningsWithFixes as warnings } from './support/warningsWithFixes';

// A "since"/„seit“ clause names the day a stretch of time began: the moves the next sentence reports happened within
// it, on a day of their own, and are checked against the sources' moves like undated ones.
describe('the day a "since" clause names does not date the next sentence', () => {
  test('English: a swapped "respectively" after "Since … on January 20, 2025, …" warns on both values', () => {
    const text = '# Risk factors\n\nSince DeepSeek released the R1 model on January 20, 2025, the market prices of our suppliers have been volatile. Nvidia, Broadcom and Microsoft declined approximately 7.82%, 3.75% and 6.58%, respectively.\n';
    assert.deepEqual(warnings(text), [
      { code: 'figure-mismatch', text: '3.75%', fix: '6.58%' },
      { code: 'figure-mismatch', text: '6.58%', fix: '3.75%' },
    ]);
  });
  test('German: „Seit DeepSeek am 20. Januar 2025 R1 vorstellte, …“ before a swapped list warns on both values', () => {
    const text = '# Risiken\n\nSeit DeepSeek am 20. Januar 2025 das Modell R1 vorstellte, schwanken die Kurse unserer Zulieferer stark. Nvidia, Broadcom und Microsoft verloren 7,82, 3,75 und 6,58 Prozent.\n';
    assert.deepEqual(warnings(text), [
      { code: 'figure-mismatch', text: '3,75', fix: '6,58' },
      { code: 'figure-mismatch', text: '6,58 Prozent', fix: '3,75 Prozent' },
    ]);
  });
  test('the true list stays silent', () => {
    assert.deepEqual(warnings('# Risk factors\n\nSince DeepSeek released the R1 model on January 20, 2025, prices have been volatile. Nvidia, Broadcom and Microsoft declined approximately 7.82%, 6.58% and 3.75%, respectively.\n'), []);
  });
});
