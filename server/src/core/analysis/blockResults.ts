import type { SourceIndex } from '../sources/sourceIndex';
import type { ProseBlock } from '../text/prose';
import type { Sentence, Span } from '../types';
import type { DraftFigure, DraftName, DraftQuotation, DraftSentence } from './analyzeDraft';

/** What one prose block of a draft holds, with document offsets. */
export interface BlockAnalysis {
  sentences: DraftSentence[];
  figures: DraftFigure[];
  names: DraftName[];
  quotations: DraftQuotation[];
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

/** The same findings `delta` characters further on. */
function moved(analysis: BlockAnalysis, delta: number): BlockAnalysis {
  const span = <S extends Span>(s: S): S => ({ ...s, start: s.start + delta, end: s.end + delta });
  const sentenceOf = new Map<DraftSentence, DraftSentence>();
  const sentences = analysis.sentences.map((at) => {
    const sentence: Sentence = { ...span(at.sentence), offsets: at.sentence.offsets.map((o) => o + delta) };
    const movedAt = { ...at, sentence };
    sentenceOf.set(at, movedAt);
    return movedAt;
  });
  return {
    sentences,
    figures: analysis.figures.map((f) => ({ ...f, span: span(f.span), at: sentenceOf.get(f.at)! })),
    names: analysis.names.map((n) => ({ ...n, span: span(n.span), at: sentenceOf.get(n.at)! })),
    quotations: analysis.quotations.map((q) => ({ ...span(q), inner: span(q.inner), ...(q.speaker ? { speaker: { ...q.speaker, span: span(q.speaker.span) } } : {}) })),
  };
}
