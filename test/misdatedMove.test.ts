import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

function warnings(text: string, idx = bundledIndex()) {
  return runRules(analyzeDraft(text, idx), idx)
    .filter((f) => f.severity !== 'information')
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

// The rebound of Tuesday 28 January, the day after the sell-off of the 27th that the bundled articles report (Nvidia
// −7,82 %, Microsoft −3,75 %), in the wording of a wire story: "rising 8.9 percent" a day after "a sell-off".
const reboundEn = extraSource('2025-01-28_wire.txt', 'Nvidia claws back ground a day after the DeepSeek rout\n\nNEW YORK, January 28, 2025 — Shares of Nvidia rebounded on Tuesday, rising 8.9 percent as investors picked up chip stocks a day after a sell-off triggered by the Chinese start-up DeepSeek.\n\nThe recovery was broad. Microsoft gained 2.9 percent and Broadcom added 2.6 percent on Tuesday.\n');
const reboundDe = extraSource('2025-01-28_erholung.txt', 'Erholung bei Nvidia\n\nAm 28. Januar 2025 erholte sich die Nvidia-Aktie um 8,9 Prozent. Am Dienstag legten auch Microsoft um 2,9 Prozent und Broadcom um 2,6 Prozent zu.\n');

describe('a fall its writer dates to the day of the rebound after it', () => {
  test('German: „Kurssturz am 28. Januar 2025: Nvidia minus 7,82 Prozent“ is a wrong date, not a wrong value of the rebound', () => {
    const text = '# Depot\n\n- Kurssturz am 28. Januar 2025: Nvidia minus 7,82 Prozent\n';
    const expected = [{ code: 'date-mismatch', text: '28. Januar 2025', fix: '27. Januar 2025' }];
    assert.deepEqual(warnings(text), expected);
    assert.deepEqual(warnings(text, withSources(reboundEn)), expected);
  });
  test('English: "On January 28, 2025, Nvidia fell 7.82 percent" likewise', () => {
    const text = '# Portfolio\n\nOn January 28, 2025, Nvidia fell 7.82 percent.\n';
    const expected = [{ code: 'date-mismatch', text: 'January 28, 2025', fix: 'January 27, 2025' }];
    assert.deepEqual(warnings(text), expected);
    assert.deepEqual(warnings(text, withSources(reboundEn)), expected);
  });
  test('"rising 7.82%" right before the value is a rise, whatever else its clause tells ("a day after a sell-off")', () => {
    const moves = (text: string) => warnings(text).filter((f) => f.text.includes('7.82'));
    assert.deepEqual(moves('On January 27, a day after a sell-off, Nvidia was rising 7.82%.').map((f) => f.code), ['figure-mismatch']);
    assert.deepEqual(moves('On January 27, a day after a rally, Nvidia was falling 7.82%.'), []);
    assert.deepEqual(moves('On January 27, a day after a sell-off, Nvidia was falling 7.82%.'), []);
  });
});

describe('a move of the rebound\'s day that is no misdated fall', () => {
  test('German: another value of a fall on the 28th is still the rebound\'s wrong value', () => {
    assert.deepEqual(warnings('# Depot\n\nAm 28. Januar 2025 fiel Nvidia um 5 Prozent.\n', withSources(reboundDe)), [{ code: 'figure-mismatch', text: '5 Prozent', fix: '8,9 Prozent' }]);
  });
  test('English: another value of a fall on the 28th likewise', () => {
    assert.deepEqual(warnings('# Portfolio\n\nOn January 28, 2025, Nvidia fell 5 percent.\n', withSources(reboundEn)), [{ code: 'figure-mismatch', text: '5 percent', fix: '8.9 percent' }]);
  });
  test('a rise of the fall\'s value on the 28th stays wrong against the rebound', () => {
    assert.deepEqual(warnings('# Depot\n\nAm 28. Januar 2025 erholte sich Nvidia um 7,82 Prozent.\n', withSources(reboundDe)), [{ code: 'figure-mismatch', text: '7,82 Prozent', fix: '8,9 Prozent' }]);
    assert.deepEqual(warnings('# Portfolio\n\nOn January 28, 2025, Nvidia rebounded 7.82 percent.\n', withSources(reboundEn)), [{ code: 'figure-mismatch', text: '7.82 percent', fix: '8.9 percent' }]);
  });
  test('a fall dated a week after the sell-off is no misdated one', () => {
    const de = '# Depot\n\nAm 4. Februar 2025 fiel Nvidia um 7,82 Prozent.\n';
    assert.deepEqual(warnings(de, withSources(reboundDe)), warnings(de));
  });
});

describe('an undated move in a piece headed with the rebound\'s day', () => {
  test('German: „Nvidia sackte um 7,82 Prozent ab“ under „Dienstag, 28. Januar 2025“ is the fall of the 27th, not a wrong value of the rebound', () => {
    const text = '# Sendung\n\n**Dienstag, 28. Januar 2025**\n\nNvidia, der wichtigste Chiphersteller, sackte um 7,82 Prozent ab. Microsoft verlor 3,75 Prozent.\n';
    assert.deepEqual(warnings(text, withSources(reboundEn)), []);
  });
  test('English: "Nvidia fell 7.82 percent" under "Tuesday, January 28, 2025" likewise', () => {
    const text = '# Morning call\n\n**Tuesday, January 28, 2025**\n\nNvidia fell 7.82 percent and Microsoft lost 3.75 percent.\n';
    assert.deepEqual(warnings(text, withSources(reboundEn)), []);
  });
  test('another value of the fall, or the fall\'s value as a rise, stays wrong', () => {
    const head = '# Sendung\n\n**Dienstag, 28. Januar 2025**\n\n';
    assert.deepEqual(warnings(`${head}Nvidia sackte um 5 Prozent ab.\n`, withSources(reboundEn)).map((f) => [f.code, f.text]), [['figure-mismatch', '5 Prozent']]);
    assert.deepEqual(warnings(`${head}Nvidia legte um 7,82 Prozent zu.\n`, withSources(reboundEn)).map((f) => [f.code, f.text]), [['figure-mismatch', '7,82 Prozent']]);
  });
  test('a piece dated the day before the rebound cannot report it: the rebound\'s value there stays wrong', () => {
    const de = '# Sendung\n\n**Montag, 27. Januar 2025**\n\nNvidia legte um 8,9 Prozent zu.\n';
    assert.deepEqual(warnings(de, withSources(reboundDe)), [{ code: 'figure-mismatch', text: '8,9 Prozent', fix: '7,82 Prozent' }]);
    const en = '# Morning call\n\n**Monday, January 27, 2025**\n\n- Nvidia rose 8.9 percent.\n';
    assert.deepEqual(warnings(en, withSources(reboundEn)), [{ code: 'figure-mismatch', text: '8.9 percent', fix: '7.82 percent' }]);
  });
});
