import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type SourceIndex } from '../server/src/core';
import { bundledIndex, read, extraSource, withSources } from './support/fixtures';


function findings(text: string, index: SourceIndex) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

describe('a gap or a ratio between two named sides', () => {
  // Another article's Broadcom and Microsoft of another day: their difference is no value of Nvidia's and Microsoft's.
  const german = extraSource('2025-02-27_nvidia-quartal-blackwell.txt', read('test/eval/distractors/2025-02-27_nvidia-quartal-blackwell.txt'));
  const english = extraSource('2025-02-27_nvidia-blackwell.md', '---\ntitle: Nvidia slides despite Blackwell beat\npublished: 2025-02-28\n---\n\nInvestors were not convinced. On February 27, 2025, Nvidia shares plunged 8.5 percent to $120.15. Broadcom lost 7.1 percent, Microsoft slipped 1.3 percent. The Nasdaq 100 fell 2.8 percent.\n');

  test('German: „Zwischen Nvidia und Microsoft lagen mehr als fünf Prozentpunkte“ is checked against Nvidia\'s and Microsoft\'s falls only', () => {
    const text = 'Am 27. Januar 2025 verlor Nvidia 7,82 Prozent, Broadcom 6,58 Prozent und Microsoft 3,75 Prozent. Zwischen Nvidia und Microsoft lagen mehr als fünf Prozentpunkte.';
    const expected = [{ code: 'figure-mismatch', text: 'fünf Prozentpunkte', fix: '4,1 Prozentpunkte' }];
    assert.deepEqual(findings(text, bundledIndex()), expected);
    assert.deepEqual(findings(text, withSources(german)), expected);
  });

  test('English: "the gap between Nvidia and Microsoft was more than five percentage points" is checked against their falls only', () => {
    const text = 'On January 27, 2025, Nvidia lost 7.82 percent, Broadcom 6.58 percent and Microsoft 3.75 percent. The gap between Nvidia and Microsoft was more than five percentage points.';
    const expected = [{ code: 'figure-mismatch', text: 'five percentage points', fix: '4.1 percentage points' }];
    assert.deepEqual(findings(text, bundledIndex()), expected);
    assert.deepEqual(findings(text, withSources(english)), expected);
  });
});
