import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const findings = (text: string) =>
  runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
const german = (body: string) => `---\nlang: de\n---\n\n${body}\n`;
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;

// A Word document with tracked changes, converted by `pandoc --track-changes=all`.
describe('pandoc\'s bracketed spans: a tracked insertion is the text, a deletion and a comment no claim, attributes no prose', () => {
  test('German: the deleted value and the ISO dates of the attributes say nothing; a wrong inserted value is caught on its words', () => {
    const text = german('Am 27. Januar 2025 verlor Nvidia [7,28 Prozent]{.deletion author="M. Krause"\ndate="2025-01-28T09:12:00Z"}[7,82 Prozent]{.insertion author="M. Krause" date="2025-01-28T09:12:00Z"},\nMicrosoft [3,75 Prozent]{.deletion author="M. Krause" date="2025-01-28T09:13:00Z"}[3,57\nProzent]{.insertion author="M. Krause" date="2025-01-28T09:13:00Z"} und Broadcom 6,58 Prozent.');
    assert.deepEqual(findings(text), [{ code: 'figure-mismatch', text: '3,57\nProzent', fix: '3,75\nProzent' }]);
  });
  test('English: a comment and its end marker are no claim; an underlined or marked value is read where it is written', () => {
    const text = english('On HumanEval R1 scores [92%]{.underline}, on MATH-500 [95%]{.mark}[Check the source: 17% in 2024?]{.comment-start id="0" author="Tom" date="2025-01-28T09:20:00Z"}[]{.comment-end id="0"}.');
    assert.deepEqual(findings(text), [{ code: 'figure-mismatch', text: '95%', fix: '85%' }]);
  });
  test('brackets followed by braces that are no attributes keep their reading: a wrong figure there is still caught', () => {
    assert.deepEqual(findings(english('On January 27, 2025, Nvidia fell [17%]{see the table} against the Nasdaq.')).filter((f) => f.code === 'figure-mismatch').map((f) => f.text), ['17%']);
    // Read as a span, the braces' words would be left out, and with them the figure.
    assert.deepEqual(findings(english('On January 27, 2025, [Nvidia]{fell by 17%} against the Nasdaq.')).filter((f) => f.code === 'figure-mismatch').map((f) => f.text), ['17%']);
  });
});
