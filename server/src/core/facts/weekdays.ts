import type { CalendarDate } from '../types';
import { DATELINE_WORDS } from '../context/lexicon';
import { eitherInitial } from '../text/eitherInitial';

const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6,
};

// "Welt am Sonntag" is a newspaper: a weekday after a capitalised word is part of a name.
const EITHER_CASE = eitherInitial(Object.keys(WEEKDAYS));
const WEEKDAY = new RegExp(`(?<![\\p{L}])(?<!\\p{Lu}\\p{L}*\\s)(?:[Oo]n|[Aa]m)\\s+(${EITHER_CASE})(?![\\p{L}])`, 'u');

/** A weekday's name and nothing else ("Donnerstag", "Thursday"): a row of a week's table. */
export function isWeekday(text: string): boolean {
  return WEEKDAYS[text.trim().toLowerCase()] !== undefined;
}

/**
 * "SoftBank shares fell 8.3 percent on Tuesday", "am Dienstag": the day of that name nearest to the last full date
 * the document gave ("NEW YORK, January 28, 2025 —"), three days either way. Undefined where the sentence names no
 * weekday or no full date came before.
 */
export function weekdayNear(text: string, last: CalendarDate | undefined): CalendarDate | undefined {
  const named = WEEKDAY.exec(text);
  if (!named || last?.year === undefined || last.month === undefined || last.day === undefined) return undefined;
  const base = Date.UTC(last.year, last.month - 1, last.day);
  let delta = (WEEKDAYS[named[1].toLowerCase()] - new Date(base).getUTCDay() + 7) % 7;
  if (delta > 3) delta -= 7;
  const day = new Date(base + delta * 86_400_000);
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
}

const NAMES: Record<'en' | 'de', string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
};

/** "Monday, 27 January", "On Tuesday, January 27", "am Mittwoch, dem 30. Januar", "Montag, den 27.": a weekday set before a date. */
const WEEKDAY_BEFORE_DATE = new RegExp(`(?<![\\p{L}])(${EITHER_CASE}),?\\s+(?:(?:dem|den|der|the)\\s+)?$`, 'u');

/** The text before a date without the weekday set right before it ("Sendung: Dienstag, " → "Sendung: "). */
export function withoutWeekdayBefore(before: string): string {
  return before.replace(WEEKDAY_BEFORE_DATE, '');
}

/**
 * A date that opens its line, after its weekday at most: „Dienstag, 28. Januar 2025 · 7:00 Uhr · Sprecher: …“, "March 1,
 * 2025 — Yesterday …", a liveblog's "## Wednesday, January 29, 2025": the day the lines below are told on, unlike an
 * event's date inside a sentence („Am 20. Januar 2025 stellte DeepSeek R1 vor“).
 */
export function opensItsLine(text: string, start: number): boolean {
  const before = text.slice(0, start);
  return !/[\p{L}\p{N}]/u.test(withoutWeekdayBefore(before.slice(before.lastIndexOf('\n') + 1)));
}

const DATELINE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${DATELINE_WORDS.join('|')})\s+$`, 'iu');

/**
 * "The AI Brief — Tuesday, 28 January 2025", "Liveblog: Der DeepSeek-Schock – Montag, 27. Januar 2025", "Newsletter, 29
 * January": a date that ends a heading, set off from a title before it by a dash or a comma (a weekday between), is the
 * day the piece appeared, not the day of the events below it. Not "## Montag, 27. Januar 2025", "## 28. Januar: Der
 * Schock", "## Die Börse am 27. Januar": a heading that is a date, begins with one, or dates what it names.
 * `heading` is the heading's text, `start` and `end` the date's offsets in it.
 */
export function isDateline(heading: string, start: number, end: number): boolean {
  return isDatelineSetOff(heading, start, end) || !/[\p{L}\p{N}]/u.test(heading.slice(end)) && DATELINE_BEFORE.test(withoutWeekdayBefore(heading.slice(0, start)));
}

/**
 * A heading's closing date set off from the title by a dash, a comma or parentheses: "The AI Brief — Tuesday, 28
 * January 2025". Unlike isDateline, not a date after "vom"/"from", which also dates an event the heading names („Der
 * Ausverkauf vom 27. Januar 2025“): where dropping a date loses the day of the events below, only this form counts.
 */
export function isDatelineSetOff(heading: string, start: number, end: number): boolean {
  if (/[\p{L}\p{N}]/u.test(heading.slice(end))) return false;
  const before = withoutWeekdayBefore(heading.slice(0, start));
  return /[\p{L}\p{N}.!?)]\s*(?:[—–|·,/]|\s-)\s*$/u.test(before) || /\(\s*$/u.test(before) && /^\s*\)/u.test(heading.slice(end));
}

/** A wire story's place line before its date: capitalised places, "/" between two ("BEIJING/NEW YORK, ", "Berlin, "). */
const PLACE_BEFORE = /^[\s*_>]*(\p{Lu}[\p{L}.'’-]*(?:[ /]\p{Lu}[\p{L}.'’-]*)*),\s*$/u;
/** What follows a wire story's date: the agency in parentheses, or none, then a dash that opens the story. */
const AGENCY_AFTER = /^\s*(\([^()]{1,40}\)\s*)?[-–—]\s/u;

/**
 * "BEIJING/NEW YORK, Jan 28 (Wire) - A little-known …", "NEW YORK, January 28, 2025 — Shares of …", "Berlin, 28.
 * Januar 2025 (dpa) – …": the dateline a news agency's story opens with, the day it was filed, not the day of what it
 * tells (a Monday's sell-off reported on Tuesday). A place in capitals, or any place where the agency follows in
 * parentheses: „Am Montag, 27. Januar – …“ is no dateline.
 */
export function isWireDateline(text: string, start: number, end: number): boolean {
  const place = PLACE_BEFORE.exec(withoutWeekdayBefore(text.slice(0, start)));
  const after = AGENCY_AFTER.exec(text.slice(end));
  if (!place || !after) return false;
  return after[1] !== undefined || place[1] === place[1].toUpperCase();
}

/**
 * The weekday a writer gives a date right before it, where the date's day is another weekday: "On Tuesday, 27 January"
 * in a piece about 2025 (a Monday). `before` is the text up to the date; `at` the offset `before` starts at. The
 * weekday named, where it stands, and the right one in the same language.
 */
export function wrongWeekday(before: string, at: number, date: CalendarDate): { start: number; end: number; written: string; right: string } | undefined {
  if (date.year === undefined || date.month === undefined || date.day === undefined) return undefined;
  const m = WEEKDAY_BEFORE_DATE.exec(before);
  if (!m) return undefined;
  const written = m[1];
  const actual = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  if (WEEKDAYS[written.toLowerCase()] === actual) return undefined;
  const language = NAMES.en.some((d) => d.toLowerCase() === written.toLowerCase()) ? 'en' : 'de';
  const right = NAMES[language][actual];
  return { start: at + m.index, end: at + m.index + written.length, written, right: written[0] === written[0].toLowerCase() ? right.toLowerCase() : right };
}
