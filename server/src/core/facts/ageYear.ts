import type { Figure, Span } from '../types';
import type { Fact } from './fact';
import { AGE_THEN_BEFORE, CLAUSE_MARK, agedAsOfNow } from './birthYears';
import { wordAlternation } from '../context/lexicon';
import { CLAUSE_JOINS, EARLIER_AUXILIARIES, NOW_ADVERBS, OWN_EVENT_OF_AN_AGE, PERFECT_OF_BE, PRESENT_COPULAS, SUBJECT_PRONOUNS, THEN_ADVERBS } from './tenseWords';

const word = (list: readonly string[]) => String.raw`(?<![\p{L}])(?:${wordAlternation(list)})(?![\p{L}])`;

/**
 * Words that tell an age of now, whatever year the sentence names: "Er ist 40 und gründete 2015 …", "der heute
 * 40-Jährige", "Liang is 40, the papers noted, and started … in 2015", „Er sei 42 und habe …“. A present of "to be"
 * whose own clause goes on to a participle of it is a past („Er sei 2015 erst 30 gewesen“, "is said to have been 30"):
 * its clause ends at a comma, a semicolon or a join („Er ist 40 und ist 2015 Gründer geworden“ stays now).
 */
const NOW_ADVERB = new RegExp(word(NOW_ADVERBS), 'iu');
const PRESENT_COPULA = new RegExp(word(PRESENT_COPULAS), 'giu');
const PERFECT_OF_BE_IN_CLAUSE = new RegExp(String.raw`^[^,;]*?${word(PERFECT_OF_BE)}`, 'iu');
const CLAUSE_JOIN = new RegExp(word(CLAUSE_JOINS), 'iu');

function tellsNow(clause: string): boolean {
  if (NOW_ADVERB.test(clause)) return true;
  for (const m of clause.matchAll(PRESENT_COPULA)) {
    const rest = clause.slice(m.index + m[0].length);
    const join = rest.search(CLAUSE_JOIN);
    if (!PERFECT_OF_BE_IN_CLAUSE.test(join < 0 ? rest : rest.slice(0, join))) return true;
  }
  return false;
}

/**
 * A clause joined after the age with an auxiliary of its own pluperfect: „Er war 42 und hatte High-Flyer 2015 gegründet“,
 * "he was 42 and had co-founded High-Flyer in 2015". Its year dates that earlier event, not the age.
 */
const EARLIER_CLAUSE = new RegExp(String.raw`${word(CLAUSE_JOINS)}\s+(?:${word(SUBJECT_PRONOUNS)}\s+)?${word(EARLIER_AUXILIARIES)}`, 'iu');

/**
 * The year an age is told of, where its sentence dates it: "Als Liang 2015 High-Flyer gründete, war er 30", "Liang was
 * 38 when he founded DeepSeek in July 2023", "Mit 30 Jahren gründete er 2015 …". The date of its own clause, else the
 * one year every date of the sentence names; a birth year dates no age ("Jahrgang 1985"), and an age told as of now
 * has none. Undefined where the sentence does not say.
 */
export function yearAgeIsToldOf(figure: Figure, figures: Figure[], window: Span, text: string): number | undefined {
  if (figure.kind !== 'age' || tellsNow(text.slice(window.start, window.end)) || agedAsOfNow(figure, text.slice(Math.max(0, figure.start - 12), figure.start))) return undefined;
  const yearOf = (f: Figure) => (f.kind === 'year' ? f.value : f.date?.year);
  const dates = figures.filter((f) => f !== figure && (f.kind === 'date' || f.kind === 'year') && !f.range && !f.durationUnit && !f.localConcepts.has('birth') && yearOf(f) !== undefined && !(f.start >= figure.end && EARLIER_CLAUSE.test(text.slice(figure.end, f.start))));
  const own = dates.filter((d) => window.start <= d.start && d.end <= window.end);
  const years = new Set((own.length ? own : dates).map(yearOf));
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * "Liang was 38 when he founded DeepSeek", „Als er DeepSeek gründete, war er 38 Jahre alt“: an age said in the past
 * ("was", "war er", "at the age of") whose sentence names no year and no "damals"/"then" is told of the event the
 * sentence names, which the sources may date (match/ageDatedByItsEvent.ts). Not one told as of now ("is 40", "der
 * 40-Jährige").
 */
export function toldOfANamedEvent(figure: Figure, window: Span, text: string): boolean {
  const before = text.slice(Math.max(0, figure.start - 24), figure.start);
  return figure.kind === 'age' && AGE_THEN_BEFORE.test(before) && !tellsNow(text.slice(window.start, window.end)) && !agedAsOfNow(figure, text.slice(Math.max(0, figure.start - 12), figure.start));
}

const THEN_ADVERB = new RegExp(word(THEN_ADVERBS), 'iu');

/**
 * „Im Jahr 2015 gründete er High-Flyer. Damals war er 25.“, "… co-founded High-Flyer in 2015. He was about 25 at the
 * time.": an age its clause puts at a time gone by (`toldOfAnEarlierTime`) in a sentence that names no year is of the
 * year the sentence right before names itself, as a reader takes "damals" and "then": the age is then checked as of
 * that year, not only as no more than the person's age now. Not a year carried from further back („2013 gründete er
 * Yakebi. Zwei Jahre später folgte High-Flyer. Liang war damals 30“ is of 2015), nor the document's own, which is now.
 * Nor where the age's own clause names its event ("He was 30 at the time of the founding" after "… by 2021 managed
 * billions"): that event's year is not the one the sentence before names.
 */
export function yearThenPointsBackTo(figure: Figure, window: Span, text: string, previousYear: number | undefined, documentYear: number | undefined): number | undefined {
  if (previousYear === undefined || previousYear === documentYear || !toldOfAnEarlierTime(figure, window, text)) return undefined;
  if (OWN_EVENT.test(text.slice(window.start, window.end))) return undefined;
  return previousYear;
}
const OWN_EVENT = new RegExp(word(OWN_EVENT_OF_AN_AGE), 'iu');
const CLAUSE_END = new RegExp(String.raw`${CLAUSE_MARK.source}|${word(CLAUSE_JOINS)}`, 'iu');

/**
 * „Liang war damals 30 Jahre alt“, "Founder Liang Wenfeng, then 39 years old", "He was about 25 at the time": an age its
 * clause puts at a time gone by. Where its sentence names no year (`yearAgeIsToldOf`), it is the age of a time only
 * the sentences before can tell, and no value of the person's age as the piece is written. The clause ends at a comma
 * or a join after the age: in „Damals war er 30, heute ist er 40“ only the 40 is now.
 */
export function toldOfAnEarlierTime(figure: Figure, window: Span, text: string): boolean {
  if (figure.kind !== 'age') return false;
  const after = text.slice(figure.end, window.end);
  const clauseEnd = after.search(CLAUSE_END);
  const clause = text.slice(window.start, clauseEnd < 0 ? window.end : figure.end + clauseEnd);
  return THEN_ADVERB.test(clause) && !tellsNow(clause) && !agedAsOfNow(figure, text.slice(Math.max(0, figure.start - 12), figure.start));
}

/**
 * "Liang was 30 when he founded DeepSeek in July 2023" against "der 40-jährige Liang" of an article of 2025: the
 * source's age as of the year the draft's is told of (38), the value a fix puts in. Undefined where the two are told
 * of one year, or either of no year.
 */
export function sourceAgeThen(draft: Fact, source: Fact): Figure | undefined {
  const year = source.toldIn ?? source.asOf;
  if (draft.figure.kind !== 'age' || source.figure.kind !== 'age' || draft.toldIn === undefined || year === undefined || year === draft.toldIn) return undefined;
  return { ...source.figure, value: source.figure.value - (year - draft.toldIn) };
}

/**
 * „nahm er 2002, mit 17 Jahren, sein Studium auf“ against „Er ist 45 Jahre alt“ in a piece about January 2025: an age
 * the source's sentence dates, counted on to the year the draft's age of no stated year is of (40), the value a fix
 * puts in. Undefined where the source's sentence does not date its age: its document's year is a guess.
 */
export function sourceAgeInDraftsYear(draft: Fact, source: Fact): Figure | undefined {
  if (draft.figure.kind !== 'age' || source.figure.kind !== 'age' || draft.toldIn !== undefined || draft.asOf === undefined || source.toldIn === undefined) return undefined;
  return { ...source.figure, value: source.figure.value + (draft.asOf - source.toldIn) };
}

/**
 * "der 42-jährige Liang" in a draft about January 2025 and "Liang Wenfeng, damals 39 Jahre alt" in an article of May
 * 2024: two ages of no year their sentences state, each of its own document's year. Ages of two years that the years
 * between account for (a birthday may lie between) are two facts: neither bears the other out or contradicts it. Only for a draft age of no
 * stated year; one its sentence dates is read by `sourceAgeThen`.
 */
export function agesOfOtherYears(draft: Fact, source: Fact): boolean {
  const year = source.toldIn ?? source.asOf;
  if (draft.figure.kind !== 'age' || source.figure.kind !== 'age' || draft.toldIn !== undefined || draft.asOf === undefined || year === undefined || year === draft.asOf) return false;
  // Only an age near what the years between make of it (a birthday, a year's rounding): "der 55-jährige Liang" is no
  // age of his in either year, and stays contradicted.
  return Math.abs(draft.figure.value - (source.figure.value + draft.asOf - year)) <= 3;
}

/**
 * „Liang war damals 30 Jahre alt“ in an article of 2025 about his career: an age of a time gone by that no sentence
 * dates is no value of anyone's age at any year: a source's neither bears out nor contradicts a draft's. A draft's is
 * only wrong where it is older than the source's age of a later year: "The Founder, then aged 41" against the
 * 40-year-old of 2025.
 */
export function ageOfNoYear(draft: Fact, source: Fact): boolean {
  if (source.figure.kind === 'age' && source.earlier) return true;
  if (draft.figure.kind !== 'age' || !draft.earlier) return false;
  return source.figure.kind !== 'age' || source.asOf === undefined || draft.figure.value <= source.figure.value;
}
