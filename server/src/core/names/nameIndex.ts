import type { NameEntry, NameKind, NameMention } from '../types';
import type { NameCandidate } from './extractNames';
import { SpellingTrie } from './spellingTrie';

/** A user's glossary entry (`.newsproof.json` "names"). */
export interface GlossaryName {
  name: string;
  kind?: NameKind;
  aliases?: string[];
  role?: string;
}

const key = (text: string) => text.toLowerCase().replace(/[\s-]/g, '');

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
    return this.trie.findWords(text, true).map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), entry: this.bySpelling.get(m.spelling)! }));
  }

  lookup(spelling: string): NameEntry | undefined {
    return this.bySpelling.get(spelling);
  }

  /** Every known spelling with its entry, longest first. */
  spellings(): Array<{ spelling: string; entry: NameEntry }> {
    this.sortedSpellings ??= [...this.bySpelling].map(([spelling, entry]) => ({ spelling, entry })).sort((a, b) => b.spelling.length - a.spelling.length);
    return this.sortedSpellings;
  }

  private sortedSpellings: Array<{ spelling: string; entry: NameEntry }> | undefined;
}

/**
 * Merges what the sources name into entries: spellings that differ only in spaces or hyphens are one name
 * ("Deep Seek", "DeepSeek"), a genitive is no name of its own ("Nvidias"), a model number belongs to its model
 * ("R1" → "DeepSeek R1"), and a person is also called by a surname or by a part the sources use alone ("Liang").
 */
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
  for (const text of [...counts.keys()]) {
    if (!isGenitive(text)) continue;
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
    // A spelling in CamelCase ("OpenSource") shows the words are a term, not a person's given and family name.
    const kind = best.kind === 'person' && group.some((g) => /\p{Ll}\p{Lu}/u.test(g.candidate.text)) ? 'other' : best.kind;
    const entry: NameEntry = { canonical: best.text, kind, aliases: group.slice(1).map((g) => g.candidate.text), role: group.find((g) => g.candidate.role)?.candidate.role };
    entries.push(entry);
    for (const g of group) byText.set(g.candidate.text, entry);
  }

  // A person's given or family name alone is an alias only where the sources use it alone ("Liang").
  const usedAlone = wordsUsedAlone(entries, sourceTexts);
  const absorbed = new Set<NameEntry>();
  for (const entry of entries) {
    const words = entry.canonical.split(' ');
    if (words.length < 2) continue;
    if (entry.kind === 'person') {
      const alone = words.filter((word) => usedAlone.has(word));
      for (const word of alone.length ? alone : words.slice(-1)) addAlias(entry, word);
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
 * The words of persons' names that the sources also use on their own, outside the full names: each source text with
 * the multi-word names blanked out (in the order of `entries`), then searched for those words in one pass.
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
    const occurring = new Set<string>();
    for (let i = 0; i < text.length; i++) if (names.startsAt(text, i)) for (const m of names.matchesAt(text, i)) if (text.startsWith(m.spelling, i)) occurring.add(m.spelling);
    let unnamed = text;
    for (const canonical of [...occurring].sort((a, b) => order.get(a)! - order.get(b)!)) unnamed = unnamed.split(canonical).join(' ');
    for (const m of lettersBoundedWords(unnamed, personWords)) found.add(m);
  }
  return found;
}

/** Words found where only letters (not digits) count as a word's neighbours, as `(?<!\p{L})word(?!\p{L})`. */
function lettersBoundedWords(text: string, words: SpellingTrie): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!words.startsAt(text, i) || (i > 0 && /\p{L}/u.test(text[i - 1]))) continue;
    for (const m of words.matchesAt(text, i)) if (m.end >= text.length || !/\p{L}/u.test(text[m.end])) if (text.startsWith(m.spelling, i)) out.push(m.spelling);
  }
  return out;
}

function addAlias(entry: NameEntry, alias: string): void {
  if (alias !== entry.canonical && !entry.aliases.includes(alias)) entry.aliases.push(alias);
}
