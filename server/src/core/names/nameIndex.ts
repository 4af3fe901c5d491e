import type { NameEntry, NameKind, NameMention } from '../types';
import type { NameCandidate } from './extractNames';
import { TICKERS } from './tickers';
import { SpellingTrie } from './spellingTrie';
import { GERMAN_ARTICLES, GERMAN_FUSED_ARTICLES, GERMAN_NOUN_QUANTIFIERS, INFLECTED_WORD_ENDING } from './wordLists';
import { eitherInitial } from '../text/eitherInitial';

/** A user's glossary entry (`.newsproof.json` "names"). */
export interface GlossaryName {
  name: string;
  kind?: NameKind;
  aliases?: string[];
  role?: string;
}

const key = (text: string) => text.toLowerCase().replace(/[\s-]/g, '');

const GERMAN_ARTICLE_FORMS = eitherInitial([...GERMAN_ARTICLES, ...GERMAN_FUSED_ARTICLES]);

// (Not a relative pronoun after a comma: "High-Flyer, den Liang 2015 gründete".)
const ARTICLE_BEFORE = new RegExp(`(?<!\\p{L})(?<!,\\s*)(?:${GERMAN_ARTICLE_FORMS})\\s+$`, 'u');

/**
 * "nach dem Artikel": a word a German article stands before is a common noun, not a person called by one of their
 * names for short ("Artikel" of a heading "Weitere Artikel" read as given and family name); German puts no article
 * before a person's name.
 */
function isNounAfterArticle(mention: NameMention, text: string): boolean {
  const { entry } = mention;
  return entry.kind === 'person' && mention.text !== entry.canonical && !/\s/.test(mention.text) && ARTICLE_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start));
}

export class NameIndex {
  readonly entries: NameEntry[];
  private readonly bySpelling = new Map<string, NameEntry>();
  private readonly trie = new SpellingTrie();

  constructor(entries: NameEntry[]) {
    this.entries = entries;
    for (const entry of entries) for (const spelling of [entry.canonical, ...entry.aliases]) if (!this.bySpelling.has(spelling)) this.bySpelling.set(spelling, entry);
    for (const spelling of this.bySpelling.keys()) if (spelling.length >= 2) this.trie.add(spelling);
  }

  /** Every mention of a known name, longest first where spellings overlap; a genitive "s" is not part of the span. */
  find(text: string): NameMention[] {
    const found = this.trie.findWords(text, true).map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), entry: this.bySpelling.get(m.spelling)! }));
    return found.some((m) => isNounAfterArticle(m, text)) ? found.filter((m) => !isNounAfterArticle(m, text)) : found;
  }

  lookup(spelling: string): NameEntry | undefined {
    return this.bySpelling.get(spelling);
  }

  /** Every known spelling with its entry, longest first. */
  spellings(): Array<{ spelling: string; entry: NameEntry }> {
    this.sortedSpellings ??= [...this.bySpelling].map(([spelling, entry]) => ({ spelling, entry })).sort((a, b) => b.spelling.length - a.spelling.length);
    return this.sortedSpellings;
  }

  /**
   * The spellings a capitalised word could be a near miss of: those of four or more characters that begin with the same
   * letter, ignoring case, whose lower-case length is within two of the lower-case length of the words they would be
   * compared with, and whose characters differ from theirs in at most twice as many `lettersOf` as the edits the
   * spelling allows (`runOf(words)`: the run of that many words from this one, undefined where there is none;
   * `editsAllowed(spelling)`: at most two); longest first, as `spellings`. A near miss is at most two letters off, and
   * an edit adds or drops at most two kinds of character, so no other spelling can be one: a word is compared with
   * these, not with every known name nor with every one of its length and initial, so a spelling check does not slow
   * down as the sources name more people and companies.
   */
  spellingsNear(word: string, runOf: (words: number) => { length: number; letters: number } | undefined, editsAllowed: (spelling: string) => number): NearSpelling[] {
    const near = this.nearByInitial().get(word.charAt(0).toLowerCase());
    if (!near) return [];
    const found: NearSpelling[] = [];
    let buckets = 0;
    for (const [words, byLength] of near) {
      const run = runOf(words);
      if (run === undefined) continue;
      for (let l = run.length - NEAR_LENGTH; l <= run.length + NEAR_LENGTH; l++) {
        const bucket = byLength.get(l);
        if (!bucket) continue;
        const before = found.length;
        for (const known of bucket) if (bitCount(known.letters ^ run.letters) <= 2 * editsAllowed(known.spelling)) found.push(known);
        if (found.length > before) buckets++;
      }
    }
    return buckets > 1 ? found.sort((a, b) => a.order - b.order) : found;
  }

  /** Spellings of four or more characters by initial, then by number of words, then by lower-case length. */
  private nearByInitial(): Map<string, Map<number, Map<number, NearSpelling[]>>> {
    if (this.near) return this.near;
    this.near = new Map();
    this.spellings().forEach(({ spelling, entry }, order) => {
      if (spelling.length < 4) return;
      const initial = spelling[0].toLowerCase();
      const words = spelling.split(' ').length;
      const lower = spelling.toLowerCase();
      let byWords = this.near!.get(initial);
      if (!byWords) this.near!.set(initial, (byWords = new Map()));
      let byLength = byWords.get(words);
      if (!byLength) byWords.set(words, (byLength = new Map()));
      const near = { spelling, entry, order, words, letters: lettersOf(lower) };
      const bucket = byLength.get(lower.length);
      if (bucket) bucket.push(near);
      else byLength.set(lower.length, [near]);
    });
    return this.near;
  }

  private sortedSpellings: Array<{ spelling: string; entry: NameEntry }> | undefined;
  private near: Map<string, Map<number, Map<number, NearSpelling[]>>> | undefined;
}

/** A known spelling, its place among `spellings` (longest first), its number of words and its `lettersOf` (lower case). */
export interface NearSpelling {
  spelling: string;
  entry: NameEntry;
  order: number;
  words: number;
  letters: number;
}

/**
 * The kinds of character in a text, as bits (a character's code modulo 32): a substitution changes at most two of
 * them, an added or dropped character one and a swap of two none, so two texts with more bits apart than twice their
 * edits are not within that many edits of each other (a text's own bits are no guide to its length or order).
 */
export function lettersOf(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) letters |= 1 << (text.charCodeAt(i) & 31);
  return letters;
}

function bitCount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** How many letters a near miss may differ by, at most (`spelling.ts`). */
const NEAR_LENGTH = 2;

/**
 * Merges what the sources name into entries: spellings that differ only in spaces or hyphens are one name
 * ("Deep Seek", "DeepSeek"), a genitive is no name of its own ("Nvidias"), a model number belongs to its model
 * ("R1" → "DeepSeek R1"), and a person is also called by a surname or by a part the sources use alone ("Liang").
 */
const ACRONYM_EXPANSION = /((?:\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*\s+){1,4}\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*)\s*\((\p{Lu}{2,6})\)/gu;

/** "Multi-Token Prediction" → "MTP". */
function initialsOf(words: string): string {
  return words.trim().split(/[\s-]+/).map((w) => w[0]).join('').toUpperCase();
}

export function buildNameIndex(candidates: NameCandidate[], sourceTexts: string[], glossary: GlossaryName[] = []): NameIndex {
  const counts = new Map<string, { candidate: NameCandidate; count: number }>();
  for (const c of candidates) {
    const seen = counts.get(c.text);
    if (seen) {
      seen.count++;
      seen.candidate.role ??= c.role;
    } else counts.set(c.text, { candidate: { ...c }, count: 1 });
  }
  const sourceWords = new Set<string>();
  for (const text of sourceTexts) for (const word of text.match(/[\p{L}\d-]+/gu) ?? []) sourceWords.add(word);
  // The last words of the names still counted, so "is this stem the end of a longer name" costs no scan of all names.
  const lastWords = new Map<string, number>();
  const lastWordOf = (text: string) => (text.includes(' ') ? text.slice(text.lastIndexOf(' ') + 1) : undefined);
  for (const text of counts.keys()) {
    const last = lastWordOf(text);
    if (last !== undefined) lastWords.set(last, (lastWords.get(last) ?? 0) + 1);
  }
  // "Nvidias H100", "Chinas Fortschritte": a German genitive before a noun, not a name of its own.
  const isGenitive = (text: string) => {
    const first = text.split(' ')[0];
    const stem = first.slice(0, -1);
    return first.endsWith('s') && (counts.has(stem) || sourceWords.has(stem) || (lastWords.get(stem) ?? 0) > 0);
  };
  // "der dritte Versuch Nvidias", "Donald Trumps Zölle": a run ending in a known name's genitive is a noun and its
  // owner, or the owner alone; no name of its own.
  const endsInGenitive = (text: string) => {
    if (!text.includes(' ') || !text.endsWith('s')) return false;
    const last = lastWordOf(text)!.slice(0, -1);
    return counts.has(text.slice(0, -1)) || counts.has(last);
  };
  for (const text of [...counts.keys()]) {
    if (!isGenitive(text) && !endsInGenitive(text)) continue;
    counts.delete(text);
    const last = lastWordOf(text);
    if (last !== undefined) lastWords.set(last, lastWords.get(last)! - 1);
  }

  const groups = new Map<string, Array<{ candidate: NameCandidate; count: number }>>();
  for (const item of counts.values()) {
    const k = key(item.candidate.text);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  const entries: NameEntry[] = [];
  const byText = new Map<string, NameEntry>();
  for (const group of groups.values()) {
    group.sort((a, b) => b.count - a.count || a.candidate.text.length - b.candidate.text.length);
    const best = group[0].candidate;
    // A spelling in CamelCase ("OpenSource") shows the words are a term, not a person's given and family name; so does
    // a first word the sources also write in lower case (below).
    const kind = best.kind === 'person' && (group.some((g) => /\p{Ll}\p{Lu}/u.test(g.candidate.text)) || startsWithOrdinaryWord(best.text, sourceWords)) ? 'other' : best.kind;
    const entry: NameEntry = { canonical: best.text, kind, aliases: group.slice(1).map((g) => g.candidate.text), role: group.find((g) => g.candidate.role)?.candidate.role };
    entries.push(entry);
    for (const g of group) byText.set(g.candidate.text, entry);
  }

  // "Multi-Token Prediction (MTP)": the words an acronym stands for are the same name.
  for (const text of sourceTexts) {
    for (const m of text.matchAll(ACRONYM_EXPANSION)) {
      const [, long, short] = m;
      const entry = byText.get(short);
      // "Durch Multi-Token Prediction (MTP)": the words before that the letters stand for, not the sentence's first.
      const words = long.trim().split(/\s+/);
      const expansion = words.map((_, k) => words.slice(k).join(' ')).find((tail) => initialsOf(tail) === short);
      if (entry && expansion) addAlias(entry, expansion);
    }
  }

  // "$NVDA", "NVDA": a company's stock symbol is its name too.
  for (const [company, symbols] of Object.entries(TICKERS)) {
    const entry = byText.get(company);
    if (entry) for (const symbol of symbols) if (!byText.has(symbol)) addAlias(entry, symbol);
  }

  // A person's given or family name alone is an alias only where the sources use it alone ("Liang").
  const usedAlone = wordsUsedAlone(entries, sourceTexts);
  const commonNouns = nounsAfterArticles(sourceTexts);
  const absorbed = new Set<NameEntry>();
  for (const entry of entries) {
    const words = entry.canonical.split(' ');
    if (words.length < 2) continue;
    // Two capitalised German nouns ("schwache Renditen Anleger") read like a given and a family name; a word the
    // sources put after an article ("die Anleger") is a common noun, never what a person is called for short.
    if (entry.kind === 'person') {
      const alone = words.filter((word) => usedAlone.has(word));
      for (const word of alone.length ? alone : words.slice(-1)) if (!commonNouns.has(word)) addAlias(entry, word);
    }
    // "Project Stargate" is "Stargate" for short: the generic word in front is dropped in use.
    if (words.length === 2 && /^(project|projekt|operation|initiative|programm|program)$/i.test(words[0]) && !byText.has(words[1])) addAlias(entry, words[1]);
    for (const word of words) {
      const part = byText.get(word);
      if (part && part !== entry && /\d/.test(word) && entry.kind === 'model') {
        addAlias(entry, word);
        absorbed.add(part);
      }
    }
  }
  for (const g of glossary) {
    const existing = byText.get(g.name);
    if (existing) {
      for (const alias of g.aliases ?? []) addAlias(existing, alias);
      if (g.role) existing.role = g.role;
      if (g.kind) existing.kind = g.kind;
    } else entries.push({ canonical: g.name, kind: g.kind ?? 'other', aliases: [...(g.aliases ?? [])], role: g.role });
  }
  const kept = entries.filter((e) => !absorbed.has(e));
  const canonicals = new Set(kept.map((e) => e.canonical));
  for (const entry of kept) {
    const contained = entry.canonical.split(' ').filter((word) => word !== entry.canonical && canonicals.has(word));
    if (contained.length) entry.containing = contained;
  }
  return new NameIndex(kept);
}

/**
 * „Schwache Daten aus der US-Industrie …“, „Einzelne Mitarbeiter sollen …“, „Weitere Artikel zum Thema“: an adjective
 * capitalised by its place at the start of a sentence or a heading, before a noun, reads like a given and a family
 * name. No one's given name is an inflected word that the sources also write in lower case („schwache“, „weitere“).
 */
function startsWithOrdinaryWord(text: string, sourceWords: Set<string>): boolean {
  const first = text.slice(0, text.indexOf(' '));
  const lower = first.toLowerCase();
  return lower !== first && INFLECTED_WORD_ENDING.test(lower) && sourceWords.has(lower);
}

/** "die Anleger", "viele Anleger": capitalised words a German article or quantifier stands before are nouns. */
const AFTER_ARTICLE = new RegExp(`(?<![\\p{L}])(?:${GERMAN_ARTICLE_FORMS}|${eitherInitial(GERMAN_NOUN_QUANTIFIERS)})\\s+(\\p{Lu}\\p{Ll}+)(?![\\p{L}\\d-])`, 'gu');

function nounsAfterArticles(sourceTexts: string[]): Set<string> {
  const out = new Set<string>();
  for (const text of sourceTexts) for (const m of text.matchAll(AFTER_ARTICLE)) out.add(m[1]);
  return out;
}

/**
 * The words of persons' names that the sources also use on their own, outside the full names. As if each multi-word
 * name, in the order of `entries`, were blanked out of the text (an occurrence overlapping one blanked before stays),
 * then the words searched: one pass over the text for all names, one for all words, whatever their number.
 */
function wordsUsedAlone(entries: NameEntry[], sourceTexts: string[]): Set<string> {
  const multiWord = entries.filter((e) => e.canonical.includes(' ')).map((e) => e.canonical);
  const order = new Map(multiWord.map((canonical, i) => [canonical, i]));
  const names = new SpellingTrie();
  for (const canonical of multiWord) names.add(canonical);
  const personWords = new SpellingTrie();
  for (const entry of entries) if (entry.kind === 'person' && entry.canonical.includes(' ')) for (const word of entry.canonical.split(' ')) personWords.add(word);
  const found = new Set<string>();
  if (personWords.size === 0) return found;
  for (const text of sourceTexts) {
    const blanked = blankedNames(text, names, order);
    for (const m of lettersBoundedWords(text, personWords, blanked)) found.add(m);
  }
  return found;
}

/**
 * Where names are blanked out of `text`: each name in turn (by `order`), each of its occurrences left to right that
 * neither overlaps the previous one nor a stretch blanked already. Stretches as [start, end) pairs, sorted.
 */
function blankedNames(text: string, names: SpellingTrie, order: Map<string, number>): Int32Array {
  const occurrences: Array<{ start: number; end: number; rank: number }> = [];
  for (let i = 0; i < text.length; i++) {
    if (!names.startsAt(text, i)) continue;
    for (const m of names.matchesAt(text, i)) if (text.startsWith(m.spelling, i)) occurrences.push({ start: i, end: i + m.spelling.length, rank: order.get(m.spelling)! });
  }
  if (occurrences.length === 0) return new Int32Array(0);
  occurrences.sort((a, b) => a.rank - b.rank || a.start - b.start);
  const mask = new Uint8Array(text.length);
  const taken: Array<[number, number]> = [];
  let lastEnd = -1;
  let rank = -1;
  for (const o of occurrences) {
    if (o.rank !== rank) {
      rank = o.rank;
      lastEnd = -1;
    }
    if (o.start < lastEnd || overlaps(mask, o.start, o.end)) continue;
    mask.fill(1, o.start, o.end);
    taken.push([o.start, o.end]);
    lastEnd = o.end;
  }
  taken.sort((a, b) => a[0] - b[0]);
  return Int32Array.from(taken.flat());
}

function overlaps(mask: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (mask[i]) return true;
  return false;
}

/**
 * Words found where only letters (not digits) count as a word's neighbours, as `(?<!\p{L})word(?!\p{L})`, outside
 * the blanked stretches (which read as a space).
 */
function lettersBoundedWords(text: string, words: SpellingTrie, blanked: Int32Array): string[] {
  const out: string[] = [];
  let stretch = 0;
  const isLetter = (i: number) => /\p{L}/u.test(text[i]);
  for (let i = 0; i < text.length; i++) {
    while (stretch < blanked.length && blanked[stretch + 1] <= i) stretch += 2;
    const blankFrom = stretch < blanked.length ? blanked[stretch] : text.length;
    if (i >= blankFrom) continue;
    if (!words.startsAt(text, i) || (i > 0 && !(stretch > 0 && blanked[stretch - 1] === i) && isLetter(i - 1))) continue;
    for (const m of words.matchesAt(text, i)) {
      const end = i + m.spelling.length;
      if (end > blankFrom || !text.startsWith(m.spelling, i)) continue;
      if (end >= text.length || end === blankFrom || !isLetter(end)) out.push(m.spelling);
    }
  }
  return out;
}

function addAlias(entry: NameEntry, alias: string): void {
  if (alias !== entry.canonical && !entry.aliases.includes(alias)) entry.aliases.push(alias);
}
