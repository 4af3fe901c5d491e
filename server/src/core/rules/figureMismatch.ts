import { rewriteWithSourceUnit, rewriteWithSourceValue } from '../figures/rewriteFigure';
import { contradictedFigureRule } from './contradictedFigureRule';

export const figureMismatch = contradictedFigureRule({
  code: 'figure-mismatch',
  description: 'A figure contradicts the source figure for the same fact.',
  applies: (f, source) => ['differs', 'direction', 'unit'].includes(source.agreement) && f.figure.kind !== 'date' && f.figure.kind !== 'year',
  message: (f, source) => {
    if (source.agreement === 'direction') {
      return `${f.figure.text} says it ${f.figure.direction === 'up' ? 'rose' : 'fell'}, but the source says it ${source.figure.direction === 'up' ? 'rose' : 'fell'}: ${source.figure.text}.`;
    }
    if (source.agreement === 'unit') {
      return source.figure.kind === 'percentagePoint'
        ? `${f.figure.text} is a difference in percentage points, not percent: ${source.figure.text}.`
        : `${f.figure.text} is in percentage points, but the source says percent: ${source.figure.text}.`;
    }
    return `${f.figure.text} contradicts the source, which says ${source.figure.text}.`;
  },
  // A wrong direction is in the verb ("rose"), outside the figure: no one-click fix.
  replacement: (f, source, language) => {
    if (source.agreement === 'unit') return rewriteWithSourceUnit(f.figure, source.figure, language);
    return source.agreement === 'differs' ? rewriteWithSourceValue(f.figure, source.figure, language) : undefined;
  },
});
