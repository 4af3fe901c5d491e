import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';
import { warningsWithFixes as warnings } from './support/warningsWithFixes';

// A speech-to-text transcript writes "twenty six" where a writer writes "twenty-six": one number, not "twenty" and a
// "six million euros" that contradicts the source. German writes them as one word („sechsundzwanzig“) and kept reading them.
describe('"twenty six", "one thousand three hundred twenty eight": tens and units without the hyphen are one number', () => {
  const idx = bundledIndex();
  const findings = (text: string) => runRules(analyzeDraft(text, idx), idx).filter((f) => f.code !== 'unsourced-figure' || !/^\d|January/.test(text.slice(f.start, f.end)))
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
  const en = (body: string) => `---\nlang: en\n---\n\n# Notes on DeepSeek\n\n${body}\n`;
  const de = (body: string) => `---\nlang: de\n---\n\n# Notizen zu DeepSeek\n\n${body}\n`;

  test('the true numbers are borne out whole, in prose, a list item and bold', () => {
    assert.deepEqual(findings(en('The Fire-Flyer 1 supercomputer cost two hundred million yuan, about twenty six million euros.')), []);
    assert.deepEqual(findings(en('Of the one thousand three hundred twenty eight AI models, thirty six percent come from China.')), []);
    assert.deepEqual(findings(en('- OpenAI spent seventy eight million dollars on GPT-4o.')), []);
    assert.deepEqual(findings(en('R1 scored **ninety two percent** on HumanEval and eighty five percent on MATH-500.')), []);
    assert.deepEqual(findings(de('Von den eintausenddreihundertachtundzwanzig KI-Modellen stammen sechsunddreißig Prozent aus China.')), []);
  });

  test('a wrong number said the same way is a figure-mismatch on all its words', () => {
    assert.deepEqual(warnings(en('Of the one thousand three hundred twenty eight AI models, sixty three percent come from China.'), idx), [
      { code: 'figure-mismatch', text: 'sixty three percent', fix: 'thirty-six percent' },
    ]);
    assert.deepEqual(warnings(en('Of the one thousand three hundred eighty two AI models, thirty six percent come from China.'), idx), [
      { code: 'figure-mismatch', text: 'one thousand three hundred eighty two', fix: 'one thousand three hundred twenty-eight' },
    ]);
    assert.deepEqual(warnings(en('- OpenAI spent eighty seven million dollars on GPT-4o.'), idx), [
      { code: 'figure-mismatch', text: 'eighty seven million dollars', fix: 'seventy-eight million dollars' },
    ]);
    assert.deepEqual(warnings(en('R1 scored **ninety two percent** on HumanEval and fifty eight percent on MATH-500.'), idx), [
      { code: 'figure-mismatch', text: 'fifty eight percent', fix: 'eighty-five percent' },
    ]);
    assert.deepEqual(warnings(en('The Nasdaq 100 gained thirty five percent in 2024.'), idx), [
      { code: 'figure-mismatch', text: 'thirty five percent', fix: 'twenty-five percent' },
    ]);
  });

  test('a second sum said the same way in a later paragraph contradicts the first', () => {
    assert.deepEqual(warnings(en('The Fire-Flyer 1 supercomputer cost two hundred million yuan, about twenty six million euros.\n\nThe Fire-Flyer 1 supercomputer cost two hundred million yuan, about twenty nine million euros.'), idx), [
      { code: 'draft-inconsistency', text: 'twenty nine million euros' },
    ]);
  });

  test('a comma between the words keeps them two numbers', () => {
    assert.deepEqual(findings(en('The index rose by twenty, five analysts said.')).map((f) => f.text), ['five']);
  });
});
