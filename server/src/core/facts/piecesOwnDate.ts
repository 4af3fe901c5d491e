import type { Figure } from '../types';
import type { Fact } from './fact';
import { wordAlternation } from '../context/lexicon';
import { CLOCK_TIME_SUFFIXES } from '../figures/vocabulary';
import { withoutWeekdayBefore } from './weekdays';

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

/** A place as a letter or a session gives it: one or two capitalised words ("Straßburg", "New York", "Baden-Baden"). */
const PLACE = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ /]\p{Lu}[\p{L}'’.-]*)?`;
/** "Straßburg, 29. Januar 2025", "Berlin, den 29. Januar 2025" (its weekday taken off before). */
const PLACE_BEFORE_DAY = new RegExp(String.raw`^[\s*_>]*${PLACE}\s*,\s*(?:den\s+|the\s+)?$`, 'u');
/** "29. Januar 2025 – Straßburg", "January 29, 2025, Strasbourg". */
const PLACE_AFTER_DAY = new RegExp(String.raw`^\s*(?:[—–-]|,)\s*${PLACE}[\s.*_]*$`, 'u');
const NOTHING_BEFORE_DAY = /^[\s*_>]*(?:den\s+|the\s+)?$/iu;
const NOTHING_AFTER_DAY = /^[\s.*_]*$/u;

/**
 * "Mittwoch, 29. Januar 2025 – Straßburg", "Berlin, den 29. Januar 2025", "London, 29 January 2025": a line that gives
 * only a place and a day is where and when the piece itself was written or held (a letter, a speech, a session), not
 * the day of an event, however many articles report something of that day. Only where the fact names no one but a
 * place: "Nvidia, 28. Januar 2025" under a chart is Nvidia's day.
 */
export function isPlaceAndDayLine(fact: Fact, sentence: string): boolean {
  const { figure } = fact;
  if (figure.kind !== 'date' || figure.date?.day === undefined || !fact.entities.every((e) => fact.places?.includes(e))) return false;
  const before = withoutWeekdayBefore(sentence.slice(0, figure.start));
  const after = sentence.slice(figure.end);
  return (PLACE_BEFORE_DAY.test(before) && NOTHING_AFTER_DAY.test(after)) || (NOTHING_BEFORE_DAY.test(before) && PLACE_AFTER_DAY.test(after));
}
