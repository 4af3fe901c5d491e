import type { Fact } from '../facts/fact';
import type { Figure } from '../types';

/**
 * What a draft's fact lookups need of one source, apart from its digest: its figures and derived figures with their
 * facts in context, and the concepts of the sentences they stand in. A lookup that reaches a source reads this (a few
 * kilobytes) instead of its digest (tens of kilobytes) and merging it; the sentence is made when something asks for
 * more than its concepts (a finding's related location, a hover). Stored as entries read one by one (below); a fact's
 * `timeOf` and a derived figure's `derivedFrom` stay the very figures of the source.
 */
export interface FigureSection {
  figures: StoredFigure[];
  derived: StoredFigure[];
  /** Sentence (its number in the source) → its concepts, for every sentence holding a figure. */
  concepts: Map<number, Set<string>>;
}

export interface StoredFigure {
  figure: Figure;
  fact: Fact;
  sentence: number;
}

/**
 * How a figure section is kept as bytes (node: each value `v8.serialize`d, deflated together): a list of values, any of
 * which is read on its own, so that a lookup decodes the figures it reaches, not every figure of their sources.
 */
export interface SectionCodec {
  pack(values: unknown[]): Uint8Array;
  /** The section's values, each read when asked for; throws on bytes that are no section. */
  open(bytes: Uint8Array): { count: number; value(k: number): unknown };
}

/**
 * A figure section as a list of values that are read one by one: a first check reaches a few figures of each source it
 * looks at (at 2,000 articles, 360 of the 12,363 figures in the sections it reached), and decoding each section whole
 * was most of its cost. Entries: a head, then each figure and derived figure with the concepts of its sentence. A figure
 * that one entry refers to and another one is (a fact's `timeOf`, a derived figure's `derivedFrom`) is stored as that
 * entry's position and bound to the very figure it decodes to, so that the figures of a source stay one object each
 * however many entries name them, as in the section whole.
 *
 * Each entry holds its sentence's concepts, though a sentence of two figures then stores them twice (at 2,000 articles,
 * 12,363 figures in 9,618 sentences): stored apart, after the figures, every figure a lookup read inflated a second
 * group for its sentence's concepts, which was half of what a first check after a warm start inflated.
 */
interface SectionHead {
  figures: number;
  derived: number;
}

/** Where in an entry a figure of another entry stood ([0] the entry's figure, [1, …] in its fact), and that entry. */
type Reference = [path: Array<string | number>, entry: number];
type Entry = [figure: Figure | null, fact: Fact, sentence: number, references: Reference[], concepts: Set<string>];

/** The values `SectionCodec.pack` stores for a section. */
export function sectionEntries(section: FigureSection): unknown[] {
  const stored = [...section.figures, ...section.derived];
  const entryOf = new Map<object, number>();
  stored.forEach((f, k) => entryOf.has(f.figure) || entryOf.set(f.figure, k));
  const head: SectionHead = { figures: section.figures.length, derived: section.derived.length };
  return [head, ...stored.map((f, k) => entry(f, k, entryOf, section.concepts.get(f.sentence) ?? new Set()))];
}

/**
 * One figure's entry: its figure and fact copied, each figure of another entry in them left out and referred to, and
 * its sentence's concepts (a set holds no figures: stored as it is).
 */
function entry({ figure, fact, sentence }: StoredFigure, own: number, entryOf: Map<object, number>, concepts: Set<string>): Entry {
  const references: Reference[] = [];
  const copies = new Map<object, unknown>();
  // Where the value being copied stands: one array pushed and popped, copied only for a reference (every figure's
  // every field once made a path of its own, a cold index's garbage).
  const path: Array<string | number> = [];
  const copy = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    const other = entryOf.get(value);
    if (other !== undefined && other !== own) {
      references.push([[...path], other]);
      return null;
    }
    if (copies.has(value)) return copies.get(value);
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      copies.set(value, out);
      value.forEach((v, j) => {
        path.push(j);
        out.push(copy(v));
        path.pop();
      });
      return out;
    }
    // Sets (of concept keys), Maps and the like hold no figures: stored as they are.
    if (Object.getPrototypeOf(value) !== Object.prototype) return value;
    const out: Record<string, unknown> = {};
    copies.set(value, out);
    for (const key of Object.keys(value)) {
      path.push(key);
      out[key] = copy((value as Record<string, unknown>)[key]);
      path.pop();
    }
    return out;
  };
  const at = (root: number, value: unknown) => {
    path.push(root);
    const copied = copy(value);
    path.pop();
    return copied;
  };
  return [at(0, figure) as Figure | null, at(1, fact) as Fact, sentence, references, concepts];
}

/** A section's figures read one at a time; `onRead` is told of each figure when it is first decoded (also one referred to). */
export interface FigureSectionReader {
  figures: number;
  derived: number;
  /** The k-th stored figure: the figures first, then the derived figures. */
  storedAt(k: number): StoredFigure;
  /** The concepts of the k-th stored figure's sentence (read with that figure). */
  conceptsAt(k: number): Set<string>;
}

/** Opens a section's bytes; throws where they are no section. */
export function openFigureSection(codec: SectionCodec, bytes: Uint8Array, onRead: (k: number, stored: StoredFigure) => void = () => {}): FigureSectionReader {
  const { count, value } = codec.open(bytes);
  const head = value(0) as SectionHead;
  const total = head && Number.isInteger(head.figures) && Number.isInteger(head.derived) ? head.figures + head.derived : -1;
  if (total < 0 || count !== 1 + total) throw new Error('not a figure section');
  const concepts: Array<Set<string> | undefined> = [];
  const stored: Array<StoredFigure | undefined> = [];
  const storedAt = (k: number): StoredFigure => {
    const known = stored[k];
    if (known) return known;
    if (!(Number.isInteger(k) && k >= 0 && k < total)) throw new RangeError(`no figure ${k} in the section`);
    const read = value(1 + k) as Entry;
    if (!Array.isArray(read) || !Array.isArray(read[3]) || !(read[4] instanceof Set)) throw new Error('not a figure entry');
    const [, fact, sentence, references] = read;
    concepts[k] = read[4];
    const root: unknown[] = read;
    // The entry's own figure first (one stored earlier, if it is that one's): entries referring back to it need it.
    for (const [path, other] of references) if (path.length === 1) root[0] = storedAt(other).figure;
    const made: StoredFigure = { figure: root[0] as Figure, fact, sentence };
    stored[k] = made;
    onRead(k, made);
    for (const [path, other] of references) if (path.length > 1) placeAt(root, path, storedAt(other).figure);
    return made;
  };
  return {
    figures: head.figures,
    derived: head.derived,
    storedAt,
    conceptsAt: (k) => {
      storedAt(k);
      return concepts[k]!;
    },
  };
}

function placeAt(root: unknown[], path: Array<string | number>, figure: Figure): void {
  let at = root as unknown as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]] = figure;
}

/** A whole section, every figure read (as `sectionEntries` stored it). */
export function readFigureSection(codec: SectionCodec, bytes: Uint8Array): FigureSection {
  const reader = openFigureSection(codec, bytes);
  const stored = Array.from({ length: reader.figures + reader.derived }, (_, k) => reader.storedAt(k));
  const concepts = new Map<number, Set<string>>();
  stored.forEach(({ sentence }, k) => concepts.has(sentence) || concepts.set(sentence, reader.conceptsAt(k)));
  return { figures: stored.slice(0, reader.figures), derived: stored.slice(reader.figures), concepts };
}
