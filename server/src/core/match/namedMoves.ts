import type { SentenceFacts } from '../analysis/analyzedSentence';
import type { Fact } from '../facts/fact';
import { wordAlternation as alternation } from '../context/lexicon';
import { COUNTED_TIMES, MOVES_LISTED_JOINERS, PARTS_COUNTED_DETERMINERS, PARTS_COUNT_WORDS } from '../figures/vocabulary';
import type { Figure, NameMention } from '../types';

// „die drei Konzerne“, "the three losses", "the three lost": a count the subject is named by; not „die drei Monate“,
// "the three (final) years", which count times.
const PARTS_COUNTED = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(PARTS_COUNTED_DETERMINERS)})\s+(?:${alternation(PARTS_COUNT_WORDS)})(?![\p{L}])(?!\s+(?:\p{L}+\s+)?(?:${alternation(COUNTED_TIMES)})(?![\p{L}]))`, 'iu');
// What lies between two names of a list: „Nvidia, Microsoft und Broadcom“, "Nvidia and Broadcom".
const LIST_JOINER = new RegExp(String.raw`^\s*(?:,|(?:,\s*)?(?:${alternation(MOVES_LISTED_JOINERS)}))\s*$`, 'iu');

const namesOf = (n: NameMention) => [n.entry.canonical, ...(n.entry.containing ?? [])];

/**
 * Whether a draft's sentence names the parts of a sum of moves: by a list of names („Nvidia, Microsoft und Broadcom
 * verloren zusammen …“, "Nvidia and Broadcom together lost …") or by a count as its subject („die drei Konzerne“, "the
 * three lost"). „Insgesamt fiel Nvidia um 7,82 Prozent“ names one, and its „insgesamt“ says no more than "in all".
 */
export function namesPartsOfMoves(sentence: SentenceFacts): boolean {
  if (PARTS_COUNTED.test(sentence.text)) return true;
  const names = [...sentence.names].sort((a, b) => a.start - b.start);
  return names.some((n, i) => i > 0 && n.entry.canonical !== names[i - 1].entry.canonical && LIST_JOINER.test(sentence.text.slice(names[i - 1].end, n.start)));
}

// Where a clause may begin: „…, Nvidia sogar 7,82 Prozent“, "…; Nvidia alone 9%".
const CLAUSE_BREAK = /[,;–—]/gu;

/**
 * The names a draft's sentence gives the figure's moves, with the names they contain: not those of another change's
 * own clause („Im Schnitt verloren die drei rund sechs Prozent, Nvidia sogar 7,82 Prozent“: no name is the average's).
 */
export function namedIn(sentence: SentenceFacts, figure: Figure): Set<string> {
  return new Set(mentionsOfItsMoves(sentence, figure).flatMap(namesOf));
}

/**
 * The one name a sum or an average of moves is said of, where it names one and counts no parts ("Nvidia lost 9% on
 * average that day", „Nvidia verlor im Schnitt 7,82 Prozent“): that name's own move is what it says.
 */
export function soleNameOf(sentence: SentenceFacts, figure: Figure): string | undefined {
  if (PARTS_COUNTED.test(sentence.text)) return undefined;
  const names = new Set(mentionsOfItsMoves(sentence, figure).map((n) => n.entry.canonical));
  return names.size === 1 ? [...names][0] : undefined;
}

function mentionsOfItsMoves(sentence: SentenceFacts, figure: Figure): NameMention[] {
  const breaks = [...sentence.text.matchAll(CLAUSE_BREAK)].map((m) => m.index!);
  const clauseOf = (f: Figure): [number, number] => [Math.max(0, ...breaks.filter((b) => b < f.start)), Math.min(sentence.text.length, ...breaks.filter((b) => b >= f.end))];
  const [from, to] = clauseOf(figure);
  const othersClauses = sentence.figures.filter((f) => f !== figure && isChange(f)).map(clauseOf).filter(([a, b]) => a !== from || b !== to);
  return sentence.names.filter((n) => !othersClauses.some(([a, b]) => n.start >= a && n.end <= b));
}

const isChange = (f: Figure) => f.kind === 'percent' || f.kind === 'percentagePoint';

/**
 * Whether a source's sum or mean of moves (`movesOf`) is of the moves a draft's sentence adds up: it names each of its
 * parts and none of the source sentence's other moves ("Nvidia and Broadcom together lost 14.4 points" is 7,82 % +
 * 6,58 %, not all three), or, for the sum of all of them, names none of them („die drei“, "together they").
 */
export function ofTheNamedMoves(candidate: Fact, named: ReadonlySet<string>): boolean {
  if (!candidate.movesOf) return true;
  const { parts, others } = candidate.movesOf;
  const namesAny = (entities: readonly string[]) => entities.some((e) => named.has(e));
  const partsNamed = parts.filter(namesAny).length;
  if (others.some(namesAny)) return false;
  return partsNamed === parts.length || (partsNamed === 0 && others.length === 0);
}
