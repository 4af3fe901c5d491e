import { OTHER_DAY_FOLLOWERS, SESSION_DAY_PHRASES, WHOLE_YEAR_PHRASES } from '../figures/vocabulary';
import { wordAlternation } from '../context/lexicon';
import type { CalendarDate } from '../types';

const SESSION_DAY = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(SESSION_DAY_PHRASES)})(?![\p{L}])(?!\s+(?:${wordAlternation(OTHER_DAY_FOLLOWERS)})(?![\p{L}]))`, 'iu');
const WHOLE_YEAR = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(WHOLE_YEAR_PHRASES)})(?![\p{L}])`, 'iu');

/**
 * Whether a figure's clause times its move by the trading day ("and Microsoft gained 3.75% on the day", „Microsoft
 * verlor bis Handelsschluss 3,75 Prozent“) and says nothing of a year ("by the close, it was up 25% for the year").
 * Such a move happened on a day, so a year an earlier clause or sentence named ("The index had lost 25% in 2024, and
 * …") is that clause's time, not the move's.
 */
export function timedByItsSessionDay(clause: string): boolean {
  return SESSION_DAY.test(clause) && !WHOLE_YEAR.test(clause);
}

/** A time that names a year and nothing finer: what a day's move cannot take from another clause. */
export function isYearOnly(time: CalendarDate | undefined): boolean {
  return time !== undefined && time.month === undefined && time.day === undefined;
}
