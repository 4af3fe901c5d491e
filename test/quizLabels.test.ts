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
  test('German: a wrong answer is caught and a right one clean, also without the label\'s dot (as before: German answers already took the question\'s subject)', () => {
    assert.deepEqual(warnings(quizDe('6,5 Millionen Dollar.'), idx), [{ code: 'figure-mismatch', text: '6,5 Millionen Dollar', fix: '5,6 Millionen Dollar' }]);
    assert.deepEqual(warnings(quizDe('5,6 Millionen Dollar.').replace('**A3.**', '**A3**'), idx), []);
  });
  test('a chip that opens its line stays a name: "A100" has more digits than a label', () => {
    assert.deepEqual(warnings('---\nlang: en\n---\n# Chips\n\nA100 chips: Liang bought between 10,000 and 60,000 of them.\n', idx), [{ code: 'figure-mismatch', text: '60,000', fix: '50,000' }]);
  });
});
