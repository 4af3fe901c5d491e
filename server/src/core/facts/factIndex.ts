import { FIGURE_FAMILY as FAMILY } from '../figures/family';
import { lookupKey } from './attributes';
import type { CalendarDate } from '../types';
import type { Fact } from './fact';

/** The keys a fact is filed under: its kind of value with each attribute, and with each entity. */
export function keysOf(fact: Fact): string[] {
  const family = FAMILY[fact.figure.kind];
  const keys = new Set<string>();
  for (const a of fact.attributes) keys.add(`${family}|${lookupKey(a)}`);
  for (const e of fact.entities) keys.add(`${family}|@${e}`);
  return [...keys];
}

/**
 * The keys a source fact is filed under: those of `keysOf`, and for a sum of money or a day its exact value, so that a
 * draft's "The $5.6 million model" or a dateline "Montag, 27. Januar 2025", which say nothing of whose or what, find
 * the value they name.
 */
export function filedKeysOf(fact: Fact): string[] {
  const value = valueKeyOf(fact);
  return value ? [...keysOf(fact), value] : keysOf(fact);
}

function valueKeyOf(fact: Fact): string | undefined {
  const f = fact.figure;
  if (f.bound || f.derivedFrom || f.durationUnit) return undefined;
  if (f.kind === 'money' && f.currency) return `=${f.currency}|${f.value}`;
  if (f.kind === 'date' && f.date?.year && f.date.month && f.date.day) return dayKey(f.date.year, f.date.month, f.date.day);
  return undefined;
}

const dayKey = (year: number, month: number, day: number) => `=day|${year}-${month}-${day}`;

const EMPTY = new Int32Array(0);

/** Where a fact stands in a set of sources: [source, position among that source's facts, …] per key. */
export type FactPostings = Map<string, Int32Array>;

/**
 * Source facts filed by (kind of value, attribute) and (kind of value, entity): a draft fact finds its candidates by
 * lookup, never by scanning every source figure, however many sources a writer has. Filed either from the facts
 * themselves, or (`FactIndex.fromPostings`) from where they stand, each fact made only when a lookup finds it.
 */
export class FactIndex<T extends { fact: Fact }> {
  private readonly byKey = new Map<string, T[]>();
  private places: FactPostings = new Map();
  private resolve: ((source: number, position: number) => T | undefined) | undefined;

  constructor(items: Iterable<T>) {
    for (const item of items) {
      for (const key of filedKeysOf(item.fact)) {
        const list = this.byKey.get(key);
        if (list) list.push(item);
        else this.byKey.set(key, [item]);
      }
    }
  }

  /** An index whose facts are made from their places when a lookup first finds them (a set of sources read lazily). */
  static fromPostings<T extends { fact: Fact }>(postings: FactPostings, resolve: (source: number, position: number) => T | undefined): FactIndex<T> {
    const index = new FactIndex<T>([]);
    index.places = postings;
    index.resolve = resolve;
    return index;
  }

  /** Every source fact sharing a key with `fact`, each once, in index order. */
  candidates(fact: Fact): T[] {
    const seen = new Set<T>();
    for (const key of keysOf(fact)) for (const item of this.itemsOf(key)) seen.add(item);
    return [...seen];
  }

  /** The source facts stating exactly this sum of money or this day (see `filedKeysOf`). */
  sameValue(fact: Fact): T[] {
    const key = valueKeyOf(fact);
    return key ? this.itemsOf(key) : [];
  }

  /** Whether any source states this day (see `filedKeysOf`). */
  statesDay(day: CalendarDate): boolean {
    return day.year !== undefined && day.month !== undefined && day.day !== undefined && this.itemsOf(dayKey(day.year, day.month, day.day)).length > 0;
  }

  private itemsOf(key: string): T[] {
    const known = this.byKey.get(key);
    if (known || !this.resolve) return known ?? [];
    const places = this.places.get(key) ?? EMPTY;
    const items: T[] = [];
    for (let i = 0; i < places.length; i += 2) {
      const item = this.resolve(places[i], places[i + 1]);
      if (item) items.push(item);
    }
    this.byKey.set(key, items);
    return items;
  }
}
