import type { Language, Span } from '../types';
import { NUMBERING_WORDS } from './vocabulary';

export interface Numeral {
  value: number;
  /** Unit of the last written digit: 0.01 for "7,82", 1 for "10.000". */
  precision: number;
}

/**
 * Reads digits with separators. The language decides the ambiguous cases: "1.328" is 1328 in German and 1.328 in
 * English; a separator followed by anything but groups of three digits is a decimal point in both.
 */
export function parseNumeral(written: string, language: Language): Numeral | undefined {
  const raw = written.replace(GROUP_SPACES, '');
  const separators = raw.match(/[.,]/g) ?? [];
  let integer = raw;
  let fraction = '';
  if (separators.length > 0) {
    const hasBoth = raw.includes('.') && raw.includes(',');
    const last = Math.max(raw.lastIndexOf('.'), raw.lastIndexOf(','));
    const groups = raw.split(/[.,]/);
    const thousandsGrouped = groups.slice(1).every((g) => g.length === 3) && groups[0].length <= 3;
    let decimalAt = -1;
    if (hasBoth) decimalAt = last;
    else if (separators.length > 1) decimalAt = thousandsGrouped ? -1 : last;
    else {
      const separator = separators[0];
      const localThousands = language === 'de' ? '.' : ',';
      decimalAt = separator === localThousands && thousandsGrouped ? -1 : last;
    }
    if (decimalAt >= 0) {
      integer = raw.slice(0, decimalAt);
      fraction = raw.slice(decimalAt + 1);
    }
    integer = integer.replace(/[.,]/g, '');
  }
  const value = Number(`${integer}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return undefined;
  // Written digits are taken at their word: "80" is not a rounding of 78 unless a hedge ("about 80") says so.
  return { value, precision: 10 ** -fraction.length };
}

/** The spaces that set thousands apart: a space, a no-break space, a narrow no-break space, a thin space. */
export const GROUP_SPACE = '[ \\u00A0\\u202F\\u2009]';
const GROUP_SPACES = new RegExp(GROUP_SPACE, 'gu');
/** "10 000", "1 328", "10 000,5": a head of one to three digits and groups of exactly three, set apart by spaces. */
export const SPACE_GROUPED_NUMERAL = `\\d{1,3}(?:${GROUP_SPACE}\\d{3})+(?![\\d-])(?:[.,]\\d+)?`;
const SPACE_GROUPED = new RegExp(`(?<![\\p{L}\\d.,])${SPACE_GROUPED_NUMERAL}`, 'gu');
const HAS_SPACE_GROUP = new RegExp(`\\d${GROUP_SPACE}\\d{3}`, 'u');
const PLAIN = /\d+(?:[.,]\d+)*/g;
const WORD_BEFORE = /(\p{L}+)\.?\s+$/u;

/**
 * The numerals of a text, each as written: digits with separators ("1.328", "7,82"), and thousands set apart by spaces
 * ("10 000", "1 328") as one number, unless a word before it numbers things ("Tabelle 1 100 Zeilen" is table 1's 100
 * rows, "Platz 2 300 Punkte") or `blocked` holds part of it ("Nasdaq 100 250 Punkte": the name's digits are its own).
 */
export function numeralsIn(text: string, blocked: (span: Span) => boolean = () => false): Array<{ index: number; text: string }> {
  const grouped: Array<{ index: number; text: string }> = [];
  if (HAS_SPACE_GROUP.test(text)) {
    for (const m of text.matchAll(SPACE_GROUPED)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      const word = WORD_BEFORE.exec(text.slice(Math.max(0, span.start - 24), span.start))?.[1];
      if (blocked(span) || (word && NUMBERING_WORDS.has(word.toLowerCase()))) continue;
      grouped.push({ index: span.start, text: m[0] });
    }
  }
  const inGrouped = (at: number) => grouped.some((g) => g.index <= at && at < g.index + g.text.length);
  const plain = [...text.matchAll(PLAIN)].filter((m) => !inGrouped(m.index!)).map((m) => ({ index: m.index!, text: m[0] }));
  return grouped.length === 0 ? plain : [...grouped, ...plain].sort((a, b) => a.index - b.index);
}

/** "480" is rounded to ten, "500" to a hundred, "487" not at all: the step a count is rounded to, as written. */
export function roundingStep(count: number): number {
  return count % 100 === 0 ? 100 : count % 10 === 0 ? 10 : 1;
}
