import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
}

const EN = '---\nlang: en\n---\n\n';

describe('the year of export curbs told beside a chip\'s name („Nvidias A100“, "A100s") is the curbs\' year, as beside the word chips', () => {
  test('German: „Vor den Exportkontrollen von 2022 hortete Liang Nvidias A100“ is borne out; 2021 is the wrong year', () => {
    assert.deepEqual(findings('Vor den Exportkontrollen von 2022 hortete Liang Nvidias A100.\n'), []);
    assert.deepEqual(findings('Vor den Exportkontrollen von 2021 hortete Liang Nvidias A100.\n'), [['date-mismatch', '2021', '2021 contradicts the source, which gives 2022.']]);
  });
  test('English: "Before the export controls of 2022, Liang stockpiled Nvidia A100s" is borne out; 2021 is the wrong year', () => {
    assert.deepEqual(findings(`${EN}Before the export controls of 2022, Liang stockpiled Nvidia A100s.\n`), []);
    assert.deepEqual(findings(`${EN}Before the export controls of 2021, Liang stockpiled Nvidia A100s.\n`), [['date-mismatch', '2021', '2021 contradicts the source, which gives 2022.']]);
  });
  test('a year of the buying, not of the curbs, is still nobody\'s curbs: "Liang bought A100s in 2021, before the export controls"', () => {
    assert.deepEqual(findings(`${EN}Liang bought A100s in 2021, before the export controls.\n`), [['unsourced-figure', '2021', 'No source states 2021.']]);
  });
});
