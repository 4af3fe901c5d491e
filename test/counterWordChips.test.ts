import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function warnings(text: string) {
  return runRules(analyzeDraft(text, index), index)
    .filter((f) => f.severity !== 'information')
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

const EN = '---\nlang: en\n---\n\n';

describe('a count of pieces („Stück“, "pieces") counts the chip its partitive names („Von Nvidias A100 …“, "… of Nvidia\'s A100")', () => {
  test('German: „Von Nvidias A100 soll DeepSeek zwischen 10.000 und 60.000 Stück gehortet haben.“ contradicts the estimate of 10.000 to 50.000', () => {
    assert.deepEqual(warnings('Von Nvidias A100 soll DeepSeek zwischen 10.000 und 60.000 Stück gehortet haben.\n'), [{ code: 'figure-mismatch', text: '60.000', fix: '50.000' }]);
    assert.deepEqual(warnings('Von Nvidias A100 soll DeepSeek zwischen 10.000 und 50.000 Stück gehortet haben.\n'), []);
  });
  test('English: "between 10,000 and 60,000 pieces of Nvidia\'s A100" contradicts the estimate of 10,000 to 50,000', () => {
    assert.deepEqual(warnings(`${EN}DeepSeek is said to have hoarded between 10,000 and 60,000 pieces of Nvidia's A100.\n`), [{ code: 'figure-mismatch', text: '60,000', fix: '50,000' }]);
    assert.deepEqual(warnings(`${EN}DeepSeek is said to have hoarded between 10,000 and 50,000 pieces of Nvidia's A100.\n`), []);
  });
  test('quiet: pieces of something else in a sentence that names a chip elsewhere (German, English)', () => {
    assert.deepEqual(warnings('DeepSeek veröffentlichte 60.000 Stück Software-Lizenzen, trainiert auf H800.\n'), []);
    assert.deepEqual(warnings(`${EN}DeepSeek handed out 60,000 pieces of merchandise, trained on the H800.\n`), []);
  });
});
