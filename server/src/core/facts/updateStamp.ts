import { PAGE_DAY_WORDS, STAMP_WORDS, wordAlternation } from '../context/lexicon';
import type { Figure } from '../types';
import { withoutWeekdayBefore } from './weekdays';

/** "Aktualisiert: 28.01.2025, 11:40 Uhr - …": a stamp word and a colon at the sentence's start, right before the date. */
const STAMPED = new RegExp(String.raw`^[\s*_]*(?:${wordAlternation(STAMP_WORDS)})[\s*_]*:[\s*_]*$`, 'iu');

/** A sentence that opens with such a stamp, a date right after it. */
const STAMP_OPENING = new RegExp(String.raw`^[\s*_]*(?:${wordAlternation(STAMP_WORDS)})[\s*_]*:[\s*_]*\d`, 'iu');

/** "*Ratgeber KI · Stand: 3. Februar 2025*": a page stamp at a line's start or after a separator, right before the date. */
const PAGE_STAMPED = new RegExp(String.raw`(?:^|[·•|–—-]|\n)[\s*_]*(?:${wordAlternation(PAGE_DAY_WORDS)})[\s*_]*:[\s*_]*$`, 'iu');

/** Whether a date is an item's update stamp: the day it was written, no day of what it tells. */
export function isStampDate(text: string, date: Figure): boolean {
  return STAMPED.test(text.slice(0, date.start));
}

/** Whether a sentence opens with an update stamp. */
export function opensWithStamp(text: string): boolean {
  return STAMP_OPENING.test(text);
}

/**
 * Whether a date stamps the whole page with its day ("Stand: 3. Februar 2025", "Updated: 3 February 2025", "Sendung:
 * Dienstag, 28. Januar 2025"), a weekday between the stamp and the date or not.
 */
export function isPageStampDate(text: string, date: Figure): boolean {
  return PAGE_STAMPED.test(withoutWeekdayBefore(text.slice(0, date.start)));
}
