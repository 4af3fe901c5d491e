import type { FactPostings } from '../facts/factIndex';

/**
 * Which source quotations may hold a draft word as a compound's part ("kontrol" in "exportkontrollen"): the one way a
 * translation keeps a word (`keptAt`) that no translation key files. Searched in the quotations' words (the postings
 * of `QuotationLookup.words`), folded as a kept word is, so a quotation none of whose words holds the part is known
 * without reading it.
 */

interface FoldedWords {
  /** Every word folded, one after the other, '\0' apart, in the postings' order. */
  text: string;
  /** Where each word starts in `text`. */
  starts: Int32Array;
}

const foldedWords = new WeakMap<FactPostings, FoldedWords>();

/**
 * The postings' words folded as `fold` folds a kept word, character by character, so that a kept word's folded form
 * inside a quotation word is found in it: a kept word is a run of letters and digits inside a quotation word, and the
 * word's other characters end a run (a final y is folded before them as at a word's end). Final and medial sigma are
 * one letter here: a run cut inside a word lowercases its last sigma as final.
 */
function foldedWordsOf(postings: FactPostings): FoldedWords {
  let folded = foldedWords.get(postings);
  if (folded) return folded;
  const text = foldedForSearch(postings.keys.toLowerCase()
    .replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss').replace(/ss/g, 's').replace(/[cz]/g, 'k')
    .replace(/y(?![\p{L}\d])/gu, 'ie'));
  const starts = new Int32Array(postings.ends.length);
  for (let i = 1, at = text.indexOf('\0'); i < starts.length && at >= 0; i++, at = text.indexOf('\0', at + 1)) starts[i] = at + 1;
  foldedWords.set(postings, (folded = { text, starts }));
  return folded;
}

/** A folded word as it is searched for: sigma in one form. */
export function foldedForSearch(folded: string): string {
  return folded.replace(/ς/g, 'σ');
}

/**
 * The positions of the quotations with a word holding `part` (a folded word's first six letters) after its start: a
 * superset of those in which `keptAt` finds the part of a compound.
 */
export function quotationsWithPart(postings: FactPostings, part: string): Set<number> {
  const { text, starts } = foldedWordsOf(postings);
  const needle = foldedForSearch(part);
  const found = new Set<number>();
  for (let at = text.indexOf(needle, 1); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (text[at - 1] === '\0') continue;
    const word = wordAt(starts, at);
    const from = word === 0 ? 0 : postings.ends[word - 1];
    for (let i = from; i < postings.ends[word]; i += 2) found.add(postings.places[i]);
  }
  return found;
}

/** The index of the word whose text holds offset `at` (the last start at or before it). */
function wordAt(starts: Int32Array, at: number): number {
  let [low, high] = [0, starts.length - 1];
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}
