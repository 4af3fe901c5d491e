import type { Figure } from '../types';
import { CHANGE_NOUNS, CHANGE_NOUN_OF, GERMAN_PERIOD_PREPOSITIONS, PERIOD_CLOSING_PARTICLES, PERIOD_PHRASE_CLOSERS, PERIOD_PREPOSITIONS, PERIOD_YEAR_WORDS } from '../figures/vocabulary';
import { CLAUSE_WORDS, wordAlternation } from '../context/lexicon';

const words = (stretch: string) => stretch.toLowerCase().match(/\p{L}+/gu) ?? [];
/** Only letters and spaces: no clause break, no other figure between. */
const PLAIN = /^[\p{L}\s]*$/u;

/**
 * The figure whose change noun a year (or a month) is the period of: "a 25% gain in 2024", "a gain of 25% in 2024",
 * „ein Plus von 25 Prozent im Jahr 2024“. A noun phrase's period is its own: "The index had gone from a 25% gain in
 * 2024 to a 3% loss in a single session" does not put the 3% in 2024. A verb's is the clause's ("fell 17% in January
 * 2025, Microsoft 3.75%"): no noun governs it.
 */
export function changeWithPeriod(date: Figure, figures: readonly Figure[], text: string): Figure | undefined {
  if ((date.kind !== 'date' && date.kind !== 'year') || date.date?.day !== undefined) return undefined;
  // Asked once per figure of the sentence about each of its dates: a sentence's date figure has one answer.
  const known = periods.get(date);
  if (known !== undefined) return known ?? undefined;
  const change = changeOf(date, figures, text);
  periods.set(date, change ?? null);
  return change;
}

/** The answer for each date figure of a sentence; null where the date is no change's period. */
const periods = new WeakMap<Figure, Figure | null>();

function changeOf(date: Figure, figures: readonly Figure[], text: string): Figure | undefined {
  const before = figures.filter((f) => f !== date && f.end <= date.start && f.kind !== 'date' && f.kind !== 'year').pop();
  if (!before) return undefined;
  const between = text.slice(before.end, date.start);
  if (!PLAIN.test(between)) return undefined;
  const joined = words(between);
  // "25% gain in 2024": the noun right after the figure; „Plus von 25 Prozent im Jahr 2024“: right before it, with "von".
  const lead = words(text.slice(Math.max(0, before.start - 24), before.start)).slice(-2);
  const nounBefore = lead.length === 2 && CHANGE_NOUNS.includes(lead[0]) && CHANGE_NOUN_OF.includes(lead[1]);
  const rest = CHANGE_NOUNS.includes(joined[0] ?? '') ? joined.slice(1) : nounBefore ? joined : undefined;
  return rest && isPeriodPhrase(rest) ? before : undefined;
}

/** "in", "over the year", „im Jahr“: a period's preposition and the words for a year it may take, nothing else. */
function isPeriodPhrase(joined: readonly string[]): boolean {
  return joined.length > 0 && PERIOD_PREPOSITIONS.includes(joined[0] ?? '') && joined.slice(1).every((w) => PERIOD_YEAR_WORDS.includes(w));
}

/**
 * The year (or month) right after a figure that is the figure's own period, by "in"/„im Jahr“ alone or after its change
 * noun: "dropped 3% on 27 January 2025 after gaining 25% in 2024", "after a 25% gain in 2024", „stieg um 25 % im Jahr
 * 2024“. Such a figure is a fact of that year, not of the day the clause names before it. Not a possessive ("17% in
 * 2025's worst sell-off"): that year names another thing.
 */
export function ownPeriodAfter(figure: Figure, dates: readonly Figure[], figures: readonly Figure[], text: string): Figure | undefined {
  return dates.find((date) => {
    if (date.start < figure.end || (date.kind !== 'date' && date.kind !== 'year') || date.date?.day !== undefined) return false;
    const between = text.slice(figure.end, date.start);
    const phrase = words(between);
    if (changeWithPeriod(date, figures, text) !== figure && !(PLAIN.test(between) && isPeriodPhrase(phrase))) return false;
    if (holdsADayBefore(date, figure, dates)) return false;
    const german = phrase.some((w) => GERMAN_PERIOD_PREPOSITIONS.includes(w));
    return closesThePhrase(text.slice(date.end), german && !/(?:dem|des)\s*$/iu.test(between));
  });
}

/**
 * "On 27 January 2025 Nvidia fell 9.82% in the 2025 sell-off": a year that holds the day the clause names before the
 * figure adds nothing to it; the day stays the figure's time.
 */
function holdsADayBefore(period: Figure, figure: Figure, dates: readonly Figure[]): boolean {
  const year = period.kind === 'year' ? period.value : period.date?.year;
  const month = period.date?.month;
  return dates.some((d) => d.end <= figure.start && d.date?.day !== undefined && d.date.year === year && (month === undefined || d.date.month === month));
}

/** The clause ends, a conjunction or a clause's word follows: "in 2024.", "in 2024 and", „im Jahr 2024, als …“. */
const CLOSED = new RegExp(String.raw`^(?:\s*(?:$|[.,;:!?()[\]])|\s+[–—-]\s|\s+(?:${wordAlternation([...PERIOD_PHRASE_CLOSERS, ...CLAUSE_WORDS])})(?![\p{L}\p{Pd}]))`, 'iu');
/**
 * A German verb closes the clause after the year: „um 25 % im Jahr 2024 zugelegt hatte“, „im Jahr 2024 zu.“: a
 * participle or an infinitive (-t, -en) or a separable particle. Only after a German period preposition: an English
 * word there is a noun the year stands before ("in 2024 terms", "over 2024 levels", "in 2024 yen").
 */
const VERB_CLOSING = new RegExp(String.raw`^\s+(?:\p{Ll}+(?:t|en)|${wordAlternation(PERIOD_CLOSING_PARTICLES)})(?:\s*(?:$|[.,;:!?)\]])|\s+(?:${wordAlternation(CLAUSE_WORDS)})(?![\p{L}]))`, 'u');

/**
 * Whether the period phrase ends with its year: a noun the year stands before makes the year that noun's ("the 2025
 * sell-off", „2024 aufgebauter Gewinne“), no period of the figure. Only a German phrase without an article before its
 * year may end with a verb; any other only with the clause's end or a conjunction.
 */
function closesThePhrase(after: string, verbMayClose: boolean): boolean {
  return CLOSED.test(after) || (verbMayClose && VERB_CLOSING.test(after));
}
