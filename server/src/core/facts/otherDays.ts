import { FIGURE_FAMILY as FAMILY } from '../figures/family';
import { compareFigures } from '../match/agreement';
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

/** What `compareFigures` reads of a source figure to say that it agrees, besides kind, currency and direction. */
export type ValueOnly = Pick<Figure, 'value' | 'precision' | 'approximate' | 'bound'>;

/**
 * Whether a source value may bear the draft's out: `compareFigures` with the source's kind, currency and direction
 * taken as the draft's, which can only make more values agree, never fewer.
 */
export function mayBearOut(draft: DayOfFact, value: ValueOnly): boolean {
  const { value: v, precision, approximate, bound } = value;
  return compareFigures(draft.figure, { ...draft.figure, value: v, precision, approximate, bound, direction: undefined, currency: undefined }) === 'agrees';
}

/** Whether a source fact is another day's (`isOtherMonth`) and cannot bear the draft's value out. */
export function isOtherDaysOtherValue(draft: DayOfFact, fact: Fact): boolean {
  return isDay(fact.time) && isOtherMonth(draft, monthNumber(fact.time)) && !mayBearOut(draft, fact.figure);
}

/** The keys a source fact stated for a day is filed under besides, for `DayOfFact` lookups: its month, and its value. */
export function dayKeysOf(fact: Fact): string[] {
  const family = FAMILY[fact.figure.kind];
  if (family === 'date' || !isDay(fact.time)) return [];
  const { value, precision, approximate, bound } = fact.figure;
  return [`${family}|~${monthNumber(fact.time)}`, `${family}|≈${value}|${precision}|${approximate ? 1 : 0}|${bound ?? ''}`];
}

/** A key of `dayKeysOf` read back: the kind of value's family, and the month or the value. */
export type DayKey = { family: string; month: number } | { family: string; value: ValueOnly };

export function readDayKey(key: string): DayKey | undefined {
  const bar = key.indexOf('|');
  const family = key.slice(0, bar);
  if (key[bar + 1] === '~') return { family, month: Number(key.slice(bar + 2)) };
  if (key[bar + 1] !== '≈') return undefined;
  const [value, precision, approximate, bound] = key.slice(bar + 2).split('|');
  return { family, value: { value: Number(value), precision: Number(precision), approximate: approximate === '1', ...(bound ? { bound: bound as 'upper' | 'lower' } : {}) } };
}
