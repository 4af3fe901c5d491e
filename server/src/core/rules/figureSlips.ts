import type { DraftFigure } from '../analysis/draft';
import type { Fact } from '../facts/fact';
import { isSpecific } from '../facts/attributes';
import { compatibleDates } from '../figures/calendarDays';
import { compareFigures } from '../match/agreement';

/** Of a figure that recalls an earlier one: whether it restates it with a slip of scale or two digits swapped. */
export function slipOf(earlier: DraftFigure, later: DraftFigure): boolean {
  const agreement = compareFigures(later.figure, earlier.figure);
  if (agreement === 'scale') return true;
  const [d, s] = [Math.abs(later.figure.value), Math.abs(earlier.figure.value)];
  return agreement === 'differs' && Math.max(d, s) <= 10 * Math.min(d, s) && swapped(digitsOf(d), digitsOf(s));
}

/** The significant digits of a value: 1.29 → "129", 70 → "7", 100 billion → "1". */
export function digitsOf(value: number): string {
  return Math.abs(value).toPrecision(12).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
}

/**
 * The digits a slip keeps, in any order: a swap reorders them, another scale keeps them ("589" and "598", "671
 * Milliarden" and "671 Millionen"). Figures are filed by them to find a slip (draftInconsistency.ts `filingOf`).
 */
export function slipDigits(value: number): string {
  let digits = slipDigitsOf.get(value);
  if (digits === undefined) {
    if (slipDigitsOf.size >= SLIP_DIGITS_LIMIT) slipDigitsOf.clear();
    slipDigitsOf.set(value, (digits = [...digitsOf(value)].sort().join('')));
  }
  return digits;
}
/**
 * By value: draft-inconsistency asks it of both figures of every pair it compares (`sameEntitySlip`), and a 1 MB
 * draft's open spent about 2 % of its CPU time writing the same few thousand values' digits again and again.
 */
const slipDigitsOf = new Map<number, string>();
const SLIP_DIGITS_LIMIT = 100_000;

/** Figures a slip can be told in: not a date or a year (a day is told by its event), not an end of a range. */
export function maySlip(fact: Fact): boolean {
  const { kind, range } = fact.figure;
  return kind !== 'date' && kind !== 'year' && !range && !fact.figure.durationUnit;
}

/**
 * "Nvidia's market value: down $589bn" and later "Nvidia's $598bn wipeout": a figure of the same entity, in the same unit,
 * at a compatible time, with two neighbouring digits swapped, is the earlier one mistyped, whatever the sentences say it
 * measures (a slip's sentence is as often misread as written). The same digits at another scale are a slip only where
 * the two do not say they measure different things.
 */
export function sameEntitySlip(earlier: DraftFigure, later: DraftFigure): boolean {
  const [a, b] = [later.fact, earlier.fact];
  if (!maySlip(a) || !maySlip(b) || !sameUnit(a.figure, b.figure)) return false;
  // Asked of every earlier figure of a later one's buckets, most of which share no entity with it: that is told
  // without a list made or a value's digits looked up (`sameWho` below asks it again, without the places).
  if (!shareAnEntity(a, b)) return false;
  // „sechs kleinere Versionen“ after „5,6 Milliarden“: "6" is 5.6 rounded at another scale, but a slip keeps its digits.
  if (slipDigits(a.figure.value) !== slipDigits(b.figure.value)) return false;
  if (!sameWho(a, b) || !(compatibleDates(a.time, b.time) || slipAcrossBorrowedDays(a, b))) return false;
  // A slip keeps the direction: a rise of 8.72 % is no mistyped fall of 7.82 %.
  if (a.figure.direction && b.figure.direction && a.figure.direction !== b.figure.direction) return false;
  if (!slipOf(earlier, later)) return false;
  if (compareFigures(later.figure, earlier.figure) !== 'scale') return true;
  const [aSpecific, bSpecific] = [a.attributes.filter(isSpecific), b.attributes.filter(isSpecific)];
  return aSpecific.length === 0 || bSpecific.length === 0 || aSpecific.some((x) => bSpecific.includes(x));
}

/**
 * "Nvidia's market capitalization fell approximately $598 billion in a single trading day" in a paragraph dated 21
 * January, after "$589 billion" in one dated 27 January: where neither sentence dates its figure itself, the days
 * borrowed from their paragraphs do not make two facts of one entity's same measure with two digits swapped.
 */
function slipAcrossBorrowedDays(a: Fact, b: Fact): boolean {
  if (!BORROWED_TIME.has(a.timeFrom) || !BORROWED_TIME.has(b.timeFrom)) return false;
  const bSpecific = b.attributes.filter(isSpecific);
  return a.attributes.some((x) => isSpecific(x) && bSpecific.includes(x)) && compareFigures(a.figure, b.figure) !== 'scale';
}

const BORROWED_TIME = new Set<Fact['timeFrom']>(['paragraph', 'heading', 'document']);

function shareAnEntity(a: Fact, b: Fact): boolean {
  for (const e of a.entities) if (b.entities.includes(e)) return true;
  return false;
}

/** Two facts share whom they are about (a place is no one). */
export function sameWho(a: Fact, b: Fact): boolean {
  const who = (f: Fact) => f.entities.filter((e) => !f.places?.includes(e));
  return who(a).some((e) => who(b).includes(e));
}

/** Two neighbouring digits swapped, nothing else: "129" and "219", "598" and "589"; two-digit numbers swap by chance. */
export function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 3 || a === b) return false;
  const diff = [...a].map((c, i) => (c === b[i] ? -1 : i)).filter((i) => i >= 0);
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

/**
 * "598 Mrd." after „589 Milliarden Dollar“, "598 billion" after "$589 billion": a scaled number with no unit or counted
 * noun of its own is told in the unit of the sum it restates, as a reader takes it.
 */
export function bareScaled(figure: Fact['figure']): boolean {
  return figure.kind === 'count' && figure.currency === undefined && figure.noun === undefined && figure.scale >= 6 && !figure.durationUnit;
}

/** Two figures in one unit: the same kind and currency, or a sum and a bare scaled number that restates it. */
export function sameUnit(a: Fact['figure'], b: Fact['figure']): boolean {
  if (a.kind === b.kind && a.currency === b.currency) return true;
  return (a.kind === 'money' && bareScaled(b)) || (b.kind === 'money' && bareScaled(a));
}
