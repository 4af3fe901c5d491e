import type { DraftFigure } from '../analysis/draft';
import { isOneDays } from '../facts/attributes';
import type { SourceIndex } from '../sources/sourceIndex';
import type { CalendarDate } from '../types';
import { matchFigure } from './matchFigure';
import { onAnUnnamedDay } from './anotherDaysMove';

/**
 * "On Jan 27, the market woke up. 👇 … Microsoft: -4.5%": a move the draft states for no day of its own (nor one only
 * its most named day dates) is one of the days the draft names, not any day a source reports a move on. A figure the
 * sources contradict or bear out with a move of a day the draft never names is matched again with those days
 * (`Fact.days`), which such a move then neither contradicts nor bears out, nor, by outscoring them, hides the moves of
 * the draft's days. (A stamp's day, when an item or a page was written, is no day the draft names.) Read over the
 * whole draft after its blocks (as dates are by events), so that no block's cached reading depends on another's dates.
 */
export function judgeMovesByNamedDays(figures: DraftFigure[], named: CalendarDate[], index: SourceIndex): void {
  // Only a named day the sources report a move on can be the day of a draft's move: a piece that names just the day R1
  // came out ("Am 20. Januar 2025 stellte DeepSeek R1 vor … Die Nvidia-Aktie verlor 9,5 Prozent") is still about the
  // sell-off of the 27th, and its wrong figure stays wrong.
  const reported = named.filter((d) => movesReportedOn(d, index));
  const days = reported.length ? reported : dayOfItsMoves(figures);
  if (days.length === 0) return;
  for (const f of figures) {
    const { fact, match } = f;
    // "Er ist nur etwa 2 Prozent-Punkte": a gap or multiple that names no attribute is of the moves it is borne out by.
    const ofMoves = isOneDays(fact.attributes) || (fact.attributes.length === 0 && match.evidence.length > 0 && match.evidence.every((e) => e.figure.derivedFrom && isOneDays(e.fact.attributes)));
    if (match.status === 'unsourced' || (fact.time && fact.timeFrom !== 'document') || !ofMoves) continue;
    // Contradicted or borne out by a move of a day the draft never names ("Microsoft mehr als sechs Prozent" by its 6.2 %
    // of 30 January, in a piece about 27 January): another day's move, which decides nothing for it.
    if (!match.evidence.some((e) => onAnUnnamedDay(days, e.fact))) continue;
    f.match = matchFigure({ ...fact, days }, f.at.facts, index);
  }
}

/**
 * "Shares of Nvidia tumbled nearly 8% … Broadcom slid 6.6% … The broader S&P 500 lost about 1.5%" in a story that
 * names no day the sources report a move on: its day is the one its moves the sources bear out are of (27 January), the
 * day a reader takes it to be about. A move of the S&P 500 the sources give for 7 January, 24 January or 16 April is
 * another day's, neither the story's value nor a wrong one. The day at least two of the draft's undated moves are
 * borne out on, the most of them; none where no day is.
 */
function dayOfItsMoves(figures: DraftFigure[]): CalendarDate[] {
  const counts = new Map<string, { day: CalendarDate; count: number }>();
  for (const { fact, match } of figures) {
    if (match.status !== 'supported' || fact.time || !isOneDays(fact.attributes)) continue;
    const day = match.evidence[0]?.fact.time;
    if (day?.year === undefined || day.month === undefined || day.day === undefined) continue;
    const key = `${day.year}-${day.month}-${day.day}`;
    const entry = counts.get(key) ?? { day: { year: day.year, month: day.month, day: day.day }, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const [best, second] = [...counts.values()].sort((a, b) => b.count - a.count);
  return best && best.count >= 2 && (!second || second.count < best.count) ? [best.day] : [];
}

/** Whether a source dates a day's move (`isOneDays`) to this day, of its year where the draft gives one. */
function movesReportedOn(day: CalendarDate, index: SourceIndex): boolean {
  if (day.month === undefined || day.day === undefined) return false;
  return index.facts.timedOn(day.month, day.day).some(({ fact }) => isOneDays(fact.attributes) && (day.year === undefined || (fact.time?.year ?? day.year) === day.year));
}
