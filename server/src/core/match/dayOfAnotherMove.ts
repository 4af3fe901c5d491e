import type { DraftFigure } from '../analysis/draft';
import type { SourceIndex } from '../sources/sourceIndex';
import { isOneDays } from '../facts/attributes';
import { compatibleDates } from '../figures/calendarDays';

/**
 * "| 28 Jan | NDX | −3% |", „| 28.01.2025 | Kurssturz: Nvidia −7,82 % |“: a day the sources date another move of the
 * same one to (the Nasdaq's rebound of the 28th) is borne out by that move's date, but the move the draft times by it is
 * the sources' move of another day (the 3 % fall of the 27th). The day is then judged by the moves it times
 * (`judgeDatesByEvents`), as it is where no source names the day: that an article of the next day is in the folder must
 * not turn a wrong day right. Positive evidence only: every move the day times is borne out by the sources as of another
 * day, and the sources give each of those companies a move of that day too (so the day is theirs, of another move). A
 * day no source gives their move on (R1's release day above Nvidia's fall) is left as it was.
 */
export function isDayOfAnotherMove(date: DraftFigure, dependents: readonly DraftFigure[] | undefined, index: SourceIndex): boolean {
  const day = date.figure.kind === 'date' ? date.figure.date : undefined;
  if (date.match.status !== 'supported' || day?.month === undefined || day.day === undefined) return false;
  const moves = (dependents ?? []).filter((d) => !d.figure.durationUnit && isOneDays(d.fact.attributes));
  if (moves.length === 0) return false;
  return moves.every((move) => {
    if (move.match.status !== 'supported') return false;
    const when = move.match.evidence[0]?.fact.time;
    if (when?.month === undefined || when.day === undefined || compatibleDates(when, day)) return false;
    return index.facts.timedOn(day.month!, day.day!).some(({ fact }) => compatibleDates(fact.time, day) && isOneDays(fact.attributes) && fact.entities.some((e) => move.fact.entities.includes(e)));
  });
}
