import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, hoverAt } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';
import { assertWarningsUnchangedBy as assertUnchangedBy, warningsWithFixes as warnings } from './support/warningsWithFixes';

/** The hover on the first occurrence of `words`, as a reader sees it (without the bold marks). */
function hover(text: string, words: string, idx: ReturnType<typeof bundledIndex>): string {
  return (hoverAt(analyzeDraft(text, idx), idx, text.indexOf(words), 3, 'en')?.markdown ?? '').replace(/\*\*/g, '');
}

// The rebound of Tuesday 28 January and a slide of the 29th: the days after the sell-off, when a wire story or a
// morning newsletter about Monday appeared.
const reboundDe = extraSource('2025-01-28_erholung.txt', 'Erholung bei Chipwerten\n\nAm 28. Januar 2025 erholte sich die Nvidia-Aktie um 8,9 Prozent, Broadcom legte um 2,6 Prozent zu. Am 29. Januar gab Nvidia dann um 4,1 Prozent nach.\n');
const reboundEn = extraSource('2025-01-28_rebound.md', '---\ntitle: Chip stocks rebound\npublished: 2025-01-28\n---\n\nOn Tuesday, January 28, 2025, Nvidia rose 8.9 percent and Broadcom added 2.6 percent. On January 29, Nvidia fell 4.1 percent.\n');

describe('the day a piece appeared (its dateline) is no day of the moves it reports', () => {
  const wireDe = (body: string) => `# Chinesisches KI-Start-up schickt Chipwerte auf Talfahrt\n\nHANGZHOU/NEW YORK, 28. Januar (dpa) - Ein kaum bekanntes chinesisches Start-up hat am Montag die US-Technologiewerte erschüttert.\n\n${body}\n`;
  const wireEn = (body: string) => `# Chinese AI startup rattles chip stocks\n\nBEIJING/NEW YORK, Jan 28 (Wire) - A little-known Chinese startup knocked billions off U.S. technology companies on Monday.\n\n${body}\n`;
  const newsletter = (items: string) => `# Guten Morgen, Tech! – Dienstag, 28. Januar 2025\n\nEin Start-up aus China hat die großen Tech-Werte ins Rutschen gebracht.\n\n${items}\n`;
  test('German: a dpa story datelined 28 January keeps Monday\'s falls borne out beside Tuesday\'s rebound', () => {
    assertUnchangedBy(reboundDe, wireDe('Die Nvidia-Aktie brach um fast 8 Prozent ein, Broadcom verlor 6,58 Prozent.'), []);
  });
  test('German: its wrong value keeps the fix of Monday\'s move, not of Tuesday\'s', () => {
    assertUnchangedBy(reboundDe, wireDe('Broadcom verlor 6,85 Prozent.'), [{ code: 'figure-mismatch', text: '6,85 Prozent', fix: '6,58 Prozent' }]);
  });
  test('English: a wire story datelined Jan 28 keeps Monday\'s falls borne out beside Tuesday\'s rebound', () => {
    assertUnchangedBy(reboundEn, wireEn('Shares of Nvidia tumbled nearly 8% within a few hours. Broadcom slid 6.6%.'), []);
  });
  test('English: its wrong value keeps the fix of Monday\'s move', () => {
    assertUnchangedBy(reboundEn, wireEn('Broadcom slid 6.85%.'), [{ code: 'figure-mismatch', text: '6.85%', fix: '6.58%' }]);
  });
  test('the hover keeps showing the source of Monday\'s move', () => {
    assert.match(hover(wireEn('Shares of Nvidia tumbled nearly 8% within a few hours.'), '8%', withSources(reboundEn)), /Nvidia \(-7,82 %\)/);
    assert.match(hover(wireDe('Die Nvidia-Aktie brach um fast 8 Prozent ein.'), '8 Prozent', withSources(reboundDe)), /Nvidia \(-7,82 %\)/);
  });
  test('a newsletter whose title ends with its day keeps Monday\'s moves', () => {
    assertUnchangedBy(reboundDe, newsletter('- **Nvidia:** Der Chipkonzern hat 7,82 Prozent verloren.\n- **Broadcom:** minus 6,85 Prozent.'), [{ code: 'figure-mismatch', text: '6,85 Prozent', fix: '6,58 Prozent' }]);
  });
});

describe('a date that is a day of the events, not a dateline, still names a day of the moves', () => {
  // A heading that is a date, and a sentence that opens with a weekday and a date, name the day the moves are of: a
  // move reported for another day is then no value of the draft's.
  test('German: „## Dienstag, 28. Januar 2025“ over Tuesday\'s rise reads it as that day\'s', () => {
    const text = '# Chipwerte\n\n## Dienstag, 28. Januar 2025\n\nDie Nvidia-Aktie legte um 8,9 Prozent zu.\n';
    assert.deepEqual(warnings(text, withSources(reboundDe)), []);
  });
  test('English: "On Tuesday, January 28 – …" is no dateline: the day\'s rise is borne out', () => {
    const text = '# Chip stocks\n\nOn Tuesday, January 28 – the day after the sell-off – Nvidia rose 8.9%.\n';
    assert.deepEqual(warnings(text, withSources(reboundEn)), []);
  });
});
