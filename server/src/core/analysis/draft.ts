import type { FigureMatch } from '../match/matchFigure';
import type { QuotationMatch } from '../quotes/matchQuotation';
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
}

export interface DraftFigure {
  /** The figure as extracted, offsets relative to its sentence. */
  figure: Figure;
  /** Where it stands in the document. */
  span: Span;
  at: DraftSentence;
  fact: Fact;
  match: FigureMatch;
}

export interface DraftName {
  mention: NameMention;
  span: Span;
  at: DraftSentence;
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
}

/** Whether a span lies inside a quotation of the sources: its words are checked as the quotation's wording. */
export function insideQuotedSource(draft: DraftAnalysis, span: Span): boolean {
  return draft.quotations.some((q) => q.match && q.start <= span.start && span.end <= q.end);
}
