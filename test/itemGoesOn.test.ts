import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

/** Every finding a draft gets, information included, with its fix. */
function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

describe('a list item that ends on a comma goes on in the next item', () => {
  test('German: „- am härtesten getroffen: Nvidia und Broadcom,“ then „- mit 7,82 beziehungsweise 6,85 Prozent Minus.“', () => {
    assert.deepEqual(findings('Die Chipwerte:\n\n- am härtesten getroffen: Nvidia und Broadcom,\n- mit 7,82 beziehungsweise 6,85 Prozent Minus.\n'), [
      { code: 'figure-mismatch', text: '6,85 Prozent', fix: '6,58 Prozent' },
    ]);
    assert.deepEqual(findings('Die Chipwerte:\n\n- am härtesten getroffen: Nvidia und Broadcom,\n- mit 7,82 beziehungsweise 6,58 Prozent Minus.\n'), []);
  });
  test('English: "- Chip stocks hit hardest: Nvidia and Broadcom," then "- down 7.82% and 6.85% respectively."', () => {
    assert.deepEqual(findings('The chip names:\n\n- Chip stocks hit hardest: Nvidia and Broadcom,\n- down 7.82% and 6.85% respectively.\n'), [
      { code: 'figure-mismatch', text: '6.85%', fix: '6.58%' },
    ]);
    assert.deepEqual(findings('The chip names:\n\n- Chip stocks hit hardest: Nvidia and Broadcom,\n- down 7.82% and 6.58% respectively.\n'), []);
  });
  test('unchanged: an item that ends its sentence, and a paragraph after an item that ends on a comma', () => {
    // Items that end with a full stop are sentences of their own: "respectively" there has no names to pair with.
    const ended = findings('The chip names:\n\n- Chip stocks hit hardest: Nvidia and Broadcom.\n- Down 7.82% and 6.85% respectively.\n');
    assert.deepEqual(ended.map((f) => f.text), ['6.85%']);
    assert.notEqual(ended[0].fix, '6.58%');
    assert.deepEqual(findings('- Nvidia −7,82 %,\n- Broadcom −6,58 %,\n- Microsoft −3,75 %\n'), []);
    assert.deepEqual(findings('- Hit hardest: Nvidia and Broadcom,\n\nThe Nasdaq 100 fell 3%, after gaining 25% in 2024.\n'), []);
  });
});
