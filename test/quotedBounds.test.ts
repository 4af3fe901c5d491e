import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The sources: R1's training 5,6 Millionen Dollar, GPT-4o's 78 Millionen Dollar: 78 ÷ 5,6 ≈ 13,9. Infineon and
// SoftBank „büßten bis zu 10 % ein“.
const index = bundledIndex();
const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
const costs = {
  de: 'R1 kostete 5,6 Millionen Dollar, GPT-4o 78 Millionen Dollar.',
  en: 'R1 cost $5.6 million to train, GPT-4o $78 million.',
};

describe('a bound that opens a quotation („mehr als zehnmal billiger“, "more than ten times cheaper") bounds the figure', () => {
  test('German: „mehr als zehnmal billiger“ in quotation marks is borne out by 13,9, as it is without them; „mehr als zwanzigmal“ is wrong', () => {
    assert.deepEqual(all(`${costs.de} Im Text dann besser so: „mehr als zehnmal billiger“.`), []);
    assert.deepEqual(all(`${costs.de} R1 war mehr als zehnmal billiger.`), []);
    assert.deepEqual(all(`${costs.de} Im Text dann besser so: „mehr als zwanzigmal billiger“.`), [['figure-mismatch', 'zwanzigmal', 'zwanzigmal contradicts the source, which says 78 Millionen Dollar ÷ 5,6 Millionen Dollar ≈ 13.9.']]);
  });
  test('English: "more than ten times cheaper" in quotation marks is borne out; "more than twenty times cheaper" is wrong', () => {
    assert.deepEqual(all(`${costs.en} "More than ten times cheaper" is the line, and it holds.`), []);
    assert.deepEqual(all(`${costs.en} Call it “more than ten times cheaper”.`), []);
    assert.deepEqual(all(`${costs.en} Call it "more than twenty times cheaper".`), [['figure-mismatch', 'twenty times', 'twenty times contradicts the source, which says 78 Millionen Dollar ÷ 5,6 Millionen Dollar ≈ 13.9.']]);
  });
  test('a quoted value without a bound is still the value: „zehnmal billiger“ and "ten times cheaper" are wrong against 13,9', () => {
    assert.deepEqual(all(`${costs.de} Die Schlagzeile: „zehnmal billiger“.`), [['figure-mismatch', 'zehnmal', 'zehnmal contradicts the source, which says 78 Millionen Dollar ÷ 5,6 Millionen Dollar ≈ 13.9.']]);
    assert.deepEqual(all(`${costs.en} The headline: "ten times cheaper".`), [['figure-mismatch', 'ten times', 'ten times contradicts the source, which says 78 Millionen Dollar ÷ 5,6 Millionen Dollar ≈ 13.9.']]);
  });
});
