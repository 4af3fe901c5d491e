import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type SourceIndex } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

// The sources: Nvidia (-7,82 %), Microsoft (-3,75 %); Der Nasdaq 100 sackte um 3 % ab. 7,82 ÷ 3 ≈ 2,6; 7,82 ÷ 3,75 ≈ 2,1.
const index = bundledIndex();
const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);

describe('a multiple compared with "der Index" / "the index" that an earlier sentence of the paragraph names compares with that name', () => {
  test('German: "Der Nasdaq 100 gab um drei Prozent nach. Nvidias Minus war rund zweieinhalbmal so groß wie das des Index." is borne out, not Nvidia against Microsoft', () => {
    assert.deepEqual(all('Der Nasdaq 100 gab um drei Prozent nach. Nvidias Minus war rund zweieinhalbmal so groß wie das des Index.'), []);
    assert.deepEqual(all('Der Nasdaq 100 sackte um 3 Prozent ab. Nvidia fiel fünfmal so stark wie der Index.'), [['figure-mismatch', 'fünfmal', 'fünfmal contradicts the source, which says 7,82 % ÷ 3 % ≈ 2.6.']]);
  });
  test('English: "The Nasdaq 100 dropped 3%. Nvidia\'s slide was about two and a half times the index\'s." is borne out; five times is wrong against the index', () => {
    assert.deepEqual(all("The Nasdaq 100 dropped 3%. Nvidia's slide was about two and a half times the index's."), []);
    assert.deepEqual(all('The Nasdaq 100 dropped 3%. Nvidia fell five times as hard as the index.'), [['figure-mismatch', 'five times', 'five times contradicts the source, which says 7,82 % ÷ 3 % ≈ 2.6.']]);
  });
  test('the multiple is of its own clause\'s name, not of the sentence\'s first name nor of a name an earlier comparison compares with', () => {
    assert.deepEqual(all('Der Nasdaq 100 sackte um 3 Prozent ab. Nvidia fiel vier Prozentpunkte stärker als Microsoft, und Broadcom fiel fast dreimal so stark wie der Index.'), [['figure-mismatch', 'dreimal', 'dreimal contradicts the source, which says 6,58 % ÷ 3 % ≈ 2.2.']]);
    assert.deepEqual(all('The Nasdaq 100 dropped 3%. Nvidia fell about four points more than Microsoft did, and Broadcom fell almost three times as hard as the index.'), [['figure-mismatch', 'three times', 'three times contradicts the source, which says 6,58 % ÷ 3 % ≈ 2.2.']]);
    assert.deepEqual(all('The Nasdaq 100 dropped 3%. Nvidia lost more than twice what Microsoft did, and about two and a half times as much as the index.'), []);
  });
  test('a name the sentence gives after the comparison is still what it compares with, whatever the paragraph named before', () => {
    assert.deepEqual(all('Der Nasdaq 100 sackte um 3 Prozent ab. Nvidia fiel gut doppelt so stark wie Microsoft.'), []);
    assert.deepEqual(all('Der Nasdaq 100 sackte um 3 Prozent ab. Nvidia fiel fünfmal so stark wie Microsoft.'), [['figure-mismatch', 'fünfmal', 'fünfmal contradicts the source, which says 7,82 % ÷ 3,75 % ≈ 2.1.']]);
    assert.deepEqual(all('The Nasdaq 100 dropped 3%. Nvidia fell five times as hard as Microsoft.'), [['figure-mismatch', 'five times', 'five times contradicts the source, which says 7,82 % ÷ 3,75 % ≈ 2.1.']]);
  });
  test('without an index named before, "der Index" / "the index" points nowhere: the reading stays as it was', () => {
    assert.deepEqual(all('Nvidia fiel fünfmal so stark wie der Index.'), [['figure-mismatch', 'fünfmal', 'fünfmal contradicts the source, which says 7,82 % ÷ 3,75 % ≈ 2.1.']]);
    assert.deepEqual(all('Nvidia fell five times as hard as the index.'), [['figure-mismatch', 'five times', 'five times contradicts the source, which says 7,82 % ÷ 3,75 % ≈ 2.1.']]);
    // A word for a person never points back to a name of another sentence as what a multiple compares with.
    assert.deepEqual(all('Liang Wenfeng ist 40 Jahre alt. Nvidia fiel fünfmal so stark wie der Gründer.').map((f) => f[2]), all('Nvidia fiel fünfmal so stark wie der Gründer.').map((f) => f[2]));
  });
});

describe('a multiple compared with a name an earlier sentence gave is computed from values of the draft\'s day only', () => {
  // Another article gives SoftBank and the Nasdaq 100 moves of Friday 24 January (2,4 ÷ 0,5 = 4,8); the bundled ones
  // give SoftBank no single move of Monday 27 January: no ratio of the day the draft is about.
  const german = extraSource('2025-01-25_freitag.md', '---\ntitle: Kursrutsch vor dem Wochenende\npublished: 2025-01-25\n---\n\nAm 24. Januar 2025 fiel SoftBank um 2,4 Prozent, der Nasdaq 100 gab 0,5 Prozent nach.\n');
  const english = extraSource('2025-01-25_friday.md', '---\ntitle: Stocks slip before the weekend\npublished: 2025-01-25\n---\n\nOn January 24, 2025, SoftBank fell 2.4 percent, and the Nasdaq 100 slipped 0.5 percent.\n');
  const on = (text: string, words: string, index: SourceIndex) => runRules(analyzeDraft(text, index), index).filter((f) => text.slice(f.start, f.end) === words).map((f) => [f.code, f.message]);
  test('German: „SoftBank fiel fast fünfmal so stark wie der Index“ under a heading of 27 January is not borne out by Friday\'s moves', () => {
    const text = '## Montag, 27. Januar 2025\n\nDer Nasdaq 100 sackte um 3 Prozent ab. SoftBank fiel fast fünfmal so stark wie der Index.';
    assert.deepEqual(on(text, 'fünfmal', withSources(german)), [['unsourced-figure', 'No source states fünfmal.']]);
  });
  test('English: "SoftBank fell almost five times as hard as the index" under a heading of 27 January is not borne out by Friday\'s moves', () => {
    const text = '## Monday, January 27, 2025\n\nThe Nasdaq 100 dropped 3%. SoftBank fell almost five times as hard as the index.';
    assert.deepEqual(on(text, 'five times', withSources(english)), [['unsourced-figure', 'No source states five times.']]);
  });
});
