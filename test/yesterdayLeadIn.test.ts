import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
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
