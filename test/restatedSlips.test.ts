import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function inconsistencies(text: string) {
  return runRules(analyzeDraft(text, index), index)
    .filter((f) => f.code === 'draft-inconsistency')
    .map((f) => ({ text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

describe('a restated figure in another spelling or with its subject pointed back to is held against the earlier one', () => {
  test('German: „598 Mrd.“ (no currency) after „589 Milliarden Dollar“ of the same company is the earlier sum mistyped', () => {
    const text = 'Am 27. Januar 2025 verlor Nvidia rund 589 Milliarden Dollar an Börsenwert.\n\nDie Zahl weicht ab: Nvidia verlor 598 Mrd. an einem Tag.\n';
    assert.deepEqual(inconsistencies(text).map((f) => f.text), ['598 Mrd.']);
  });
  test('English: "598 billion" (no currency) after "$589 billion" of the same company is the earlier sum mistyped', () => {
    const text = 'On January 27, 2025, Nvidia lost about $589 billion in market value.\n\nThat number is off: Nvidia lost 598 billion in one day.\n';
    assert.deepEqual(inconsistencies(text).map((f) => f.text), ['598 billion']);
  });
  test('German: „Ein Modell mit 761 Milliarden Parametern“, its subject pointed back to, after R1\'s „671 Milliarden Parameter“', () => {
    const text = 'Das Modell R1 hat 671 Milliarden Parameter.\n\nDeepSeek trainierte mit FP8. Ein Modell mit 761 Milliarden Parametern, das auf gedrosselter Hardware trainiert wurde: Das ist die Nachricht.\n';
    assert.deepEqual(inconsistencies(text), [{ text: '761 Milliarden', fix: '671 Milliarden' }]);
  });
  test('English: "a model with 761 billion parameters" pointed back to after R1\'s "671 billion parameters"', () => {
    const text = 'The R1 model has 671 billion parameters.\n\nDeepSeek trained it with FP8. A model with 761 billion parameters, trained on throttled hardware: that is the news.\n';
    assert.deepEqual(inconsistencies(text), [{ text: '761 billion', fix: '671 billion' }]);
  });
  test('quiet: the same sum restated bare, another company\'s sum, a bare count of other digits, a parameter count that is no slip', () => {
    assert.deepEqual(inconsistencies('Am 27. Januar 2025 verlor Nvidia rund 589 Milliarden Dollar an Börsenwert.\n\nNvidia verlor 589 Mrd. an einem Tag.\n'), []);
    assert.deepEqual(inconsistencies('On January 27, 2025, Nvidia lost about $589 billion in market value.\n\nMicrosoft is worth 598 billion less than Apple.\n'), []);
    assert.deepEqual(inconsistencies('On January 27, 2025, Nvidia lost about $589 billion in market value.\n\nNvidia shares changed hands 3 billion times.\n'), []);
    assert.deepEqual(inconsistencies('Das Modell R1 hat 671 Milliarden Parameter.\n\nDeepSeek trainierte mit FP8. Ein Modell mit 70 Milliarden Parametern läuft auf einem Laptop.\n'), []);
    assert.deepEqual(inconsistencies('The R1 model has 671 billion parameters.\n\nDeepSeek trained it with FP8. A model with 7 billion parameters runs on a laptop.\n'), []);
  });
});
