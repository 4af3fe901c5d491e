import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// A word processor sets "2 1/2" as "2½": the figure is 2.5, in English and German, and its range is the written "2½".
const index = bundledIndex();
const findings = (text: string) =>
  runRules(analyzeDraft(text, index), index)
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }))
    .filter((f) => !(f.code === 'unsourced-figure' && /\d{4}$/.test(f.text)));
const english = (body: string) => `---\nlang: en\n---\n\n# The sell-off\n\n${body}\n`;
const german = (body: string) => `---\nlang: de\n---\n\n# Der Kurssturz\n\n${body}\n`;
const moves = 'On 27 January 2025, Nvidia fell 7.82 %, Broadcom 6.58 % and Microsoft 3.75 %.';

describe('a vulgar fraction (½, ¼, ¾) is read as its value', () => {
  test('English: a multiple with a fraction is checked, glued to its number or after a space', () => {
    assert.deepEqual(findings(english(`${moves} Nvidia’s fall was 2½ times that of Microsoft.`)), [{ code: 'figure-mismatch', text: '2½ times' }]);
    assert.deepEqual(findings(english(`${moves} Nvidia’s fall was 2 ½ times that of Microsoft.`)), [{ code: 'figure-mismatch', text: '2 ½ times' }]);
    assert.deepEqual(findings(english(`${moves} Broadcom’s fall was about 1¾ times that of Microsoft.`)), []);
  });

  test('German: a percentage and a multiple with a fraction, in prose, a block quote and a heading', () => {
    assert.deepEqual(findings(german('Am 27. Januar 2025 fiel Microsoft um 3¾ Prozent.')), []);
    assert.deepEqual(findings(german('Am 27. Januar 2025 fiel Microsoft um 4½ Prozent.')), [{ code: 'figure-mismatch', text: '4½ Prozent' }]);
    assert.deepEqual(findings(german('> Der Nasdaq 100 sackte am 27. Januar 2025 um 3½ % ab.')), [{ code: 'figure-mismatch', text: '3½ %' }]);
    assert.deepEqual(findings(german('## Microsoft: −3¾ % am 27. Januar 2025')), []);
    assert.deepEqual(findings(german('Der Verlust von Nvidia war am 27. Januar 2025 etwa 2½-mal so hoch wie der von Microsoft.')), [{ code: 'figure-mismatch', text: '2½-mal' }]);
    assert.deepEqual(findings(german('Der Verlust von Nvidia war am 27. Januar 2025 etwa das 2½fache des Verlusts von Microsoft.')), [{ code: 'figure-mismatch', text: '2½fache' }]);
  });

  test('a list item after an emoji and a table cell: the range counts UTF-16 code units and ends after the fraction', () => {
    assert.deepEqual(findings(english('- MSFT −3¾% on 27 January 2025')), []);
    assert.deepEqual(findings(english('- 📉 MSFT −4¾% on 27 January 2025')), [{ code: 'figure-mismatch', text: '−4¾%' }]);
    assert.deepEqual(findings(english('| Company | Change on 27 January 2025 |\n|---|---|\n| Nvidia | −7.82 % |\n| Microsoft | −4½ % |')), [{ code: 'figure-mismatch', text: '−4½ %' }]);
    assert.deepEqual(findings(german('Am 27. Januar 2025 fiel Microsoft um 3&nbsp;&frac34;&nbsp;Prozent, Nvidia um 7&frac12;&nbsp;%.')), [{ code: 'figure-mismatch', text: '7&frac12;&nbsp;%' }]);
  });

  test('in raw HTML too: a fraction in a <p> and in a table cell, written as a character or as &frac12;', () => {
    assert.deepEqual(findings(german('<p>Am 27. Januar 2025 fiel Microsoft um 3&frac34;&nbsp;Prozent, Nvidia um 7½&nbsp;%.</p>')), [{ code: 'figure-mismatch', text: '7½&nbsp;%' }]);
    const table = '<table>\n  <tr><th>Company</th><th>Change on 27 January 2025</th></tr>\n  <tr><td>Nvidia</td><td>−7.82 %</td></tr>\n  <tr><td>Microsoft</td><td>−4&frac12; %</td></tr>\n</table>';
    assert.deepEqual(findings(english(table)), [{ code: 'figure-mismatch', text: '−4&frac12; %' }]);
  });

  test('a fraction glued to a letter or before a digit is no figure; names keep their digits', () => {
    assert.deepEqual(findings(english('R½ and ½2 are no figures; R1 was trained on H800 chips.')), []);
  });
  test('a fix that adds a digit after a fraction replaces the fraction: "6½ %" becomes "6.58 %", never "6½8 %"', () => {
    const fixes = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.fix).map((f) => f.fix!.newText);
    assert.deepEqual(fixes(english('Broadcom fell 6½ % on January 27, 2025.')), ['6.58 %']);
    assert.deepEqual(fixes(german('Broadcom verlor am 27. Januar 2025 6½ Prozent.')), ['6,58 Prozent']);
  });
});
