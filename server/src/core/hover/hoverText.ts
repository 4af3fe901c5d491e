import type { DraftAnalysis, DraftFigure, DraftName, DraftQuotation } from '../analysis/analyzeDraft';
import { claimOf, type Claim, type ClaimStatus } from '../claims/claims';
import { nameConcept } from '../context/concepts';
import type { SourceIndex } from '../sources/sourceIndex';
import { escapeMarkdown, moreLine, renderSourceQuote } from './sourceQuote';

export interface HoverResult {
  markdown: string;
  start: number;
  end: number;
}

const KIND_LABEL: Record<string, string> = { person: 'person', organisation: 'organisation', model: 'AI model', chip: 'chip', place: 'place', other: 'name' };

/** The hover for whatever figure or name lies at `offset`, or undefined. */
export function hoverAt(draft: DraftAnalysis, index: SourceIndex, offset: number, maxQuotes = 3): HoverResult | undefined {
  const figure = draft.figures.find((f) => f.span.start <= offset && offset < f.span.end);
  if (figure) return { markdown: figureHover(figure, maxQuotes), ...figure.span };
  const name = draft.names.find((n) => n.span.start <= offset && offset < n.span.end);
  if (name) return { markdown: nameHover(name, index, maxQuotes), ...name.span };
  const quotation = draft.quotations.find((q) => q.match && q.start <= offset && offset < q.end);
  if (quotation) return { markdown: quotationHover(quotation, maxQuotes), start: quotation.start, end: quotation.end };
  const sentence = draft.sentences.find((s) => s.sentence.start <= offset && offset < s.sentence.end);
  const claim = sentence && claimOf(sentence, draft, index);
  if (claim) return { markdown: claimHover(claim, maxQuotes), start: claim.start, end: claim.end };
  return undefined;
}

const CLAIM_STATUS: Record<ClaimStatus, string> = {
  supported: 'supported by the sources',
  contradicted: 'contradicted by the sources',
  unsourced: 'no source says this',
};

export function claimHover(claim: Claim, maxQuotes: number): string {
  const shown = claim.evidence.slice(0, maxQuotes);
  const quotes = shown.map((s) => renderSourceQuote(s, [], claim.at.facts.concepts)).join('\n\n');
  return `**Claim**: ${CLAIM_STATUS[claim.status]}.${quotes ? `\n\n${quotes}` : ''}${moreLine(claim.evidence.length, shown.length)}`;
}

export function quotationHover(q: DraftQuotation, maxQuotes: number): string {
  const { source, alignment } = q.match!;
  const speaker = source.speaker ? ` by **${escapeMarkdown(source.speaker.mention?.entry.canonical ?? source.speaker.text)}**` : '';
  const state = alignment.verbatim ? 'quoted as the source has it' : 'worded differently from the source';
  const [open, close] = ['“', '”'];
  const local = (offset: number) => {
    const i = source.at.sentence.offsets.findIndex((o) => o >= offset);
    return i < 0 ? source.at.sentence.text.length : i;
  };
  const bold = { start: local(source.inner.start), end: local(source.inner.end) };
  return `**Quotation**${speaker}: ${state}.\n\n${maxQuotes > 0 ? renderSourceQuote(source.at, [bold]) : `${open}${escapeMarkdown(source.text)}${close}`}`;
}

export function figureHover(f: DraftFigure, maxQuotes: number): string {
  const { match } = f;
  const head = `**${escapeMarkdown(f.figure.text)}**`;
  if (match.status === 'unsourced') return `${head}: no source states this figure.`;
  const best = match.evidence[0];
  const status = match.status === 'supported' ? 'supported by the sources' : `the source says **${escapeMarkdown(best.figure.text)}**`;
  // One quote per source sentence: the first (best) figure in it is the one in bold.
  const bySentence = match.evidence.filter((e, i) => match.evidence.findIndex((o) => o.at === e.at) === i);
  const shown = bySentence.slice(0, maxQuotes);
  const quotes = shown.map((e) => renderSourceQuote(e.at, e.figure.derivedFrom ?? [e.figure], e.shared)).join('\n\n');
  return `${head}: ${status}.\n\n${quotes}${moreLine(bySentence.length, shown.length)}`;
}

export function nameHover(n: DraftName, index: SourceIndex, maxQuotes: number): string {
  const { entry } = n.mention;
  const concept = nameConcept(entry.canonical);
  const role = entry.kind === 'person' && entry.role ? ` — ${escapeMarkdown(entry.role)}` : '';
  const head = `**${escapeMarkdown(entry.canonical)}** (${KIND_LABEL[entry.kind]})${role}`;
  const shared = new Set([...n.at.facts.concepts].filter((c) => c !== concept));
  const mentioning = index.sentences
    .filter((s) => s.facts.names.some((m) => m.entry === entry))
    .map((s) => ({ s, score: [...shared].filter((c) => s.facts.concepts.has(c)).reduce((sum, c) => sum + index.weight(c), 0) }))
    .sort((a, b) => b.score - a.score);
  const shown = mentioning.slice(0, maxQuotes);
  const quotes = shown.map(({ s }) => renderSourceQuote(s, s.facts.names.filter((m) => m.entry === entry))).join('\n\n');
  return `${head}\n\n${quotes}${moreLine(mentioning.length, shown.length)}`;
}
