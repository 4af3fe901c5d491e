import type { Fact } from '../facts/fact';
import { isNamedDay } from '../facts/documentTime';
import type { CalendarDate, Figure } from '../types';

/**
 * "Am Dienstag erholte sich die Nvidia-Aktie um 8,9 Prozent", a day after the source's fall of 7,82 %: a move its
 * writer dates to another day than the source's, and in the other direction, is that day's move (a rebound, a second
 * slide), not a wrong value of the source's. A move in the same direction on a day near the source's stays comparable:
 * a writer who misdates the fall still states its value. One of the two days must be stated, not guessed.
 */
export function isAnotherDaysMove(a: Fact, b: Fact, daysApart: number | undefined): boolean {
  if (daysApart === undefined || daysApart < 1) return false;
  return (statesItsDay(a) || statesItsDay(b)) && oppositeMoves(a.figure, b.figure);
}

/**
 * The same for a source move that gives no day of its own ("Tech-Aktien wie Nvidia … büßten bis zu 10 % ein", dated
 * at most by its article), where the draft states a day no source names anything of: in the other direction, it is
 * no other value of that day's move.
 */
export function isUndatedMoveOfAnotherDay(draft: Fact, draftsDayIsNamed: boolean, source: Fact): boolean {
  const sourceDay = source.time?.day !== undefined && source.timeFrom !== 'document' ? source.time : undefined;
  return !draftsDayIsNamed && statesItsDay(draft) && sourceDay === undefined && oppositeMoves(draft.figure, source.figure);
}

/**
 * "Tuesday 28 January 2025" over a chat about Monday's sell-off: a day a reader guesses from a heading, a paragraph or
 * the piece's date is in doubt exactly where a source's move of that day goes the other way by another amount (the
 * rebound after the fall). Such a move is not stated for the draft's time; it stays comparable as any undated value.
 * A move the other way by the same amount is a wrong direction, and two stated days are the same day.
 */
export function isOtherWayOnAGuessedDay(a: Fact, b: Fact): boolean {
  return !(statesItsDay(a) && statesItsDay(b)) && oppositeMoves(a.figure, b.figure);
}

/**
 * A source move dated to a day the draft fact's document does not name (`Fact.days`): another day's move, neither a
 * contradiction nor a backing ("Die Aktie von Microsoft hat am 30. Januar 2025 um 6,2 Prozent nachgegeben" for "mehr
 * als sechs Prozent" in a piece about 27 January).
 */
export function onAnUnnamedDay(days: readonly CalendarDate[] | undefined, source: Fact): boolean {
  const day = source.time;
  return days !== undefined && day?.month !== undefined && day.day !== undefined && !isNamedDay(days, day);
}

function statesItsDay(fact: Fact): boolean {
  return fact.time?.day !== undefined && (fact.timeFrom === 'clause' || fact.timeFrom === 'sentence' || fact.timeFrom === 'reference');
}

function oppositeMoves(a: Figure, b: Figure): boolean {
  const [da, db] = [directionOf(a), directionOf(b)];
  return da !== undefined && db !== undefined && da !== db;
}

function directionOf(figure: Figure): 'up' | 'down' | undefined {
  return figure.direction ?? (figure.value < 0 ? 'down' : undefined);
}
