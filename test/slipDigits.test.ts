import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { digitsOf, slipDigits } from '../server/src/core/rules/figureSlips';

/**
 * draft-inconsistency files every figure by the digits a slip keeps and asks them of both figures of every pair it
 * compares: they are worked out once per value, and must be what the value's digits say whenever they are asked.
 */
describe('the digits a slip keeps', () => {
  test('are the same for a swap and for another scale, whichever is asked first and however often', () => {
    // "$589 billion" and "$598 billion", „671 Milliarden“ and „671 Millionen“, „−7,82 %“ and "8.72%".
    for (let round = 0; round < 3; round++) {
      assert.equal(slipDigits(589e9), slipDigits(598e9));
      assert.equal(slipDigits(671e9), slipDigits(671e6));
      assert.equal(slipDigits(-7.82), slipDigits(8.72));
      assert.equal(slipDigits(598e9), '589');
    }
  });

  test('differ where a slip would not keep them', () => {
    // „5,6 Milliarden“ and „sechs“, "$5.6 million" and "$56.5 million".
    assert.notEqual(slipDigits(5.6e9), slipDigits(6));
    assert.notEqual(slipDigits(5.6e6), slipDigits(56.5e6));
    assert.equal(slipDigits(56.5e6), '556');
  });

  test('are the sorted significant digits of each of many values, also past what is kept at once', () => {
    for (let i = 1; i <= 120_000; i += 7) {
      const value = i * 1.01;
      assert.equal(slipDigits(value), [...digitsOf(value)].sort().join(''));
    }
    assert.equal(slipDigits(0.0125), '125');
  });
});
