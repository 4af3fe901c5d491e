import type { Language } from '../types';

export interface Numeral {
  value: number;
  /** Unit of the last written digit: 0.01 for "7,82", 1 for "10.000". */
  precision: number;
}

/**
 * Reads digits with separators. The language decides the ambiguous cases: "1.328" is 1328 in German and 1.328 in
 * English; a separator followed by anything but groups of three digits is a decimal point in both.
 */
export function parseNumeral(raw: string, language: Language): Numeral | undefined {
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
