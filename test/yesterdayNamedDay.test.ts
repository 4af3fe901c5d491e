import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { daysNamedAsYesterday } from '../server/src/core/facts/yesterdayNamed';
import { extraSource, withSources } from './support/fixtures';
import { assertWarningsUnchangedBy as assertUnchangedBy } from './support/warningsWithFixes';
import type { Figure } from '../server/src/core/types';

// The next day's rebound, dated by its wire dateline only: a day the drafts below name in full.
const rebound = extraSource(
  '2025-01-28_rebound.txt',
  'Nvidia claws back ground a day after the DeepSeek rout\n\nNEW YORK, January 28, 2025 — Shares of Nvidia rebounded on Tuesday, rising 8.9 percent as investors picked up chip stocks a day after a sell-off triggered by the Chinese start-up DeepSeek.\n\nThe recovery was broad. Microsoft gained 2.9 percent and Broadcom added 2.6 percent on Tuesday, while the Nasdaq 100 closed 1.6 percent higher.\n',
);

const bulletinDe = (item: string) =>
  `# Nachrichten um 7\n\nDienstag, 28. Januar 2025 · 7:00 Uhr · Sprecher: Tobias Renner\n\n**[Meldung 1]**\n\nGestern brachen in New York die Aktien der Chipkonzerne ein. Auslöser war R1 von DeepSeek, vorgestellt am 20. Januar.\n\n**[Meldung 2]**\n\n${item}\n`;
const bulletinEn = (item: string) =>
  `# The 7 o'clock news\n\nTuesday, January 28, 2025 · 7:00 a.m. · Read by Tobias Renner\n\n**[Item 1]**\n\nYesterday chip stocks sold off in New York. The trigger was DeepSeek's R1, released on January 20.\n\n**[Item 2]**\n\n${item}\n`;

describe('"yesterday" under a dated line names the day before it: a move the draft dates to no day may be of that day', () => {
  test('German: „knapp acht beziehungsweise gut sechseinhalb Prozent“ stay borne out by the 27th, not contradicted by the 28th\'s rise', () => {
    assertUnchangedBy(rebound, bulletinDe('Am härtesten traf es Nvidia, dahinter Broadcom. Die beiden Papiere verloren knapp acht beziehungsweise gut sechseinhalb Prozent.'), []);
    assertUnchangedBy(rebound, bulletinDe('Zuerst Nvidia: minus 7,82 Prozent. Dann Broadcom: minus 6,58 Prozent.'), []);
  });
  test('English: "Broadcom lost 6.58 percent" stays borne out by the 27th, not contradicted by the 28th\'s 2.6 percent', () => {
    assertUnchangedBy(rebound, bulletinEn('Nvidia was hit hardest. Broadcom lost 6.58 percent.'), []);
  });
  test('a wrong value stays wrong against the 27th\'s move, with its fix', () => {
    assertUnchangedBy(rebound, bulletinDe('Zuerst Nvidia: minus 7,82 Prozent. Dann Broadcom: minus 6,85 Prozent.'), [{ code: 'figure-mismatch', text: '6,85 Prozent', fix: '6,58 Prozent' }]);
    assertUnchangedBy(rebound, bulletinEn('Nvidia was hit hardest. Broadcom lost 6.85 percent.'), [{ code: 'figure-mismatch', text: '6.85 percent', fix: '6.58 percent' }]);
  });
});

describe('daysNamedAsYesterday', () => {
  const date = (start: number, end: number, year: number | undefined, month: number, day: number): Figure =>
    ({ start, end, text: '', kind: 'date', mantissa: 0, scale: 0, value: 0, precision: 1, approximate: false, localConcepts: {}, date: { ...(year !== undefined ? { year } : {}), month, day } }) as unknown as Figure;
  // Every date below is a dateline's, unless a test says otherwise.
  const told = (s: { text: string; figures: Figure[] }) => ({ ...s, isDayToldOn: () => true });
  test('the day before the last full date above, in German and English, and before the word in its own sentence', () => {
    assert.deepEqual(daysNamedAsYesterday([told({ text: 'Dienstag, 28. Januar 2025', figures: [date(10, 25, 2025, 1, 28)] }), told({ text: 'Gestern fiel Nvidia.', figures: [] })]), [{ year: 2025, month: 1, day: 27 }]);
    assert.deepEqual(daysNamedAsYesterday([told({ text: 'March 1, 2025 — Yesterday Nvidia fell.', figures: [date(0, 13, 2025, 3, 1)] })]), [{ year: 2025, month: 2, day: 28 }]);
  });
  test('no day without a full date above it, nor for a date without its year, nor for a date after the word', () => {
    assert.deepEqual(daysNamedAsYesterday([told({ text: 'Gestern fiel Nvidia.', figures: [] })]), []);
    assert.deepEqual(daysNamedAsYesterday([told({ text: 'Am 20. Januar kam R1.', figures: [date(3, 13, undefined, 1, 20)] }), told({ text: 'Yesterday Nvidia fell.', figures: [] })]), []);
    assert.deepEqual(daysNamedAsYesterday([told({ text: 'Yesterday, not on 28 January 2025, Nvidia fell.', figures: [date(15, 30, 2025, 1, 28)] })]), []);
  });
  test('"yesterday" as a noun of another time names no day: „die Verluste von gestern“, "compared with yesterday"', () => {
    const dated = told({ text: 'Dienstag, 28. Januar 2025', figures: [date(10, 25, 2025, 1, 28)] });
    assert.deepEqual(daysNamedAsYesterday([dated, told({ text: 'Anders als gestern stieg Nvidia.', figures: [] })]), []);
    assert.deepEqual(daysNamedAsYesterday([dated, told({ text: 'Nvidia rose compared with yesterday.', figures: [] })]), []);
  });
  test('an event\'s date written in full before „gestern“/"yesterday" is no day the piece is told on, and gives none', () => {
    const event = (text: string, f: Figure) => ({ text, figures: [f], isDayToldOn: () => false });
    assert.deepEqual(daysNamedAsYesterday([event('Am 20. Januar 2025 stellte DeepSeek R1 vor.', date(3, 18, 2025, 1, 20)), told({ text: 'Gestern fiel Nvidia.', figures: [] })]), []);
    assert.deepEqual(daysNamedAsYesterday([event('DeepSeek released R1 on January 20, 2025.', date(28, 44, 2025, 1, 20)), told({ text: 'Yesterday Nvidia fell.', figures: [] })]), []);
    // The dateline above still dates "yesterday", whatever event dates come between.
    const dateline = told({ text: 'Dienstag, 28. Januar 2025', figures: [date(10, 25, 2025, 1, 28)] });
    assert.deepEqual(daysNamedAsYesterday([dateline, event('Am 20. Januar 2025 kam R1.', date(3, 18, 2025, 1, 20)), told({ text: 'Gestern fiel Nvidia.', figures: [] })]), [{ year: 2025, month: 1, day: 27 }]);
  });
});

// The eval's distractors: other days' articles (the 28th's rebound, the 29th's fall, Microsoft's results of the 30th).
const distractor = (name: string) => extraSource(name, readFileSync(`test/eval/distractors/${name}`, 'utf8'));
let withDistractors: ReturnType<typeof withSources> | undefined;
const otherDays = () => (withDistractors ??= withSources(...readdirSync('test/eval/distractors').filter((f) => /\.(txt|md)$/.test(f)).sort().map(distractor)));

/** Every finding on the given words, information included: a lost contradiction shows as unsourced-figure. */
function findingsOn(text: string, words: string[], idx = otherDays()) {
  return runRules(analyzeDraft(text, idx), idx)
    .filter((f) => words.includes(text.slice(f.start, f.end)))
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

describe('a day named only as "yesterday" takes no support or contradiction from the draft\'s other undated moves', () => {
  const weeklyDe = (nvidia: string, broadcom: string) =>
    `# Wochenrückblick\n\nFreitag, 31. Januar 2025\n\nGestern fiel Microsoft nach den Quartalszahlen um 6,2 Prozent.\n\nDer Schock der Woche aber war DeepSeek: Nvidia verlor ${nvidia}, Broadcom ${broadcom}.\n`;
  const weeklyEn = (nvidia: string, broadcom: string) =>
    `# Weekly review\n\nFriday, January 31, 2025\n\nYesterday Microsoft fell 6.2 percent after its quarterly results.\n\nThe shock of the week, though, was DeepSeek: Nvidia lost ${nvidia} and Broadcom ${broadcom}.\n`;
  test('German weekly review: „Nvidia verlor 9,5 Prozent“ stays wrong against the 27th, „Broadcom 6,58 Prozent“ stays borne out', () => {
    assert.deepEqual(findingsOn(weeklyDe('9,5 Prozent', '6,58 Prozent'), ['9,5 Prozent', '6,58 Prozent']), [{ code: 'figure-mismatch', text: '9,5 Prozent', fix: '7,82 Prozent' }]);
    assert.deepEqual(findingsOn(weeklyDe('7,82 Prozent', '6,58 Prozent'), ['7,82 Prozent', '6,58 Prozent']), []);
  });
  test('English weekly review: "Nvidia lost 9.5 percent" stays wrong against the 27th, "Broadcom 6.58 percent" stays borne out', () => {
    assert.deepEqual(findingsOn(weeklyEn('9.5 percent', '6.58 percent'), ['9.5 percent', '6.58 percent']), [{ code: 'figure-mismatch', text: '9.5 percent', fix: '7.82 percent' }]);
    assert.deepEqual(findingsOn(weeklyEn('7.82 percent', '6.58 percent'), ['7.82 percent', '6.58 percent']), []);
  });
  test('a pluperfect earlier move is not held against the day before the dateline: „Zuvor hatte … 6,58 Prozent verloren“, "Before that … 6.58 percent"', () => {
    const de = '# Börsenbrief\n\nMittwoch, 29. Januar 2025 · 7:00 Uhr\n\nGestern erholte sich die Nvidia-Aktie. Zuvor hatte das Papier 7,82 Prozent verloren, Broadcom 6,58 Prozent.\n';
    const en = '# Market letter\n\nWednesday, January 29, 2025 · 7:00 a.m.\n\nYesterday Nvidia\'s shares recovered. Before that, the stock had lost 7.82 percent and Broadcom 6.58 percent.\n';
    assert.deepEqual(findingsOn(de, ['6,58 Prozent']).filter((f) => f.code === 'figure-mismatch'), []);
    assert.deepEqual(findingsOn(en, ['6.58 percent']).filter((f) => f.code === 'figure-mismatch'), []);
  });
});
