import type { DraftFigure } from '../analysis/draft';
import { keysOf } from '../facts/factIndex';
import { compareAsSameFact } from '../match/matchFigure';
import type { Finding, Rule } from './finding';

export const draftInconsistency: Rule = {
  code: 'draft-inconsistency',
  defaultSeverity: 'warning',
  description: 'The draft states two different values for the same fact; reported on the later mention.',
  example: 'DeepSeek has 160 employees.\n\nWith its 200 employees, DeepSeek stays small.',
  check(draft, index, t) {
    const findings: Finding[] = [];
    // A figure the sources contradict has its own warning; two figures each backed by a source state two facts.
    const candidates = draft.figures.filter((f) => f.match.status !== 'contradicted');
    // Earlier figures by the keys of their facts (only those sharing one can state the same fact), the first of each
    // value: a value stated ten times is compared once.
    const byConcept = new Map<string, Map<string, DraftFigure>>();
    for (const later of candidates) {
      const seen = new Set<DraftFigure>();
      const keys = keysOf(later.fact);
      const earlier = keys
        .flatMap((c) => [...(byConcept.get(c)?.values() ?? [])])
        .filter((e) => !seen.has(e) && seen.add(e))
        .sort((a, b) => a.span.start - b.span.start)
        .find((e) => disagree(e, later, index.weight));
      const key = valueKey(later);
      for (const c of keys) {
        const values = byConcept.get(c) ?? new Map<string, DraftFigure>();
        if (!values.has(key)) values.set(key, later);
        byConcept.set(c, values);
      }
      if (!earlier) continue;
      findings.push({
        code: this.code,
        severity: this.defaultSeverity,
        ...later.span,
        message: t.draftInconsistency(later.figure.text, earlier.figure.text),
        related: [{ ...earlier.span, message: t.earlier(earlier.at.sentence.text) }],
      });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

function disagree(earlier: DraftFigure, later: DraftFigure, weight: (concept: string) => number): boolean {
  if (earlier.match.status === 'supported' && later.match.status === 'supported') return false;
  if (earlier.at === later.at) return false; // "from 10,000 to 50,000" is one statement
  const comparison = compareAsSameFact(later.fact, later.at.facts.concepts, earlier.fact, earlier.at.facts.concepts, weight);
  if (!comparison || comparison.agreement === 'agrees') return false;
  // The same fact in two places of one draft: the same entity and the same attribute.
  return later.fact.entities.some((e) => earlier.fact.entities.includes(e)) && later.fact.attributes.some((a) => earlier.fact.attributes.includes(a));
}

function valueKey(f: DraftFigure): string {
  const { kind, value, currency, date, range } = f.figure;
  return JSON.stringify([kind, value, currency, date, range]);
}
