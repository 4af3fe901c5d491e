import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { extraSource, withSources } from './support/fixtures';
import { warningsWithFixes } from './support/warningsWithFixes';

const en = (body: string) => `---\nlang: en\n---\n\n### Tuesday, 28 January 2025\n\n${body}\n`;
const de = (body: string) => `---\nlang: de\n---\n\n## Dienstag, 28. Januar 2025\n\n${body}\n`;

describe('a lead-in of the day before dates what its colon opens: the moves after „Die gestrigen Verluste:“ are of the day before the heading', () => {
  test('English: "Yesterday\'s moves reviewed: Nvidia −7.82%, Broadcom −6.58%" under a dated day heading leaves the heading borne out, was date-mismatch on it', () => {
    assert.deepEqual(warningsWithFixes(en("- **07:45** — Morning call. Yesterday's moves reviewed: Nvidia −7.82%, Broadcom −6.58%.")), []);
  });
  test('German: „Die gestrigen Verluste im Überblick: Nvidia −7,82 %, Broadcom −6,58 %“ leaves „Dienstag, 28. Januar 2025“ borne out', () => {
    assert.deepEqual(warningsWithFixes(de('Die gestrigen Verluste im Überblick: Nvidia −7,82 %, Broadcom −6,58 %.')), []);
  });
  test('a wrong value after the lead-in is still wrong, with its fix, and only it', () => {
    assert.deepEqual(warningsWithFixes(en("- **07:45** — Morning call. Yesterday's moves reviewed: Nvidia −7.28%, Broadcom −6.58%.")), [{ code: 'figure-mismatch', text: '−7.28%', fix: '−7.82%' }]);
    assert.deepEqual(warningsWithFixes(de('Die gestrigen Verluste im Überblick: Nvidia −8,72 %, Broadcom −6,58 %.')), [{ code: 'figure-mismatch', text: '−8,72 %', fix: '−7,82 %' }]);
  });
  test('without a colon the day before is no lead-in: the moves stay the heading\'s day, which the sources contradict', () => {
    const wrongHeading = (text: string) => [{ code: 'date-mismatch', text, fix: text === '28 January 2025' ? '27 January 2025' : '27. Januar 2025' }];
    assert.deepEqual(warningsWithFixes(en("Nvidia extended yesterday's losses, falling 7.82%.")), wrongHeading('28 January 2025'));
    assert.deepEqual(warningsWithFixes(en("Yesterday's moves were reviewed. Nvidia fell 7.82%.")), wrongHeading('28 January 2025'));
    assert.deepEqual(warningsWithFixes(de('Nach den gestrigen Verlusten fiel Nvidia um 7,82 Prozent.')), wrongHeading('28. Januar 2025'));
    assert.deepEqual(warningsWithFixes(de('Nvidia verlor 7,82 Prozent.')), wrongHeading('28. Januar 2025'));
  });
});

describe('a lead-in that only mentions the day before is the heading day\'s: the 28th\'s rebound after „Nach dem gestrigen Ausverkauf …:“ is borne out by the 28th\'s article, not held against the 27th\'s sell-off', () => {
  // The 28 January article: "rising 8.9 percent", "Microsoft gained 2.9 percent and Broadcom added 2.6 percent on Tuesday".
  const rebound = () => withSources(extraSource('2025-01-28_nvidia-rebound.txt', readFileSync('test/eval/distractors/2025-01-28_nvidia-rebound.txt', 'utf8')));
  test('English (review 47 M3): a preposition phrase and a lead-in with a verb and "today" of its own leave the rebound of the heading\'s day, were figure-mismatch against the 27th (+8.9% vs −7,82 %)', () => {
    assert.deepEqual(warningsWithFixes(en("After yesterday's sell-off, the rebound: Nvidia +8.9%, Microsoft +2.9%, Broadcom +2.6%."), rebound()), []);
    assert.deepEqual(warningsWithFixes(en("Yesterday's losers bounced back today: Nvidia +8.9%, Broadcom +2.6%."), rebound()), []);
  });
  test('German (review 47 M3): „Nach dem gestrigen Ausverkauf heute die Gegenbewegung:“ and „Die gestrigen Verlierer erholten sich heute:“ leave the rebound of the heading\'s day', () => {
    assert.deepEqual(warningsWithFixes(de('Nach dem gestrigen Ausverkauf heute die Gegenbewegung: Nvidia +8,9 %, Microsoft +2,9 %, Broadcom +2,6 %.'), rebound()), []);
    assert.deepEqual(warningsWithFixes(de('Die gestrigen Verlierer erholten sich heute: Nvidia +8,9 %, Broadcom +2,6 %.'), rebound()), []);
  });
  test('other shapes: a verb of its own without "today", a preposition phrase without „heute“', () => {
    assert.deepEqual(warningsWithFixes(en("Yesterday's losers bounced back: Nvidia +8.9%, Broadcom +2.6%."), rebound()), []);
    assert.deepEqual(warningsWithFixes(en("After yesterday's losses, a rebound: Nvidia +8.9%."), rebound()), []);
    assert.deepEqual(warningsWithFixes(de('Die gestrigen Verlierer legten zu: Nvidia +8,9 %, Broadcom +2,6 %.'), rebound()), []);
    assert.deepEqual(warningsWithFixes(de('Nach den gestrigen Verlusten die Erholung: Nvidia +8,9 %.'), rebound()), []);
  });
  test('a lead-in whose head noun is the day before\'s still dates its list, also with adjectives before the noun and the 28th\'s article beside the sources', () => {
    assert.deepEqual(warningsWithFixes(de('Die gestrigen größten Verlierer: Nvidia −7,82 %, Broadcom −6,58 %.'), rebound()), []);
    assert.deepEqual(warningsWithFixes(en("Yesterday's biggest losers: Nvidia −7.82%, Broadcom −6.58%."), rebound()), []);
    assert.deepEqual(warningsWithFixes(en("Yesterday's moves reviewed: Nvidia −7.28%, Broadcom −6.58%."), rebound()), [{ code: 'figure-mismatch', text: '−7.28%', fix: '−7.82%' }]);
  });
});
