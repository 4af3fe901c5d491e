import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The sources: R1's breakthrough on 20 January, the sell-off on 27 January 2025.
const index = bundledIndex();
const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);

describe('Wall Street is the market: a duration to what happened there counts to the sell-off', () => {
  test('German: „Fünf Tage später brach an der Wall Street die Panik aus“ is wrong (20. → 27. Januar); eine Woche is right', () => {
    assert.deepEqual(findings('Am 20. Januar stellte DeepSeek R1 vor. Nur fünf Tage später brach an der Wall Street die Panik aus.'), [['figure-mismatch', 'fünf Tage', 'fünf Tage contradicts the source, which says 20. Januar → 27. Januar 2025 = 7.']]);
    assert.deepEqual(findings('Am 20. Januar stellte DeepSeek R1 vor. Eine Woche später brach an der Wall Street die Panik aus.'), []);
  });
  test('English: "Two days later, panic broke out on Wall Street" is wrong; a week is right', () => {
    assert.deepEqual(findings('R1 came out on January 20. Two days later, panic broke out on Wall Street.'), [['figure-mismatch', 'Two days', 'Two days contradicts the source, which says 20. Januar → 27. Januar 2025 = 7.']]);
    assert.deepEqual(findings('R1 came out on January 20. A week later, panic broke out on Wall Street.'), []);
  });
  test('Wall Street named with no figure, and as the place of a plain fall, says nothing (de, en)', () => {
    const silent = [
      'An der Wall Street arbeiten viele Analysten.',
      'Many analysts work on Wall Street.',
      'Am 27. Januar 2025 fiel Nvidia an der Wall Street um 7,82 Prozent.',
      'On 27 January 2025, Nvidia fell 7.82% on Wall Street.',
    ];
    for (const text of silent) assert.deepEqual(findings(text), [], text);
  });
});
