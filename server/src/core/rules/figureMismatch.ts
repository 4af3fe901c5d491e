import type { Rule } from './finding';
import { relatedSentence } from './finding';

export const figureMismatch: Rule = {
  code: 'figure-mismatch',
  defaultSeverity: 'warning',
  description: 'A figure contradicts the source figure for the same fact.',
  check(draft) {
    return draft.figures
      .filter((f) => f.match.status === 'contradicted' && f.match.evidence[0].agreement === 'differs' && f.figure.kind !== 'date' && f.figure.kind !== 'year')
      .map((f) => {
        const source = f.match.evidence[0];
        return {
          code: this.code,
          severity: this.defaultSeverity,
          ...f.span,
          message: `${f.figure.text} contradicts the source, which says ${source.figure.text}.`,
          related: [relatedSentence(source.at)],
        };
      });
  },
};
