import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type SourceIndex } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

const warnings = (text: string, index: SourceIndex = bundledIndex()) =>
  runRules(analyzeDraft(text, index), index).filter((f) => f.severity !== 'information').map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
const all = (text: string, index: SourceIndex = bundledIndex()) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end)]);

// Nvidia's quarter of its fiscal year 2025, reported in November 2024 (revenue up 94 percent), and DeepSeek V3 of
// December 2024 (trained for 5,576 Millionen Dollar): articles about the same companies on other days.
const fiscalYear = extraSource('2024-11-21_nvidia.txt', 'Nvidia legt Zahlen vor\n\nDer Chipkonzern Nvidia hat Zahlen für das dritte Quartal seines Geschäftsjahres 2025 vorgelegt. Der Umsatz stieg um 94 Prozent auf 35,1 Milliarden Dollar.\n');
const fiscalYearEn = extraSource('2024-11-21_nvidia.md', '---\ntitle: Nvidia reports\n---\n\nNvidia reported results for the third quarter of its fiscal year 2025. Revenue rose 94 percent to $35.1 billion.\n');
const distractor = (name: string) => extraSource(name, readFileSync(`test/eval/distractors/${name}`, 'utf8'));
// Every article about the same companies on other days: the $5.6M of the chapters is then V3's, timed by December 2024.
const otherDays = () => withSources(...readdirSync('test/eval/distractors').filter((f) => /\.(txt|md)$/.test(f)).sort().map(distractor));

describe('a day is not borne out by a year the sources time the same value by', () => {
  test('German: „Am 28. Januar stieg der Umsatz von Nvidia um 92 Prozent“ leaves the day unsourced beside the „Geschäftsjahr 2025“', () => {
    assert.deepEqual(all('Am 28. Januar stieg der Umsatz von Nvidia um 92 Prozent.', withSources(fiscalYear)), [['unsourced-figure', '28. Januar'], ['figure-mismatch', '92 Prozent']]);
  });
  test('English: "On January 28, Nvidia\'s revenue rose 92 percent" likewise beside the "fiscal year 2025"', () => {
    assert.deepEqual(all('On January 28, Nvidia\'s revenue rose 92 percent.', withSources(fiscalYear, fiscalYearEn)), [['unsourced-figure', 'January 28'], ['figure-mismatch', '92 percent']]);
  });
  test('a year is still borne out by the year: „Im Jahr 2025 stieg der Umsatz …“ has no finding on 2025', () => {
    assert.deepEqual(all('Im Jahr 2025 stieg der Umsatz von Nvidia um 92 Prozent.', withSources(fiscalYear)), [['figure-mismatch', '92 Prozent']]);
  });
  // The day's other facts put it right: the two falls of the 27th, not the first fact's December 2024 (nor the year of
  // the 92 %, which says nothing of the day).
  test('English chapters: "Jan 28: the day Nvidia lost $589bn" stays date-mismatch → Jan 27 beside the other days\' articles', () => {
    const text = ['## Chapters', '', '00:00 Intro', '00:42 Jan 28: the day Nvidia lost $589bn', '02:15 The $5.6M training run (and GPT-4o\'s $87M)',
      '04:03 92% on HumanEval, 85% on MATH-500', '', '## What\'s in the video', '', 'Broadcom fell 6.58% and Microsoft 3.75% on the same Monday.', ''].join('\n');
    const expected = { code: 'date-mismatch', text: 'Jan 28', fix: 'Jan 27' };
    assert.deepEqual(warnings(text)[0], expected);
    assert.deepEqual(warnings(text, otherDays())[0], expected);
  });
  test('German chapters: „28. Januar: der Tag, an dem Nvidia 589 Mrd. Dollar verlor“ likewise → 27. Januar', () => {
    const text = ['## Kapitel', '', '00:00 Intro', '00:42 28. Januar: der Tag, an dem Nvidia 589 Mrd. Dollar verlor', '02:15 Das Training für 5,6 Mio. Dollar (und GPT-4o für 87 Mio.)',
      '04:03 92 % bei HumanEval, 85 % bei MATH-500', '', '## Im Video', '', 'Broadcom fiel am selben Montag um 6,58 Prozent und Microsoft um 3,75 Prozent.', ''].join('\n');
    const expected = { code: 'date-mismatch', text: '28. Januar', fix: '27. Januar' };
    assert.deepEqual(warnings(text)[0], expected);
    assert.deepEqual(warnings(text, otherDays())[0], expected);
  });
});
