import { rewriteWithSourceScale } from '../figures/rewriteFigure';
import { ownScaleAbbreviations } from '../figures/ownScaleAbbreviations';
import { contradictedFigureRule } from './contradictedFigureRule';

export const scaleMismatch = contradictedFigureRule({
  code: 'scale-mismatch',
  description: 'The digits match the source but the scale word does not (Millionen/Milliarden, million/billion, German Billion = English trillion).',
  example: 'Das Training von DeepSeek R1 kostete 5,6 Milliarden Dollar.',
  applies: (_, source) => source.agreement === 'scale',
  message: (f, source, t) => t.scaleMismatch(f.figure.text, source.figure.text, source.figure.scale),
  replacement: (f, source, language, neighbours) => rewriteWithSourceScale(f.figure, source.figure, language, ownScaleAbbreviations(neighbours.map((n) => n.figure))),
});
