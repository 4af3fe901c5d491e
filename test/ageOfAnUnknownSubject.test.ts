import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
}

const EN = '---\nlang: en\n---\n\n';

// The sources: "der 40-jährige Informatikingenieur Liang Wenfeng …, der 2015 … den Hedgefonds High-Flyer gründete".
describe('an age whose subject is a person no source knows is that person\'s, whatever pronoun follows it', () => {
  test('German: „Xu Jin war 32, als er …“ after a sentence on Liang is Xu Jin\'s age, which no source states', () => {
    assert.deepEqual(findings('Liang Wenfeng gründete High-Flyer. Xu Jin war 32, als er zu High-Flyer kam.\n'), [{ code: 'unsourced-figure', text: '32' }]);
    assert.deepEqual(findings('Liang Wenfeng gründete High-Flyer.\n\nXu Jin war 32, als er kam.\n'), [{ code: 'unsourced-figure', text: '32' }]);
    assert.deepEqual(findings('Liang Wenfeng gründete High-Flyer. Xu Jin war 32, als er Liang Wenfeng traf.\n'), [{ code: 'unsourced-figure', text: '32' }]);
  });

  test('Liang\'s own age, or "er" with no one else as the subject, is still checked against the source', () => {
    assert.deepEqual(findings('Liang Wenfeng gründete High-Flyer. Er war 45, als er DeepSeek gründete.\n'), [{ code: 'figure-mismatch', text: '45' }]);
    assert.deepEqual(findings('Gründer Liang war 25, als er High-Flyer gründete.\n'), [{ code: 'figure-mismatch', text: '25' }]);
    // Words the name finder takes for a name before "war er" are no subject: "er" is.
    assert.deepEqual(findings('Liang Wenfeng gründete High-Flyer. Beim Durchbruch war er 45 Jahre alt.\n'), [{ code: 'figure-mismatch', text: '45 Jahre' }]);
  });

  test('English: "Xu Jin was 32 when he joined" is no value of Liang\'s age', () => {
    assert.deepEqual(findings(`${EN}Liang Wenfeng founded High-Flyer. Xu Jin was 32 years old when he joined the fund.\n`).filter((f) => f.code === 'figure-mismatch'), []);
  });
});
