import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, extractFigures, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;

describe('a currency\'s code before the sum ("RMB 1bn", „RMB 1 Mrd.“) is its currency, as the symbol is', () => {
  test('English: "RMB 1bn", "RMB 1 billion", "Renminbi 1 billion" are yuan; the true sum is silent, a wrong one contradicted', () => {
    assert.deepEqual(extractFigures('It cost RMB 1 billion.', { language: 'en' }).map((f) => [f.text, f.currency]), [['RMB 1 billion', 'CNY']]);
    for (const right of ['Fire-Flyer II cost RMB 1bn.', 'Fire-Flyer II cost RMB 1 billion, about €130 million.', 'Fire-Flyer II cost Renminbi 1 billion.', 'Fire-Flyer II cost CNY 1bn.', 'Fire-Flyer II cost 1bn yuan.']) {
      assert.deepEqual(findings(english(right)), [], right);
    }
    assert.deepEqual(findings(english('Fire-Flyer II cost RMB 2bn.')), [{ code: 'figure-mismatch', text: 'RMB 2bn', fix: 'RMB 1bn' }]);
    assert.deepEqual(findings(english('Fire-Flyer II cost RMB 1 million.')), [{ code: 'scale-mismatch', text: 'RMB 1 million', fix: 'RMB 1 billion' }]);
  });
  test('German: „RMB 1 Mrd.“ is a yuan sum; a wrong one is contradicted', () => {
    assert.deepEqual(findings('Fire-Flyer II kostete RMB 1 Mrd.\n'), []);
    assert.deepEqual(findings('Fire-Flyer II kostete RMB 2 Mrd.\n'), [{ code: 'figure-mismatch', text: 'RMB 2 Mrd.', fix: 'RMB 1 Mrd.' }]);
  });
});
