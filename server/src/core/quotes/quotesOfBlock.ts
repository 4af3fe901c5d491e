import type { NameIndex } from '../names/nameIndex';
import type { ProseBlock } from '../text/prose';
import type { Span } from '../types';
import { attributeSpeaker, type Speaker } from './attributeSpeaker';
import { findQuotes } from './findQuotes';
import { quoteWords, type QuoteWords } from './matchQuote';

/** A quotation with document offsets. */
export interface Quotation extends Span {
  /** The quoted words without the marks. */
  text: string;
  inner: Span;
  words: QuoteWords;
  speaker?: Speaker;
}

/** The quotations of a prose block and who says them; all spans are document offsets. */
export function quotationsOfBlock(block: ProseBlock, names: NameIndex): Quotation[] {
  const mentions = names.find(block.text);
  const toDocument = (span: Span): Span => ({ start: block.offsets[span.start], end: span.end > span.start ? block.offsets[span.end - 1] + 1 : block.offsets[span.start] });
  let previousEnd = 0;
  let previousSpeaker: Speaker | undefined;
  return findQuotes(block.text).map((quote) => {
    // "„…“, sagt Sheehan. „…“": a quotation that follows another without a new name is the same speaker's.
    const inherits = previousSpeaker && !mentions.some((n) => n.start >= previousEnd && n.end <= quote.start && n.start !== previousSpeaker!.span.start);
    const speaker = attributeSpeaker(block.text, quote, mentions, previousEnd) ?? (inherits ? previousSpeaker : undefined);
    previousEnd = quote.end;
    previousSpeaker = speaker;
    const text = block.text.slice(quote.inner.start, quote.inner.end);
    return {
      ...toDocument(quote),
      inner: toDocument(quote.inner),
      text,
      words: quoteWords(text),
      ...(speaker ? { speaker: { ...speaker, span: toDocument(speaker.span) } } : {}),
    };
  });
}
