import { FIGURE_FAMILY as FAMILY } from '../figures/family';
import { compareFigures } from '../match/agreement';
import type { Figure } from '../types';
import type { Fact } from './fact';

/**
 * Source facts filed by what `compareFigures` reads of their value, so that a lookup can ask for the facts that may bear
 * a draft's value out without reading any other: of thousands of articles' "fell 5.6 percent", only the ones of its
 * value. (A day is matched by its own keys, `filedKeysOf`.)
 */

/** What `compareFigures` reads of a source figure to say that it agrees, besides kind, currency and direction. */
export type ValueOnly = Pick<Figure, 'value' | 'precision' | 'approximate' | 'bound'>;

/**
 * Whether a source value may bear the draft's out: `compareFigures` with the source's kind, currency and direction
 * taken as the draft's, which can only make more values agree, never fewer.
 */
export function mayBearOut(draft: Figure, value: ValueOnly): boolean {
  const { value: v, precision, approximate, bound } = value;
  return compareFigures(draft, { ...draft, value: v, precision, approximate, bound, direction: undefined, currency: undefined }) === 'agrees';
}

/** The key a source fact of any value but a date's is filed under by its value (`ValueOnly`). */
export function agreementKeyOf(fact: Fact): string | undefined {
  const family = FAMILY[fact.figure.kind];
  if (family === 'date') return undefined;
  const { value, precision, approximate, bound } = fact.figure;
  return `${family}|≈${value}|${precision}|${approximate ? 1 : 0}|${bound ?? ''}`;
}

/** A key of `agreementKeyOf` read back: the kind of value's family and the value; undefined for any other key. */
export function readAgreementKey(key: string): { family: string; value: ValueOnly } | undefined {
  const bar = key.indexOf('|');
  if (bar < 0 || key[bar + 1] !== '≈') return undefined;
  const [value, precision, approximate, bound] = key.slice(bar + 2).split('|');
  return { family: key.slice(0, bar), value: { value: Number(value), precision: Number(precision), approximate: approximate === '1', ...(bound ? { bound: bound as 'upper' | 'lower' } : {}) } };
}
