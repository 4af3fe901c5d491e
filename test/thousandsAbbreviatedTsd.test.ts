import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';
import { warningsWithFixes as warnings } from './support/warningsWithFixes';

// Club treasurers and tables write thousands as „Tsd.“ like millions as „Mio.“: its dot ends no sentence and it is the
// figure's scale.
describe('„Tsd.“ is the scale of thousands, like „Mio.“ and „Mrd.“', () => {
  const idx = bundledIndex();
  const findings = (text: string) => runRules(analyzeDraft(text, idx), idx).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
  test('„5,6 Tsd. Dollar“ for the training cost has the right digits and the wrong scale', () => {
    assert.deepEqual(warnings('# Kosten\n\nDas Training von DeepSeek R1 kostete nur 5,6 Tsd. Dollar.\n', idx), [{ code: 'scale-mismatch', text: '5,6 Tsd. Dollar', fix: '5,6 Mio. Dollar' }]);
  });
  test('a club\'s own „48,5 Tsd. Euro“ is unsourced on all its words, and the sentence goes on after „Tsd.“', () => {
    assert.deepEqual(findings('# Kassenbericht\n\nUnsere Rücklage von 48,5 Tsd. Euro liegt zu einem Teil in einem Fonds.\n'), [{ code: 'unsourced-figure', text: '48,5 Tsd. Euro' }]);
  });
  test('„5,6 Mio. Dollar“ stays borne out', () => {
    assert.deepEqual(findings('# Kosten\n\nDas Training von DeepSeek R1 kostete nur 5,6 Mio. Dollar.\n'), []);
  });
});
