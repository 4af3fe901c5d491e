import { statementAround } from '../analysis/analyzedSentence';
import type { Figure, Span } from '../types';

/**
 * Words that place a move on the day the story tells, as a date would: "on the day", "that session", "by the close",
 * „an diesem Tag“, „zum Handelsschluss“, „am Montag“. Data: add wordings here, not patterns elsewhere.
 */
const DAY_OF_ITS_OWN = [
  'on the day', 'that day', 'the same day', 'on the same day', 'that session', 'in the session', 'in that session', 'by the close', 'at the close', 'at the closing bell',
  'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday',
  'am tag', 'an dem tag', 'an diesem tag', 'an jenem tag', 'am selben tag', 'am gleichen tag', 'zum handelsschluss', 'bei handelsschluss', 'bis handelsschluss', 'zum börsenschluss',
  'am montag', 'am dienstag', 'am mittwoch', 'am donnerstag', 'am freitag',
];
const DAY_WORDS = new RegExp(`(?<![\\p{L}])(?:${DAY_OF_ITS_OWN.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'iu');

/**
 * "The index had lost 25% in 2024, and Microsoft gained 3.75% on the day", „Der Index hatte 2024 noch 25 Prozent
 * zugelegt; Microsoft verlor an diesem Tag 3,75 Prozent“: the year or month of an earlier statement of the sentence is
 * not when a figure happens whose own statement names its day in words. A day still carries ("fell 17% on January 27,
 * and Microsoft lost 3.75% that day" is the 27th), and so does a year where the statement names no day ("Am 27.
 * Januar fiel Nvidia um 17 %, Microsoft um 3,75 %").
 */
export function periodBeforeItsOwnDay(text: string, date: Figure, figure: Span): boolean {
  if (date.date?.day !== undefined) return false;
  const statement = statementAround(text, figure);
  return date.end <= statement.start && DAY_WORDS.test(text.slice(statement.start, statement.end));
}
