import { rewriteWithSourceCurrency, rewriteWithSourceUnit, rewriteWithSourceValue } from '../figures/rewriteFigure';
import { contradictedFigureRule } from './contradictedFigureRule';
import { sourceAgeInDraftsYear, sourceAgeThen } from '../facts/ageYear';

export const figureMismatch = contradictedFigureRule({
  code: 'figure-mismatch',
  description: 'A figure contradicts the source figure for the same fact.',
  example: 'Training DeepSeek R1 cost only $6.5 million.',
  applies: (f, source) => ['differs', 'direction', 'unit', 'currency'].includes(source.agreement) && f.figure.kind !== 'date' && f.figure.kind !== 'year',
  message: (f, source, t) => {
    if (source.agreement === 'direction') return t.figureDirection(f.figure.text, f.figure.direction === 'up', source.figure.direction === 'up', source.figure.text);
    if (source.agreement === 'currency') return t.figureCurrency(f.figure.text, source.figure.text);
    if (source.agreement === 'unit') {
      return source.figure.kind === 'percentagePoint' ? t.figureIsPoints(f.figure.text, source.figure.text) : t.figureIsPercent(f.figure.text, source.figure.text);
    }
    // "more than eight years" where the two dates are eight years apart: the number is right, only the bound fails.
    const { bound, durationUnit } = f.figure;
    if (bound && durationUnit && source.figure.derivedFrom && !source.figure.approximate && source.figure.value === f.figure.value) return t.spanAtItsBound(f.figure.text, bound, source.figure.text);
    return t.figureContradicts(f.figure.text, source.figure.text);
  },
  // A wrong direction is in the verb ("rose"), outside the figure: no one-click fix. Nor is a value said of each of
  // several names ("Nvidia und Broadcom verloren jeweils 7,82 Prozent"): one name's value makes it wrong for the other,
  // unless one source value is every one's („Infineon und SoftBank verloren jeweils bis zu 12 Prozent“: 10 %).
  replacement: (f, source, language) => {
    if (f.fact.each && !f.match.sharedByEvery) return undefined;
    if (source.agreement === 'unit') return rewriteWithSourceUnit(f.figure, source.figure, language);
    if (source.agreement === 'currency') return rewriteWithSourceCurrency(f.figure, source.figure, language);
    // "Liang was 30 when he founded DeepSeek in July 2023": the source's "40-jährige" of 2025 was 38 then; „mit 17
    // Jahren“ in 2002 is 40 in 2025.
    return source.agreement === 'differs' ? rewriteWithSourceValue(f.figure, sourceAgeThen(f.fact, source.fact) ?? sourceAgeInDraftsYear(f.fact, source.fact) ?? source.figure, language) : undefined;
  },
});
