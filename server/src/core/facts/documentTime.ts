import type { CalendarDate, Figure } from '../types';

/**
 * The day a document is about: the full date it names most often ("27. Januar 2025" three times, "3. Januar" once),
 * a day named without its year counted in the year of the others. A market figure whose sentence, paragraph and heading
 * give no time is read as of then.
 * On a tie, a day the sources report events of (`reported`) before the first: a keynote "March 4, 2025" that speaks of
 * "the twenty-seventh of January" once is about the sell-off, not the day it was delivered.
 */
export function documentTime(figures: Iterable<Figure>, reported: (day: CalendarDate) => boolean = () => false): CalendarDate | undefined {
  const counts = new Map<string, { date: CalendarDate; count: number; first: number }>();
  const yearless = new Map<string, number>();
  let order = 0;
  for (const f of figures) {
    const date = f.kind === 'date' && !f.range ? f.date : undefined;
    if (date?.month === undefined || date.day === undefined) continue;
    if (date.year === undefined) {
      const day = `${date.month}-${date.day}`;
      yearless.set(day, (yearless.get(day) ?? 0) + 1);
      continue;
    }
    const key = `${date.year}-${date.month}-${date.day}`;
    const entry = counts.get(key) ?? { date, count: 0, first: order++ };
    entry.count++;
    counts.set(key, entry);
  }
  // A day without its year is in the year of the document's full dates, where they give one: a radio script dated "3.
  // Februar 2025" that speaks of "27. Januar" twice is about 27 January 2025. (Where they give several, whose it is is
  // unknown: it counts for none.)
  const years = new Set([...counts.values()].map((e) => e.date.year));
  if (years.size === 1) {
    const year = [...years][0]!;
    for (const [day, count] of yearless) {
      const [month, dayOfMonth] = day.split('-').map(Number);
      const key = `${year}-${month}-${dayOfMonth}`;
      const entry = counts.get(key) ?? { date: { year, month, day: dayOfMonth }, count: 0, first: order++ };
      entry.count += count;
      counts.set(key, entry);
    }
  }
  const ranked = [...counts.values()].map((e) => ({ ...e, reported: reported(e.date) ? 1 : 0 }));
  let best: (typeof ranked)[number] | undefined;
  for (const entry of ranked) if (!best || entry.count > best.count || (entry.count === best.count && (entry.reported > best.reported || (entry.reported === best.reported && entry.first < best.first)))) best = entry;
  return best?.date;
}

/**
 * The days a document names ("27. Januar 2025", "Jan 20"), each once, in order: a market move the document states
 * for no day of its own is one of these days' (`Fact.days`), not any day a source reports a move on.
 */
export function namedDays(figures: Iterable<Figure>): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (const f of figures) {
    const date = f.kind === 'date' && !f.range ? f.date : undefined;
    if (date?.month === undefined || date.day === undefined) continue;
    if (!days.some((d) => d.month === date.month && d.day === date.day && d.year === date.year)) days.push({ ...(date.year !== undefined ? { year: date.year } : {}), month: date.month, day: date.day });
  }
  return days;
}

/** Whether a day is one of `days` (`namedDays`), the year compared where both give it. */
export function isNamedDay(days: readonly CalendarDate[], day: CalendarDate): boolean {
  return days.some((d) => d.month === day.month && d.day === day.day && (d.year === undefined || day.year === undefined || d.year === day.year));
}

/**
 * A document's day that no source names ("27. Januar 2026" where every source says 2025) is a guess nothing confirms:
 * it dates a draft's market figures, but it tells none of them apart from a source's own guessed day.
 */
export interface DocumentDay extends CalendarDate {
  unconfirmed?: true;
}

export function unconfirmedDay(day: CalendarDate): DocumentDay {
  return { ...day, unconfirmed: true };
}
