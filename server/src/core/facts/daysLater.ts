import type { CalendarDate, Figure } from '../types';

/**
 * "Am 20. Januar stellte DeepSeek R1 vor. Eine Woche später fielen Nvidia … um 7,82 Prozent", "A week after the launch:
 * Nvidia … fell 7.82%": a duration that moves the sentence away from an event, standing before the figure in its
 * sentence, says the figure is not of the day carried from the sentences before. Only a duration that says which way
 * counts ("später", "after the launch"); one that counts up to now ("seit zwei Jahren") keeps the carried day.
 */
export function movingDuration(figure: Figure, figures: readonly Figure[]): Figure | undefined {
  if (figure.durationUnit !== undefined || figure.kind === 'date' || figure.kind === 'year') return undefined;
  return figures.find((f) => f.durationUnit !== undefined && f.end <= figure.start && (f.durationAnchor !== undefined || f.durationSign === 1));
}

/**
 * The carried day moved by an unanchored "later" duration ("eine Woche später"): that many days after it. Undefined
 * where the day or the count is unsure (a month without a day, "gut zwei Wochen", "anderthalb Jahre"), or where the
 * duration names its other event ("a week after the launch"), which need not be the carried day's.
 */
export function dayAfter(day: CalendarDate, duration: Figure): CalendarDate | undefined {
  if (duration.durationAnchor !== undefined || duration.durationSign !== 1 || duration.approximate || duration.bound) return undefined;
  if (day.day === undefined || day.month === undefined || !Number.isInteger(duration.value) || duration.durationUnit === undefined) return undefined;
  const days = duration.value * duration.durationUnit;
  // Months and years are not whole numbers of days: only days and weeks are counted.
  if (duration.durationUnit > 7 || days <= 0 || days > 366) return undefined;
  // A year-less day is counted in a common year: the drafts' "20. Januar" has no 29 February near it.
  const moved = new Date(Date.UTC(day.year ?? 2001, day.month - 1, day.day + days));
  return { ...(day.year !== undefined ? { year: moved.getUTCFullYear() } : {}), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}
