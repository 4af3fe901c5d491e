import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

// Every finding a writer sees, information included: a true sum must not be called unsourced either.
function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

const EN = '---\nlang: en\n---\n\n';

describe('a dollar sign with its country after the number („5,6 Mio. US-$“, "5.6 million US$") is the sum\'s currency', () => {
  test('German: „5,6 Mio. US-$“ and „US-$ 5,6 Mio.“ agree with the source\'s 5,6 Millionen Dollar; „6,5 Mio. US-$“ contradicts it, underlined with its sign', () => {
    assert.deepEqual(findings('Das Training von R1 kostete 5,6 Mio. US-$.\n'), []);
    assert.deepEqual(findings('Das Training von R1 kostete 5,6 Mio. US$.\n'), []);
    assert.deepEqual(findings('Das Training von R1 kostete US-$ 5,6 Mio.\n'), []);
    assert.deepEqual(findings('Das Training von R1 kostete 6,5 Mio. US-$.\n'), [{ code: 'figure-mismatch', text: '6,5 Mio. US-$', fix: '5,6 Mio. US-$' }]);
  });

  test('English: "5.6 million US$" agrees with the source; "6.5 million US$" contradicts it', () => {
    assert.deepEqual(findings(`${EN}Training R1 cost 5.6 million US$.\n`), []);
    assert.deepEqual(findings(`${EN}Training R1 cost 6.5 million US$.\n`), [{ code: 'figure-mismatch', text: '6.5 million US$', fix: '5.6 million US$' }]);
  });
});
