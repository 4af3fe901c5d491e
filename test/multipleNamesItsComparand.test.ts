import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The sources: on 27 January 2025 Nvidia fell 7,82 %, Broadcom 6,58 %, Microsoft 3,75 % and the Nasdaq 100 3 % (after
// rising 25 % in 2024).
const index = bundledIndex();
const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
const codes = (text: string) => all(text).map(([code, words]) => [code, words]);

describe('a multiple names what it multiplies right after it, with no comparison\'s words between ("two and a half times the Nasdaq 100\'s 3%")', () => {
  test('English: Nvidia\'s 7.82% against the Nasdaq 100\'s 3%, not Microsoft\'s 3.75% nor the index\'s 25% of 2024', () => {
    const text = "On 27 January, Nvidia fell 7.82%, about two and a half times the Nasdaq 100's 3%.";
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('two and a half', 'four')), [['figure-mismatch', 'four times', 'four times contradicts the source, which says 7.82% ÷ 3 % ≈ 2.6.']]);
  });
  test('another company against the index, and a company against another company', () => {
    const broadcom = "On 27 January, Broadcom fell 6.58%, more than twice the Nasdaq 100's 3%.";
    assert.deepEqual(all(broadcom), []);
    assert.deepEqual(all(broadcom.replace('more than twice', 'about five times')), [['figure-mismatch', 'five times', 'five times contradicts the source, which says 6.58% ÷ 3 % ≈ 2.2.']]);
    const microsoft = "On 27 January, Nvidia fell 7.82%, about twice Microsoft's 3.75%.";
    assert.deepEqual(all(microsoft), []);
    assert.deepEqual(all(microsoft.replace('twice', 'five times')), [['figure-mismatch', 'five times', 'five times contradicts the source, which says 7.82% ÷ 3,75 % ≈ 2.1.']]);
  });
  test('German: „das Zweieinhalbfache des Nasdaq 100“, „gut das Doppelte des Nasdaq 100“', () => {
    const nvidia = 'Am 27. Januar fiel Nvidia um 7,82 Prozent, das Zweieinhalbfache des Nasdaq 100.';
    assert.deepEqual(all(nvidia), []);
    assert.deepEqual(all(nvidia.replace('Zweieinhalbfache', 'Sechsfache')), [['figure-mismatch', 'Sechsfache', 'Sechsfache contradicts the source, which says 7,82 Prozent ÷ 3 % ≈ 2.6.']]);
    const broadcom = 'Am 27. Januar fiel Broadcom um 6,58 Prozent, gut das Doppelte des Nasdaq 100.';
    assert.deepEqual(all(broadcom), []);
    assert.deepEqual(all(broadcom.replace('gut das Doppelte', 'das Fünffache')), [['figure-mismatch', 'Fünffache', 'Fünffache contradicts the source, which says 6,58 Prozent ÷ 3 % ≈ 2.2.']]);
  });
  test('in a list item, and in a bold block quote wrapped over two lines', () => {
    const item = "- Nvidia: down 7.82% on 27 January, about two and a half times the Nasdaq 100's 3%.";
    assert.deepEqual(all(item), []);
    assert.deepEqual(all(item.replace('two and a half', 'six')), [['figure-mismatch', 'six times', 'six times contradicts the source, which says 7.82% ÷ 3 % ≈ 2.6.']]);
    const quote = "> **Nvidia fell 7.82% on 27 January, about two and a half times the Nasdaq 100's\n> 3%.**";
    assert.deepEqual(all(quote), []);
    assert.deepEqual(all(quote.replace('two and a half', 'seven')), [['figure-mismatch', 'seven times', 'seven times contradicts the source, which says 7.82% ÷ 3 % ≈ 2.6.']]);
  });
  test('a sentence glued on keeps its own catch; a second multiple of the same index after it is checked as the first', () => {
    const text = "Nvidia fell 7.82% on 27 January, about two and a half times the Nasdaq 100's 3%. Microsoft fell 3.75%.";
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('3.75%', '5.75%')), [['figure-mismatch', '5.75%', '5.75% contradicts the source, which says -3,75 %.']]);
    const second = 'Nvidia fell 7.82% on 27 January, roughly 2.6 times the Nasdaq 100. Broadcom fell 6.58%, about twice the Nasdaq 100\'s drop.';
    assert.deepEqual(all(second), []);
    assert.deepEqual(all(second.replace('about twice', 'about four times')), [['figure-mismatch', 'four times', 'four times contradicts the source, which says 6.58% ÷ 3 % ≈ 2.2.']]);
  });
  test('a name an earlier comparison of the sentence compares with is no subject of the multiple: "worse than Broadcom\'s and more than double Microsoft\'s" is Nvidia\'s', () => {
    const english = "Nvidia took the heaviest hit on 27 January. Its 7.82% slide was worse than Broadcom's and more than double Microsoft's.";
    assert.deepEqual(all(english), []);
    // The sentence names no subject of its own ("Its"): the wrong multiple is caught, against whichever pair.
    assert.deepEqual(codes(english.replace('more than double', 'more than triple')), [['figure-mismatch', 'triple']]);
    const german = 'Nvidia traf es am 27. Januar am härtesten. Sein Minus von 7,82 Prozent war größer als Broadcoms und mehr als doppelt so groß wie Microsofts.';
    assert.deepEqual(all(german), []);
    assert.deepEqual(codes(german.replace('mehr als doppelt', 'fünfmal')), [['figure-mismatch', 'fünfmal']]);
  });
});
