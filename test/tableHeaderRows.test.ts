import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { columnHeaders } from '../server/src/core/markdown/tableHeaderRows';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message, ...(f.fix ? { fix: f.fix.newText } : {}) }));
}
const warnings = (text: string) => findings(text).filter((f) => f.code !== 'unsourced-figure');

const costs = (cost: string, header = '|  | Training cost |  |\n|---|---|---|\n| **Model** | **USD m** | **Notes** |') =>
  `${header}\n| DeepSeek R1 | 5.6 | per DeepSeek |\n| GPT-4o | ${cost} | OpenAI's spend |\n`;

describe('a table with a group header row above the columns’ own names (a spreadsheet pasted as Markdown)', () => {
  test('the column’s header is both rows’ words; the group’s words stand for the merged cells right of it', () => {
    assert.deepEqual(columnHeaders([['', 'Benchmark score (%)', '', ''], ['Model', 'HumanEval', 'MATH-500', 'Notes'], ['R1', '92', '85', '']]), {
      texts: ['Model', 'Benchmark score (%) HumanEval', 'Benchmark score (%) MATH-500', 'Benchmark score (%) Notes'],
      rows: 2,
    });
  });
  test('English: "Training cost" over "USD m": GPT-4o’s 87 is $87 million against the source’s 78', () => {
    assert.deepEqual(warnings(costs('78')), []);
    assert.deepEqual(warnings(costs('87')), [
      { code: 'figure-mismatch', text: '87', message: '87 contradicts the source, which says 78 Millionen Dollar.', fix: '78' },
    ]);
  });
  test('German: „Trainingskosten“ über „Mio. Dollar“: 87 bei GPT-4o sind 87 Millionen Dollar, die Quelle sagt 78', () => {
    const kosten = (wert: string) => `|  | Trainingskosten |  |\n|---|---|---|\n| **Modell** | **Mio. Dollar** | **Anmerkung** |\n| DeepSeek R1 | 5,6 | laut DeepSeek |\n| GPT-4o | ${wert} | Ausgaben von OpenAI |\n`;
    assert.deepEqual(warnings(kosten('78')), []);
    assert.deepEqual(warnings(kosten('87')), [
      { code: 'figure-mismatch', text: '87', message: '87 contradicts the source, which says 78 Millionen Dollar.', fix: '78' },
    ]);
  });
  test('English: "Benchmark score (%)" over "HumanEval" and "MATH-500": 58 under MATH-500 is R1’s MATH-500 score', () => {
    const scores = (math: string) => `|  | Benchmark score (%) |  |\n|---|---|---|\n| **Model** | **HumanEval** | **MATH-500** |\n| DeepSeek R1 | 92 | ${math} |\n`;
    assert.deepEqual(warnings(scores('85')), []);
    assert.deepEqual(warnings(scores('58')), [
      { code: 'figure-mismatch', text: '58', message: '58 contradicts the source, which says 85 %.', fix: '85' },
    ]);
  });
});

describe('a table with one header row keeps it', () => {
  test('an empty first header cell alone is no group header: "|  | DeepSeek R1 | GPT-4o |" over "| Developer | DeepSeek | OpenAI |"', () => {
    assert.deepEqual(columnHeaders([['', 'DeepSeek R1', 'GPT-4o'], ['Developer', 'DeepSeek', 'OpenAI'], ['Training cost', '$5.6 million', '$78 million']]), {
      texts: ['', 'DeepSeek R1', 'GPT-4o'],
      rows: 1,
    });
  });
  test('a row of values under a group header is no header row: "| Nvidia | −7.82 |  |"', () => {
    assert.deepEqual(columnHeaders([['Company', 'Move (%)', ''], ['Nvidia', '−7.82', ''], ['Microsoft', '−3.75', '']]).rows, 1);
  });
  test('English: a plain table still reads its one header: "Training cost ($m)"', () => {
    assert.deepEqual(warnings('| Model | Training cost ($m) |\n|---|---|\n| DeepSeek R1 | 5.6 |\n| GPT-4o | 87 |\n'), [
      { code: 'figure-mismatch', text: '87', message: '87 contradicts the source, which says 78 Millionen Dollar.', fix: '78' },
    ]);
  });
});
