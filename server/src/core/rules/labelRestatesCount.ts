import type { DraftFigure } from '../analysis/draft';
import { cellLabels, countsItsLabel, isParticiple, labelNouns, type ValueLabel } from '../analysis/valueLabel';
import { compareFigures } from '../match/agreement';
import { IRREGULAR_PASTS, LABEL_CUT_WORDS, OTHER_SUBJECT_PRONOUNS, PART_OF_OCCASION_WORDS, PHRASE_PREPOSITIONS, PLAN_HABIT_OR_CAPACITY_WORDS, VALUE_COLUMN_HEADERS, wordAlternation } from '../context/lexicon';
import { isWeekday } from '../facts/weekdays';
import { MONTHS } from '../text/months';
import { ARTICLES, FUNCTION_WORDS } from '../names/wordLists';
import { nounLemma, sameNoun } from '../text/sameNoun';
import { THIS_YEAR_PHRASES, YEAR_BEFORE_PHRASES } from '../figures/vocabulary';

const WORD = /\p{L}[\p{L}-]*/gu;
/** A comma, semicolon, colon or dash ends the stretch of a clause that its subject governs. */
const STRETCH_BREAK = /.*[,;:–—]\s/su;
const PREPOSITIONS = new Set(PHRASE_PREPOSITIONS);
const PRONOUNS = new Set(OTHER_SUBJECT_PRONOUNS);
/** Periods told relative to now: "last year" and "this year" are two facts, however alike the rest. */
const PERIODS = new RegExp(`(?<![\\p{L}])(?:${wordAlternation([...YEAR_BEFORE_PHRASES, ...THIS_YEAR_PHRASES, 'vorjahr', 'next year', 'nächstes jahr', 'im nächsten jahr', 'im kommenden jahr'])})(?![\\p{L}])`, 'giu');
const PARTS = new Set(PART_OF_OCCASION_WORDS);
const VALUE_HEADERS = new Set(VALUE_COLUMN_HEADERS);
const PASTS = new Set(IRREGULAR_PASTS);
// „der erwarteten 186“, „die eingeladenen Gäste“: a German participle inflected as an adjective.
const NOT_WHAT_HAPPENED = new RegExp(`(?<![\\p{L}])(?:${wordAlternation(PLAN_HABIT_OR_CAPACITY_WORDS)})(?:e|em|en|er|es)?(?![\\p{L}])`, 'iu');
/** Least letters a compound's last part has to stand for the compound („Empfang“ in „Neujahrsempfang“). */
const LEAST_COMPOUND_HEAD = 5;

/**
 * „Zum Empfang kamen 186 Gäste“ … „| Gäste beim Neujahrsempfang | 168 |“, "57 guests came to the reception" … "Guests
 * at the reception: 75": a count that no one owns (the counted things are the clause's subject: a parish's guests, a
 * meeting's public) has no name to be filed by, but a label that names the same noun and, in its other words, the
 * occasion the sentence names restates it; with another value, it contradicts it. Both unsourced: a source's value is
 * its own fact. A clause with a subject of its own ("A typical lab has 200 staff", „Die Konkurrenz hat 200
 * Mitarbeiter“) owns its count; a bare label ("Guests: 75") names no occasion; a label's year that is not the
 * sentence's makes another fact; a sentence that says more than the label counts a part of the occasion
 * (`saysNoMoreThan`).
 */
export function labelRestatesCount(earlier: DraftFigure, later: DraftFigure): boolean {
  if (earlier.match.status !== 'unsourced' || later.match.status !== 'unsourced') return false;
  const [a, b] = [earlier.figure, later.figure];
  if (a.kind !== 'count' || !a.noun || a.durationUnit || earlier.at.facts.label) return false;
  const label = later.at.facts.label;
  if (!countsItsLabel(b, label) || !label.rest || !underAValueColumn(later)) return false;
  if ([earlier, later].some((f) => f.fact.entities.length > 0 || f.at.facts.names.length > 0)) return false;
  if ([a, b].some((f) => f.bound || f.range || f.derivedFrom || f.aggregate || f.comparative)) return false;
  if (!labelNouns(label).some((noun) => sameNoun(noun, a.noun!.split(' ').pop()!))) return false;
  // „Zum Empfang 2024 kamen 150 Gäste“ before „2025 kamen 186“: a year the sentence states, the label must state too.
  if (ownYear(earlier) !== label.year) return false;
  const sentence = earlier.at.facts.text;
  if (!subjectIsTheCount(sentence.slice(0, a.start)) || NOT_WHAT_HAPPENED.test(sentence) || countsTwice(earlier)) return false;
  if (periodsOf(sentence) !== periodsOf(label.rest)) return false;
  const occasion = contentWords(label.rest);
  const said = contentWords(sentence);
  if (occasion.length === 0 || !occasion.every((w) => said.some((s) => oneWord(w, s)))) return false;
  return saysNoMoreThan(earlier, label) && compareFigures(b, a) !== 'agrees';
}

/**
 * „| Gäste beim Empfang | 150 | 186 |“ under „| Was | 2024 | 2025 |“, "| Guests at the reception | 200 | 186 |" under
 * "Planned" and "Actual": a cell's value is its column's (a year, a plan) as much as its row's. Only a header that names
 * no more than a value („Zahl“, "Value") leaves the row label to say what it is; a list item has no column.
 */
function underAValueColumn(figure: DraftFigure): boolean {
  const context = figure.at.sentence.context;
  if (context === undefined) return true;
  const [, header] = cellLabels(context);
  return header === undefined || VALUE_HEADERS.has(header.trim().toLowerCase());
}

/** The year a figure's own clause or sentence states, not one carried from a heading or the document. */
function ownYear(figure: DraftFigure): number | undefined {
  const { time, timeFrom } = figure.fact;
  return timeFrom === 'clause' || timeFrom === 'sentence' ? time?.year : undefined;
}

/** „Eingeladen waren 200 Gäste, gekommen sind 186 Gäste“: which of the two a label restates, the sentence does not say. */
function countsTwice(figure: DraftFigure): boolean {
  const noun = figure.figure.noun!.split(' ').pop()!;
  return figure.at.facts.figures.some((f) => f.start !== figure.figure.start && f.kind === 'count' && f.noun !== undefined && sameNoun(f.noun.split(' ').pop()!, noun));
}

/**
 * Nothing before the count in its clause is another subject: no article or pronoun outside a side phrase („Zum
 * Empfang kamen 186 Gäste“, "At the reception, 186 guests came"; not "The reception drew 186 guests").
 */
function subjectIsTheCount(before: string): boolean {
  const stretch = before.slice(STRETCH_BREAK.exec(before)?.[0].length ?? 0);
  const words = (stretch.match(WORD) ?? []).map((w) => w.toLowerCase());
  return !words.some((w, i) => (ARTICLES.has(w) || PRONOUNS.has(w)) && !PREPOSITIONS.has(words[i - 1] ?? '') && !PREPOSITIONS.has(w));
}

function periodsOf(text: string): string {
  return [...new Set((text.match(PERIODS) ?? []).map((p) => p.toLowerCase().replace(/\s+/gu, ' ')))].sort().join('|');
}

function contentWords(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase()).filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w) && !LABEL_CUT_WORDS.has(w));
}

/** One word, inflected or not, or a compound and its last part („Neujahrsempfang“ and „Empfang“). */
function oneWord(a: string, b: string): boolean {
  if (sameNoun(a, b)) return true;
  const [x, y] = [nounLemma(a), nounLemma(b)];
  const [long, short] = x.length >= y.length ? [x, y] : [y, x];
  return short.length >= LEAST_COMPOUND_HEAD && long.endsWith(short);
}

/**
 * „Täglich kamen 300 Besucher zur Messe“, „Am ersten Messetag kamen 300 Besucher“, "On the first day of the festival,
 * 2,000 visitors came" … „| Besucher der Messe | 2.100 |“: a sentence that says more of its count than the label does
 * (a day, an evening, a hall, new members) counts a part of it, which the label's total does not restate. The label
 * must describe the count both ways: each word of the sentence is the label's, the counted noun, a function word, the
 * date of the occasion, or the verb that tells what happened. German capitalises its nouns, so there its lowercase
 * words (verbs, adverbs) say no more unless they name a part („täglich“, „jeweils“, „ersten“) or stand between the
 * count and its noun („120 neue Mitglieder“); an English word is a verb by its form ("came", "attended").
 */
function saysNoMoreThan(figure: DraftFigure, label: ValueLabel): boolean {
  const sentence = figure.at.facts.text;
  const noun = figure.figure.noun!.split(' ').pop()!;
  const labelled = [label.noun, ...contentWords(label.rest)];
  const ofTheLabel = (word: string) => labelled.some((w) => oneWord(w, word.toLowerCase()));
  const words = [...sentence.matchAll(WORD)].map((m) => ({ word: m[0], lower: m[0].toLowerCase(), at: m.index! }));
  const nounAt = words.find((w) => w.at >= figure.figure.end && sameNoun(w.lower, noun));
  const nounsCapitalised = nounAt !== undefined && /^\p{Lu}/u.test(nounAt.word);
  return words.every(({ word, lower, at }, i) => {
    if (ofTheLabel(word)) return true;
    if (PARTS.has(lower)) return false;
    if (nounAt && at >= figure.figure.end && at < nounAt.at) return false;
    if (isCalendarWord(lower)) return datesTheOccasion(words.slice(0, i).map((w) => w.lower), ofTheLabel);
    if (lower.length < 3 || FUNCTION_WORDS.has(lower) || LABEL_CUT_WORDS.has(lower) || sameNoun(lower, noun)) return true;
    return nounsCapitalised ? !/^\p{Lu}/u.test(word) : isVerbForm(lower);
  });
}

const isCalendarWord = (word: string) => MONTHS.has(word) || isWeekday(word);

/**
 * „Zum Empfang am 12. Januar kamen 186 Gäste“, "At the reception on Saturday, 186 guests came": a date right after the
 * occasion's noun says when the occasion was. One of its own („Am 12. Januar kamen 2.000 Besucher zur Messe“, "On
 * Saturday, 2,000 visitors came to the festival") may be one day of several.
 */
function datesTheOccasion(before: string[], ofTheLabel: (word: string) => boolean): boolean {
  for (let k = before.length - 1; k >= 0; k--) {
    const word = before[k];
    if (FUNCTION_WORDS.has(word) || LABEL_CUT_WORDS.has(word) || isCalendarWord(word)) continue;
    return ofTheLabel(word);
  }
  return false;
}

/** "came", "attended", "held": an English verb in the past by its form. */
function isVerbForm(word: string): boolean {
  return PASTS.has(word) || isParticiple(word);
}
