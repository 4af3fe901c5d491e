import type { CalendarDate } from '../types';

/**
 * A date with the year its fact is read in, where the text leaves it out: "20. Januar" after "Dezember 2024" is 20
 * January 2025, "November 20" in an article about November 2024 is 20 November 2024.
 */
export function dateInItsYear(date: CalendarDate, time: CalendarDate | undefined): CalendarDate {
  return date.year === undefined && time?.year !== undefined && time.month === date.month ? { ...date, year: time.year } : date;
}
