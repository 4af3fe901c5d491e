import type { SentenceFacts } from '../analysis/analyzedSentence';
import type { Figure, NameMention } from '../types';

// "halb so viel wie", "as much as the", "than", "what", "that of", "von": the words of a comparison before its name;
// "drei Prozentpunkte stärker als", "four points further than": a comparative before "als"/"than"; "a third of what",
// "ein Drittel dessen, was": a share of what the name did.
const COMPARISON = String.raw`(?:(?:as|so)\s+\p{L}+\s+(?:as|wie)|as|wie|(?:of\s+)?what|(?:\p{L}+\s+)?(?:than|als)|that\s+of|dessen,?\s+was|von|of)\s+`;
const ARTICLE = String.raw`(?:the|der|des|die|das|dem|den)\s+`;
const AFTER_COMPARISON = new RegExp(String.raw`^\s+${COMPARISON}(?:${ARTICLE})?$`, 'iu');
// "nearly 90,000 times R1's training bill": a multiple may name what it multiplies right after it.
const AFTER_MULTIPLE = new RegExp(String.raw`^\s+(?:${COMPARISON})?(?:${ARTICLE})?$`, 'iu');

/**
 * The name a ratio or multiple compares with, right after it: "Broadcom verliert halb so viel wie Nvidia", "five times
 * as much as the Nasdaq 100". With `wordless`, also a name right after the multiple ("90,000 times R1's bill").
 */
export function comparandOf(figure: Figure, sentence: SentenceFacts, wordless = false): NameMention | undefined {
  const between = wordless ? AFTER_MULTIPLE : AFTER_COMPARISON;
  return sentence.names.find((n) => n.start >= figure.end && between.test(sentence.text.slice(figure.end, n.start)));
}
