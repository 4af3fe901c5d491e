import type { Rule } from './finding';
import { relatedSentence } from './finding';

const SCALE_NAMES: Record<number, string> = {
  0: 'no scale word',
  3: '10³: thousand, Tausend',
  6: '10⁶: million, Million',
  9: '10⁹: English billion, German Milliarde',
  12: '10¹²: English trillion, German Billion',
  15: '10¹⁵: quadrillion, Billiarde',
};

export const scaleMismatch: Rule = {
  code: 'scale-mismatch',
  defaultSeverity: 'warning',
  description: 'The digits match the source but the scale word does not (Millionen/Milliarden, million/billion, German Billion = English trillion).',
  check(draft) {
    return draft.figures
      .filter((f) => f.match.status === 'contradicted' && f.match.evidence[0].agreement === 'scale')
      .map((f) => {
        const source = f.match.evidence[0];
        return {
          code: this.code,
          severity: this.defaultSeverity,
          ...f.span,
          message: `${f.figure.text} has the right digits but the wrong scale: the source says ${source.figure.text} (${SCALE_NAMES[source.figure.scale] ?? `10^${source.figure.scale}`}).`,
          related: [relatedSentence(source.at)],
        };
      });
  },
};
