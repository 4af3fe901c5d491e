import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

/** The figure-mismatches a draft gets, with their fixes. */
function mismatches(text: string) {
  return runRules(analyzeDraft(text, index), index)
    .filter((f) => f.code === 'figure-mismatch')
    .map((f) => ({ text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

const german = (body: string) => `---\nlang: de\n---\n\n${body}\n`;

describe('a value said of each of several names that one source value contradicts for all of them gets that value as its fix', () => {
  test('German: „Infineon und SoftBank gaben jeweils bis zu 12 Prozent ab“ → 10 Prozent', () => {
    assert.deepEqual(mismatches(german('Am 27. Januar 2025 gaben Infineon und SoftBank jeweils bis zu 12 Prozent ab.')), [{ text: '12 Prozent', fix: '10 Prozent' }]);
    assert.deepEqual(mismatches(german('Am 27. Januar 2025 verloren Infineon und SoftBank jeweils bis zu 10 Prozent.')), []);
  });
  test('English: "Infineon and SoftBank each gave up as much as 15%" → 10%', () => {
    assert.deepEqual(mismatches('On January 27, 2025, Infineon and SoftBank each gave up as much as 15%.\n'), [{ text: '15%', fix: '10%' }]);
    assert.deepEqual(mismatches('On January 27, 2025, Infineon and SoftBank each lost as much as 10%.\n'), []);
  });
  test('no fix where the names\' values differ: one is right for one of them, or none for both', () => {
    assert.deepEqual(mismatches(german('Am 27. Januar 2025 verloren Nvidia und Broadcom jeweils 7,82 Prozent.')), [{ text: '7,82 Prozent' }]);
    assert.deepEqual(mismatches('On January 27, 2025, Nvidia and Broadcom each lost 7.82%.\n'), [{ text: '7.82%' }]);
    assert.deepEqual(mismatches(german('Am 27. Januar 2025 verloren Nvidia und Broadcom jeweils 5 Prozent.')), [{ text: '5 Prozent' }]);
    assert.deepEqual(mismatches('On January 27, 2025, Nvidia and Broadcom each lost 5%.\n'), [{ text: '5%' }]);
    assert.deepEqual(mismatches('On January 27, 2025, Nvidia and Broadcom each lost as much as 9%.\n'), [{ text: '9%' }]);
  });
});
