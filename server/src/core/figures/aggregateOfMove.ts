import type { Figure, Span } from '../types';
import { wordAlternation as alternation } from '../context/lexicon';
import { conceptsOf } from '../context/concepts';
import { ACCOMPANYING_PREPOSITIONS, AGGREGATE_WORD_REACH, MEAN_OPENING_PATTERN, MOVES_LISTED_JOINERS, SUM_CLOSING_WORDS, SUM_OPENING_WORDS } from './vocabulary';

// „Zusammen verloren die drei …“, "an average of …", „summieren sich auf …“: a sum or an average of moves follows (not
// "zusammen mit", "together with": company, not addition).
const NOT_COMPANY = String.raw`(?!\s+(?:${alternation(ACCOMPANYING_PREPOSITIONS)})(?![\p{L}]))`;
const OPENING = new RegExp(String.raw`(?<![\p{L}])(?:(${alternation(SUM_OPENING_WORDS)})|${MEAN_OPENING_PATTERN})(?![\p{L}])${NOT_COMPANY}`, 'giu');
// "18,15 Prozentpunkte zusammen", „17,15 Prozentpunkte verloren die drei Konzerne zusammen“, "about 6% on average",
// „sechs Prozent im Schnitt“: told after the move, in its clause.
const SUM_CLOSING = new RegExp(String.raw`^\s+(?:(?!(?:${alternation(MOVES_LISTED_JOINERS)})\s)[\p{L}-]+\s+){0,4}?(?:${alternation(SUM_CLOSING_WORDS)})(?![\p{L}])${NOT_COMPANY}`, 'iu');
const MEAN_CLOSING = /^\s+(?:on\s+average|im\s+(?:schnitt|durchschnitt|mittel))(?![\p{L}])/iu;
const REACH = new RegExp(`^${AGGREGATE_WORD_REACH}`, 'u');
// Where a clause of its own may begin: „…, Nvidia sogar 7,82 Prozent“, "…; Nvidia alone 9%".
const CLAUSE_BREAK = /[,;–—]/gu;
const LISTED = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(MOVES_LISTED_JOINERS)})(?![\p{L}])`, 'iu');

/**
 * What the words around a move make of it: the sum or the average of several moves ("Zusammen verloren die drei 18,15
 * Prozentpunkte", "an average of 6.05%", "about 6% on average"), or nothing. A word before governs the first change
 * after it in its clause only: a change told after another ("im Schnitt rund sechs Prozent, Nvidia sogar 7,82
 * Prozent") or of a name of its own after a comma ("…, Nvidia as much as 7.82%", „…, Nvidia verlor 7,82 Prozent“) is
 * that one's plain move. `named`: the names of the sentence.
 */
export function aggregateOfMove(text: string, figure: Figure, figures: readonly Figure[], named: readonly Span[]): 'sum' | 'mean' | undefined {
  const after = text.slice(figure.end);
  if (MEAN_CLOSING.test(after)) return 'mean';
  if (SUM_CLOSING.test(after)) return 'sum';
  const before = text.slice(0, figure.start);
  let word: RegExpExecArray | undefined;
  for (const m of before.matchAll(OPENING)) if (REACH.test(before.slice(m.index! + m[0].length))) { word = m; break; }
  if (!word) return undefined;
  const from = word.index! + word[0].length;
  // The word's last opening before the figure: „Zusammen … 18,15 Prozentpunkte, im Schnitt gut sechs Prozent“.
  for (const m of before.slice(from).matchAll(OPENING)) word = Object.assign(m, { index: from + m.index! });
  const governs = word.index! + word[0].length;
  if (figures.some((g) => g !== figure && isAmount(g) && g.start >= governs && g.end <= figure.start)) return undefined;
  if (ownNameAfterBreak(text, governs, figure.start, named)) return undefined;
  return word[1] !== undefined ? 'sum' : 'mean';
}

/** A change or a sum of money: what a word for a sum or an average adds up (a date or a count between is not). */
function isAmount(f: Figure): boolean {
  return f.kind === 'percent' || f.kind === 'percentagePoint' || f.kind === 'money';
}

/**
 * Whether the figure's clause after the last break since the word is a name's own ("…, Nvidia sogar"), not the list of
 * names the sum is of ("Together, Nvidia and Broadcom lost", "Nvidia, Microsoft und Broadcom verloren").
 */
function ownNameAfterBreak(text: string, from: number, to: number, named: readonly Span[]): boolean {
  const breaks = [...text.slice(from, to).matchAll(CLAUSE_BREAK)];
  if (breaks.length === 0) return false;
  const clause = from + breaks[breaks.length - 1].index! + 1;
  return named.some((n) => n.start >= clause && n.end <= to) && !LISTED.test(text.slice(clause, to));
}

/**
 * Whether a sentence tells of moves (a rise or a fall: „verloren“, "lost", "fell"): only then are points a word for a
 * sum or an average precedes percentage points („Zusammen verloren die drei 18,15 Punkte“), not a score („kam
 * insgesamt auf 92 Punkte“).
 */
export function tellsOfMoves(text: string): boolean {
  const concepts = conceptsOf(text, 0, text.length, []);
  return concepts.has('fall') || concepts.has('rise');
}
