import type { DraftFigure } from '../analysis/draft';
import { isOneDays } from '../facts/attributes';
import { isNamedDay } from '../facts/documentTime';
import type { SourceIndex } from '../sources/sourceIndex';
import type { CalendarDate } from '../types';
import { matchFigure } from './matchFigure';

/**
 * "On Jan 27, the market woke up. 👇 … Microsoft: -4.5%": a move the draft states for no day of its own (nor one only
 * its most named day dates) is one of the days the draft names, not any day a source reports a move on. A figure the
 * sources contradict with a move of a day the draft never names is matched again with those days (`Fact.days`), which
 * such a move then neither contradicts nor, by outscoring them, hides the moves of the draft's days. Read over the
 * whole draft after its blocks (as dates are by events), so that no block's cached reading depends on another's dates.
 */
export function judgeMovesByNamedDays(figures: DraftFigure[], days: CalendarDate[], index: SourceIndex): void {
  if (days.length === 0) return;
  for (const f of figures) {
    const { fact, match } = f;
    if (match.status !== 'contradicted' || (fact.time && fact.timeFrom !== 'document') || !isOneDays(fact.attributes)) continue;
    if (!match.evidence.some((e) => e.fact.time?.month !== undefined && e.fact.time.day !== undefined && !isNamedDay(days, e.fact.time))) continue;
    f.match = matchFigure({ ...fact, days }, f.at.facts, index);
  }
}
