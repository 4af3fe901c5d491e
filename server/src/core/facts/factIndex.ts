import { FIGURE_FAMILY as FAMILY } from '../figures/family';
import { isOneDays, lookupKey } from './attributes';
import type { CalendarDate } from '../types';
import type { Fact } from './fact';
import { agreementKeyOf, mayBearOut, readAgreementKey, type ValueOnly } from './agreeingValues';
import { isOtherDaysOtherValue, isOtherMonth, monthKeyOf, readMonthKey, type DayOfFact } from './otherDays';

/** The keys a fact is filed under: its kind of value with each attribute, and with each entity. */
export function keysOf(fact: Fact): string[] {
  const keys = new Set<string>();
  for (const a of fact.attributes) keys.add(attributeKey(fact, a));
  for (const e of fact.entities) keys.add(entityKey(fact, e));
  return [...keys];
}

/** The key of the facts of `fact`'s kind of value about an attribute (`lookupKey`). */
export const attributeKey = (fact: Fact, attribute: string) => `${FAMILY[fact.figure.kind]}|${lookupKey(attribute)}`;

/** The key of the facts of `fact`'s kind of value naming an entity. */
export const entityKey = (fact: Fact, entity: string) => `${FAMILY[fact.figure.kind]}|@${entity}`;

/**
 * The keys a source fact is filed under: those of `keysOf`, and for a sum of money or a day its exact value, so that a
 * draft's "The $5.6 million model" or a dateline "Montag, 27. Januar 2025", which say nothing of whose or what, find
 * the value they name; the month of a fact stated for a day (`monthKeyOf`), and what its value can agree with
 * (`agreementKeyOf`).
 */
export function filedKeysOf(fact: Fact): string[] {
  const value = valueKeyOf(fact);
  const date = fact.figure.kind === 'date' && !fact.figure.durationUnit ? fact.figure.date : undefined;
  // "Am 20. Januar …" with no year: a draft's "a day after" finds what happened on 20 January, whatever the year.
  const dayOfYear = date?.month && date.day ? dayOfYearKey(date.month, date.day) : undefined;
  const timed = timedOnKeyOf(fact);
  const keys = [...keysOf(fact), ...(value ? [value] : []), ...(dayOfYear ? [dayOfYear] : []), ...(timed ? [timed] : []), ...(namesWhose(fact) ? [] : [unboundKey(fact)])];
  for (const key of [monthKeyOf(fact), agreementKeyOf(fact)]) if (key) keys.push(key);
  return keys;
}

/**
 * Whether a fact is bound to whom it names: it names someone, in its own sentence or paragraph (not guessed from a
 * heading), and every name it is about among them. Such a fact is no candidate for a draft fact that names other
 * people in its own clause (`compareAsSameFact`: an explicit subject rules out a fact about someone else), so a lookup
 * for one (`candidates(fact, { whose })`) files the others apart (`unboundKey`) and reads only those and the ones naming
 * `whose`.
 */
export function namesWhose(fact: Fact): boolean {
  return fact.entities.length > 0 && fact.entityFrom !== 'heading' && (fact.primary ?? []).every((e) => fact.entities.includes(e));
}

/** The key of a kind of value's facts that are not bound to whom they name (`namesWhose`). */
const unboundKey = (fact: Fact) => `${FAMILY[fact.figure.kind]}|!unbound`;

/**
 * The key a set of sources files a fact under for each concept of its sentence (`sourceSetIndex`), so that a lookup
 * narrowed by `sharing` reads only the facts whose sentences share enough with the draft's.
 */
export const conceptKey = (concept: string) => keyOfConcept(conceptKeys, '#', concept);

/**
 * Keys of concepts made once: a cold index files every fact under each concept of its sentence, and a key made anew
 * each time was a new string to hash at every lookup of the postings (the key's hash is kept with the string).
 */
const conceptKeys = new Map<string, string>();
const clauseConceptKeys = new Map<string, string>();
const CONCEPT_KEYS_LIMIT = 100_000;

function keyOfConcept(keys: Map<string, string>, mark: string, concept: string): string {
  let key = keys.get(concept);
  if (key === undefined) {
    if (keys.size >= CONCEPT_KEYS_LIMIT) keys.clear();
    keys.set(concept, (key = `${mark}${concept}`));
  }
  return key;
}

/**
 * The key a set of sources files a fact under for each concept of its figure's clause that its sentence's concepts
 * lack (a counted noun, a separated verb's particle), so that a lookup can bound what a fact's clause shares with a
 * draft's without reading it (`FactIndex.most`): what a figure's clause holds is its sentence's concepts and these.
 */
export const clauseConceptKey = (concept: string) => keyOfConcept(clauseConceptKeys, '%', concept);

/** A source fact as the index files it: its fact, and the concepts of the sentence it stands in. */
export interface Filed {
  fact: Fact;
  at: { facts: { concepts: ReadonlySet<string> } };
}

/** Every key a set of sources files a fact under: `filedKeysOf`, and those of its concepts (`conceptKey`, `clauseConceptKey`). */
export function searchKeysOf(item: Filed): string[] {
  const keys = filedKeysOf(item.fact);
  const { concepts } = item.at.facts;
  for (const concept of concepts) keys.push(conceptKey(concept));
  for (const concept of item.fact.figure.localConcepts) if (!concepts.has(concept)) keys.push(clauseConceptKey(concept));
  return keys;
}

/** What a source fact scores where it is filed under any of `keys` (`searchKeysOf`): a part of a bound (`FactIndex.most`). */
export interface Term {
  keys: readonly string[];
  weight: number;
}

/**
 * What a lookup may leave out (`FactIndex.candidates`), besides the facts bound to no one (which it always keeps):
 * `whose`: keep the facts naming one of these names; `sharing`: keep the facts whose sentence shares a name concept
 * or two concepts with these. They mirror what `compareAsSameFact` rules out before comparing anything: a fact about
 * someone else for a draft fact whose clause names its subject; for a draft fact naming no one, one whose sentence
 * shares too little with the draft's. `day`: leave out the facts of another day that cannot bear the value out
 * (`DayOfFact`), whoever they name. `agreeing`, for a draft fact of any value but a date's: of what is left, keep only
 * the facts whose value may bear the draft's out (`mayBearOut`) and those naming one of `orNaming`: the first reading
 * of a lookup that the agreeing facts may decide alone (`matchFigure`'s `agreeingMayDecide`).
 */
export interface Narrowing {
  whose?: readonly string[];
  sharing?: ReadonlySet<string>;
  day?: DayOfFact;
  agreeing?: { orNaming: readonly string[] };
}

/** Whether a sentence's concepts share a name concept or two concepts with `sharing`. */
function sharesEnough(concepts: ReadonlySet<string>, sharing: ReadonlySet<string>): boolean {
  let count = 0;
  for (const c of sharing) if (concepts.has(c) && (c.startsWith('name:') || ++count >= 2)) return true;
  return false;
}

function valueKeyOf(fact: Fact): string | undefined {
  const f = fact.figure;
  if (f.bound || f.derivedFrom || f.durationUnit) return undefined;
  if (f.kind === 'money' && f.currency) return `=${f.currency}|${f.value}`;
  if (f.kind === 'date' && f.date?.year && f.date.month && f.date.day) return dayKey(f.date.year, f.date.month, f.date.day);
  return undefined;
}

const dayKey = (year: number, month: number, day: number) => `=day|${year}-${month}-${day}`;
const timedOnKey = (month: number, day: number) => `=timedOn|${month}-${day}`;

/**
 * "Am 27. Januar 2025 … Innerhalb weniger Stunden stürzten die Kurse von … Nvidia (-7,82 %)": a value the source dates to
 * a day it names (in its sentence or one before) is an event of that day, which a draft may date on its own ("die
 * Nvidia-Aktie fiel am 27. Januar"). Filed by the day's month and day, so that such a date finds it.
 */
function timedOnKeyOf(fact: Fact): string | undefined {
  const { kind, durationUnit } = fact.figure;
  if (kind === 'date' || kind === 'year' || durationUnit || !fact.timeOf || !fact.time?.month || !fact.time.day) return undefined;
  if (fact.timeFrom === 'document' || fact.timeFrom === 'heading') return undefined;
  return timedOnKey(fact.time.month, fact.time.day);
}
const dayOfYearKey = (month: number, day: number) => `=dayOfYear|${month}-${day}`;

const EMPTY = new Int32Array(0);

/** A place [source, position] as one number (positions below 2²¹ per source). */
const placeNumber = (source: number, position: number) => source * 2_097_152 + position;
const sourceOf = (place: number) => Math.floor(place / 2_097_152);
const positionOf = (place: number) => place % 2_097_152;

/**
 * Where facts stand in a set of sources: per key, [source, position among that source's facts, …]. Packed in three
 * pieces, keys sorted: every key joined by NUL, where each key's places end, and all places key after key; a file of
 * tens of thousands of keys is read in three pieces, not as that many arrays (a warm start reads it whole).
 */
export interface FactPostings {
  keys: string;
  ends: Int32Array;
  places: Int32Array;
  /** For the postings of facts, made where they are packed (`withValuesOfPlaces`): what a first lookup would otherwise make. */
  valuesOfPlaces?: ValuesOfPlaces;
}

/**
 * Each source's first number among the places numbered densely (`denseOf`), and for every place the month key and the
 * agreement key it is filed under (`monthKeyOf`, `agreementKeyOf`: the key's position among all keys + 1, 0 for none;
 * a fact has one of each at most). Made by a first check's first lookup of each kind of value, this was a pass over
 * every place of that kind's value keys (tens of thousands) and a tenth of that check at 2,000 articles; stored with the
 * postings, a start reads it as three typed arrays.
 */
export interface ValuesOfPlaces {
  first: Float64Array;
  monthOf: Int32Array;
  valueOf: Int32Array;
}

/** Postings of facts with their `valuesOfPlaces`, made from the postings alone. */
export function withValuesOfPlaces(postings: FactPostings): FactPostings {
  const { places, ends } = postings;
  const { first, size } = denseNumbering(places);
  const [monthOf, valueOf] = [new Int32Array(size), new Int32Array(size)];
  postingKeys(postings).forEach((key, i) => {
    const to = MONTH_KEY.test(key) ? monthOf : VALUE_KEY.test(key) ? valueOf : undefined;
    if (to) for (let k = i === 0 ? 0 : ends[i - 1]; k < ends[i]; k += 2) to[first[places[k]] + places[k + 1]] = i + 1;
  });
  return { ...postings, valuesOfPlaces: { first, monthOf, valueOf } };
}

/** The keys of `monthKeyOf` and `agreementKeyOf`: a family (lower-case letters), then their marks. */
const MONTH_KEY = /^[a-z]+\|~/;
const VALUE_KEY = /^[a-z]+\|≈/;

/** Postings packed from places per key (in any order: the packed keys are sorted, so equal postings pack equally). */
export function packPostings(byKey: Map<string, ArrayLike<number>>): FactPostings {
  const keys = [...byKey.keys()].sort();
  const ends = new Int32Array(keys.length);
  let total = 0;
  keys.forEach((key, i) => (ends[i] = total += byKey.get(key)!.length));
  const places = new Int32Array(total);
  keys.forEach((key, i) => places.set(byKey.get(key)!, i === 0 ? 0 : ends[i - 1]));
  return { keys: keys.join('\u0000'), ends, places };
}

/**
 * Where each key of packed postings starts in their joined keys, made once (at a check's first lookup, or when a set's
 * file is read): a lookup finds its key by binary search in the sorted keys, so that neither a list of the hundreds of
 * thousands of keys nor a map of them is made before the first check of a warm start (they were a tenth of it).
 */
const keyStarts = new WeakMap<FactPostings, Int32Array>();

function startsOf(postings: FactPostings): Int32Array {
  let starts = keyStarts.get(postings);
  if (starts) return starts;
  const { keys } = postings;
  const found: number[] = postings.ends.length === 0 ? [] : [0];
  if (found.length) for (let at = keys.indexOf('\u0000'); at >= 0; at = keys.indexOf('\u0000', at + 1)) found.push(at + 1);
  keyStarts.set(postings, (starts = Int32Array.from(found)));
  return starts;
}

/** The i-th key of packed postings. */
function keyAt(postings: FactPostings, starts: Int32Array, i: number): string {
  return postings.keys.slice(starts[i], i + 1 < starts.length ? starts[i + 1] - 1 : postings.keys.length);
}

/** The position of the first key not before `key` (the keys are sorted as `Array.prototype.sort` sorts strings). */
function firstKeyFrom(postings: FactPostings, starts: Int32Array, key: string): number {
  let [low, high] = [0, starts.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (keyAt(postings, starts, mid) < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The places filed under `key` (a view into the packed places), or undefined. */
export function placesOf(postings: FactPostings, key: string): Int32Array | undefined {
  const starts = startsOf(postings);
  const i = firstKeyFrom(postings, starts, key);
  return i < starts.length && keyAt(postings, starts, i) === key ? postings.places.subarray(i === 0 ? 0 : postings.ends[i - 1], postings.ends[i]) : undefined;
}

/** Every key of packed postings with its places, in key order. */
export function postingEntries(postings: FactPostings): Array<[string, Int32Array]> {
  return postingKeys(postings).map((key, i) => [key, postings.places.subarray(i === 0 ? 0 : postings.ends[i - 1], postings.ends[i])]);
}

/**
 * Each family's keys of `monthKeyOf` and `agreementKeyOf` in packed postings, and for every place (numbered densely,
 * `denseOf`) which of them it is filed under (`valuesOfPlaces`: the key's position among all keys + 1, 0 for none): a
 * lookup asks of the places it keeps whether their value may agree or is another month's, instead of marking the places
 * of every value of the kind first. A key is read back (`month`,
 * `value`) only when a kept place asks for it: a family has tens of thousands of values, a check asks of a few hundred.
 */
interface ValuePlaces {
  month(m: number): number | undefined;
  value(v: number): ValueOnly | undefined;
  monthOf: Int32Array;
  valueOf: Int32Array;
}

const valuePlaces = new WeakMap<FactPostings, Map<string, ValuePlaces>>();

function valuePlacesIn(postings: FactPostings, family: string): ValuePlaces {
  let byFamily = valuePlaces.get(postings);
  if (!byFamily) valuePlaces.set(postings, (byFamily = new Map()));
  let found = byFamily.get(family);
  if (found) return found;
  const { size } = denseOf(postings);
  if (!/^[a-z]+$/.test(family)) {
    byFamily.set(family, (found = { month: () => undefined, value: () => undefined, monthOf: new Int32Array(size), valueOf: new Int32Array(size) }));
    return found;
  }
  const starts = startsOf(postings);
  // Positions among all keys: a key is read back only if it is of this family (a lookup asks of its own family's
  // places alone, whose keys are of that family).
  const { monthOf, valueOf } = valuesOfPlacesOf(postings);
  const [months, values] = [new Map<number, number | undefined>(), new Map<number, ValueOnly | undefined>()];
  const month = (m: number) => {
    if (!months.has(m)) {
      const read = m < starts.length ? readMonthKey(keyAt(postings, starts, m)) : undefined;
      months.set(m, read?.family === family ? read.month : undefined);
    }
    return months.get(m);
  };
  const value = (v: number) => {
    if (!values.has(v)) {
      const key = v < starts.length ? keyAt(postings, starts, v) : '';
      values.set(v, key.startsWith(`${family}|≈`) ? readAgreementKey(key)?.value : undefined);
    }
    return values.get(v);
  };
  byFamily.set(family, (found = { month, value, monthOf, valueOf }));
  return found;
}

/** Postings' `valuesOfPlaces`: stored with them, or (postings packed without them) made once. */
const madeValuesOfPlaces = new WeakMap<FactPostings, ValuesOfPlaces>();

function valuesOfPlacesOf(postings: FactPostings): ValuesOfPlaces {
  let made = postings.valuesOfPlaces ?? madeValuesOfPlaces.get(postings);
  if (!made) madeValuesOfPlaces.set(postings, (made = withValuesOfPlaces(postings).valuesOfPlaces!));
  return made;
}

/** Marks over numbers below a size, cleared at once: a mark is the number of the current round. */
class Marks {
  private readonly rounds: Int32Array;
  private round = 0;

  constructor(size: number) {
    this.rounds = new Int32Array(size);
  }

  clear(): void {
    if (++this.round < 0x7fffffff) return;
    this.rounds.fill(0);
    this.round = 1;
  }

  set(n: number): void {
    this.rounds[n] = this.round;
  }

  has(n: number): boolean {
    return this.rounds[n] === this.round;
  }
}

/**
 * Each source's first number among the places of packed postings numbered densely, source after source (its facts'
 * positions follow it), and how many numbers there are: a lookup marks places in an array of that size, not in sets of
 * tens of thousands of numbers. Made at the first lookup.
 */
const denseNumbers = new WeakMap<FactPostings, { first: Float64Array; size: number }>();

function denseOf(postings: FactPostings): { first: Float64Array; size: number } {
  let dense = denseNumbers.get(postings);
  if (dense) return dense;
  const stored = postings.valuesOfPlaces;
  denseNumbers.set(postings, (dense = stored ? { first: stored.first, size: stored.monthOf.length } : denseNumbering(postings.places)));
  return dense;
}

/** The dense numbering of places [source, position, …] (`denseOf`). */
function denseNumbering(places: Int32Array): { first: Float64Array; size: number } {
  let sources = 0;
  for (let i = 0; i < places.length; i += 2) if (places[i] >= sources) sources = places[i] + 1;
  const first = new Float64Array(sources);
  for (let i = 0; i < places.length; i += 2) if (places[i + 1] >= first[places[i]]) first[places[i]] = places[i + 1] + 1;
  let size = 0;
  for (let source = 0; source < sources; source++) {
    const count = first[source];
    first[source] = size;
    size += count;
  }
  return { first, size };
}

function postingKeys(postings: FactPostings): string[] {
  return postings.ends.length === 0 ? [] : postings.keys.split('\u0000');
}

/** Whether a value read from a file has the shape of packed postings. */
export function isFactPostings(x: unknown): x is FactPostings {
  const p = x as FactPostings | undefined;
  return !!p && typeof p.keys === 'string' && p.ends instanceof Int32Array && p.places instanceof Int32Array && startsOf(p).length === p.ends.length && (p.ends.length === 0 || p.ends[p.ends.length - 1] === p.places.length) && (p.valuesOfPlaces === undefined || isValuesOfPlaces(p.valuesOfPlaces, p));
}

/**
 * Whether stored `valuesOfPlaces` have their shape (not checked place by place: a start would pay a pass over every
 * place; a number out of range reads as no mark and a key of another family as none, never an error).
 */
function isValuesOfPlaces(v: ValuesOfPlaces, p: FactPostings): boolean {
  return v?.first instanceof Float64Array && v.monthOf instanceof Int32Array && v.valueOf instanceof Int32Array && v.monthOf.length === v.valueOf.length && v.first.length <= p.places.length / 2 && v.first.every((f) => f >= 0 && f <= v.monthOf.length);
}

/**
 * Source facts filed by (kind of value, attribute) and (kind of value, entity): a draft fact finds its candidates by
 * lookup, never by scanning every source figure, however many sources a writer has. Filed either from the facts
 * themselves, or (`FactIndex.fromPostings`) from where they stand, each fact made only when a lookup finds it.
 */
export class FactIndex<T extends Filed> {
  private readonly byKey = new Map<string, T[]>();
  private places: FactPostings | undefined;
  private resolve: ((source: number, position: number) => T | undefined) | undefined;
  private lastKept: (Pick<Narrowing, 'whose' | 'sharing' | 'day'> & { fact: Fact; kept: number[]; mayAgree: (d: number) => boolean }) | undefined;
  /** Marks over the dense places (`marks`), made at the first lookup of a set read lazily. */
  private readonly scratch: Marks[] = [];
  /** The last number a term of `most` counted a place with (`counted`): never the same twice, so nothing is cleared. */
  private termsCounted = 0;
  private counted: Int32Array | undefined;
  private sums: Float64Array | undefined;

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
  static fromPostings<T extends Filed>(postings: FactPostings, resolve: (source: number, position: number) => T | undefined): FactIndex<T> {
    const index = new FactIndex<T>([]);
    index.places = postings;
    index.resolve = resolve;
    return index;
  }

  /**
   * Every source fact sharing a key with `fact`, each once, in index order. Narrowed (`Narrowing`): only the facts
   * bound to no one (`namesWhose`) and those that meet what the narrowing asks, in the same order; in a set read
   * lazily, the places are narrowed before any fact is made, so a source none of the kept places is in stays unread.
   */
  candidates(fact: Fact, narrowing?: Narrowing): T[] {
    const seen = new Set<T>();
    if (!narrowing) {
      for (const key of keysOf(fact)) for (const item of this.itemsOf(key)) seen.add(item);
      return [...seen];
    }
    if (!this.places) {
      const byWho = narrowing.whose || narrowing.sharing ? narrowing : undefined;
      const { day } = narrowing;
      const agreeing = agreeingOf(fact, narrowing);
      const names = new Set(byWho?.whose);
      const sharing = byWho?.sharing;
      const whose = (item: T) => !byWho || !namesWhose(item.fact) || item.fact.entities.some((e) => names.has(e)) || (sharing !== undefined && sharesEnough(item.at.facts.concepts, sharing));
      const mayAgree = (item: T) => agreementKeyOf(item.fact) !== undefined && mayBearOut(fact.figure, item.fact.figure);
      const agreeingOrNamed = (item: T) => !agreeing || mayAgree(item) || item.fact.entities.some((e) => agreeing.orNaming.includes(e));
      const kept = (item: T) => whose(item) && !(day && isOtherDaysOtherValue(day, item.fact)) && agreeingOrNamed(item);
      for (const key of keysOf(fact)) for (const item of this.itemsOf(key)) if (kept(item)) seen.add(item);
      return [...seen];
    }
    const items: T[] = [];
    for (const place of this.narrowedPlaces(fact, narrowing)) {
      const item = this.resolve!(sourceOf(place), positionOf(place));
      if (item) items.push(item);
    }
    return items;
  }

  /**
   * The most `terms` add up to for any fact a lookup with this narrowing finds (0 for none), from where the facts are
   * filed alone in a set read lazily: a bound on how well any of them can score, with none of them read.
   */
  most(fact: Fact, narrowing: Narrowing | undefined, terms: readonly Term[]): number {
    let most = 0;
    if (!this.places) {
      for (const item of this.candidates(fact, narrowing)) {
        const keys = new Set(searchKeysOf(item));
        let sum = 0;
        for (const term of terms) if (term.keys.some((key) => keys.has(key))) sum += term.weight;
        most = Math.max(most, sum);
      }
      return most;
    }
    const { first, size } = denseOf(this.places);
    const sums = (this.sums ??= new Float64Array(size));
    const counted = (this.counted ??= new Int32Array(size));
    // Which term last counted a place: each counts once however many of its keys the place is filed under.
    if (this.termsCounted + terms.length >= 0x7fffffff) {
      counted.fill(0);
      this.termsCounted = 0;
    }
    const narrowed = this.narrowedPlaces(fact, narrowing ?? {});
    const found = this.marks(4);
    for (const place of narrowed) {
      const d = first[sourceOf(place)] + positionOf(place);
      found.set(d);
      sums[d] = 0;
    }
    for (const term of terms) {
      const t = ++this.termsCounted;
      for (const key of term.keys) {
        const places = this.placesOf(key);
        for (let i = 0; i < places.length; i += 2) {
          const d = first[places[i]] + places[i + 1];
          if (!found.has(d) || counted[d] === t) continue;
          counted[d] = t;
          sums[d] += term.weight;
          most = Math.max(most, sums[d]);
        }
      }
    }
    return most;
  }

  /** The places of a narrowed lookup's facts (`placeNumber`), each once, in index order. */
  private narrowedPlaces(fact: Fact, narrowing: Narrowing): number[] {
    const { kept, mayAgree } = this.keptBy(fact, narrowing);
    const agreeing = agreeingOf(fact, narrowing);
    if (!agreeing) return kept;
    const { first } = denseOf(this.places!);
    const named = agreeing.orNaming.length ? this.placesNaming(fact, agreeing.orNaming) : undefined;
    return kept.filter((place) => {
      const d = first[sourceOf(place)] + positionOf(place);
      return mayAgree(d) || named?.has(d) === true;
    });
  }

  /**
   * The places a narrowing keeps but for `agreeing`, and whether a place's value may agree (asked of the places kept
   * alone, not of every place of the kind of value). The last lookup's are kept: a draft fact's lookup asks again with
   * the same narrowing (`matchFigure`'s readings).
   */
  private keptBy(fact: Fact, { whose, sharing, day }: Narrowing): { kept: number[]; mayAgree: (d: number) => boolean } {
    const last = this.lastKept;
    if (last && last.fact === fact && last.whose === whose && last.sharing === sharing && last.day === day) return last;
    const mayAgree = this.mayAgreeOf(fact);
    const allowed = whose || sharing ? this.allowedPlaces(fact, { whose, sharing }) : undefined;
    const otherDays = day && this.otherDaysOf(fact, day, mayAgree);
    const { first } = denseOf(this.places!);
    const taken = this.marks(0);
    const kept: number[] = [];
    for (const key of keysOf(fact)) {
      const places = this.placesOf(key);
      for (let i = 0; i < places.length; i += 2) {
        const d = first[places[i]] + places[i + 1];
        if ((allowed && !allowed.has(d)) || taken.has(d) || otherDays?.(d)) continue;
        taken.set(d);
        kept.push(placeNumber(places[i], places[i + 1]));
      }
    }
    this.lastKept = { fact, whose, sharing, day, kept, mayAgree };
    return this.lastKept;
  }

  /**
   * Whether the fact at a place has a value that may bear the draft's out (`mayBearOut`), by its `agreementKeyOf`: each
   * value asked once per lookup.
   */
  private mayAgreeOf(fact: Fact): (d: number) => boolean {
    const { value, valueOf } = valuePlacesIn(this.places!, FAMILY[fact.figure.kind]);
    const known = new Map<number, boolean>();
    return (d) => {
      const v = valueOf[d] - 1;
      if (v < 0) return false;
      let may = known.get(v);
      if (may === undefined) {
        const stated = value(v);
        known.set(v, (may = stated !== undefined && mayBearOut(fact.figure, stated)));
      }
      return may;
    };
  }

  /** Whether the fact at a place is another day's and of a value that cannot bear the draft's out (`isOtherDaysOtherValue`). */
  private otherDaysOf(fact: Fact, day: DayOfFact, mayAgree: (d: number) => boolean): (d: number) => boolean {
    const { month, monthOf } = valuePlacesIn(this.places!, FAMILY[fact.figure.kind]);
    return (d) => {
      const m = monthOf[d] - 1;
      const stated = m >= 0 ? month(m) : undefined;
      return stated !== undefined && isOtherMonth(day, stated) && !mayAgree(d);
    };
  }

  /** The places of the facts of `fact`'s kind of value naming one of `names`. */
  private placesNaming(fact: Fact, names: readonly string[]): Marks {
    const { first } = denseOf(this.places!);
    const named = this.marks(1);
    for (const name of names) {
      const places = this.placesOf(entityKey(fact, name));
      for (let i = 0; i < places.length; i += 2) named.set(first[places[i]] + places[i + 1]);
    }
    return named;
  }

  /** The places a narrowed lookup keeps: the facts bound to no one, and those meeting the narrowing. */
  private allowedPlaces(fact: Fact, { whose = [], sharing }: Pick<Narrowing, 'whose' | 'sharing'>): Marks {
    const { first } = denseOf(this.places!);
    const allowed = this.marks(2);
    for (const key of [unboundKey(fact), ...whose.map((e) => entityKey(fact, e))]) {
      const places = this.placesOf(key);
      for (let i = 0; i < places.length; i += 2) allowed.set(first[places[i]] + places[i + 1]);
    }
    if (!sharing) return allowed;
    // Whether a place's sentence shares one of the concepts yet (two are as good as more): a name is enough, else two.
    const sharedOne = this.marks(3);
    for (const concept of sharing) {
      const places = this.placesOf(conceptKey(concept));
      const isName = concept.startsWith('name:');
      for (let i = 0; i < places.length; i += 2) {
        const d = first[places[i]] + places[i + 1];
        if (isName || sharedOne.has(d)) allowed.set(d);
        else sharedOne.set(d);
      }
    }
    return allowed;
  }

  /** The `n`-th set of marks over the places of a set read lazily, cleared: reused by every lookup, nothing allocated per lookup. */
  private marks(n: number): Marks {
    const marks = (this.scratch[n] ??= new Marks(denseOf(this.places!).size));
    marks.clear();
    return marks;
  }

  /** The source facts stating exactly this sum of money or this day (see `filedKeysOf`). */
  sameValue(fact: Fact): T[] {
    const key = valueKeyOf(fact);
    return key ? this.itemsOf(key) : [];
  }

  /** The source dates of this day and month, in any year or none. */
  datesOn(month: number, day: number): T[] {
    return this.itemsOf(dayOfYearKey(month, day));
  }

  /** The source values that a day a source names dates (see `timedOnKeyOf`), of this day and month. */
  timedOn(month: number, day: number): T[] {
    return this.itemsOf(timedOnKey(month, day));
  }

  /**
   * Whether a source dates what happens on a day (a share price's move, a market value: `isOneDays`) to this day, the
   * only facts a document's guessed day dates. That a source names the day for anything else ("On January 31, 2025,
   * OpenAI released o3-mini") says nothing of whether a piece's undated market figures are that day's: with enough
   * sources, every day is named.
   */
  datesADaysEventOn(day: CalendarDate): boolean {
    if (day.year === undefined || day.month === undefined || day.day === undefined) return false;
    return this.timedOn(day.month, day.day).some(({ fact }) => (fact.time?.year ?? day.year) === day.year && isOneDays(fact.attributes));
  }

  /**
   * Whether a source dates what happens on a day to this day for one of these names (`datesADaysEventOn`, of whom it is
   * about): that Sensor Tower counted DeepSeek's downloads on 3 February confirms no day of Infineon's shares.
   */
  datesADaysEventFor(day: CalendarDate, entities: readonly string[]): boolean {
    if (day.year === undefined || day.month === undefined || day.day === undefined) return false;
    return this.timedOn(day.month, day.day).some(({ fact }) => (fact.time?.year ?? day.year) === day.year && isOneDays(fact.attributes) && fact.entities.some((e) => entities.includes(e)));
  }

  /** Whether any source states this day (see `filedKeysOf`). */
  statesDay(day: CalendarDate): boolean {
    return day.year !== undefined && day.month !== undefined && day.day !== undefined && this.itemsOf(dayKey(day.year, day.month, day.day)).length > 0;
  }

  /**
   * Whether a source dates this day in a sentence about one of these names ("Am 29. Januar legte Alibaba Qwen2.5-Max
   * vor" for Alibaba, not for the Nasdaq 100).
   */
  datesDayFor(day: CalendarDate, entities: readonly string[]): boolean {
    if (day.month === undefined || day.day === undefined) return false;
    return this.datesOn(day.month, day.day).some(({ fact }) => (day.year === undefined || fact.figure.date?.year === undefined || fact.figure.date.year === day.year) && fact.entities.some((e) => entities.includes(e)));
  }

  private placesOf(key: string): Int32Array {
    return (this.places && placesOf(this.places, key)) || EMPTY;
  }

  private itemsOf(key: string): T[] {
    const known = this.byKey.get(key);
    if (known || !this.resolve || !this.places) return known ?? [];
    const places = placesOf(this.places, key) ?? EMPTY;
    const items: T[] = [];
    for (let i = 0; i < places.length; i += 2) {
      const item = this.resolve(places[i], places[i + 1]);
      if (item) items.push(item);
    }
    this.byKey.set(key, items);
    return items;
  }
}

/**
 * A narrowing's `agreeing`, where a value can tell which facts may agree: an age told of another year ("Mit 30 Jahren
 * gründete er 2015 …") agrees with another value told of another year (the 40-Jährige of 2025), so it keeps them all.
 */
function agreeingOf(fact: Fact, narrowing: Narrowing): Narrowing['agreeing'] {
  return fact.toldIn === undefined ? narrowing.agreeing : undefined;
}
