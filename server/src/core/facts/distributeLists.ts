import type { SentenceFacts } from '../analysis/analyzedSentence';
import type { Figure, NameEntry } from '../types';

/** Words that pair a list of values with a list of things in order. */
const RESPECTIVELY = /(?<![\p{L}])(respectively|jeweils|beziehungsweise|bzw\.)(?![\p{L}])/iu;

/**
 * "Fire-Flyer I und Fire-Flyer II, die jeweils 200 Millionen Yuan und eine Milliarde Yuan gekostet haben", "92 and 85
 * percent on HumanEval and MATH-500 respectively": with a distributing word and as many names as values of one kind,
 * the n-th value belongs to the n-th name. Restated values in brackets ("(ca. 26 Millionen Euro)") are not counted.
 */
export function distributedNames(facts: SentenceFacts): Map<Figure, NameEntry> {
  const out = new Map<Figure, NameEntry>();
  if (!RESPECTIVELY.test(facts.text)) return out;
  const values = facts.figures.filter((f, i) => !(f.kind === 'date' || f.kind === 'year') && !inBrackets(facts, i));
  const byKind = new Map<string, Figure[]>();
  for (const f of values) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  const entries: NameEntry[] = [];
  for (const m of facts.names) if (!entries.includes(m.entry) && !entries.some((e) => e.containing?.includes(m.entry.canonical))) entries.push(m.entry);
  for (const group of byKind.values()) {
    if (group.length < 2) continue;
    // The listed names are those of one kind, as many as the values: "Fire-Flyer I und Fire-Flyer II".
    const kinds = new Set(entries.map((e) => e.kind));
    for (const kind of kinds) {
      const listed = entries.filter((e) => e.kind === kind);
      if (listed.length !== group.length) continue;
      group.forEach((f, i) => out.set(f, listed[i]));
      break;
    }
  }
  return out;
}

function inBrackets(facts: SentenceFacts, i: number): boolean {
  const f = facts.figures[i];
  const before = facts.text.slice(0, f.start);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}
