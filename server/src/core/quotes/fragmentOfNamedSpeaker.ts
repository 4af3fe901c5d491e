import { FUNCTION_WORDS } from '../names/wordLists';
import type { SourceIndex } from '../sources/sourceIndex';
import type { NameMention } from '../types';
import type { QuotationMatch } from './quotationInSources';
import { quotationLookupOf, quotationsThatMayHold } from './quotationWords';
import type { Quotation } from './quotesOfBlock';
import { alignWords, quotedWording, toWholeCompounds } from './wordAlignment';
import { sameWordButEnding } from './wordEndings';

/** A fragment this short or longer: two words in common with a quotation of the same speaker are chance. */
const MIN_WORDS = 4;
/** Of the fragment's words, this share in the source's order; of those that say something, at least half. */
const SAME_FRAGMENT = 0.6;
const CONTENT_SHARE = 0.5;

/**
 * Rasgon „nannte die Kostenvorteile „interessant, aber keine Sensation““ for his „… interessant, aber keine Revolution“,
 * Papailiopoulos „sagt, das habe „die Rechenzeit erheblich reduziert““ for his „… was die Rechenzeit deutlich
 * reduzierte“: a short fragment with one word that says something changed shares too few such words with its source to
 * be found on its own (quotationInSources.ts asks for 60 %). Where the block names the speaker of a source quotation
 * whose words it holds in order, with each word it does not hold put in place of one of the source's, it is that
 * quotation misquoted. The fragment may give a word the ending its own sentence needs; a word added or left out, or
 * the quotation credited to someone else, leaves it another quotation.
 */
export function fragmentOfNamedSpeaker(quotation: Quotation, namesInBlock: readonly NameMention[], index: SourceIndex): QuotationMatch | undefined {
  const words = quotation.words.words;
  if (words.length < MIN_WORDS) return undefined;
  // By the name, not the entry: a quotation read from a set's file has its own copy of its speaker's entry.
  const named = new Set(namesInBlock.filter((n) => n.start < quotation.start).map((n) => n.entry.canonical));
  const creditedTo = quotation.speaker?.mention?.entry.canonical;
  const quotations = quotationLookupOf(index);
  let best: QuotationMatch | undefined;
  for (const position of quotationsThatMayHold(quotations, words, CONTENT_SHARE)) {
    const source = quotations.at(position);
    const speaker = source?.speaker?.mention?.entry.canonical;
    if (!source || !speaker || !named.has(speaker) || (creditedTo && creditedTo !== speaker)) continue;
    const sourceWords = source.words.words;
    // „reduziert“ for „reduzierte“ is the source's word in the writer's sentence.
    const alignment = alignWords(words.map((w) => sourceWords.find((s) => sameWordButEnding(w, s)) ?? w), sourceWords);
    if (!alignment || alignment.ratio < SAME_FRAGMENT || alignment.changes.some((c) => c.draftTo - c.draftFrom !== 1 || c.sourceTo - c.sourceFrom !== 1)) continue;
    if (!holdsHalfOfWhatItSays(words, sourceWords) || (best && alignment.ratio <= best.alignment.ratio)) continue;
    const whole = toWholeCompounds(alignment, source.text, source.words);
    best = { source, alignment: whole, sourceWording: quotedWording(source.text, source.words, whole.sourceRange) };
  }
  return best;
}

function holdsHalfOfWhatItSays(words: readonly string[], source: readonly string[]): boolean {
  const content = words.filter((w) => !FUNCTION_WORDS.has(w));
  return content.length >= 2 && content.filter((w) => source.some((s) => sameWordButEnding(w, s))).length >= CONTENT_SHARE * content.length;
}
