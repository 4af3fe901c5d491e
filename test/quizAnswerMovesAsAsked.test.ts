import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bundledIndex } from './support/fixtures';
import { warningsWithFixes as warnings } from './support/warningsWithFixes';
import { analyzeDraft, runRules } from '../server/src/core';

const idx = bundledIndex();
const messages = (text: string) => runRules(analyzeDraft(text, idx), idx).filter((f) => f.severity !== 'information').map((f) => f.message);

// "What's the most any of them gained?" / "As much as 10%.": the answer's move goes the way the question asks, as
// "gained 10%" in one sentence would; the sources say they lost.
describe('a quiz answer that gives a move without its way takes the way the question asks', () => {
  const en = (question: string, answer: string, markup = (s: string) => s) => `---\nlang: en\n---\n# Quiz night\n\n${markup(`**Q1.** ${question}`)}\n${markup(`**A1.** ${answer}`)}\n`;
  const de = (question: string, answer: string) => `---\nlang: de\n---\n# Quizabend\n\n**F1.** ${question}\n**A1.** ${answer}\n`;
  test('English: a rise asked of a fall is a wrong direction, with no fix and the right way in the message; the fall asked is clean', () => {
    assert.deepEqual(warnings(en('Nvidia, Infineon and SoftBank: what\'s the most any of them gained on 27 January?', 'As much as 10%.'), idx), [{ code: 'figure-mismatch', text: '10%' }]);
    assert.deepEqual(messages(en('How much did Microsoft\'s shares gain on 27 January?', '3.75%.')), ['3.75% says it rose, but the source says it fell: -3,75 %.']);
    assert.deepEqual(warnings(en('Nvidia, Infineon and SoftBank: what\'s the most any of them lost on 27 January?', 'As much as 10%.'), idx), []);
    assert.deepEqual(warnings(en('By how much did Microsoft\'s shares fall on 27 January?', '3.75%.'), idx), []);
  });
  test('German: likewise', () => {
    assert.deepEqual(messages(de('Um wie viel Prozent stieg die Aktie von Microsoft am 27. Januar?', '3,75 Prozent.')), ['3,75 Prozent says it rose, but the source says it fell: -3,75 %.']);
    assert.deepEqual(warnings(de('Um wie viel Prozent fiel die Aktie von Microsoft am 27. Januar?', '3,75 Prozent.'), idx), []);
  });
  test('a rise that did happen (another time: 2024) is clean, and its wrong value still caught; in a list item too', () => {
    assert.deepEqual(warnings(en('By how much did the Nasdaq 100 rise in 2024?', '25%.'), idx), []);
    assert.deepEqual(warnings(en('By how much did the Nasdaq 100 rise in 2024?', '35%.'), idx), [{ code: 'figure-mismatch', text: '35%', fix: '25%' }]);
    assert.deepEqual(warnings(en('By how much did the Nasdaq 100 rise on 27 January?', '3%.', (s) => `- ${s}`), idx), [{ code: 'figure-mismatch', text: '3%' }]);
  });
  test('quiet: an answer that says its own way keeps it, and a question offering both ways lends none', () => {
    assert.deepEqual(warnings(en('By how much did the Nasdaq 100 rise on 27 January?', 'It fell 3%.'), idx), []);
    assert.deepEqual(warnings(en('Did Broadcom\'s shares rise or fall on 27 January, and by how much?', '6.58%.'), idx), []);
    assert.deepEqual(warnings(de('Stieg oder fiel die Aktie von Broadcom am 27. Januar, und um wie viel?', '6,58 Prozent.'), idx), []);
  });
});
