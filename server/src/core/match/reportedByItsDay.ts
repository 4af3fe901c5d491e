import { DIRECTED_MOVES, isOneDays } from '../facts/attributes';
import type { DocumentDay } from '../facts/documentTime';
import type { Fact } from '../facts/fact';
import { daysApart } from '../figures/calendarDays';
import type { CalendarDate, Figure } from '../types';
import type { Agreement } from './agreement';

/** How many days back a piece may report a move without dating it (a Wednesday's speech on Monday's sell-off). */
const DAYS_BACK = 3;

interface Candidate {
  fact: Fact;
  figure: Figure;
  agreement: Agreement;
}

/**
 * "Nvidia … hat an einem einzigen Tag 7,82 Prozent verloren" in a speech of Wednesday 29 January: a move the draft
 * dates only by its piece's own day may be one of the days just before it, which the piece reports. Where a source
 * gives the very value of that owner's move in that direction for such a day (the -7,82 % of Monday the 27th), it
 * bears the draft out, whatever another article says that owner did on the piece's own day (Nvidia's -4.1 % of the
 * 29th): that is another day's move, not the draft's. A day after the piece's is none it can report.
 */
export function reportedByItsDay<C extends Candidate>(fact: Fact, candidates: readonly C[]): C[] {
  const day = fact.time as DocumentDay | undefined;
  // A day the sources date an event of the owner to ("Am 27. Januar 2025 … Nvidia (-7,82 %)" for a piece of that
  // day) is the day the piece is about: a value of the Friday before is no backing of it.
  if (fact.timeFrom !== 'document' || !day || !day.unconfirmed || day.day === undefined || fact.figure.bound || !isOneDays(fact.attributes)) return [];
  const moves = DIRECTED_MOVES.filter((m) => fact.attributes.includes(m));
  if (moves.length !== 1) return [];
  return candidates.filter((c) => {
    const their = c.fact.time;
    if (c.agreement !== 'agrees' || c.figure.bound || !their || their.day === undefined || !c.fact.attributes.includes(moves[0])) return false;
    if (!c.fact.entities.some((e) => fact.entities.includes(e))) return false;
    const apart = daysApart(day, their);
    return apart !== undefined && apart >= 1 && apart <= DAYS_BACK && before(their, day);
  });
}

/** Whether a day lies before another (a day without its year in the other's year). */
function before(a: CalendarDate, b: CalendarDate): boolean {
  const year = a.year ?? b.year ?? 2000;
  return Date.UTC(year, (a.month ?? 1) - 1, a.day ?? 1) < Date.UTC(b.year ?? year, (b.month ?? 1) - 1, b.day ?? 1);
}
