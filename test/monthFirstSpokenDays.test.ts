import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message }));
}

const EN = '---\nlang: en\n---\n\n';

// "the twentieth of January" was a day already; "January twentieth", as an American anchor reads a date from the
// prompter, was no date at all, so a wrong day passed.
describe('a day said month first with an ordinal word ("January twenty-first") is a date', () => {
  test('a wrong day is caught, in prose and in a list item', () => {
    assert.deepEqual(findings(`${EN}DeepSeek's founder met Premier Li Qiang on January twenty-first.\n`), [
      { code: 'date-mismatch', text: 'January twenty-first', message: 'January twenty-first contradicts the source, which gives 20. Januar.' },
    ]);
    assert.deepEqual(findings(`${EN}- R1 came out on January twenty-fifth, 2025.\n`).map((f) => [f.code, f.text]), [['date-mismatch', 'January twenty-fifth, 2025']]);
  });

  test('the right day is clean', () => {
    assert.deepEqual(findings(`${EN}DeepSeek's founder met Premier Li Qiang on January twentieth.\n`), []);
  });

  test('"may first", and an ordinal that counts what follows the month, are no days', () => {
    assert.deepEqual(findings(`${EN}You may first want to read the source.\n`), []);
    assert.deepEqual(findings(`${EN}In January first results of R1 were published.\n`), []);
  });

  test('after "in", the month is a period and its ordinal counts something: no day', () => {
    assert.deepEqual(findings(`${EN}In January the first of DeepSeek's models to go viral, R1, broke through.\n`), []);
    assert.deepEqual(findings(`${EN}In January the second of the big sell-offs hit Nvidia: it fell 7.82%.\n`), []);
    assert.deepEqual(findings(`${EN}Of the models released in January the first was R1.\n`), []);
    assert.deepEqual(findings(`${EN}In late January the first of DeepSeek's models to go viral, R1, broke through.\n`), []);
    assert.deepEqual(findings(`${EN}During January the second of the big sell-offs hit Nvidia: it fell 7.82%.\n`), []);
    assert.deepEqual(findings(`${EN}R1 came out on January twenty-fifth.\n`).map((f) => [f.code, f.text]), [['date-mismatch', 'January twenty-fifth']]);
  });
});
