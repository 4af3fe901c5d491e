import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

/** Every finding a draft gets, information included, with its fix. */
function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

describe('a sentence of labelled values says one thing per item', () => {
  test('German: „HumanEval 92 %, Trainingskosten 5,6 Mio. Dollar“ are R1\'s score and training cost, each on its own', () => {
    assert.deepEqual(findings('Das Modell R1 schneidet gut ab.\n\n- HumanEval 92 %, Trainingskosten 5,6 Mio. Dollar\n'), []);
    assert.deepEqual(findings('Das Modell R1 schneidet gut ab.\n\n- HumanEval 92 %, Trainingskosten 6,5 Mio. Dollar\n'), [
      { code: 'figure-mismatch', text: '6,5 Mio. Dollar', fix: '5,6 Mio. Dollar' },
    ]);
    assert.deepEqual(findings('Das Modell R1 schneidet gut ab.\n\n- HumanEval 85 %, Trainingskosten 5,6 Mio. Dollar\n'), [
      { code: 'figure-mismatch', text: '85 %', fix: '92 %' },
    ]);
  });
  test('English: "HumanEval 92%, Training cost $5.6 million" likewise', () => {
    assert.deepEqual(findings('R1 did well.\n\n- HumanEval 92%, Training cost $5.6 million\n'), []);
    assert.deepEqual(findings('R1 did well.\n\n- HumanEval 92%, Training cost $6.5 million\n'), [
      { code: 'figure-mismatch', text: '$6.5 million', fix: '$5.6 million' },
    ]);
    assert.deepEqual(findings('R1 did well.\n\n- HumanEval 85%, Training cost $5.6 million\n'), [
      { code: 'figure-mismatch', text: '85%', fix: '92%' },
    ]);
  });
  test('the sentence\'s own label is every item\'s: „Tests: …“ still says whose the next line\'s count is', () => {
    assert.deepEqual(findings('Ein Satz.\n\n- Tests: HumanEval 92 %, MATH-500 58 %\n- Ableger: 5 kleinere Modelle für Laptops\n'), [
      { code: 'figure-mismatch', text: '58 %', fix: '85 %' },
      { code: 'figure-mismatch', text: '5', fix: '6' },
    ]);
    assert.deepEqual(findings('A sentence.\n\n- Tests: HumanEval 92%, MATH-500 58%\n- Spin-offs: 5 smaller models for laptops\n'), [
      { code: 'figure-mismatch', text: '58%', fix: '85%' },
      { code: 'figure-mismatch', text: '5', fix: '6' },
    ]);
  });
  test('a label before the colon names whose every item is: „DeepSeek R1: HumanEval 92 %, MATH-500 95 %, …“', () => {
    assert.deepEqual(findings('DeepSeek R1: HumanEval 92 %, MATH-500 95 %, Trainingskosten 5,6 Mio. Dollar.\n'), [
      { code: 'figure-mismatch', text: '95 %', fix: '85 %' },
    ]);
    assert.deepEqual(findings('DeepSeek R1: HumanEval 92%, MATH-500 95%, Training cost $5.6 million.\n'), [
      { code: 'figure-mismatch', text: '95%', fix: '85%' },
    ]);
  });
  test('not items: a clause that shares the verb before it, a restatement in another currency, a date, a participle', () => {
    assert.deepEqual(findings('Daraus baute Liang zwei Supercomputer. Der erste kostete 200 Millionen Yuan, der zweite eine Milliarde Yuan, umgerechnet etwa 130 Millionen Euro.'), []);
    assert.deepEqual(findings('Liang built two supercomputers. The first cost 200 million yuan, the second a billion yuan, about a hundred and thirty million euros.'), []);
    assert.deepEqual(findings('Liang Wenfeng, 40, gründete High-Flyer 2015.'), []);
    assert.deepEqual(findings('Liang Wenfeng, 40, set up High-Flyer in 2015.'), []);
    assert.deepEqual(findings('Nvidia fell 7.82%, wiping out $589 billion.'), [{ code: 'unsourced-figure', text: '$589 billion' }]);
    assert.deepEqual(findings('---\nlang: de\n---\n\nNvidia −7,82 %, Microsoft −3,75 %, Broadcom −6,85 %'), [{ code: 'figure-mismatch', text: '−6,85 %', fix: '−6,58 %' }]);
  });
});
