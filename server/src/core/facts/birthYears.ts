import type { Figure } from '../types';
import type { Fact } from './fact';
import { BIRTH_PHRASES, wordAlternation } from '../context/lexicon';

/**
 * "born in", "geboren", "Jahrgang", "geb." just before a year, or "geborene" just after it; an encyclopedia's "(* 1985)"
 * and "(b. 1985)" after a name. A hedge between them still says a birth: "born around 1985", „geboren um 1985“.
 */
const IN_THE_YEAR = String.raw`(?:(?:in|im|im\s+jahr|in\s+the\s+year)\s+)?`;
const BORN_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}])(?:born|geboren|geb\.|jahrgang)|\(\s*(?:\*|b\.))\s+${IN_THE_YEAR}(?:(?:${wordAlternation(BIRTH_PHRASES.hedges)})\s+${IN_THE_YEAR})?$`, 'iu');
const BORN_AFTER = /^\s+geboren/iu;

/**
 * „1983 kam Gründer Liang Wenfeng zur Welt“, "Liang came into the world in 1983": a phrase of birth in the year's clause
 * (not „zur Weltspitze“, a word that goes on, nor „zur Welt der Hedgefonds“, "into the world of trading": a field one
 * enters).
 */
const BORN_INTO = new RegExp(`(?<![\\p{L}])(?:${wordAlternation(BIRTH_PHRASES.into)})(?![\\p{L}])(?!\\s+(?:${wordAlternation(BIRTH_PHRASES.fields)})(?![\\p{L}]))`, 'iu');
const BORN_VERB = new RegExp(`(?<![\\p{L}])(?:${wordAlternation(BIRTH_PHRASES.verbs)})(?![\\p{L}])`, 'iu');
/** A mark that ends a clause inside a sentence: „Damals war er 30, heute …“, "born in 1985; he …" (also facts/ageYear.ts). */
export const CLAUSE_MARK = /[,;:–—]/u;
/** A clause's end in running text that may go past its sentence: a clause mark or a sentence's end, or a new paragraph. */
const CLAUSE_OR_SENTENCE_END = new RegExp(String.raw`(?:${CLAUSE_MARK.source}|[.!?])\s|[.;:!?]$|\n\s*\n`, 'u');
const CLAUSE_OR_SENTENCE_ENDS = new RegExp(CLAUSE_OR_SENTENCE_END.source, 'gu');

const isYear = (figure: Figure) => figure.kind === 'year' || (figure.kind === 'date' && figure.date?.year !== undefined && !figure.durationUnit);

/** "born in 1986", "Jahrgang 1985", "der 1986 geborene Liang": a year that is someone's birth, and dates nothing else. */
export function isBirthYear(text: string, figure: Figure): boolean {
  if (!isYear(figure)) return false;
  return BORN_BEFORE.test(text.slice(Math.max(0, figure.start - 24), figure.start)) || BORN_AFTER.test(text.slice(figure.end, figure.end + 12));
}

/**
 * „1983 kam Gründer Liang Wenfeng zur Welt“, „Er erblickte 1986 das Licht der Welt“, "Liang came into the world in
 * 1983": the span of the year's clause (from the clause break before it to the one after it) where it holds a phrase of
 * birth. Whether that is a person's birth the caller decides: a firm also "came into the world" in 2023.
 */
export function birthPhraseClause(text: string, figure: Figure): { start: number; end: number } | undefined {
  if (!isYear(figure)) return undefined;
  const from = Math.max(0, figure.start - 80);
  const before = text.slice(from, figure.start);
  const after = text.slice(figure.end, figure.end + 80);
  const breakAfter = after.search(CLAUSE_OR_SENTENCE_END);
  const breaksBefore = [...before.matchAll(CLAUSE_OR_SENTENCE_ENDS)];
  const start = breaksBefore.length ? from + breaksBefore[breaksBefore.length - 1].index! + 1 : from;
  const end = breakAfter < 0 ? figure.end + after.length : figure.end + breakAfter;
  const clause = `${text.slice(start, figure.start)} ${text.slice(figure.end, end)}`;
  return BORN_INTO.test(clause) && BORN_VERB.test(clause) ? { start, end } : undefined;
}

/**
 * Age and birth year are one fact seen two ways: the years a person can have been born in, as a fact states them.
 * "Jahrgang 1985" says 1985; "Er ist 40 Jahre alt" in a piece about January 2025 says 1984 or 1985 (the birthday may
 * be still to come). Undefined for any other fact, for a hedged or bounded one ("rund 40", "über 40"), and for an age
 * with no year to count from.
 */
export function birthYears(fact: Fact, documentYear: number | undefined, before = '', after = ''): [number, number] | undefined {
  const { figure } = fact;
  if (figure.approximate || figure.bound || figure.range) return undefined;
  if (fact.attributes.includes('birth')) {
    const year = figure.kind === 'year' ? figure.value : figure.kind === 'date' ? figure.date?.year : undefined;
    return year === undefined ? undefined : [year, year];
  }
  if (figure.kind !== 'age') return undefined;
  // "Mit 30 Jahren gründete er 2015 …": a year in the age's own sentence is when; one carried from before may be a
  // birth year itself ("Liang Wenfeng, Jahrgang 1985, … Er ist heute 40"): the piece's own year is then.
  // "founded in July 2023 by Liang Wenfeng, a 40-year-old engineer", "der 40-jährige Gründer": an age said as a word before
  // a noun, or as a noun, is how old the person is as the piece is written, not at the clause's event ("als 38-Jähriger
  // gründete er 2023 …" is, and "Mit 30 Jahren", "war 30 Jahre alt" are).
  const asOfNow = agedAsOfNow(figure, before, after);
  // "Als er 2015 High-Flyer gründete, war er 30", "founded DeepSeek in 2023 at the age of 38": an age said in the past
  // is of the year the sentence tells it of (facts/ageYear.ts), not the piece's; "Liang Wenfeng, 40, zuvor Mitgründer
  // von High-Flyer (2015)" is not.
  const told = !asOfNow && fact.toldIn !== undefined && AGE_THEN_BEFORE.test(before) ? fact.toldIn : undefined;
  const own = asOfNow ? undefined : told ?? (fact.timeFrom === 'clause' || fact.timeFrom === 'sentence' ? fact.time?.year : undefined);
  const at = own ?? documentYear;
  return at === undefined ? undefined : [at - figure.value - 1, at - figure.value];
}

/** Whether two facts' birth years can be the same year. */
export function sameBirth(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/**
 * "founded in July 2023 by Liang Wenfeng, a 40-year-old engineer", "der 40-jährige Gründer": an age said as a word
 * before a noun, or as a noun, is how old the person is as the piece is written, not at the clause's event; not after
 * "als", "as a", "damals", "then".
 */
export function agedAsOfNow(figure: Figure, before: string, after = ''): boolean {
  return (AGE_AS_WORD.test(figure.text) && !AS_BEFORE.test(before)) || IS_NOW_BEFORE.test(before) || IS_NOW_AFTER.test(after);
}

/**
 * "founded in July 2023 by Liang Wenfeng, who is 40", "Liang is now 40", "von Liang Wenfeng, der 40 ist": an age said in
 * the present tense is how old the person is now, whatever event the clause dates.
 */
const IS_NOW_BEFORE = /(?<![\p{L}])(?:is|ist)\s+(?:(?:now|jetzt|inzwischen|heute|mittlerweile)\s+)?$/iu;
const IS_NOW_AFTER = /^(?:\s+Jahre(?:\s+alt)?)?\s+ist(?![\p{L}])/u;

/** "war er 30", "he was 30", "at the age of 38", "im Alter von 38", "mit 30": an age said as of a time gone by. */
export const AGE_THEN_BEFORE = /(?<![\p{L}])(?:(?:war|was|wurde|became|turned)(?:\s+\p{L}+){0,2}|at\s+the\s+age\s+of|im\s+alter\s+von|mit|at|then|damals)\s+$/iu;

/** "40-year-old", "40-jährige", "40-Jährigen": an age as an adjective or a noun. */
const AGE_AS_WORD = /-(?:year-old|[Jj]ährige[nmrs]?)$/u;
/** "als 38-Jähriger", "as a 38-year-old", "der damals 38-Jährige", "the then 38-year-old": the age at the clause's time. */
const AS_BEFORE = /(?<![\p{L}])(?:als|as(?:\s+an?)?|damals|seinerzeit|then)\s+$/iu;
