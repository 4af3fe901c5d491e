import { insideQuotedSource } from '../analysis/draft';
import type { Rule } from './finding';
import { none } from '../text/fitted';

export const unsourcedFigure: Rule = {
  code: 'unsourced-figure',
  defaultSeverity: 'information',
  scope: 'block',
  description: 'No source states this figure: nothing about the same fact was found.',
  example: 'DeepSeek has 160 employees.',
  check(draft, _index, t) {
    return draft.figures
      // A figure inside a quotation of the sources is checked with the quotation's wording.
      .filter((f) => f.match.status === 'unsourced' && !f.figure.loose && !f.retracted && !insideQuotedSource(draft, f.span))
      .map((f) => ({ code: this.code, severity: this.defaultSeverity, ...f.span, message: t.unsourcedFigure(f.figure.text), related: none() }));
  },
};
