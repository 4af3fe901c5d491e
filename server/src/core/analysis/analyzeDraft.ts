import { parse as parseYaml } from 'yaml';
import { SizedCache } from '../cache/sizedCache';
import { parseChunks } from '../markdown/chunkedParse';
import { matchFigure, type FigureMatch } from '../match/matchFigure';
import { matchQuotation, type QuotationMatch } from '../quotes/matchQuotation';
import { quotationInDocument, quotationsOfText, type Quotation } from '../quotes/quotesOfBlock';
import type { SourceIndex } from '../sources/sourceIndex';
import { decideLanguage, languageEvidence, type LanguageEvidence } from '../text/language';
import { documentSpan, type ProseBlock } from '../text/prose';
import { readDirectives, type Directive } from '../suppression/suppressions';
import { splitSentences } from '../text/sentences';
import type { Figure, Language, NameMention, Sentence, Span } from '../types';
import { analyzeSentenceText, type SentenceFacts } from './analyzedSentence';
import { keepBlock, reuseBlock, type BlockAnalysis } from './blockResults';
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
  const { chunks, frontmatter, stoppedAt: parseStoppedAt } = parseChunks(text, budget?.parsing ?? budget);
  const declared = declaredLanguage(frontmatter);
  const evidence = chunks.flatMap((c) => c.parsed.blocks.map(languageEvidenceOf));
  const language = declared || languageSetting === 'auto' ? decideLanguage(evidence, declared) : languageSetting;
  const comments = chunks.flatMap(({ start, parsed }) => parsed.comments.map((c) => ({ ...c, start: c.start + start, end: c.end + start })));
  const plainProse = chunks.filter((c) => c.plain).map(({ start, end }) => ({ start, end }));

  let stoppedAt = parseStoppedAt;
  const sentences: DraftSentence[] = [];
  const figures: DraftFigure[] = [];
  const names: DraftName[] = [];
  const quotations: DraftQuotation[] = [];
  // The budget stops only new work, and only after some: each check gets further than the one before.
  let analyzedSome = false;
  read: for (const chunk of chunks) {
    for (const piece of chunk.parsed.blocks.flatMap(blockPieces)) {
      let inBlock = reuseBlock(index, piece, chunk.start, language);
      if (!inBlock) {
        if (analyzedSome && budget?.expired()) {
          stoppedAt = chunk.start + piece.offsets[0];
          break read;
        }
        analyzedSome = true;
        inBlock = keepBlock(index, piece, chunk.start, language, analyzeBlock({ ...piece, offsets: piece.offsets.map((o) => o + chunk.start) }, language, index));
      }
      sentences.push(...inBlock.sentences);
      figures.push(...inBlock.figures);
      names.push(...inBlock.names);
      quotations.push(...inBlock.quotations);
    }
  }
  return {
    text, language, directives: readDirectives(comments), sentences, figures, names, quotations,
    ...(stoppedAt !== undefined ? { stoppedAt } : {}), ...(plainProse.length ? { plainProse } : {}),
  };
}

const evidenceOf = new WeakMap<ProseBlock, LanguageEvidence>();
/** Counted once per parsed block: the blocks of an unchanged chunk are the same objects after an edit. */
function languageEvidenceOf(block: ProseBlock): LanguageEvidence {
  let evidence = evidenceOf.get(block);
  if (!evidence) evidenceOf.set(block, (evidence = languageEvidence(block.text)));
  return evidence;
}

/** One block's sentences, figures, names and quotations, with document offsets; sentences and quotations come from the caches where they can. */
function analyzeBlock(block: ProseBlock, language: Language, index: SourceIndex): BlockAnalysis {
  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = new SizedCache(CACHE_CHARS)));
  let quotationCache = quotationCaches.get(index);
  if (!quotationCache) quotationCaches.set(index, (quotationCache = new SizedCache(CACHE_CHARS)));

  const result: BlockAnalysis = { sentences: [], figures: [], names: [], quotations: [] };
  let inBlock = quotationCache.get(block.text);
  if (!inBlock) {
    inBlock = quotationsOfText(block.text, index.names).map((q) => {
      const match = matchQuotation(q, index);
      return match ? { ...q, match } : q;
    });
    quotationCache.set(block.text, inBlock, block.text.length);
  }
  for (const quotation of inBlock) result.quotations.push(quotationInDocument(quotation, block));
  for (const sentence of splitSentences(block).flatMap(sentencePieces)) {
    const key = `${language}\u0000${sentence.text}\u0000${sentence.context ?? ''}`;
    let cached = cache.get(key);
    if (!cached) {
      const facts = analyzeSentenceText(sentence.text, language, index.names, false, sentence.context);
      cached = { facts, matches: facts.figures.map((f) => matchFigure(f, facts, index)) };
      cache.set(key, cached, key.length);
    }
    const at: DraftSentence = { sentence, facts: cached.facts, matches: cached.matches };
    result.sentences.push(at);
    cached.facts.figures.forEach((figure, i) => result.figures.push({ figure, span: documentSpan(sentence, figure.start, figure.end), at, match: cached!.matches[i] }));
    for (const mention of cached.facts.names) result.names.push({ mention, span: documentSpan(sentence, mention.start, mention.end), at });
  }
  return result;
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
  // Asked for every figure: the matched quotations (which never overlap) are sorted once per analysis.
  let quoted = quotedSpans.get(draft.quotations);
  if (!quoted) quotedSpans.set(draft.quotations, (quoted = draft.quotations.filter((q) => q.match).sort((a, b) => a.start - b.start)));
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
