import type { Fact } from '../facts/fact';
import { isNamedDay } from '../facts/documentTime';
import type { CalendarDate, Figure } from '../types';
import { daysApart, daysFromTo } from '../figures/calendarDays';

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

/**
 * "Nvidia sackte um 7,82 Prozent ab" in a broadcast headed "Dienstag, 28. Januar 2025", where one source dates that very
 * fall to the 27th and another a rebound of 8,9 % to the 28th: a move the draft dates to no day of its own, whose very
 * value and direction the sources give for a day near one its document names, while every move of theirs on the named
 * days goes the other way by another amount, is that near day's move, not a wrong value of the rebound. Of `unnamed`
 * (the evidence `onAnUnnamedDay` leaves out), the moves that then bear it out; none where `named` decides as before.
 */
export function nearMovesOfNamedDays<E extends WeighedMove>(draft: Fact, named: readonly E[], unnamed: () => readonly E[]): E[] {
  const days = draft.days;
  if (!days?.length || (draft.time && draft.timeFrom !== 'document') || directionOf(draft.figure) === undefined) return [];
  if (named.length === 0 || !named.every((e) => e.agreement === 'differs' && oppositeMoves(draft.figure, e.figure))) return [];
  // Only an earlier day's move: a piece dated the 27th cannot report the rebound of the 28th.
  return unnamed().filter((e) => sameMoveNear(days, draft, e) && days.some((d) => e.fact.time !== undefined && (daysFromTo(e.fact.time, d) ?? 0) > 0));
}

/** What a move's evidence says of it: the source fact, how it compares, and whether it is of the same time. */
interface WeighedMove {
  fact: Fact;
  figure: Figure;
  agreement: string;
  when: 'same' | 'other' | 'unknown';
}

/**
 * "Kurssturz am 28. Januar 2025: Nvidia minus 7,82 Prozent", "the sell-off on Jan 28: Nvidia -7.82%", where a source
 * dates a rebound of 8,9 % to the 28th and the fall of 7,82 % to the 27th: a move whose very value and direction the
 * sources date to a day near the one its writer states, while every move of theirs on the stated day goes the other
 * way by another amount, is that move misdated, not a wrong value of the next day's rebound. The value then stands by
 * its own day's move, and the date is what is wrong (`judgeDatesByEvents`). A move the same way on the stated day, or
 * the other way by the same amount, is that day's and decides as before.
 */
export function misdatesANearMove(draft: Fact, evidence: readonly WeighedMove[]): boolean {
  const day = draft.time;
  if (!day || !statesItsDay(draft) || directionOf(draft.figure) === undefined) return false;
  const sameDay = evidence.filter((e) => e.when === 'same');
  if (sameDay.length === 0 || !sameDay.every((e) => e.agreement === 'differs' && oppositeMoves(draft.figure, e.figure))) return false;
  // The near day may be the source's paragraph's or article's (a list of the day's falls under its dateline).
  return evidence.some((e) => e.when !== 'same' && sameMoveNear([day], draft, e));
}

/** `e` bears out the very value and direction of `draft`'s move, for a day near one of `days` but none of them. */
function sameMoveNear(days: readonly CalendarDate[], draft: Fact, e: WeighedMove): boolean {
  const near = days.some((d) => {
    const apart = e.fact.time?.day !== undefined ? daysApart(d, e.fact.time) : undefined;
    return apart !== undefined && apart >= 1 && apart <= NEAR_DAYS;
  });
  return e.agreement === 'agrees' && !e.figure.bound && !e.figure.derivedFrom && near &&
    directionOf(e.figure) === directionOf(draft.figure) && Math.abs(e.figure.value) === Math.abs(draft.figure.value);
}

/** A writer who misdates a move is off by a day or two (the day it was reported, a weekend). */
const NEAR_DAYS = 3;

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
