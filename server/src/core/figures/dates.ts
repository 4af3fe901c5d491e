import type { CalendarDate, Language, Span } from '../types';
import { MONTHS, MONTH_PATTERN } from '../text/months';
import { wordAlternation } from '../context/lexicon';
import { FUNCTION_WORDS } from '../names/wordLists';
import { ENGLISH_DAY_ORDINALS, GERMAN_DAY_ORDINALS, dayOfOrdinal, ordinalPattern } from './spelledDays';

export interface DateMatch extends Span {
  text: string;
  date: CalendarDate;
}

/** Months as abbreviated before a dot; "Mai.", "June.", "Juli." end a sentence. */
const ABBREVIATED_MONTHS = 'Jan|Feb|Mär|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Oct|Nov|Dez|Dec';
// The dot of an abbreviation ("Jan.", "Sept.") is the date's; after a whole month name it ends the sentence.
const M = `(${MONTH_PATTERN})(?:(?<=(?<![\\p{L}])(?:${ABBREVIATED_MONTHS}))\\.)?`;
/**
 * An English ordinal counts parts or items unless "the" makes it a day: "a third of January's orders", "a fifth of March
 * revenue" are fractions. Nor is it a day where the month names what is counted ("the second of March session", "the
 * third of January's orders"): a date is not followed by its possessive or a noun; it is by a verb or a function word.
 */
const SPOKEN_DAY_BEFORE = String.raw`(?<=(?<![\p{L}])the\s+)`;
const NOT_COUNTED_MONTH = String.raw`(?!(?:,?\s+\d{4})?(?:['’]s(?![\p{L}])|\s+(?!(?:${wordAlternation([...FUNCTION_WORDS])})(?![\p{L}]))\p{Ll}))`;
/** What every match of a numeric day ("27.1.", "27.01.25") holds: its look-behinds need not run on a sentence without it. */
const NUMERIC_DAY = /\d\.\d{1,2}\./;
/** What every match of a hyphened day or month ("21-Jan", "Dec-2024") holds. */
const HYPHENED_MONTH = new RegExp(`\\d-(?:${ABBREVIATED_MONTHS})|(?:${ABBREVIATED_MONTHS})-\\d`, 'iu');
/** What every match of a slashed date ("12/2024", "1/20/25") holds. */
const SLASHED = /\d\/\d/;
const PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray, language: Language) => CalendarDate; holds?: RegExp }> = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => ({ year: +m[1], month: +m[2], day: +m[3] }) },
  // 27. Januar 2025, 27. Jan. 2025, 27 Jan 2025, 27th January. Digits glued to a letter are a label or a name's
  // ("**A22.** July 2024", "the H20 January shipments"), never a day.
  { re: new RegExp(`(?<![\\p{L}\\d.,])(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s*${M}(?![\\p{L}])(?:,?\\s+(\\d{4})(?![\\d]))?`, 'giu'), read: (m) => ({ day: +m[1], month: month(m[2]), year: year(m[3]) }) },
  // the 27th of January 2025, the 1st of February: the day's ordinal, then "of"
  { re: new RegExp(`(?<![\\d.,])(\\d{1,2})(?:st|nd|rd|th)\\s+of\\s+${M}(?![\\p{L}])(?:,?\\s+(\\d{4})(?![\\d]))?`, 'giu'), read: (m) => ({ day: +m[1], month: month(m[2]), year: year(m[3]) }) },
  // the twenty-seventh of January (2025), am siebenundzwanzigsten Januar: a day as said aloud (a keynote, a radio
  // script). Not „die zweite Juli-Hälfte“; nor "May first", which is also "you may first …".
  { re: new RegExp(`${SPOKEN_DAY_BEFORE}(${ordinalPattern(ENGLISH_DAY_ORDINALS)})\\s+of\\s+${M}(?![\\p{L}-])${NOT_COUNTED_MONTH}(?:,?\\s+(\\d{4})(?![\\d]))?`, 'giu'), read: (m) => ({ day: dayOfOrdinal(ENGLISH_DAY_ORDINALS, m[1]), month: month(m[2]), year: year(m[3]) }) },
  { re: new RegExp(`(?<![\\p{L}-])(${ordinalPattern(GERMAN_DAY_ORDINALS)})(?:en|er|em|e)\\s+${M}(?![\\p{L}-])(?:\\s+(\\d{4})(?![\\d]))?`, 'giu'), read: (m) => ({ day: dayOfOrdinal(GERMAN_DAY_ORDINALS, m[1]), month: month(m[2]), year: year(m[3]) }) },
  // January 27, 2025 and January 27
  { re: new RegExp(`(?<![\\p{L}])${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d.,]\\d)(?:,?\\s+(\\d{4})(?!\\d))?(?![\\p{L}\\d])`, 'giu'), read: (m) => ({ month: month(m[1]), day: +m[2], year: year(m[3]) }) },
  // 27.1.2025, 27.01.25; and "27.1." where only a date can stand: after "am", "vom", "bis", a weekday, or opening a
  // line, a table cell or a parenthesis ("| 27.1. | Nvidia verliert …"). Elsewhere "fiel um 8.9." ends a sentence.
  { re: /(?<![\p{L}\d.,/-])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.,]\d)/gu, read: (m) => ({ day: +m[1], month: +m[2], year: shortYear(m[3]) }), holds: NUMERIC_DAY },
  { re: /(?:(?<=^\s*|[|(]\s*|\n\s*(?:[-*•]\s+)?)|(?<=(?<![\p{L}])(?:[Aa]m|[Vv]om|[Bb]is(?:\s+zum)?|[Ss]eit|[Aa]b|[Zz]um|[Dd]e[mn]|Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\.?,?\s+))(\d{1,2})\.(\d{1,2})\.(?![\d\p{L}])/gu, read: (m) => ({ day: +m[1], month: +m[2] }), holds: NUMERIC_DAY },
  // 1/20/25, 01/20/2025: a slashed date with its year; only the year part tells it from a fraction, a score or a ratio
  // ("1/20", "92/85").
  { re: /(?<![\p{L}\d.,/-])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/]|[.,]\d)/gu, read: (m, language) => slashedDay(+m[1], +m[2], shortYear(m[3]), language), holds: SLASHED },
  // 12/2024, 07/2023: a month and its four-digit year.
  { re: /(?<![\p{L}\d.,/-])(\d{1,2})\/(\d{4})(?![\d/]|[.,]\d)/gu, read: (m) => ({ month: +m[1], year: +m[2] }), holds: SLASHED },
  // 21-Jan, 28-Jan-25, 27-Jan-2025: a spreadsheet's or a trading desk's day (d-mmm, d-mmm-yy).
  { re: new RegExp(`(?<![\\p{L}\\d.,/-])(\\d{1,2})-(${ABBREVIATED_MONTHS})(?![\\p{L}])(?:-(\\d{4}|\\d{2})(?![\\d.,]\\d|[\\d-]))?(?![\\d-])`, 'giu'), read: (m) => ({ day: +m[1], month: month(m[2]), year: m[3] ? shortYear(m[3]) : undefined }), holds: HYPHENED_MONTH },
  // Dec-2024, Jul-2023: a month and its year in the same style (mmm-yyyy); not with two digits, where "Jan-27" is as
  // often the 27th of January (an American's month-day) as January 2027, and "Jul-23" the 23rd of July.
  { re: new RegExp(`(?<![\\p{L}\\d-])(${ABBREVIATED_MONTHS}|${ABBREVIATED_MONTHS.toUpperCase()})-(\\d{4})(?![\\d\\p{L}-]|[.,]\\d)`, 'gu'), read: (m) => ({ month: month(m[1]), year: +m[2] }), holds: HYPHENED_MONTH },
  // Juli 2023, July 2023
  { re: new RegExp(`(?<![\\p{L}])${M}\\s+(\\d{4})(?!\\d)`, 'giu'), read: (m) => ({ month: month(m[1]), year: +m[2] }) },
];

function month(name: string): number {
  return MONTHS.get(name.toLowerCase()) ?? 0;
}
/** "25" in "27.01.25" is 2025. */
function shortYear(text: string): number {
  return text.length === 2 ? 2000 + +text : +text;
}
/**
 * "1/20/25" is 20 January in English, where the month comes first; „20/01/2025“ has the day first, as German writes
 * it, and so has an English date whose first part cannot be a month ("20/01/2025").
 */
function slashedDay(first: number, second: number, year: number, language: Language): CalendarDate {
  return language === 'en' && first <= 12 ? { month: first, day: second, year } : { day: first, month: second, year };
}
function year(text: string | undefined): number | undefined {
  return text ? +text : undefined;
}

/** Finds calendar dates, longest first; a shorter match inside a longer one is dropped. */
export function findDates(text: string, language: Language): DateMatch[] {
  const found: DateMatch[] = [];
  for (const { re, read, holds } of PATTERNS) {
    if (holds && !holds.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (found.some((f) => f.start < span.end && span.start < f.end)) continue;
      const date = Object.fromEntries(Object.entries(read(m, language)).filter(([, v]) => v !== undefined)) as CalendarDate;
      if (!isValid(date)) continue;
      if (/^\d{1,2}\.\d{1,2}\./.test(m[0]) && !numericDateFits(text, span.start, span.end, date)) continue;
      if (m[0].includes('/') && (NUMBERED_BEFORE.test(text.slice(Math.max(0, span.start - 16), span.start)) || NUMBERED_AFTER.test(text.slice(span.end, span.end + 16)))) continue;
      // "May" and "Mai" are also words: accept them only with a day or a year beside them.
      found.push({ ...span, text: m[0], date });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * "27.1." is a date only where nothing says otherwise: not a version ("Version 1.2.24", "v1.2.3"), not a section
 * number opening a sentence ("1.2. Methode"; a date opening one is followed by a colon or a dash, "27.1.: Nvidia …", or
 * stands alone, as in a table's cell).
 */
function numericDateFits(text: string, start: number, end: number, date: CalendarDate): boolean {
  if (VERSION_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
  if (date.year !== undefined || text.slice(0, start).trim() !== '') return true;
  return /^\s*(?:[:–—|)-]|$)/.test(text.slice(end));
}
/** „Heft 3/2024“, "issue 12/2024", "p. 12/2024": a slashed number after what it numbers is an issue or a page, no date. */
const NUMBERED_BEFORE = /(?<![\p{L}])(?:heft|ausgabe|nr|no|nos|issue|vol|volume|band|bd|jahrgang|jg|page|pages|pp?|s|seite|seiten|az|edition|kw|kalenderwoche|woche|week|wk)\.?\s*$/iu;
// "its 2/2025 issue", „die 2/2025-Ausgabe“, "5/10/15 percent": a numbered issue or a list of shares, no month.
const NUMBERED_AFTER = /^(?:-|\s*)(?:issue|edition|ausgabe|heft|number|%|percent|prozent)(?![\p{L}])/iu;
const VERSION_BEFORE = /(?<![\p{L}])(?:version|release|update|build|v)\s*$/iu;

/** Days in each month, February in a leap year: "31.2." is no date. */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isValid(date: CalendarDate): boolean {
  if (!date.month || date.month < 1 || date.month > 12) return false;
  if (date.day !== undefined && (date.day < 1 || date.day > MONTH_DAYS[date.month - 1])) return false;
  return date.year === undefined || (date.year >= 1900 && date.year <= 2100);
}
