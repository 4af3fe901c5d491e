import { conceptOfWord } from '../context/concepts';
import { GENERIC_CONCEPTS, TRANSLATIONS } from '../context/lexicon';
import { FUNCTION_WORDS } from '../names/wordLists';
import { SizedCache } from '../cache/sizedCache';

/** The words a translation keeps of a text (`translatedQuotation.ts`), and the keys source quotations are filed by. */

/** Source quotations shorter than this are scare quotes and terms („Sputnik-Moment“), not statements. */
export const MIN_SOURCE_WORDS = 4;

export interface Kept {
  /** Folded word ("kultur" for "Kultur" and "culture"). */
  folded: string;
  /**
   * The folded word's first five and six letters, where it has that many: a translation's words are compared with
   * every word of each source quotation it reaches (a million comparisons at 2,000 articles), sliced once here.
   */
  head5?: string;
  head6?: string;
  concept?: string;
  /** The lexicon's translation groups the word is in, with where in the word (a German compound's part) each is. */
  meanings?: Array<{ group: number; at: number }>;
}

const STEMS = TRANSLATIONS.flatMap((stems, group) => stems.map((stem) => ({ group, whole: stem.startsWith('='), stem: stem.replace(/^=/, '') })));

/** "Rechenzeit": rechen (computing) at 0, zeit (time) at 6; "surprised": surprise. */
function meaningsOf(word: string): Array<{ group: number; at: number }> | undefined {
  const lower = word.toLowerCase();
  const out: Array<{ group: number; at: number }> = [];
  for (const { group, whole, stem } of STEMS) {
    const at = whole ? (lower === stem ? 0 : -1) : lower.startsWith(stem) ? 0 : stem.length >= 5 ? lower.indexOf(stem) : -1;
    if (at >= 0 && !out.some((m) => m.group === group)) out.push({ group, at });
  }
  return out.length ? out : undefined;
}

/** „unsere Industrien“, "our industries": English possessives are function words, German ones are kept by none. */
const POSSESSIVE = /^(?:unser|mein|dein|eue?r)(?:e|en|er|em|es)?$/i;

/** The words a translation can keep: no function words, no short words but figures. */
export function keptWords(text: string): Kept[] {
  const out: Kept[] = [];
  for (const m of text.matchAll(/[\p{L}\d]+/gu)) {
    const kept = keptWord(m[0]);
    if (kept) out.push(kept);
  }
  return out;
}

/**
 * Per word, what a translation keeps of it (null: nothing), shared (never changed). A quotation's whole sentence is
 * read for each quotation in it, and each word is tried against every stem of the lexicon's translations: a 5,000-
 * character stretch of 89 unbalanced quotation marks took 0.8 s of CPU. Bounded by the characters of its words.
 */
const keptOfWord = new SizedCache<string, Kept | null>(1_000_000);

function keptWord(word: string): Kept | null {
  let kept = keptOfWord.get(word);
  if (kept !== undefined) return kept;
  kept = readKeptWord(word);
  keptOfWord.set(word, kept);
  return kept;
}

function readKeptWord(word: string): Kept | null {
  if (FUNCTION_WORDS.has(word.toLowerCase()) || POSSESSIVE.test(word) || (word.length < 3 && !/^\d{2,}$/.test(word))) return null;
  const concept = conceptOfWord(word);
  const meanings = meaningsOf(word);
  const folded = fold(word);
  return {
    folded,
    ...(folded.length >= 5 ? { head5: folded.slice(0, 5) } : {}),
    ...(folded.length >= 6 ? { head6: folded.slice(0, 6) } : {}),
    ...(concept && !GENERIC_CONCEPTS.has(concept) ? { concept } : {}),
    ...(meanings ? { meanings } : {}),
  };
}

/**
 * The spelling two languages share: umlauts and ß plain, c, z and k one letter ("effizient", "efficient"; "Kultur",
 * "culture"), a final y as German -ie ("industry", "Industrie").
 */
function fold(word: string): string {
  return word.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss').replace(/ss/g, 's').replace(/[cz]/g, 'k').replace(/y$/, 'ie');
}

/** A kept word's keys: its start (or the whole short word) and its concept. Compound parts are found, not filed. */
export function keysOf(k: Kept): string[] {
  return [k.head5 ?? k.folded, ...(k.concept ? [`=${k.concept}`] : []), ...(k.meanings ?? []).map((m) => `~${m.group}`)];
}

/** The keys a source quotation is filed by for translations: none for a scare quote or term, each key once. */
export function translationKeysOf(quotation: { text: string; words: { words: readonly string[] } }): Set<string> {
  return quotation.words.words.length < MIN_SOURCE_WORDS ? new Set() : new Set(keptWords(quotation.text).flatMap(keysOf));
}
