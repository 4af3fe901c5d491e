import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, hoverAt } from '../server/src/core';
import { bundledIndex } from './support/fixtures';
import { findingTriples } from './support/unchangedByArticles';
import { isLetterDateline, relativeWeekdays } from '../server/src/core/facts/weekdays';
import { isPiecesOwnDate } from '../server/src/core/facts/piecesOwnDate';
import type { Figure } from '../server/src/core/types';

const THURSDAY = { year: 2025, month: 1, day: 30 };
const MONDAY = { year: 2025, month: 2, day: 3 };
/** The weekdays `text` tells from `toldOn`: their words and their day. */
const told = (text: string, toldOn = THURSDAY) => relativeWeekdays(text, toldOn).map((d) => [text.slice(d.start, d.end), `${d.date.year}-${d.date.month}-${d.date.day}`]);

/** The hover on the first occurrence of `words`, without the bold marks. */
function hover(text: string, words: string): string {
  const idx = bundledIndex();
  return (hoverAt(analyzeDraft(text, idx), idx, text.indexOf(words), 3, 'en')?.markdown ?? '').replace(/\*\*/g, '');
}

describe('a weekday told from the piece\'s own day is that day counted back', () => {
  test('English: last, before last, weeks ago and last week, from Thursday 30 January 2025', () => {
    assert.deepEqual(told('Last Monday, Nvidia fell.'), [['Last Monday', '2025-1-27']]);
    assert.deepEqual(told('The fund sold this past Thursday.'), [['this past Thursday', '2025-1-23']]);
    assert.deepEqual(told('R1 came out the Monday before last.'), [['Monday before last', '2025-1-20']]);
    assert.deepEqual(told('We met on Tuesday two weeks ago and on Monday last week.'), [['Tuesday two weeks ago', '2025-1-14'], ['Monday last week', '2025-1-20']]);
  });
  test('German: vergangenen, vorletzten, vor zwei Wochen and vergangener Woche, from Monday 3 February 2025', () => {
    assert.deepEqual(told('Am vergangenen Montag fielen die Kurse.', MONDAY), [['vergangenen Montag', '2025-1-27']]);
    assert.deepEqual(told('R1 erschien am vorletzten Montag.', MONDAY), [['vorletzten Montag', '2025-1-20']]);
    assert.deepEqual(told('DeepSeek stellte R1 am Dienstag vor zwei Wochen vor.', MONDAY), [['Dienstag vor zwei Wochen', '2025-1-21']]);
    assert.deepEqual(told('Das war am Freitag vergangener Woche.', MONDAY), [['Freitag vergangener Woche', '2025-1-31']]);
  });
  test('no weekday of a month, of a newspaper\'s name, or one set before its date (English and German)', () => {
    assert.deepEqual(told('We meet on the last Monday of January.'), []);
    assert.deepEqual(told('Wir treffen uns am letzten Montag im Januar.'), []);
    assert.deepEqual(told('Die Welt am Sonntag vor zwei Wochen berichtete davon.'), []);
    assert.deepEqual(told('Last Monday, Jan. 27, Nvidia fell.'), []);
    assert.deepEqual(told('Am vergangenen Montag, dem 27.1., fielen die Kurse.', MONDAY), []);
  });
  test('a letter\'s place and day alone on a line is its own day; a table cell "Nvidia, date" is none', () => {
    const at = (text: string, date: string) => ({ kind: 'date', start: text.indexOf(date), end: text.indexOf(date) + date.length } as Figure);
    assert.equal(isLetterDateline('**Lindenau, 3. Februar 2025**', at('**Lindenau, 3. Februar 2025**', '3. Februar 2025'), false), true);
    assert.equal(isLetterDateline('London, 3 February 2025', at('London, 3 February 2025', '3 February 2025'), false), true);
    assert.equal(isLetterDateline('Nvidia, 28. Januar 2025', at('Nvidia, 28. Januar 2025', '28. Januar 2025'), true), false);
    assert.equal(isLetterDateline('In Berlin, 3. Februar 2025 fiel Schnee.', at('In Berlin, 3. Februar 2025 fiel Schnee.', '3. Februar 2025'), false), false);
  });
  test('a header entry between dots or bars that gives the day the piece was prepared is its own day; a filing\'s day and a row\'s are none', () => {
    const own = (text: string, date: string) => isPiecesOwnDate({ kind: 'date', start: text.indexOf(date), end: text.indexOf(date) + date.length } as Figure, text);
    assert.equal(own('**Court:** N.D. Cal. · **Digest prepared:** Thursday, January 30, 2025 · **Docket No.:** 3:25-cv-00917', 'January 30, 2025'), true);
    assert.equal(own('Kanzlei Berg | Erstellt am 3. Februar 2025 | Seite 1', '3. Februar 2025'), true);
    assert.equal(own('**Court:** N.D. Cal. · **Filed:** Wednesday, Jan. 29, 2025 ·', 'Jan. 29, 2025'), false);
    assert.equal(own('Nvidia · 28. Januar 2025 · +8,9 %', '28. Januar 2025'), false);
  });
});

describe('a weekday counted back from the piece\'s day is checked as its date', () => {
  const digest = (row: string) => ['# Case digest', '', '**Court:** N.D. Cal. · **Filed:** Wednesday, Jan. 29, 2025 ·', '**Digest prepared:** Thursday, January 30, 2025 · **Docket No.:** 3:25-cv-00917', '',
    'Last Monday, the complaint says, the market repriced the AI supply chain.', '', '| Date | Event |', '|---|---|', row, ''].join('\n');
  const letter = (sentence: string) => ['# Ihr Kundenbrief', '', '**Lindenau, 3. Februar 2025**', '', sentence, ''].join('\n');
  /** The findings but the one on the letter's own day, which no source states. */
  const inLetter = (sentence: string) => findingTriples(letter(sentence)).filter(([, words]) => words !== '3. Februar 2025');

  test('English: "| last Tuesday | Sell-off |" in a digest prepared on Thursday 30 January contradicts the sell-off of the 27th', () => {
    const text = digest('| last Tuesday | Sell-off: Nvidia −7.82% |');
    assert.deepEqual(findingTriples(text).filter(([code]) => code !== 'unsourced-figure'), [['date-mismatch', 'last Tuesday', 'last Tuesday contradicts the source, which gives 27. Januar 2025.']]);
  });
  test('German: „am Dienstag vor zwei Wochen“ in a letter of Monday 3 February contradicts R1\'s Monday, 20 January', () => {
    assert.deepEqual(inLetter('DeepSeek hatte am 20.1. sein Sprachmodell R1 vorgestellt, also am Dienstag vor zwei Wochen.'), [['date-mismatch', 'Dienstag vor zwei Wochen', 'Dienstag vor zwei Wochen contradicts the source, which gives 20. Januar.']]);
  });
  test('the true weekdays stay silent and show the source (English and German)', () => {
    const text = digest('| last Monday | Sell-off: Nvidia −7.82% |');
    assert.deepEqual(findingTriples(text).filter(([code]) => code !== 'unsourced-figure'), []);
    assert.match(hover(text, 'Last Monday'), /Am 27\. Januar 2025 sorgte das chinesische KI-Start-up DeepSeek/);
    assert.deepEqual(inLetter('DeepSeek hatte am 20.1. sein Sprachmodell R1 vorgestellt, also am Montag vor zwei Wochen.'), []);
  });
  test('a piece with no day of its own, or a day only in a table cell, dates no weekday (English and German)', () => {
    const onWeekdays = (text: string) => findingTriples(text).filter(([, words]) => /Tuesday|Dienstag/.test(words));
    assert.deepEqual(onWeekdays('# Notes\n\nDeepSeek released R1 last Tuesday.\n'), []);
    assert.deepEqual(onWeekdays('# Notizen\n\nDeepSeek stellte R1 am Dienstag vor zwei Wochen vor.\n'), []);
    assert.deepEqual(onWeekdays('# Notizen\n\n| Firma, Tag | Kurs |\n|---|---|\n| Nvidia, 3. Februar 2025 | +1 % |\n\nDeepSeek stellte R1 am vergangenen Dienstag vor.\n'), []);
  });
});

describe('a weekday the piece\'s day does not tell stays undated (review of session 56)', () => {
  const onWeekdays = (text: string) => findingTriples(text).filter(([, words]) => /Monday|Montag/.test(words));
  test('a weekday in a quotation is told from the speaker\'s day (English and German)', () => {
    assert.deepEqual(onWeekdays('# Notes\n\nPublished 6 February 2025.\n\nOn January 23, an analyst told us: "R1, which DeepSeek released last Monday, changes everything."\n'), []);
    assert.deepEqual(onWeekdays('# Notizen\n\nVeröffentlicht: 6. Februar 2025\n\nAm 23. Januar sagte ein Analyst: „R1, das DeepSeek am vergangenen Montag vorgestellt hat, ändert alles.“\n'), []);
  });
  test('„am letzten Montag vor dem Kurssturz“, "last Monday before the sell-off": the last before another day', () => {
    assert.deepEqual(onWeekdays('# Notizen\n\nVeröffentlicht: 6. Februar 2025\n\nR1 erschien am letzten Montag vor dem Kurssturz.\n'), []);
    assert.deepEqual(onWeekdays('# Notes\n\nPublished 6 February 2025.\n\nR1 came out last Monday before the sell-off.\n'), []);
  });
  test('a timeline\'s dated heading is an event\'s day, not the piece\'s: "vergangenen Montag" counts back from the piece\'s own day', () => {
    const text = (heading: string, sentence: string) => ['# Der DeepSeek-Schock', '', 'Veröffentlicht: Donnerstag, 30. Januar 2025', '', '## Chronik', '', heading, '', 'R1 erscheint.', '', '## Einordnung', '', sentence, ''].join('\n');
    assert.deepEqual(onWeekdays(text('### Hangzhou, 20. Januar 2025', 'Am vergangenen Montag erschütterte DeepSeek die Tech-Branche.')), []);
    assert.deepEqual(onWeekdays(text('### Hangzhou, 27. Januar 2025', 'Am vergangenen Montag stellte DeepSeek sein Modell R1 vor.')), [['date-mismatch', 'vergangenen Montag', 'vergangenen Montag contradicts the source, which gives 20. Januar.']]);
  });
});
