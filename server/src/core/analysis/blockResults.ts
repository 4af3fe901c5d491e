import { SizedCache } from '../cache/sizedCache';
import type { SourceIndex } from '../sources/sourceIndex';
import { samePlaces, shiftSentence, type ProseBlock, type TableCell } from '../text/prose';
import type { Sentence, Span } from '../types';
import type { SentenceFacts } from './analyzedSentence';
import type { FigureMatch } from '../match/figureMatch';
import type { DraftQuotation } from './draft';
import type { Fact } from '../facts/fact';
import type { CarrierState } from '../facts/carryContext';

/**
 * What one prose block of a draft holds, with document offsets: its sentences with what each states (and its
 * matches by context, filled in as the draft is read), and its quotations.
 */
export interface BlockAnalysis {
  sentences: Array<{ sentence: Sentence; cached: { facts: SentenceFacts; matches: ContextMatches[] } }>;
  quotations: DraftQuotation[];
  /**
   * How the draft's second pass read these sentences last; the same holder when the block is moved. `draft`: the
   * last draft that read through it (a holder two blocks of one draft share is read afresh for the second).
   */
  read: { last?: BlockReading; draft?: object };
}

/** A sentence's figures matched as read in one context: `facts`, the facts they were read as (the context is theirs). */
export interface ContextMatches {
  facts: Fact[];
  matches: FigureMatch[];
}

/**
 * The block's sentences read in context from the carrier in state `from` once the block was opened as `opened` says,
 * and the state after them.
 */
export interface BlockReading {
  /**
   * The carrier's state before the block was opened (or last found equal to): mostly the state after the block before,
   * the same object. The state the block was read in is derived from it (`opened`): kept as a state of its own at every
   * block beside the state after it, a 1 MB draft's held 3 MB more.
   */
  from: CarrierState;
  /** How the block was opened (`BlockOpening`): the carrier's `startBlock` arguments, or not opened (a continued piece). */
  opened: number;
  /** The table cell it was opened as, with `opened`. */
  cell: TableCell | undefined;
  read: Array<{ figureFacts: Fact[]; matches: FigureMatch[] }>;
  after: CarrierState;
}

interface Kept {
  language: string;
  /** The document offset the block started at when this was made. */
  base: number;
  analysis: BlockAnalysis;
}

/**
 * Per source index: a parsed block (relative to its chunk, the same object while the chunk is cached) → what was
 * found in it. An edit re-analyses only the blocks it touched: a block before the edit is reused as it is, a block
 * after it is moved by the edit's length. Entries go when the parse cache lets their chunk go.
 */
const kept = new WeakMap<SourceIndex, WeakMap<ProseBlock, Kept>>();

export function reuseBlock(index: SourceIndex, block: ProseBlock, base: number, language: string): BlockAnalysis | undefined {
  const entry = kept.get(index)?.get(block);
  if (!entry || entry.language !== language) return undefined;
  if (entry.base !== base) {
    entry.analysis = moved(entry.analysis, base - entry.base);
    entry.base = base;
  }
  return entry.analysis;
}

export function keepBlock(index: SourceIndex, block: ProseBlock, base: number, language: string, analysis: BlockAnalysis): BlockAnalysis {
  let forIndex = kept.get(index);
  if (!forIndex) kept.set(index, (forIndex = new WeakMap()));
  forIndex.set(block, { language, base, analysis });
  adoptReading(index, block, language, analysis);
  return analysis;
}

/**
 * Per source index: the latest analysis of each block text. An edit re-parses the few chunks parsed together with
 * the one it touched, and their blocks come back as new objects: one whose sentences are those of the last analysis
 * of its text takes over how they were read, so its facts stay the same objects, and what was found from them stays.
 */
let latestByText = new WeakMap<SourceIndex, SizedCache<string, { start: number; analysis: BlockAnalysis }>>();

/** Forgets the latest analysis of a block's text, in either language: its draft was closed. */
export function forgetLatestReading(index: SourceIndex, block: ProseBlock): void {
  const latest = latestByText.get(index);
  for (const language of LANGUAGES) latest?.delete(latestKey(language, block));
}
const LANGUAGES = ['en', 'de'];

/** Forgets the latest analysis of every block text: no draft is open any more. */
export function forgetLatestReadings(): void {
  latestByText = new WeakMap();
}
const LATEST_CHARS = 2_000_000;

const latestKey = (language: string, block: ProseBlock) => `${language}\u0000${block.heading ? 'h' : ''}\u0000${block.context ?? ''}\u0000${block.text}`;

/** A freshly analysed block → the holder of the latest analysis of its text, if its sentences are those. */
const candidates = new WeakMap<BlockAnalysis, BlockAnalysis['read']>();

function adoptReading(index: SourceIndex, block: ProseBlock, language: string, analysis: BlockAnalysis): void {
  // A table cell's quotations take their speaker from the cells beside it: not worth comparing those too.
  if (block.rowCells || analysis.sentences.length === 0) return;
  let latest = latestByText.get(index);
  if (!latest) latestByText.set(index, (latest = new SizedCache(LATEST_CHARS)));
  const key = latestKey(language, block);
  const start = analysis.sentences[0].sentence.start;
  const before = latest.get(key);
  if (before && sameSentences(before.analysis, before.start, analysis, start)) candidates.set(analysis, before.analysis.read);
  latest.set(key, { start, analysis });
}

/**
 * The draft's blocks, in order, take over the readings of their text's latest analysis where no block of this draft
 * reads through that holder already (a heading that repeats across sections must not share one).
 */
export function adoptReadings(analyses: BlockAnalysis[]): void {
  const inUse = new Set(analyses.map((a) => a.read));
  for (const analysis of analyses) {
    const holder = candidates.get(analysis);
    if (!holder) continue;
    candidates.delete(analysis);
    if (inUse.has(holder)) continue;
    inUse.add(holder);
    analysis.read = holder;
  }
}

/** The same cached sentences at the same places relative to the block. */
function sameSentences(a: BlockAnalysis, aStart: number, b: BlockAnalysis, bStart: number): boolean {
  if (a.sentences.length !== b.sentences.length) return false;
  return a.sentences.every(({ sentence, cached }, k) => {
    const other = b.sentences[k];
    return other.cached === cached && samePlaces(sentence, aStart, other.sentence, bStart);
  });
}

/** The same block `delta` characters further on. */
function moved(analysis: BlockAnalysis, delta: number): BlockAnalysis {
  const span = <S extends Span>(s: S): S => ({ ...s, start: s.start + delta, end: s.end + delta });
  return {
    sentences: analysis.sentences.map(({ sentence, cached }) => ({ sentence: shiftSentence(sentence, delta), cached })),
    quotations: analysis.quotations.map((q) => ({
      ...span(q), inner: span(q.inner), ...(q.documentWords ? { documentWords: q.documentWords.map(span) } : {}), ...(q.speaker ? { speaker: { ...q.speaker, span: span(q.speaker.span) } } : {}),
    })),
    read: analysis.read,
  };
}
