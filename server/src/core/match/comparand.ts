import type { SentenceFacts } from '../analysis/analyzedSentence';
import { conceptOfWord } from '../context/concepts';
import type { Figure, NameMention } from '../types';

// "halb so viel wie", "as much as the", "than", "what", "that of", "von": the words of a comparison before its name;
// "drei Prozentpunkte stärker als", "four points further than": a comparative before "als"/"than"; "a third of what",
// "ein Drittel dessen, was": a share of what the name did.
const COMPARISON = String.raw`(?:(?:as|so)\s+\p{L}+\s+(?:as|wie)|as|wie|(?:of\s+)?what|(?:\p{L}+\s+)?(?:than|als)|that\s+of|dessen,?\s+was|von|of)\s+`;
const ARTICLE = String.raw`(?:the|der|des|die|das|dem|den)\s+`;
const AFTER_COMPARISON = new RegExp(String.raw`^\s+${COMPARISON}(?:${ARTICLE})?$`, 'iu');
// "nearly 90,000 times R1's training bill": a multiple may name what it multiplies right after it.
const AFTER_MULTIPLE = new RegExp(String.raw`^\s+(?:${COMPARISON})?(?:${ARTICLE})?$`, 'iu');
// "so groß wie die Trainingskosten von R1", "as much as the training bill of GPT-4o", "so groß wie die von GPT-4o": the
// multiple names what of the name it multiplies (or, elliptically, the same thing again) before the name.
const AFTER_MULTIPLE_OF_WHAT = new RegExp(String.raw`^\s+(?:${COMPARISON})?${ARTICLE}((?:[\p{L}-]+\s+){0,2})(?:von|of|des|der|für|for)\s+(?:${ARTICLE})?$`, 'iu');

/**
 * The name a ratio or multiple compares with, right after it: "Broadcom verliert halb so viel wie Nvidia", "five times
 * as much as the Nasdaq 100". With `wordless`, also a name right after the multiple ("90,000 times R1's bill"); with
 * `ofWhat` (the attributes of the draft's fact) also one after words that name one of them ("so groß wie die
 * Trainingskosten von R1"): another thing of the name ("wie der Chef von Nvidia") is no value of the name's.
 */
export function comparandOf(figure: Figure, sentence: SentenceFacts, wordless = false, ofWhat: readonly string[] = []): NameMention | undefined {
  const between = wordless ? AFTER_MULTIPLE : AFTER_COMPARISON;
  return sentence.names.find((n) => {
    if (n.start < figure.end) return false;
    const words = sentence.text.slice(figure.end, n.start);
    if (between.test(words)) return true;
    const what = ofWhat.length ? AFTER_MULTIPLE_OF_WHAT.exec(words) : null;
    if (!what) return false;
    const named = what[1].split(/\s+/).filter(Boolean);
    return named.length === 0 || named.some((w) => { const c = conceptOfWord(w); return c !== undefined && ofWhat.includes(c); });
  });
}
