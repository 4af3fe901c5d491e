import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The source: „Der Nasdaq 100 sackte um 3 Prozent ab“. An index's symbol names it, as "NVDA" names Nvidia
// (names/tickers.ts); it was read as a name no source knows ("?NDX"), whose fall nothing states.
const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

describe('an index\'s symbol ("NDX") is its name', () => {
  test('English: "The NDX fell 3%" is sourced; 5% and a rise are contradicted', () => {
    assert.deepEqual(findings('The NDX fell 3%.'), []);
    assert.deepEqual(findings('NDX closed down 5%.'), [{ code: 'figure-mismatch', text: '5%', fix: '3%' }]);
    assert.deepEqual(findings('The NDX rose 3%.'), [{ code: 'figure-mismatch', text: '3%' }]);
  });
  test('German: „Der NDX sackte um 3 Prozent ab“ is sourced; 5 Prozent is contradicted', () => {
    assert.deepEqual(findings('Der NDX sackte um 3 Prozent ab.'), []);
    assert.deepEqual(findings('Der NDX fiel um 5 Prozent.'), [{ code: 'figure-mismatch', text: '5 Prozent', fix: '3 Prozent' }]);
  });
  test('as they were: another index, a longer word', () => {
    assert.deepEqual(findings('Der Nasdaq Composite fiel um 3 Prozent.'), [{ code: 'unsourced-figure', text: '3 Prozent' }]);
    assert.deepEqual(findings('NDXX fell 3%.'), [{ code: 'unsourced-figure', text: '3%' }]);
  });
});
