import type { SourceIndex } from '../sources/sourceIndex';
import type { ProseBlock } from '../text/prose';
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
  sentences: Array<{ sentence: Sentence; cached: { facts: SentenceFacts; matches: Map<string, FigureMatch[]> } }>;
  quotations: DraftQuotation[];
  /** How the draft's second pass read these sentences last; the same holder when the block is moved. */
  read: { last?: BlockReading };
}

/** The block's sentences read in context from a carrier in state `before` (a signature), and the state after them. */
export interface BlockReading {
  before: string;
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
  return analysis;
}

/** The same block `delta` characters further on. */
function moved(analysis: BlockAnalysis, delta: number): BlockAnalysis {
  const span = <S extends Span>(s: S): S => ({ ...s, start: s.start + delta, end: s.end + delta });
  return {
    sentences: analysis.sentences.map(({ sentence, cached }) => ({ sentence: { ...span(sentence), offsets: sentence.offsets.map((o) => o + delta) }, cached })),
    quotations: analysis.quotations.map((q) => ({
      ...span(q), inner: span(q.inner), ...(q.documentWords ? { documentWords: q.documentWords.map(span) } : {}), ...(q.speaker ? { speaker: { ...q.speaker, span: span(q.speaker.span) } } : {}),
    })),
    read: analysis.read,
  };
}
