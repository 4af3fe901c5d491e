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

// The sources give one person's age: "der 40-jährige Informatikingenieur Liang Wenfeng". Writers set other people's
// ages beside their names ("Sam Altman, 39,", „Sam Altman (39)“, "the 61-year-old Jensen Huang"); no source knows them,
// so their ages are unsourced, not Liang's age misstated because the draft named Liang before.
describe('an age set beside a name no source knows is that person\'s', () => {
  test('after a paragraph on Liang, another person\'s age is unsourced, in English and German', () => {
    const liang = 'DeepSeek was founded by Liang Wenfeng, 40.\n\n';
    assert.deepEqual(findings(`${EN}${liang}Sam Altman, 39, runs OpenAI.\n`), [{ code: 'unsourced-figure', text: '39', fix: undefined }]);
    assert.deepEqual(findings(`${EN}${liang}Jensen Huang, 61, runs Nvidia.\n`), [{ code: 'unsourced-figure', text: '61', fix: undefined }]);
    assert.deepEqual(findings(`${EN}${liang}OpenAI is run by Sam Altman, 39.\n`), [{ code: 'unsourced-figure', text: '39', fix: undefined }]);
    const liangDe = 'DeepSeek wurde von Liang Wenfeng gegründet.\n\n';
    assert.deepEqual(findings(`${DE}${liangDe}Sam Altman, 39, leitet OpenAI.\n`), [{ code: 'unsourced-figure', text: '39', fix: undefined }]);
    assert.deepEqual(findings(`${EN}${liang}Nvidia's Jensen Huang (61) stayed calm.\n`), [{ code: 'unsourced-figure', text: '61', fix: undefined }]);
  });

  test('in a list item, a table cell or bold, and beside Liang\'s own age in one sentence', () => {
    assert.deepEqual(findings(`${EN}- Founder Liang Wenfeng, 40, from Guangdong\n- Sam Altman, 39, from Chicago\n`), [{ code: 'unsourced-figure', text: '39', fix: undefined }]);
    assert.deepEqual(findings(`${EN}Liang Wenfeng founded DeepSeek.\n\n**Sam Altman, 39,** runs OpenAI.\n`), [{ code: 'unsourced-figure', text: '39', fix: undefined }]);
    assert.deepEqual(findings(`${EN}Sam Altman, 39, and Liang Wenfeng, 40, have never met.\n`), [{ code: 'unsourced-figure', text: '39', fix: undefined }]);
  });

  test('Liang\'s wrong age stays caught however he is named, beside or after an unknown person', () => {
    assert.deepEqual(findings(`${EN}Sam Altman, 39, and Liang Wenfeng, 41, have never met.\n`), [
      { code: 'unsourced-figure', text: '39', fix: undefined },
      { code: 'figure-mismatch', text: '41', fix: '40' },
    ]);
    assert.deepEqual(findings(`${EN}Sam Altman runs OpenAI.\n\nMr. Liang, 41, rarely gives interviews.\n`), [{ code: 'figure-mismatch', text: '41', fix: '40' }]);
    assert.deepEqual(findings(`${EN}DeepSeek was founded by Liang Wenfeng.\n\nThe 41-year-old CEO rarely gives interviews.\n`), [{ code: 'figure-mismatch', text: '41-year-old', fix: '40-year-old' }]);
    assert.deepEqual(findings(`${DE}DeepSeek wurde von Liang Wenfeng gegründet.\n\nDer Gründer, 41, gibt kaum Interviews.\n`), [{ code: 'figure-mismatch', text: '41', fix: '40' }]);
    assert.deepEqual(findings(`${DE}DeepSeek-Chef Liang, 41, gibt kaum Interviews.\n`), [{ code: 'figure-mismatch', text: '41', fix: '40' }]);
  });

  // Review of session 62: only a person's name holds the age; a proper-noun modifier or an epithet in capitals is no one.
  test('an organisation or an epithet in capitals beside the age is no holder: Liang\'s wrong age stays caught, his true one clean', () => {
    const liang = 'DeepSeek was started by Liang Wenfeng.\n\n';
    assert.deepEqual(findings(`${EN}${liang}The 41-year-old Zhejiang University graduate rarely speaks.\n`), [{ code: 'figure-mismatch', text: '41-year-old', fix: '40-year-old' }]);
    assert.deepEqual(findings(`${EN}${liang}The 40-year-old Zhejiang University graduate rarely speaks.\n`), []);
    assert.deepEqual(findings(`${EN}DeepSeek's founder, the 41-year-old Zhejiang University alumnus Liang Wenfeng, rarely speaks.\n`), [{ code: 'figure-mismatch', text: '41-year-old', fix: '40-year-old' }]);
    assert.deepEqual(findings(`${EN}${liang}China's AI Wunderkind, 41, rarely speaks.\n`), [{ code: 'figure-mismatch', text: '41', fix: '40' }]);
  });
});

