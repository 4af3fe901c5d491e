import { ONCE_EVENT_PARTICIPLES, wordAlternation } from '../context/lexicon';
import { MONTH_PATTERN } from '../text/months';
import type { Span } from '../types';

const DE = wordAlternation(ONCE_EVENT_PARTICIPLES.de);
const EN = wordAlternation(ONCE_EVENT_PARTICIPLES.en);
/** "2009", "im Juli 2023", "im Jahr 2009", "March 2024". */
const WHEN = `(?:(?:im|in|on)\\s+(?:(?:jahre?|the\\s+year)\\s+)?)?(?:\\d{1,2}\\.?\\s+)?(?:(?:${MONTH_PATTERN})\\s+)?\\d{4}`;
/** A few words between the time and the participle („2009 in Karlsruhe gegründete“), none a figure or a stop. */
const BETWEEN = `(?:\\s+[\\p{L}-]+){0,3}?`;
const PHRASES = [
  // „Das 2009 gegründete Unternehmen“: an attributive participle, inflected, before its noun.
  `(?<![\\p{L}\\d])${WHEN}${BETWEEN}\\s+(?:${DE})(?:e|en|er|es|em)(?![\\p{L}])`,
  // "the 2009-founded company".
  `(?<![\\p{L}\\d])\\d{4}-(?:${EN})(?![\\p{L}])`,
  // „2009 gegründet, beschäftigt …“, „…, 2009 gegründet, …“: a participle set off by a comma.
  `(?:^|(?<=,\\s*))${WHEN}${BETWEEN}\\s+(?:${DE})(?=\\s*,)`,
  // „Gegründet 2009, …“, "Founded in 2009 in Karlsruhe, …", "…, founded in 2009, …".
  `(?:^|(?<=,\\s*))(?:${DE}|${EN})\\s+${WHEN}[^,;:.!?\\d]{0,40}(?=\\s*,)`,
];
const PARTICIPLE_PHRASE = new RegExp(PHRASES.join('|'), 'giu');

/**
 * The phrases of a sentence in which a participle of a once-event dates that event alone: „Das 2009 gegründete
 * Unternehmen beschäftigte 612 Mitarbeiter“ tells of the staff, not of the founding; the year and the founding word
 * are no part of the other figures' facts.
 */
export function eventParticiplePhrases(text: string): Span[] {
  return [...text.matchAll(PARTICIPLE_PHRASE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}
