import type { Span } from '../types';
import { AUXILIARY_ADVERBS, EARLIER_AUXILIARIES, IRREGULAR_PARTICIPLES, UNPREFIXED_PARTICIPLE_STARTS } from './tenseWords';

/** A clause break; not a thousands or decimal comma ("1,600", "8,5"). */
const BREAK = /[,;:–—()](?!\d)/gu;
const WORD = /\p{L}+/gu;

/** The stretch of `text` between the clause breaks around `span`. */
function clauseAround(text: string, span: Span): string {
  let start = 0;
  let end = text.length;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    if (m.index < span.start) start = m.index + 1;
    else if (m.index >= span.end) { end = m.index; break; }
  }
  return text.slice(start, end);
}

/** An English participle: "gained", "risen". */
function isEnglishParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return (w.length > 3 && w.endsWith('ed')) || IRREGULAR_PARTICIPLES.includes(w);
}

/** A German participle, by its shape: „zugelegt“, „eingebrochen“, „gewonnen“, „verloren“ (lower case, as verbs are). */
function isGermanParticiple(word: string): boolean {
  if (!/^\p{Ll}/u.test(word) || word.length < 6 || !/(?:t|en)$/u.test(word)) return false;
  return word.startsWith('ge') || /^\p{L}{2,5}ge\p{L}{3,}$/u.test(word) || UNPREFIXED_PARTICIPLE_STARTS.some((p) => word.startsWith(p));
}

/**
 * Whether `span` (a date) stands in a clause told in the pluperfect: "It had gained 52% over 2024.", „Der Index hatte
 * 2024 noch um 25 Prozent zugelegt.“ Such a clause tells of a time before the one the story is told at: its year is
 * its own, not when the next sentences happen. An auxiliary with no participle is a verb of its own ("Nvidia had a
 * record year in 2024", „Nvidia hatte 2024 einen Rekordumsatz“).
 */
export function inPluperfectClause(text: string, span: Span): boolean {
  const words = clauseAround(text, span).match(WORD) ?? [];
  const aux = words.findIndex((w) => EARLIER_AUXILIARIES.includes(w.toLowerCase()));
  if (aux < 0) return false;
  // English: the participle follows the auxiliary, maybe after an adverb ("had already gained").
  let next = aux + 1;
  while (next < words.length && AUXILIARY_ADVERBS.includes(words[next].toLowerCase())) next++;
  if (next < words.length && isEnglishParticiple(words[next])) return true;
  // German: the participle closes the clause („… um 25 Prozent zugelegt“).
  return words.length - 1 > aux && isGermanParticiple(words[words.length - 1]);
}
