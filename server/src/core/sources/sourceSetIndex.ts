import { FactIndex, type FactPostings } from '../facts/factIndex';
import { markDeclaredKinds } from '../names/kindEvidence';
import { NameIndex, type GlossaryName } from '../names/nameIndex';
import type { Language, NameEntry } from '../types';
import type { SourceDigest } from './digest';
import type { IngestedSource, SourceInput } from './ingest';
import { mergeSource, storedMentions, type MergedSource, type SourceFigure, type SourceIndex } from './sourceIndex';

/**
 * What a draft check looks up in one set of sources, without the sources' sentences: the corpus-wide names, how often
 * each concept occurs, where every fact stands by its keys, and each source's metadata. Plain data, stored as one file
 * per set of sources; a start with the same sources reads only this, and each source's sentences and facts are made
 * from its digest when a lookup first reaches them (`lazySourceIndex`).
 */
export interface SourceSetSnapshot {
  names: NameEntry[];
  /** Each source without its blocks and (but for a PDF's) without its text: those come from the file and its digest. */
  sources: Array<{ source: Omit<IngestedSource, 'blocks'>; language: Language }>;
  /** Concept → in how many source sentences it occurs. */
  concepts: Array<[string, number]>;
  sentences: number;
  facts: FactPostings;
  derivedFacts: FactPostings;
}

/** The snapshot of a merged index; `languages` in the order of `index.sources`. */
export function snapshotOf(index: SourceIndex, languages: Language[]): SourceSetSnapshot {
  const sourceNumber = new Map(index.sources.map((s, i) => [s, i]));
  const documentFrequency = new Map<string, number>();
  for (const s of index.sentences) for (const c of s.facts.concepts) documentFrequency.set(c, (documentFrequency.get(c) ?? 0) + 1);
  return {
    names: index.names.entries,
    sources: index.sources.map((source, i) => ({ source: storedSource(source), language: languages[i] })),
    concepts: [...documentFrequency],
    sentences: index.sentences.length,
    facts: FactIndex.postingsOf(index.figures, placeIn(index.figures, sourceNumber)),
    derivedFacts: FactIndex.postingsOf(index.derived, placeIn(index.derived, sourceNumber)),
  };
}

/** Where each figure stands: its source, and its position among that source's figures (they are in source order). */
function placeIn(figures: SourceFigure[], sourceNumber: Map<IngestedSource, number>): (f: SourceFigure) => [number, number] {
  const positions = new Map<SourceFigure, [number, number]>();
  let current = -1;
  let position = 0;
  for (const f of figures) {
    const source = sourceNumber.get(f.at.source)!;
    position = source === current ? position + 1 : 0;
    current = source;
    positions.set(f, [source, position]);
  }
  return (f) => positions.get(f)!;
}

function storedSource(source: IngestedSource): Omit<IngestedSource, 'blocks'> {
  const { blocks: _, input, ...rest } = source;
  // A PDF's text layer costs pdf.js to extract again; any other file's text is decoded from the file at each start.
  return { ...rest, input: { ...input, text: input.format === 'pdf' ? input.text : '' } };
}

/**
 * An index of a set of sources read lazily: the names, concept weights and fact postings at once, each source's
 * sentences, facts and quotations only when a lookup, a hover or a listing reaches them, from `digestOf(i)`, the
 * source's digest (as cached, with the mentions the snapshot's names found). `texts`: each source's text, as read
 * from its file now. What it answers equals `indexSources` of the same digests.
 */
export function lazySourceIndex(snapshot: SourceSetSnapshot, where: Array<Pick<SourceInput, 'id' | 'uri' | 'text'>>, digestOf: (i: number) => SourceDigest, glossary: GlossaryName[] = [], namesKey?: string): SourceIndex {
  const names = new NameIndex(snapshot.names);
  markDeclaredKinds(names, glossary);
  const mentionsOf = storedMentions(names, namesKey);
  const merged: Array<MergedSource | undefined> = [];
  const sources = snapshot.sources.map(({ source }, i): IngestedSource => {
    const input = source.input.format === 'pdf' ? { ...source.input, id: where[i].id, uri: where[i].uri } : { ...source.input, ...where[i] };
    const ingested = { ...source, input } as IngestedSource;
    Object.defineProperty(ingested, 'blocks', { enumerable: true, configurable: true, get: () => mergedAt(i) && ingested.blocks });
    return ingested;
  });
  const mergedAt = (i: number): MergedSource => {
    let known = merged[i];
    if (known) return known;
    const digest = digestOf(i);
    const ingested = sources[i];
    // The digest's sentences become this source's: one object per source, as in a merged index.
    Object.defineProperty(ingested, 'blocks', { value: digest.source.blocks, enumerable: true, writable: true, configurable: true });
    digest.source = ingested;
    known = mergeSource(digest, names, mentionsOf);
    merged[i] = known;
    return known;
  };
  const numberOf = new Map(sources.map((s, i) => [s, i]));
  const all = <K extends keyof MergedSource>(key: K) => {
    let items: MergedSource[K] | undefined;
    return () => (items ??= sources.flatMap((_, i) => mergedAt(i)[key] as unknown[]) as MergedSource[K]);
  };
  const documentFrequency = new Map(snapshot.concepts);
  const total = Math.max(1, snapshot.sentences);
  const index = {
    sources,
    names,
    weight: (concept: string) => Math.log(1 + total / (documentFrequency.get(concept) ?? total)),
    sentencesOf: (source: IngestedSource) => {
      const i = numberOf.get(source);
      return i === undefined ? [] : mergedAt(i).sentences;
    },
    facts: FactIndex.fromPostings(snapshot.facts, (source, position) => (source < sources.length ? mergedAt(source).figures[position] : undefined)),
    derivedFacts: FactIndex.fromPostings(snapshot.derivedFacts, (source, position) => (source < sources.length ? mergedAt(source).derived[position] : undefined)),
  } as SourceIndex;
  for (const key of ['sentences', 'figures', 'derived', 'quotations'] as const) Object.defineProperty(index, key, { enumerable: true, get: all(key) });
  return index;
}
