import type { Language } from '../types';
import { numberWordOf } from './vocabulary';

const HUNDRED = 100;
const THOUSAND = 1000;
/** Past this, a number in words is no way a writer writes it. */
const LARGEST_SPELLED = 999_999;

/**
 * A whole number in words, as a writer who spelt the draft's number would spell the source's: „fünfzigtausend“,
 * „siebenundzwanzig“, "fifty thousand", "twenty-seven". `and`: whether English says "three hundred and twenty".
 * Undefined for a fraction, for zero and past 999 999.
 */
export function spelledNumber(value: number, language: Language, and = false): string | undefined {
  if (!Number.isInteger(value) || value < 1 || value > LARGEST_SPELLED) return undefined;
  return language === 'de' ? german(value, true) : english(value, and);
}

/** `last`: a 1 that ends the number is „eins“ („hunderteins“), one before a scale „ein“ („einhunderttausend“). */
function german(value: number, last: boolean): string {
  if (value >= THOUSAND) {
    const thousands = Math.floor(value / THOUSAND);
    const rest = value % THOUSAND;
    return (thousands === 1 ? '' : german(thousands, false)) + numberWordOf(THOUSAND, 'de') + (rest ? german(rest, last) : '');
  }
  if (value >= HUNDRED) {
    const hundreds = Math.floor(value / HUNDRED);
    const rest = value % HUNDRED;
    return (hundreds === 1 ? '' : german(hundreds, false)) + numberWordOf(HUNDRED, 'de') + (rest ? german(rest, last) : '');
  }
  if (value === 1) return last ? 'eins' : 'ein';
  const word = numberWordOf(value, 'de');
  if (word) return word;
  // „siebenundzwanzig“: German says the unit before the ten.
  const unit = value % 10;
  return `${unit === 1 ? 'ein' : numberWordOf(unit, 'de')}und${numberWordOf(value - unit, 'de')}`;
}

function english(value: number, and: boolean): string {
  if (value >= THOUSAND) {
    const rest = value % THOUSAND;
    return `${english(Math.floor(value / THOUSAND), and)} ${numberWordOf(THOUSAND, 'en')}${rest ? ` ${rest < HUNDRED && and ? 'and ' : ''}${english(rest, and)}` : ''}`;
  }
  if (value >= HUNDRED) {
    const rest = value % HUNDRED;
    return `${english(Math.floor(value / HUNDRED), and)} ${numberWordOf(HUNDRED, 'en')}${rest ? ` ${and ? 'and ' : ''}${english(rest, and)}` : ''}`;
  }
  if (value === 1) return 'one';
  const word = numberWordOf(value, 'en');
  if (word) return word;
  // "twenty-seven": the ten, a hyphen, the unit.
  const unit = value % 10;
  return `${numberWordOf(value - unit, 'en')}-${english(unit, and)}`;
}
