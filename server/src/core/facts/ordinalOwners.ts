import { ORDINAL_OWNERS, wordAlternation } from '../context/lexicon';
import type { Span } from '../types';

const FIRST = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(ORDINAL_OWNERS.first)})(?![\p{L}])`, 'giu');
const LATER = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(ORDINAL_OWNERS.later)})(?![\p{L}])`, 'giu');

/**
 * The names a figure after a later ordinal does not take: those between an earlier ordinal and it, which name the
 * earlier member („Der erste, Fire-Flyer I, kostete 200 Millionen Yuan, der zweite eine Milliarde Yuan“: the billion
 * is not Fire-Flyer I's; "The first, Fire-Flyer I, cost 200 million yuan; the second cost 2 billion yuan"). Names
 * before the first ordinal stay: they may be the series itself ("Microsoft and Nvidia: the former …, the latter …").
 */
export function namesOfAnEarlierOrdinal<N extends Span>(text: string, figureStart: number, names: readonly N[]): N[] {
  const later = [...text.slice(0, figureStart).matchAll(LATER)].pop();
  if (!later) return [];
  const first = [...text.slice(0, later.index).matchAll(FIRST)].pop();
  if (!first) return [];
  const from = first.index! + first[0].length;
  // Only a name set beside the ordinal ("The first, Fire-Flyer I,", „Der erste Rechner, Fire-Flyer I,“) is the earlier
  // member's; a subject later in its clause („im ersten erreichte R1 92, im zweiten 85 Prozent“) is both members'.
  const beside = names.find((n) => n.start >= from && n.end <= later.index! && BESIDE.test(text.slice(from, n.start)));
  return beside ? [beside] : [];
}

/** What may stand between an ordinal and its member's name: punctuation, and one German noun („Rechner“). */
const BESIDE = /^(?:\s+\p{Lu}\p{L}*)?[\s,:(–—-]*$/u;
