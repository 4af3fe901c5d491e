import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;

describe('a bare number that closes a sentence after a benchmark\'s name is a score in percent ("On MATH-500, eighty-eight.")', () => {
  test('English: "On MATH-500, eighty-eight." about R1 contradicts the 85 % the sources give; "eighty-five" is borne out', () => {
    assert.deepEqual(findings(english('**Host:** How good is R1 at maths?\n\n**Guest:** Very good. On MATH-500, eighty-eight.')), [{ code: 'figure-mismatch', text: 'eighty-eight', fix: 'eighty-five' }]);
    assert.deepEqual(findings(english('R1 is good at maths. On MATH-500, 88.')), [{ code: 'figure-mismatch', text: '88', fix: '85' }]);
    assert.deepEqual(findings(english('**Host:** How good is R1 at maths?\n\n**Guest:** Very good. On MATH-500, eighty-five.')), []);
  });
  test('German: „Bei MATH-500: achtundachtzig.“ about R1 contradicts the 85 %; „fünfundachtzig“ is borne out', () => {
    assert.deepEqual(findings('**Moderatorin:** Wie gut ist R1 in Mathematik?\n\n**Gast:** Sehr gut. Bei MATH-500: achtundachtzig.\n'), [{ code: 'figure-mismatch', text: 'achtundachtzig', fix: 'fünfundachtzig' }]);
    assert.deepEqual(findings('Wie gut ist R1 in Mathematik? Bei MATH-500: fünfundachtzig.\n'), []);
  });
  test('German and English: a number after a company or a place, or with more words after it, stays what it was', () => {
    assert.deepEqual(findings(english('On Nasdaq, 3.')), []);
    assert.deepEqual(findings(english('R1 is good at maths. On MATH-500, 88 of 100 tasks were solved.')).filter((f) => f.code !== 'unsourced-figure'), []);
    assert.deepEqual(findings('Bei Nvidia: 40.\n'), [{ code: 'unsourced-figure', text: '40' }]);
  });
});
