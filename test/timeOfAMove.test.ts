import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type SourceIndex } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

const findings = (text: string, index: SourceIndex = bundledIndex()) =>
  runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, start: f.start, end: f.end, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
const warnings = (text: string, index?: SourceIndex) => findings(text, index).filter((f) => f.code !== 'unsourced-figure');
const distractor = (name: string) => extraSource(name, readFileSync(`test/eval/distractors/${name}`, 'utf8'));
// Nvidia's record of 18 June 2024 ("Die Aktie legte … um 3,5 Prozent … zu"; "174 Prozent" since the start of the year).
const juneRecord = () => withSources(distractor('2024-06-18_nvidia-wertvollstes-unternehmen.txt'));
// Every article about the same companies on other days, among them a Friday round-up whose "Alphabet fell 0.6 percent"
// is read as Microsoft's, dated by "2025" alone.
let others: SourceIndex | undefined;
const otherDays = () => (others ??= withSources(...readdirSync('test/eval/distractors').filter((f) => /\.(txt|md)$/.test(f)).sort().map(distractor)));

describe('a year\'s move is not a day\'s or a month\'s of that year', () => {
  test('German: „Im Jahr 2024 hatte die Nvidia-Aktie noch ein Viertel zugelegt“ is not contradicted by the 3,5 Prozent of 18 June 2024', () => {
    const text = 'Im Jahr 2024 hatte die Nvidia-Aktie noch ein Viertel zugelegt.';
    assert.deepEqual(findings(text, juneRecord()), [
      { code: 'unsourced-figure', start: 8, end: 12, text: '2024' },
      { code: 'unsourced-figure', start: 41, end: 52, text: 'ein Viertel' },
    ]);
  });
  test('English: "In 2024, Nvidia\'s shares had gained a quarter" likewise', () => {
    const text = 'In 2024, Nvidia\'s shares had gained a quarter.';
    assert.deepEqual(findings(text, juneRecord()), [
      { code: 'unsourced-figure', start: 3, end: 7, text: '2024' },
      { code: 'unsourced-figure', start: 36, end: 45, text: 'a quarter' },
    ]);
  });
  test('a day the draft states is still that day\'s move: „Am 18. Juni 2024 hatte die Nvidia-Aktie ein Viertel zugelegt“ → 3,5 Prozent', () => {
    assert.deepEqual(warnings('Am 18. Juni 2024 hatte die Nvidia-Aktie ein Viertel zugelegt.', juneRecord()), [
      { code: 'figure-mismatch', start: 40, end: 51, text: 'ein Viertel' },
    ]);
  });
  test('a year\'s move against the same year\'s is still contradicted: "In 2024, the Nasdaq 100 had gained 52 percent" → 25', () => {
    assert.deepEqual(warnings('In 2024, the Nasdaq 100 had gained 52 percent.', juneRecord()), [
      { code: 'figure-mismatch', start: 35, end: 45, text: '52 percent', fix: '25 percent' },
    ]);
  });
});

describe('a move the draft states for no day is judged by the day it is about, not by a value dated by its year alone', () => {
  test('German: „Der Konzern gab 3,57 Prozent nach“ under a question on 27 January → 3,75 Prozent, not the 0.6 percent of „2025“', () => {
    const text = '- **Frage 1:** Nvidia hat am 27. Januar 8,72 Prozent verloren.\n- **Frage 2:** Microsoft kam glimpflicher davon. Der Konzern gab 3,57 Prozent nach.\n';
    assert.deepEqual(warnings(text, otherDays()), [
      { code: 'figure-mismatch', start: 40, end: 52, text: '8,72 Prozent', fix: '7,82 Prozent' },
      { code: 'figure-mismatch', start: 128, end: 140, text: '3,57 Prozent', fix: '3,75 Prozent' },
    ]);
  });
  test('English: "The company gave up 3.57 percent" likewise → 3.75 percent', () => {
    const text = '- **Question 1:** Nvidia lost 8.72 percent on 27 January.\n- **Question 2:** Microsoft got off more lightly. The company gave up 3.57 percent.\n';
    assert.deepEqual(warnings(text, otherDays()), [
      { code: 'figure-mismatch', start: 30, end: 42, text: '8.72 percent', fix: '7.82 percent' },
      { code: 'figure-mismatch', start: 128, end: 140, text: '3.57 percent', fix: '3.75 percent' },
    ]);
  });
  test('the right value stays borne out: „Der Konzern gab 3,75 Prozent nach“', () => {
    const text = '- **Frage 1:** Nvidia hat am 27. Januar 8,72 Prozent verloren.\n- **Frage 2:** Microsoft kam glimpflicher davon. Der Konzern gab 3,75 Prozent nach.\n';
    assert.deepEqual(warnings(text, otherDays()), [{ code: 'figure-mismatch', start: 40, end: 52, text: '8,72 Prozent', fix: '7,82 Prozent' }]);
  });
  test('a piece whose heading names the day after is not narrowed to it: "it *fell* 3%" under 28 January stays unwarned', () => {
    const text = '## 28 January 2025\n\n> "rose"?? it *fell* 3 %. "Der Nasdaq 100 sackte um 3 % ab"\n';
    assert.deepEqual(warnings(text, otherDays()), []);
  });
});
