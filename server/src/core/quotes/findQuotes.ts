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
 * Single marks quote as well: a wire's headline ("ANDREESSEN CALLS R1 'MOST SPECTACULAR BREAKTHROUGH'"), British
 * English, a German ‚…‘. The same marks are apostrophes ("DeepSeek's", "investors' money", "the '90s", "rock 'n' roll"):
 * a single mark opens only after a space, a line's start or an opening bracket, dash or colon, before a letter; it
 * closes before no letter or digit; and what it quotes holds two words at least (one in ‚…‘).
 */
const SINGLE_CLOSERS: Record<string, string> = { "'": "'", '‘': '’', '‚': '‘' };
const SINGLE_OPENS_AFTER = /[\s([{:*\u2013\u2014]/u;

function singleCloser(text: string, open: number): number {
  if ((open > 0 && !SINGLE_OPENS_AFTER.test(text[open - 1])) || !/\p{L}/u.test(text[open + 1] ?? '')) return -1;
  const closers = SINGLE_CLOSERS[text[open]];
  let possessive = -1;
  const last = Math.min(text.length, open + LONGEST_SINGLE_QUOTATION);
  for (let j = open + 2; j < last && !(text[j] === '\n' && text[j + 1] === '\n'); j++) {
    if (!closers.includes(text[j]) || /[\p{L}\d]/u.test(text[j + 1] ?? '')) continue;
    // "'the investors' fears are overblown'": a plural's apostrophe before a word of the same clause closes only where
    // no other mark does, and where the next single mark opens no quotation of its own ("spoke of 'new competitors'
    // and Andreessen of '…'").
    if (text[j - 1] === 's' && /^\s\p{Ll}/u.test(text.slice(j + 1, j + 3)) && !nextMarkOpens(text, j + 1, last)) {
      if (possessive < 0) possessive = j;
      continue;
    }
    return enoughWords(text, open, j) ? j : -1;
  }
  return possessive > 0 && enoughWords(text, open, possessive) ? possessive : -1;
}

/** Whether the first single mark from `from` on (a ’ only closes) opens a quotation: after a space or bracket, before a letter. */
function nextMarkOpens(text: string, from: number, last: number): boolean {
  for (let k = from; k < last; k++) {
    if (text[k] === '’') return false;
    if (SINGLE_CLOSERS[text[k]]) return SINGLE_OPENS_AFTER.test(text[k - 1]) && /\p{L}/u.test(text[k + 1] ?? '');
  }
  return false;
}

/** An apostrophe far on never closes a quotation: a single mark that opens none is lost within a sentence or two. */
const LONGEST_SINGLE_QUOTATION = 400;

/** Two words at least, but one in German low marks („einen ‚Weckruf‘“): ‚ is never an apostrophe. */
const enoughWords = (text: string, open: number, close: number) => text[open] === '‚' || /\S\s+\S/u.test(text.slice(open + 1, close));

/**
 * Finds quotations in a block of prose: „…“, “…”, »…«, «…», "…", and in single marks ('…', ‘…’, ‚…‘). Marks inside a
 * quotation (nested ‚…‘ or '…', or a different mark) stay part of it; an opening mark that is never closed is no
 * quotation.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    if (SINGLE_CLOSERS[text[i]]) {
      const end = singleCloser(text, i);
      if (end > 0) {
        quotes.push({ start: i, end: end + 1, inner: { start: i + 1, end } });
        i = end + 1;
      } else i++;
      continue;
    }
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
