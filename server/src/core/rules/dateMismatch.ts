import type { Rule } from './finding';
import { relatedSentence } from './finding';

export const dateMismatch: Rule = {
  code: 'date-mismatch',
  defaultSeverity: 'warning',
  description: 'A date or year contradicts the source for the same event.',
  check(draft) {
    return draft.figures
      .filter((f) => f.match.status === 'contradicted' && (f.figure.kind === 'date' || f.figure.kind === 'year'))
      .map((f) => {
        const source = f.match.evidence[0];
        return {
          code: this.code,
          severity: this.defaultSeverity,
          ...f.span,
          message: `${f.figure.text} contradicts the source, which gives ${source.figure.text}.`,
          related: [relatedSentence(source.at)],
        };
      });
  },
};
