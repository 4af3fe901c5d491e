import type { SourceIndex, SourceQuotation } from '../sources/sourceIndex';
import { alignWords, type WordAlignment } from './matchQuote';
import type { Quotation } from './quotesOfBlock';

export interface QuotationMatch {
  source: SourceQuotation;
  alignment: WordAlignment;
  /** The source's wording for the stretch the draft quotes. */
  sourceWording: string;
}

/** Below this share of words in common, a quotation is another one (or a translation), not a misquote. */
const SAME_QUOTATION = 0.6;
/** "Sputnik-Moment", „simulierten Denkansatz“: scare quotes, too short to compare. */
const MIN_WORDS = 3;

/** The source quotation a draft quotation quotes, in full or in part, if any. */
export function matchQuotation(quotation: Quotation, index: SourceIndex): QuotationMatch | undefined {
  const words = quotation.words.words;
  if (words.length < MIN_WORDS) return undefined;
  let best: QuotationMatch | undefined;
  for (const source of index.quotations) {
    const alignment = alignWords(words, source.words.words);
    if (!alignment || alignment.ratio < SAME_QUOTATION) continue;
    if (best && (alignment.ratio < best.alignment.ratio || (alignment.ratio === best.alignment.ratio && !alignment.verbatim))) continue;
    const { spans } = source.words;
    const sourceWording = source.text.slice(spans[alignment.sourceRange.first].start, spans[alignment.sourceRange.last].end);
    best = { source, alignment, sourceWording };
  }
  return best;
}
