import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type SourceIndex } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

// "Der Abstand ist nur etwa 2 Prozentpunkte": a gap or multiple that names no attribute and no day of its own is one of
// the moves of the days the draft names, not a gap of two moves of another day in another article.
const index = bundledIndex();
const findings = (text: string, idx: SourceIndex = index) => runRules(analyzeDraft(text, idx), idx).map((f) => [f.code, text.slice(f.start, f.end)]);
const sellOff = extraSource('2024-09-04_ausverkauf.txt', 'Ausverkauf bei Chipwerten\n\nAm 3. September 2024 verlor Broadcom 6,2 Prozent, der Halbleiterindex der Börse Philadelphia sackte um 7,8 Prozent ab.\n\nOn September 3, 2024, Broadcom lost 6.2 percent and the Philadelphia semiconductor index slumped 7.8 percent.\n');

describe('a gap that names nothing is one of the named days\' moves', () => {
  // The sources: Nvidia (-7,82 %), Broadcom (-6,58 %) on 27 January 2025: 1,24 percentage points apart.
  test('German: „Der Abstand ist nur etwa 2 Prozentpunkte“ stays wrong beside a gap of 1,6 points of 3 September 2024', () => {
    const text = 'Am 27. Januar 2025 fielen die Chipwerte.\n\nNvidia verlor 7,82 Prozent. Broadcom verlor weniger. Der Abstand ist nur etwa 2 Prozentpunkte.\n';
    assert.deepEqual(findings(text), [['figure-mismatch', '2 Prozentpunkte']]);
    assert.deepEqual(findings(text, withSources(sellOff)), [['figure-mismatch', '2 Prozentpunkte']]);
    assert.deepEqual(findings(text.replace('etwa 2 Prozentpunkte', 'etwa 1,2 Prozentpunkte'), withSources(sellOff)), []);
  });
  test('English: "The gap is only about 2 percentage points" likewise; "about 1.2" stays borne out', () => {
    const text = 'Chip stocks fell on 27 January 2025.\n\nNvidia lost 7.82 percent. Broadcom lost less. The gap is only about 2 percentage points.\n';
    assert.deepEqual(findings(text), [['figure-mismatch', '2 percentage points']]);
    assert.deepEqual(findings(text, withSources(sellOff)), [['figure-mismatch', '2 percentage points']]);
    assert.deepEqual(findings(text.replace('about 2 percentage', 'about 1.2 percentage'), withSources(sellOff)), []);
  });
});
