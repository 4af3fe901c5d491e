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
 * The days it names only as "yesterday" (`yesterdays`) decide less (`keepsYesterdays`).
 */
export function judgeMovesByNamedDays(figures: DraftFigure[], named: CalendarDate[], yesterdays: CalendarDate[], index: SourceIndex): void {
  // Only a named day the sources report a move on can be the day of a draft's move: a piece that names just the day R1
  // came out ("Am 20. Januar 2025 stellte DeepSeek R1 vor … Die Nvidia-Aktie verlor 9,5 Prozent") is still about the
  // sell-off of the 27th, and its wrong figure stays wrong.
  const days = named.filter((d) => movesReportedOn(d, index));
  const withYesterdays = [...days, ...yesterdays.filter((d) => movesReportedOn(d, index))];
  if (withYesterdays.length === 0) return;
  for (const f of figures) {
    const byNamed = rejudged(f, days, index) ?? f.match;
    // A move borne out by a day named as "yesterday" is left as the sources matched it: that day is one the draft names.
    const byYesterday = withYesterdays.length > days.length ? (rejudged(f, withYesterdays, index) ?? f.match) : undefined;
    f.match = byYesterday && keepsYesterdays([f.match, byNamed], byYesterday) ? byYesterday : byNamed;
  }
}

/**
 * „Freitag, 31. Januar 2025 … Gestern fiel Microsoft um 6,2 Prozent. … Nvidia verlor 9,5 Prozent“: a day the draft
 * names only as "yesterday" (`daysNamedAsYesterday`) is the day of the sentence that says it, not of every move in the
 * draft: a weekly review tells of other days too. So it decides a move the draft dates to no day only where the move
 * is borne out on it (a bulletin's undated 7,82 % of the 27th, not contradicted by the 28th's rebound), or where it
 * keeps a contradiction the move had, with the sources' days or the named ones (6,85 against the 27th's 6,58 rather
 * than the 28th's 2,6, a bulletin's „bis zu 15 Prozent“ against the 27th's 10 %); it never takes away
 * the support or the contradiction a move has from the other days (Nvidia's 9,5 % against the 27th's −7,82 % stays
 * wrong, Broadcom's 6,58 % stays borne out, „Zuvor hatte … 6,58 Prozent verloren“ is not held against the rebound).
 */
function keepsYesterdays(without: Array<DraftFigure['match']>, byYesterday: DraftFigure['match']): boolean {
  return byYesterday.status === 'supported' || (byYesterday.status === 'contradicted' && without.some((m) => m.status === 'contradicted'));
}

/** A move's match again with the draft's days (`days`, each one the sources report a move on), or none where they decide nothing for it. */
function rejudged(f: DraftFigure, days: CalendarDate[], index: SourceIndex): DraftFigure['match'] | undefined {
  if (days.length === 0) return undefined;
  const { fact, match } = f;
  // "Er ist nur etwa 2 Prozent-Punkte": a gap or multiple that names no attribute is of the moves it is borne out by.
  const ofMoves = isOneDays(fact.attributes) || (fact.attributes.length === 0 && match.evidence.length > 0 && match.evidence.every((e) => e.figure.derivedFrom && isOneDays(e.fact.attributes)));
  if (match.status === 'unsourced' || (fact.time && fact.timeFrom !== 'document') || !ofMoves) return undefined;
  // Contradicted or borne out by a move of a day the draft never names ("Microsoft mehr als sechs Prozent" by its 6.2 %
  // of 30 January, in a piece about 27 January): another day's move, which decides nothing for it.
  if (!match.evidence.some((e) => onAnUnnamedDay(days, e.fact))) return undefined;
  return matchFigure({ ...fact, days }, f.at.facts, index);
}

/** Whether a source dates a day's move (`isOneDays`) to this day, of its year where the draft gives one. */
function movesReportedOn(day: CalendarDate, index: SourceIndex): boolean {
  if (day.month === undefined || day.day === undefined) return false;
  return index.facts.timedOn(day.month, day.day).some(({ fact }) => isOneDays(fact.attributes) && (day.year === undefined || (fact.time?.year ?? day.year) === day.year));
}
