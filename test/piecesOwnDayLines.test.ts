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

// „Erschienen: Donnerstag, 30. Januar 2025 · Ressort: Wirtschaft“ was read as R1's release day misstated. A field after a
// middle dot, a bullet or a bar keeps the line the piece's own only by its own evidence (a label, a byline, a reading
// time, a clock time, a section); a statement there tells of the day (session 62's reviews).
describe('an own-date line that goes on with the piece\'s own fields after a middle dot, a bullet or a bar', () => {
  test('German and English fields: the date is the piece\'s own, unsourced, not a release day misstated', () => {
    assert.equal(ownDay('Erschienen: Donnerstag, 30. Januar 2025 · Ressort: Wirtschaft', '30. Januar 2025'), true);
    assert.equal(ownDay('Erschienen: 30. Januar 2025 · Lesezeit: 4 Min.', '30. Januar 2025'), true);
    assert.equal(ownDay('Veröffentlicht am 30. Januar 2025 · Von Jana Kurs', '30. Januar 2025'), true);
    assert.equal(ownDay('Published Thursday, January 30, 2025 | Markets | 4 min read', 'January 30, 2025'), true);
    assert.equal(ownDay('Published January 30, 2025 | By Jana Kurs and Tim Li', 'January 30, 2025'), true);
    assert.equal(ownDay('Updated January 30, 2025 • 9:14 AM ET', 'January 30, 2025'), true);
    assert.equal(ownDay('Erschienen: Mittwoch, 29. Januar 2025 · Von Petra Lind und Jonas Ek · Ressort: Wirtschaft · Lesezeit: 5 Min.', '29. Januar 2025'), true);
    assert.equal(ownDay('**Published January 29, 2025 | By Petra Lind | Markets | 5 min read**', 'January 29, 2025'), true);
    assert.equal(ownDay('Published January 29, 2025 | Author: Petra Lind', 'January 29, 2025'), true);
    assert.deepEqual(findingTriples('# DeepSeek erschüttert die Börse\n\nErschienen: Donnerstag, 30. Januar 2025 · Ressort: Wirtschaft\n\nAm Montag fiel Nvidia um 7,82 Prozent.\n', airDay), [['unsourced-figure', '30. Januar 2025', 'No source states 30. Januar 2025.']]);
    assert.deepEqual(findingTriples('# DeepSeek rattles Wall Street\n\nPublished Thursday, January 30, 2025 | Markets\n\nOn Monday Nvidia fell 7.82 percent.\n', airDay), [['unsourced-figure', 'January 30, 2025', 'No source states January 30, 2025.']]);
  });
  test('a statement after the separator, however short, tells of the day: a wrong release day is caught', () => {
    assert.equal(ownDay('Published January 21, 2025 | DeepSeek unveils R1', 'January 21, 2025'), false);
    assert.equal(ownDay('Veröffentlicht am 21. Januar 2025 · R1 kommt heute', '21. Januar 2025'), false);
    assert.equal(ownDay('Veröffentlicht am 21. Januar 2025 · Heute: DeepSeek R1', '21. Januar 2025'), false);
    assert.equal(ownDay('Published January 21, 2025 | By the way, R1 is out', 'January 21, 2025'), false);
    assert.equal(ownDay('Published January 21, 2025 | Markets fell 17 percent', 'January 21, 2025'), false);
    assert.equal(ownDay('Veröffentlicht am 21. Januar 2025 · Von Liang Wenfeng entwickelt', '21. Januar 2025'), false);
    assert.equal(ownDay('Published January 21, 2025 | By then DeepSeek had released its model', 'January 21, 2025'), false);
    assert.equal(ownDay('Veröffentlicht am 21. Januar 2025 · Thema: DeepSeek veröffentlicht R1', '21. Januar 2025'), false);
    assert.equal(ownDay('Published January 21, 2025 | Source: DeepSeek released R1 today', 'January 21, 2025'), false);
    assert.equal(ownDay('Published January 21, 2025 • 9:14 live', 'January 21, 2025'), false);
    assert.deepEqual(findingTriples('# AI\n\nPublished January 21, 2025 | DeepSeek releases its R1 model today.\n', airDay), [['date-mismatch', 'January 21, 2025', 'January 21, 2025 contradicts the source, which gives 20. Januar.']]);
    assert.deepEqual(findingTriples('# KI\n\nVeröffentlicht am 21. Januar 2025 · R1 kommt heute\n', airDay), [['date-mismatch', '21. Januar 2025', '21. Januar 2025 contradicts the source, which gives 20. Januar.']]);
  });
});
