import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
}

const DE = '---\ndate: 2025-01-28\n---\n\n';
const EN = '---\nlang: en\ndate: 2025-01-28\n---\n\n';

// The sources: "der 40-jährige Informatikingenieur Liang Wenfeng". Profiles, tables and notes shorten the year word:
// „Liang Wenfeng, 40 J.“, "Liang Wenfeng, 40 yrs": the age in apposition to the name, as „40 Jahre“ is.
describe('an age in apposition with its year word shortened („40 J.“, "40 yrs") is the person\'s age', () => {
  test('German: „Liang Wenfeng, 40 J., vorher …“ is the age the source states; „46 J.“ contradicts it', () => {
    assert.deepEqual(findings(`${DE}Gründer: Liang Wenfeng, 40 J., vorher Hedgefonds High-Flyer.\n`), []);
    assert.deepEqual(findings(`${DE}Gründer: Liang Wenfeng, 46 J., vorher Hedgefonds High-Flyer.\n`), [{ code: 'figure-mismatch', text: '46 J.' }]);
    assert.deepEqual(findings(`${DE}Porträt Liang Wenfeng: Informatikingenieur aus Guangdong, 40 J., DeepSeek im Juli 2023 gegründet.\n`), []);
  });

  test('English: "Liang Wenfeng, 40 yrs, formerly …" is the age the source states; "47 yrs" contradicts it', () => {
    assert.deepEqual(findings(`${EN}Founder: Liang Wenfeng, 40 yrs, formerly of the hedge fund High-Flyer.\n`), []);
    assert.deepEqual(findings(`${EN}Founder: Liang Wenfeng, 47 yrs, formerly of the hedge fund High-Flyer.\n`), [{ code: 'figure-mismatch', text: '47 yrs' }]);
  });

  test('in a list item, a table cell or a block quote, a wrong age is still caught', () => {
    assert.deepEqual(findings(`${DE}- **Gründer:** Liang Wenfeng, 46 J., Informatikingenieur\n`), [{ code: 'figure-mismatch', text: '46 J.' }]);
    assert.deepEqual(findings(`${DE}| Person | Angaben |\n|---|---|\n| Liang Wenfeng | Informatikingenieur, 46 J., Hangzhou |\n`), [{ code: 'figure-mismatch', text: '46 J.' }]);
    assert.deepEqual(findings(`${DE}> Liang Wenfeng, 52 J., gründete DeepSeek.\n`), [{ code: 'figure-mismatch', text: '52 J.' }]);
  });

  test('another person\'s age, which no source states, stays unsourced', () => {
    assert.deepEqual(findings(`${DE}Chef von OpenAI: Sam Altman, 40 J., seit 2019 im Amt.\n`), [{ code: 'unsourced-figure', text: '40 J.' }, { code: 'unsourced-figure', text: '2019' }]);
    assert.deepEqual(findings(`${EN}OpenAI chief: Sam Altman, 40 yrs, in office since 2019.\n`), [{ code: 'unsourced-figure', text: '40 yrs' }, { code: 'unsourced-figure', text: '2019' }]);
  });
});
