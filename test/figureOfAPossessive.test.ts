import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The sources: on 27 January 2025 Nvidia fell 7,82 %, Broadcom 6,58 %, Microsoft 3,75 % and the Nasdaq 100 3 % (which had
// gained 25 % in 2024).
const index = bundledIndex();
const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);

describe('a possessive right before a figure owns it: "more than double the index\'s 3 percent", „wie Microsofts 3,75 Prozent“', () => {
  const index3 = "The Nasdaq 100 slipped on 27 January. Nvidia was the day's biggest loser: its 7.82 percent was more than double the index's 3 percent.";
  test('English: the index\'s 3 percent is the index\'s fall, not Nvidia\'s; a wrong one is caught against the index\'s', () => {
    assert.deepEqual(all(index3), []);
    assert.deepEqual(all(index3.replace("index's 3", "index's 5")), [['figure-mismatch', '5 percent', '5 percent contradicts the source, which says 3 %.']]);
    assert.deepEqual(all(index3.replace('its 7.82', 'its 9.5')), [['figure-mismatch', '9.5 percent', '9.5 percent contradicts the source, which says -7,82 %.']]);
  });
  test('another entity: Microsoft\'s 3.75 percent is borne out, Broadcom\'s 3.75 percent and Microsoft\'s 6.58 percent are caught', () => {
    assert.deepEqual(all("Nvidia fell 7.82 percent on 27 January, more than double Microsoft's 3.75 percent."), []);
    assert.deepEqual(all("Nvidia fell 7.82 percent on 27 January, more than double Microsoft's 6.58 percent."), [['figure-mismatch', '6.58 percent', '6.58 percent contradicts the source, which says -3,75 %.']]);
    assert.deepEqual(all("Nvidia fell 7.82 percent on 27 January, more than double Broadcom's 3.75 percent."), [['figure-mismatch', '3.75 percent', '3.75 percent contradicts the source, which says -6,58 %.']]);
  });
  test('another time: the index\'s gain of 2024 is its rise, not the day\'s fall', () => {
    assert.deepEqual(all("The Nasdaq 100 gained 25 percent in 2024. On 27 January 2025 Nvidia fell 7.82 percent, while the index's 25 percent gain of 2024 held.").filter(([, text]) => text === '25 percent'), []);
  });
  test('a country\'s possessive says where, not whose: "Project Stargate, the United States\' $500 billion initiative" is Stargate\'s sum', () => {
    assert.deepEqual(all("For scale: Project Stargate, the United States' $500 billion initiative, would pay for many training runs.").filter(([, text]) => text === '$500 billion'), []);
    assert.deepEqual(all("For scale: Project Stargate, the United States' $500 million initiative, would pay for many training runs.").filter(([, text]) => text === '$500 million').map(([code]) => code), ['scale-mismatch']);
  });
  test('Markdown: a list item with bold, a table cell, a line wrapped, a sentence glued on', () => {
    assert.deepEqual(all("- The Nasdaq 100 slipped on 27 January. Nvidia was the day's biggest loser: its **7.82 percent** was more than double the index's 3 percent."), []);
    assert.deepEqual(all("- The Nasdaq 100 slipped on 27 January. Nvidia was the day's biggest loser: its **7.82 percent** was more than double the index's 5 percent."), [['figure-mismatch', '5 percent', '5 percent contradicts the source, which says 3 %.']]);
    assert.deepEqual(all("| Day | Move |\n|---|---|\n| 27 January | Nvidia fell 7.82 percent, double Microsoft's 4.75 percent |"), [['figure-mismatch', '4.75 percent', '4.75 percent contradicts the source, which says -3,75 %.']]);
    assert.deepEqual(all("The Nasdaq 100 slipped on 27 January. Nvidia was the day's biggest loser: its 7.82 percent was more than double\nthe index's 3 percent. Broadcom lost 9 percent."), [['figure-mismatch', '9 percent', '9 percent contradicts the source, which says -6,58 %.']]);
  });
  test('German: „Microsofts 3,75 Prozent“ is Microsoft\'s; „Broadcoms 3,75 Prozent“ and „Microsofts 6,58 Prozent“ are caught', () => {
    assert.deepEqual(all('Nvidia fiel am 27. Januar um 7,82 Prozent, mehr als doppelt so stark wie Microsofts 3,75 Prozent.'), []);
    assert.deepEqual(all('Nvidia fiel am 27. Januar um 7,82 Prozent, mehr als doppelt so stark wie Microsofts 6,58 Prozent.'), [['figure-mismatch', '6,58 Prozent', '6,58 Prozent contradicts the source, which says -3,75 %.']]);
    assert.equal(all('Nvidia fiel am 27. Januar um 7,82 Prozent, mehr als doppelt so stark wie Broadcoms 3,75 Prozent.').filter(([, text]) => text === '3,75 Prozent').length, 1);
    assert.deepEqual(all('- Nvidia fiel am 27. Januar um 7,82 Prozent, etwa doppelt so stark wie **Microsofts 3,75 Prozent**. Broadcom verlor 9 Prozent.'), [['figure-mismatch', '9 Prozent', '9 Prozent contradicts the source, which says -6,58 %.']]);
  });
});
