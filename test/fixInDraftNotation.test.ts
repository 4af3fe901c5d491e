import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const fixes = (text: string) =>
  runRules(analyzeDraft(text, index), index)
    .filter((f) => f.fix)
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end), title: f.fix!.title, newText: f.fix!.newText }));
const german = (body: string) => `---\nlang: de\n---\n\n${body}\n`;
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;

describe("a figure's quick fix keeps the draft's notation (TeX ties, escapes, math delimiters); its title says what it prints", () => {
  test('English: a tie stays a tie in a date and a scale fix', () => {
    assert.deepEqual(fixes(english("DeepSeek's V3 model appeared in November~2024.")), [
      { code: 'date-mismatch', text: 'November~2024', title: 'Replace with December 2024', newText: 'December~2024' },
    ]);
    assert.deepEqual(fixes(english('Fire-Flyer II cost 1~million yuan.')), [{ code: 'scale-mismatch', text: '1~million yuan', title: 'Replace with 1 billion yuan', newText: '1~billion yuan' }]);
    assert.deepEqual(fixes(english('Training R1 cost \\$6.5~million, against the \\$78~million OpenAI spent on GPT-4o.')), [
      { code: 'figure-mismatch', text: '$6.5~million', title: 'Replace with $5.6 million', newText: '$5.6~million' },
    ]);
    assert.deepEqual(fixes(english('Fire-Flyer I cost 200~million yuan (approx.\\ \\euro{}62~million).')), [
      { code: 'figure-mismatch', text: '\\euro{}62~million', title: 'Replace with €26 million', newText: '\\euro{}26~million' },
    ]);
    // Digits put before the draft's own go after the whole command, not inside it.
    assert.deepEqual(fixes(english('Fire-Flyer I cost 200~million yuan (approx.\\ \\euro{}6~million).')), [
      { code: 'figure-mismatch', text: '\\euro{}6~million', title: 'Replace with €26 million', newText: '\\euro{}26~million' },
    ]);
    assert.deepEqual(fixes(german('Fire-Flyer II kostete 1~Milliarde Yuan (ca.\\ \\euro{}30~Millionen).')), [
      { code: 'figure-mismatch', text: '\\euro{}30~Millionen', title: 'Replace with €130 Millionen', newText: '\\euro{}130~Millionen' },
    ]);
  });
  test('English: an escaped percent sign and the math delimiters stay in a table cell, a block quote and a factor', () => {
    const table = '| Security | Change |\n|---|---|\n| Nvidia | $-7.82\\%$ |\n| Microsoft | $-6.58\\%$ |';
    assert.deepEqual(fixes(english(table)), [{ code: 'figure-mismatch', text: '-6.58\\%', title: 'Replace with -3.75%', newText: '-3.75\\%' }]);
    assert.deepEqual(fixes(english('> On 27 January 2025, Microsoft lost $5.73\\%$ of its value.')), [
      { code: 'figure-mismatch', text: '5.73\\%', title: 'Replace with 3.75%', newText: '3.75\\%' },
    ]);
    assert.deepEqual(fixes(english('Multi-token prediction sped up processing by a factor of $2.8$.')), [
      { code: 'figure-mismatch', text: 'a factor of $2.8', title: 'Replace with a factor of 1.8', newText: 'a factor of $1.8' },
    ]);
    assert.deepEqual(fixes(english('R1 was roughly $20\\times$ cheaper to train than GPT-4o.')), [
      { code: 'figure-mismatch', text: '20\\times', title: 'Replace with 13.9×', newText: '13.9\\times' },
    ]);
  });
  test('digits put before a figure written with an HTML entity go after the whole entity', () => {
    assert.deepEqual(fixes(english('Training GPT-4o cost US$&nbsp;8 million.')), [
      { code: 'figure-mismatch', text: 'US$&nbsp;8 million', title: 'Replace with US$\u00a078 million', newText: 'US$&nbsp;78 million' },
    ]);
    assert.deepEqual(fixes(english('Fire-Flyer I cost 200 million yuan (approx. &euro;6 million).')), [
      { code: 'figure-mismatch', text: '&euro;6 million', title: 'Replace with €26 million', newText: '&euro;26 million' },
    ]);
  });
  test('a fix that would take a closing math delimiter with it is not offered; the finding stays', () => {
    const text = german('Fire-Flyer II kostete $\\approx 2$ Milliarden Yuan.');
    assert.deepEqual(fixes(text), []);
    assert.deepEqual(runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end)]), [['figure-mismatch', '2$ Milliarden Yuan']]);
  });
  test('German: a decimal comma in braces and a thin space stay; a year after a second sentence is fixed alone', () => {
    assert.deepEqual(fixes(german('Am 27. Januar 2025 verlor Nvidia $8{,}72\\,\\%$ an Wert.')), [
      { code: 'figure-mismatch', text: '8{,}72\\,\\%', title: 'Replace with 7,82 %', newText: '7{,}82\\,\\%' },
    ]);
    assert.deepEqual(fixes(german('Das V3-Modell erschien im November~2024. Am 27. Januar 2025 fiel der Nasdaq 100 um $13\\,\\%$.')), [
      { code: 'date-mismatch', text: 'November~2024', title: 'Replace with Dezember 2024', newText: 'Dezember~2024' },
      { code: 'figure-mismatch', text: '13\\,\\%', title: 'Replace with 3 %', newText: '3\\,\\%' },
    ]);
  });
  test('a digit put after a decimal separator in braces goes after the braces, where a reader expects it', () => {
    assert.deepEqual(fixes(german('Am 27. Januar 2025 verlor Nvidia $7{,}2\\,\\%$ an Wert.')), [
      { code: 'figure-mismatch', text: '7{,}2\\,\\%', title: 'Replace with 7,82 %', newText: '7{,}82\\,\\%' },
    ]);
    assert.deepEqual(fixes(english('On 27 January 2025, Nvidia fell $7{.}2\\%$.')), [
      { code: 'figure-mismatch', text: '7{.}2\\%', title: 'Replace with 7.82%', newText: '7{.}82\\%' },
    ]);
  });
  test('a vulgar fraction is replaced with the decimals it stands for, the space before it too; a right fraction stays', () => {
    const moves = 'On 27 January 2025, Nvidia fell 7.82 %, Broadcom 6.58 % and Microsoft 3.75 %.';
    assert.deepEqual(fixes(english(`${moves} Nvidia’s fall was 2½ times that of Microsoft.`)), [
      { code: 'figure-mismatch', text: '2½ times', title: 'Replace with 2.1 times', newText: '2.1 times' },
    ]);
    assert.deepEqual(fixes(english(`${moves} Nvidia’s fall was 2 ½ times that of Microsoft.`)), [
      { code: 'figure-mismatch', text: '2 ½ times', title: 'Replace with 2.1 times', newText: '2.1 times' },
    ]);
    assert.deepEqual(fixes(german('Am 27. Januar 2025 fiel Microsoft um 4½ Prozent.')), [
      { code: 'figure-mismatch', text: '4½ Prozent', title: 'Replace with 3,75 Prozent', newText: '3,75 Prozent' },
    ]);
    assert.deepEqual(fixes(english('| Company | Change on 27 January 2025 |\n|---|---|\n| Nvidia | −7.82 % |\n| Microsoft | −4½ % |')), [
      { code: 'figure-mismatch', text: '−4½ %', title: 'Replace with −3.75 %', newText: '−3.75 %' },
    ]);
    assert.deepEqual(fixes(english('- 📉 MSFT −4¾% on 27 January 2025')), [
      { code: 'figure-mismatch', text: '−4¾%', title: 'Replace with −3.75%', newText: '−3¾%' },
    ]);
    assert.deepEqual(fixes(german('<p>Am 27. Januar 2025 fiel Microsoft um 4&frac12;&nbsp;Prozent.</p>')), [
      { code: 'figure-mismatch', text: '4&frac12;&nbsp;Prozent', title: 'Replace with 3,75\u00a0Prozent', newText: '3,75&nbsp;Prozent' },
    ]);
  });
  test('a figure hyphenated at a line end gets its fix whole, on one line', () => {
    assert.deepEqual(fixes(german('Das Training von R1 kostete nur 5,6 Mil-\nliarden Dollar.')), [
      { code: 'scale-mismatch', text: '5,6 Mil-\nliarden Dollar', title: 'Replace with 5,6 Millionen Dollar', newText: '5,6 Millionen Dollar' },
    ]);
  });
  test('plain figures get the fix they always got', () => {
    assert.deepEqual(fixes(english('On 27 January 2025, Nvidia fell 8.72 percent.')), [{ code: 'figure-mismatch', text: '8.72 percent', title: 'Replace with 7.82 percent', newText: '7.82 percent' }]);
    assert.deepEqual(fixes(german('Das Training von R1 kostete nur 5,6 Milliarden Dollar.')), [
      { code: 'scale-mismatch', text: '5,6 Milliarden Dollar', title: 'Replace with 5,6 Millionen Dollar', newText: '5,6 Millionen Dollar' },
    ]);
  });
});
