import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message, ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

const EN = '---\nlang: en\n---\n\n';

// The source: „da die USA den Export moderner Grafikprozessoren nach China … bereits 2022 … beschränkten“.
describe('export curbs that hold "since" a year began in that year', () => {
  test('German: „beschränken … seit dem Jahr 2023“ and „Seit 2021 gelten US-Exportbeschränkungen“ contradict the 2022', () => {
    assert.deepEqual(findings('Die Vereinigten Staaten beschränken den Export moderner Grafikprozessoren nach China seit dem Jahr 2023.\n'), [
      { code: 'date-mismatch', text: '2023', message: '2023 contradicts the source, which gives 2022.', fix: '2022' },
    ]);
    assert.deepEqual(findings('Seit 2021 gelten US-Exportbeschränkungen für moderne Chips nach China.\n'), [
      { code: 'date-mismatch', text: '2021', message: '2021 contradicts the source, which gives 2022.', fix: '2022' },
    ]);
  });

  test('English: "restricted … since 2021", "curbs …: since 2021" and "has banned … since 2023" contradict the 2022', () => {
    assert.deepEqual(findings(`${EN}The US has restricted exports of modern chips to China since 2021.\n`), [
      { code: 'date-mismatch', text: '2021', message: '2021 contradicts the source, which gives 2022.', fix: '2022' },
    ]);
    assert.deepEqual(findings(`${EN}- US export curbs on modern GPUs to China: since 2021\n`), [
      { code: 'date-mismatch', text: '2021', message: '2021 contradicts the source, which gives 2022.', fix: '2022' },
    ]);
    assert.deepEqual(findings(`${EN}Washington has banned the export of advanced GPUs to China since 2023.\n`), [
      { code: 'date-mismatch', text: '2023', message: '2023 contradicts the source, which gives 2022.', fix: '2022' },
    ]);
  });

  test('the true year stays silent in either language', () => {
    assert.deepEqual(findings('Die Vereinigten Staaten beschränken den Export moderner Grafikprozessoren nach China seit dem Jahr 2022.\n'), []);
    assert.deepEqual(findings(`${EN}The US has restricted exports of modern chips to China since 2022.\n`), []);
    assert.deepEqual(findings(`${EN}- US export curbs on modern GPUs to China: since 2022\n`), []);
  });

  test('"the first … since" a year dates an earlier act of its kind, not these curbs: no date-mismatch', () => {
    const codes = (text: string) => findings(text).map((f) => f.code);
    assert.ok(!codes('Es sind die schärfsten US-Exportbeschränkungen für Chips nach China seit 2019.\n').includes('date-mismatch'));
    assert.ok(!codes(`${EN}These are the first US curbs on chip exports to China since 2019.\n`).includes('date-mismatch'));
  });
});
