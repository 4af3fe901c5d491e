import type { Span } from '../types';

export interface QuoteSpan extends Span {
  /** The quoted words, without the quotation marks. */
  inner: Span;
}

/** Opening mark → the marks that close it. “ opens in English and closes in German: it is tried as a closer first. */
const CLOSERS: Record<string, string> = {
  '„': '“”',
  '“': '”',
  '»': '«',
  '«': '»',
  '"': '"',
};

const OPENING_LOW = '„';

/** The straight mark that closes a German quotation opened at `open`, before any other German quotation opens. */
function straightCloser(text: string, open: number): number {
  const next = text.indexOf(OPENING_LOW, open + 1);
  const straight = text.indexOf('"', open + 1);
  return straight >= 0 && (next < 0 || straight < next) ? straight : -1;
}

/**
 * Finds quotations in a block of prose: „…“, “…”, »…«, «…», "…". Marks inside a quotation (nested ‚…‘ or '…',
 * or a different mark) stay part of it; an opening mark that is never closed is no quotation.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const closers = CLOSERS[text[i]];
    if (!closers || (text[i] === '"' && /[\p{L}\d]/u.test(text[i - 1] ?? ''))) {
      i++;
      continue;
    }
    let end = -1;
    for (let j = i + 1; j < text.length; j++) {
      if (closers.includes(text[j])) {
        end = j;
        break;
      }
      // „… aber keine Sensation": typed on an English keyboard, the German quotation closes with a straight mark; it is
      // the closer only where no German one comes before the next quotation opens.
      if (text[j] === OPENING_LOW) break;
    }
    if (end < 0 && text[i] === OPENING_LOW) end = straightCloser(text, i);
    if (end < 0 || !/\p{L}/u.test(text.slice(i + 1, end))) {
      i++;
      continue;
    }
    quotes.push({ start: i, end: end + 1, inner: { start: i + 1, end } });
    i = end + 1;
  }
  return quotes;
}
