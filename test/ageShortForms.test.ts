import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), fix: f.fix?.newText }));
}

const DE = '---\ndate: 2025-01-28\n---\n\n';
const EN = '---\nlang: en\ndate: 2025-01-28\n---\n\n';

// The sources: "der 40-jährige Informatikingenieur Liang Wenfeng". Notes shorten "years old" to "yo" ("41yo", "40 yo",
// "43y/o"), as they write "40 yrs": the same age, read as "41-year-old" is.
describe('"yo" and a glued "y/o" after a number are an age ("Liang Wenfeng, 41yo")', () => {
  test('the age the source states is clean; another is caught on the whole "41yo", fixed as the draft writes it', () => {
    assert.deepEqual(findings(`${EN}- Founder Liang Wenfeng, 40yo, comp. eng. from Guangdong\n`), []);
    assert.deepEqual(findings(`${EN}- Founder Liang Wenfeng, 41yo, comp. eng. from Guangdong\n`), [{ code: 'figure-mismatch', text: '41yo', fix: '40yo' }]);
    assert.deepEqual(findings(`${EN}Liang Wenfeng, a 40 yo engineer, founded DeepSeek.\n`), []);
    assert.deepEqual(findings(`${EN}Liang Wenfeng, a 44 yo engineer, founded DeepSeek.\n`), [{ code: 'figure-mismatch', text: '44 yo', fix: '40 yo' }]);
  });

  test('in a table cell, bold or a block quote, a wrong age is still caught', () => {
    assert.deepEqual(findings(`${EN}| Who | Age |\n|---|---|\n| Liang Wenfeng | 43y/o |\n`), [{ code: 'figure-mismatch', text: '43y/o', fix: '40y/o' }]);
    assert.deepEqual(findings(`${EN}**Liang Wenfeng (founder), 47yo**\n`), [{ code: 'figure-mismatch', text: '47yo', fix: '40yo' }]);
    assert.deepEqual(findings(`${EN}> Liang Wenfeng, 38yo, founded DeepSeek in July 2023.\n`), []);
  });

  test('another person\'s age, which no source states, stays unsourced; a name\'s "o" is no age', () => {
    assert.deepEqual(findings(`${EN}Sam Altman, 39yo, runs OpenAI.\n`), [{ code: 'unsourced-figure', text: '39yo', fix: undefined }]);
    assert.deepEqual(findings(`${EN}GPT-4o is OpenAI's model.\n`), []);
    assert.deepEqual(findings(`${EN}Liang Wenfeng sold 10 yo-yos in Hangzhou.\n`), [{ code: 'unsourced-figure', text: '10', fix: undefined }]);
    assert.deepEqual(findings(`${EN}Liang Wenfeng sold 10 yo\u2011yos in Hangzhou.\n`), [{ code: 'unsourced-figure', text: '10', fix: undefined }]);
    assert.deepEqual(findings(`${EN}Liang Wenfeng sold 10 yo–yos in Hangzhou.\n`), [{ code: 'unsourced-figure', text: '10', fix: undefined }]);
  });
});

// „Ein Gründer von 41 Jahren“: German says a person's age as „von N Jahren“ after the word for the person, as „im Alter
// von 41 Jahren“ says it without one.
describe('„ein Gründer von 41 Jahren“ is the person\'s age', () => {
  test('after a person named before, the true age is clean and a wrong one caught on „41 Jahren“', () => {
    assert.deepEqual(findings(`${DE}Liang Wenfeng gründete DeepSeek. Ein Gründer von 40 Jahren hat eine Branche aufgeschreckt.\n`), []);
    assert.deepEqual(findings(`${DE}Liang Wenfeng gründete DeepSeek. Ein Gründer von 43 Jahren hat eine Branche aufgeschreckt.\n`), [{ code: 'figure-mismatch', text: '43 Jahren', fix: '40 Jahren' }]);
    assert.deepEqual(findings(`${DE}Liang Wenfeng, ein Informatiker von 45 Jahren, gründete DeepSeek.\n`), [{ code: 'figure-mismatch', text: '45 Jahren', fix: '40 Jahren' }]);
  });

  test('in a list item with bold, or wrapped over two lines, a wrong age is still caught', () => {
    assert.deepEqual(findings(`${DE}- **Liang Wenfeng, ein Informatiker von 41 Jahren,** leitet DeepSeek.\n`), [{ code: 'figure-mismatch', text: '41 Jahren', fix: '40 Jahren' }]);
    assert.deepEqual(findings(`${DE}Liang Wenfeng, ein Informatiker von 41\nJahren, leitet DeepSeek.\n`), [{ code: 'figure-mismatch', text: '41\nJahren', fix: '40\nJahren' }]);
  });

  test('a span of years after a word for no person, or years of something, is no age', () => {
    assert.deepEqual(findings(`${DE}Liang Wenfeng gründete DeepSeek. Ein Vorsprung von 41 Jahren ist viel.\n`), [{ code: 'unsourced-figure', text: '41', fix: undefined }]);
    assert.deepEqual(findings(`${DE}Liang Wenfeng gründete DeepSeek. Ein Mitarbeiter von 20 Jahren Betriebszugehörigkeit.\n`), [{ code: 'unsourced-figure', text: '20', fix: undefined }]);
    assert.deepEqual(findings(`${DE}Liang Wenfeng, ein Informatiker von 15 Jahren intensiver Forschung, gründete DeepSeek.\n`), [{ code: 'unsourced-figure', text: '15', fix: undefined }]);
    assert.deepEqual(findings(`${DE}Liang Wenfeng, ein Quant von 20 Jahren praktischer Erfahrung, leitet High-Flyer.\n`), [{ code: 'unsourced-figure', text: '20', fix: undefined }]);
  });
});
