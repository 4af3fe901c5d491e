import type { DraftFigure } from '../analysis/draft';
import type { SourceFigure, SourceIndex } from '../sources/sourceIndex';
import type { CalendarDate, Figure } from '../types';
import type { Fact } from '../facts/fact';
import { compareFigures } from './agreement';
import { isOneDays, isSpecific, lookupKey } from '../facts/attributes';
import type { FigureEvidence } from './matchFigure';
import { isDateline } from '../facts/weekdays';
import { isPiecesOwnDate } from '../facts/piecesOwnDate';
import { isPageStampDate } from '../facts/updateStamp';
import { compatibleDates } from '../figures/calendarDays';

const byFigure = new WeakMap<SourceIndex, Map<Figure, SourceFigure>>();

function sourceFigureOf(index: SourceIndex, figure: Figure): SourceFigure | undefined {
  // A lazily read index knows the figures its lookups made: asking it makes no other source's.
  if (index.sourceFigureOf) return index.sourceFigureOf(figure);
  let map = byFigure.get(index);
  if (!map) byFigure.set(index, (map = new Map(index.figures.map((f) => [f.figure, f]))));
  return map.get(figure);
}

/**
 * "Am 27. Januar 2025 … Innerhalb weniger Stunden verlor Nvidia 7,82 Prozent": a date the draft's facts take their
 * time from is checked by those facts. Where the sources state the same facts, the date they give them decides:
 * the same date supports the draft's, another contradicts it (with the source's date as the fix). A date that
 * already has a verdict of its own keeps it, unless it only lacked a source.
 */
export function judgeDatesByEvents(figures: DraftFigure[], index: SourceIndex): void {
  // One pass to find what each date times: linear in the draft, however many dates it has.
  const timed = new Map<Figure, DraftFigure[]>();
  for (const f of figures) {
    // A figure the sources contradict ("Nvidia legte am 27. Januar um 7,82 % zu") still names the event they date.
    if (!f.fact.timeOf || f.match.status === 'unsourced') continue;
    const list = timed.get(f.fact.timeOf);
    if (list) list.push(f);
    else timed.set(f.fact.timeOf, [f]);
  }
  for (const date of figures) {
    if (date.figure.kind !== 'date' && date.figure.kind !== 'year') continue;
    // Borne out only by a sentence about none of those the draft names ("Die Börse in Tokio …, 27. Januar 2025" for
    // Nvidia's fall): the date the sources give the very events it times is the better source to show.
    const aboutNoOne = date.match.status === 'supported' && date.fact.entities.length > 0 && date.match.evidence.every((e) => !e.fact.entities.some((x) => date.fact.entities.includes(x)));
    // "Monday, January 27, 2025 was brutal for AI hardware. Nvidia closed down 7.82 percent": a day whose clause names no
    // one (or only a country: „verloren die Aktien großer US-Technologiekonzerne“) is borne out by any article's event of
    // that day (the Tokyo exchange's); the events it times are what it is about.
    const namesNoOne = date.match.status === 'supported' && date.fact.entities.every((e) => date.fact.places?.includes(e)) && timed.has(date.figure);
    if (date.match.status !== 'unsourced' && !aboutNoOne && !namesNoOne) continue;
    const times: FigureEvidence[] = [];
    // "## 28. Januar 2025: Der DeepSeek-Schock / Nvidia verlor 7,82 Prozent" dates the events below it, as a sentence
    // before them would; a heading's dateline ("The AI Brief — Tuesday, 28 January 2025") is the day the piece appeared.
    // Asked only for a figure timed by a heading: its patterns' first use costs more than most drafts' every other date.
    let dateline: boolean | undefined;
    for (const dependent of timed.get(date.figure) ?? []) {
      if (dependent.fact.timeFrom === 'heading' && (dateline ??= isDateline(date.at.sentence.text, date.figure.start, date.figure.end))) continue;
      // "A headline on 29 January, two days after the sell-off": a span is borne out by two days, the first of which is
      // the day it counts from, not the day its clause names.
      if (dependent.figure.durationUnit) continue;
      // The event its best evidence tells, or one of that day: "It fell 3%" under 29 January, borne out first by the Nasdaq's
      // 3 % of 27 January, is not dated by another article's 2.8 % of 27 February further down its evidence.
      const best = dependent.match.evidence[0]?.fact.time;
      const sourceEvent = dependent.match.evidence.find((e) => e.fact.timeOf && (best?.day === undefined || e.fact.time === undefined || compatibleDates(e.fact.time, best)));
      // „Der Nasdaq 100 sackte um 3 % ab“, dated only by the day its article tells its other moves on: enough to judge a
      // day the draft gives the move in its own sentence or row, not one carried from a heading or an earlier sentence,
      // which may be the day the piece was written ("## 28 January 2025" over a thread, "A headline on 29 January …").
      if (sourceEvent?.fact.timeFrom === 'document' && dependent.fact.timeFrom !== 'clause' && dependent.fact.timeFrom !== 'sentence') continue;
      const sourceDate = sourceEvent && sourceFigureOf(index, sourceEvent.fact.timeOf!);
      if (!sourceDate || yearOfARoughValue(date.figure, dependent.figure, sourceDate.figure, sourceEvent.figure)) continue;
      const agreement = compareFigures(date.figure, sourceDate.figure);
      // "Jan 28: the day Nvidia lost $589bn" over "92% on HumanEval": a year the sources time the same value by (R1's
      // benchmark in „2025“) does not bear out a day; it says nothing of which day of it.
      if (agreement === 'agrees' && namesADay(date.figure) && !namesAMonth(sourceDate.figure)) continue;
      // Only a value the sources bear out vouches for the event's date being wrong: a contradicted one's date may
      // still hold, and says so where it agrees.
      // Nor does an average or a sum the writer worked out of several moves („im Schnitt rund sechs Prozent je Aktie“
      // under a session's date): the sources bear out the arithmetic, not that it was told of the day its sentence
      // carries. A gap between two moves still dates them ("1.2 percentage points more than Broadcom on January 28").
      if (agreement !== 'agrees' && (dependent.match.status !== 'supported' || ofSeveralMoves(sourceEvent.figure))) continue;
      times.push({ ...sourceDate, score: sourceEvent.score, agreement: agreement === 'agrees' ? 'agrees' : 'differs', shared: sourceEvent.shared });
    }
    if (times.length === 0) {
      // "Berechne, um wie viel die Nvidia-Aktie am 27. Januar stärker fiel …": no figure of the draft is timed by the date,
      // but the sources date the very event it names (Nvidia's shares falling) to that day. They are the better source
      // too where the date is borne out only by a sentence about no one it names (the Tokyo exchange on that Monday):
      // which source a hover shows must not depend on whether such an article is in the folder.
      if (date.match.status === 'unsourced' || aboutNoOne) {
        const dated = datedEvents(date, index);
        if (dated.length) date.match = { status: 'supported', evidence: dated, conflicts: [] };
      }
      continue;
    }
    const agreeing = times.filter((t) => t.agreement === 'agrees');
    if (aboutNoOne || namesNoOne) {
      if (agreeing.length) date.match = { status: 'supported', evidence: agreeing, conflicts: [] };
      continue;
    }
    date.match = agreeing.length ? { status: 'supported', evidence: agreeing, conflicts: [] } : { status: 'contradicted', evidence: mostGivenFirst(times), conflicts: [] };
  }
}

/**
 * "Jan 28: the day Nvidia lost $589bn" over chapters that name Broadcom's and Microsoft's falls of 27 January and a
 * training run of December 2024: the day most of the facts it times are dated to is the one to put right, not the
 * first one's (stable otherwise).
 */
function mostGivenFirst(times: FigureEvidence[]): FigureEvidence[] {
  const key = (t: FigureEvidence) => JSON.stringify(t.figure.date ?? t.figure.value);
  const counts = new Map<string, number>();
  for (const t of times) counts.set(key(t), (counts.get(key(t)) ?? 0) + 1);
  return times.map((t, i) => ({ t, i })).sort((a, b) => counts.get(key(b.t))! - counts.get(key(a.t))! || a.i - b.i).map(({ t }) => t);
}

function namesADay(figure: Figure): boolean {
  return figure.kind === 'date' && figure.date?.day !== undefined;
}

function namesAMonth(figure: Figure): boolean {
  return figure.kind === 'date' && figure.date?.month !== undefined;
}

/**
 * "Microsoft rose about 2 percent in 2024" beside "On April 10, Microsoft lost 2.3 percent": a value that only comes
 * near a day's is no sign that a year the draft names is that day's by mistake; only the very value is ("Nvidia fiel
 * 2024 um 7,82 Prozent").
 */
function yearOfARoughValue(date: Figure, value: Figure, sourceDate: Figure, sourceValue: Figure): boolean {
  const aYear = date.kind === 'year' || (date.kind === 'date' && date.date?.month === undefined);
  return aYear && sourceDate.date?.day !== undefined && Math.abs(value.value) !== Math.abs(sourceValue.value);
}

/**
 * The source dates that time the same event of the same one a draft's date names: a value of someone the date is
 * about, with a specific attribute of its (a share price, a release) or a move, that a source dates to that very day. Only a day
 * with its month: a year dates too much to say which event it is.
 */
function datedEvents(date: DraftFigure, index: SourceIndex): FigureEvidence[] {
  const { fact } = date;
  const day = fact.time;
  if (!day?.month || !day.day) return [];
  if (namesNoEvent(fact)) {
    // "Stand: 31. Januar 2025", "Berlin, Mittwoch, den 29. Januar 2025", "Sendung: Dienstag, 28. Januar 2025, 19:00 Uhr ·
    // Redaktion: …": the piece's own day, which no source dates.
    const { text } = date.at.sentence;
    // A heading's day stands over the events below it, which judge it (`judgeDatesByEvents`), not any event of that day.
    return date.at.sentence.heading || isPiecesOwnDate(date.figure, text) || isPageStampDate(text, date.figure) || isDateline(text, date.figure.start, date.figure.end) || isLabelledDay(text, date.figure) ? [] : eventsOfTheDay(day, fact.entities, index);
  }
  if (fact.entityFrom === 'heading' || fact.entityFrom === 'document') return [];
  const who = (fact.primary?.length ? fact.primary : fact.entities).filter((e) => !fact.places?.includes(e));
  // "Die Kursverluste von Nvidia, Microsoft und Broadcom am 27. Januar 2025": a move of a share is an event of a day
  // as much as its price is.
  const what = new Set(fact.attributes.filter((a) => isSpecific(a) || isOneDays([a])).map(lookupKey));
  if (who.length === 0 || what.size === 0) return [];
  const out: FigureEvidence[] = [];
  const seen = new Set<Figure>();
  for (const event of index.facts.timedOn(day.month, day.day)) {
    const when = event.fact.time!;
    if (day.year !== undefined && when.year !== undefined && day.year !== when.year) continue;
    if (!who.some((e) => event.fact.entities.includes(e)) || !event.fact.attributes.some((a) => what.has(lookupKey(a)))) continue;
    const source = sourceFigureOf(index, event.fact.timeOf!) ?? event;
    if (seen.has(source.figure)) continue;
    seen.add(source.figure);
    out.push({ ...source, score: 1, agreement: 'agrees', shared: new Set() });
  }
  return out.slice(0, 3);
}

/**
 * "January 27, 2025. A Monday." / „Jener Montag – der 27. Januar 2025 – war anders.“: a day whose own clause names
 * neither what happened nor who did it says only that the day was one the story is about. Names carried from before
 * are a guess at whom it concerns, not a claim about them.
 */
function namesNoEvent(fact: Fact): boolean {
  if (fact.attributes.length > 0) return false;
  return fact.entities.length === 0 || fact.entityFrom === 'paragraph' || fact.entityFrom === 'heading' || fact.entityFrom === 'document';
}

/**
 * The source events dated to a day a draft names without an event of its own (`namesNoEvent`): any event borne out
 * on that day backs it, or where names are carried to it, any event of theirs on that day.
 */
function eventsOfTheDay(day: CalendarDate, carried: readonly string[], index: SourceIndex): FigureEvidence[] {
  const events = index.facts.timedOn(day.month!, day.day!).filter((e) => day.year === undefined || e.fact.time?.year === undefined || e.fact.time.year === day.year);
  // Where names are carried to the day, the day is theirs: another's event that day ("Am Montag darauf, dem 3. Februar,
  // ist die Aufregung abgeklungen" beside a distractor's 3 February) says nothing of it.
  const theirs = carried.length ? events.filter((e) => e.fact.entities.some((x) => carried.includes(x))) : events;
  const out: FigureEvidence[] = [];
  const seen = new Set<Figure>();
  for (const event of theirs) {
    const source = sourceFigureOf(index, event.fact.timeOf!) ?? event;
    if (seen.has(source.figure)) continue;
    seen.add(source.figure);
    out.push({ ...source, score: 1, agreement: 'agrees', shared: new Set() });
  }
  return out.slice(0, 3);
}

/** "Sendung: 3. Februar 2025", "Aired: 3 February 2025": a line that is a label and a day gives the piece's own day. */
function isLabelledDay(sentence: string, figure: Figure): boolean {
  return /^[\s*_>|-]*\p{L}+\s*:\s*$/u.test(sentence.slice(0, figure.start)) && /^[\s.*_]*$/u.test(sentence.slice(figure.end));
}

/** An average or a sum of the moves one source sentence lists (figures/deriveFigures.ts meanOf, sumOf). */
function ofSeveralMoves(figure: Figure): boolean {
  return figure.aggregate === 'mean' || (figure.aggregate === 'sum' && figure.kind === 'percentagePoint');
}
