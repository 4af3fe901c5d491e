import type { Figure } from '../types';

/** `currency`: the same amount in another currency ("5.6 million euros" for 5,6 Millionen Dollar). */
export type Agreement = 'agrees' | 'scale' | 'direction' | 'unit' | 'currency' | 'differs';

/**
 * Whether a draft figure states the same value as a source figure, as a careful reader would judge it: rounding to
 * the coarser of the two precisions is fine ("7.8 %" for "7,82 %", "6 Millionen" for "5,6 Millionen"), a hedge
 * ("rund", "about") allows ten per cent, a bound ("bis zu") holds when the source value lies within it. Signs are
 * compared elsewhere: "fell 7.82 %" and "-7,82 %" are the same magnitude.
 */
export function compareFigures(draft: Figure, source: Figure): Agreement {
  if (draft.kind === 'date') return compareDates(draft, source);
  if (draft.kind === 'year') return draft.value === source.value ? 'agrees' : 'differs';
  const d = Math.abs(draft.value);
  const s = Math.abs(source.value);
  // A bound is no value that could have been written in the wrong unit: "verlor mehr als 3 Prozent" is not the 2.8
  // percentage points between two other falls.
  if (draft.kind !== source.kind) return !draft.bound && !source.bound && sameValue(d, s, draft, source) ? 'unit' : 'differs';
  // Another currency is another sum, unless the amount is the same: then the currency is what the writer got wrong.
  if (otherCurrency(draft, source)) return sameValue(d, s, draft, source) && draft.scale === source.scale ? 'currency' : 'differs';
  const sameDirection = !draft.direction || !source.direction || draft.direction === source.direction;
  // A bound the source's value lies outside is not borne out by rounding: "more than doubled", "mehr als doppelt so
  // schnell" are not the 1,8-Fache, however coarsely a multiple is written.
  if (draft.bound && !source.bound && !withinBound(draft, source)) return 'differs';
  if (sameValue(d, s, draft, source)) return sameDirection ? 'agrees' : 'direction';
  // "up to 12 %" is borne out by a source value of 10 %, but not by a source bound of "bis zu 10 %", nor by a fall
  // where the draft says it rose.
  // A bound is borne out within its order of magnitude: "up to $40 billion" says nothing of a price of $16.
  // A writer's bound is near the value it bounds: "more than a third" is not 63 %, "less than a tenth" not 1.6 %.
  if (draft.bound === 'upper' && !source.bound && s <= d && s >= d / 2) return sameDirection ? 'agrees' : 'direction';
  if (draft.bound === 'lower' && !source.bound && s >= d && s <= 2 * d) return sameDirection ? 'agrees' : 'direction';
  // "bis zu 10 %" bears out "7,82 %": the source gives a bound, the draft a value within it.
  if (source.bound === 'upper' && !draft.bound && d <= s && d >= s / 10 && sameDirection) return 'agrees';
  // "mehr als 15 Milliarden" is no source for 157 Milliarden: a lower bound bears out values near it.
  if (source.bound === 'lower' && !draft.bound && d >= s && d <= 2 * s && sameDirection) return 'agrees';
  // The writer's digits must be the source's, rounded at most: "$2.4m" is not "zwei Dollar" written a million times.
  // Digits are at another scale only where one of the two says a scale: "two" is not 2,130 without its thousands.
  const [a, b] = draft.scale || source.scale ? [inThousands(draft), inThousands(source)] : [draft, source];
  const draftStep = draft.precision / 10 ** a.scale;
  // A bound's digits are no value's ("weit über 500 Millionen Dollar" is no scale for "$500 billion").
  if (a.scale !== b.scale && !draft.bound === !source.bound && roundsTo(a.mantissa, b.mantissa, draftStep, source.precision / 10 ** b.scale) && roundsTo(a.mantissa, b.mantissa, draftStep, draftStep)) return 'scale';
  return 'differs';
}

/**
 * A number's digits as a count of thousands, millions, billions: "10.000" is ten thousand, so "10 million" has its
 * digits at another scale, and "1.3 million" those of "1328"; "eine halbe Milliarde" is 500 Millionen, the digits of
 * "500 Milliarden" a scale too small.
 */
function inThousands(figure: Figure): { mantissa: number; scale: number } {
  if (figure.scale !== 0 && figure.mantissa > 0 && figure.mantissa < 1) {
    const down = Math.min(figure.scale, 3 * Math.ceil(-Math.log10(figure.mantissa) / 3));
    return { mantissa: figure.mantissa * 10 ** down, scale: figure.scale - down };
  }
  if (figure.scale !== 0 || figure.mantissa < 1000) return figure;
  const scale = 3 * Math.floor(Math.log10(figure.mantissa) / 3);
  return { mantissa: figure.mantissa / 10 ** scale, scale };
}

/** Whether a draft's bound holds for a source value at all, near it or not ("more than a third" for 63 %). */
export function withinBound(draft: Figure, source: Figure): boolean {
  const d = Math.abs(draft.value);
  const s = Math.abs(source.value);
  if (source.bound || !draft.bound) return false;
  return draft.bound === 'upper' ? s <= d : s >= d;
}

function sameValue(d: number, s: number, draft: Figure, source: Figure): boolean {
  // "rund 6 Millionen" for 5,6 is close enough; "about $589 billion" for 598 is not: the more digits a hedged figure
  // gives, the closer it claims to be.
  const hedged = draft.approximate ? draft : source.approximate ? source : undefined;
  const tolerance = hedged ? Math.max(closeness(hedged) * s, draft.precision / 2) : 0;
  // "gut ein Zehntel" is not 7,82 %, "knapp die Hälfte" not 52 %: a leaning hedge's tolerance is on its one side only.
  if (draft.lean && (draft.lean === 'above' ? s + source.precision / 2 < d : s - source.precision / 2 > d)) return false;
  if (Math.abs(d - s) <= tolerance + 1e-9 * Math.max(1, s)) return true;
  // Rounding to a step larger than a value says nothing of it: "$589bn" is not "rund eine Billion Dollar".
  if (Math.max(draft.precision, source.precision) > Math.min(d, s)) return false;
  return roundsTo(d, s, draft.precision, source.precision);
}

/** The share a hedged figure may be off by: a tenth for one significant digit, less for more. */
function closeness(hedged: Figure): number {
  // "rund 1300" gives two digits, not four: trailing zeros of a whole number say nothing.
  let steps = hedged.precision > 0 ? Math.round(Math.abs(hedged.value) / hedged.precision) : 0;
  while (steps >= 10 && steps % 10 === 0) steps /= 10;
  const digits = steps > 0 ? String(steps).length : 1;
  return digits <= 1 ? 0.1 : digits === 2 ? 0.06 : 0.01;
}

/** Rounded to the coarser precision, do they read the same? */
function roundsTo(d: number, s: number, draftPrecision: number, sourcePrecision: number): boolean {
  const step = Math.max(draftPrecision, sourcePrecision);
  return Math.round(d / step + 1e-9) === Math.round(s / step + 1e-9);
}

function compareDates(draft: Figure, source: Figure): Agreement {
  const a = draft.date ?? {};
  const b = source.date ?? {};
  for (const field of ['year', 'month', 'day'] as const) {
    if (a[field] !== undefined && b[field] !== undefined && a[field] !== b[field]) return 'differs';
  }
  return 'agrees';
}

const PERCENTAGES = new Set(['percent', 'percentagePoint']);

/**
 * Same kind of figure: never compare a percentage with a sum of money. Sums in two currencies are compared, so that a
 * wrong currency can be named; their values are not (compareAsSameFact drops such a pair unless the amount is the same).
 */
export function sameUnitFamily(draft: Figure, source: Figure): boolean {
  // Percent and percentage points are compared, so that confusing them can be named.
  if (PERCENTAGES.has(draft.kind) && PERCENTAGES.has(source.kind)) return true;
  return draft.kind === source.kind;
}

/** Two sums whose currencies are both stated and differ. */
export function otherCurrency(draft: Figure, source: Figure): boolean {
  return draft.kind === 'money' && source.kind === 'money' && Boolean(draft.currency && source.currency) && draft.currency !== source.currency;
}
