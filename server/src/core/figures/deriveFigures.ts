import type { Figure } from '../types';
import { countedNoun, nounConcept } from './countedNoun';

/**
 * Figures a careful reader derives from two figures of one sentence: how many times one sum or count is the other
 * ("78 Millionen Dollar" and "5,6 Millionen Dollar": 13.9 times) and how much less in percent (93 %); the difference
 * and the ratio of two percentages; the count a share of a count makes. A draft that computes them ("14 times
 * cheaper") is checked against these.
 */
export function deriveFigures(figures: Figure[], text?: string): Figure[] {
  const derived: Figure[] = [];
  // "neben R1 auch sechs kleinere Versionen", "six smaller versions alongside R1": the count and the one named beside it.
  if (text !== undefined) {
    for (const f of figures) {
      const beside = f.kind === 'count' && f.noun && !f.range && !f.durationUnit ? (BESIDE_ONE_BEFORE.exec(text.slice(0, f.start)) ?? BESIDE_ONE_AFTER.exec(text.slice(f.end))) : null;
      if (beside) derived.push({ ...synthetic(f, f, 'count', f.value + 1, `${beside[1]} + ${f.text}`), noun: f.noun, aggregate: 'sum', precision: 1 });
    }
  }
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i];
      const b = figures[j];
      // "36 Prozent der weltweit 1328 KI-Modelle": a writer may give the share as a count ("knapp 480 Modelle").
      if (text !== undefined && a.kind === 'percent' && b.kind === 'count' && !b.range && SHARE_OF.test(text.slice(a.end, b.start))) {
        const part = (a.value / 100) * b.value;
        derived.push({ ...synthetic(a, b, 'count', part, `${a.text} × ${b.text} ≈ ${round(part)}`), noun: b.noun, approximate: true, precision: 1 });
        continue;
      }
      // Range ends make a ratio ("the upper estimate is five times the lower one"), not a difference.
      if (a.kind !== b.kind || ((a.range || b.range) && !rangeOfThings(a, b))) continue;
      if ((a.kind === 'money' && a.currency === b.currency) || (a.kind === 'count' && a.noun === b.noun && countsThings(b))) {
        const [big, small] = Math.abs(a.value) >= Math.abs(b.value) ? [a, b] : [b, a];
        if (small.value === 0 || big.value === small.value) continue;
        const ratio = Math.abs(big.value / small.value);
        derived.push(synthetic(a, b, 'multiplier', ratio, `${big.text} ÷ ${small.text} ≈ ${round(ratio)}`));
        // "a saving of about 93 percent": how much less the smaller sum is.
        if (a.kind === 'money') {
          const saving = (1 - Math.abs(small.value / big.value)) * 100;
          derived.push(synthetic(a, b, 'percent', saving, `1 − ${small.text} ÷ ${big.text} ≈ ${round(saving)} %`));
          // "R1 kostete gut sieben Prozent von GPT-4o", "roughly 7% of the $78 million": the smaller sum as a share of the bigger.
          const share = Math.abs(small.value / big.value) * 100;
          derived.push({ ...synthetic(a, b, 'percent', share, `${small.text} ÷ ${big.text} ≈ ${round(share)} %`), shareOfSum: true });
          // "zusammen 156 Millionen Euro", "$72 million more", "im Schnitt 600 Millionen Yuan": in the bigger one's scale.
          const sum = Math.abs(a.value) + Math.abs(b.value);
          derived.push(asSum(a, b, big, 'sum', sum, `${a.text} + ${b.text}`));
          derived.push(asSum(a, b, big, 'difference', Math.abs(big.value) - Math.abs(small.value), `${big.text} − ${small.text}`));
          derived.push(asSum(a, b, big, 'mean', sum / 2, `(${a.text} + ${b.text}) ÷ 2`));
        } else if (rangeOfThings(a, b)) {
          // "der Unterschied beträgt 40.000 Einheiten", "a spread of 40,000 chips": how far apart the estimate's ends lie.
          derived.push({ ...synthetic(a, b, 'count', big.value - small.value, `${big.text} − ${small.text}`), noun: b.noun, aggregate: 'difference', precision: 1 });
        }
      } else if (a.kind === 'percent' && a.value !== b.value) {
        // "Microsoft's loss was roughly half of Nvidia's": two changes also make a ratio.
        const [bigger, lesser] = Math.abs(a.value) >= Math.abs(b.value) ? [a, b] : [b, a];
        if (lesser.value !== 0 && Math.sign(a.value) === Math.sign(b.value)) derived.push(synthetic(a, b, 'multiplier', Math.abs(bigger.value / lesser.value), `${unsigned(bigger)} ÷ ${unsigned(lesser)} ≈ ${round(Math.abs(bigger.value / lesser.value))}`));
        // "Der Rückschlag frisst ein Achtel davon auf", "Microsoft's fall was less than half of Nvidia's": the smaller move
        // as a share of the bigger, a rise or a fall alike (the day's 3 % of the year's 25 %).
        if (bigger.value !== 0) {
          const share = (Math.abs(lesser.value) / Math.abs(bigger.value)) * 100;
          // As rounded as the moves it is made of: "3 %" of "25 %" is an eighth as well as 12 %.
          derived.push({ ...synthetic(a, b, 'percent', share, `${unsigned(lesser)} ÷ ${unsigned(bigger)} ≈ ${round(share)} %`), shareOfMove: true, approximate: true, precision: 1 });
        }
        const difference = Math.abs(Math.abs(b.value) - Math.abs(a.value));
        derived.push(synthetic(a, b, 'percentagePoint', difference, `${unsigned(bigger)} − ${unsigned(lesser)} = ${round(difference)} percentage points`));
      }
    }
  }
  const moves = sameWayMoves(figures);
  if (moves) derived.push(meanOf(moves), sumOf(moves));
  return derived;
}

/** The percentages of one sentence that move the same way, two at least: what an average or a sum of moves is made of. */
function sameWayMoves(figures: Figure[]): [Figure, Figure, ...Figure[]] | undefined {
  const moves = figures.filter((f) => f.kind === 'percent' && !f.range && !f.bound && !f.derivedFrom && f.value !== 0);
  if (moves.length < 2 || moves.some((f) => Math.sign(f.value) !== Math.sign(moves[0].value) || f.direction !== moves[0].direction)) return undefined;
  return [moves[0], moves[1], ...moves.slice(2)];
}

/**
 * "Nvidia (-7,82 %), Microsoft (-3,75 %) und Broadcom (-6,58 %)": the average of the moves one sentence lists, what a
 * writer states as "im Schnitt gut 6 Prozent je Aktie" or "an average of 6.05% each". Only moves the same way: a rise
 * and a fall make no average a writer would give.
 */
function meanOf(moves: [Figure, Figure, ...Figure[]]): Figure {
  const value = moves.reduce((total, f) => total + f.value, 0) / moves.length;
  const text = `(${moves.map(unsigned).join(' + ')}) ÷ ${moves.length} ≈ ${Math.round(Math.abs(value) * 100) / 100} %`;
  return { ...ofMoves(moves, 'percent', value, text), aggregate: 'mean' };
}

/** „Zusammen verloren die drei gut 18 Prozentpunkte“, "their falls add up to 18.15 points": the moves summed, in points. */
function sumOf(moves: [Figure, Figure, ...Figure[]]): Figure {
  const value = moves.reduce((total, f) => total + Math.abs(f.value), 0);
  const text = `${moves.map(unsigned).join(' + ')} = ${Math.round(value * 100) / 100} percentage points`;
  return { ...ofMoves(moves, 'percentagePoint', value, text), aggregate: 'sum' };
}

function ofMoves(moves: [Figure, Figure, ...Figure[]], kind: Figure['kind'], value: number, text: string): Figure {
  const precision = Math.min(...moves.map((f) => f.precision));
  return { ...synthetic(moves[0], moves[moves.length - 1], kind, value, text), precision, derivedFrom: moves, ...(moves[0].direction ? { direction: moves[0].direction } : {}) };
}

const TIME_SPANS = new Set(['years', 'hours', 'days', 'months', 'weeks']);

/** Chips, models, staff: things whose counts make a ratio; "zwei bis drei Jahre" make none. */
function countsThings(f: Figure): boolean {
  const noun = countedNoun(f);
  const concept = noun === undefined ? undefined : nounConcept(noun.split(/[\s-]/).pop()!);
  return concept !== undefined && !TIME_SPANS.has(concept);
}

/** The two ends of an estimate of things ("10.000 bis 50.000 Einheiten"), not of years or percentages. */
function rangeOfThings(a: Figure, b: Figure): boolean {
  return a.kind === 'count' && a.range === 'low' && b.range === 'high' && countsThings(b);
}

// A name of one thing (a capital, digits allowed: "R1", "GPT-4o") right before the count or after its noun.
const BESIDE_ONE_BEFORE = /(?<![\p{L}])(?:neben|außer|zusätzlich\s+zu|alongside|besides|as\s+well\s+as|in\s+addition\s+to)\s+(\p{Lu}[\p{L}\d-]*)\s*,?\s+(?:(?:auch|noch|also|some)\s+)?(?:[\p{L}-]+\s+){0,3}$/u;
const BESIDE_ONE_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}(?:neben|alongside|besides|as\s+well\s+as|in\s+addition\s+to)\s+(\p{Lu}[\p{L}\d-]*)(?![\p{L}\d])/u;

const SHARE_OF = /^\s*(?:of|der|des|aller|von)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

function synthetic(a: Figure, b: Figure, kind: Figure['kind'], value: number, text: string): Figure {
  return {
    start: a.start, end: b.end, text, kind, mantissa: value, scale: 0, value, precision: 0.1, approximate: false,
    derivedFrom: [a, b], localConcepts: new Set([...a.localConcepts, ...b.localConcepts]),
  };
}

/** A sum of money made of two: in their currency, at the bigger one's scale. */
function asSum(a: Figure, b: Figure, big: Figure, aggregate: NonNullable<Figure['aggregate']>, value: number, text: string): Figure {
  return {
    ...synthetic(a, b, 'money', value, text), aggregate, currency: big.currency, scale: big.scale, mantissa: value / 10 ** big.scale, precision: big.precision,
  };
}

/** Two falls compare by their sizes: "7,82 % ÷ 3,75 %", not "-7,82 % ÷ -3,75 %". */
export function unsigned(f: Figure): string {
  return f.text.replace(/^[-−–+]\s*/, '');
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}
