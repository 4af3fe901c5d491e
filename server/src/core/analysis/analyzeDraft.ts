import { parse as parseYaml } from 'yaml';
import { parseMarkdownChunked } from '../markdown/chunkedParse';
import { matchFigure, type FigureMatch } from '../match/matchFigure';
import type { DraftAnalysis, DraftFigure, DraftName, DraftQuotation, DraftSentence, LanguageSetting } from './draft';
import { matchQuotation } from '../quotes/matchQuotation';
import { quotationInDocument, quotationsOfText, speakerFromRow } from '../quotes/quotesOfBlock';
import type { SourceIndex } from '../sources/sourceIndex';
import { detectLanguage } from '../text/language';
import { documentSpan } from '../text/prose';
import { readDirectives } from '../suppression/suppressions';
import { splitSentences } from '../text/sentences';
import { analyzeSentenceText, type SentenceFacts } from './analyzedSentence';
import { ContextCarrier } from '../facts/carryContext';
import type { Fact } from '../facts/fact';
import { readFacts } from '../facts/readFacts';
import { contextKey } from '../facts/contextKey';
import { judgeDatesByEvents } from '../match/datesByEvents';

export type { DraftAnalysis, DraftFigure, DraftName, DraftQuotation, DraftSentence, LanguageSetting } from './draft';

interface CachedSentence {
  facts: SentenceFacts;
  /** Facts and matches by the context the sentence was read in: after another paragraph the same words may mean another fact. */
  read: Map<string, { figureFacts: Fact[]; matches: FigureMatch[] }>;
}

const NOTHING_READ: { figureFacts: Fact[]; matches: FigureMatch[] } = { figureFacts: [], matches: [] };

/**
 * Per source index: sentence text → what it states and how it matches, block text → its quotations and their
 * matches. Typing changes one sentence, not all.
 */
const caches = new WeakMap<SourceIndex, Map<string, CachedSentence>>();
const quotationCaches = new WeakMap<SourceIndex, Map<string, DraftQuotation[]>>();
const CACHE_LIMIT = 20_000;

export function analyzeDraft(text: string, index: SourceIndex, languageSetting: LanguageSetting = 'auto'): DraftAnalysis {
  const { blocks, frontmatter, comments } = parseMarkdownChunked(text);
  const declared = declaredLanguage(frontmatter);
  const prose = blocks.map((b) => b.text).join('\n');
  const language = declared || languageSetting === 'auto' ? detectLanguage(prose, declared) : languageSetting;

  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = new Map()));
  if (cache.size > CACHE_LIMIT) cache.clear();
  let quotationCache = quotationCaches.get(index);
  if (!quotationCache) quotationCaches.set(index, (quotationCache = new Map()));
  if (quotationCache.size > CACHE_LIMIT) quotationCache.clear();

  const sentences: DraftSentence[] = [];
  const figures: DraftFigure[] = [];
  const names: DraftName[] = [];
  const quotations: DraftQuotation[] = [];
  const carrier = new ContextCarrier();
  for (const block of blocks) {
    carrier.startBlock(Boolean(block.heading));
    let inBlock = quotationCache.get(block.text);
    if (!inBlock) {
      inBlock = quotationsOfText(block.text, index.names).map((q) => {
        const match = matchQuotation(q, index);
        return match ? { ...q, match } : q;
      });
      quotationCache.set(block.text, inBlock);
    }
    for (const quotation of inBlock) quotations.push(speakerFromRow(quotationInDocument(quotation, block), block, index.names));
    const analysed = splitSentences(block).map((sentence) => {
      const key = `${language}\u0000${sentence.text}\u0000${sentence.context ?? ''}`;
      let cached = cache!.get(key);
      if (!cached) {
        cached = { facts: analyzeSentenceText(sentence.text, language, index.names, false, sentence.context), read: new Map() };
        cache!.set(key, cached);
      }
      return { sentence, cached };
    });
    analysed.forEach(({ sentence, cached }, k) => {
      const { facts } = cached;
      let read = NOTHING_READ;
      if (facts.figures.length) {
        const carried = carrier.context();
        const next = analysed[k + 1]?.cached.facts;
        const key = contextKey(carried, next);
        read = cached.read.get(key) ?? NOTHING_READ;
        if (read === NOTHING_READ) {
          const figureFacts = readFacts(facts, carried, next);
          read = { figureFacts, matches: figureFacts.map((fact) => matchFigure(fact, facts, index)) };
          if (cached.read.size > 8) cached.read.clear();
          cached.read.set(key, read);
        }
      }
      carrier.record(facts);
      const { figureFacts, matches } = read;
      const at: DraftSentence = { sentence, facts, figureFacts, matches };
      sentences.push(at);
      facts.figures.forEach((figure, i) => figures.push({ figure, span: documentSpan(sentence, figure.start, figure.end), at, fact: figureFacts[i], match: matches[i] }));
      for (const mention of facts.names) names.push({ mention, span: documentSpan(sentence, mention.start, mention.end), at });
    });
  }
  judgeDatesByEvents(figures, index);
  return { text, language, directives: readDirectives(comments), sentences, figures, names, quotations };
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

