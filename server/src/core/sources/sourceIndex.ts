import { analyzeSentenceText, assignLocalConcepts, type SentenceFacts } from '../analysis/analyzedSentence';
import { conceptsOf } from '../context/concepts';
import { compatibleDates } from '../figures/calendarDays';
import { deriveFigures } from '../figures/deriveFigures';
import { findQuotes } from '../quotes/findQuotes';
import { quotationsOfBlock, type Quotation } from '../quotes/quotesOfBlock';
import { buildNameIndex, NameIndex, type GlossaryName } from '../names/nameIndex';
import { markDeclaredKinds } from '../names/kindEvidence';
import type { Figure, Language, NameEntry, NameMention } from '../types';
import type { NameCandidate } from '../names/extractNames';
import { digestSource, documentKey, mentionsKey, namesTextOf, readSourceFacts, sentenceAt, type DigestQuotations, type SentencePosition, type SourceDigest } from './digest';
import type { IngestedSource, SourceInput } from './ingest';
import type { Fact } from '../facts/fact';
import { FactIndex, type FactPostings } from '../facts/factIndex';

export interface SourceSentence {
  source: IngestedSource;
  sentence: SourceDigest['sentences'][number]['sentence'];
  facts: SentenceFacts;
  /** 1-based line of the sentence's start in the source file. */
  line: number;
  /** 1-based line and column of start and end, for a link that selects the sentence. */
  position: SentencePosition;
  /** For a PDF, the 1-based page the sentence starts on. */
  page?: number;
}

export interface SourceQuotation extends Quotation {
  at: SourceSentence;
}

export interface SourceFigure {
  figure: Figure;
  at: SourceSentence;
  /** What the figure states: about whom, what and when, with context carried from earlier sentences. */
  fact: Fact;
}

/** Everything the sources state, built once and kept in memory. */
export interface SourceIndex {
  sources: IngestedSource[];
  sentences: SourceSentence[];
  figures: SourceFigure[];
  /** Ratios and differences the sources imply (see deriveFigures). */
  derived: SourceFigure[];
  quotations: SourceQuotation[];
  names: NameIndex;
  /** `figures` and `derived`, filed by what they state (facts/factIndex.ts). */
  facts: FactIndex<SourceFigure>;
  derivedFacts: FactIndex<SourceFigure>;
  /** Inverse document frequency of each concept over the source sentences: rare shared words weigh more. */
  weight(concept: string): number;
  /** The sentences of each source, in document order. */
  sentencesOf(source: IngestedSource): SourceSentence[];
  /**
   * The sentences whose concepts hold a name's concept (`name:…`), in the order of `sentences`: what a claim's similar
   * sentences and a name's hover start from, without reading every sentence of every source.
   */
  sentencesWith(nameConcept: string): SourceSentence[];
  /** A lazily read index: the source figure of a figure its lookups made (without making every figure, as `figures` does). */
  sourceFigureOf?(figure: Figure): SourceFigure | undefined;
  /**
   * A lazily read index: `quotations` by position and filed by their words, read from the set's file only where a
   * draft's quotation shares a word with them (`quotes/quotationWords.ts` files `quotations` itself where this is absent).
   */
  quotationLookup?: QuotationLookup;
}

/** A set's source quotations as a draft's quotations look them up (`quotes/quotationWords.ts`). */
export interface QuotationLookup {
  readonly count: number;
  /** The quotation at a position (one object per position); undefined where its stored bytes do not read. */
  at(position: number): SourceQuotation | undefined;
  /** [position, how often the quotation says the word, …], positions rising. */
  withWord(word: string): ArrayLike<number> | undefined;
  /** Every word with its postings (`withWord`'s): a translation's compound parts are searched in them (`compoundParts.ts`). */
  words(): FactPostings;
  /** The positions, rising, of the quotations of four words or more whose kept words have the key (`translationKeysOf`). */
  withKey(key: string): ArrayLike<number> | undefined;
  /** The language of the quotation at a position (`quotationLanguage`), known without reading it where a file stores it. */
  languageAt(position: number): Language | undefined;
}

export function buildSourceIndex(inputs: SourceInput[], glossary: GlossaryName[] = []): SourceIndex {
  return indexSources(inputs.map(digestSource), glossary);
}

/**
 * Merges per-source digests into one index. Only the name index is corpus-wide: it is built from every source's
 * candidates, and a sentence's facts are read again only where it finds other names in the sentence than the
 * digest's reading had. Everything here is linear in the corpus. Each digest keeps what this merge read (see
 * `SourceDigest.documentFacts`), so merging the same corpus again reads nothing. `knownNames`: the entries of the
 * name index these digests and glossary make, from an earlier merge of the same (the corpus-wide names are then not
 * learnt again).
 */
export function indexSources(digests: SourceDigest[], glossary: GlossaryName[] = [], knownNames?: NameEntry[], namesKey?: string): SourceIndex {
  const sources = digests.map((d) => d.source);
  const names = corpusNameIndex(digests, glossary, knownNames);
  const mentionsOf = storedMentions(names, namesKey);

  const merged = digests.map((digest) => mergeSource(digest, names, mentionsOf));
  const sentences = merged.flatMap((m) => m.sentences);
  const bySource = new Map(merged.map((m, i) => [sources[i], m.sentences]));
  const documentFrequency = new Map<string, number>();
  for (const s of sentences) for (const c of s.facts.concepts) documentFrequency.set(c, (documentFrequency.get(c) ?? 0) + 1);
  const total = Math.max(1, sentences.length);
  const weight = (concept: string) => Math.log(1 + total / (documentFrequency.get(concept) ?? total));
  const sentencesOf = (source: IngestedSource) => bySource.get(source) ?? [];
  const figures = merged.flatMap((m) => m.figures);
  const derived = merged.flatMap((m) => m.derived);
  return { sources, sentences, figures, derived, quotations: merged.flatMap((m) => m.quotations), names, weight, sentencesOf, sentencesWith: namePostings(sentences), facts: new FactIndex(figures), derivedFacts: new FactIndex(derived) };
}

/** Whether a concept is a name's (context/concepts.ts `nameConcept`): those are filed by the sentences holding them. */
export const isNameConcept = (concept: string) => concept.startsWith('name:');

/** The sentences holding each name concept, filed at the first question. */
function namePostings(sentences: SourceSentence[]): (concept: string) => SourceSentence[] {
  let byConcept: Map<string, SourceSentence[]> | undefined;
  return (concept) => {
    if (!byConcept) {
      byConcept = new Map();
      for (const s of sentences) {
        for (const c of s.facts.concepts) {
          if (!isNameConcept(c)) continue;
          const list = byConcept.get(c);
          if (list) list.push(s);
          else byConcept.set(c, [s]);
        }
      }
    }
    return byConcept.get(concept) ?? [];
  };
}

/** The names of a corpus: learnt from every source's candidates and text, or the entries an earlier merge of the same learnt. */
export function corpusNameIndex(digests: SourceDigest[], glossary: GlossaryName[], knownNames?: NameEntry[]): NameIndex {
  return corpusNamesOf(() => digests.map(namesLearntFrom), glossary, knownNames);
}

/** What the corpus-wide names learn from one source: its candidates and its text. */
export function namesLearntFrom(digest: SourceDigest): { candidates: NameCandidate[]; text: string } {
  return { candidates: digest.sentences.flatMap((s) => s.candidates), text: namesTextOf(digest.source) };
}

/** `corpusNameIndex` of what each source teaches (in the sources' order), asked for only where no names are known. */
export function corpusNamesOf(learnt: () => Array<{ candidates: NameCandidate[]; text: string }>, glossary: GlossaryName[], knownNames?: NameEntry[]): NameIndex {
  let names: NameIndex;
  if (knownNames) names = new NameIndex(knownNames);
  else {
    const sources = learnt();
    names = buildNameIndex(sources.flatMap((s) => s.candidates), sources.map((s) => s.text), glossary);
  }
  markDeclaredKinds(names, glossary);
  return names;
}

/** What one source contributes to the index, read with the corpus-wide names. */
export interface MergedSource {
  sentences: SourceSentence[];
  figures: SourceFigure[];
  derived: SourceFigure[];
  quotations: SourceQuotation[];
}

export type StoredMentions = ReturnType<typeof storedMentions>;

/**
 * One source read with the corpus-wide names. Facts carry context from sentence to sentence within each source, never
 * across: they are read per source, after the corpus-wide names are known, unless these find the same mentions as when
 * the digest's facts were read. Keeps what it read in the digest, for the next merge.
 */
export function mergeSource(digest: SourceDigest, names: NameIndex, mentionsOf: StoredMentions): MergedSource {
  const found: NameMention[][] = [];
  const own: SourceSentence[] = digest.sentences.map((d) => {
    const mentions = mentionsOf.read(digest, d) ?? names.find(d.sentence.text);
    found.push(mentions);
    const facts = factsWith(d, mentions) ?? analyzeSentenceText(d.sentence.text, digest.language, names, true, undefined, mentions);
    return { source: digest.source, sentence: d.sentence, facts, line: d.position.startLine, position: d.position, ...(d.page ? { page: d.page } : {}) };
  });
  const facts = readingOf(digest, own);
  mentionsOf.keep(digest, found);
  const quotations: SourceQuotation[] = [];
  for (const { sentence, ...quotation } of quotationsReading(digest, own, names, mentionsOf.namesKey).flatMap((q) => q.quotations)) quotations.push({ ...quotation, at: own[sentence] });
  const figures: SourceFigure[] = own.flatMap((at, i) => at.facts.figures.map((figure, k) => ({ figure, at, fact: facts[i][k] })));
  const derived: SourceFigure[] = own.flatMap((at, i) => deriveFigures(at.facts.figures, at.sentence.text).filter((figure) => comparablePair(figure, facts[i])).map((figure) => ({ figure, at, fact: derivedFact(figure, facts[i]) })));
  return { sentences: own, figures, derived, quotations };
}

/**
 * The mentions a digest sentence holds for this name index (`namesKey` names it: the same key, the same entries in the
 * same order), so that a merge with the same names does not look for them again; and keeping them after a merge.
 * Without a key (a draft's narrowed sources) nothing is taken or kept.
 */
export function storedMentions(names: NameIndex, namesKey: string | undefined) {
  let indexOf: Map<NameEntry, number> | undefined;
  return {
    namesKey,
    read(digest: SourceDigest, d: SourceDigest['sentences'][number]): NameMention[] | undefined {
      if (namesKey === undefined || digest.namesKey !== namesKey || !d.mentions) return undefined;
      const { text } = d.sentence;
      const mentions: NameMention[] = [];
      for (let i = 0; i < d.mentions.length; i += 3) {
        const entry = names.entries[d.mentions[i + 2]];
        if (!entry) return undefined;
        mentions.push({ start: d.mentions[i], end: d.mentions[i + 1], text: text.slice(d.mentions[i], d.mentions[i + 1]), entry });
      }
      return mentions;
    },
    keep(digest: SourceDigest, found: NameMention[][]): void {
      if (namesKey === undefined || digest.namesKey === namesKey) return;
      indexOf ??= new Map(names.entries.map((entry, i) => [entry, i]));
      const kept = found.map((mentions) => mentions.flatMap((m) => [m.start, m.end, indexOf!.get(m.entry) ?? -1]));
      if (kept.some((mentions) => mentions.includes(-1))) return;
      digest.sentences.forEach((d, i) => (d.mentions = kept[i]));
      digest.namesKey = namesKey;
    },
  };
}

/**
 * A source's facts in context for the corpus-wide mentions: the digest's, where the last merge read them with the same
 * mentions and the same figures; else read now, and kept in the digest (with the sentences' facts) for the next merge.
 */
function readingOf(digest: SourceDigest, own: SourceSentence[]): Fact[][] {
  const key = documentKey(own.map((s) => s.facts.names));
  if (key === digest.documentKey && digest.documentFacts && own.every((s, i) => s.facts.figures === digest.sentences[i].facts?.figures)) return digest.documentFacts;
  const facts = readSourceFacts(own.map((s, i) => ({ sentence: s.sentence, block: digest.sentences[i].block, facts: s.facts })));
  digest.sentences = digest.sentences.map((d, i) => (d.facts?.figures === own[i].facts.figures ? d : { ...d, facts: { ...own[i].facts, names: [] }, mentionsKey: mentionsKey(own[i].facts.names) }));
  digest.documentFacts = facts;
  digest.documentKey = key;
  return facts;
}

/**
 * A source's quotations per block for the corpus-wide names: the digest's where the last merge found the same names in
 * the block (each speaker bound to the entry found now), else read now and kept in the digest for the next merge.
 */
function quotationsReading(digest: SourceDigest, own: SourceSentence[], names: NameIndex, namesKey: string | undefined): DigestQuotations[] {
  let changed = false;
  const reading = digest.source.blocks.map((block, b): DigestQuotations => {
    // Read with these very names (the same key), a block without quotations has none now either: neither its quotes
    // nor its names need looking for (most blocks; a warm start's lookups reach thousands).
    const known = digest.quotations?.[b];
    if (namesKey !== undefined && known?.namesKey === namesKey && known.quotations.length === 0) return known;
    // Without a quotation there is nothing to attribute, whatever the names: they need not be looked for.
    if (findQuotes(block.text).length === 0) return known ?? { block: b, quotations: [], mentionsKey: '', ...withKey(namesKey) };
    const mentions = names.find(block.text);
    const key = mentionsKey(mentions, false);
    if (known?.mentionsKey === key) return { ...known, quotations: known.quotations.map((q) => ({ ...withSpeakerFrom(q, mentions), sentence: q.sentence })) };
    changed = true;
    const read = quotationsOfBlock(block, names).map((q) => ({ ...q, sentence: sentenceAt(own, q.start) })).filter((q) => q.sentence >= 0);
    return { block: b, quotations: read, mentionsKey: key, ...withKey(namesKey) };
  });
  if (changed || !digest.quotations) digest.quotations = reading;
  return reading;
}

const withKey = (namesKey: string | undefined) => (namesKey === undefined ? {} : { namesKey });

/**
 * "Der Nasdaq 100 sackte um 3 % ab, obwohl er 2024 noch 25 % zugelegt hatte": a fall of one day and a rise of a year
 * make no ratio a writer would state of two things. Two figures compare when neither their times nor their directions
 * differ; two moves of one thing always do ("der Rückschlag frisst ein Achtel davon auf", "the Monday erased an eighth
 * of that gain"). What part of one the other is a writer states of such two moves only: Microsoft's rise of 0.2 percent
 * is no part of Alphabet's fall of 0.6 percent.
 */
function comparablePair(figure: Figure, sentenceFacts: Fact[]): boolean {
  const [a, b] = figure.derivedFrom!.map((f) => factOf(f, sentenceFacts));
  if (!a || !b) return true;
  if (figure.shareOfMove || figure.kind === 'multiplier') {
    if (oneThing(a, b)) return true;
    if (figure.shareOfMove) return false;
  }
  if (a.figure.direction && b.figure.direction && a.figure.direction !== b.figure.direction) return false;
  return compatibleDates(a.time, b.time);
}

/**
 * Two moves of one and the same thing, whom each is about alone and by its own sentence ("Der Nasdaq 100 sackte …, obwohl er
 * … zugelegt hatte"); not a clause whose subject is only carried over ("Microsoft edged up 0.2 percent; Alphabet fell 0.6
 * percent", where Alphabet is no name the sources know).
 */
function oneThing(a: Fact, b: Fact): boolean {
  const [x, y] = [a.primary ?? [], b.primary ?? []];
  const ownWords = (f: Fact) => f.entityFrom === 'clause' || f.entityFrom === 'sentence' || f.entityFrom === 'reference';
  return x.length === 1 && y.length === 1 && x[0] === y[0] && ownWords(a) && ownWords(b);
}

/** A figure's fact in its sentence: by its span, since a fact may read it anew ("78 Millionen" in the paragraph's dollars). */
function factOf(figure: Figure, sentenceFacts: Fact[]): Fact | undefined {
  return sentenceFacts.find((x) => x.figure === figure) ?? sentenceFacts.find((x) => x.figure.start === figure.start && x.figure.end === figure.end);
}

/** A ratio or difference is about what both its figures are about. */
function derivedFact(figure: Figure, sentenceFacts: Fact[]): Fact {
  const operands = figure.derivedFrom!.map((f) => factOf(f, sentenceFacts) ?? { figure: f, entities: [], attributes: [] });
  const [a, b] = operands;
  const union = (of: (x: (typeof operands)[number]) => string[]) => [...new Set(operands.flatMap(of))];
  return {
    // An average of three moves is of all three names; it has no two sides.
    figure, entities: union((x) => x.entities), attributes: union((x) => x.attributes), ...(operands.length === 2 ? { sides: [a.entities, b.entities] } : {}),
    // The day's fall as a part of the year's gain is of neither time alone.
    ...(a.time && compatibleDates(a.time, b.time) ? { time: a.time, timeFrom: a.timeFrom, ...(a.timeOf ? { timeOf: a.timeOf } : {}) } : {}),
  };
}

/**
 * A digest sentence's facts for the corpus-wide mentions, without reading the sentence again where that is exact: the
 * same mentions give the same facts; mentions that differ only in the names they contain ("GalnexVo Semiconductor"
 * contains "Semiconductor" once another source names it alone) change only name concepts, which are drawn again.
 * Undefined where the sentence must be read again.
 */
function factsWith(d: SourceDigest['sentences'][number], mentions: NameMention[]): SentenceFacts | undefined {
  if (!d.facts || d.mentionsKey === undefined) return undefined;
  const key = mentionsKey(mentions);
  if (key === d.mentionsKey) return { ...d.facts, names: mentions };
  if (mentionsKey(mentions, false) !== d.mentionsKey.replace(/<[^;]*/g, '')) return undefined;
  const { text } = d.sentence;
  const figures = d.facts.figures.map((f) => ({ ...f }));
  assignLocalConcepts(text, figures, mentions);
  return { ...d.facts, names: mentions, figures, concepts: conceptsOf(text, 0, text.length, mentions) };
}

/** A cached quotation's speaker, bound to the corpus-wide name entry found at the same place. */
function withSpeakerFrom(quotation: Quotation, mentions: NameMention[]): Quotation {
  const mention = quotation.speaker?.mention;
  if (!mention) return quotation;
  const current = mentions.find((m) => m.start === mention.start && m.end === mention.end);
  return { ...quotation, speaker: { ...quotation.speaker!, ...(current ? { mention: current } : {}) } };
}
