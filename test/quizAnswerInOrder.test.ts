import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bundledIndex } from './support/fixtures';
import { warningsWithFixes as warnings } from './support/warningsWithFixes';

const idx = bundledIndex();

// "By how much did Microsoft and Broadcom drop, in that order?" / "6.58% and 3.75%.": the answer's values pair with the
// question's names in turn, as "respectively" pairs them in one sentence; the swapped pair is each the other's value.
describe('a quiz answer to a question that asks "in that order" or "respectively" pairs its values with the question\'s names', () => {
  const en = (question: string, answer: string, markup = (s: string) => s) => `---\nlang: en\n---\n# Quiz night\n\n${markup(`**Q1.** ${question}`)}\n${markup(`**A1.** ${answer}`)}\n`;
  const de = (question: string, answer: string) => `---\nlang: de\n---\n# Quizabend\n\n**F1.** ${question}\n**A1.** ${answer}\n`;
  const drop = 'By how much did Microsoft and Broadcom drop on 27 January, in that order?';
  const fielen = 'Um wie viel Prozent fielen Microsoft und Broadcom am 27. Januar, in dieser Reihenfolge?';
  test('English: a swapped pair is caught with each other\'s value, the right order is clean', () => {
    assert.deepEqual(warnings(en(drop, '6.58% and 3.75%.'), idx), [{ code: 'figure-mismatch', text: '6.58%', fix: '3.75%' }, { code: 'figure-mismatch', text: '3.75%', fix: '6.58%' }]);
    assert.deepEqual(warnings(en(drop, '3.75% and 6.58%.'), idx), []);
    assert.deepEqual(warnings(en(drop, '3.75% and 6.58%. Nvidia fell 7.82%.'), idx), []);
  });
  test('German: likewise', () => {
    assert.deepEqual(warnings(de(fielen, '6,58 und 3,75 Prozent.'), idx).map((w) => w.code), ['figure-mismatch', 'figure-mismatch']);
    assert.deepEqual(warnings(de(fielen, '3,75 und 6,58 Prozent.'), idx), []);
  });
  test('"respectively" in a list item\'s question; without an order asked, either order is no error', () => {
    assert.deepEqual(warnings(en('R1\'s scores on HumanEval and MATH-500, respectively?', '85% and 92%.', (s) => `- ${s}`), idx), [{ code: 'figure-mismatch', text: '85%', fix: '92%' }, { code: 'figure-mismatch', text: '92%', fix: '85%' }]);
    assert.deepEqual(warnings(en('By how much did Microsoft and Broadcom drop on 27 January?', '6.58% and 3.75%.'), idx), []);
  });
});
