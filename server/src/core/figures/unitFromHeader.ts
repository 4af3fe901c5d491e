import { caselessRegExp } from '../text/caselessPattern';
import type { Figure, Language } from '../types';
import { AGE_LABEL_WORDS, AGE_YEAR_NOUNS, CURRENCIES, CURRENCY_AFTER_PATTERN, CURRENCY_BEFORE_PATTERN, GAP_WORDS, NUMBER_WORD_PATTERN, PERCENT_WORD_PATTERN, POINT_NOUNS, SCALE_WORD_PATTERN, scaleOf } from './vocabulary';

const CURRENCY_WORD = new RegExp(`(?<![\\p{L}])(${CURRENCY_AFTER_PATTERN})(?![\\p{L}])`, 'iu');
// A header's own percent word („Veränderung in %“, „Proz.“), not the tail of another word.
const PERCENT_IN_HEADER = new RegExp(`%|(?<![\\p{L}])(?:${PERCENT_WORD_PATTERN})`, 'iu');
const AGE_WORD = new RegExp(`(?<![\\p{L}])(?:${AGE_LABEL_WORDS.join('|')})(?![\\p{L}])`, 'iu');
const GAP_WORD = new RegExp(`(?<![\\p{L}])(?:${GAP_WORDS.join('|')})(?![\\p{L}])`, 'iu');
// „| 1,42 Pkt. |“: the abbreviation's full stop is part of the unit.
const POINTS_AFTER = new RegExp(`^\\s+(?:${POINT_NOUNS.join('|')})(?![\\p{L}])(?:(?<=pkt)\\.)?`, 'iu');
const YEARS_AFTER = new RegExp(`^\\s+(?:${AGE_YEAR_NOUNS.join('|')})(?![\\p{L}])`, 'iu');
/**
 * A scale word a header names for its whole column or row ("cost (million yuan)", "Kosten in Mio. Euro", "$m"): not one
 * that belongs to a number of the label ("Training for $5.6 million"). The bare "m", "k" and "b" only glued to a currency
 * sign ("$m", "€bn"): alone they may be metres or anything else.
 */
const HEADER_SCALE = new RegExp(`(?<![\\p{L}\\d])(${CURRENCY_BEFORE_PATTERN})?\\s?(${SCALE_WORD_PATTERN})(?![\\p{L}])`, 'giu');
const BARE_SHORT_SCALE = /^[mkb]$/i;
// Written for `iu`, compiled at its first use with its case spelt out (caselessRegExp): with `i` the number words'
// first use costs a process 0.3–0.4 s of CPU. Tried only before a scale word of a table's header.
export const NUMBER_BEFORE_PATTERN = `(?:\\d|(?<![\\p{L}])(?:${NUMBER_WORD_PATTERN}))[\\s.,]*$`;
const numberBefore = caselessRegExp(NUMBER_BEFORE_PATTERN, 'iu');
/** The youngest and oldest a person whose age a table gives can be: a row of ages holds no counts of 5 or 2,000. */
const [YOUNGEST, OLDEST] = [16, 110];

/**
 * "| Cost in yuan | 200 million |": a bare number in a table cell takes the unit its row or column header names.
 * Only a number without a unit or counted noun of its own changes; one counted in years becomes an age where the row
 * says so. `text`: the cell, for an age's unit ("40 Jahre").
 */
export function applyHeaderUnit(figures: Figure[], context: string, language: Language, text?: string): void {
  const headerScale = scaleNamedBy(context, language);
  const currency = CURRENCY_WORD.exec(context)?.[1]?.toLowerCase() ?? headerScale?.currencySign;
  const percent = PERCENT_IN_HEADER.test(context);
  const parts = context.split(' | ');
  // The row's label or the column's header says "Alter", "age": its whole number is how old someone is; a cell
  // beside it only for a number counted in years ("| Freitag | 40 Jahre | Alter von Liang Wenfeng |").
  const labelledAge = AGE_WORD.test(parts[0]) || (parts.length > 1 && AGE_WORD.test(parts[parts.length - 1]));
  const ageBeside = AGE_WORD.test(context);
  for (const f of figures) {
    if (!currency && !percent && isAge(f, labelledAge, ageBeside)) {
      // "40 Jahre", "38 years": the age as written, with its unit.
      const unit = f.noun !== undefined && text !== undefined ? YEARS_AFTER.exec(text.slice(f.end)) : null;
      if (unit) {
        f.end += unit[0].length;
        f.text = text!.slice(f.start, f.end);
      }
      f.kind = 'age';
      delete f.noun;
      delete f.durationUnit;
      continue;
    }
    // "| Abstand zu Microsoft |" over "| 4,07 Punkte |", "| Gap between HumanEval and MATH-500 | 17 points |": points
    // in a row or column of differences are percentage points, as "ein Abstand von vier Punkten" is.
    const points = f.kind === 'count' && f.noun !== undefined && text !== undefined && GAP_WORD.test(context) ? POINTS_AFTER.exec(text.slice(f.end)) : null;
    if (points) {
      f.end += points[0].length;
      f.text = text!.slice(f.start, f.end);
      f.kind = 'percentagePoint';
      continue;
    }
    if (f.kind !== 'count' || f.noun || f.range === 'low') continue;
    if (headerScale && f.scale === 0 && !(percent && !currency)) {
      // "| Fire-Flyer I | 200 |" under "cost (million yuan)": 200 million, as the column says.
      f.scale = headerScale.scale;
      f.value *= 10 ** headerScale.scale;
      f.precision *= 10 ** headerScale.scale;
    }
    if (currency && CURRENCIES.has(currency)) {
      f.kind = 'money';
      f.currency = CURRENCIES.get(currency);
    } else if (percent && !currency) f.kind = 'percent';
  }
}

/**
 * The power of ten a header's scale word stands for, when one word names it for every cell under it, and the currency
 * sign glued to it ("$m": "$" followed by a letter is no currency to the plain currency pattern).
 */
function scaleNamedBy(context: string, language: Language): { scale: number; currencySign?: string } | undefined {
  const named: Array<{ scale: number; currencySign?: string }> = [];
  for (const m of context.matchAll(HEADER_SCALE)) {
    const [, currencySign, word] = m;
    if ((BARE_SHORT_SCALE.test(word) && !currencySign) || numberBefore().test(context.slice(0, m.index))) continue;
    const scale = scaleOf(word, language);
    if (scale) named.push({ scale, ...(currencySign ? { currencySign: currencySign.toLowerCase() } : {}) });
  }
  // Two scale words ("Mio. Yuan | Mrd. Euro" in the label and header) leave the cell's own unknown.
  return named.length > 0 && named.every((n) => n.scale === named[0].scale) ? named[0] : undefined;
}

/** A whole number of a person's years, bare or counted in years, in a row or column that says it is an age. */
function isAge(f: Figure, labelled: boolean, beside: boolean): boolean {
  if (f.kind !== 'count' || f.scale !== 0 || f.range || f.bound || !Number.isInteger(f.value) || f.value < YOUNGEST || f.value > OLDEST) return false;
  const inYears = f.noun !== undefined && AGE_YEAR_NOUNS.includes(f.noun);
  return f.noun === undefined ? labelled : inYears && beside;
}
