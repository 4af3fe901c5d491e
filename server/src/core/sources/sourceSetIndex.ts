import { FactIndex, packPostings, placesOf, searchKeysOf, withValuesOfPlaces, type FactPostings } from '../facts/factIndex';
import { markDeclaredKinds } from '../names/kindEvidence';
import { NameIndex, type GlossaryName } from '../names/nameIndex';
import type { Speaker } from '../quotes/attributeSpeaker';
import type { Quotation } from '../quotes/quotesOfBlock';
import type { SentenceFacts } from '../analysis/analyzedSentence';
import type { Figure, Language, NameEntry, NameMention } from '../types';
import type { SourceDigest } from './digest';
import { openFigureSection, sectionEntries, type FigureSection, type FigureSectionReader, type SectionCodec, type StoredFigure } from './figureSectionEntries';
import type { IngestedSource, SourceInput } from './ingest';

export type { FigureSection, SectionCodec, StoredFigure } from './figureSectionEntries';
import { isNameConcept, mergeSource, storedMentions, type MergedSource, type SourceFigure, type SourceIndex, type SourceQuotation, type SourceSentence } from './sourceIndex';

/**
 * What a draft check looks up in one set of sources, without the sources' sentences: the corpus-wide names, how often
 * each concept occurs, where every fact stands by its keys, and each source's metadata. Plain data, stored as one file
 * per set of sources; a start with the same sources reads only this, and each source's sentences and facts are made
 * from its digest when a lookup first reaches them (`lazySourceIndex`).
 */
export interface SourceSetSnapshot {
  names: NameEntry[];
  /**
   * The key the sources' digests were merged with (`storedMentions`): their stored mentions hold for these names. Kept
   * when one source changes and the names stay the same (`spliceSnapshot`), so the others' mentions still hold.
   */
  namesKey?: string;
  /** Each source without its blocks and (but for a PDF's) without its text: those come from the file and its digest. */
  sources: Array<{ source: Omit<IngestedSource, 'blocks'>; language: Language }>;
  /** Concept → in how many source sentences it occurs. */
  concepts: Map<string, number>;
  sentences: number;
  figures: number;
  facts: FactPostings;
  derivedFacts: FactPostings;
  /** Each name concept → the sentences holding it, [source, sentence of it, …]: claims and name hovers read only those. */
  namePlaces: FactPostings;
  /** Every quotation, its speaker's entry as a position in `names`: drafts' quotations are compared with all of them. */
  quotations: StoredQuotation[];
  /**
   * Each source's figure section (`FigureSection`, packed by a `SectionCodec`), one after the other; read from a set's
   * file, left there until a lookup asks for one (`SectionsInFile`).
   */
  figureSections: PackedSections | SectionsInFile;
  /**
   * The quotations as a set's file holds them (one by one, filed by their words), where the snapshot was read from one:
   * a draft's quotation reads only those it shares a word with. Not enumerable: a snapshot made from this one (spliced,
   * written again) files its `quotations` anew.
   */
  quotationStore?: QuotationStore;
}

/** A set's quotations read one by one: by position, and postings of their words and translation keys (`quotationPostings`). */
export interface QuotationStore {
  count: number;
  /** The stored quotation at a position; undefined where its bytes do not read (a file damaged inside, yet whole). */
  at(position: number): StoredQuotation | undefined;
  words: FactPostings;
  keys: FactPostings;
  /** The language of the quotation at a position (`quotationLanguage`), stored beside its bytes. */
  languageAt(position: number): Language | undefined;
}

/** Byte strings one after the other: the i-th ends at `ends[i]`. */
export interface PackedSections {
  bytes: Uint8Array;
  ends: Int32Array;
}

/** Byte strings packed into one array (one piece in a file, not thousands). */
export function packSections(sections: Uint8Array[]): PackedSections {
  const ends = new Int32Array(sections.length);
  let total = 0;
  sections.forEach((s, i) => (ends[i] = total += s.length));
  const bytes = new Uint8Array(total);
  sections.forEach((s, i) => bytes.set(s, i === 0 ? 0 : ends[i - 1]));
  return { bytes, ends };
}

/** The i-th packed byte string (a view). */
export function sectionAt(packed: PackedSections, i: number): Uint8Array {
  return packed.bytes.subarray(i === 0 ? 0 : packed.ends[i - 1], packed.ends[i]);
}

/**
 * Packed sections whose bytes stay in their file until one is asked for: a start reads a set's file without its figure
 * sections (half of it), and a check reads those of the sources its lookups reach.
 */
export interface SectionsInFile {
  ends: Int32Array;
  /** The bytes from `start` to `end`; undefined where they no longer read (the file written again since, or damaged). */
  bytesAt(start: number, end: number): Uint8Array | undefined;
}

/** The i-th of the sections, wherever they are held; undefined where it does not read. */
export function figureSectionAt(sections: PackedSections | SectionsInFile, i: number): Uint8Array | undefined {
  return 'bytes' in sections ? sectionAt(sections, i) : sections.bytesAt(i === 0 ? 0 : sections.ends[i - 1], sections.ends[i]);
}

/** The sections held in memory, all of them read at once if they are in their file; undefined where they do not read. */
export function sectionsInMemory(sections: PackedSections | SectionsInFile): PackedSections | undefined {
  if ('bytes' in sections) return sections;
  const bytes = sections.ends.length === 0 ? new Uint8Array(0) : sections.bytesAt(0, sections.ends[sections.ends.length - 1]);
  return bytes && { bytes, ends: sections.ends };
}

/** Whether a value read from a file has the shape of packed sections, one per source. */
export function isPackedSections(x: unknown, sources: number): x is PackedSections {
  const p = x as PackedSections | undefined;
  return !!p && p.bytes instanceof Uint8Array && areSectionEnds(p.ends, sources, p.bytes.length);
}

/** Whether a value read from a file is the ends of `sources` sections of `byteLength` bytes in all. */
export function areSectionEnds(ends: unknown, sources: number, byteLength: number): ends is Int32Array {
  return ends instanceof Int32Array && ends.length === sources && (sources === 0 ? byteLength === 0 : ends[sources - 1] === byteLength);
}

/** A merged source's figure section. */
export function figureSectionOf(merged: Pick<MergedSource, 'sentences' | 'figures' | 'derived'>): FigureSection {
  const sentenceNumber = new Map(merged.sentences.map((at, k) => [at, k]));
  const concepts = new Map<number, Set<string>>();
  const stored = ({ figure, fact, at }: SourceFigure): StoredFigure => {
    const sentence = sentenceNumber.get(at)!;
    if (!concepts.has(sentence)) concepts.set(sentence, at.facts.concepts);
    return { figure, fact, sentence };
  };
  return { figures: merged.figures.map(stored), derived: merged.derived.map(stored), concepts };
}

/** A source quotation without its sentence: where that is ([source, sentence of it]), made when first asked for. */
export interface StoredQuotation extends Omit<Quotation, 'speaker'> {
  place: [source: number, sentence: number];
  speaker?: Omit<Speaker, 'mention'> & { mention?: Omit<NameMention, 'entry'> & { entry: number } };
}

/** The snapshot of a merged index; `languages` in the order of `index.sources`. */
export function snapshotOf(index: SourceIndex, languages: Language[], codec: SectionCodec, namesKey?: string): SourceSetSnapshot {
  const bySource = <T extends { at: SourceSentence }>(items: T[]) => {
    const groups = new Map<IngestedSource, T[]>();
    for (const item of items) {
      const list = groups.get(item.at.source);
      if (list) list.push(item);
      else groups.set(item.at.source, [item]);
    }
    return (source: IngestedSource) => groups.get(source) ?? [];
  };
  const [figures, derived, quotations] = [bySource(index.figures), bySource(index.derived), bySource(index.quotations)];
  const builder = new SnapshotBuilder(index.names.entries, codec, namesKey);
  index.sources.forEach((source, i) => builder.add({ sentences: index.sentencesOf(source), figures: figures(source), derived: derived(source), quotations: quotations(source) }, source, languages[i]));
  return builder.finish();
}

/**
 * What one merged source adds to a set's snapshot, as plain data: made where the source was merged (a worker thread of
 * a cold index, or this one) and added to the snapshot in the sources' order, so the snapshot is the same either way.
 */
export interface SourceShare {
  source: SourceSetSnapshot['sources'][number];
  sentences: number;
  figures: number;
  /** Concept → in how many of the source's sentences it occurs, in the order first met. */
  concepts: Map<string, number>;
  /** Fact key → positions among the source's figures (or derived figures), in the order first met. */
  facts: Map<string, number[]>;
  derivedFacts: Map<string, number[]>;
  /** Name concept → the source's sentences holding it. */
  namePlaces: Map<string, number[]>;
  quotations: Array<{ sentence: number; quotation: Omit<StoredQuotation, 'place'> }>;
  /** The source's `FigureSection`, packed. */
  figureSection: Uint8Array;
}

/** A merged source's share of the snapshot; `entryNumber`: each name entry's position in the corpus-wide names. */
export function shareOf(merged: MergedSource, source: IngestedSource, language: Language, entryNumber: Map<NameEntry, number>, codec: SectionCodec): SourceShare {
  const concepts = new Map<string, number>();
  const namePlaces = new Map<string, number[]>();
  merged.sentences.forEach((s, k) => {
    for (const c of s.facts.concepts) {
      concepts.set(c, (concepts.get(c) ?? 0) + 1);
      if (!isNameConcept(c)) continue;
      const list = namePlaces.get(c);
      if (list) list.push(k);
      else namePlaces.set(c, [k]);
    }
  });
  const sentenceNumber = new Map(merged.sentences.map((at, k) => [at, k]));
  const quotations = merged.quotations.map(({ at, speaker, ...rest }) => {
    const quotation: Omit<StoredQuotation, 'place'> = rest;
    const mention = speaker?.mention;
    if (speaker) quotation.speaker = { ...speaker, mention: mention && { ...mention, entry: entryNumber.get(mention.entry) ?? -1 } };
    return { sentence: sentenceNumber.get(at)!, quotation };
  });
  return {
    source: { source: storedSource(source), language },
    sentences: merged.sentences.length,
    figures: merged.figures.length,
    concepts,
    facts: filedByKey(merged.figures),
    derivedFacts: filedByKey(merged.derived),
    namePlaces,
    quotations,
    figureSection: codec.pack(sectionEntries(figureSectionOf(merged))),
  };
}

/**
 * A snapshot made source by source, as each is merged: what the snapshot keeps of a source is taken at once, so the
 * source's sentences and facts need not stay in memory until the last is merged.
 */
export class SnapshotBuilder {
  private readonly sources: SourceSetSnapshot['sources'] = [];
  private readonly documentFrequency = new Map<string, number>();
  private sentences = 0;
  private figures = 0;
  private readonly facts = new Map<string, number[]>();
  private readonly derivedFacts = new Map<string, number[]>();
  private readonly namePlaces = new Map<string, number[]>();
  private readonly quotations: StoredQuotation[] = [];
  private readonly figureSections: Uint8Array[] = [];
  readonly entryNumber: Map<NameEntry, number>;

  constructor(
    private readonly names: NameEntry[],
    private readonly codec: SectionCodec,
    private readonly namesKey?: string,
  ) {
    this.entryNumber = new Map(names.map((e, i) => [e, i]));
  }

  add(merged: MergedSource, source: IngestedSource, language: Language): void {
    this.addShare(shareOf(merged, source, language, this.entryNumber, this.codec));
  }

  /** The next source's share, in the sources' order. */
  addShare(share: SourceShare): void {
    const i = this.sources.length;
    this.sources.push(share.source);
    this.sentences += share.sentences;
    this.figures += share.figures;
    for (const [concept, count] of share.concepts) this.documentFrequency.set(concept, (this.documentFrequency.get(concept) ?? 0) + count);
    file(this.facts, share.facts, i);
    file(this.derivedFacts, share.derivedFacts, i);
    file(this.namePlaces, share.namePlaces, i);
    for (const { sentence, quotation } of share.quotations) this.quotations.push(storedQuotationAt(quotation, [i, sentence]));
    this.figureSections.push(share.figureSection);
  }

  finish(): SourceSetSnapshot {
    const figureSections = packSections(this.figureSections);
    // Packed, the pieces are let go at once: the set's file is written next, and the pieces would be a third copy.
    this.figureSections.length = 0;
    // Packed and typed arrays: what the file holds is what a start uses, deserialised without building anything again.
    // With what a first lookup of each kind of value would make of them otherwise (`withValuesOfPlaces`).
    const facts = withValuesOfPlaces(packPostings(this.facts));
    const derivedFacts = withValuesOfPlaces(packPostings(this.derivedFacts));
    const namePlaces = packPostings(this.namePlaces);
    // Their lists let go as well, while the file is written: a Map of tens of thousands of arrays.
    for (const postings of [this.facts, this.derivedFacts, this.namePlaces]) postings.clear();
    return { names: this.names, ...(this.namesKey === undefined ? {} : { namesKey: this.namesKey }), sources: this.sources, concepts: this.documentFrequency, sentences: this.sentences, figures: this.figures, facts, derivedFacts, namePlaces, quotations: this.quotations, figureSections };
  }
}

/** A share's quotation as the snapshot holds it, at its place. */
export function storedQuotationAt(quotation: SourceShare['quotations'][number]['quotation'], place: StoredQuotation['place']): StoredQuotation {
  const { speaker, ...rest } = quotation;
  const stored: StoredQuotation = { ...rest, place };
  if (speaker) stored.speaker = speaker;
  return stored;
}

/** A source's figures by their keys (and by the concepts of their sentences and clauses, `searchKeysOf`): key → positions among them. */
function filedByKey(figures: SourceFigure[]): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  figures.forEach((f, position) => {
    for (const key of searchKeysOf(f)) {
      const list = byKey.get(key);
      if (list) list.push(position);
      else byKey.set(key, [position]);
    }
  });
  return byKey;
}

/** Files a source's figures (or sentences) under their keys by where they stand: [source, position in it, …]. */
function file(postings: Map<string, number[]>, byKey: Map<string, number[]>, source: number): void {
  for (const [key, positions] of byKey) {
    let list = postings.get(key);
    if (!list) postings.set(key, (list = []));
    for (const position of positions) list.push(source, position);
  }
}

/** A stored quotation as the index holds it: its speaker bound to the entry of the names read now, its sentence made when asked for. */
function loadedQuotation({ place, speaker, ...rest }: StoredQuotation, names: NameEntry[], sentenceAt: (source: number, sentence: number) => SourceSentence): SourceQuotation {
  const quotation = { ...rest } as SourceQuotation;
  const mention = speaker?.mention;
  if (speaker) quotation.speaker = { ...speaker, mention: mention && names[mention.entry] ? { ...mention, entry: names[mention.entry] } : undefined };
  if (speaker && !quotation.speaker!.mention) delete quotation.speaker!.mention;
  Object.defineProperty(quotation, 'at', { enumerable: true, configurable: true, get: () => sentenceAt(place[0], place[1]) });
  return quotation;
}

function storedSource(source: IngestedSource): Omit<IngestedSource, 'blocks'> {
  const { blocks: _, input, ...rest } = source;
  // A PDF's text layer costs pdf.js to extract again; any other file's text is decoded from the file when first needed.
  return { ...rest, input: { ...input, text: input.format === 'pdf' ? input.text : '' } };
}

/** An input's text made its own value (no longer read through `where`), as a plain input holds it. */
function ownText(input: SourceInput, text: string): string {
  Object.defineProperty(input, 'text', { value: text, enumerable: true, writable: true, configurable: true });
  return text;
}

/**
 * An index of a set of sources read lazily: the names, concept weights and fact postings at once, each source's
 * figures and facts from its figure section when a fact lookup first reaches it, its sentences, quotations and
 * everything else only when a hover, a finding's location or a listing reaches them, from `digestOf(i)`, the source's
 * digest (as cached, with the mentions the snapshot's names found). `where`: each source's place and text, as read from
 * its file now (the text read at the source's first use: it may be decoded only then). What it answers equals
 * `indexSources` of the same digests.
 */
export function lazySourceIndex(snapshot: SourceSetSnapshot, where: Array<Pick<SourceInput, 'id' | 'uri' | 'text'>>, digestOf: (i: number) => SourceDigest, codec: SectionCodec, glossary: GlossaryName[] = [], namesKey?: string): SourceIndex {
  const names = new NameIndex(snapshot.names);
  markDeclaredKinds(names, glossary);
  const mentionsOf = storedMentions(names, namesKey);
  const merged: Array<MergedSource | undefined> = [];
  const figureOf = new WeakMap<Figure, SourceFigure>();
  const sources = snapshot.sources.map(({ source }, i): IngestedSource => {
    const input = { ...source.input, id: where[i].id, uri: where[i].uri };
    // The text as `where` holds it, read when first asked for (a warm start decodes a file's text at its merge).
    if (source.input.format !== 'pdf') Object.defineProperty(input, 'text', { enumerable: true, configurable: true, get: () => ownText(input, where[i].text), set: (text: string) => ownText(input, text) });
    const ingested = { ...source, input } as IngestedSource;
    Object.defineProperty(ingested, 'blocks', { enumerable: true, configurable: true, get: () => mergedAt(i) && ingested.blocks });
    return ingested;
  });
  // The figures a fact lookup read from a source's section before it was merged (by their place among its figures, then
  // its derived figures), with the sentences they stand in (made in full when first asked for more than their concepts).
  const read: Array<SectionRead | undefined> = [];
  const mergedAt = (i: number): MergedSource => {
    let known = merged[i];
    if (known) return known;
    const digest = digestOf(i);
    const ingested = sources[i];
    // The digest's sentences become this source's: one object per source, as in a merged index.
    Object.defineProperty(ingested, 'blocks', { value: digest.source.blocks, enumerable: true, writable: true, configurable: true });
    digest.source = ingested;
    known = mergeSource(digest, names, mentionsOf);
    const before = read[i];
    if (before) known = withFiguresRead(known, readAll(before));
    else for (const f of [...known.figures, ...known.derived]) figureOf.set(f.figure, f);
    merged[i] = known;
    return known;
  };
  const sectionOf = (i: number): SectionRead | undefined => {
    const known = read[i];
    if (known) return known;
    const sentences = new Map<number, SourceSentence>();
    const figures: SourceFigure[] = [];
    let reader: FigureSectionReader;
    // The sentence of the k-th stored figure, made with the concepts its entry holds.
    const at = (k: number, sentenceNumber: number) => {
      let sentence = sentences.get(sentenceNumber);
      if (!sentence) sentences.set(sentenceNumber, (sentence = sentenceToBe(sources[i], reader.conceptsAt(k), () => mergedAt(i))));
      return sentence;
    };
    const bytes = figureSectionAt(snapshot.figureSections, i);
    // A section that does not read (its file written again since): the source is merged from its digest.
    if (!bytes) return undefined;
    try {
      reader = openFigureSection(codec, bytes, (k, stored) => {
        const made: SourceFigure = { figure: stored.figure, at: at(k, stored.sentence), fact: stored.fact };
        figures[k] = made;
        figureOf.set(made.figure, made);
      });
    } catch {
      // A section that does not read (a file damaged inside, yet whole): the source is merged from its digest.
      return undefined;
    }
    return (read[i] = { reader, figures, sentences });
  };
  const figureAt = (i: number, list: 'figures' | 'derived', position: number): SourceFigure | undefined => {
    const known = merged[i];
    if (known) return known[list][position];
    const section = sectionOf(i);
    if (!section) return mergedAt(i)[list][position];
    const { reader, figures } = section;
    if (!(Number.isInteger(position) && position >= 0 && position < (list === 'figures' ? reader.figures : reader.derived))) return undefined;
    const k = list === 'figures' ? position : reader.figures + position;
    if (figures[k]) return figures[k];
    try {
      reader.storedAt(k);
    } catch {
      return mergedAt(i)[list][position];
    }
    return figures[k];
  };
  const numberOf = new Map(sources.map((s, i) => [s, i]));
  const isSourceNumber = (n: number) => Number.isInteger(n) && n >= 0 && n < sources.length;
  const all = <K extends keyof MergedSource>(key: K) => {
    let items: MergedSource[K] | undefined;
    return () => (items ??= sources.flatMap((_, i) => mergedAt(i)[key] as unknown[]) as MergedSource[K]);
  };
  const documentFrequency = snapshot.concepts;
  const total = Math.max(1, snapshot.sentences);
  const index = {
    sources,
    names,
    weight: (concept: string) => Math.log(1 + total / (documentFrequency.get(concept) ?? total)),
    sentencesOf: (source: IngestedSource) => {
      const i = numberOf.get(source);
      return i === undefined ? [] : mergedAt(i).sentences;
    },
    sentencesWith: (concept: string) => {
      const places = placesOf(snapshot.namePlaces, concept);
      const found: SourceSentence[] = [];
      if (places) for (let k = 0; k < places.length; k += 2) if (isSourceNumber(places[k])) found.push(mergedAt(places[k]).sentences[places[k + 1]]);
      return found;
    },
    facts: FactIndex.fromPostings(snapshot.facts, (source, position) => (isSourceNumber(source) ? figureAt(source, 'figures', position) : undefined)),
    derivedFacts: FactIndex.fromPostings(snapshot.derivedFacts, (source, position) => (isSourceNumber(source) ? figureAt(source, 'derived', position) : undefined)),
  } as SourceIndex;
  for (const key of ['sentences', 'figures', 'derived'] as const) Object.defineProperty(index, key, { enumerable: true, get: all(key) });
  // Made when first asked for (a draft's quotation, a listing): a start that checks none reads none.
  const loaded = (q: StoredQuotation) => loadedQuotation(q, snapshot.names, (source, sentence) => mergedAt(source).sentences[sentence]);
  let quotations: SourceQuotation[] | undefined;
  const store = snapshot.quotationStore;
  if (store) {
    // Read from the set's file one by one, where a draft's quotation shares a word with them (`quotationsThatMayHold`).
    const made: Array<SourceQuotation | null | undefined> = [];
    const at = (position: number): SourceQuotation | undefined => {
      if (!(Number.isInteger(position) && position >= 0 && position < store.count)) return undefined;
      let q = made[position];
      if (q === undefined) {
        const stored = store.at(position);
        made[position] = q = stored ? loaded(stored) : null;
      }
      return q ?? undefined;
    };
    index.quotationLookup = { count: store.count, at, withWord: (word) => placesOf(store.words, word), words: () => store.words, withKey: (key) => placesOf(store.keys, key), languageAt: (position) => store.languageAt(position) };
    Object.defineProperty(index, 'quotations', { enumerable: true, configurable: true, get: () => (quotations ??= Array.from({ length: store.count }, (_, p) => at(p)).filter((q): q is SourceQuotation => !!q)) });
  } else Object.defineProperty(index, 'quotations', { enumerable: true, configurable: true, get: () => (quotations ??= snapshot.quotations.map(loaded)) });
  index.sourceFigureOf = (figure) => figureOf.get(figure);
  return index;
}

/** What a source sentence holds but for its concepts: made from its source's merge when first asked for. */
const SENTENCE_FIELDS = ['sentence', 'line', 'position', 'page'] as const;
const FACT_FIELDS = ['text', 'names', 'nearMisses', 'figures', 'contextNames', 'contextTime'] as const;

/**
 * A source sentence known by its concepts alone (what comparing a fact with a draft's asks), the rest of it made by
 * `merge` when first asked for: `merge` fills it in (`fillSentence`). Written as literals with accessors: tens of
 * thousands of these are made by a first check, and `Object.defineProperty` cost ten times as much.
 */
function sentenceToBe(source: IngestedSource, concepts: Set<string>, merge: () => void): SourceSentence {
  const facts = {
    concepts,
    get text() { merge(); return facts.text; },
    get names() { merge(); return facts.names; },
    get nearMisses() { merge(); return facts.nearMisses; },
    get figures() { merge(); return facts.figures; },
    get contextNames() { merge(); return facts.contextNames; },
    get contextTime() { merge(); return facts.contextTime; },
  } as SentenceFacts;
  const sentence = {
    source,
    facts,
    get sentence() { merge(); return sentence.sentence; },
    get line() { merge(); return sentence.line; },
    get position() { merge(); return sentence.position; },
    get page() { merge(); return sentence.page; },
  } as SourceSentence;
  return sentence;
}

/** A sentence made by `sentenceToBe` filled in from the merged sentence, its figures those read before (`figures`). */
function fillSentence(sentence: SourceSentence, from: SourceSentence, figures: Figure[]): void {
  for (const key of SENTENCE_FIELDS) delete (sentence as Partial<SourceSentence>)[key];
  for (const key of FACT_FIELDS) delete (sentence.facts as Partial<SentenceFacts>)[key];
  const { source: _, facts, ...rest } = from;
  Object.assign(sentence, rest);
  Object.assign(sentence.facts, facts, { figures });
}

/** What a fact lookup read of a source's figure section before the source was merged: its figures by place, and their sentences. */
interface SectionRead {
  reader: FigureSectionReader;
  /** By place: the figures, then the derived figures; a place not read yet is empty. */
  figures: SourceFigure[];
  sentences: Map<number, SourceSentence>;
}

/** Every figure of a section read (those not read yet decoded now), split into the figures and the derived ones. */
function readAll({ reader, figures, sentences }: SectionRead): { figures: Array<SourceFigure | undefined>; derived: Array<SourceFigure | undefined>; sentences: Map<number, SourceSentence> } {
  try {
    for (let k = 0; k < reader.figures + reader.derived; k++) if (!figures[k]) reader.storedAt(k);
  } catch {
    // Damaged inside: the merged source's own figures stand in for those that do not read.
  }
  const all = Array.from({ length: reader.figures + reader.derived }, (_, k) => figures[k]);
  return { figures: all.slice(0, reader.figures), derived: all.slice(reader.figures), sentences };
}

/**
 * A source merged after a fact lookup read its figures from its section: those figures (and their sentences, filled in)
 * are the merged source's, so that every figure and sentence is one object however it was reached.
 */
function withFiguresRead(known: MergedSource, before: ReturnType<typeof readAll>): MergedSource {
  const [figures, derived] = [known.figures.map((f, p) => before.figures[p] ?? f), known.derived.map((f, p) => before.derived[p] ?? f)];
  const sentences = [...known.sentences];
  const replaced = new Map<SourceSentence, SourceSentence>();
  for (const [k, sentence] of before.sentences) {
    fillSentence(sentence, known.sentences[k], figures.filter((f) => f.at === sentence).map((f) => f.figure));
    replaced.set(known.sentences[k], sentence);
    sentences[k] = sentence;
  }
  const quotations = known.quotations.map((q) => (replaced.has(q.at) ? { ...q, at: replaced.get(q.at)! } : q));
  return { sentences, figures, derived, quotations };
}
