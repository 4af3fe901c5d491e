import { packPostings, postingEntries, withValuesOfPlaces, type FactPostings } from '../facts/factIndex';
import { packSections, sectionAt, sectionsInMemory, storedQuotationAt, type SourceSetSnapshot, type SourceShare, type StoredQuotation } from './sourceSetIndex';

/** A source of the new set: one of the old snapshot's, unchanged (by its number there), or one merged anew. */
export type SplicedSource = { from: number } | { share: SourceShare };

const EMPTY = new Int32Array(0);

/**
 * The snapshot of a set of sources after some of them changed, were added or deleted, where the corpus-wide names stay
 * the same: the old snapshot with the shares of the sources that are gone (`gone`: as they were merged, changed and
 * deleted alike) taken out and the new shares put in at their places. What it answers equals a snapshot built afresh
 * from every source; only the unchanged sources' postings are not made again. Undefined where the kept sources are not
 * in their old order (a rename that moves a file past others) or the old figure sections do not read (their file written
 * again since): the caller then builds the snapshot afresh.
 */
export function spliceSnapshot(old: SourceSetSnapshot, sources: SplicedSource[], gone: SourceShare[]): SourceSetSnapshot | undefined {
  const renumber = new Int32Array(old.sources.length).fill(-1);
  let last = -1;
  for (let j = 0; j < sources.length; j++) {
    const source = sources[j];
    if (!('from' in source)) continue;
    if (source.from <= last || source.from >= old.sources.length) return undefined;
    renumber[source.from] = j;
    last = source.from;
  }
  const oldSections = sectionsInMemory(old.figureSections);
  if (!oldSections) return undefined;
  // Sources replaced where they stood: every other source keeps its number, and only the keys of the shares gone or
  // added are filed again.
  const inPlace = sources.length === old.sources.length && renumber.every((n, i) => n === i || n === -1);
  const added = sources.flatMap((s, j) => ('share' in s ? [{ at: j, share: s.share }] : []));
  const postings = (of: (share: SourceShare) => Map<string, number[]>, postings: FactPostings) =>
    splicePostings(postings, renumber, inPlace ? new Set(gone.flatMap((g) => [...of(g).keys()])) : undefined, added.map(({ at, share }) => ({ at, byKey: of(share) })));
  const total = (shares: SourceShare[], of: (share: SourceShare) => number) => shares.reduce((sum, share) => sum + of(share), 0);
  const shares = added.map((a) => a.share);
  return {
    names: old.names,
    ...(old.namesKey === undefined ? {} : { namesKey: old.namesKey }),
    sources: sources.map((s) => ('from' in s ? old.sources[s.from] : s.share.source)),
    concepts: splicedCounts(old.concepts, gone, shares),
    sentences: old.sentences - total(gone, (g) => g.sentences) + total(shares, (s) => s.sentences),
    figures: old.figures - total(gone, (g) => g.figures) + total(shares, (s) => s.figures),
    facts: withValuesOfPlaces(postings((s) => s.facts, old.facts)),
    derivedFacts: withValuesOfPlaces(postings((s) => s.derivedFacts, old.derivedFacts)),
    namePlaces: postings((s) => s.namePlaces, old.namePlaces),
    quotations: splicedQuotations(old.quotations, renumber, added),
    figureSections: packSections(sources.map((s) => ('from' in s ? sectionAt(oldSections, s.from) : s.share.figureSection))),
  };
}

/** In how many sentences each concept occurs, without the shares gone and with the new ones. */
function splicedCounts(old: Map<string, number>, gone: SourceShare[], added: SourceShare[]): Map<string, number> {
  const counts = new Map(old);
  for (const share of gone) {
    for (const [concept, count] of share.concepts) {
      const left = (counts.get(concept) ?? 0) - count;
      if (left > 0) counts.set(concept, left);
      else counts.delete(concept);
    }
  }
  for (const share of added) for (const [concept, count] of share.concepts) counts.set(concept, (counts.get(concept) ?? 0) + count);
  return counts;
}

/**
 * Postings [source, position, …] per key with the old sources renumbered (or dropped), and each new share's positions
 * put in at its source's place, so every list stays in the sources' order as a fresh build files it. `touched`: where
 * only sources replaced in place are dropped, the keys they were filed under (other keys are kept as they are).
 */
function splicePostings(old: FactPostings, renumber: Int32Array, touched: Set<string> | undefined, added: Array<{ at: number; byKey: Map<string, number[]> }>): FactPostings {
  const out = new Map<string, Int32Array>();
  for (const [key, places] of postingEntries(old)) {
    if (touched && !touched.has(key)) {
      out.set(key, places);
      continue;
    }
    const kept: number[] = [];
    for (let i = 0; i < places.length; i += 2) {
      const to = renumber[places[i]];
      if (to >= 0) kept.push(to, places[i + 1]);
    }
    if (kept.length) out.set(key, Int32Array.from(kept));
  }
  for (const { at, byKey } of added) {
    for (const [key, positions] of byKey) {
      const places = out.get(key) ?? EMPTY;
      const before = firstPairAfter(places, at);
      const merged = new Int32Array(places.length + positions.length * 2);
      merged.set(places.subarray(0, before));
      positions.forEach((position, k) => merged.set([at, position], before + k * 2));
      merged.set(places.subarray(before), before + positions.length * 2);
      out.set(key, merged);
    }
  }
  return packPostings(out);
}

/** The offset of the first pair whose source comes after `source` (pairs ascend by source). */
function firstPairAfter(places: Int32Array, source: number): number {
  let low = 0;
  let high = places.length / 2;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (places[mid * 2] <= source) low = mid + 1;
    else high = mid;
  }
  return low * 2;
}

/** The quotations of the kept sources at their new numbers and those of the new shares, in the sources' order. */
function splicedQuotations(old: StoredQuotation[], renumber: Int32Array, added: Array<{ at: number; share: SourceShare }>): StoredQuotation[] {
  const quotations: StoredQuotation[] = [];
  for (const q of old) {
    const to = renumber[q.place[0]];
    if (to < 0) continue;
    quotations.push(to === q.place[0] ? q : { ...q, place: [to, q.place[1]] });
  }
  for (const { at, share } of added) {
    for (const { sentence, quotation } of share.quotations) quotations.push(storedQuotationAt(quotation, [at, sentence]));
  }
  // Stable: each source's quotations keep their order.
  return quotations.sort((a, b) => a.place[0] - b.place[0]);
}
