import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
}

const DE = '---\ndate: 2025-02-10\n---\n\n';
const EN = '---\nlang: en\ndate: 2025-02-10\n---\n\n';

// A quiz offers options, all but one wrong by design (the sources: Nvidia -7,82 %, the training 5,6 Millionen Dollar):
// the options are no claims of the writer's, whatever they state; the answer key and the prose around them are.
describe('the lettered options of a multiple-choice question are no claims', () => {
  test('English options A to D under a question get no finding; the answer key after them is checked', () => {
    const question = '**1. By how much did Nvidia fall on January 27, 2025?**\nA. 3.75%\nB. 6.58%\nC. 7.82%\nD. 17.8%\n';
    assert.deepEqual(findings(`${EN}${question}`), []);
    assert.deepEqual(findings(`${EN}${question}\n**Answer: D.** Nvidia fell 17.8% that day.\n`), [{ code: 'figure-mismatch', text: '17.8%' }]);
    assert.deepEqual(findings(`${EN}What did DeepSeek say R1 cost to train?\n(A) $5.6 million\n(B) $5.6 billion\n(C) $78 million\n`), []);
  });

  test('German options a) to c) under a question, and a question asked in bold with a colon', () => {
    assert.deepEqual(findings(`${DE}Um wie viel fiel die Nvidia-Aktie am 27. Januar 2025?\na) 3,75 %\nb) 17,82 %\nc) 7,82 %\n`), []);
    assert.deepEqual(findings(`${DE}**Was kostete das Training von R1?**:\nA) 5,6 Milliarden Dollar\nB) 5,6 Millionen Dollar\nC) 56 Millionen Dollar\n`), []);
  });

  test('without a question, with fewer than three options or letters out of order, every line is a claim', () => {
    assert.deepEqual(findings(`${EN}Here is what happened.\nA. Nvidia fell 17.82%.\nB. Microsoft fell 3.75%.\nC. Broadcom fell 6.58%.\n`), [{ code: 'figure-mismatch', text: '17.82%' }]);
    assert.deepEqual(findings(`${EN}Q. How far did Nvidia fall that day?\nA. It fell 17.82 percent.\n`), [{ code: 'figure-mismatch', text: '17.82 percent' }]);
    assert.deepEqual(findings(`${EN}How far did they fall?\nA. Nvidia fell 17.82%.\nC. Microsoft fell 3.75%.\nB. Broadcom fell 6.58%.\n`), [{ code: 'figure-mismatch', text: '17.82%' }]);
  });
});
