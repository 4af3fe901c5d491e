import type { FigureMatch } from '../match/matchFigure';
import type { QuotationMatch } from '../quotes/quotationInSources';
import type { Quotation } from '../quotes/quotesOfBlock';
import type { Directive } from '../suppression/suppressions';
import type { Fact } from '../facts/fact';
import type { Figure, Language, NameMention, Sentence, Span } from '../types';
import type { SentenceFacts } from './analyzedSentence';

/** What a draft states, as analyzeDraft reads it: the data every rule, hover and claim works from. */
export type LanguageSetting = 'auto' | Language;

export interface DraftSentence {
  sentence: Sentence;
  facts: SentenceFacts;
  /** One per figure: what it states, with the context carried from earlier sentences. */
  figureFacts: Fact[];
  matches: FigureMatch[];
  /** Spans (relative to the sentence) it reports as someone's error or a claim under review (claims/retractions.ts). */
  retracted?: Span[];
}

export interface DraftFigure {
  /** The figure as extracted, offsets relative to its sentence. */
  figure: Figure;
  /** Where it stands in the document. */
  span: Span;
  at: DraftSentence;
  fact: Fact;
  match: FigureMatch;
  /** A value the draft reports as an error and corrects, or as a claim under review: not the writer's claim. */
  retracted?: true;
}

export interface DraftName {
  mention: NameMention;
  span: Span;
  at: DraftSentence;
  /** A name in what the draft reports as an error ("attributed … to Marc Andreessen. It was Donald Trump …"). */
  retracted?: true;
}

/** Whether a stretch of a sentence (relative to it) lies in what the sentence reports as an error. */
export function inRetraction(at: DraftSentence, start: number, end: number): boolean {
  return at.retracted !== undefined && at.retracted.some((r) => r.start <= start && end <= r.end);
}

export interface DraftQuotation extends Quotation {
  match?: QuotationMatch;
}

export interface DraftAnalysis {
  text: string;
  language: Language;
  directives: Directive[];
  sentences: DraftSentence[];
  figures: DraftFigure[];
  names: DraftName[];
  quotations: DraftQuotation[];
  /** The same, block by block (a long paragraph piece by piece) in document order: what per-block rules run on. */
  blocks?: DraftBlock[];
  /** Where the check's budget ran out: the text from here on was not checked. Absent when all of it was. */
  stoppedAt?: number;
  /** Ranges read as plain prose, since their Markdown is nested or sized beyond what the parser reads in linear time. */
  plainProse?: Span[];
}

/** One block of the draft: its part of the analysis's sentences, figures, names and quotations. */
export interface DraftBlock {
  /**
   * The same object as long as the block's text, where it stands relative to the block, and the context its
   * sentences were read in are unchanged (the block may have moved): what is found in it is kept by this.
   * Absent for a block without sentences.
   */
  reading?: object;
  /** The document offset of the block's first character: where findings kept for it are moved from. */
  start: number;
  sentences: DraftSentence[];
  figures: DraftFigure[];
  names: DraftName[];
  quotations: DraftQuotation[];
}

/** Whether a span lies inside a quotation of the sources: its words are checked as the quotation's wording. */
export function insideQuotedSource(draft: DraftAnalysis, span: Span): boolean {
  // Asked for every figure: the matched quotations (which never overlap) are sorted once per analysis.
  let quoted = quotedSpans.get(draft.quotations);
  if (!quoted) quotedSpans.set(draft.quotations, (quoted = draft.quotations.filter((q) => q.match && !q.match.translated).sort((a, b) => a.start - b.start)));
  let lo = 0;
  let hi = quoted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quoted[mid].start <= span.start) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && span.end <= quoted[hi].end;
}
const quotedSpans = new WeakMap<DraftQuotation[], DraftQuotation[]>();

/**
 * The translated quotation a figure's contradiction comes from: "We firmly believe that 95 percent of success …" for
 * „… dass 99 Prozent des Erfolgs …“, whose source sentence is the one that contradicts the figure. What changed is the
 * quotation's wording (quote-mismatch), not a claim the writer makes of their own (figure-mismatch).
 */
export function translationChangingFigure(draft: DraftAnalysis, figure: DraftFigure): DraftQuotation | undefined {
  if (figure.match.status !== 'contradicted' || figure.match.evidence[0]?.agreement !== 'differs') return undefined;
  const at = figure.match.evidence[0].at;
  return draft.quotations.find((q) => q.match?.translated && q.inner.start <= figure.span.start && figure.span.end <= q.inner.end
    && (q.match.source.at === at || (q.match.source.at.source === at.source && q.match.source.at.line === at.line)));
}
