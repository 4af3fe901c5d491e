import { contradictedFigureRule } from './contradictedFigureRule';

export const figureMismatch = contradictedFigureRule({
  code: 'figure-mismatch',
  description: 'A figure contradicts the source figure for the same fact.',
  applies: (f, source) => source.agreement === 'differs' && f.figure.kind !== 'date' && f.figure.kind !== 'year',
  message: (f, source) => `${f.figure.text} contradicts the source, which says ${source.figure.text}.`,
});
