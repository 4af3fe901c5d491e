import { FIGURE_FAMILY as FAMILY } from '../figures/family';
import { mayBearOut } from './agreeingValues';
import type { CalendarDate, Figure } from '../types';
import type { Fact } from './fact';

/**
 * A draft fact of one day that names no one (`Narrowing.day`): a source fact stated for a day two months or more away
 * is another day's fact (`whenOf`), and for such a draft fact it decides nothing unless it bears the value out
 * (`matchFigure`). So its lookup leaves out what is filed under another month and a value that cannot agree, before
 * any such fact is read: of thousands of articles' "fell 5.6 percent", only the ones of its weeks and its value.
 */
export interface DayOfFact {
  /** The draft fact's month (`monthNumber`). */
  month: number;
  figure: Figure;
}

/** A date stated to the day. */
export type Day = CalendarDate & Required<Pick<CalendarDate, 'year' | 'month' | 'day'>>;

export function isDay(date: CalendarDate | undefined): date is Day {
  return date?.year !== undefined && date.month !== undefined && date.day !== undefined;
}

/** A day's month counted from year 0: two days are as many months apart as `whenOf` counts (`monthsApart`). */
export const monthNumber = (day: Day) => day.year * 12 + day.month;

/** Whether a source fact of this month is another day's fact for the draft's (`whenOf`: more than a month apart). */
export const isOtherMonth = (draft: DayOfFact, month: number) => Math.abs(month - draft.month) > 1;

/** Whether a source fact is another day's (`isOtherMonth`) and cannot bear the draft's value out. */
export function isOtherDaysOtherValue(draft: DayOfFact, fact: Fact): boolean {
  return isDay(fact.time) && isOtherMonth(draft, monthNumber(fact.time)) && !mayBearOut(draft.figure, fact.figure);
}

/**
 * The key a source fact stated for a day is filed under besides, for `DayOfFact` lookups: its month (its value is
 * filed by `agreementKeyOf`, as every fact's).
 */
export function monthKeyOf(fact: Fact): string | undefined {
  const family = FAMILY[fact.figure.kind];
  return family === 'date' || !isDay(fact.time) ? undefined : `${family}|~${monthNumber(fact.time)}`;
}

/** The month of a key of `monthKeyOf` and the family it is filed for; undefined for any other key. */
export function readMonthKey(key: string): { family: string; month: number } | undefined {
  const bar = key.indexOf('|');
  return bar < 0 || key[bar + 1] !== '~' ? undefined : { family: key.slice(0, bar), month: Number(key.slice(bar + 2)) };
}
