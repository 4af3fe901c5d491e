import type { Span } from '../types';
import { wordAlternation } from '../context/lexicon';
import { NUMBERED_INDEX_NAMES } from '../names/wordLists';

// "S&P-500", „DAX-40“: a hyphen joins the index's number as often as a space does.
const NUMBERED_INDEX = new RegExp(`(?<![\\p{L}\\d])(?:${wordAlternation(NUMBERED_INDEX_NAMES).replace(/\\s\+/g, '[\\s-]+')})(?![\\p{L}\\d])`, 'giu');
const INDEX_NUMBER_DIGITS = /\d/;

/** Where a sentence names a stock index whose name ends in a number ("The broader S&P 500 lost 1.5%"). */
export function numberedIndexSpans(text: string): Span[] {
  if (!INDEX_NUMBER_DIGITS.test(text)) return [];
  return [...text.matchAll(NUMBERED_INDEX)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}
