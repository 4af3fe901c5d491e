import type { Figure } from '../types';
import { wordAlternation } from '../context/lexicon';
import { RELATIVE_GAP_WORDS } from '../figures/vocabulary';

// "Microsoft nur ein Viertel stärker", "0,75 Punkte härter als der Index", "a quarter more than the index": a
// comparative right after the percentage or the points.
const GAP_WORD_AFTER = new RegExp(String.raw`^\s+(?:${wordAlternation(RELATIVE_GAP_WORDS)})(?![\p{L}])`, 'iu');

/**
 * How a percentage or points that a comparative follows compare one move with another: "ein Viertel stärker" by how
 * much more in percent of the other (`excess`, 3,75 % against 3 %: 25 %), "0,75 Punkte härter" by the points between
 * them (`points`). Neither is a move of its own.
 */
export function relativeGapOf(figure: Figure, text: string): 'excess' | 'points' | undefined {
  if (figure.derivedFrom || figure.range || figure.bound || (figure.kind !== 'percent' && figure.kind !== 'percentagePoint')) return undefined;
  if (!GAP_WORD_AFTER.test(text.slice(figure.end))) return undefined;
  return figure.kind === 'percent' ? 'excess' : 'points';
}
