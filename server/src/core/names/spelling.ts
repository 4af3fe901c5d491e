import type { NameEntry, NameMention, Span } from '../types';
import { lettersOf, type NameIndex } from './nameIndex';
import { FUNCTION_WORDS, TRANSLATED_NAME_HEAD } from './wordLists';
import { conceptOfWord } from '../context/concepts';
import { MONTHS } from '../text/months';
import { isAnotherVersion } from './versions';

export interface NearMiss extends Span {
  text: string;
  /** The known spelling it nearly is. */
  suggestion: string;
  entry: NameEntry;
  /** The known spelling set in capitals ("LIANG:", "NVIDIA"): the name, read as such, but no misspelling. */
  inCapitals?: boolean;
}

// A word may be a number, as in a spelling: "NASDAQ 100", "FTSE 100" are compared word by word with theirs.
const WORD = /[\p{L}\d][\p{L}\d]*(?:-[\p{L}\d]+|\.\d+)*/gu;
const SPACE_LETTER = lettersOf(' ');

/**
 * Capitalised words that are nearly a known name: one letter off ("Nvida", "Liang Wenfang", "Andreesen"), two in a
 * long name, or the right letters in the wrong case ("Deepseek"). A word that is itself a known name, or that no
 * known name resembles, is left alone: an unknown name is no misspelling.
 */
export function findNearMisses(text: string, mentions: NameMention[], names: NameIndex): NearMiss[] {
  const words = [...text.matchAll(WORD)].map((m) => {
    const lower = m[0].toLowerCase();
    return { text: m[0], start: m.index!, end: m.index! + m[0].length, lower, letters: lettersOf(lower) };
  });
  const misses: NearMiss[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    let inCapitals: NearMiss | undefined;
    if (!/^\p{Lu}/u.test(first.text) || FUNCTION_WORDS.has(first.text.toLowerCase())) continue;
    if (misses.some((m) => m.end > first.start)) continue;
    // The lower-case length and characters (`lettersOf`) of the run of `count` words from this one, single spaces
    // apart: what a spelling of that many words is compared with.
    const runOfLength = (count: number) => {
      if (i + count > words.length) return undefined;
      let length = words[i].lower.length;
      let letters = words[i].letters;
      for (let k = i + 1; k < i + count; k++) {
        if (words[k].start !== words[k - 1].end + 1 || text[words[k - 1].end] !== ' ') return undefined;
        length += 1 + words[k].lower.length;
        letters |= words[k].letters;
      }
      return { length, letters: count > 1 ? letters | SPACE_LETTER : letters };
    };
    // The run of words a spelling of `count` words is compared with, made once per count: a word is compared with
    // hundreds of spellings of a large corpus, nearly all of one or two words (null: no such run, or a known name's).
    const runs = new Map<number, { run: typeof words; candidate: string; runEnd: number } | null>();
    const runOf = (count: number) => {
      let known = runs.get(count);
      if (known !== undefined) return known;
      const run = words.slice(i, i + count);
      known = null;
      if (run.length === count && !run.some((w, k) => k > 0 && text.slice(run[k - 1].end, w.start) !== ' ')) {
        const runEnd = run[run.length - 1].end;
        // "Liang" alone is known; "Liang Wenfang" as a whole is not.
        if (!mentions.some((m) => m.start <= first.start && runEnd <= m.end)) known = { run, candidate: run.map((w) => w.text).join(' '), runEnd };
      }
      runs.set(count, known);
      return known;
    };
    for (const { spelling, entry, words: count } of names.spellingsNear(first.text, runOfLength, editsAllowed)) {
      const known = runOf(count);
      if (!known) continue;
      const { run, candidate, runEnd } = known;
      if (!isNearMiss(candidate, spelling) || names.lookup(candidate) || names.lookup(candidate.replace(/s$/, ''))) continue;
      if (isOrdinaryWord(candidate) || isOrdinaryWord(spelling) || isInflection(candidate, spelling, entry)) continue;
      if (isAnotherVersion(candidate, spelling)) continue;
      if (count > 1 && !wordsCorrespond(run.map((w) => w.text), spelling.split(' '))) continue;
      if (count > 1 && differsInTranslatedHead(run.map((w) => w.text), spelling.split(' '))) continue;
      if (count === 1 && belongsToAnotherName(text, words, i, spelling, entry)) continue;
      const miss = { start: first.start, end: runEnd, text: candidate, suggestion: spelling, entry };
      // "LIANG WENFANG": the first word in capitals is Liang, the two together a misspelt Liang Wenfeng.
      if (setInCapitals(candidate, spelling)) {
        inCapitals ??= { ...miss, inCapitals: true };
        continue;
      }
      inCapitals = undefined;
      misses.push(miss);
      break;
    }
    if (inCapitals) misses.push(inCapitals);
  }
  return misses;
}

/** The known spelling, every letter a capital: "LIANG" for "Liang", "NVIDIA" for "Nvidia". */
function setInCapitals(written: string, known: string): boolean {
  return written === written.toUpperCase() && written !== known && written.toLowerCase() === known.toLowerCase();
}

/** How many letters a word may be off a known spelling to be a near miss of it: one, two in a long name, none in a short one. */
function editsAllowed(spelling: string): number {
  return spelling.length >= 9 ? 2 : spelling.length >= 5 ? 1 : 0;
}

function isNearMiss(candidate: string, spelling: string): boolean {
  if (candidate === spelling || spelling.length < 4) return false;
  if (candidate.toLowerCase() === spelling.toLowerCase()) return true;
  if (candidate[0].toLowerCase() !== spelling[0].toLowerCase()) return false;
  const allowed = editsAllowed(spelling);
  return allowed > 0 && Math.abs(candidate.length - spelling.length) <= allowed && withinDistance(candidate.toLowerCase(), spelling.toLowerCase(), allowed);
}

/** "Modell", "January", "Europa": a word of the language is never a misspelt name, whatever the sources contain. */
function isOrdinaryWord(word: string): boolean {
  if (word.includes(' ')) return false;
  const lower = word.toLowerCase();
  return FUNCTION_WORDS.has(lower) || MONTHS.has(lower) || conceptOfWord(word) !== undefined;
}

/**
 * "DeepSeeks", "Nvidias", "Europa"/"Europas": a case ending, or a scraped all-caps spelling ("YORK" for "York"); in a
 * name of several words on any one of them ("Nvidias H100" is Nvidia's H100), except a person's given names: a case
 * ending goes on the surname ("Liang Wenfengs"), so "Dimitri Papailiopoulos" is a letter short of Dimitris, not a case.
 */
function isInflection(candidate: string, spelling: string, entry: NameEntry): boolean {
  const candidateWords = candidate.split(' ');
  const spellingWords = spelling.split(' ');
  if (candidateWords.length > 1 && candidateWords.length === spellingWords.length) {
    const last = candidateWords.length - 1;
    return candidateWords.every((w, k) => w === spellingWords[k] || ((k === last || entry.kind !== 'person') && isInflectedWord(w, spellingWords[k])));
  }
  return isInflectedWord(candidate, spelling);
}

function isInflectedWord(candidate: string, spelling: string): boolean {
  const [longer, shorter] = candidate.length >= spelling.length ? [candidate, spelling] : [spelling, candidate];
  if (longer.startsWith(shorter) && /^(s|es|'s|’s|')$/.test(longer.slice(shorter.length))) return true;
  return spelling.length >= 3 && spelling === spelling.toUpperCase() && candidate !== candidate.toUpperCase() && candidate.toLowerCase() === spelling.toLowerCase();
}

/** A name of several words is misspelt in one word at most, and every word is a name word ("DeepSeek is" is not "DeepSeek R1"). */
function wordsCorrespond(candidate: string[], spelling: string[]): boolean {
  let differing = 0;
  for (const [k, word] of candidate.entries()) {
    if (/^\p{Lu}/u.test(word) !== /^\p{Lu}/u.test(spelling[k])) return false;
    // "OpenAI im" is no "OpenAI o1".
    if (FUNCTION_WORDS.has(word.toLowerCase())) return false;
    if (word !== spelling[k] && !setInCapitals(word, spelling[k])) differing++;
  }
  return differing <= 1;
}

/** „Projekt Stargate“ for Project Stargate: the name's generic head in the other language, the name itself as known. */
function differsInTranslatedHead(candidate: string[], spelling: string[]): boolean {
  return candidate.every((word, k) => word === spelling[k] || TRANSLATED_NAME_HEAD.get(word) === spelling[k]);
}

/**
 * What stands between a given name and its surname: spaces of any kind (a no-break space pasted from a CMS, `&nbsp;`,
 * a table cell's `<br>`, which a cell's text holds as U+FFFC), with emphasis marks ("Sam **Altman**"), or a line the
 * writer wrapped ("Sam\nAltman", in a block quote "Sam\n> Altman", in a list item "Sam\n  Altman"). Not a feed's
 * next line ("… HE HAS SEEN\n11:03 *ANDREESSEN: …", "…\n*ANDREESSEN: …"), whose stamp or star ends the line before.
 */
const WITHIN_A_NAME = /^[*_]*(?:[\p{Zs}\t\uFFFC]|&nbsp;|<br\s*\/?>)+[*_]*$|^[*_]*[\p{Zs}\t\uFFFC]*(?:<br\s*\/?>)?\r?\n[\p{Zs}\t>]*$/iu;

/** "Sam Altman" is someone else than "Thomas Altmann": a surname after another given name is another person. */
function belongsToAnotherName(text: string, words: Array<Span & { text: string }>, i: number, spelling: string, entry: NameEntry): boolean {
  if (entry.kind !== 'person' || spelling === entry.canonical) return false;
  const previous = words[i - 1];
  if (previous === undefined || !WITHIN_A_NAME.test(text.slice(previous.end, words[i].start))) return false;
  return /^\p{Lu}/u.test(previous.text) && !FUNCTION_WORDS.has(previous.text.toLowerCase()) && !entry.canonical.split(' ').includes(previous.text);
}

/** Rows of `withinDistance`, reused: a spelling check compares a word with hundreds of known spellings. */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * Whether the Damerau–Levenshtein distance (optimal string alignment) of `a` and `b` is at most `allowed`. Row by row,
 * three rows kept; it stops once two rows in a row exceed `allowed`, as no later row can then come under it.
 */
function withinDistance(a: string, b: string, allowed: number): boolean {
  if (rows[0].length <= b.length) rows = rows.map(() => new Int32Array(2 * b.length + 2));
  let [before, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let min = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
      if (d < min) min = d;
    }
    if (min > allowed && previousMin > allowed) return false;
    previousMin = min;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] <= allowed;
}
