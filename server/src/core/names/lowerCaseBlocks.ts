import type { NameEntry } from '../types';
import type { NameIndex } from './nameIndex';
import { FUNCTION_WORDS, ORDINARY_WORD_NAMES } from './wordLists';

/**
 * "nvidia closed down seven point eight two percent", "the bernstein one is stacey rasgon": an automatic transcript, a
 * chat log or a hurried note writes a whole block in lower case, and its names lose the capitals by which every reader
 * of the draft finds them. In such a block the names the sources know are written back as the sources write them
 * ("nvidia" → "Nvidia", "liang wenfeng" → "Liang Wenfeng", "deepseek" → "DeepSeek"), so the draft is read as if its
 * writer had capitalised them. Only letters change case, so every offset stays where it was.
 *
 * An ordinary word never becomes a name: a name the sources file as no person, company, model, chip or place
 * ("Open Source", "Large Language Model"), an acronym ("MIT" is German „mit“, "USA"), a name that is also an ordinary
 * word (`ORDINARY_WORD_NAMES`: "trump", "apple", "meta") and a function word stay as written. A block with capitals in
 * its prose is the writer's own casing and stays as written too.
 */
export function casedNamesInLowerCaseBlocks(text: string, names: NameIndex): string {
  let out: string[] | undefined;
  for (const line of lowerCaseLines(text)) {
    for (const { start, spelling } of knownNamesIn(text, line.start, line.end, names)) {
      // UTF-16 units, as the offsets count.
      out ??= text.split('');
      writeAsSpelled(out, text, start, spelling);
    }
  }
  return out ? out.join('') : text;
}

interface Line {
  start: number;
  end: number;
}

/** The pronoun "I" and its contractions: the only capitals an automatic transcript writes. */
const PRONOUN_I = /^I(?:['’](?:d|m|ve|ll))?$/u;
const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;
/** A block of lower-case prose has at least this many words, so a short line ("okay", "ja genau") says nothing. */
const LOWER_CASE_BLOCK_WORDS = 6;

/**
 * The lines of the blocks written in lower case: a run of non-blank lines (outside HTML comments, where the draft's
 * own directives are) whose words have no capital but the pronoun "I". Its first line may be a label set in capitals
 * throughout ("**Dana Whitfield** 0:04", "Speaker 4 1:41": every word capitalised), as transcripts head each turn.
 */
function lowerCaseLines(text: string): Line[] {
  const found: Line[] = [];
  let block: Line[] = [];
  let labelled = false;
  let words = 0;
  let lowerCase = true;
  const close = () => {
    if (lowerCase && words >= LOWER_CASE_BLOCK_WORDS) found.push(...(labelled ? block.slice(1) : block));
    block = [];
    labelled = false;
    words = 0;
    lowerCase = true;
  };
  let inComment = false;
  let at = 0;
  while (at <= text.length) {
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(at, end);
    const opensComment = !inComment && line.includes('<!--');
    if (inComment || opensComment || line.trim() === '') {
      close();
      if (opensComment) inComment = !line.slice(line.indexOf('<!--')).includes('-->');
      else if (inComment && line.includes('-->')) inComment = false;
    } else {
      const lineWords = line.match(WORD) ?? [];
      const capitalised = lineWords.filter((w) => /\p{Lu}/u.test(w) && !PRONOUN_I.test(w));
      if (block.length === 0 && capitalised.length > 0 && lineWords.every((w) => /^\p{Lu}/u.test(w))) labelled = true;
      else {
        if (capitalised.length > 0) lowerCase = false;
        words += lineWords.length;
      }
      block.push({ start: at, end });
    }
    if (newline < 0) break;
    at = newline + 1;
  }
  close();
  return found;
}

interface Spelling {
  /** The spelling's words, lower case. */
  words: string[];
  spelling: string;
  entry: NameEntry;
}

const KINDS_OF_NAMES = new Set(['person', 'organisation', 'model', 'chip', 'place']);

/** A name the sources know that a lower-case block may write: no acronym, no ordinary word, no "other" thing. */
function mayBeWrittenLow(spelling: string, entry: NameEntry): boolean {
  if (!KINDS_OF_NAMES.has(entry.kind)) return false;
  const words = spelling.split(/\s+/);
  if (words.some((w) => /^\p{Lu}{2,}$/u.test(w))) return false;
  if (words.length === 1 && (ORDINARY_WORD_NAMES.has(spelling.toLowerCase()) || FUNCTION_WORDS.has(spelling.toLowerCase()))) return false;
  return spelling.length >= 2 && /\p{Lu}/u.test(spelling);
}

const spellingsByFirstWord = new WeakMap<NameIndex, Map<string, Spelling[]>>();

function spellingsOf(names: NameIndex): Map<string, Spelling[]> {
  let map = spellingsByFirstWord.get(names);
  if (map) return map;
  map = new Map();
  // Longest first (as `spellings` gives them): "liang wenfeng" is read before "liang".
  for (const { spelling, entry } of names.spellings()) {
    if (!mayBeWrittenLow(spelling, entry)) continue;
    const words = spelling.toLowerCase().split(/\s+/);
    const list = map.get(words[0]) ?? [];
    list.push({ words, spelling, entry });
    map.set(words[0], list);
  }
  spellingsByFirstWord.set(names, map);
  return map;
}

interface Found {
  start: number;
  spelling: string;
}

/** The known names written in `text` between `from` and `to`, word for word, and a misspelt given name before a family name. */
function knownNamesIn(text: string, from: number, to: number, names: NameIndex): Found[] {
  const spellings = spellingsOf(names);
  const tokens: Array<{ word: string; start: number }> = [];
  const token = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
  const line = text.slice(from, to);
  for (let m = token.exec(line); m; m = token.exec(line)) tokens.push({ word: m[0], start: from + m.index });
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const known = spellings.get(tokens[i].word)?.find((s) => s.words.every((w, k) => tokens[i + k]?.word === w));
    if (!known) continue;
    const given = misspeltGivenName(tokens[i - 1]?.word, known.entry, known.spelling);
    if (given) found.push({ start: tokens[i - 1].start, spelling: given });
    found.push({ start: tokens[i].start, spelling: known.spelling });
    i += known.words.length - 1;
  }
  return found;
}

/**
 * "stacey rasgon": a lower-case word right before a person's family name, one or two letters off their given name
 * ("stacey" for "Stacy"), is that given name misspelt; it is capitalised as a given name is, and its spelling is
 * left for the name-spelling check to judge. The family name is the person's only as an alias of a two-word name.
 */
function misspeltGivenName(before: string | undefined, entry: NameEntry, spelling: string): string | undefined {
  if (!before || entry.kind !== 'person' || spelling.includes(' ')) return undefined;
  const canonical = entry.canonical.split(' ');
  if (canonical.length !== 2 || canonical[1] !== spelling) return undefined;
  const given = canonical[0].toLowerCase();
  if (before === given || before[0] !== given[0] || FUNCTION_WORDS.has(before) || before.length < 3) return undefined;
  const allowed = given.length < 6 ? 1 : 2;
  return editDistance(before, given) <= allowed ? before[0].toUpperCase() + before.slice(1) : undefined;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** Writes `spelling`'s letters over the same letters of `text` at `start` (spaces and line breaks between its words kept). */
function writeAsSpelled(out: string[], text: string, start: number, spelling: string): void {
  const letters = spelling.replace(/\s+/g, '');
  let at = start;
  for (const letter of letters) {
    while (/\s/.test(text[at])) at++;
    if (text[at].toLowerCase() === letter.toLowerCase() && letter.length === 1) out[at] = letter;
    at++;
  }
}
