import { FUNCTION_WORDS } from '../names/wordLists';
import type { SourceIndex, SourceQuotation } from '../sources/sourceIndex';
import { alignWords, quotedWording, toWholeCompounds, type WordAlignment } from './wordAlignment';
import type { Quotation } from './quotesOfBlock';
import { quotationLookupOf, quotationsSaying, quotationsThatMayHold } from './quotationWords';
import { SPEECH_VERB } from './speechVerbs';

export interface QuotationMatch {
  source: SourceQuotation;
  alignment: WordAlignment;
  /** The source's wording for the stretch the draft quotes. */
  sourceWording: string;
  /** The draft quotes the source in another wording, a translation: its words are not compared with the source's. */
  translated?: boolean;
}

/** Below this share of words in common, a quotation is another one (or a translation), not a misquote. */
const SAME_QUOTATION = 0.6;
/** "Sputnik-Moment", „simulierten Denkansatz“: scare quotes, too short to compare. */
const MIN_WORDS = 3;

/** The source quotation a draft quotation quotes, in full or in part, if any. */
export function matchQuotation(quotation: Quotation, index: SourceIndex): QuotationMatch | undefined {
  const words = quotation.words.words;
  if (words.length === 0) return undefined;
  if (words.length < MIN_WORDS) return sameShortQuotation(words, index);
  return matchWords(words, index) ?? matchBySentence(quotation, index);
}

function matchWords(words: string[], index: SourceIndex): QuotationMatch | undefined {
  let best: QuotationMatch | undefined;
  const quotations = quotationLookupOf(index);
  for (const position of quotationsThatMayHold(quotations, words, SAME_QUOTATION)) {
    const source = quotations.at(position);
    if (!source) continue;
    const aligned = alignWords(words, source.words.words);
    if (!aligned || aligned.ratio < SAME_QUOTATION || !sharesTheWordsThatSaySomething(words, source.words.words)) continue;
    if (best && (aligned.ratio < best.alignment.ratio || (aligned.ratio === best.alignment.ratio && !aligned.verbatim))) continue;
    const alignment = toWholeCompounds(aligned, source.text, source.words);
    best = { source, alignment, sourceWording: quotedWording(source.text, source.words, alignment.sourceRange) };
  }
  return best;
}

/**
 * „DeepSeek war nicht der ‚Auserwählte‘ unter den chinesischen KI-Start-ups. Sie haben die Welt … überrascht.“: a
 * writer joins two quotations the source gives one after the other into one. Neither holds enough of the whole, but
 * each of its sentences is one of them: the quotation quotes what its sentences quote, when those of them that are
 * found all are the same speaker's. The match is one sentence's (the one with changed words, if any), its words placed in
 * the whole.
 */
const SENTENCE_BREAK = /[.!?…]\s+(?=[\p{Lu}\d„"“‚‘'])/gu;
function matchBySentence(quotation: Quotation, index: SourceIndex): QuotationMatch | undefined {
  const { words, spans } = quotation.words;
  const starts = [0, ...[...quotation.text.matchAll(SENTENCE_BREAK)].map((m) => spans.findIndex((w) => w.start > m.index!)).filter((i) => i > 0)];
  if (starts.length < 2) return undefined;
  const parts = starts.map((from, k) => ({ from, words: words.slice(from, starts[k + 1] ?? words.length) })).filter((p) => p.words.length >= MIN_WORDS);
  const found = parts.flatMap(({ from, words: part }) => {
    const match = matchWords(part, index);
    return match ? [{ from, match }] : [];
  });
  // Every sentence must be found: a sentence of the writer's own in the quotation would otherwise pass unread.
  const speakerOf = (m: QuotationMatch) => m.source.speaker?.mention?.entry ?? m.source.speaker?.text;
  if (found.length < 2 || found.length < parts.length || found.some((f) => speakerOf(f.match) !== speakerOf(found[0].match))) return undefined;
  // The sentence with a changed word is the one whose changes the quotation shows.
  const { from, match } = found.find((f) => !f.match.alignment.verbatim) ?? found[0];
  const changes = match.alignment.changes.map((c) => ({ ...c, draftFrom: c.draftFrom + from, draftTo: c.draftTo + from }));
  return { ...match, alignment: { ...match.alignment, changes } };
}

/**
 * "surprised the world" is not "among the top open-weight labs in the world": the words in common must be more than
 * articles and prepositions.
 */
function sharesTheWordsThatSaySomething(words: string[], source: string[]): boolean {
  const content = words.filter((w) => !FUNCTION_WORDS.has(w));
  if (content.length === 0) return true;
  const inSource = new Set(source);
  return content.filter((w) => inSource.has(w)).length >= SAME_QUOTATION * content.length;
}

/** „Sputnik-Moment“, „simulierten Denkansatz“: a short quotation is the source's when it is all of one, word for word. */
function sameShortQuotation(words: string[], index: SourceIndex): QuotationMatch | undefined {
  // Where the source says more than the quotation itself (not its heading "Sputnik-Moment"), the hover says more.
  const quotations = quotationLookupOf(index);
  const same = quotationsSaying(quotations, words).map((position) => quotations.at(position)!);
  const source = same.sort((a, b) => b.at.sentence.text.length - a.at.sentence.text.length)[0];
  if (!source) return undefined;
  const last = words.length - 1;
  return { source, alignment: alignWords(words, source.words.words)!, sourceWording: source.text.slice(source.words.spans[0].start, source.words.spans[last].end) };
}

/**
 * „Das Team verwandelte die Hardware-Herausforderung“, sagt Zihan Wang, „in eine Chance für Entwicklung.“: the second
 * part of a quotation split by its speech clause goes on quoting the source quotation the first part quotes, from
 * where the first part stops. Compared with the rest of that quotation, it need not share as many words that say
 * something as a quotation found on its own: a short part with a changed word is still that quotation, misquoted.
 * Only a part of at least three words, one of its words that say something the source's, after a speech clause
 * between commas and nothing else.
 */
const SPLIT_BY_SPEECH = new RegExp(String.raw`^\s*,?\s*[^.!?;:„“”"«»]{0,60}?(?<![\p{L}])${SPEECH_VERB}(?![\p{L}])[^.!?;:„“”"«»]{0,60},\s*$`, 'iu');
export function matchContinuation(quotation: Quotation, previous: QuotationMatch, between: string): QuotationMatch | undefined {
  const words = quotation.words.words;
  if (previous.translated || words.length < MIN_WORDS || !SPLIT_BY_SPEECH.test(between)) return undefined;
  const { source } = previous;
  const from = previous.alignment.sourceRange.last + 1;
  const rest = source.words.words.slice(from);
  const found = alignWords(words, rest);
  // „in der Welt“ after the first part is another quotation: one word that says something must be the source's.
  const content = words.filter((w) => !FUNCTION_WORDS.has(w));
  if (!found || found.ratio < SAME_QUOTATION || (content.length > 0 && !content.some((w) => rest.includes(w)))) return undefined;
  const alignment = toWholeCompounds({
    ...found,
    sourceRange: { first: found.sourceRange.first + from, last: found.sourceRange.last + from },
    changes: found.changes.map((c) => ({ ...c, sourceFrom: c.sourceFrom + from, sourceTo: c.sourceTo + from })),
  }, source.text, source.words);
  return { source, alignment, sourceWording: quotedWording(source.text, source.words, alignment.sourceRange) };
}
