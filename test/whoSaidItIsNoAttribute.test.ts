import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), fix: f.fix?.newText }));

describe('the words naming who said a figure give it no attribute', () => {
  test('„auf der Internetseite der Firma“, "the website of the company": the company\'s credo, not a stake in the company', () => {
    assert.deepEqual(findings('DeepSeek gilt als bescheiden. Auf der Internetseite der Firma steht, Erfolg komme zu 99 Prozent aus harter Arbeit und nur zu einem Prozent aus Talent.'), []);
    assert.deepEqual(findings('DeepSeek is modest. The website of the company says success is 99 percent hard work and only one percent talent.'), []);
  });
  test('"according to the staff report": GPT-4o\'s training cost, not a headcount', () => {
    assert.deepEqual(findings('R1 cost $5.6 million, against $87 million for GPT-4o, according to the staff report.'), [{ code: 'figure-mismatch', text: '$87 million', fix: '$78 million' }]);
  });
  test('a headcount still reads as staff', () => {
    assert.deepEqual(findings('The company has 40 staff, the report says.'), [{ code: 'unsourced-figure', text: '40', fix: undefined }]);
  });
});
