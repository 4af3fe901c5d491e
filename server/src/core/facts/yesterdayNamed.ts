import type { CalendarDate, Figure } from '../types';
import { isNamedDay } from './documentTime';
import { dayBeforeAdverbAt, dayBefore } from './recallsEarlierDay';

/**
 * „Dienstag, 28. Januar 2025 · 7:00 Uhr … Gestern brachen die Aktien ein“, "Published Jan 28, 2025 … Yesterday chip
 * stocks sold off": a draft that says "yesterday" names the day before the last full date it gave above it (its
 * dateline, its stamp), as surely as if it had written that day. A move the draft states for no day of its own may
 * be of that day (`judgeMovesByNamedDays`): a source's move of it is no other day's move, nor is the next day's
 * rebound the only move of a day the draft names. A date without its year (an event's, „am 20. Januar“) is no day the
 * piece is told on, and gives none.
 */
export function daysNamedAsYesterday(sentences: Iterable<ToldSentence>): CalendarDate[] {
  const days: CalendarDate[] = [];
  let toldOn: CalendarDate | undefined;
  for (const { text, figures, isDayToldOn } of sentences) {
    const at = dayBeforeAdverbAt(text);
    const dates = figures.filter((f) => fullDate(f) !== undefined && isDayToldOn(text, f)).sort((a, b) => a.start - b.start);
    // A date before the word in its own sentence is the day it is told on: "Jan 28, 2025 — Yesterday …".
    const before = dates.filter((f) => at === undefined || f.start < at);
    if (before.length) toldOn = fullDate(before[before.length - 1]!);
    const day = at !== undefined && toldOn ? dayBefore(toldOn, 1) : undefined;
    if (day && !isNamedDay(days, day)) days.push(day);
    if (dates.length) toldOn = fullDate(dates[dates.length - 1]!);
  }
  return days;
}

/** A sentence of a draft, with which of its dates are the day it is told on (a dateline's or a stamp's, not an event's). */
export interface ToldSentence {
  text: string;
  figures: readonly Figure[];
  isDayToldOn: (text: string, figure: Figure) => boolean;
}

function fullDate(figure: Figure): CalendarDate | undefined {
  const date = figure.kind === 'date' && !figure.range ? figure.date : undefined;
  return date?.year !== undefined && date.month !== undefined && date.day !== undefined ? { year: date.year, month: date.month, day: date.day } : undefined;
}
