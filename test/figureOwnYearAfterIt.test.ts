import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// A figure with its own year right after it ("after gaining 25% in 2024", "after a 25% gain in 2024") is a fact of that
// year, not of the day its clause names before it ("dropped 3% on 27 January 2025"). The bundled source: „Der Nasdaq
// 100 sackte um 3 % ab, obwohl er 2024 noch 25 % zugelegt hatte.“
const all = (text: string) => runRules(analyzeDraft(text, bundledIndex()), bundledIndex()).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
const mismatches = (text: string) => all(text).filter(([code]) => code !== 'unsourced-figure');

describe("a year right after a figure is the figure's own, not the day its clause names", () => {
  test('English: "dropped 3% on 27 January 2025 after gaining 25% in 2024" stays silent, also with 27/01/2025 and "a 25% gain"', () => {
    assert.deepEqual(all('The Nasdaq 100 dropped 3% on 27 January 2025 after gaining 25% in 2024.'), []);
    assert.deepEqual(all('The Nasdaq 100 dropped 3% on 27/01/2025 after gaining 25% in 2024.'), []);
    assert.deepEqual(all('The Nasdaq 100 dropped 3% on 27 January 2025 after a 25% gain in 2024.'), []);
    assert.deepEqual(all('The Nasdaq 100 dropped 3% on 27 January 2025 after gaining 25% in 2024 (Bloomberg).'), []);
    assert.deepEqual(all('The Nasdaq 100 dropped 3% on 27 January 2025 after it had gained 25% in the year 2024.'), []);
  });
  test('Markdown: a list item, a table cell, bold and a heading stay silent', () => {
    assert.deepEqual(all('- The Nasdaq 100 dropped 3% on 27 January 2025 after gaining 25% in 2024.\n- Nvidia fell 7.82%.'), []);
    assert.deepEqual(all('| Index | Move |\n|---|---|\n| Nasdaq 100 | dropped 3% on 27 January 2025 after gaining 25% in 2024 |\n'), []);
    assert.deepEqual(all('**The Nasdaq 100 dropped 3% on 27 January 2025 after gaining 25% in 2024.**'), []);
    assert.deepEqual(all('## The Nasdaq 100 dropped 3% on 27 January 2025 after gaining 25% in 2024\n\nNvidia fell 7.82%.'), []);
  });
  test("a wrong value of the year is now contradicted by the year's 25 % (was only unsourced), also in a list and a table", () => {
    assert.deepEqual(mismatches('The Nasdaq 100 dropped 3% on 27 January 2025 after gaining 35% in 2024.'),
      [['figure-mismatch', '35%', '35% contradicts the source, which says 25 %.']]);
    assert.deepEqual(mismatches('- The Nasdaq 100 dropped 3% on 27 January 2025 after gaining 35% in 2024.\n- Nvidia fell 7.82%.'),
      [['figure-mismatch', '35%', '35% contradicts the source, which says 25 %.']]);
    assert.deepEqual(mismatches('| Index | Move |\n|---|---|\n| Nasdaq 100 | dropped 3% on 27 January 2025 after gaining 20% in 2024 |\n'),
      [['figure-mismatch', '20%', '20% contradicts the source, which says 25 %.']]);
  });
  test("the day's own figure keeps its day: a wrong drop and swapped values are still caught", () => {
    assert.deepEqual(mismatches('The Nasdaq 100 dropped 5% on 27 January 2025 after gaining 25% in 2024.'),
      [['figure-mismatch', '5%', '5% contradicts the source, which says 3 %.']]);
    assert.deepEqual(mismatches('The Nasdaq 100 dropped 25% on 27 January 2025 after gaining 3% in 2024.'),
      [['figure-mismatch', '25%', '25% contradicts the source, which says 3 %.'], ['figure-mismatch', '3%', '3% contradicts the source, which says 25 %.']]);
  });
  test('another year, another entity, a part of the year and a glued sentence are not borne out by the 25 %', () => {
    assert.deepEqual(mismatches('The Nasdaq 100 dropped 3% on 27 January 2025 after gaining 25% in 2023.'),
      [['date-mismatch', '2023', '2023 contradicts the source, which gives 2024.']]);
    // The day's own year adds nothing to the day: the figure is the day's, as on the base, and still caught.
    assert.deepEqual(mismatches('The Nasdaq 100 dropped 3% on 27 January 2025 after gaining 25% in 2025.'),
      [['figure-mismatch', '25%', '25% contradicts the source, which says 3 %.']]);
    assert.deepEqual(all('Microsoft fell 3.75% on 27 January 2025 after gaining 25% in 2024.').map(([code, span]) => [code, span]),
      [['unsourced-figure', '25%'], ['unsourced-figure', '2024']]);
    assert.deepEqual(mismatches('The Nasdaq 100 dropped 3% on 27 January 2025 after gaining 25% in the second half of 2024.'),
      [['figure-mismatch', '25%', '25% contradicts the source, which says 3 %.']]);
    assert.deepEqual(mismatches('The Nasdaq 100 dropped 3% on 27 January 2025 after gaining 25% in 2024. Nvidia fell 25% that day.'),
      [['figure-mismatch', '25%', '25% contradicts the source, which says -7,82 %.']]);
  });
  test("a possessive year names another thing: \"17% on 27 January 2025 in 2025's worst sell-off\" is still the day's", () => {
    assert.deepEqual(mismatches("Nvidia lost 17% on 27 January 2025 in 2025's worst sell-off."),
      [['figure-mismatch', '17%', '17% contradicts the source, which says -7,82 %.']]);
  });
  test('German: „um 25 % im Jahr 2024“ after the day stays silent, a wrong year value is caught', () => {
    assert.deepEqual(all('Der Nasdaq 100 verlor am 27. Januar 2025 3 % und hatte um 25 % im Jahr 2024 zugelegt.'), []);
    assert.deepEqual(all('Der Nasdaq 100 fiel am 27. Januar 2025 um 3 % nach einem Anstieg um 25 % im Jahr 2024.'), []);
    assert.deepEqual(mismatches('Der Nasdaq 100 verlor am 27. Januar 2025 3 % und hatte um 15 % im Jahr 2024 zugelegt.'),
      [['figure-mismatch', '15 %', '15 % contradicts the source, which says 25 %.']]);
    assert.deepEqual(mismatches('Der Nasdaq 100 verlor am 27. Januar 2025 25 % nach einem Plus von 3 % im Jahr 2024.'),
      [['figure-mismatch', '25 %', '25 % contradicts the source, which says 3 %.'], ['figure-mismatch', '3 %', '3 % contradicts the source, which says 25 %.']]);
  });
  test("a year a noun stands after, or the day's own year, leaves the figure the day's: wrong values keep their catch", () => {
    assert.deepEqual(mismatches('On 27 January 2025 Nvidia fell 9.82% in the 2025 sell-off.'),
      [['figure-mismatch', '9.82%', '9.82% contradicts the source, which says -7,82 %.']]);
    assert.deepEqual(mismatches('On 27 January 2025 the Nasdaq 100 dropped 4% in 2025 trading.'),
      [['figure-mismatch', '4%', '4% contradicts the source, which says 3 %.']]);
    assert.deepEqual(mismatches("On 27 January 2025 Broadcom fell 9.58% in the 2024 winners' rout."),
      [['figure-mismatch', '9.58%', '9.58% contradicts the source, which says -6,58 %.']]);
    assert.deepEqual(mismatches('Am 27. Januar 2025 sackte der Nasdaq 100 um 4 % im Jahr 2025 ab.'),
      [['figure-mismatch', '4 %', '4 % contradicts the source, which says 3 %.']]);
    assert.deepEqual(mismatches('Am 27. Januar 2025 verlor Microsoft 5,75 % im Jahr 2024 aufgebauter Gewinne.'),
      [['figure-mismatch', '5,75 %', '5,75 % contradicts the source, which says -3,75 %.']]);
    assert.deepEqual(mismatches('On 27 January 2025 Nvidia fell 9.82% in 2024 terms.'),
      [['figure-mismatch', '9.82%', '9.82% contradicts the source, which says -7,82 %.']]);
    assert.deepEqual(mismatches('On 27 January 2025 Nvidia fell 9.82% over 2024 levels.'),
      [['figure-mismatch', '9.82%', '9.82% contradicts the source, which says -7,82 %.']]);
    assert.deepEqual(mismatches('On 27 January 2025 Nvidia fell 7.82% in 2024 terms.'), []);
    assert.deepEqual(mismatches('On 27 January 2025 Microsoft fell 5.75% in 2024 yen, its steepest drop.'),
      [['figure-mismatch', '5.75%', '5.75% contradicts the source, which says -3,75 %.']]);
    assert.deepEqual(mismatches('On 27 January 2025 Microsoft lost 5.75% over 2024 market.'),
      [['figure-mismatch', '5.75%', '5.75% contradicts the source, which says -3,75 %.']]);
    assert.deepEqual(mismatches('On 27 January 2025 Nvidia fell 7.82% in 2024 yen.'), []);
    assert.deepEqual(mismatches('On 27 January 2025 Nvidia fell 7.82% in the 2025 sell-off.'), []);
    assert.deepEqual(mismatches('Am 27. Januar 2025 verlor Microsoft 3,75 % im Jahr 2024 aufgebauter Gewinne.'), []);
  });
});
