import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readAs, warningsWithMessages as findings } from './support/warningsWithMessages';

describe('a cell of values joined by slashes beside a header or row label that lists names joined by slashes', () => {
  const german = (cell: string) => `Die Benchmarks des Modells im Vergleich:\n\n| Modell | HumanEval / MATH-500 | Gewichte |\n|---|---|---|\n| DeepSeek R1 | ${cell} | offen |\n`;
  test('German: „92 % / 85 %“ under „HumanEval / MATH-500“ gives each benchmark its own score; swapped, both warn', () => {
    assert.deepEqual(findings(german('92 % / 85 %')), []);
    assert.equal(readAs(german('92 % / 85 %'), '85 %', 'de'), 'MATH-500: 85 %');
    assert.deepEqual(findings(german('85 % / 92 %')), [
      { code: 'figure-mismatch', text: '85 %', message: '85 % contradicts the source, which says 92 %.', fix: '92 %' },
      { code: 'figure-mismatch', text: '92 %', message: '92 % contradicts the source, which says 85 %.', fix: '85 %' },
    ]);
  });
  test('English: "92% / 58%" under "HumanEval / MATH-500": the transposed digits warn with MATH-500\'s score', () => {
    const english = (cell: string) => `How the models score:\n\n| Model | HumanEval / MATH-500 | Weights |\n|---|---|---|\n| DeepSeek R1 | ${cell} | open |\n`;
    assert.deepEqual(findings(english('92% / 85%')), []);
    assert.equal(readAs(english('92% / 85%'), '92%', 'en'), 'HumanEval: 92%');
    assert.deepEqual(findings(english('92% / 58%')), [
      { code: 'figure-mismatch', text: '58%', message: '58% contradicts the source, which says 85 %.', fix: '85%' },
    ]);
  });
  test('English: the names in the row\'s label, "| HumanEval / MATH-500 | 92% / 95% | R1 |": the wrong score warns with MATH-500\'s', () => {
    const english = (cell: string) => `Key figures at a glance:\n\n| Item | Figure | Note |\n|---|---|---|\n| HumanEval / MATH-500 | ${cell} | R1 |\n`;
    assert.deepEqual(findings(english('92% / 85%')), []);
    assert.deepEqual(findings(english('92% / 95%')), [
      { code: 'figure-mismatch', text: '95%', message: '95% contradicts the source, which says 85 %.', fix: '85%' },
    ]);
  });
  test('German: „| Nvidia / Microsoft | −3,75 % / −7,82 % |“ in a row label: swapped, both warn', () => {
    const german = (cell: string) => `Die Kursverluste am 27. Januar 2025 im Überblick:\n\n| Titel | Veränderung |\n|---|---|\n| Nvidia / Microsoft | ${cell} |\n`;
    assert.deepEqual(findings(german('−7,82 % / −3,75 %')), []);
    assert.deepEqual(findings(german('−3,75 % / −7,82 %')), [
      { code: 'figure-mismatch', text: '−3,75 %', message: '−3,75 % contradicts the source, which says -7,82 %.', fix: '−7,82 %' },
      { code: 'figure-mismatch', text: '−7,82 %', message: '−7,82 % contradicts the source, which says -3,75 %.', fix: '−3,75 %' },
    ]);
  });
});
