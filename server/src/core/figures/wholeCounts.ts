import type { Figure, Language } from '../types';
import { DURATION_UNITS, POINT_NOUNS, TIME_LENGTH_UNITS } from './vocabulary';

/** One to three digits, a full stop and three more: „10.000“, „1.328“, German's thousands as a German writer keeps them. */
const DOT_GROUPED = /^[-−+]?\d{1,3}\.\d{3}$/u;

/**
 * "between 10.000 and 15.000 units", "36 percent of the 1.328 AI-models": in English the dot is a decimal point, but a
 * count of things is whole, and nobody counts 10.000 units or 1.328 models. A German writer's English keeps German's
 * thousands dot; such a count is read as ten thousand and 1,328. Not a count in points (an index moves by 1.328
 * points) or in time (1.500 years is a span), and not a sum or a share, whose decimals are real ("$1.328 billion").
 */
export function readDotGroupedCounts(figures: Figure[], language: Language): void {
  if (language !== 'en') return;
  for (const f of figures) {
    if (f.kind !== 'count' || !f.noun || f.scale !== 0 || f.durationUnit || !DOT_GROUPED.test(f.text)) continue;
    const noun = f.noun.split(' ').pop()!.toLowerCase();
    if (POINT_NOUNS.includes(noun) || DURATION_UNITS.has(noun) || TIME_LENGTH_UNITS.has(noun)) continue;
    const whole = Number(f.text.replace(/[^\d]/gu, ''));
    f.mantissa = whole;
    f.value = Math.sign(f.value || 1) * whole;
    f.precision = 1;
  }
}
