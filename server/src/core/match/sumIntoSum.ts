import { REPETITION, SUM_POINTERS, wordAlternation } from '../context/lexicon';
import type { SentenceFacts } from '../analysis/analyzedSentence';
import type { Figure } from '../types';
import { MONTH_PATTERN } from '../text/months';

const POINTED_SUM = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(SUM_POINTERS.pointers)})\s+(?:${wordAlternation(SUM_POINTERS.sums)})(?![\p{L}])`, 'iu');
const REPEATED = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(REPETITION.verbs)})(?![\p{L}])`, 'iu');
const WITHIN_A_STRETCH = new RegExp(String.raw`^\s+(?:${wordAlternation(REPETITION.within)})\s+(?:\d{4}|${MONTH_PATTERN}|${wordAlternation(REPETITION.stretches)})(?![\p{L}])`, 'iu');

/**
 * "OpenAI steckte 78 Millionen Dollar in GPT-4o; mit diesem Budget ließe sich R1 14-mal trainieren": a "-mal"/"times"
 * in a sentence about money is how many times one sum goes into another only where the other sum is at hand (a second
 * sum in the sentence, or "diesem Budget", "that money") and nothing is done again and again ("senkte die Preise
 * dreimal", "raised prices three times last year" count how often it happened, no ratio of two sums).
 */
export function isSumIntoSum(figure: Figure, sentence: SentenceFacts): boolean {
  const otherSum = sentence.figures.some((f) => f !== figure && f.kind === 'money');
  if (!otherSum && !POINTED_SUM.test(sentence.text)) return false;
  return !REPEATED.test(sentence.text) && !WITHIN_A_STRETCH.test(sentence.text.slice(figure.end));
}
