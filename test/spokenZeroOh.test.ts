import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';
import { warningsWithFixes as warnings } from './support/warningsWithFixes';

// A speaker says "oh" for a zero after the point ("two point oh nine"); a transcript writes it so. Read as 2.09, the
// figure is judged as "2.09" would be, not as a stray "two" and a "nine times".
describe('"two point oh nine": "oh" is a zero among the digits after the point', () => {
  const idx = bundledIndex();
  const findings = (text: string) => runRules(analyzeDraft(text, idx), idx).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
  const en = (body: string) => `---\nlang: en\n---\n\n# Notes\n\n${body}\n`;

  test('a true ratio and a true sum said with "oh" are borne out', () => {
    assert.deepEqual(findings(en("Nvidia fell seven point eight two percent on January 27, 2025, two point oh nine times Microsoft's three point seven five percent.")), []);
    assert.deepEqual(findings(en('- R1 scored ninety two point oh percent on HumanEval.')), []);
  });

  test('a wrong value said with "oh" is a mismatch on all its words', () => {
    assert.deepEqual(warnings(en('- R1\'s training cost about five point oh six million dollars.'), idx), [
      { code: 'figure-mismatch', text: 'five point oh six million dollars', fix: '5.6 million dollars' },
    ]);
    assert.deepEqual(warnings(en('The model scored eighty two point oh percent on HumanEval.'), idx).map((w) => [w.code, w.text]), [
      ['figure-mismatch', 'eighty two point oh percent'],
    ]);
  });

  test('"oh" before the point, or alone, is no number', () => {
    assert.deepEqual(findings(en('Oh well, at one point oh my, he said, it was over.')), []);
  });
});
