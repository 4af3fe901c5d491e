import type { CalendarDate } from '../types';

/** Whether two dates can be the same time: no part both give differs ("27 January" and "27 January 2025"). */
export function compatibleDates(a: CalendarDate | undefined, b: CalendarDate | undefined): boolean {
  if (!a || !b) return true;
  return (['year', 'month', 'day'] as const).every((k) => a[k] === undefined || b[k] === undefined || a[k] === b[k]);
}

/**
 * Days between two dates that both give a day and a month; where one gives no year it is counted in the other's, and
 * where neither does, in `yearOfBoth` (undefined: not counted at all).
 */
export function daysApart(a: CalendarDate, b: CalendarDate, yearOfBoth?: number): number | undefined {
  const year = a.year ?? b.year ?? yearOfBoth;
  if (year === undefined || a.month === undefined || a.day === undefined || b.month === undefined || b.day === undefined) return undefined;
  return Math.abs(Date.UTC(a.year ?? year, a.month - 1, a.day) - Date.UTC(b.year ?? year, b.month - 1, b.day)) / 86_400_000;
}
