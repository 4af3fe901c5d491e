import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
}

const EN = '---\nlang: en\n---\n\n';

// The sources: „Das Unternehmen veröffentlichte neben R1 auch sechs kleinere Versionen“; „… der weltweit 1328 KI-Modelle …“.
describe('a count whose next clause counts a part of it is the whole: the source\'s value of the part does not contradict it', () => {
  test('German: „sieben Modelle, von denen sechs …“, „sieben Modelle – sechs davon …“', () => {
    assert.deepEqual(findings('DeepSeek veröffentlichte sieben Modelle, von denen sechs kleinere Versionen sind.\n'), [{ code: 'unsourced-figure', text: 'sieben' }]);
    assert.deepEqual(findings('DeepSeek veröffentlichte sieben Modelle – sechs davon kleinere Versionen.\n'), [{ code: 'unsourced-figure', text: 'sieben' }]);
  });

  test('English: "seven models, of which six …", "six of them", "including six", across a line break and bold', () => {
    assert.deepEqual(findings(`${EN}DeepSeek released seven models, of which six are smaller versions.\n`), [{ code: 'unsourced-figure', text: 'seven' }]);
    assert.deepEqual(findings(`${EN}DeepSeek released seven models, six of them smaller distilled versions.\n`), [{ code: 'unsourced-figure', text: 'seven' }]);
    assert.deepEqual(findings(`${EN}DeepSeek released seven models, including six smaller versions.\n`), [{ code: 'unsourced-figure', text: 'seven' }]);
    assert.deepEqual(findings(`${EN}DeepSeek released **seven** models,\nof which six are smaller versions.\n`), [{ code: 'unsourced-figure', text: 'seven' }]);
  });

  test('a whole with no part, or a part the source does not give, is still checked as before', () => {
    assert.deepEqual(findings('DeepSeek veröffentlichte sieben Modelle.\n'), [{ code: 'figure-mismatch', text: 'sieben' }]);
    assert.deepEqual(findings('Weltweit gibt es 1500 KI-Modelle, von denen 480 aus China stammen.\n').filter((f) => f.code === 'figure-mismatch'), [{ code: 'figure-mismatch', text: '1500' }]);
    // A part in the next sentence makes no whole of this one.
    assert.deepEqual(findings(`${EN}DeepSeek released seven models. Of them, six are smaller versions.\n`).filter((f) => f.code === 'figure-mismatch'), [{ code: 'figure-mismatch', text: 'seven' }]);
  });
});
