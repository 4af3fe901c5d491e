import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';
import { warningsWithFixes as warnings } from './support/warningsWithFixes';

// A speaker says a year in two pairs ("twenty twenty four"), and a transcript writes it so. Read as one year, it is
// judged as "2024" would be; before, it was a stray "twenty" and a count "twenty four" (a false draft-inconsistency
// against another count of the draft).
describe('"twenty twenty four": a year said in two pairs is one year', () => {
  const idx = bundledIndex();
  const findings = (text: string) => runRules(analyzeDraft(text, idx), idx).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
  const en = (body: string) => `---\nlang: en\n---\n\n# Notes\n\n${body}\n`;

  test('a true year said in two pairs is borne out, as its digits are', () => {
    assert.deepEqual(findings(en('The Nasdaq 100 had gained 25 percent in twenty twenty four.')), []);
    assert.deepEqual(findings(en('- DeepSeek was founded in July twenty twenty three in Hangzhou.')), []);
    assert.deepEqual(findings(en('Liang co-founded High-Flyer in twenty fifteen.')), []);
  });

  test('a wrong year said in two pairs is a date-mismatch on all its words', () => {
    assert.deepEqual(warnings(en('The Nasdaq 100 had gained 25 percent in twenty twenty three.')).map((w) => [w.code, w.text]), [
      ['date-mismatch', 'twenty twenty three'],
    ]);
    assert.deepEqual(warnings(en('> DeepSeek was founded in twenty twenty-two.')).map((w) => [w.code, w.text]), [
      ['date-mismatch', 'twenty twenty-two'],
    ]);
  });

  test('two counts, a percentage or a scale after the second pair stay counts', () => {
    const texts = (text: string) => findings(text).map((f) => f.text);
    assert.deepEqual(texts(en('Nvidia fell seven point eight two percent while twenty twenty five percent rises were forecast.')).includes('twenty twenty five percent'), false);
    assert.ok(texts(en('The fund raised twenty thirty million dollars.')).every((t) => t !== 'twenty thirty'));
  });
});
