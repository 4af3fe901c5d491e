import type { NameEntry, NameKind, NameMention } from '../types';
import type { NameCandidate } from './extractNames';

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
  private readonly pattern: RegExp | undefined;

  constructor(entries: NameEntry[]) {
    this.entries = entries;
    for (const entry of entries) for (const spelling of [entry.canonical, ...entry.aliases]) if (!this.bySpelling.has(spelling)) this.bySpelling.set(spelling, entry);
    const spellings = [...this.bySpelling.keys()].filter((s) => s.length >= 2).sort((a, b) => b.length - a.length);
    if (spellings.length) {
      const alternatives = spellings.map((s) => s.split(' ').map(escapeRegExp).join('\\s+')).join('|');
      this.pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?=$|[^\\p{L}\\p{N}]|s(?![\\p{L}\\p{N}]))`, 'gu');
    }
  }

  /** Every mention of a known name, longest first where spellings overlap; a genitive "s" is not part of the span. */
  find(text: string): NameMention[] {
    if (!this.pattern) return [];
    const mentions: NameMention[] = [];
    this.pattern.lastIndex = 0;
    for (let m = this.pattern.exec(text); m; m = this.pattern.exec(text)) {
      const entry = this.bySpelling.get(m[0].replace(/\s+/g, ' '));
      if (entry) mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0], entry });
    }
    return mentions;
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
  const sourceWords = new Set(sourceTexts.join(' ').match(/[\p{L}\d-]+/gu) ?? []);
  // "Nvidias H100", "Chinas Fortschritte": a German genitive before a noun, not a name of its own.
  const isGenitive = (text: string) => {
    const first = text.split(' ')[0];
    const stem = first.slice(0, -1);
    return first.endsWith('s') && (counts.has(stem) || sourceWords.has(stem) || [...counts.keys()].some((k) => k.endsWith(` ${stem}`)));
  };
  for (const text of [...counts.keys()]) if (isGenitive(text)) counts.delete(text);

  const groups = new Map<string, Array<{ candidate: NameCandidate; count: number }>>();
  for (const item of counts.values()) {
    const k = key(item.candidate.text);
    groups.set(k, [...(groups.get(k) ?? []), item]);
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
  let unnamed = sourceTexts.join('\n');
  for (const entry of entries) if (entry.canonical.includes(' ')) unnamed = unnamed.split(entry.canonical).join(' ');
  const absorbed = new Set<NameEntry>();
  for (const entry of entries) {
    const words = entry.canonical.split(' ');
    if (words.length < 2) continue;
    if (entry.kind === 'person') {
      const usedAlone = words.filter((word) => new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(unnamed));
      for (const word of usedAlone.length ? usedAlone : words.slice(-1)) addAlias(entry, word);
    }
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

function addAlias(entry: NameEntry, alias: string): void {
  if (alias !== entry.canonical && !entry.aliases.includes(alias)) entry.aliases.push(alias);
}
