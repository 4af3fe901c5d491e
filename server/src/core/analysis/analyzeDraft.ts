import { parse as parseYaml } from 'yaml';
import { SizedCache } from '../cache/sizedCache';
import { parseMarkdownChunked } from '../markdown/chunkedParse';
import { matchFigure, type FigureMatch } from '../match/matchFigure';
import { matchQuotation, type QuotationMatch } from '../quotes/matchQuotation';
import { quotationInDocument, quotationsOfText, type Quotation } from '../quotes/quotesOfBlock';
import type { SourceIndex } from '../sources/sourceIndex';
import { detectLanguage } from '../text/language';
import { documentSpan } from '../text/prose';
import { readDirectives, type Directive } from '../suppression/suppressions';
import { splitSentences } from '../text/sentences';
import type { Figure, Language, NameMention, Sentence, Span } from '../types';
import { analyzeSentenceText, type SentenceFacts } from './analyzedSentence';
import { blockPieces, sentencePieces, type AnalysisBudget } from './budget';

export type LanguageSetting = 'auto' | Language;

export interface DraftSentence {
  sentence: Sentence;
  facts: SentenceFacts;
  matches: FigureMatch[];
}

export interface DraftFigure {
  /** The figure as extracted, offsets relative to its sentence. */
  figure: Figure;
  /** Where it stands in the document. */
  span: Span;
  at: DraftSentence;
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
  /** Where the check's budget ran out: the text from here on was not checked. Absent when all of it was. */
  stoppedAt?: number;
  /** Ranges read as plain prose, since their Markdown is nested or sized beyond what the parser reads in linear time. */
  plainProse?: Span[];
}

interface CachedSentence {
  facts: SentenceFacts;
  matches: FigureMatch[];
}

/**
 * Per source index: sentence text → what it states and how it matches, block text → its quotations and their
 * matches. Typing changes one sentence, not all.
 */
const caches = new WeakMap<SourceIndex, SizedCache<string, CachedSentence>>();
const quotationCaches = new WeakMap<SourceIndex, SizedCache<string, DraftQuotation[]>>();
/** Each cache's budget in characters of the texts it keeps (what a sentence's facts cost grows with its length). */
const CACHE_CHARS = 2_000_000;

/** `budget` stops the check between blocks; what was not checked is then `stoppedAt`. */
export function analyzeDraft(text: string, index: SourceIndex, languageSetting: LanguageSetting = 'auto', budget?: AnalysisBudget): DraftAnalysis {
  const { blocks, frontmatter, comments, stoppedAt: parseStoppedAt, plain } = parseMarkdownChunked(text, budget?.parsing ?? budget);
  const declared = declaredLanguage(frontmatter);
  const prose = blocks.map((b) => b.text).join('\n');
  const language = declared || languageSetting === 'auto' ? detectLanguage(prose, declared) : languageSetting;

  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = new SizedCache(CACHE_CHARS)));
  let quotationCache = quotationCaches.get(index);
  if (!quotationCache) quotationCaches.set(index, (quotationCache = new SizedCache(CACHE_CHARS)));
  let stoppedAt = parseStoppedAt;

  const sentences: DraftSentence[] = [];
  const figures: DraftFigure[] = [];
  const names: DraftName[] = [];
  const quotations: DraftQuotation[] = [];
  for (const block of blocks.flatMap(blockPieces)) {
    if (budget?.expired()) {
      stoppedAt = block.offsets[0];
      break;
    }
    let inBlock = quotationCache.get(block.text);
    if (!inBlock) {
      inBlock = quotationsOfText(block.text, index.names).map((q) => {
        const match = matchQuotation(q, index);
        return match ? { ...q, match } : q;
      });
      quotationCache.set(block.text, inBlock, block.text.length);
    }
    for (const quotation of inBlock) quotations.push(quotationInDocument(quotation, block));
    for (const sentence of splitSentences(block).flatMap(sentencePieces)) {
      const key = `${language}\u0000${sentence.text}\u0000${sentence.context ?? ''}`;
      let cached = cache.get(key);
      if (!cached) {
        const facts = analyzeSentenceText(sentence.text, language, index.names, false, sentence.context);
        cached = { facts, matches: facts.figures.map((f) => matchFigure(f, facts, index)) };
        cache.set(key, cached, key.length);
      }
      const at: DraftSentence = { sentence, facts: cached.facts, matches: cached.matches };
      sentences.push(at);
      cached.facts.figures.forEach((figure, i) => figures.push({ figure, span: documentSpan(sentence, figure.start, figure.end), at, match: cached!.matches[i] }));
      for (const mention of cached.facts.names) names.push({ mention, span: documentSpan(sentence, mention.start, mention.end), at });
    }
  }
  return {
    text, language, directives: readDirectives(comments), sentences, figures, names, quotations,
    ...(stoppedAt !== undefined ? { stoppedAt } : {}), ...(plain ? { plainProse: plain } : {}),
  };
}

/** `lang:` (or `language:`) in YAML frontmatter; broken YAML declares nothing. */
function declaredLanguage(frontmatter: string | undefined): string | undefined {
  if (!frontmatter) return undefined;
  try {
    const data = parseYaml(frontmatter) as Record<string, unknown> | null;
    const lang = data?.lang ?? data?.language;
    return typeof lang === 'string' ? lang : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a span lies inside a quotation of the sources: its words are checked as the quotation's wording. */
export function insideQuotedSource(draft: DraftAnalysis, span: Span): boolean {
  return draft.quotations.some((q) => q.match && q.start <= span.start && span.end <= q.end);
}
