import type { CalendarDate, Figure } from '../types';
import { DATELINE_WORDS } from '../context/lexicon';
import { eitherInitial } from '../text/eitherInitial';
import { MONTH_PATTERN } from '../text/months';

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

/**
 * How a weekday is told from the piece's own day: "last Monday", „vergangenen Montag“ (the last one before it); "Monday
 * before last", „vorletzten Montag“ (the one before that); "Tuesday two weeks ago", „Dienstag vor zwei Wochen“, "Monday
 * last week", „Montag vergangener Woche“ (that day of a week as many weeks back).
 */
type WeeksBack = 'last' | 'beforeLast' | number;

const WEEKS = '(?:a|one|two|three|four|einer|zwei|drei|vier|[1-4])';
const WEEK_COUNTS: Record<string, number> = { a: 1, one: 1, einer: 1, two: 2, zwei: 2, three: 3, drei: 3, four: 4, vier: 4 };
// A weekday that opens the phrase is no name's part: not after a capitalised word ("Ardent Monday"), the word opening
// the sentence aside, nor a Sunday paper's ("Welt am Sonntag vor zwei Wochen").
const NOT_IN_A_NAME = String.raw`(?<![\p{L}])(?<!(?<![\p{L}])(?!(?:Am|An|On|Since|Seit|Vom|From|Bis|Until|Ab)\s)\p{Lu}\p{L}*\s)(?!Sonntag(?<=\p{Lu}\p{L}*\s+am\s+Sonntag))`;
const RELATIVE_WEEKDAYS: Array<{ re: RegExp; weeks: (m: RegExpExecArray) => WeeksBack }> = [
  // Not "the last Monday of the month", „am letzten Montag im Januar“: the last of a month's Mondays; nor „am letzten
  // Montag vor dem Kurssturz“, "last Monday before the launch": the last before another day, which may lie far back.
  { re: new RegExp(String.raw`(?<![\p{L}])(?<!(?<![\p{L}])the\s+)(?:[Ll]ast|[Tt]his\s+past|[Vv]ergangenen|[Ll]etzten|[Vv]origen)\s+(${EITHER_CASE})(?![\p{L}])(?!\s+(?:of|in|im|des|eines|einer|der|vor|nach|before|after)(?![\p{L}]))`, 'gu'), weeks: () => 'last' },
  { re: new RegExp(String.raw`(?<![\p{L}])vorletzten\s+(${EITHER_CASE})(?![\p{L}])`, 'giu'), weeks: () => 'beforeLast' },
  { re: new RegExp(String.raw`${NOT_IN_A_NAME}(${EITHER_CASE})\s+before\s+last(?![\p{L}])`, 'gu'), weeks: () => 'beforeLast' },
  { re: new RegExp(String.raw`${NOT_IN_A_NAME}(${EITHER_CASE})\s+(?:(?:of\s+)?last\s+week|(?:vergangener|letzter|voriger)\s+Woche|der\s+Vorwoche)(?![\p{L}])`, 'gu'), weeks: () => 1 },
  { re: new RegExp(String.raw`${NOT_IN_A_NAME}(${EITHER_CASE})\s+(?:(${WEEKS})\s+weeks?\s+ago|vor\s+(${WEEKS})\s+Wochen?)(?![\p{L}])`, 'gu'), weeks: (m) => weekCount(m[2] ?? m[3]) },
];

function weekCount(word: string): number {
  return WEEK_COUNTS[word.toLowerCase()] ?? Number(word);
}

/** A weekday told from the piece's own day, where the sentence says it ("last Monday"), and the day it is. */
export interface RelativeWeekday {
  start: number;
  end: number;
  date: CalendarDate;
}

/**
 * "Last Monday, the complaint says, …", „am Dienstag vor zwei Wochen“: weekdays a piece tells from its own day
 * (`toldOn`, its dateline or stamp), counted back from it, as surely dated as if it had written the day. Not one set
 * before its date ("last Monday, Jan. 27"): that date is the figure, and its weekday is checked against it.
 */
export function relativeWeekdays(text: string, toldOn: CalendarDate): RelativeWeekday[] {
  if (toldOn.year === undefined || toldOn.month === undefined || toldOn.day === undefined) return [];
  const found: RelativeWeekday[] = [];
  for (const { re, weeks } of RELATIVE_WEEKDAYS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (DATE_AFTER.test(text.slice(end)) || found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ start, end, date: countedBack(toldOn as Required<CalendarDate>, WEEKDAYS[m[1].toLowerCase()], weeks(m)) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
/** ", Jan. 27", ", dem 27.1.", " (27 January)": the date a weekday is set before. */
const DATE_AFTER = new RegExp(String.raw`^,?\s*(?:\(\s*)?(?:(?:the|dem|den)\s+)?(?:\d|(?:${MONTH_PATTERN})(?![\p{L}]))`, 'iu');

function countedBack(from: Required<CalendarDate>, weekday: number, weeks: WeeksBack): CalendarDate {
  const base = Date.UTC(from.year, from.month - 1, from.day);
  const today = new Date(base).getUTCDay();
  let delta: number;
  if (weeks === 'last' || weeks === 'beforeLast') delta = -(((today - weekday + 7) % 7) || 7) - (weeks === 'beforeLast' ? 7 : 0);
  // That day of the week `weeks` back, weeks running Monday to Sunday.
  else delta = -((today + 6) % 7) - 7 * weeks + ((weekday + 6) % 7);
  const day = new Date(base + delta * 86_400_000);
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
}

/** "an jenem Montag", "that Monday", „am selben Dienstag“: words that point back to a day named before, by its weekday. */
const THAT_WEEKDAY = new RegExp(String.raw`(?<![\p{L}])(?:an\s+jenem|an\s+diesem|am\s+selben|am\s+gleichen|am\s+selbigen|that|the\s+same)\s+(${EITHER_CASE})(?![\p{L}])`, 'iu');

/**
 * The day "an jenem Montag", "that Monday" points back to: the last of `days` (the likeliest last) that is a Monday, not
 * a Friday named since („Vom 3. bis 7. Februar …“). A day named without its year is counted in `year`. Undefined where
 * the words name no weekday or no such day is among `days`.
 */
export function dayOfThatWeekday<T extends { date: CalendarDate }>(text: string, days: readonly T[], year: number | undefined): T | undefined {
  const m = THAT_WEEKDAY.exec(text);
  if (!m) return undefined;
  const weekday = WEEKDAYS[m[1].toLowerCase()];
  for (let i = days.length - 1; i >= 0; i--) {
    const { date } = days[i];
    const inYear = date.year ?? year;
    if (inYear === undefined || date.month === undefined || date.day === undefined) continue;
    if (new Date(Date.UTC(inYear, date.month - 1, date.day)).getUTCDay() === weekday) return days[i];
  }
  return undefined;
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

/** A letter's place before its day: „Lindenau, “, "London, ", „Bad Homburg, den “. */
const LETTER_PLACE_BEFORE = /^[\s*_>]*\p{Lu}[\p{L}.'’-]*(?:[ -]\p{Lu}[\p{L}.'’-]*){0,2},\s*(?:den\s+)?$/u;

/**
 * „Lindenau, 3. Februar 2025“, "London, 3 February 2025" alone on its line: a letter's place and the day it was
 * written, which "last Monday" in it counts back from. Not a table cell's "Nvidia, 28. Januar 2025" (`inCell`): a
 * row's name and its day.
 */
export function isLetterDateline(text: string, figure: Figure, inCell: boolean): boolean {
  if (inCell || figure.kind !== 'date') return false;
  return LETTER_PLACE_BEFORE.test(withoutWeekdayBefore(text.slice(0, figure.start))) && /^[\s*_.]*$/u.test(text.slice(figure.end));
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
