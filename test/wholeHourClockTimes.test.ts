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

// "22:05 Uhr" was a time of day already; a whole hour („um 16 Uhr“, "at 4 p.m.") was read as a bare number no source
// states, and two of them as one value told twice differently.
describe('a whole hour the clock gives („um 16 Uhr“, "at 4 p.m.") is no figure', () => {
  test('German: „Gottesdienst um 10 Uhr“, „Fragen bis 16 Uhr“, „von 8 bis 18 Uhr“ are times, not figures', () => {
    assert.deepEqual(findings(`${DE}Gottesdienst um 10 Uhr · Pfarrerin Ruth Engelhardt\n`), []);
    assert.deepEqual(findings(`${DE}Fragen bis 16 Uhr an mich.\n`), []);
    assert.deepEqual(findings(`${DE}Unsere Berater sind von 8 bis 18 Uhr für Sie da.\n`), []);
    assert.deepEqual(findings(`${DE}Die Sitzung beginnt um 18 Uhr.\n\nSie endet um 22 Uhr.\n`), []);
  });

  test('English: "at 4 p.m.", "at 9 AM" are times, not figures', () => {
    assert.deepEqual(findings(`${EN}The call starts at 4 p.m. sharp.\n`), []);
    assert.deepEqual(findings(`${EN}The call starts at 9 AM.\n`), []);
  });

  test('a wrong value beside a time is still caught, in prose and in a list item', () => {
    assert.deepEqual(findings(`${DE}Nvidia fiel um 17 Prozent, am Abend um 18 Uhr notierte die Aktie tiefer.\n`), [{ code: 'figure-mismatch', text: '17 Prozent' }]);
    assert.deepEqual(findings(`${DE}- **Um 16 Uhr:** Nvidia schloss 8,82 Prozent tiefer.\n`), [{ code: 'figure-mismatch', text: '8,82 Prozent' }]);
    assert.deepEqual(findings(`${EN}At 4 PM Nvidia closed down 9.82%.\n`), [{ code: 'figure-mismatch', text: '9.82%' }]);
  });

  test('a count of watches, a count before „am“ or before a compound with "PM" is no time', () => {
    assert.deepEqual(findings(`${DE}Die Firma hat 12 Uhren verkauft.\n`), [{ code: 'unsourced-figure', text: '12' }]);
    assert.deepEqual(findings(`${DE}DeepSeek verkaufte 12 Lizenzen am Montag.\n`), [{ code: 'unsourced-figure', text: '12' }]);
    assert.deepEqual(findings(`${DE}High-Flyer hatte 10 PM-Mitarbeiter.\n`), [{ code: 'unsourced-figure', text: '10' }]);
  });
});
