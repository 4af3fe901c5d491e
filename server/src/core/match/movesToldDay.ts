import type { DraftFigure } from '../analysis/draft';
import { isOneDays } from '../facts/attributes';
import { NOW_ADVERBS } from '../facts/tenseWords';
import type { SourceIndex } from '../sources/sourceIndex';
import type { CalendarDate } from '../types';
import { matchFigure } from './matchFigure';

const WORD = /\p{L}+/gu;

/**
 * "AMSTERDAM, January 29, 2025 … On Monday, January 27, technology shares sold off … Microsoft's decline was only about
 * a quarter of Nvidia's": a move the draft states for no day of its own is of the day the draft tells its dated moves
 * on, not of the day it is dated or most names (a session's, a call's, a release's day). Otherwise a source's move of
 * the piece's own day, only because one happens to share it (Nvidia's 4.1 % of Wednesday 29 January), would be read as
 * the move's value, and the day the draft is about decided by which sources share a day. A draft that tells a move on
 * its own day too, or on two days equally often, gives no such day; a move told "today" is of the piece's own day.
 * Read over the whole draft after its blocks, as dates are by events.
 */
export function judgeMovesByTheirToldDay(figures: DraftFigure[], index: SourceIndex): void {
  const told = new Map<string, { day: CalendarDate; count: number }>();
  for (const { fact } of figures) {
    if (!isOneDays(fact.attributes) || fact.figure.kind === 'date' || fact.timeFrom === 'document' || fact.timeFrom === undefined) continue;
    const day = fact.time;
    if (day?.month === undefined || day.day === undefined) continue;
    const key = `${day.month}-${day.day}`;
    const entry = told.get(key) ?? { day, count: 0 };
    entry.count++;
    if (entry.day.year === undefined) entry.day = day;
    told.set(key, entry);
  }
  const ranked = [...told.values()].sort((a, b) => b.count - a.count);
  const movesDay = ranked[0] && !(ranked[1] && ranked[1].count === ranked[0].count) ? ranked[0].day : undefined;
  if (!movesDay) return;
  // The moves only the document's own day dates.
  const documentDated = figures.filter(({ fact }) => fact.timeFrom === 'document' && isOneDays(fact.attributes) && fact.time?.day !== undefined);
  if (documentDated.some(({ fact }) => fact.time!.month === movesDay.month && fact.time!.day === movesDay.day)) return;
  for (const f of documentDated) {
    const { fact } = f;
    if ((f.at.facts.text.toLowerCase().match(WORD) ?? []).some((w) => NOW_ADVERBS.includes(w))) continue;
    const day = { year: movesDay.year ?? fact.time!.year, month: movesDay.month, day: movesDay.day };
    f.fact = { ...fact, time: day };
    f.match = matchFigure(f.fact, f.at.facts, index);
  }
}
