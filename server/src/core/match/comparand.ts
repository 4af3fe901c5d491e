import type { SentenceFacts } from '../analysis/analyzedSentence';
import { conceptOfWord } from '../context/concepts';
import { wordAlternation } from '../context/lexicon';
import { THAN_WORDS } from '../figures/vocabulary';
import { REFERENCE_WORDS } from '../facts/references';
import type { Figure, NameMention } from '../types';

// "halb so viel wie", "as much as the", "than", "what", "that of", "von": the words of a comparison before its name;
// "drei Prozentpunkte stärker als", "four points further than": a comparative before "als"/"than"; "a third of what",
// "ein Drittel dessen, was": a share of what the name did.
const COMPARISON = String.raw`(?:(?:as|so)\s+\p{L}+,?\s+(?:as|wie)|as|wie|(?:of\s+)?what|(?:\p{L}+\s+)?(?:${wordAlternation(THAN_WORDS)})|that\s+of|dessen,?\s+was|von|of)\s+`;
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
  return namedAfter(figure, sentence, between, ofWhat) ?? referredAfter(figure, sentence);
}

function namedAfter(figure: Figure, sentence: SentenceFacts, between: RegExp, ofWhat: readonly string[]): NameMention | undefined {
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

// "so stark wie der Index", "as hard as the index": the comparison's words, then a word for a kind of name; "so groß
// wie das des Index" leaves out what of it is compared, "eight times the index's" the comparison's words.
const REFERENCE_AFTER_COMPARISON = new RegExp(String.raw`^\s+(${COMPARISON})?(?:${ARTICLE})?${ARTICLE}([\p{L}'’-]+)(?![\p{L}])`, 'iu');

/**
 * "Der Nasdaq 100 sackte um 3 % ab, Nvidia fiel zweieinhalbmal so stark wie der Index": a word for a kind of name
 * after the comparison points back to the sentence's last name of that kind before the multiple, other than the one
 * right before it (that one is the multiple's subject: "Nvidia fiel …").
 */
function referredAfter(figure: Figure, sentence: SentenceFacts): NameMention | undefined {
  const word = REFERENCE_AFTER_COMPARISON.exec(sentence.text.slice(figure.end));
  const kind = word && (word[1] || figure.kind === 'multiplier') ? REFERENCE_WORDS[word[2].toLowerCase().replace('’', "'")] : undefined;
  if (!kind || kind === 'person') return undefined;
  const before = sentence.names.filter((n) => n.end <= figure.start);
  const subject = before[before.length - 1];
  return before.filter((n) => n.entry.kind === kind && n.entry.canonical !== subject?.entry.canonical).pop();
}
