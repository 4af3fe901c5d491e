import type { Figure } from '../types';
import { wordAlternation } from '../context/lexicon';
import { CLOCK_TIME_SUFFIXES } from '../figures/vocabulary';

/**
 * "Published 31 January 2025.", "Stand der Angaben: 31. Januar 2025.", "Updated: Friday, 31 January 2025": a line that
 * gives only the day of the piece itself (its issue, its deadline), maybe with its hour, and says nothing else.
 */
const OWN_DATE_BEFORE = /^[\s*_>|-]*(?:(?:first\s+|last\s+)?(?:published|posted|updated)(?:\s+on)?|as\s+of|(?:zuerst\s+|zuletzt\s+)?(?:erschienen|veröffentlicht|aktualisiert)(?:\s+am)?|stand(?:\s+der\s+(?:angaben|daten|zahlen|informationen))?|redaktionsschluss)\s*:?\s*(?:\p{L}+,?\s+)?(?:den\s+|dem\s+|the\s+)?$/iu;
/** Nothing after the date but the hour of the piece: "Posted Jan 28, 2025 at 9:14 a.m.", „Erschienen: 28. Januar 2025, 19:00 Uhr“. */
const OWN_DATE_AFTER = new RegExp(String.raw`^[\s.*_]*(?:(?:,|at|um)\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:${wordAlternation(CLOCK_TIME_SUFFIXES)}))?[\s.*_]*)?$`, 'iu');

/**
 * Whether a date is the piece's own day: no source can state it, nor say it is wrong, however many name that day
 * (the day OpenAI released o3-mini) or another day of the piece's subject (R1's release for "Published").
 */
export function isPiecesOwnDate(figure: Figure, sentence: string): boolean {
  if (figure.kind !== 'date') return false;
  return OWN_DATE_BEFORE.test(sentence.slice(0, figure.start)) && OWN_DATE_AFTER.test(sentence.slice(figure.end));
}
