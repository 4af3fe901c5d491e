import type { DraftAnalysis, DraftFigure, DraftName, DraftQuotation } from '../analysis/draft';
import { claimOf, type Claim } from '../claims/claims';
import { nameConcept } from '../context/concepts';
import { messagesFor, type Messages } from '../i18n/messages';
import type { SourceIndex } from '../sources/sourceIndex';
import { figureQuote, firstPerSentence, quotationQuote } from './quotedSentences';
import { describeFact } from '../facts/describeFact';
import { escapeMarkdown, renderSourceQuote } from './sourceQuote';

export interface HoverResult {
  markdown: string;
  start: number;
  end: number;
}

/** The hover for whatever lies at `offset`: a figure, a name, a quotation, else the claim of the sentence. */
export function hoverAt(draft: DraftAnalysis, index: SourceIndex, offset: number, maxQuotes = 3, locale?: string): HoverResult | undefined {
  const t = messagesFor(locale);
  const figure = draft.figures.find((f) => f.span.start <= offset && offset < f.span.end);
  if (figure) return { markdown: figureHover(figure, maxQuotes, t), ...figure.span };
  const name = draft.names.find((n) => n.span.start <= offset && offset < n.span.end);
  if (name) return { markdown: nameHover(name, index, maxQuotes, t), ...name.span };
  const quotation = draft.quotations.find((q) => q.match && q.start <= offset && offset < q.end);
  if (quotation) return { markdown: quotationHover(quotation, t), start: quotation.start, end: quotation.end };
  const sentence = draft.sentences.find((s) => s.sentence.start <= offset && offset < s.sentence.end);
  const claim = sentence && claimOf(sentence, draft, index);
  if (claim) return { markdown: claimHover(claim, maxQuotes, t), start: claim.start, end: claim.end };
  return undefined;
}

function moreLine(total: number, shown: number, t: Messages): string {
  return total > shown ? `\n\n${t.hoverMore(total - shown)}` : '';
}

function claimHover(claim: Claim, maxQuotes: number, t: Messages): string {
  const shown = claim.evidence.slice(0, maxQuotes);
  const quotes = shown.map((s) => renderSourceQuote(s, [], claim.at.facts.concepts)).join('\n\n');
  return `**${t.claim}**: ${t.claimStatus[claim.status]}.${quotes ? `\n\n${quotes}` : ''}${moreLine(claim.evidence.length, shown.length, t)}`;
}

function quotationHover(q: DraftQuotation, t: Messages): string {
  const { source, alignment } = q.match!;
  const speaker = source.speaker ? t.quotationBy(escapeMarkdown(source.speaker.mention?.entry.canonical ?? source.speaker.text)) : '';
  const quote = quotationQuote(q)!;
  return `**${t.quotation}**${speaker}: ${alignment.verbatim ? t.quotedVerbatim : t.quotedDifferently}.\n\n${renderSourceQuote(quote.at, quote.bold)}`;
}

function figureHover(f: DraftFigure, maxQuotes: number, t: Messages): string {
  const { match } = f;
  const head = `**${escapeMarkdown(f.figure.text)}**`;
  const readAs = `\n\n${t.readAs(escapeMarkdown(describeFact(f.fact, t.locale)))}`;
  if (match.status === 'unsourced') return `${head}: ${t.hoverNoSource}${readAs}`;
  const best = match.evidence[0];
  const status = match.status === 'supported' ? t.hoverSupported : t.hoverSourceSays(escapeMarkdown(best.figure.text));
  // One quote per source sentence: the first (best) figure in it is the one in bold.
  const bySentence = firstPerSentence(match.evidence);
  const shown = bySentence.slice(0, maxQuotes);
  const quotes = shown.map(figureQuote).map((q) => renderSourceQuote(q.at, q.bold, q.shared)).join('\n\n');
  return `${head}: ${status}.${readAs}\n\n${quotes}${moreLine(bySentence.length, shown.length, t)}`;
}

function nameHover(n: DraftName, index: SourceIndex, maxQuotes: number, t: Messages): string {
  const { entry } = n.mention;
  const concept = nameConcept(entry.canonical);
  const role = entry.kind === 'person' && entry.role ? ` — ${escapeMarkdown(entry.role)}` : '';
  const head = `**${escapeMarkdown(entry.canonical)}** (${t.nameKind[entry.kind]})${role}`;
  const shared = new Set([...n.at.facts.concepts].filter((c) => c !== concept));
  const mentioning = index.sentences
    .filter((s) => s.facts.names.some((m) => m.entry === entry))
    .map((s) => ({ s, score: [...shared].filter((c) => s.facts.concepts.has(c)).reduce((sum, c) => sum + index.weight(c), 0) }))
    .sort((a, b) => b.score - a.score);
  const shown = mentioning.slice(0, maxQuotes);
  const quotes = shown.map(({ s }) => renderSourceQuote(s, s.facts.names.filter((m) => m.entry === entry))).join('\n\n');
  return `${head}${quotes ? `\n\n${quotes}` : ''}${moreLine(mentioning.length, shown.length, t)}`;
}

/**
 * Every hover of a checked draft at once, in `hoverAt`'s order of precedence (figures, names, quotations, claims),
 * for a server that answers hovers from a finished check while the next one runs. A name's hover depends only on
 * the name and the concepts around it, so equal ones are made once.
 */
export function hoverLayers(draft: DraftAnalysis, index: SourceIndex, claims: Claim[], maxQuotes = 3, locale?: string): HoverResult[][] {
  const t = messagesFor(locale);
  const variant = `${maxQuotes}\u0000${locale ?? ''}`;
  return [
    draft.figures.map((f) => ({ markdown: remembered(figureHovers, f.match, `${f.figure.text}\u0000${variant}`, () => figureHover(f, maxQuotes, t)), ...f.span })),
    draft.names.map((n) => ({ markdown: remembered(nameHovers, n.at.facts, `${n.mention.entry.canonical}\u0000${variant}`, () => nameHover(n, index, maxQuotes, t)), ...n.span })),
    draft.quotations.filter((q) => q.match).map((q) => ({ markdown: quotationHover(q, t), start: q.start, end: q.end })),
    claims.map((c) => ({ markdown: remembered(claimHovers, c.evidence, `${c.status}\u0000${variant}`, () => claimHover(c, maxQuotes, t)), start: c.start, end: c.end })),
  ];
}

/**
 * A hover depends only on objects that the analysis caches keep while their text is unchanged (a figure's match, a
 * sentence's facts, a claim's evidence), so after an edit the hovers of the unchanged rest are not made again.
 */
const figureHovers = new WeakMap<object, Map<string, string>>();
const nameHovers = new WeakMap<object, Map<string, string>>();
const claimHovers = new WeakMap<object, Map<string, string>>();

function remembered(memo: WeakMap<object, Map<string, string>>, owner: object, variant: string, make: () => string): string {
  let byVariant = memo.get(owner);
  if (!byVariant) memo.set(owner, (byVariant = new Map()));
  let markdown = byVariant.get(variant);
  if (markdown === undefined) byVariant.set(variant, (markdown = make()));
  return markdown;
}
