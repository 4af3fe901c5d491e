import type { DraftAnalysis, DraftQuotation } from '../analysis/draft';
import type { FigureEvidence } from '../match/matchFigure';
import type { SourceSentence } from '../sources/sourceIndex';
import type { Span } from '../types';

/** A source sentence to quote: `bold` are sentence-local spans that match the draft; names of `shared` concepts are bold too. */
export interface QuotedSentence {
  at: SourceSentence;
  bold: Span[];
  shared: Set<string>;
}

/** A source figure's sentence with the figure (or the two it implies) in bold. */
export function figureQuote(e: FigureEvidence): QuotedSentence {
  return { at: e.at, bold: e.figure.derivedFrom ?? [e.figure], shared: e.shared };
}

/** The source's quotation in its sentence, the quoted words in bold. */
export function quotationQuote(q: DraftQuotation): QuotedSentence | undefined {
  if (!q.match) return undefined;
  const { source } = q.match;
  const local = (offset: number) => {
    const i = source.at.sentence.offsets.findIndex((o) => o >= offset);
    return i < 0 ? source.at.sentence.text.length : i;
  };
  return { at: source.at, bold: [{ start: local(source.inner.start), end: local(source.inner.end) }], shared: new Set() };
}

/** The first (best) evidence of each source sentence: one quote per sentence. */
export function firstPerSentence(evidence: FigureEvidence[]): FigureEvidence[] {
  return evidence.filter((e, i) => evidence.findIndex((o) => o.at === e.at) === i);
}

/**
 * The source sentences behind the draft's words at `offset`, as the hover quotes them: a figure's evidence and the
 * sources that disagree with it, or a quotation's source (also from its speaker's name).
 */
export function quotedSentencesAt(draft: DraftAnalysis, offset: number): QuotedSentence[] {
  const inside = (s: Span) => s.start <= offset && offset < s.end;
  const figure = draft.figures.find((f) => inside(f.span));
  if (figure) return firstPerSentence([...figure.match.evidence, ...figure.match.conflicts]).map(figureQuote);
  const quotation = draft.quotations.find((q) => q.match && (inside(q) || (q.speaker && inside(q.speaker.span))));
  const quote = quotation && quotationQuote(quotation);
  return quote ? [quote] : [];
}
