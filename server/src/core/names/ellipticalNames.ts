import type { NameMention } from '../types';
import type { NameIndex } from './nameIndex';

const SIBLING = /^(\s*(?:,|und|and|or|oder|sowie|&)\s*)([IVX]+|\d+[a-z]?)(?![\p{L}\d])/u;

/**
 * "Fire-Flyer I und II", "the V2 and V3": a name that ends in a numeral, followed by another numeral, names its
 * sibling too when the sources know it ("Fire-Flyer II"). The numeral becomes a mention of that name.
 */
export function withElliptical(text: string, mentions: NameMention[], names: NameIndex): NameMention[] {
  const extra: NameMention[] = [];
  for (const m of mentions) {
    const stem = /^(.*?[\s-])([IVX]+|\d+[a-z]?)$/u.exec(m.entry.canonical)?.[1];
    if (!stem) continue;
    const sibling = SIBLING.exec(text.slice(m.end));
    if (!sibling) continue;
    const entry = names.lookup(stem + sibling[2]);
    if (!entry || entry === m.entry) continue;
    const start = m.end + sibling[1].length;
    if (mentions.some((o) => o.start < start + sibling[2].length && start < o.end)) continue;
    extra.push({ start, end: start + sibling[2].length, text: sibling[2], entry });
  }
  return extra.length ? [...mentions, ...extra].sort((a, b) => a.start - b.start) : mentions;
}
