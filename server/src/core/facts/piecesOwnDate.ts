import type { Figure } from '../types';

/**
 * "Published 31 January 2025.", "Stand der Angaben: 31. Januar 2025.", "Updated: Friday, 31 January 2025": a line that
 * gives only the day of the piece itself (its issue, its deadline) and says nothing else.
 */
const OWN_DATE_BEFORE = /^[\s*_>|-]*(?:(?:first\s+|last\s+)?(?:published|posted|updated)(?:\s+on)?|as\s+of|(?:zuerst\s+|zuletzt\s+)?(?:erschienen|veröffentlicht|aktualisiert)(?:\s+am)?|stand(?:\s+der\s+(?:angaben|daten|zahlen|informationen))?|redaktionsschluss)\s*:?\s*(?:\p{L}+,?\s+)?(?:den\s+|dem\s+|the\s+)?$/iu;
const OWN_DATE_AFTER = /^[\s.*_]*$/u;

/**
 * Whether a date is the piece's own day: no source can state it, nor say it is wrong, however many name that day
 * (the day OpenAI released o3-mini) or another day of the piece's subject (R1's release for "Published").
 */
export function isPiecesOwnDate(figure: Figure, sentence: string): boolean {
  if (figure.kind !== 'date') return false;
  return OWN_DATE_BEFORE.test(sentence.slice(0, figure.start)) && OWN_DATE_AFTER.test(sentence.slice(figure.end));
}
