import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bundledIndex } from './support/fixtures';
import { warningsWithFixes as warnings } from './support/warningsWithFixes';

// A quiz numbers its questions and answers „F3.“/"Q6." and "A6.": the answer's subject is in the question, and the
// label is no chip or model that would own the answer's figure instead.
describe('a quiz\'s answer label is no name: the answer\'s figure is the question\'s subject\'s', () => {
  const idx = bundledIndex();
  const quizEn = (answer: string) => `---\nlang: en\n---\n# Pub quiz\n\n**Q6.** How much did it cost to train DeepSeek R1?\n**A6.** ${answer}\n`;
  const quizDe = (answer: string) => `# Quiz\n\n**F3.** Wie viel kostete das Training von DeepSeek R1?\n**A3.** ${answer}\n`;
  test('English: a wrong answer is caught with the source\'s value, a right one is clean', () => {
    assert.deepEqual(warnings(quizEn('$6.5m.'), idx), [{ code: 'figure-mismatch', text: '$6.5m', fix: '$5.6m' }]);
    assert.deepEqual(warnings(quizEn('$5.6m.'), idx), []);
  });
  test('German: a wrong answer is caught and a right one clean (as before: German answers already took the question\'s subject)', () => {
    assert.deepEqual(warnings(quizDe('6,5 Millionen Dollar.'), idx), [{ code: 'figure-mismatch', text: '6,5 Millionen Dollar', fix: '5,6 Millionen Dollar' }]);
    assert.deepEqual(warnings(quizDe('5,6 Millionen Dollar.'), idx), []);
  });
  test('two-digit chips named with a colon or a verb stay names, so another chip\'s count is no count of the A100s', () => {
    const chips = (line: string) => `---\nlang: en\n---\n# Chips\n\nLiang's stockpile of Nvidia chips, by model:\n\n- A100: between 10,000 and 50,000 units\n- ${line}\n`;
    assert.deepEqual(warnings(chips('A40: 60,000 units'), idx), []);
    assert.deepEqual(warnings('---\nlang: en\n---\n# Chips\n\nThe training of DeepSeek R1 cost $5.6 million.\nA16 cost about $6.5 million to design.\n', idx), []);
    assert.deepEqual(warnings('# Chips\n\nDas Training von DeepSeek R1 kostete 5,6 Millionen Dollar. A16 kostete in der Entwicklung 6,5 Millionen Dollar.\n', idx), []);
  });
  test('a chip that opens its line stays a name: "A100" has more digits than a label', () => {
    assert.deepEqual(warnings('---\nlang: en\n---\n# Chips\n\nA100 chips: Liang bought between 10,000 and 60,000 of them.\n', idx), [{ code: 'figure-mismatch', text: '60,000', fix: '50,000' }]);
  });
});
