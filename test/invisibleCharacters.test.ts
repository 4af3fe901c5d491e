import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type SourceIndex } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

// A word processor's or a web page's soft hyphen (U+00AD) and zero-width characters print nothing: the word is read
// as the reader sees it, and a finding on it still covers the characters as written, the invisible ones included.
const SHY = '\u00AD';
const findings = (text: string, index: SourceIndex = bundledIndex()) =>
  runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
const english = (body: string) => `---\nlang: en\n---\n\n# DeepSeek\n\n${body}\n`;
const german = (body: string) => `---\nlang: de\n---\n\n# DeepSeek\n\n${body}\n`;
/** Articles of other days that name Jensen Huang, a near miss of "Hang" once "Hangzhou" is cut in two. */
const huangArticles = () =>
  withSources(...['2024-06-18_nvidia-wertvollstes-unternehmen.txt', '2024-11-21_nvidia-quartalszahlen.txt'].map((name) => extraSource(name, readFileSync(`test/eval/distractors/${name}`, 'utf8'))));

describe('soft hyphens and zero-width characters inside words are read as not there', () => {
  test('a place with a soft hyphen is no misspelt name, with or without articles that name Huang', () => {
    const en = english(`DeepSeek was founded in July 2023 in Hang${SHY}zhou, with capital from the hedge fund High-Flyer.`);
    const de = german(`Das Start${SHY}up DeepSeek wurde im Juli 2023 in Hang${SHY}zhou gegründet.`);
    for (const draft of [en, de]) {
      assert.deepEqual(findings(draft), []);
      assert.deepEqual(findings(draft, huangArticles()), []);
    }
  });

  test("a speaker's name with a soft hyphen is the speaker: only the changed word of the quotation is flagged", () => {
    const quote = '“DeepSeek konzentrierte sich auf präzise Antworten statt auf die Detaillierung jedes logischen Schritts, was die Rechenzeit erheblich reduzierte.”';
    assert.deepEqual(findings(english(`Dimitris Papai${SHY}liopoulos of the Microsoft AI Frontiers Lab adds: ${quote}`)), [
      { code: 'quote-mismatch', text: 'erheblich', fix: 'deutlich' },
    ]);
    assert.deepEqual(findings(german(`> Dimitris Papai${SHY}liopoulos vom Microsoft AI Frontiers Lab sagt: ${quote}`)), [
      { code: 'quote-mismatch', text: 'erheblich', fix: 'deutlich' },
    ]);
  });

  test('a figure broken by a soft hyphen at a line end is one figure; its range covers the hyphen and the break', () => {
    assert.deepEqual(findings(german(`Das Training von R1 kostete nur 5,6 Mil${SHY}\nlionen Dollar.`)), []);
    assert.deepEqual(findings(german(`Das Training von R1 kostete nur 5,6 Mil${SHY}\nliarden Dollar.`)).map(({ code, text }) => ({ code, text })), [
      { code: 'scale-mismatch', text: `5,6 Mil${SHY}\nliarden Dollar` },
    ]);
    assert.deepEqual(findings(english(`Training R1 cost only $5.6 mil${SHY}\nlion.`)), []);
  });

  test('a table cell, a list item and a heading with invisible characters: the company and its figure are read', () => {
    const table = `| Company | Change on 27 January 2025 |\n|---|---|\n| Nvidia | −7.82 % |\n| Micro${SHY}soft | −6.58 % |`;
    assert.deepEqual(findings(english(table)).map(({ code, text }) => ({ code, text })), [{ code: 'figure-mismatch', text: '−6.58 %' }]);
    assert.deepEqual(findings(german('- Am 27. Januar 2025 fiel Micro\u200Bsoft um 3,75 %.')), []);
    assert.deepEqual(findings(german('- Am 27. Januar 2025 fiel Broad\u2060com um 6,58 %.')), []);
    assert.deepEqual(findings(english(`## Nvidia\u200B’s day\n\nOn 27 January 2025, Nvidia\uFEFF fell 8.72 %.`)).map(({ code, text }) => ({ code, text })), [
      { code: 'figure-mismatch', text: '8.72 %' },
    ]);
  });

  test('in raw HTML too: a soft hyphen written as &shy; in a paragraph and in a table cell', () => {
    const text = (body: string) => `---\nlang: en\n---\n\n# DeepSeek\n\n${body}\n`;
    assert.deepEqual(findings(text('<p>DeepSeek was founded in July 2023 in Hang&shy;zhou.</p>'), huangArticles()), []);
    const table = '<table>\n  <tr><th>Company</th><th>Change on 27 January 2025</th></tr>\n  <tr><td>Nvidia</td><td>−7.82 %</td></tr>\n  <tr><td>Micro&shy;soft</td><td>−6.58 %</td></tr>\n</table>';
    assert.deepEqual(findings(text(table)).map(({ code, text }) => ({ code, text })), [{ code: 'figure-mismatch', text: '−6.58 %' }]);
  });

  test('an emoji joined by a zero-width joiner before a figure: the range counts UTF-16 code units', () => {
    const draft = english('- 👩\u200D💻 On 27 January 2025, Nvidia fell 8.72 %.');
    assert.deepEqual(findings(draft).map(({ code, text }) => ({ code, text })), [{ code: 'figure-mismatch', text: '8.72 %' }]);
  });
});
