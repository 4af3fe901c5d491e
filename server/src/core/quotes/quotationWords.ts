import { packPostings, placesOf, type FactPostings } from '../facts/factIndex';
import type { QuotationLookup, SourceIndex, SourceQuotation } from '../sources/sourceIndex';

export type { QuotationLookup } from '../sources/sourceIndex';
import { translationKeysOf } from './keptWords';
import { detectLanguage } from '../text/language';
import type { Language } from '../types';

/** What a quotation is filed by: its words and its text (the words a translation keeps). */
export type FiledQuotation = Pick<SourceQuotation, 'text' | 'words'>;

/** Word postings ([position, count, …]) and translation-key postings ([position, …]) of quotations, in their order. */
export function quotationPostings(quotations: readonly FiledQuotation[]): { words: FactPostings; keys: FactPostings } {
  const [byWord, byKey] = [new Map<string, number[]>(), new Map<string, number[]>()];
  quotations.forEach((quotation, position) => {
    for (const [word, count] of counted(quotation.words.words)) {
      const list = byWord.get(word);
      if (list) list.push(position, count);
      else byWord.set(word, [position, count]);
    }
    for (const key of translationKeysOf(quotation)) {
      const list = byKey.get(key);
      if (list) list.push(position);
      else byKey.set(key, [position]);
    }
  });
  return { words: packPostings(byWord), keys: packPostings(byKey) };
}

/**
 * A source quotation's language, by its own words (the sources are German unless their words say otherwise): a draft's
 * quotation is a translation only of one in another language (`matchTranslation`). A set's file stores it beside each
 * quotation's bytes (`quotationLanguages`), so that a lookup passes over the quotations of the draft's language unread.
 */
const languages = new WeakMap<FiledQuotation, Language>();
export function quotationLanguage(quotation: FiledQuotation): Language {
  let language = languages.get(quotation);
  if (!language) languages.set(quotation, (language = detectLanguage(quotation.text, undefined, 'de')));
  return language;
}

/** The languages of quotations in their order, as a set's file stores them (`languageCode`). */
export function quotationLanguages(quotations: readonly FiledQuotation[]): Uint8Array {
  return Uint8Array.from(quotations, (q) => languageCode(quotationLanguage(q)));
}

const LANGUAGES: readonly Language[] = ['de', 'en'];
export const languageCode = (language: Language) => LANGUAGES.indexOf(language);
/** A language stored by `languageCode`; undefined for a code of none. */
export const languageOfCode = (code: number): Language | undefined => LANGUAGES[code];

/** A lookup over quotations held in memory (an index merged in this process), made at its first use. */
const lookups = new WeakMap<readonly SourceQuotation[], QuotationLookup>();

export function lookupOfQuotations(quotations: readonly SourceQuotation[]): QuotationLookup {
  let lookup = lookups.get(quotations);
  if (lookup) return lookup;
  let postings: ReturnType<typeof quotationPostings> | undefined;
  const made = () => (postings ??= quotationPostings(quotations));
  lookup = {
    count: quotations.length,
    at: (position) => quotations[position],
    withWord: (word) => placesOf(made().words, word),
    words: () => made().words,
    withKey: (key) => placesOf(made().keys, key),
    languageAt: (position) => (quotations[position] ? quotationLanguage(quotations[position]) : undefined),
  };
  lookups.set(quotations, lookup);
  return lookup;
}

/** The index's quotations to look up: its stored lookup if it was read from a file, else its quotations filed now. */
export function quotationLookupOf(index: SourceIndex): QuotationLookup {
  return index.quotationLookup ?? lookupOfQuotations(index.quotations);
}

function counted(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * The positions, in order, of the source quotations that may hold at least `share` of `words` in order: those whose
 * words in common with them (each counted as often as both say it, a bound on the longest common subsequence) are at
 * least that share. Every other quotation has fewer words in common with the draft's than a match needs, so a draft
 * quotation is aligned with these alone, found by lookup, not with every quotation of thousands of sources.
 */
export function quotationsThatMayHold(quotations: readonly SourceQuotation[] | QuotationLookup, words: readonly string[], share: number): number[] {
  const lookup = Array.isArray(quotations) ? lookupOfQuotations(quotations) : (quotations as QuotationLookup);
  const common = new Map<number, number>();
  for (const [word, count] of counted(words)) {
    const list = lookup.withWord(word);
    if (!list) continue;
    for (let i = 0; i < list.length; i += 2) common.set(list[i], (common.get(list[i]) ?? 0) + Math.min(count, list[i + 1]));
  }
  const kept: number[] = [];
  for (const [position, inCommon] of common) if (!(inCommon / words.length < share)) kept.push(position);
  return kept.sort((a, b) => a - b);
}

/** The positions, rising, of the quotations whose words are `words`, word for word. */
export function quotationsSaying(lookup: QuotationLookup, words: readonly string[]): number[] {
  const list = words.length ? lookup.withWord(words[0]) : undefined;
  const same: number[] = [];
  if (!list) return same;
  for (let i = 0; i < list.length; i += 2) {
    const q = lookup.at(list[i]);
    if (q && q.words.words.length === words.length && q.words.words.every((w, k) => w === words[k])) same.push(list[i]);
  }
  return same;
}
