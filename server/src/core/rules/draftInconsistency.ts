import type { DraftFigure } from '../analysis/analyzeDraft';
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
    candidates.forEach((later, j) => {
      const earlier = candidates.slice(0, j).find((e) => disagree(e, later, index.weight));
      if (!earlier) return;
      findings.push({
        code: this.code,
        severity: this.defaultSeverity,
        ...later.span,
        message: t.draftInconsistency(later.figure.text, earlier.figure.text),
        related: [{ ...earlier.span, message: t.earlier(earlier.at.sentence.text) }],
      });
    });
    return findings;
  },
};

function disagree(earlier: DraftFigure, later: DraftFigure, weight: (concept: string) => number): boolean {
  if (earlier.match.status === 'supported' && later.match.status === 'supported') return false;
  if (earlier.at === later.at) return false; // "from 10,000 to 50,000" is one statement
  const comparison = compareAsSameFact(later.figure, later.at.facts.concepts, earlier.figure, earlier.at.facts.concepts, weight);
  if (!comparison || comparison.agreement === 'agrees') return false;
  // The same fact in two places of one draft: the figures' own clauses must share a name or an event word.
  return [...later.figure.localConcepts].some((c) => earlier.figure.localConcepts.has(c));
}
