import { MEASURED_AGAINST, wordAlternation } from '../context/lexicon';
import type { NameMention } from '../types';

/** The words of `MEASURED_AGAINST` as a pattern, longest first. */
export const MEASURED_AGAINST_PATTERN = wordAlternation([...MEASURED_AGAINST].sort((a, b) => b.length - a.length));
const MEASURED_AGAINST_WORDS = new RegExp(String.raw`(?<![\p{L}])(?:${MEASURED_AGAINST_PATTERN})(?![\p{L}])`, 'giu');
// The comparison reaches to the end of its phrase: no clause mark between the words and the name.
const CLAUSE_MARK = /[,;:.!?()–—]/u;

/**
 * The names a sentence gives as what something is measured against: after "auf dem Niveau von", "on a par with",
 * "outperforms", in the same phrase ("… und liegt damit auf dem Niveau von OpenAI o1", "on a par with OpenAI's o1").
 * What the sentence is about is someone else: a later "es", "das Modell", "it" does not point back to them.
 */
export function measuredAgainst(text: string, names: readonly NameMention[]): NameMention[] {
  if (names.length === 0) return [];
  const ends = [...text.matchAll(MEASURED_AGAINST_WORDS)].map((m) => m.index + m[0].length);
  if (ends.length === 0) return [];
  return names.filter((n) => ends.some((end) => end <= n.start && !CLAUSE_MARK.test(text.slice(end, n.start))));
}
