import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message }));
}

const DE = '---\ndate: 2025-01-28\n---\n\n';
const EN = '---\nlang: en\ndate: 2025-01-28\n---\n\n';

// "NVIDIA" in a lower third or a table was the name already; "NASDAQ 100" was not, because the words a spelling in
// capitals is compared with ended before a number, so the index's move had no owner and was "unsourced".
describe('a name in capitals whose spelling holds a number ("NASDAQ 100") is that name', () => {
  test('English: a lower third and a table cell in capitals', () => {
    assert.deepEqual(findings(`${EN}LOWER THIRD: NVIDIA −7.82% · NASDAQ 100 DOWN 3%\n`), []);
    const up = findings(`${EN}LOWER THIRD: NVIDIA −7.82% · NASDAQ 100 UP 3%\n`);
    assert.deepEqual(up.map((f) => [f.code, f.text]), [['figure-mismatch', '3%']]);
    assert.match(up[0].message, /says it rose, but the source says it fell/);
    assert.deepEqual(findings(`${EN}| INDEX | MONDAY |\n|---|---|\n| NASDAQ 100 | −3% |\n`), []);
    assert.deepEqual(findings(`${EN}| INDEX | MONDAY |\n|---|---|\n| NASDAQ 100 | −5% |\n`).map((f) => [f.code, f.text]), [['figure-mismatch', '−5%']]);
  });

  test('German: „Der NASDAQ 100 fiel um 3 Prozent“ is the source’s fall; 5 Prozent contradicts it', () => {
    assert.deepEqual(findings(`${DE}Der NASDAQ 100 fiel am Montag um 3 Prozent.\n`), []);
    const wrong = findings(`${DE}Der NASDAQ 100 fiel am Montag um 5 Prozent.\n`);
    assert.deepEqual(wrong.map((f) => [f.code, f.text]), [['figure-mismatch', '5 Prozent']]);
  });

  test('another number in capitals is no misspelling of the index', () => {
    assert.deepEqual(findings(`${EN}The NASDAQ 200 is no index anyone tracks.\n`), []);
  });
});
