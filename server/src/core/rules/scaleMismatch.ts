import { rewriteWithSourceScale } from '../figures/rewriteFigure';
import { contradictedFigureRule } from './contradictedFigureRule';

const SCALE_NAMES: Record<number, string> = {
  0: 'no scale word',
  3: '10³: thousand, Tausend',
  6: '10⁶: million, Million',
  9: '10⁹: English billion, German Milliarde',
  12: '10¹²: English trillion, German Billion',
  15: '10¹⁵: quadrillion, Billiarde',
};

export const scaleMismatch = contradictedFigureRule({
  code: 'scale-mismatch',
  description: 'The digits match the source but the scale word does not (Millionen/Milliarden, million/billion, German Billion = English trillion).',
  applies: (_, source) => source.agreement === 'scale',
  message: (f, source) =>
    `${f.figure.text} has the right digits but the wrong scale: the source says ${source.figure.text} (${SCALE_NAMES[source.figure.scale] ?? `10^${source.figure.scale}`}).`,
  replacement: (f, source, language) => rewriteWithSourceScale(f.figure, source.figure, language),
});
