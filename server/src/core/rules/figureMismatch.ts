import { rewriteWithSourceValue } from '../figures/rewriteFigure';
import { contradictedFigureRule } from './contradictedFigureRule';

export const figureMismatch = contradictedFigureRule({
  code: 'figure-mismatch',
  description: 'A figure contradicts the source figure for the same fact.',
  applies: (f, source) => (source.agreement === 'differs' || source.agreement === 'direction') && f.figure.kind !== 'date' && f.figure.kind !== 'year',
  message: (f, source) =>
    source.agreement === 'direction'
      ? `${f.figure.text} says it ${f.figure.direction === 'up' ? 'rose' : 'fell'}, but the source says it ${source.figure.direction === 'up' ? 'rose' : 'fell'}: ${source.figure.text}.`
      : `${f.figure.text} contradicts the source, which says ${source.figure.text}.`,
  // A wrong direction is in the verb ("rose"), outside the figure: no one-click fix.
  replacement: (f, source, language) => (source.agreement === 'differs' ? rewriteWithSourceValue(f.figure, source.figure, language) : undefined),
});
