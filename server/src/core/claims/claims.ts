import { insideQuotedSource, type DraftAnalysis, type DraftSentence } from '../analysis/draft';
import { misattribution } from '../quotes/misattribution';
import { misreportedStatement } from '../quotes/reportedSpeech';
import { negationChange } from '../quotes/translatedNegation';
import { wordsChangedInTranslation } from '../quotes/translatedWordChange';
import { isNameConcept, type SourceIndex, type SourceSentence } from '../sources/sourceIndex';
import type { ClaimStatus, Span } from '../types';

export type { ClaimStatus };

export interface Claim extends Span {
  at: DraftSentence;
  status: ClaimStatus;
  /** Source sentences that state the same, best first (for a contradicted claim: the ones it contradicts). */
  evidence: SourceSentence[];
}

/** Share of a sentence's (weighted) concepts a source sentence must share to say the same. */
const SAYS_THE_SAME = 0.5;

/**
 * The draft's claims: sentences that state a checkable fact (a figure, a date, a quotation, or a known name with a
 * statement about it), each supported, contradicted or unsourced, with the source sentences that decide it.
 */
export function claimsOf(draft: DraftAnalysis, index: SourceIndex): Claim[] {
  return draft.sentences.map((at) => claimOf(at, draft, index)).filter((c): c is Claim => c !== undefined);
}

/** The claim a draft sentence makes, if it states a checkable fact. */
export function claimOf(at: DraftSentence, draft: DraftAnalysis, index: SourceIndex): Claim | undefined {
  const figures = draft.figures.filter((f) => f.at === at && !f.retracted && !insideQuotedSource(draft, f.span));
  const quotations = draft.quotations.filter((q) => q.start < at.sentence.end && at.sentence.start < q.end);
  const statesSomething = at.facts.names.length > 0 && !at.sentence.heading && at.facts.text.split(/\s+/).length >= 4;
  // "Zihan Wang was blunt. He said: "…"", "| Zihan Wang | „…“ |": the sentence that names the wrong speaker is wrong too.
  const misattributedHere = draft.quotations.filter((q) => q.speaker && q.speaker.span.start >= at.sentence.start && q.speaker.span.end <= at.sentence.end
    && !quotations.includes(q) && q.match && misattribution(q, draft.text));
  // "X sagte, dass …" where the source gives those words to someone else.
  const misreported = quotations.length === 0 ? misreportedStatement(at, index) : undefined;
  if (figures.length === 0 && quotations.length === 0 && misattributedHere.length === 0 && !misreported && !statesSomething) return undefined;

  const contradictions = [
    ...(misreported ? [misreported.source] : []),
    ...misattributedHere.map((q) => q.match!.source.at),
    ...figures.filter((f) => f.match.status === 'contradicted').map((f) => f.match.evidence[0].at),
    ...quotations.filter((q) => q.match && ((!q.match.alignment.verbatim && !q.match.translated) || changedInTranslation(q, draft.text) || misattribution(q, draft.text))).map((q) => q.match!.source.at),
  ];
  const support = [
    ...figures.filter((f) => f.match.status === 'supported').flatMap((f) => f.match.evidence.map((e) => e.at)),
    ...quotations.filter((q) => q.match).map((q) => q.match!.source.at),
  ];
  const similar = similarSentences(at, index);
  let status: ClaimStatus;
  if (contradictions.length) status = 'contradicted';
  else if (figures.every((f) => f.match.status === 'supported') && (support.length > 0 || (figures.length === 0 && quotations.length === 0 && similar.length > 0))) status = 'supported';
  else status = 'unsourced';
  // Each figure's best source first, then what says the same as the whole sentence, then the rest of what bears its
  // figures out: with many articles, other sentences that state the same day ("Marktbericht vom 27.01.2025") would
  // hide the one that states the sentence („Nvidia (-7,82 %), Microsoft (-3,75 %) und Broadcom (-6,58 %)“).
  const best = figures.filter((f) => f.match.status === 'supported' && f.match.evidence.length > 0).map((f) => f.match.evidence[0].at);
  const evidence = unique(status === 'contradicted' ? contradictions : status === 'supported' ? [...best, ...similar, ...support] : []);
  return { start: at.sentence.start, end: at.sentence.end, at, status, evidence };
}

/** A translation that drops or adds a negation, or puts a word of another meaning for the source's (rules/quoteMismatch.ts). */
function changedInTranslation(q: DraftAnalysis['quotations'][number], documentText: string): boolean {
  return q.match?.translated === true && (negationChange(q, documentText) !== undefined || wordsChangedInTranslation(q, documentText).length > 0);
}

/** Source sentences sharing a name and most of the sentence's weighted concepts. */
function similarSentences(at: DraftSentence, index: SourceIndex): SourceSentence[] {
  const concepts = [...at.facts.concepts];
  const total = concepts.reduce((sum, c) => sum + index.weight(c), 0);
  if (total === 0) return [];
  return candidatesOf(concepts, index)
    .map((s) => {
      const shared = concepts.filter((c) => s.facts.concepts.has(c));
      const score = shared.reduce((sum, c) => sum + index.weight(c), 0) / total;
      return { s, shared, score };
    })
    .filter(({ shared, score }) => score >= SAYS_THE_SAME && shared.length >= 2 && shared.some((c) => c.startsWith('name:')))
    .sort((a, b) => b.score - a.score)
    .map(({ s }) => s);
}

/**
 * The source sentences that can say the same: those sharing one of the sentence's names (a similar sentence must), in
 * the index's order, each once; read from the index's name postings, not from every sentence of every source.
 */
function candidatesOf(concepts: string[], index: SourceIndex): SourceSentence[] {
  const named = concepts.filter(isNameConcept);
  if (named.length === 1) return index.sentencesWith(named[0]);
  const found = new Set(named.flatMap((concept) => index.sentencesWith(concept)));
  if (found.size === 0) return [];
  const order = new Map<unknown, number>(index.sources.map((source, i) => [source, i]));
  const place = (s: SourceSentence) => [order.get(s.source) ?? -1, s.sentence.start] as const;
  return [...found].sort((a, b) => {
    const [x, y] = [place(a), place(b)];
    return x[0] - y[0] || x[1] - y[1];
  });
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
