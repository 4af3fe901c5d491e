import type { SentenceFacts } from '../analysis/analyzedSentence';
import { isOneDays, lookupKey } from '../facts/attributes';
import type { Fact } from '../facts/fact';
import type { SourceFigure, SourceIndex } from '../sources/sourceIndex';
import type { CalendarDate, Figure, NameMention } from '../types';
import { unsigned } from '../figures/deriveFigures';
import { compareFigures } from './agreement';
import { compatibleDates } from '../figures/calendarDays';
import { comparandOf, ofTheDraftsMoveAndDay } from './comparand';
import { wordAlternation } from '../context/lexicon';
import { CLAUSE_JOINS } from '../facts/tenseWords';
import type { FigureMatch } from './figureMatch';

/**
 * "nearly 90,000 times R1's training bill", "more than five times as much as the Nasdaq 100": a multiple of what the
 * sentence names right after it, checked by computing it from two source facts, never from any pair whose ratio fits:
 * the value the sources give that name for the draft's attribute, and the subject's, either the sum or share the
 * sentence states before the multiple (its own verdict is its own) or the value the sources give the name before it.
 * Undefined where either side has no single source value.
 */
export function matchComparedSides(fact: Fact, sentence: SentenceFacts, index: SourceIndex): FigureMatch | undefined {
  const { figure } = fact;
  if (figure.kind !== 'multiplier' || fact.attributes.length === 0) return undefined;
  const comparand = comparandOf(figure, sentence, true, fact.attributes, fact.comparedWith);
  if (!comparand) return undefined;
  const carried = fact.comparedWith !== undefined && !comparandOf(figure, sentence, true, fact.attributes);
  // "Das ist knapp 90.000-mal so viel wie …": the sum the previous sentence stated, where the sentence points back to it.
  // A value of what it is compared with is no side of its own ("Der Nasdaq 100 sackte um 3 % ab, Nvidia fiel
  // zweieinhalbmal so stark wie der Index"): the subject is then the name.
  const ofComparand = (f: Figure) => sentence.names.filter((n) => n.end <= f.start).pop()?.entry.canonical === comparand.entry.canonical;
  const statedBefore = sentence.figures.filter((f) => f.end <= figure.start && (f.kind === 'money' || f.kind === 'percent') && !f.bound && !f.range && !ofComparand(f));
  // Compared with a name of an earlier sentence, a gapped clause of its own is about its own name or figure, not the
  // sentence's first: "Microsoft lost 3.75 percent, Broadcom more than twice as much as the index".
  const own = carried ? ownClause(figure, sentence, comparand.entry.canonical, statedBefore) : undefined;
  const stated = own ? own.stated : statedBefore.pop() ?? fact.restates;
  // The sentence's subject, its first name: "Nvidia lost more than twice what Microsoft did, and more than five times as
  // much as the Nasdaq 100".
  const subjectName = stated ? undefined : own ? own.subject : sentence.names.find((n) => n.end <= figure.start && n.entry.canonical !== comparand.entry.canonical);
  if (!stated && !subjectName) return undefined;
  const kinds: Array<Figure['kind']> = stated ? [stated.kind] : ['percent', 'money'];
  for (const kind of kinds) {
    // The comparand's value of the subject's day: Nvidia's fall of 27 January against Microsoft's of that day, not of a
    // day in September another article reports.
    let subjectFact = stated || !subjectName ? undefined : valueOf(subjectName, kind, fact, index);
    let other = valueOf(comparand, kind, fact, index, subjectFact?.fact.time);
    // "Nvidia fiel zweieinhalbmal so stark wie der Index" with no day of its own sentence: where the subject's or the
    // comparand's value is not one, the day both sides have a value of that most sources report moves on (27 January),
    // not another article's day of the year a paragraph carries (21 November 2024).
    if (subjectName && !stated && (!subjectFact || !other) && !hasItsOwnDay(fact)) {
      const day = busiestSharedDay(subjectName, comparand, kind, fact, index);
      if (day) [subjectFact, other] = [valueOf(subjectName, kind, fact, index, day), valueOf(comparand, kind, fact, index, day)];
    }
    const subject = stated ?? subjectFact?.figure;
    if (!other || !subject || other.figure.value === 0 || (kind === 'money' && subject.currency !== other.figure.currency)) continue;
    const [a, b] = [Math.abs(subject.value), Math.abs(other.figure.value)];
    if (a === b) continue;
    const ratio = Math.max(a, b) / Math.min(a, b);
    const [big, small] = a >= b ? [subject, other.figure] : [other.figure, subject];
    const derived: Figure = {
      ...figure, text: `${unsigned(big)} ÷ ${unsigned(small)} ≈ ${round(ratio)}`, mantissa: ratio, scale: 0, value: ratio, precision: 0.1,
      approximate: false, bound: undefined, derivedFrom: [subject, other.figure],
    };
    const attributes = [...new Set([...(subjectFact?.fact.attributes ?? []), ...other.fact.attributes])];
    if (carried && !ofTheDraftsMoveAndDay(fact, { figure: derived, entities: [], attributes, ...(other.fact.time ? { time: other.fact.time } : {}) })) return undefined;
    const agreement = compareFigures(figure, derived);
    if (agreement !== 'agrees' && agreement !== 'differs') return undefined;
    const evidence = [{ ...other, figure: derived, score: 1, agreement, shared: new Set<string>() }];
    return { status: agreement === 'agrees' ? 'supported' : 'contradicted', evidence, conflicts: [] };
  }
  return undefined;
}

const CLAUSE_BREAK = new RegExp(String.raw`,(?=\s)|;|(?<![\p{L}])(?:${wordAlternation(CLAUSE_JOINS)})(?![\p{L}])`, 'giu');

/**
 * The multiple's own clause, from the last comma, semicolon or join before it, where it names a subject or states a
 * figure of its own: its last name (not the comparand) and its last figure. Undefined where the multiple opens the
 * sentence's only clause or its clause has neither („…, und damit mehr als doppelt so viel“ is about the sentence's subject).
 */
function ownClause(figure: Figure, sentence: SentenceFacts, comparand: string, statedBefore: Figure[]): { subject?: NameMention; stated?: Figure } | undefined {
  const breaks = [...sentence.text.slice(0, figure.start).matchAll(CLAUSE_BREAK)]
    .map((m) => m.index + m[0].length)
    .filter((at) => !sentence.names.some((n) => n.start < at && at <= n.end));
  const opening = breaks.pop();
  if (opening === undefined) return undefined;
  const subject = sentence.names.filter((n) => n.start >= opening && n.end <= figure.start && n.entry.canonical !== comparand).pop();
  const stated = statedBefore.filter((f) => f.start >= opening).pop();
  return subject || stated ? { subject, stated } : undefined;
}

/**
 * The one value the sources give a name for the draft's attribute: a sum or share stated for it, not a bound; of the
 * draft's time, when it gives one and the sources have one of it (the Nasdaq's fall of 27 January, not of a day in
 * September another article reports). With `sidesTime` (the other side's), only one of that time: two values of
 * different days make no ratio of anything.
 */
function valueOf(mention: NameMention, kind: Figure['kind'], fact: Fact, index: SourceIndex, sidesTime?: CalendarDate): SourceFigure | undefined {
  const found = valuesOf(mention, kind, fact, index);
  const ofTheSidesTime = found.filter((c) => compatibleDates(c.fact.time, sidesTime));
  const ofItsTime = fact.time ? ofTheSidesTime.filter((c) => c.fact.time && compatibleDates(c.fact.time, fact.time)) : [];
  // A value dated by its year alone ("0.6 percent" in a round-up of 2025) is no value of the day another one states.
  const dated = ofItsTime.length ? ofItsTime : ofTheSidesTime;
  const ofTheDay = (fact.time?.day !== undefined || sidesTime?.day !== undefined) ? dated.filter((c) => c.fact.time?.day !== undefined) : [];
  const values = ofTheDay.length ? ofTheDay : dated;
  return new Set(values.map((c) => Math.abs(c.figure.value))).size === 1 ? values[0] : undefined;
}

/** Every value the sources give a name for the draft's attribute: a sum or share stated for it, not a bound. */
function valuesOf(mention: NameMention, kind: Figure['kind'], fact: Fact, index: SourceIndex): SourceFigure[] {
  const name = mention.entry.canonical;
  const keys = new Set(fact.attributes.map(lookupKey));
  const probe: Fact = { figure: { kind } as Figure, entities: [name], attributes: fact.attributes };
  return index.facts.candidates(probe, { whose: [name] }).filter((c) =>
    c.figure.kind === kind && !c.figure.derivedFrom && !c.figure.bound && !c.figure.range
    && (c.fact.primary?.length ? c.fact.primary : c.fact.entities).includes(name)
    && c.fact.attributes.some((a) => keys.has(lookupKey(a))) && !opposite(fact.attributes, c.fact.attributes));
}

/** A day the draft's own sentence gives ("am 24. Januar", "that Monday"): the comparison is of that day, whatever others report. */
function hasItsOwnDay(fact: Fact): boolean {
  return fact.time !== undefined && fact.timeFrom !== 'paragraph' && fact.timeFrom !== 'heading' && fact.timeFrom !== 'document';
}

/**
 * The day of which the sources give both sides one value each, where more sources report a day's moves on it than on
 * any other such day: the sell-off of 27 January that every article tells, not a quarterly report's day that one does.
 * None where two such days are reported as often.
 */
function busiestSharedDay(subject: NameMention, comparand: NameMention, kind: Figure['kind'], fact: Fact, index: SourceIndex): CalendarDate | undefined {
  const days = new Map<string, CalendarDate>();
  for (const c of valuesOf(subject, kind, fact, index)) {
    const t = c.fact.time;
    if (t?.year !== undefined && t.month !== undefined && t.day !== undefined) days.set(`${t.year}-${t.month}-${t.day}`, { year: t.year, month: t.month, day: t.day });
  }
  let best: { day: CalendarDate; sources: number } | undefined;
  let tied = false;
  for (const day of days.values()) {
    if (!valueOf(subject, kind, fact, index, day) || !valueOf(comparand, kind, fact, index, day)) continue;
    const sources = new Set(index.facts.timedOn(day.month!, day.day!).filter((e) => (e.fact.time?.year ?? day.year) === day.year && isOneDays(e.fact.attributes)).map((e) => e.at.source)).size;
    if (best && sources === best.sources) tied = true;
    else if (!best || sources > best.sources) [best, tied] = [{ day, sources }, false];
  }
  return best && !tied ? best.day : undefined;
}

/** A loss is not compared with a gain: the Nasdaq's fall of 3 %, not its rise of 25 % over 2024. */
function opposite(draft: string[], source: string[]): boolean {
  const against = (a: string, b: string) => draft.includes(a) && !draft.includes(b) && source.includes(b) && !source.includes(a);
  return against('fall', 'rise') || against('rise', 'fall');
}

/** "≈ 89286", "≈ 2.6": a large ratio in whole numbers. */
function round(value: number): string {
  return value >= 100 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}
