import { insideQuotedSource, type DraftAnalysis, type DraftFigure, type DraftName, type DraftQuotation } from '../analysis/draft';
import { claimOf, type Claim } from '../claims/claims';
import { nameConcept } from '../context/concepts';
import { messagesFor, type Messages } from '../i18n/messages';
import type { SourceIndex, SourceSentence } from '../sources/sourceIndex';
import { figureQuote, firstPerSentence, quotationQuote } from './quotedSentences';
import { describeFact } from '../facts/describeFact';
import { escapeMarkdown, renderSourceQuote } from './sourceQuote';
import { knownKind } from '../names/kindEvidence';
import { fromUtf8Chars, utf8Chars } from '../text/utf8Chars';
import { SizedCache } from '../cache/sizedCache';
import { sameFactFirst, sentencesStating } from './sameFactFirst';
import { quotationOfWrongSpeaker, wronglyAttributed } from './misattributedSpeaker';

/** What the hovers shared between owners may hold: a 1 MB draft's distinct hovers are about 2 MB of UTF-8. */
const EQUAL_HOVER_CHARS = 4_000_000;

export interface HoverResult {
  markdown: string;
  start: number;
  end: number;
}

/** The hover for whatever lies at `offset`: a figure, a name, a quotation, else the claim of the sentence. */
export function hoverAt(draft: DraftAnalysis, index: SourceIndex, offset: number, maxQuotes = 3, locale?: string): HoverResult | undefined {
  const t = messagesFor(locale);
  // A figure inside a quotation of the sources is checked as the quotation's wording: the quotation answers.
  const figure = draft.figures.find((f) => f.span.start <= offset && offset < f.span.end && !insideQuotedSource(draft, f.span));
  if (figure) return { markdown: figureHover(figure, maxQuotes, t), ...figure.span };
  const at = { start: offset, end: offset + 1 };
  const spoken = quotationOfWrongSpeaker(draft, at);
  if (spoken) return { markdown: quotationHover(spoken, index, t), ...spoken.speaker!.span };
  const name = draft.names.find((n) => n.span.start <= offset && offset < n.span.end && !insideQuotedSource(draft, n.span));
  if (name) return { markdown: nameHover(name, index, maxQuotes, t, sentencesStating(draft.blocks, name)), ...name.span };
  const quotation = draft.quotations.find((q) => q.match && q.start <= offset && offset < q.end);
  if (quotation) return { markdown: quotationHover(quotation, index, t), start: quotation.start, end: quotation.end };
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

function quotationHover(q: DraftQuotation, index: SourceIndex, t: Messages): string {
  const { source, alignment } = q.match!;
  const speaker = source.speaker ? t.quotationBy(escapeMarkdown(source.speaker.mention?.entry.canonical ?? source.speaker.text)) : '';
  const quote = quotationQuote(q)!;
  // A quotation of several sentences is shown whole: each of its sentences, the quoted words in bold.
  const more = index.sentencesOf(source.at.source).filter((s) => s.sentence.start > source.at.sentence.start && s.sentence.start < source.inner.end);
  const rest = more.map((s) => renderSourceQuote(s, [{ start: 0, end: localOffset(s, source.inner.end) }]));
  return `**${t.quotation}**${speaker}: ${q.match!.translated ? t.quotedInTranslation : alignment.verbatim ? t.quotedVerbatim : t.quotedDifferently}.\n\n${[renderSourceQuote(quote.at, quote.bold), ...rest].join('\n\n')}`;
}

function localOffset(at: SourceSentence, offset: number): number {
  const i = at.sentence.offsets.findIndex((o) => o >= offset);
  return i < 0 ? at.sentence.text.length : i;
}

function figureHover(f: DraftFigure, maxQuotes: number, t: Messages): string {
  const { match } = f;
  const head = `**${escapeMarkdown(f.figure.text)}**`;
  const readAs = `\n\n${t.readAs(escapeMarkdown(describeFact(f.fact, t.locale)))}${f.retracted ? `\n\n${t.retracted}` : ''}`;
  if (match.status === 'unsourced') return `${head}: ${t.hoverNoSource}${readAs}`;
  const best = match.evidence[0];
  const status = match.status === 'supported' ? t.hoverSupported : t.hoverSourceSays(escapeMarkdown(best.figure.text));
  // One quote per source sentence: the first (best) figure in it is the one in bold.
  const bySentence = sameFactFirst(f.fact, firstPerSentence(match.evidence), match.status !== 'supported');
  const shown = bySentence.slice(0, maxQuotes);
  const quotes = shown.map(figureQuote).map((q) => renderSourceQuote(q.at, q.bold, q.shared)).join('\n\n');
  return `${head}: ${status}.${readAs}\n\n${quotes}${moreLine(bySentence.length, shown.length, t)}`;
}

/** `stating`: the source sentences that state what the draft says of the name (sameFactFirst.ts), shown first. */
function nameHover(n: DraftName, index: SourceIndex, maxQuotes: number, t: Messages, stating: SourceSentence[]): string {
  const { entry } = n.mention;
  const concept = nameConcept(entry.canonical);
  // A kind only where something says so: a company the sources never classify is no person.
  const kind = knownKind(entry);
  const role = kind === 'person' && entry.role ? ` — ${escapeMarkdown(entry.role)}` : '';
  const head = `**${escapeMarkdown(entry.canonical)}**${kind && kind !== 'other' ? ` (${t.nameKind[kind]})` : ''}${role}`;
  const shared = new Set([...n.at.facts.concepts].filter((c) => c !== concept));
  const mentioning = index
    .sentencesWith(concept)
    .filter((s) => s.facts.names.some((m) => m.entry === entry))
    .map((s) => ({ s, score: [...shared].filter((c) => s.facts.concepts.has(c)).reduce((sum, c) => sum + index.weight(c), 0) }))
    .sort((a, b) => rankOf(stating, a.s) - rankOf(stating, b.s) || b.score - a.score);
  const shown = mentioning.slice(0, maxQuotes);
  const quotes = shown.map(({ s }) => renderSourceQuote(s, s.facts.names.filter((m) => m.entry === entry))).join('\n\n');
  return `${head}${quotes ? `\n\n${quotes}` : ''}${moreLine(mentioning.length, shown.length, t)}`;
}

function rankOf(stating: SourceSentence[], s: SourceSentence): number {
  const k = stating.indexOf(s);
  return k < 0 ? stating.length : k;
}

/**
 * Every hover of a checked draft at once, in `hoverAt`'s order of precedence (figures, names, quotations, claims),
 * for a server that answers hovers from a finished check while the next one runs. A name's hover depends only on
 * the name and the concepts around it, so equal ones are made once.
 */
export function hoverLayers(draft: DraftAnalysis, index: SourceIndex, claims: Claim[], maxQuotes = 3, locale?: string): HoverResult[][] {
  return hoverLayersUtf8(draft, index, claims, maxQuotes, locale).map((layer) => layer.map(({ utf8, start, end }) => ({ markdown: fromUtf8Chars(utf8), start, end })));
}

/** A hover's Markdown as its UTF-8 bytes, one character per byte (text/utf8Chars.ts): what the server keeps and sends. */
export interface HoverUtf8 {
  utf8: string;
  start: number;
  end: number;
}

/** `hoverLayers` with each hover's Markdown as UTF-8 bytes, the same string for an unchanged figure, name or claim. */
export function hoverLayersUtf8(draft: DraftAnalysis, index: SourceIndex, claims: Claim[], maxQuotes = 3, locale?: string): HoverUtf8[][] {
  const t = messagesFor(locale);
  const variant = `${maxQuotes}\u0000${locale ?? ''}`;
  return [
    // Figures and names inside a quotation of the sources are answered by the quotation, as in hoverAt.
    draft.figures.filter((f) => !insideQuotedSource(draft, f.span)).map((f) => ({ utf8: remembered(figureHovers, f.match, f.figure.text, variant, () => figureHover(f, maxQuotes, t)), ...f.span })),
    // A name that speaks a quotation the source gives to someone else is answered by the quotation, as in hoverAt.
    draft.names.filter((n) => !insideQuotedSource(draft, n.span) && !quotationOfWrongSpeaker(draft, n.span)).map((n) => {
      // What the paragraph's figures say of the name changes its hover as much as the name does.
      const stating = sentencesStating(draft.blocks, n);
      const what = stating.length ? `${n.mention.entry.canonical}\u0000${stating.map((s) => `${s.source.input.id}:${s.sentence.start}`).join(' ')}` : n.mention.entry.canonical;
      return { utf8: remembered(nameHovers, n.at.facts, what, variant, () => nameHover(n, index, maxQuotes, t, stating)), ...n.span };
    }),
    draft.quotations.filter((q) => q.match).flatMap((q) => {
      const utf8 = utf8Chars(quotationHover(q, index, t));
      const spoken = { utf8, start: q.start, end: q.end };
      return wronglyAttributed(draft).includes(q) ? [spoken, { utf8, ...q.speaker!.span }] : [spoken];
    }),
    claims.map((c) => ({ utf8: remembered(claimHovers, c.evidence, c.status, variant, () => claimHover(c, maxQuotes, t)), start: c.start, end: c.end })),
  ];
}

/**
 * A hover depends only on objects that the analysis caches keep while their text is unchanged (a figure's match, a
 * sentence's facts, a claim's evidence), so after an edit the hovers of the unchanged rest are not made again.
 * Kept per owner as a list of (what, variant, markdown) triples, the markdown as its UTF-8 bytes, one character per
 * byte: as it is, a hover that quotes a source is two bytes a character (its dashes, „“ and − lie beyond Latin-1),
 * and a 1 MB draft's 40,000 hovers held 24 MB of the check worker's heap. A Map per owner for its one or two hovers and
 * a key joined from two strings it holds anyway held 2 MB more at 500 KB.
 */
const figureHovers = new WeakMap<object, string[]>();
const nameHovers = new WeakMap<object, string[]>();
const claimHovers = new WeakMap<object, string[]>();

function remembered(memo: WeakMap<object, string[]>, owner: object, what: string, variant: string, make: () => string): string {
  const known = memo.get(owner) ?? NONE;
  for (let k = 0; k < known.length; k += 3) if (known[k] === what && known[k + 1] === variant) return known[k + 2];
  const markdown = oneOfEqualHovers(utf8Chars(make()));
  // Made at its size (concat): spread into a literal, the list keeps room for 17 (112 bytes more per owner).
  memo.set(owner, known.concat([what, variant, markdown]));
  return markdown;
}
const NONE: string[] = [];

/**
 * Equal hovers of different owners as one string: a name's hover for each sentence that mentions it, "**Claim**: no
 * source states this." for every unsourced sentence. Bounded by the characters it holds; the strings stay with their
 * owners when it lets them go.
 */
const equalHovers = new SizedCache<string, string>(EQUAL_HOVER_CHARS);
function oneOfEqualHovers(markdown: string): string {
  const known = equalHovers.get(markdown);
  if (known !== undefined) return known;
  equalHovers.set(markdown, markdown);
  return markdown;
}

/** No draft is open any more: the hovers kept to share are let go. */
export function forgetEqualHovers(): void {
  equalHovers.clear();
}
