import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message, ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

const EN = '---\nlang: en\n---\n\n';

// The sources: „Das im Dezember 2024 veröffentlichte V3-Modell …“, „Am 20. Januar … R1 …“ (its release).
describe('a release told by a split verb before a second clause, or by "put out", is dated by the sources\' release', () => {
  test('German: „kam im November 2024 heraus und fiel … auf“ and „brachte … heraus und schickte …“', () => {
    assert.deepEqual(findings('Das Vorgängermodell V3 kam im November 2024 heraus und fiel damals nur Fachleuten auf.\n'), [
      { code: 'date-mismatch', text: 'November 2024', message: 'November 2024 contradicts the source, which gives Dezember 2024.', fix: 'Dezember 2024' },
    ]);
    assert.deepEqual(findings('Am 22. Januar 2025 brachte DeepSeek R1 heraus und schickte die Chipwerte auf Talfahrt.\n'), [
      { code: 'date-mismatch', text: '22. Januar 2025', message: '22. Januar 2025 contradicts the source, which gives 20. Januar.', fix: '20. Januar 2025' },
    ]);
  });

  test('English: "put out its R1 model on January 21", "puts out" and "putting out"', () => {
    assert.deepEqual(findings(`${EN}DeepSeek, a Hangzhou start-up, put out its R1 model on January 21.\n`), [
      { code: 'date-mismatch', text: 'January 21', message: 'January 21 contradicts the source, which gives 20. Januar.', fix: 'January 20' },
    ]);
    assert.deepEqual(findings(`${EN}After putting out V3 in November 2024, DeepSeek turned to reasoning.\n`), [
      { code: 'date-mismatch', text: 'November 2024', message: 'November 2024 contradicts the source, which gives Dezember 2024.', fix: 'December 2024' },
    ]);
  });

  test('the true dates stay silent and are sourced', () => {
    assert.deepEqual(findings('Das Vorgängermodell V3 kam im Dezember 2024 heraus und fiel damals nur Fachleuten auf.\n'), []);
    assert.deepEqual(findings(`${EN}DeepSeek put out its R1 model on January 20.\n`), []);
  });

  test('a joiner after no particle leaves the verb to the clause\'s end: „stellte … R1 und V3 vor“', () => {
    assert.deepEqual(findings('Am 20. Januar stellte DeepSeek R1 und ein kleineres Modell vor.\n'), []);
  });
});
