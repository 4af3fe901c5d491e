import type { NameIndex } from '../names/nameIndex';
import type { ProseBlock } from '../text/prose';
import type { Span } from '../types';
import { attributeSpeaker, type Speaker } from './attributeSpeaker';
import { findQuotes } from './findQuotes';
import { quoteWords, type QuoteWords } from './matchQuote';

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

/** The quotations of a prose block and who says them, with document offsets. */
export function quotationsOfBlock(block: ProseBlock, names: NameIndex): Quotation[] {
  return quotationsOfText(block.text, names).map((q) => quotationInDocument(q, block));
}

/** A block's quotation moved from block offsets to document offsets. */
export function quotationInDocument<Q extends Quotation>(q: Q, block: ProseBlock): Q {
  const toDocument = (span: Span): Span => ({ start: block.offsets[span.start], end: span.end > span.start ? block.offsets[span.end - 1] + 1 : block.offsets[span.start] });
  const documentWords = q.words.spans.map((w) => toDocument({ start: q.inner.start + w.start, end: q.inner.start + w.end }));
  return { ...q, ...toDocument(q), inner: toDocument(q.inner), documentWords, ...(q.speaker ? { speaker: { ...q.speaker, span: toDocument(q.speaker.span) } } : {}) };
}

/** The quotations of a block's text and who says them, with offsets into that text. */
export function quotationsOfText(text: string, names: NameIndex): Quotation[] {
  const mentions = names.find(text);
  let previousEnd = 0;
  let previousSpeaker: Speaker | undefined;
  return findQuotes(text).map((quote) => {
    // "„…“, sagt Sheehan. „…“": a quotation that follows another without a new name is the same speaker's.
    const inherits = previousSpeaker && !mentions.some((n) => n.start >= previousEnd && n.end <= quote.start && n.start !== previousSpeaker!.span.start);
    const speaker = attributeSpeaker(text, quote, mentions, previousEnd) ?? (inherits ? previousSpeaker : undefined);
    previousEnd = quote.end;
    previousSpeaker = speaker;
    const quoted = text.slice(quote.inner.start, quote.inner.end);
    return { start: quote.start, end: quote.end, inner: quote.inner, text: quoted, words: quoteWords(quoted), ...(speaker ? { speaker } : {}) };
  });
}
