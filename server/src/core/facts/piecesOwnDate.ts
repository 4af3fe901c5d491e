import type { Figure } from '../types';
import { wordAlternation } from '../context/lexicon';
import { CLOCK_TIME_SUFFIXES, PIECE_FIELD_LABELS, PIECE_SECTION_WORDS } from '../figures/vocabulary';

/**
 * "Published 31 January 2025.", "Stand der Angaben: 31. Januar 2025.", "Updated: Friday, 31 January 2025": a line that
 * gives only the day of the piece itself (its issue, its deadline), maybe with its hour, and says nothing else.
 */
const OWN_DATE_BEFORE = /^[\s*_>|-]*(?:(?:first\s+|last\s+)?(?:published|posted|updated)(?:\s+on)?|as\s+of|(?:zuerst\s+|zuletzt\s+)?(?:erschienen|veröffentlicht|aktualisiert)(?:\s+am)?|stand(?:\s+der\s+(?:angaben|daten|zahlen|informationen))?|redaktionsschluss)\s*:?\s*(?:\p{L}+,?\s+)?(?:den\s+|dem\s+|the\s+)?$/iu;
const CLOCK = String.raw`(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:${wordAlternation(CLOCK_TIME_SUFFIXES)}))?`;
/**
 * One of the piece's own fields after a middle dot, a bullet or a bar, each by its own evidence: a label the lexicon
 * knows („Ressort: Wirtschaft“, „Lesezeit: 4 Min.“), a byline of names ("By Jana Kurs and Tim Li", „Von Jana Kurs“), a
 * reading time ("4 min read"), a clock time ("9:14 AM ET"), a section word ("Markets"). A statement there ("| DeepSeek
 * unveils R1") is none: it tells of the day, which is then no own date.
 */
const FIELD = String.raw`[ \t]*[·•|][ \t]*(?:(?:${wordAlternation(PIECE_FIELD_LABELS)})[ \t]*:[^·•|\n]*|(?:von|by)[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:(?:und|and|&)[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,5}|\d{1,3}[ \t]*(?:min\.?|mins?|minutes?|minuten)(?:[ \t]+(?:read|lesezeit))?|${CLOCK}(?:[ \t]+\p{Lu}{2,4})?|(?:${wordAlternation(PIECE_SECTION_WORDS)}))(?![\p{L}])[ \t]*`;
/**
 * Nothing after the date but the hour of the piece ("Posted Jan 28, 2025 at 9:14 a.m.", „Erschienen: 28. Januar 2025,
 * 19:00 Uhr“) and its own fields („… · Ressort: Wirtschaft“).
 */
const OWN_DATE_AFTER = new RegExp(String.raw`^[\s.*_]*(?:(?:,|at|um)\s*${CLOCK}[\s.*_]*)?(?:${FIELD})*[ \t*_]*$`, 'iu');

/**
 * Whether a date is the piece's own day: no source can state it, nor say it is wrong, however many name that day
 * (the day OpenAI released o3-mini) or another day of the piece's subject (R1's release for "Published").
 */
export function isPiecesOwnDate(figure: Figure, sentence: string): boolean {
  if (figure.kind !== 'date') return false;
  return OWN_DATE_BEFORE.test(sentence.slice(0, figure.start)) && OWN_DATE_AFTER.test(sentence.slice(figure.end));
}
