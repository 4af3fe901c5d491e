import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}
const warnings = (text: string) => findings(text).filter((f) => f.code !== 'unsourced-figure').map(({ code, text: t }) => ({ code, text: t }));
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;

describe('a peak said of several ("Nvidia and Broadcom each shed as much as 15%") is the largest of their values: a value none of them has is contradicted', () => {
  test('German: „Nvidia, Microsoft und Broadcom verloren in der Spitze 15 Prozent“ and „jeweils in der Spitze“ are contradicted by Nvidia\'s 7,82 %', () => {
    assert.deepEqual(findings('Nvidia, Microsoft und Broadcom verloren in der Spitze 15 Prozent.\n'), [{ code: 'figure-mismatch', text: '15 Prozent', fix: '7,82 Prozent' }]);
    assert.deepEqual(findings('Am 27. Januar 2025 verloren Nvidia und Broadcom jeweils in der Spitze 15 Prozent.\n'), [{ code: 'figure-mismatch', text: '15 Prozent', fix: '7,82 Prozent' }]);
  });
  test('English: "Nvidia and Broadcom each shed as much as 15%", "Shares of Nvidia and Broadcom each fell as much as 15%" are contradicted', () => {
    assert.deepEqual(warnings(english('On 27 January 2025 Nvidia and Broadcom each shed as much as 15%.')), [{ code: 'figure-mismatch', text: '15%' }]);
    assert.deepEqual(warnings(english('Shares of Nvidia, Microsoft and Broadcom fell as much as 15%.')), [{ code: 'figure-mismatch', text: '15%' }]);
  });
  test('German and English guard: the largest of their values, the source\'s own peak of several, and a peak of one the sources give no value stay quiet', () => {
    assert.deepEqual(warnings('Nvidia, Microsoft und Broadcom verloren in der Spitze 7,82 Prozent.\n'), []);
    assert.deepEqual(warnings(english('Nvidia and Broadcom each shed as much as 7.8%.')), []);
    assert.deepEqual(warnings('Tech-Aktien wie Nvidia, Infineon und SoftBank büßten in der Spitze 10 Prozent ein.\n'), []);
    assert.deepEqual(warnings(english('Tech stocks such as Nvidia, Infineon and SoftBank shed as much as 10%.')), []);
    // Alibaba: no value in the sources, so the peak may be Alibaba's.
    assert.deepEqual(warnings('Nvidia und Alibaba verloren in der Spitze 15 Prozent.\n'), []);
    assert.deepEqual(warnings(english('Nvidia and Alibaba shed as much as 15%.')), []);
  });
});
