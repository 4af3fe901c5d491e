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
  const days = daysFromTo(a, b, yearOfBoth);
  return days === undefined ? undefined : Math.abs(days);
}

/** How many days `b` comes after `a` (negative when before); undefined without a day, a month and a year for both. */
export function daysFromTo(a: CalendarDate, b: CalendarDate, yearOfBoth?: number): number | undefined {
  const year = a.year ?? b.year ?? yearOfBoth;
  if (year === undefined || a.month === undefined || a.day === undefined || b.month === undefined || b.day === undefined) return undefined;
  return (Date.UTC(b.year ?? year, b.month - 1, b.day) - Date.UTC(a.year ?? year, a.month - 1, a.day)) / 86_400_000;
}

/** The fewest and the most days two dates can be apart. */
export interface DaySpan {
  low: number;
  high: number;
}

/**
 * How far apart two dates can be where one or both give only a month ("Dezember 2024" → "20. Januar 2025": 20 to 50
 * days): from the nearer ends of the two months to the farther ones. A missing year is the other date's, or the year
 * next to it that brings the two closest ("Dezember 2024" and "20. Januar" are five weeks apart, not eleven months).
 */
export function daysWithinMonths(a: CalendarDate, b: CalendarDate): DaySpan | undefined {
  if (a.month === undefined || b.month === undefined || (a.year === undefined && b.year === undefined)) return undefined;
  const spanOf = (d: CalendarDate, year: number): [number, number] => {
    const first = Date.UTC(year, d.month! - 1, d.day ?? 1) / 86_400_000;
    const last = d.day !== undefined ? first : Date.UTC(year, d.month!, 0) / 86_400_000;
    return [first, last];
  };
  const yearsOf = (d: CalendarDate, other: CalendarDate) => (d.year !== undefined ? [d.year] : [other.year! - 1, other.year!, other.year! + 1]);
  let best: DaySpan | undefined;
  for (const ya of yearsOf(a, b)) {
    for (const yb of yearsOf(b, a)) {
      const [[a0, a1], [b0, b1]] = [spanOf(a, ya), spanOf(b, yb)];
      const span = { low: Math.max(0, a0 - b1, b0 - a1), high: Math.max(a1 - b0, b1 - a0) };
      if (!best || span.low < best.low) best = span;
    }
  }
  return best;
}
