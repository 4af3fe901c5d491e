import { MEASURED_AGAINST, MEASURED_AGAINST_AFTER, wordAlternation } from '../context/lexicon';
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
  const before = measuresNamedBefore(text, names);
  return names.filter((n) => ends.some((end) => end <= n.start && !CLAUSE_MARK.test(text.slice(end, n.start))) || before.includes(n));
}

const MEASURED_AGAINST_AFTER_WORD = new RegExp(String.raw`^[\s-]+(?:${wordAlternation(MEASURED_AGAINST_AFTER)})(?![\p{L}])`, 'iu');

/** "auf o1-Niveau", "roughly o1 level", „mit OpenAIs o1 gleichzieht“: a name the next word makes the measure of a value. */
export function isMeasureNamedBefore(text: string, name: NameMention): boolean {
  return MEASURED_AGAINST_AFTER_WORD.test(text.slice(name.end, name.end + 24));
}

const OWNER_BEFORE = /^(?:['’]s|s|['’])?\s+$/u;

/**
 * The names `isMeasureNamedBefore` makes measures, with the owner right before one („OpenAIs o1 gleichzieht“, "OpenAI's
 * o1 level"): whose measure it is, not whose value.
 */
export function measuresNamedBefore(text: string, names: readonly NameMention[]): NameMention[] {
  const measures = names.filter((n) => isMeasureNamedBefore(text, n));
  if (measures.length === 0) return measures;
  const owners = names.filter((n) => measures.some((m) => m !== n && m.start >= n.end && OWNER_BEFORE.test(text.slice(n.end, m.start))));
  return [...measures, ...owners];
}
