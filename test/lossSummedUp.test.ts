import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extraSource, withSources } from './support/fixtures';
import { assertEachUnchangedBy, assertUnchangedBy, findingTriples as findings } from './support/unchangedByArticles';

// A sum that sums up the move just told („… hat 7,82 Prozent verloren. Das waren fast 500 Milliarden Dollar.“) is what
// was lost: another day's market value, a level, is no other value of it.

const marketValueOfAnotherDay = extraSource('2024-06-18_nvidia-rekord.txt', 'Nvidia an der Spitze\n\n'
  + 'Am 18. Juni 2024 legte die Nvidia-Aktie um 3,5 Prozent zu. Der Börsenwert kletterte damit auf rund 3,34 Billionen Dollar.\n\n'
  + 'On June 18, 2024, Nvidia shares rose 3.5 percent. Nvidia\'s market value climbed to about $3.34 trillion.\n');
const withMarketValue = withSources(marketValueOfAnotherDay);

describe('a sum that sums up a move is the amount moved', () => {
  test('German: „Das waren fast 500 Milliarden Dollar“ after a fall is not contradicted by a market value of 3,34 Billionen Dollar', () => {
    assertUnchangedBy(withMarketValue, 'Die Aktie von Nvidia hat 7,82 Prozent verloren. Das waren fast 500 Milliarden Dollar.\n', [
      ['unsourced-figure', '500 Milliarden Dollar', 'No source states 500 Milliarden Dollar.'],
    ]);
  });
  test('English: "That was almost $500 billion" after a fall likewise', () => {
    assertUnchangedBy(withMarketValue, 'Nvidia shares lost 7.82 percent. That was almost $500 billion.\n', [
      ['unsourced-figure', '$500 billion', 'No source states $500 billion.'],
    ]);
  });
});

describe('what still is a level', () => {
  test('a sum after a sentence that moved nothing, a sum that says "auf"/"to", a sum with its own move: read as before', () => {
    assert.deepEqual(findings('Nvidia war im Juni 2024 das wertvollste Unternehmen der Welt. Das waren 3,34 Billionen Dollar.', withMarketValue), []);
    assert.deepEqual(findings('In June 2024 Nvidia was the most valuable company in the world. That was $3.34 trillion.', withMarketValue), []);
    assert.deepEqual(findings('On June 18, 2024, the stock rose 3.5 percent. Its market value climbed to about $4 trillion.', withMarketValue), [
      ['figure-mismatch', '$4 trillion', '$4 trillion contradicts the source, which says $3.34 trillion.'],
    ]);
    assertEachUnchangedBy(withMarketValue, [
      'Nvidia verlor 17 Prozent. Das kostete den Konzern 589 Milliarden Dollar an Börsenwert.',
      'Nvidia lost 17 percent. Its market value fell by $589 billion.',
    ]);
  });
});
