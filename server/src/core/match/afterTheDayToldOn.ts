import type { DocumentDay } from '../facts/documentTime';
import type { Fact } from '../facts/fact';
import type { CalendarDate } from '../types';

/**
 * "**Sendung vom Dienstag, 28. Januar 2025, 18:05 bis 19:00 Uhr** … Nvidia sackte um 17,82 Prozent ab": a piece dated
 * only by its page stamp was told on that day, so a source's value of a later day is no value of what it tells:
 * "Seit dem Rekordhoch Anfang Januar hat die Nvidia-Aktie damit rund ein Fünftel ihres Werts verloren" (26 February)
 * neither bears the wrong 17,82 out nor contradicts the true 7,82. The stamp is positive evidence of the day: a day the
 * piece only most often names (`DocumentDay.unconfirmed` without `toldOn`) says nothing of when it was written.
 */
export function isAfterTheDayToldOn(draft: Fact, source: Fact): boolean {
  const toldOn = draft.time as DocumentDay | undefined;
  return draft.timeFrom === 'document' && toldOn?.toldOn === true && source.time !== undefined && isLater(source.time, toldOn);
}

/** Whether a day lies after another: compared in the year both give, or, where one gives none, in the other's. */
function isLater(day: CalendarDate, than: CalendarDate): boolean {
  const year = day.year ?? than.year;
  if (year === undefined || than.year === undefined || day.month === undefined || than.month === undefined) return false;
  const order = (d: CalendarDate, y: number) => [y, d.month!, d.day ?? 0];
  const [a, b] = [order(day, year), order(than, than.year)];
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}
