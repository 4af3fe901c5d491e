import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The sources: on 27 January 2025 Nvidia fell 7,82 %, Broadcom 6,58 %, Microsoft 3,75 % and the Nasdaq 100 3 % (which had
// gained 25 % in 2024).
const index = bundledIndex();
const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);

describe('a multiple whose sentence points back ("That was …", „Das war …“) multiplies the move the sentence before told, by the name after it', () => {
  test('English: "Nvidia fell 7.82% on 27 January. That was about two and a half times the Nasdaq 100\'s 3%." is borne out (not 25 % ÷ 3 %)', () => {
    const text = "Nvidia fell 7.82% on 27 January. That was about two and a half times the Nasdaq 100's 3%.";
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('two and a half', '25')), [['figure-mismatch', '25 times', '25 times contradicts the source, which says 7.82% ÷ 3 % ≈ 2.6.']]);
  });
  test('another entity: Microsoft\'s move is 1.3 times the index\'s, Nvidia\'s 2.1 times Microsoft\'s', () => {
    assert.deepEqual(all("Microsoft fell 3.75% on 27 January. That was about two and a half times the Nasdaq 100's 3%."), [['figure-mismatch', 'two and a half times', 'two and a half times contradicts the source, which says 3.75% ÷ 3 % ≈ 1.3.']]);
    assert.deepEqual(all("Nvidia fell 7.82% on 27 January. That was about two and a half times Microsoft's 3.75%."), [['figure-mismatch', 'two and a half times', 'two and a half times contradicts the source, which says 7.82% ÷ 3,75 % ≈ 2.1.']]);
    assert.deepEqual(all("Nvidia fell 7.82% on 27 January. That was about twice Microsoft's 3.75%."), []);
  });
  test('two paragraphs with the same second sentence: each multiplies its own paragraph\'s move', () => {
    const text = "Nvidia fell 7.82% on 27 January. That was about two and a half times the Nasdaq 100's 3%.\n\nMicrosoft fell 3.75% on 27 January. That was about two and a half times the Nasdaq 100's 3%.";
    assert.deepEqual(all(text), [['figure-mismatch', 'two and a half times', 'two and a half times contradicts the source, which says 3.75% ÷ 3 % ≈ 1.3.']]);
  });
  test('Markdown: a list item, a bold move in a block quote wrapped over two lines, and a sentence glued on', () => {
    assert.deepEqual(all("- Nvidia fell 7.82% on 27 January. That was about two and a half times the Nasdaq 100's 3%."), []);
    assert.deepEqual(all("- Nvidia fell 7.82% on 27 January. That was about five times the Nasdaq 100's 3%."), [['figure-mismatch', 'five times', 'five times contradicts the source, which says 7.82% ÷ 3 % ≈ 2.6.']]);
    const quote = "> **Nvidia fell 7.82%** on 27 January. That was about two and a half\n> times the Nasdaq 100's 3%. Microsoft lost 5.2%.";
    assert.deepEqual(all(quote), [['figure-mismatch', '5.2%', '5.2% contradicts the source, which says -3,75 %.']]);
    assert.deepEqual(all(quote.replace('two and a half', 'four')), [['figure-mismatch', 'four\n> times', 'four\ntimes contradicts the source, which says 7.82% ÷ 3 % ≈ 2.6.'], ['figure-mismatch', '5.2%', '5.2% contradicts the source, which says -3,75 %.']]);
  });
  test('German: „Nvidia fiel am 27. Januar um 7,82 Prozent. Das war gut das Zweieinhalbfache des Nasdaq 100.“ is borne out; das Fünffache is wrong', () => {
    const text = 'Nvidia fiel am 27. Januar um 7,82 Prozent. Das war gut das Zweieinhalbfache des Nasdaq 100.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('gut das Zweieinhalbfache', 'das Fünffache')), [['figure-mismatch', 'Fünffache', 'Fünffache contradicts the source, which says 7,82 Prozent ÷ 3 % ≈ 2.6.']]);
    assert.deepEqual(all('Broadcom fiel am 27. Januar um 6,58 Prozent. Das war mehr als das Dreifache von Microsoft.'), [['figure-mismatch', 'Dreifache', 'Dreifache contradicts the source, which says 6,58 Prozent ÷ 3,75 % ≈ 1.8.']]);
    assert.deepEqual(all('- Nvidia verlor am 27. Januar 7,82 Prozent. Das war gut das Zweieinhalbfache des Nasdaq 100. Microsoft verlor 5,2 Prozent.'), [['figure-mismatch', '5,2 Prozent', '5,2 Prozent contradicts the source, which says -3,75 %.']]);
  });
  test('„als“ as "when" keeps its reading: „Als Broadcom am 27. Januar fiel, war das mit 6,58 % das Fünffache des Nasdaq 100.“ keeps its catch', () => {
    assert.equal(all('Als Broadcom am 27. Januar fiel, war das mit 6,58 % das Fünffache des Nasdaq 100.').filter(([code, text]) => code === 'figure-mismatch' && text === 'Fünffache').length, 1);
  });
});
