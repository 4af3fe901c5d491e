import type { SentenceFacts } from '../analysis/analyzedSentence';
import { extractNameCandidates, type NameCandidate } from '../names/extractNames';
import type { Quotation } from '../quotes/quotesOfBlock';
import { detectLanguage } from '../text/language';
import { splitSentences } from '../text/sentences';
import type { Language, NameMention, Sentence } from '../types';
import { ingestSource, type IngestedSource, type SourceInput } from './ingest';
import { normaliseLang } from './readers/metadata';
import { pageAt } from './readers/pdfText';
import { indexAtOrBefore, lineStarts } from '../text/lineStarts';
import { looksLikeHeading } from '../facts/carryContext';
import { asBlockStretch } from './blockStretch';
import type { Fact } from '../facts/fact';
import { readDocumentFacts } from '../facts/readDocumentFacts';

/** Bump when what a digest holds, or how it is computed, changes: cached digests of another version are rebuilt. */
export const DIGEST_VERSION = 3;

/** Where a sentence stands in its file, 1-based, for a link that selects it. */
export interface SentencePosition {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface DigestSentence {
  sentence: Sentence;
  /** Index of the block in `source.blocks`. */
  block: number;
  position: SentencePosition;
  /** For a PDF, the 1-based page the sentence starts on. */
  page?: number;
  /** Names this sentence proposes to the corpus-wide name index. */
  candidates: NameCandidate[];
  /**
   * The sentence's facts as the last merge read them with its corpus-wide names (without the mentions, see
   * `mentionsKey`); absent until a merge. Where the next merge finds exactly the same mentions, these facts are its
   * facts too, and are reused.
   */
  facts?: SentenceFacts;
  mentionsKey?: string;
  /**
   * Where the last merge found names in the sentence, [start, end, entry, …] with entry the index into the entries of
   * the digest's `namesKey`: a merge with the same name index takes these instead of looking for names again.
   */
  mentions?: number[];
}

export interface DigestQuotations {
  block: number;
  quotations: Array<Quotation & { sentence: number }>;
  mentionsKey: string;
  /** The name index (the caller's key, as `SourceDigest.namesKey`) the block was read with: read again with it, the same. */
  namesKey?: string;
}

/**
 * All that one source yields on its own, independent of every other source: its prose, sentences with positions and
 * name candidates; and what the last merge read in it with the corpus-wide names (facts, quotations), for the next
 * merge to reuse where the names it finds are the same. Facts are not read with the source's own names first: most
 * would be read again once the corpus names more. Plain data (Maps, Sets, arrays, no functions), so it can be stored
 * with `v8.serialize` and loaded again by content hash. `indexSources` merges digests into a SourceIndex.
 */
export interface SourceDigest {
  source: IngestedSource;
  language: Language;
  sentences: DigestSentence[];
  /** Per block, as the last merge read them; absent until a merge. */
  quotations?: DigestQuotations[];
  /**
   * Each sentence's facts in context (who, what, when, carried from the sentences before) as the last merge read them
   * (`indexSources` fills them in), with the key of the mentions it read them with. Context never crosses from one
   * source to another, so where the next merge finds the same mentions (a warm start, another source changed), these
   * are its facts too, and it takes them as they are.
   */
  documentFacts?: Fact[][];
  documentKey?: string;
  /** The name index the sentences' `mentions` were found with (the caller's key of it, see `indexSources`). */
  namesKey?: string;
}

export function digestSource(input: SourceInput): SourceDigest {
  const source = ingestSource(input);
  const language: Language = normaliseLang(source.lang) ?? detectLanguage(source.blocks.map((b) => b.text).join('\n'), undefined, 'de');
  const split = source.blocks.flatMap((block, b) => splitSentences(block).map((sentence) => ({ sentence: asBlockStretch(sentence, block), block: b })));
  const lines = lineStarts(input.text);
  const sentences = split.map(({ sentence, block }): DigestSentence => {
    const start = lineAndColumn(lines, sentence.start);
    const end = lineAndColumn(lines, sentence.end);
    return {
      sentence,
      block,
      position: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
      ...(input.pageStarts ? { page: pageAt(input.pageStarts, sentence.start) } : {}),
      candidates: extractNameCandidates(sentence.text),
    };
  });
  return { source, language, sentences };
}

/** The facts of one source's sentences in document order, context carried from sentence to sentence within it. */
export function readSourceFacts(sentences: Array<{ sentence: Sentence; block: number; facts: SentenceFacts }>): Fact[][] {
  return readDocumentFacts(sentences.map(({ sentence, block, facts }) => ({ facts, block: `0:${block}`, heading: sentence.heading || looksLikeHeading(sentence.text) })));
}

/**
 * What a source's facts in context depend on in a name index: each sentence's mentions with the kind and contained
 * names of their entries (context is carried by kind: "die Firma" is the last organisation).
 */
export function documentKey(mentionsBySentence: NameMention[][]): string {
  // Kept with every digest and compared only for equality: its hash, not the kilobytes of the key itself.
  return hashKey(mentionsBySentence.map((mentions) => mentions.map((m) => `${m.start}:${m.end}:${m.entry.canonical}:${m.entry.kind}<${m.entry.containing?.join('|') ?? ''}`).join(';')).join('\n'));
}

/** 106 bits of two seeded 53-bit string hashes (cyrb53): equal keys, equal hashes; others collide less than once in 2^50. */
function hashKey(key: string): string {
  // Both seeds in one pass over the key (every source's key at every merge: a pass each cost as much as making it).
  let [a1, a2, b1, b2] = [0xdeadbeef ^ 1, 0x41c6ce57 ^ 1, 0xdeadbeef ^ 2, 0x41c6ce57 ^ 2];
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a1 = Math.imul(a1 ^ c, 2654435761);
    a2 = Math.imul(a2 ^ c, 1597334677);
    b1 = Math.imul(b1 ^ c, 2654435761);
    b2 = Math.imul(b2 ^ c, 1597334677);
  }
  return `${key.length}:${finish(a1, a2)}:${finish(b1, b2)}`;
}

function finish(h1: number, h2: number): string {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The text names are learnt from: the file as written for text and Markdown, the prose for a page or a PDF. */
export function namesTextOf(source: IngestedSource): string {
  return source.format === 'html' || source.format === 'pdf' ? [source.title, ...source.blocks.map((b) => b.text)].join('\n') : source.input.text;
}

/**
 * What the facts of a text depend on in a name index: where names are found, and which; with `containing`, also the
 * names each contains (they add concepts, not figures or speakers).
 */
export function mentionsKey(mentions: NameMention[], containing = true): string {
  return mentions.map((m) => `${m.start}:${m.end}:${m.entry.canonical}${containing && m.entry.containing ? `<${m.entry.containing.join('|')}` : ''}`).join(';');
}

/** Index of the sentence holding `offset`, or -1. Sentences are in document order. */
export function sentenceAt(sentences: Array<{ sentence: Sentence }>, offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = sentences[mid].sentence;
    if (offset < s.start) high = mid - 1;
    else if (offset >= s.end) low = mid + 1;
    else return mid;
  }
  return sentences.findIndex((s) => s.sentence.start <= offset && offset < s.sentence.end);
}

function lineAndColumn(starts: number[], offset: number): { line: number; column: number } {
  const line = indexAtOrBefore(starts, offset);
  return { line: line + 1, column: offset - starts[line] + 1 };
}
