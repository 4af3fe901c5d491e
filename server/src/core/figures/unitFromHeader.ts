import type { Figure } from '../types';
import { CURRENCIES, CURRENCY_AFTER_PATTERN } from './vocabulary';

const CURRENCY_WORD = new RegExp(`(?<![\\p{L}])(${CURRENCY_AFTER_PATTERN})(?![\\p{L}])`, 'iu');
const PERCENT_WORD = /%|(?<![\p{L}])(prozent|percent|per cent)(?![\p{L}])/iu;

/**
 * "| Cost in yuan | 200 million |": a bare number in a table cell takes the unit its row or column header names.
 * Only a number without a unit or counted noun of its own changes.
 */
export function applyHeaderUnit(figures: Figure[], context: string): void {
  const currency = CURRENCY_WORD.exec(context)?.[1]?.toLowerCase();
  const percent = PERCENT_WORD.test(context);
  for (const f of figures) {
    if (f.kind !== 'count' || f.noun || f.range === 'low') continue;
    if (currency && CURRENCIES.has(currency)) {
      f.kind = 'money';
      f.currency = CURRENCIES.get(currency);
    } else if (percent && !currency) f.kind = 'percent';
  }
}
