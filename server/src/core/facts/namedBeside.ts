import { BESIDE_WORDS, wordAlternation } from '../context/lexicon';
import type { NameMention } from '../types';

const BESIDE = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(BESIDE_WORDS)})(?![\p{L}])`, 'giu');
// The name follows in the same phrase: at most an article or an owner's name before it, no clause mark.
const LEAD_IN = /^\s+(?:(?:the|der|die|das|dem|den|des|its|seine[mn]?|ihre[mn]?|[\p{L}-]+['’]?s?)\s+)?$/u;

/**
 * The names a sentence sets beside what it is about ("The distilled models DeepSeek published alongside R1 are strong:
 * the 32B version reaches 72.6 percent", „Neben R1 veröffentlichte DeepSeek sechs kleinere Versionen“): a value of
 * the sentence is not theirs.
 */
export function namedBeside(text: string, names: readonly NameMention[]): NameMention[] {
  if (names.length === 0) return [];
  const ends = [...text.matchAll(BESIDE)].map((m) => m.index + m[0].length);
  return names.filter((n) => ends.some((end) => end <= n.start && LEAD_IN.test(text.slice(end, n.start))));
}
