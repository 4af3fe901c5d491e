import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extraSource, withSources } from './support/fixtures';
import { assertUnchangedBy, findingTriples } from './support/unchangedByArticles';
import { isPiecesOwnDate } from '../server/src/core/facts/piecesOwnDate';
import { isWireDateline } from '../server/src/core/facts/weekdays';
import type { Figure } from '../server/src/core/types';

// An article of the day a script airs, which dates Nvidia's rebound to it.
const airDay = withSources(extraSource('2025-01-28_rebound.txt', 'Chip stocks rebound\n\nOn Tuesday, January 28, 2025, Nvidia rose 8.9 percent. Am 28. Januar 2025 erholte sich die Nvidia-Aktie um 8,9 Prozent.\n'));

describe('a broadcast stamp with its hour and desk is the day the piece airs, which no source states', () => {
  test('German: „Sendung: Dienstag, 28. Januar 2025, 19:00 Uhr · Redaktion: Wirtschaft“ stays unsourced beside an article of that day', () => {
    assertUnchangedBy(airDay, '# Nachrichten am Abend\n\nSendung: Dienstag, 28. Januar 2025, 19:00 Uhr · Redaktion: Wirtschaft\n\nSPRECHER: Nvidia hat sich erholt.\n', [['unsourced-figure', '28. Januar 2025', 'No source states 28. Januar 2025.']]);
  });
  test('English: "Aired: Tuesday, January 28, 2025, 7:00 p.m. · Desk: Business" stays unsourced beside an article of that day', () => {
    assertUnchangedBy(airDay, '# Evening news\n\nAired: Tuesday, January 28, 2025, 7:00 p.m. · Desk: Business\n\nANCHOR: Nvidia has recovered.\n', [['unsourced-figure', 'January 28, 2025', 'No source states January 28, 2025.']]);
  });
});

/** The date `date` in `text` as a figure, for the predicates that read a line around it. */
const dateIn = (text: string, date: string) => ({ kind: 'date', start: text.indexOf(date), end: text.indexOf(date) + date.length } as Figure);
const ownDay = (text: string, date: string) => isPiecesOwnDate(dateIn(text, date), text);
const wireDay = (text: string, date: string) => isWireDateline(text, text.indexOf(date), text.indexOf(date) + date.length);

describe('own-date lines in the shapes forums write them, and shapes that are none', () => {
  test('English and German: a post\'s day with its hour ("Posted Jan 28, 2025 at 9:14 a.m.") is the piece\'s own day', () => {
    assert.equal(ownDay('Posted Jan 28, 2025 at 9:14 a.m.', 'Jan 28, 2025'), true);
    assert.equal(ownDay('Veröffentlicht am 28. Januar 2025 um 9:14 Uhr', '28. Januar 2025'), true);
    assert.equal(ownDay('Aktualisiert: 28. Januar 2025, 11:40 Uhr', '28. Januar 2025'), true);
  });
  test('a heading that names a day inside its title, a table cell "Name, date" and a quoted date are no own date (English and German)', () => {
    assert.equal(ownDay('Posted Jan 28, 2025 at 9:14 a.m. Nvidia rose 8.9 percent.', 'Jan 28, 2025'), false);
    assert.equal(wireDay('Nvidia rebounds on January 28, 2025 -- the day after the sell-off', 'January 28, 2025'), false);
    assert.equal(wireDay('Der Ausverkauf vom 27. Januar 2025 -- und was danach kam', '27. Januar 2025'), false);
    assert.equal(wireDay('| Nvidia, 28. Januar 2025 | +8,9 % |', '28. Januar 2025'), false);
    assert.equal(wireDay('| Nvidia, January 28, 2025 | +8.9% |', 'January 28, 2025'), false);
    assert.equal(wireDay('A trader wrote: "NEW YORK, January 28, 2025 -- Nvidia rose 8.9 percent."', 'January 28, 2025'), false);
    assert.equal(wireDay('Ein Händler schrieb: „BERLIN, 28. Januar 2025 -- Nvidia legte 8,9 Prozent zu.“', '28. Januar 2025'), false);
  });
  test('a table cell "Name, date" and a quoted date stay borne out by the article of that day (English and German)', () => {
    assert.deepEqual(findingTriples('# Kurse\n\n| Unternehmen | Tag |\n|---|---|\n| Nvidia, 28. Januar 2025 | +8,9 % |\n', airDay), []);
    assert.deepEqual(findingTriples('# Rebound\n\nA trader wrote: "NEW YORK, January 28, 2025 -- Nvidia rose 8.9 percent."\n', airDay), []);
  });
});
