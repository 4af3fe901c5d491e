import { ORDINAL_OWNERS, wordAlternation, wordCues } from '../context/lexicon';
import type { Span } from '../types';

const FIRST = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(ORDINAL_OWNERS.first)})(?![\p{L}])`, 'giu');
const LATER = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(ORDINAL_OWNERS.later)})(?![\p{L}])`, 'giu');
const MAYBE_LATER = wordCues(ORDINAL_OWNERS.later);

/**
 * The names a figure after a later ordinal does not take: the one set off beside an earlier ordinal that opens its
 * member's phrase, which names the earlier member („Der erste, Fire-Flyer I, kostete 200 Millionen Yuan, der zweite
 * eine Milliarde Yuan“: the billion is not Fire-Flyer I's; "The first, Fire-Flyer I, cost 200 million yuan; the second
 * cost 2 billion yuan"). Names before the first ordinal stay: they may be the series itself ("Microsoft and Nvidia: the
 * former …, the latter …"), or the members named in order („Nvidia war der erste, Broadcom der zweite“, where the name
 * after the first ordinal is the second member's).
 */
export function namesOfAnEarlierOrdinal<N extends Span>(text: string, figureStart: number, names: readonly N[]): N[] {
  // Asked once per figure, of the text before it: most sentences hold no later ordinal at all.
  if (!MAYBE_LATER.test(text)) return [];
  const later = [...text.slice(0, figureStart).matchAll(LATER)].pop();
  if (!later) return [];
  const first = [...text.slice(0, later.index).matchAll(FIRST)].pop();
  if (!first || !OPENS_A_PHRASE.test(text.slice(0, first.index))) return [];
  const from = first.index! + first[0].length;
  // Only a name set off beside the ordinal as an apposition ("The first, Fire-Flyer I,", „Der erste Rechner, Fire-Flyer
  // I,“) is the earlier member's; a subject later in its clause or a name running on into the next member („…, Broadcom
  // der zweite“) is not.
  const beside = names.find((n) => n.start >= from && n.end <= later.index! && setOffBeside(text, from, n, names));
  return beside ? [beside] : [];
}

/** Where a member's phrase begins: the sentence's start, or after a clause's punctuation (not after „war“/"was"). */
const OPENS_A_PHRASE = /(?:^|[.;:,(–—])\s*$/u;

/** Between the ordinal and its member's name: at most one word of what the member is („Rechner“), then the opening comma. */
const BEFORE_APPOSITION = /^(?:\s+(\p{L}[\p{L}-]*))?\s*[,(–—]\s*$/u;
/** After the name, the apposition closes. */
const CLOSES_APPOSITION = /^\s*[,)–—]/u;

function setOffBeside(text: string, from: number, name: Span, names: readonly Span[]): boolean {
  const between = BEFORE_APPOSITION.exec(text.slice(from, name.start));
  if (!between || !CLOSES_APPOSITION.test(text.slice(name.end))) return false;
  if (between[1] === undefined) return true;
  // The word between is what the member is, not a name of its own („Der erste Nvidia-Rivale“ would be a name).
  const wordStart = from + between[0].indexOf(between[1]);
  const wordEnd = wordStart + between[1].length;
  return !names.some((n) => n.start < wordEnd && n.end > wordStart);
}
