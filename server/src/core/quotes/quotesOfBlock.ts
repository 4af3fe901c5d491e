import type { NameIndex } from '../names/nameIndex';
import type { ProseBlock } from '../text/prose';
import type { NameMention, Span } from '../types';
import { findNearMisses } from '../names/spelling';
import { attributeSpeaker, SPEECH_VERB, type Speaker } from './attributeSpeaker';
import { creditedOutlets } from './creditedOutlet';
import { findQuotes } from './findQuotes';
import { quoteWords, type QuoteWords } from './wordAlignment';

const SPEECH_VERB_WORD = new RegExp(String.raw`(?<![\p{L}])${SPEECH_VERB}(?![\p{L}])`, 'iu');
/** "…“, der Präsident selbst von einem „…“; "…", the president …: someone new, unnamed, speaks the next quotation. */
const NEW_UNNAMED_SUBJECT = /(?:^|[,;]|\bund|\band)\s+(?:der|die|the)\s+(?:\p{Lu}[\p{L}-]*|[\p{Ll}-]+(?=\s+(?:selbst|himself|herself)\b))/u;
/**
 * „…“, die Kostenvorteile seien interessant, „…“: a verb of reported speech (Konjunktiv I) says the clause is still the
 * speaker's report, so the noun before it is what the speaker talks about, not someone new who speaks.
 */
const REPORTED_SPEECH_VERB = /(?<![\p{L}])(?:sei|seien|habe|hätten?|werde|würden?|könne|könnten|müsse|müssten|solle|wolle|dürfe|gebe|gäbe)(?![\p{L}])/u;

/** A quotation; its spans are relative to its block or to the document, as the function that made it says. */
export interface Quotation extends Span {
  /** The quoted words without the marks. */
  text: string;
  inner: Span;
  words: QuoteWords;
  /** The words' spans in the document (set once the quotation is placed in one). */
  documentWords?: Span[];
  speaker?: Speaker;
}

/**
 * "| Zihan Wang | „…“ |": a quotation in a table cell without a speaker of its own is said by the person its row
 * names. The speaker's span is in the document, in the other cell.
 */
export function speakerFromRow<Q extends Quotation>(q: Q, block: ProseBlock, names: NameIndex): Q {
  if (q.speaker || !block.rowCells) return q;
  for (const cell of block.rowCells) {
    const person = names.find(cell.text).find((m) => m.entry.kind === 'person');
    if (!person) continue;
    const span = { start: cell.offsets[person.start], end: cell.offsets[person.end - 1] + 1 };
    return { ...q, speaker: { text: person.text, span, mention: { ...person, ...span } } };
  }
  return q;
}

/** The quotations of a prose block and who says them, with document offsets. */
export function quotationsOfBlock(block: ProseBlock, names: NameIndex): Quotation[] {
  return quotationsOfText(block.text, names).map((q) => speakerFromRow(quotationInDocument(q, block), block, names));
}

/** A block's quotation moved from block offsets to document offsets. */
export function quotationInDocument<Q extends Quotation>(q: Q, block: ProseBlock): Q {
  const toDocument = (span: Span): Span => ({ start: block.offsets[span.start], end: span.end > span.start ? block.offsets[span.end - 1] + 1 : block.offsets[span.start] });
  const documentWords = q.words.spans.map((w) => toDocument({ start: q.inner.start + w.start, end: q.inner.start + w.end }));
  return { ...q, ...toDocument(q), inner: toDocument(q.inner), documentWords, ...(q.speaker ? { speaker: { ...q.speaker, span: toDocument(q.speaker.span) } } : {}) };
}

/**
 * The quotations of a block's text and who says them, with offsets into that text. In a draft, a misspelt name
 * ("Stacy Rasgan of Bernstein Research said") is still the person who speaks, not the firm after it: the spelling is
 * another finding's business.
 */
export function quotationsOfText(text: string, names: NameIndex, misspeltNamesSpeak = false): Quotation[] {
  // Most blocks quote no one: their names, and the draft's near misses, are not looked up here at all.
  const quotes = findQuotes(text);
  if (quotes.length === 0) return [];
  const known = names.find(text);
  const withOutlets = withCreditedOutlets(text, known);
  const mentions = misspeltNamesSpeak ? withMisspeltNames(text, withOutlets, names) : withOutlets;
  let previousEnd = 0;
  let previousSpeaker: Speaker | undefined;
  return quotes.map((quote) => {
    // "„…“, sagt Sheehan. „…“": a quotation that follows another without a new name is the same speaker's; a new
    // speech verb for someone unnamed or misspelt ("Marc Andreesen, by contrast, praised …") starts another.
    const between = text.slice(previousEnd, quote.start);
    const previousNamedBetween = previousSpeaker && previousSpeaker.span.start >= previousEnd;
    const inherits = previousSpeaker && !mentions.some((n) => n.start >= previousEnd && n.end <= quote.start && n.start !== previousSpeaker!.span.start)
      && (previousNamedBetween || (!SPEECH_VERB_WORD.test(between) && !newUnnamedSubject(between)));
    const speaker = attributeSpeaker(text, quote, mentions, previousEnd) ?? (inherits ? previousSpeaker : undefined);
    previousEnd = quote.end;
    previousSpeaker = speaker;
    const quoted = text.slice(quote.inner.start, quote.inner.end);
    return { start: quote.start, end: quote.end, inner: quote.inner, text: quoted, words: quoteWords(quoted), ...(speaker ? { speaker } : {}) };
  });
}

/** "der Präsident selbst von einem „…“" names someone new; "die Kostenvorteile seien interessant, „…“" reports on. */
function newUnnamedSubject(between: string): boolean {
  const subject = NEW_UNNAMED_SUBJECT.exec(between);
  return subject !== null && !REPORTED_SPEECH_VERB.test(between.slice(subject.index + subject[0].length));
}

/** „…“, schrieb das Handelsblatt: an outlet no source names is still who the draft credits with the words. */
function withCreditedOutlets(text: string, known: NameMention[]): NameMention[] {
  const outlets = creditedOutlets(text, known);
  return outlets.length === 0 ? known : [...known, ...outlets].sort((a, b) => a.start - b.start);
}

function withMisspeltNames(text: string, known: NameMention[], names: NameIndex): NameMention[] {
  const misspelt = findNearMisses(text, known, names);
  if (misspelt.length === 0) return known;
  return [...known, ...misspelt.map(({ start, end, text: written, entry }) => ({ start, end, text: written, entry }))].sort((a, b) => a.start - b.start);
}
