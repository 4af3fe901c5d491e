import type { DraftFigure } from '../analysis/draft';
import { isOneDays, separated } from '../facts/attributes';
import type { Fact } from '../facts/fact';
import type { SourceIndex } from '../sources/sourceIndex';
import type { CalendarDate } from '../types';
import { compareFigures } from './agreement';
import { matchFigure } from './matchFigure';
import { isToldAsOfToday } from './movesToldDay';

/**
 * „Regierungspressekonferenz vom 29. Januar 2025 … Ein Kursrückgang von 7,82 Prozent bei Nvidia“, "Press briefing of
 * 29 January 2025 … Nvidia lost 7.82 percent": a piece's own day dates what it tells as of that day, not a move it
 * tells after the fact. A move only that day dates, whose very value and direction the sources give of whom the draft
 * names on a day of the week before (Nvidia's −7,82 % of the 27th), where they give another move of theirs on the
 * piece's day (its −4,1 % of the 29th), is that earlier day's move: the piece's day's move is no other value of it. A value no source
 * gives of that week (a wrong „17,82 Prozent“) keeps the piece's day and its finding; so does a move told „heute“,
 * "today", and a move whose subject only a paragraph or a heading gives. The move is matched again with that day and
 * taken only where that day bears it out; read after the draft's named days (namedDays.ts), which would hold the
 * piece's day's move against it again (a broadcast of the 28th that names that day: Nvidia's rebound of 8,9 %).
 */
export function judgeMovesToldAfterTheirDay(figures: DraftFigure[], index: SourceIndex): void {
  for (const f of figures) {
    const { fact } = f;
    const pieceDay = fact.time;
    if (f.match.status === 'supported' || !BORROWED_DAY.has(fact.timeFrom) || !isDayOfAMove(f) || !pieceDay || pieceDay.day === undefined) continue;
    if (isToldAsOfToday(f.at.facts.text)) continue;
    const { days, movesOnThePiecesDay } = daysTheSourcesGiveIt(fact, pieceDay, index);
    if (!movesOnThePiecesDay || days.length === 0 || days.includes(0)) continue;
    const before = Math.min(...days);
    const day = shifted(pieceDay, -before);
    const match = matchFigure({ ...fact, time: day }, f.at.facts, index);
    if (match.status !== 'supported') continue;
    f.fact = { ...fact, time: day };
    f.match = match;
  }
}

/** A day its sentence does not state: the piece's, its heading's or its paragraph's (a stamp line's). */
const BORROWED_DAY = new Set<Fact['timeFrom']>(['document', 'heading', 'paragraph']);

/** A week: a piece written up to a week after the day it tells of (a weekly press briefing, a Sunday column). */
const WEEK = 7;

/**
 * A move of whom its own sentence names: a subject carried from a paragraph or a heading ("the index" after a sentence
 * naming Nvidia, Microsoft and Broadcom) may be anyone's, and one of them moved by that much on some day of the week.
 */
function isDayOfAMove({ fact, figure }: DraftFigure): boolean {
  return figure.kind !== 'date' && figure.kind !== 'year' && !figure.durationUnit && !figure.bound && fact.entities.length > 0 && !GUESSED_WHOSE.has(fact.entityFrom) && isOneDays(fact.attributes);
}

const GUESSED_WHOSE = new Set<Fact['entityFrom']>(['paragraph', 'heading', 'document']);

/**
 * How many days before the piece's day the sources give this very move of whom the draft names (0: on that day), each
 * from 0 to a week; a source's value derived by arithmetic or a bound is no statement of it. And whether they give a
 * move of theirs on the piece's day at all: only such a move could be held against the draft's (without one, the day
 * decides nothing, and a heading's day, „Kennzahlen zum 31. Januar 2025“, is judged by its moves as it was).
 */
function daysTheSourcesGiveIt(fact: Fact, pieceDay: CalendarDate, index: SourceIndex): { days: number[]; movesOnThePiecesDay: boolean } {
  const days: number[] = [];
  let movesOnThePiecesDay = false;
  for (const { fact: source } of index.facts.candidates(fact, { whose: fact.entities })) {
    const time = source.time;
    if (time?.month === undefined || time.day === undefined || !isOneDays(source.attributes) || separated(fact.attributes, source.attributes)) continue;
    if (!fact.entities.every((e) => source.entities.includes(e))) continue;
    const before = daysBefore(time, pieceDay);
    if (before === undefined || before < 0 || before > WEEK) continue;
    if (before === 0) movesOnThePiecesDay = true;
    if (isTheSameMove(fact, source)) days.push(before);
  }
  return { days, movesOnThePiecesDay };
}

/**
 * The very move: the same direction and the source's value, or that value rounded to the draft's decimals (7,8 for
 * −7,82 %); a whole number only as it is (a bare "3%" is not Broadcom's 2.5 percent of another day), and never a
 * coarser value of the source's that only the draft's rounding meets (17,82 for „ein Fünftel“).
 */
function isTheSameMove(draft: Fact, source: Fact): boolean {
  const [d, s] = [draft.figure, source.figure];
  if (s.bound || s.derivedFrom || d.kind !== s.kind || compareFigures(d, s) !== 'agrees') return false;
  const decimals = (String(Math.abs(d.value)).split('.')[1] ?? '').length;
  const same = Math.abs(s.value) === Math.abs(d.value) || (decimals > 0 && Math.abs(s.value).toFixed(decimals) === Math.abs(d.value).toFixed(decimals));
  if (!same) return false;
  const direction = directionOf(draft);
  return direction !== undefined && direction === directionOf(source);
}

/** Which way a move goes: its figure's sign or word, else the one direction its attributes name (a „Kursrückgang“). */
function directionOf({ figure, attributes }: Fact): 'up' | 'down' | undefined {
  const own = figure.direction ?? (figure.value < 0 ? 'down' : undefined);
  if (own) return own;
  const [down, up] = [attributes.includes('fall'), attributes.includes('rise')];
  return down !== up ? (down ? 'down' : 'up') : undefined;
}

/** How many days `day` lies before `later` (negative after it), in `later`'s year where `day` gives none. */
function daysBefore(day: CalendarDate, later: CalendarDate): number | undefined {
  const year = later.year ?? day.year;
  if (year === undefined || later.month === undefined || later.day === undefined) return undefined;
  return (Date.UTC(year, later.month - 1, later.day) - Date.UTC(day.year ?? year, day.month! - 1, day.day!)) / 86_400_000;
}

function shifted(day: CalendarDate, by: number): CalendarDate {
  const at = new Date(Date.UTC(day.year ?? 2000, day.month! - 1, day.day! + by));
  return { ...(day.year !== undefined ? { year: at.getUTCFullYear() } : {}), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}
