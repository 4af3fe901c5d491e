import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
const german = (body: string) => `---\nlang: de\n---\n\n${body}\n`;
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;

describe('TeX pasted into Markdown: a tie (~) between words is a space, \\euro{} the euro sign', () => {
  test('English: a date, a scale and a euro amount written with ties read as printed; wrong values caught on the words as written', () => {
    assert.deepEqual(findings(english("DeepSeek's V3 model appeared in December~2024.")), []);
    assert.deepEqual(findings(english("DeepSeek's V3 model appeared in November~2024.")), [{ code: 'date-mismatch', text: 'November~2024' }]);
    assert.deepEqual(findings(english('Fire-Flyer II cost 1~million yuan.')), [{ code: 'scale-mismatch', text: '1~million yuan' }]);
    assert.deepEqual(findings(english('Fire-Flyer I cost 200~million yuan (approx.\\ \\euro{}26~million).')), []);
    assert.deepEqual(findings(english('Fire-Flyer I cost 200~million yuan (approx.\\ \\euro{}62~million).')), [{ code: 'figure-mismatch', text: '\\euro{}62~million' }]);
  });
  test('German: „5,6~Millionen Dollar“ is sourced, „5,6~Milliarden Dollar“ the wrong scale', () => {
    assert.deepEqual(findings(german('Das Training von R1 kostete nur 5,6~Millionen Dollar.')), []);
    assert.deepEqual(findings(german('Das Training von R1 kostete nur 5,6~Milliarden Dollar.')), [{ code: 'scale-mismatch', text: '5,6~Milliarden Dollar' }]);
  });
  test('a tilde with a space beside it is "about", one between digits no tie: their figures keep their reading', () => {
    assert.deepEqual(findings(english('The training of R1 cost ~6 billion dollars.')), [{ code: 'scale-mismatch', text: '6 billion dollars' }]);
    assert.deepEqual(findings(german('Das Training kostete ~ 5,6 Milliarden Dollar.')), [{ code: 'scale-mismatch', text: '5,6 Milliarden Dollar' }]);
  });
  // Review of session 63: after a bracket or a colon the tilde is "about", and the hedged figures were warned.
  test('a tilde after a bracket or a colon is "about": "(~7.5%)", „(~5,4 Mio. Dollar)“, "cost:~$5.4 million" keep their hedge', () => {
    assert.deepEqual(findings(english('On January 27, 2025, Nvidia fell (~7.5%), Microsoft (~3.6%).')), []);
    assert.deepEqual(findings(german('Am 27. Januar 2025 fiel Nvidia (~7,5 %), Microsoft (~3,6 %).')), []);
    assert.deepEqual(findings(english('Training R1 cost:~$5.4 million.')), []);
    assert.deepEqual(findings(german('Das Training von R1 kostete (~5,4 Mio. Dollar).')), []);
    assert.deepEqual(findings(english('On January 27, 2025, Nvidia fell (~9.5%).')), [{ code: 'figure-mismatch', text: '9.5%' }]);
  });
});
