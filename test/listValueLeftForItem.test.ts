import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function mismatches(text: string) {
  return runRules(analyzeDraft(text, index), index)
    .filter((f) => f.code === 'figure-mismatch')
    .map((f) => ({ text: text.slice(f.start, f.end), message: f.message, ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

describe('a list item whose owner the matcher cannot tell is contradicted by the source value its siblings left over', () => {
  test('German: „Im ersten Test kam R1 auf 92, im zweiten auf 58 Prozent“: the bare 92 is the first test\'s, so 58 is the 85 %', () => {
    assert.deepEqual(mismatches('Das Unternehmen nennt zwei Testwerte, einen fürs Programmieren und einen für Mathematik. Im ersten Test kam R1 auf 92, im zweiten auf 58 Prozent.'), [
      { text: '58 Prozent', message: '58 Prozent contradicts the source, which says 85 %.', fix: '85 Prozent' },
    ]);
  });
  test('English: "about €26 million and €13 million" after the two supercomputers: €13 million is the €130 million', () => {
    assert.deepEqual(mismatches('The two supercomputers, Fire-Flyer I and Fire-Flyer II, cost 200 million yuan and one billion yuan respectively. In euros: about €26 million and €13 million.'), [
      { text: '€13 million', message: '€13 million contradicts the source, which says 130 Millionen Euro.', fix: '€130 million' },
    ]);
  });
  test('English: "The scores: 92% and 58%." with the benchmarks in the sentence before: 58% is the 85%', () => {
    assert.deepEqual(mismatches('DeepSeek says R1 scored on two benchmarks, HumanEval for code and MATH-500 for maths. The scores: 92% and 58%.'), [
      { text: '58%', message: '58% contradicts the source, which says 85 %.', fix: '85%' },
    ]);
  });
  test('English, negative: where no sibling states a source value ("91% and 58%"), both keep the best candidate', () => {
    assert.deepEqual(mismatches('Coding is measured by HumanEval and maths by MATH-500. R1 scores 91% and 58%.'), [
      { text: '91%', message: '91% contradicts the source, which says 92 %.', fix: '92%' },
      { text: '58%', message: '58% contradicts the source, which says 92 %.', fix: '92%' },
    ]);
  });
  test('German, negative: a bare number that is no source value („auf 91, im zweiten auf 58 Prozent“) leaves the order', () => {
    assert.deepEqual(mismatches('Das Unternehmen nennt zwei Testwerte, einen fürs Programmieren und einen für Mathematik. Im ersten Test kam R1 auf 91, im zweiten auf 58 Prozent.'), [
      { text: '58 Prozent', message: '58 Prozent contradicts the source, which says 92 %.', fix: '92 Prozent' },
    ]);
  });
  test('German, negative: a value whose owner is named („Broadcom um 3,75 Prozent“) keeps its owner\'s source value', () => {
    assert.deepEqual(mismatches('Nvidia fiel um 7,82 Prozent, Broadcom um 3,75 Prozent.'), [
      { text: '3,75 Prozent', message: '3,75 Prozent contradicts the source, which says -6,58 %.', fix: '6,58 Prozent' },
    ]);
  });
  test('English, negative: a swapped pair ("R1 scores 85% and 92%") keeps each the other\'s value', () => {
    assert.deepEqual(mismatches('For R1, HumanEval is the coding score and MATH-500 the maths score: 85% and 92% respectively.').map((f) => f.fix), ['92%', '85%']);
  });
});
