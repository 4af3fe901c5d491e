import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bundledIndex } from './support/fixtures';
import { warningsWithFixes as warnings } from './support/warningsWithFixes';
import { analyzeDraft, runRules } from '../server/src/core';

const idx = bundledIndex();
const unsourced = (text: string) => runRules(analyzeDraft(text, idx), idx).filter((f) => f.code === 'unsourced-figure').map((f) => text.slice(f.start, f.end));

// "**A2.**" before "63%." ends a sentence of its own (a figure opens the next one): the label says nothing, so the
// answer after it still gives its figure for what the question asked, as "**A2.** $5.6m." on one line does.
describe('a quiz answer whose label stands alone before its figure still answers the question', () => {
  const en = (question: string, answer: string, markup = (s: string) => s) => `---\nlang: en\n---\n# Quiz night\n\n${markup(`**Q1.** ${question}`)}\n${markup('**A1.**')}\n${markup(answer)}\n`;
  const de = (question: string, answer: string) => `---\nlang: de\n---\n# Quizabend\n\n**F1.** ${question}\n**A1.**\n${answer}\n`;
  const share = 'What share of the world\'s AI models comes from China?';
  const anteil = 'Wie viel Prozent der weltweit 1328 KI-Modelle stammen aus China?';
  test('English: a wrong share is caught with the source\'s value, the right one is clean and sourced', () => {
    assert.deepEqual(warnings(en(share, '63%.'), idx), [{ code: 'figure-mismatch', text: '63%', fix: '36%' }]);
    assert.deepEqual(warnings(en(share, '36%, roughly a third.'), idx), []);
    assert.deepEqual(unsourced(en(share, '36%, roughly a third.')), []);
  });
  test('German: likewise', () => {
    assert.deepEqual(warnings(de(anteil, '63 Prozent.'), idx), [{ code: 'figure-mismatch', text: '63 Prozent', fix: '36 Prozent' }]);
    assert.deepEqual(warnings(de(anteil, '36 Prozent, also rund ein Drittel.'), idx), []);
    assert.deepEqual(unsourced(de(anteil, '36 Prozent, also rund ein Drittel.')), []);
    assert.deepEqual(unsourced(de('Wie viele kleinere Versionen von R1 veröffentlichte DeepSeek?', '6 Stück.')), []);
  });
  test('in a list, and with a second sentence of the pub\'s own after the answer: that one is no answer', () => {
    assert.deepEqual(warnings(en(share, '63%.', (s) => `- ${s}`), idx), [{ code: 'figure-mismatch', text: '63%', fix: '36%' }]);
    assert.deepEqual(warnings(en(share, '36%. Tonight\'s jackpot rose 20%.'), idx), []);
    assert.deepEqual(unsourced(en(share, '36%. Tonight\'s jackpot rose 20%.')), ['20%']);
  });
  test('another company\'s fall is still checked as that company\'s; a question about something else lends the answer nothing', () => {
    assert.deepEqual(warnings(en('By how much did Microsoft\'s shares fall on 27 January?', '6.58%.'), idx), [{ code: 'figure-mismatch', text: '6.58%', fix: '3.75%' }]);
    assert.deepEqual(warnings(en('By how much did Microsoft\'s shares fall on 27 January?', '3.75%.'), idx), []);
    assert.deepEqual(warnings(en('How many teams played in the pub quiz tonight?', '6.'), idx), []);
  });
});
