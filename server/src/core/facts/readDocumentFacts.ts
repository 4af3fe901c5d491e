import type { SentenceFacts } from '../analysis/analyzedSentence';
import type { CalendarDate, Figure } from '../types';
import { ContextCarrier } from './carryContext';
import type { Fact } from './fact';
import { documentTime } from './documentTime';
import { readFacts } from './readFacts';
import { dateMovesByTheArticlesDay } from './movesOfTheArticlesDay';

export interface SentenceInDocument {
  facts: SentenceFacts;
  /** Sentences of one block (paragraph, list item, table cell, heading) share this key; blocks come in order. */
  block: string;
  heading?: boolean;
}

/** The facts of every sentence of one or more documents in order, each sentence with the context of those before it. */
export function readDocumentFacts(sentences: SentenceInDocument[]): Fact[][] {
  const carrier = new ContextCarrier();
  const figuresOf = new Map<string, SentenceFacts['figures']>();
  for (const s of sentences) {
    const doc = documentOf(s);
    const list = figuresOf.get(doc);
    if (list) list.push(...s.facts.figures);
    else figuresOf.set(doc, [...s.facts.figures]);
  }
  let block: string | undefined;
  let document: string | undefined;
  let latest: CalendarDate | undefined;
  let asOf: number | undefined;
  const read = sentences.map((s, i) => {
    const doc = documentOf(s);
    if (doc !== document) {
      carrier.reset(documentTime(figuresOf.get(doc)!));
      latest = latestMonth(figuresOf.get(doc)!);
      asOf = latest && yearWritten(figuresOf.get(doc)!, latest);
      document = doc;
    }
    if (s.block !== block) {
      block = s.block;
      carrier.startBlock(Boolean(s.heading));
    }
    const next = sentences[i + 1]?.block === s.block ? sentences[i + 1].facts : undefined;
    // A fact is a figure's: a sentence without one has none, and the context it would be given (costly to gather, a
    // source's sentences mostly state no figure) is not gathered.
    const facts = s.facts.figures.length ? readFacts(s.facts, carrier.context(), next) : [];
    carrier.record(s.facts, facts);
    return latest ? facts.map((f) => ageAsOf(inItsYear(f, latest!), asOf)) : facts;
  });
  const texts = byDocument(sentences, sentences.map((s) => s.facts.text));
  return byDocument(sentences, read).flatMap((facts, d) => dateMovesByTheArticlesDay(facts, texts[d]));
}

/** The facts of each document's sentences, documents in order. */
function byDocument<T>(sentences: SentenceInDocument[], read: T[]): T[][] {
  const out: T[][] = [];
  let document: string | undefined;
  sentences.forEach((s, i) => {
    const doc = documentOf(s);
    if (doc !== document || out.length === 0) out.push([]);
    document = doc;
    out[out.length - 1].push(read[i]);
  });
  return out;
}

/** The latest month a document dates anything in ("Dezember 2024", "27. Januar 2025"; a year alone as its middle). */
function latestMonth(figures: Figure[]): CalendarDate | undefined {
  let latest: CalendarDate | undefined;
  for (const f of figures) {
    const date = f.kind === 'date' ? f.date : f.kind === 'year' ? { year: f.value, month: 6 } : undefined;
    if (f.range || date?.year === undefined || date.month === undefined) continue;
    if (!latest || date.year * 12 + date.month > latest.year! * 12 + latest.month!) latest = { year: date.year, month: date.month };
  }
  return latest;
}

/**
 * "Am 20. Januar gelang der Firma mit R1 der Durchbruch" after "Das im Dezember 2024 veröffentlichte V3": a day the
 * text gives without its year is, for a reader, the one nearest the latest month the document dates (January 2025):
 * the time of its fact says so, for counting months and years from it; the date stays as written.
 * So is the time of any other fact dated by such a day ("Die Aktie verlor am Mittwoch, dem 16. April, 6,9 Prozent" in
 * an article of April 2025): a day's move of 2025, no value of a rise "im Jahr 2024" that a draft states.
 */
function inItsYear(fact: Fact, latest: CalendarDate): Fact {
  const date = fact.figure.kind === 'date' ? fact.figure.date : undefined;
  if (date && date.year === undefined && date.month !== undefined && fact.time?.year === undefined) return { ...fact, time: { ...(fact.time ?? date), year: nearestYear(date.month, latest) } };
  const time = fact.time;
  if (fact.figure.kind === 'date' || fact.figure.kind === 'year' || time?.month === undefined || time.year !== undefined) return fact;
  return { ...fact, time: { ...time, year: nearestYear(time.month, latest) } };
}

/** The year of a day given without one: the one that puts it nearest the latest month the document dates. */
function nearestYear(month: number, latest: CalendarDate): number {
  const at = (year: number) => Math.abs(year * 12 + month - (latest.year! * 12 + latest.month!));
  return [latest.year! - 1, latest.year!, latest.year! + 1].reduce((best, y) => (at(y) < at(best) ? y : best));
}

/**
 * The year a document is written in, as a reader takes it: the latest it dates anything in, also by a day given
 * without its year ("Dezember 2024 … Am 20. Januar": 2025).
 */
function yearWritten(figures: Figure[], latest: CalendarDate): number {
  let year = latest.year!;
  for (const f of figures) if (f.kind === 'date' && !f.range && f.date?.month !== undefined && f.date.year === undefined) year = Math.max(year, nearestYear(f.date.month, latest));
  return year;
}

/** "der 40-jährige Informatikingenieur" in an article of January 2025: 40 then, as a reader takes it. */
function ageAsOf(fact: Fact, year: number | undefined): Fact {
  return fact.figure.kind === 'age' && fact.toldIn === undefined && !fact.earlier && year !== undefined ? { ...fact, asOf: year } : fact;
}

/** The document a sentence's block key names: what comes before its first colon. */
function documentOf(s: SentenceInDocument): string {
  const colon = s.block.indexOf(':');
  return colon < 0 ? s.block : s.block.slice(0, colon);
}
