import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
}

const EN = '---\nlang: en\n---\n\n';

describe('"the 2022 export ban", „die Exportregeln von 2022“ date the curbs as "export curbs" does: trade\'s word with a word for rules', () => {
  test('German: „Vor den Exportregeln von 2022 hortete Liang Nvidia-Chips“ and „vor dem Exportverbot“ are borne out; 2021 is the wrong year', () => {
    assert.deepEqual(findings('Vor den Exportregeln von 2022 hortete Liang Nvidia-Chips.\n'), []);
    assert.deepEqual(findings('Vor den Export-Vorschriften von 2022 hortete Liang Nvidia-Chips.\n'), []);
    assert.deepEqual(findings('Vor den Exportregeln von 2021 hortete Liang Nvidia-Chips.\n'), [['date-mismatch', '2021', '2021 contradicts the source, which gives 2022.']]);
  });
  test('English: "before the 2022 export ban", "the export rules of 2022" are borne out; 2021 is the wrong year', () => {
    assert.deepEqual(findings(`${EN}Before the 2022 export ban, Liang stockpiled Nvidia chips.\n`), []);
    assert.deepEqual(findings(`${EN}Before the export rules of 2022, Liang stockpiled Nvidia chips.\n`), []);
    assert.deepEqual(findings(`${EN}Before the 2021 export ban, Liang stockpiled Nvidia chips.\n`), [['date-mismatch', '2021', '2021 contradicts the source, which gives 2022.']]);
  });
  test('trade\'s word alone is no curbs: "before the 2021 export season" stays a year no source states', () => {
    assert.deepEqual(findings(`${EN}Before the 2021 export season, Liang stockpiled Nvidia chips.\n`), [['unsourced-figure', '2021', 'No source states 2021.']]);
  });
});
