import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

// The sources: on 27 January 2025 Nvidia fell 7,82 %, Broadcom 6,58 %, Microsoft 3,75 % and the Nasdaq 100 3 %.
const index = bundledIndex();
const all = (text: string, idx = index) => runRules(analyzeDraft(text, idx), idx).map((f) => [f.code, text.slice(f.start, f.end), f.message]);

describe('an index named after the sentence\'s subject, with a move of its own, is what "the index\'s" after it compares with', () => {
  test('English: "Broadcom fell 6.58% and the Nasdaq 100 dropped 3%. Nvidia\'s loss was some 2.6 times the index\'s" is borne out; five times, and Microsoft\'s 2.6 times, are wrong', () => {
    const text = "Broadcom fell 6.58% and the Nasdaq 100 dropped 3%. Nvidia's loss was thus some 2.6 times the index's.";
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('2.6', '5')), [['figure-mismatch', '5 times', '5 times contradicts the source, which says 7,82 % ÷ 3 % ≈ 2.6.']]);
    assert.deepEqual(all(text.replace("Nvidia's", "Microsoft's")), [['figure-mismatch', '2.6 times', '2.6 times contradicts the source, which says 3,75 % ÷ 3 % ≈ 1.3.']]);
    assert.deepEqual(all(text.replace("Nvidia's", "Microsoft's").replace('2.6', '1.25')), []);
  });
  test('German: „Der Index: Nasdaq 100 gibt 3 Prozent ab. Nvidias Minus ist gut zweieinhalbmal so groß wie das des Index“ is borne out; fünfmal is wrong', () => {
    const text = 'Der Index: Nasdaq 100 gibt 3 Prozent ab. Nvidias Minus ist damit gut zweieinhalbmal so groß wie das des Index.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('gut zweieinhalbmal', 'fünfmal')), [['figure-mismatch', 'fünfmal', 'fünfmal contradicts the source, which says 7,82 % ÷ 3 % ≈ 2.6.']]);
  });
  test('German, in a list item and a block quote wrapped over two lines: „…, der Nasdaq 100 um 3 Prozent. Nvidia fiel … so stark wie der Index“', () => {
    const item = '- Broadcom fiel um 6,58 Prozent, der Nasdaq 100 um 3 Prozent. Nvidia fiel gut zweieinhalbmal so stark wie der Index.';
    assert.deepEqual(all(item), []);
    assert.deepEqual(all(item.replace('gut zweieinhalbmal', 'fünfmal')), [['figure-mismatch', 'fünfmal', 'fünfmal contradicts the source, which says 7,82 % ÷ 3 % ≈ 2.6.']]);
    const quote = '> Broadcom fiel um 6,58 Prozent, der **Nasdaq 100** um 3 Prozent. Nvidia fiel\n> gut zweieinhalbmal so stark wie der Index.';
    assert.deepEqual(all(quote), []);
    assert.deepEqual(all(quote.replace('gut zweieinhalbmal', 'fünfmal')), [['figure-mismatch', 'fünfmal', 'fünfmal contradicts the source, which says 7,82 % ÷ 3 % ≈ 2.6.']]);
  });
  test('English: the index as what the company was measured against, its figure in a relative clause ("…, more than the Nasdaq 100, which lost 3 percent")', () => {
    const text = 'Nvidia fell 7.82 percent, more than the Nasdaq 100, which lost 3 percent. Broadcom fell more than twice as hard as the index.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('more than twice', 'five times')), [['figure-mismatch', 'five times', 'five times contradicts the source, which says 6,58 % ÷ 3 % ≈ 2.2.']]);
  });
  test('a sentence glued on after the multiple keeps its own catch', () => {
    assert.deepEqual(all("Broadcom fell 6.58% and the Nasdaq 100 dropped 3%. Nvidia's loss was some 2.6 times the index's. Microsoft lost 5.2%."), [['figure-mismatch', '5.2%', '5.2% contradicts the source, which says -3,75 %.']]);
  });
  test('an index only mentioned, with no figure of its own, is still no comparand: read as before („auch der Nasdaq 100 litt“, „der Dow Jones hielt sich“)', () => {
    assert.deepEqual(all('Broadcom fiel um 6,58 Prozent, auch der Nasdaq 100 litt. Nvidia fiel gut zweieinhalbmal so stark wie der Index.'), [['figure-mismatch', 'zweieinhalbmal', 'zweieinhalbmal contradicts the source, which says 7,82 % ÷ 3,75 % ≈ 2.1.']]);
    assert.deepEqual(all('Der Nasdaq 100 sackte um 3 Prozent ab, der Dow Jones hielt sich. Nvidia fiel gut zweieinhalbmal so stark wie der Index.'), []);
  });
  test('two names of one kind in passing, with a figure of its own or without: neither is guessed to be the comparand', () => {
    assert.deepEqual(all('Am Montag brach Nvidia um 7,82 Prozent ein, Microsoft verlor 3,75 Prozent. Broadcom fiel fast doppelt so stark wie der Konzern aus Redmond.'), []);
    assert.deepEqual(all('On Monday Nvidia plunged 7.82 percent and Microsoft lost 3.75 percent. Broadcom fell almost twice as hard as the company.'), []);
    assert.deepEqual(all('Am Montag fiel Nvidia um 7,82 Prozent, mehr als Microsoft. Broadcom fiel fast doppelt so stark wie der Konzern aus Redmond.'), []);
    assert.deepEqual(all('On Monday Nvidia plunged 7.82 percent, more than Microsoft. Broadcom fell almost twice as hard as the company from Redmond.'), []);
  });
  test('with another day\'s rises indexed, the index named in passing is still compared only as that day\'s fall', () => {
    const rebound = withSources(extraSource('2025-01-28_rebound.md', '---\ntitle: Chip stocks rebound\npublished: 2025-01-28\n---\n\nOn Tuesday, January 28, 2025, Microsoft gained 2.9 percent and Broadcom added 2.6 percent, while the Nasdaq 100 closed 1.6 percent higher.\n'));
    assert.deepEqual(all('Microsoft fell 3.75 percent and the Nasdaq 100 sank 3 percent. Broadcom fell more than twice as hard as the index.', rebound), []);
    assert.deepEqual(all('Microsoft fell 3.75 percent and the Nasdaq 100 sank 3 percent. Broadcom fell five times as hard as the index.', rebound), [['figure-mismatch', 'five times', 'five times contradicts the source, which says 6,58 % ÷ 3 % ≈ 2.2.']]);
  });
});
