import { rewriteWithSourceValue } from '../figures/rewriteFigure';
import { contradictedFigureRule } from './contradictedFigureRule';

export const dateMismatch = contradictedFigureRule({
  code: 'date-mismatch',
  description: 'A date or year contradicts the source for the same event.',
  example: 'DeepSeek was founded in July 2022.',
  applies: (f) => f.figure.kind === 'date' || f.figure.kind === 'year',
  message: (f, source, t) => t.dateContradicts(f.figure.text, source.figure.text),
  replacement: (f, source, language) => (f.figure.kind === source.figure.kind ? rewriteWithSourceValue(f.figure, source.figure, language) : undefined),
});
