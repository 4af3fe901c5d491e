import type { SentenceFacts } from '../analysis/analyzedSentence';
import { GENERIC_CONCEPTS } from '../context/lexicon';

/**
 * Whether two sentences say something alike: two words in common, or one that is not generic. "A Chinese start-up" on
 * 27 January 2025 is the source's "das chinesische KI-Start-up DeepSeek" of that day.
 */
export function sayAlike(sentence: SentenceFacts, other: SentenceFacts): boolean {
  const shared = [...sentence.concepts].filter((k) => other.concepts.has(k));
  return shared.length >= 2 || shared.some((k) => !GENERIC_CONCEPTS.has(k));
}
