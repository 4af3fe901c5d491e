import { conceptsOf } from '../context/concepts';
import {
  ABSTRACT_MOVE_OBJECTS, GOVERNED_FIGURE_HEDGES, GOVERNED_FIGURE_PREPOSITIONS, GOVERNED_FRACTION_COUNTERS, SIDE_PHRASE_DETERMINERS, SIDE_PHRASE_PREPOSITIONS, SIDE_PHRASE_WHOSE, SIDE_PHRASE_WHOSE_ARTICLES, UNGOVERNING_SUBJECTS,
  wordAlternation as words,
} from '../context/lexicon';
import { FRACTION_WORDS, NUMBER_WORD_PATTERN } from '../figures/vocabulary';
import { caselessRegExp } from '../text/caselessPattern';
import type { Span } from '../types';

/**
 * A direction needs a figure it governs. „Nicht jeder verliert: Microsoft stieg um 3,75 Prozent“, „Nvidia verlor an
 * Bedeutung, als Microsoft um 3,75 Prozent stieg“, "Not everyone lost: Microsoft rose 3.75 percent": the loss is no
 * one's figure, so it does not make the rise beside it ambiguous. The spans of such verbs (with their abstract object),
 * for the figures of the sentence to read their direction without.
 */
export function ungovernedMoves(text: string): Span[] {
  if (!MAYBE.test(text)) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(GERMAN_OBJECT)) {
    let start = m.index!;
    let end = start + m[0].length;
    // The verb before „an Bedeutung“ (V2: „verlor deutlich an Bedeutung“) or after it (verb last: „an Bedeutung verlor“).
    const near = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
    const far = /([\p{L}]+)\s+[\p{L}]+\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
    const before = near && isMove(near[1]) ? near : far && isMove(far[1]) ? far : undefined;
    if (before) start -= before[0].length;
    const after = /^\s+([\p{L}]+)/u.exec(text.slice(end));
    if (after && isMove(after[1])) end += after[0].length;
    if (end - start > m[0].length) spans.push({ start, end });
  }
  for (const m of text.matchAll(ENGLISH_OBJECT)) if (isMove(m[1])) spans.push({ start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(SUBJECT_THEN_VERB)) if (isMove(m[1])) spans.push({ start: m.index! + m[0].length - m[1].length, end: m.index! + m[0].length });
  spans.push(...sidePhraseMoves(text));
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * The side phrases of an earlier move with the company they name: „Trotz des Rückgangs bei Microsoft legte Nvidia … zu“,
 * "After Microsoft's decline, Nvidia gained …". Whose move the side phrase tells is not whose the clause's figure is.
 */
export function sidePhrasesWithCompany(text: string): Span[] {
  if (!MAYBE.test(text)) return [];
  return sidePhraseMoves(text).map(({ start, end }) => ({ start, end: end + (WHOSE_AFTER.exec(text.slice(end))?.[0].length ?? 0) }));
}

/** The side phrases of a move that governs no figure, from the preposition up to the move noun (`moveNounOf`). */
function sidePhraseMoves(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(SIDE_PHRASE)) {
    const move = moveNounOf(m);
    if (move !== undefined && !governsAFigure().test(text.slice(move))) spans.push({ start: m.index!, end: move });
  }
  return spans;
}

/**
 * Where the move noun of a side phrase ends: the first move among its words, a German noun (capitalised) after lower-case
 * words only („nach dem Rückgang“, „trotz eines kurzen Rückgangs“), or an English one after a determiner or a possessive
 * ("after the slide", "after Monday's loss") or right after the preposition ("after losses", „nach sinkenden Kursen“).
 * A name or another noun first ("after Nvidia fell", „nach dem Montag stieg“, „seit gestern stieg“) makes it no side phrase.
 */
function moveNounOf(m: RegExpMatchArray): number | undefined {
  const words = [...m[1].matchAll(/[\p{L}'’-]+/gu)];
  for (let i = 0; i < words.length; i++) {
    const word = words[i][0];
    const possessive = /['’]s?$/u.test(word);
    if (isMove(word)) {
      const lead = words.slice(0, i).map((w) => w[0]);
      const noun = /^\p{Lu}/u.test(word) || i === 0 || DETERMINER.test(lead[0]) || /['’]s?$/u.test(lead[0]);
      const lowerLead = lead.every((w) => !/^\p{Lu}/u.test(w) || /['’]s?$/u.test(w));
      return noun && lowerLead ? m.index! + m[0].length - m[1].length + words[i].index! + word.length : undefined;
    }
    if (/^\p{Lu}/u.test(word) && !possessive) return undefined;
  }
  return undefined;
}

function isMove(word: string): boolean {
  const concepts = conceptsOf(word, 0, word.length, []);
  return concepts.has('fall') || concepts.has('rise');
}

const GERMAN_OBJECT = new RegExp(String.raw`(?<![\p{L}])an\s+(?:${words(ABSTRACT_MOVE_OBJECTS.de)})(?![\p{L}])`, 'giu');
const ENGLISH_OBJECT = new RegExp(String.raw`(?<![\p{L}])(\p{L}+)\s+(?:(?:some|much|most|more|a\s+lot)\s+of\s+)?(?:(?:its|their|his|her)\s+)?(?:${words(ABSTRACT_MOVE_OBJECTS.en)})(?![\p{L}])`, 'giu');
// The subject, maybe one noun („Nicht jeder Anleger verlor:“), the verb, and the end of its clause: nothing it governs.
const SUBJECT_THEN_VERB = new RegExp(String.raw`(?<![\p{L}])(?:${words(UNGOVERNING_SUBJECTS)})\s+(?:\p{L}+\s+)?(\p{L}+)(?=\s*[:,;.!?–—]|\s+(?:wenn|als|sobald|when|if|whenever)(?![\p{L}]))`, 'giu');
/**
 * „Nach dem Rückgang vom Montag stieg Nvidia um 8,9 Prozent“, "After Monday's loss, Nvidia rose 8.9%", „trotz eines
 * kurzen Rückgangs“: a move in a side phrase of time or concession (the preposition, up to three words without a
 * figure, the move: `moveNounOf`) is an earlier event's. Not when a figure follows the move („nach einem Verlust von 7,82 Prozent“,
 * "after a loss of 7.82%", "after gaining a quarter of its value"): then the move governs that figure.
 */
const SIDE_PHRASE = new RegExp(String.raw`(?<![\p{L}])(?:${words(SIDE_PHRASE_PREPOSITIONS)})\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)`, 'giu');
const WHOSE_AFTER = new RegExp(String.raw`^\s+(?:${words(SIDE_PHRASE_WHOSE)})\s+(?:(?:${words(SIDE_PHRASE_WHOSE_ARTICLES)})\s+)?\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*)*`, 'u');
const DETERMINER = new RegExp(String.raw`^(?:${words(SIDE_PHRASE_DETERMINERS)})$`, 'iu');
const FIGURE_WORD = String.raw`(?:(?:${words(GOVERNED_FRACTION_COUNTERS)})\s+)?(?:${words([...FRACTION_WORDS.keys()])})|${NUMBER_WORD_PATTERN}`;
// Written for `iu`, compiled at its first use with its case spelt out (caselessRegExp): with `i` the number words'
// first use cost a process 0.3–0.4 s of CPU. Anchored at the start of the text: no place after it is tried.
export const GOVERNS_A_FIGURE_PATTERN = String.raw`^\s*(?:(?:${words(GOVERNED_FIGURE_PREPOSITIONS)})\s+)?(?:(?:${words(GOVERNED_FIGURE_HEDGES)})\s+)?(?:[-−–+]?[$€]?\d|(?:${FIGURE_WORD})(?![\p{L}]))`;
const governsAFigure = caselessRegExp(GOVERNS_A_FIGURE_PATTERN, 'iu');
const MAYBE = new RegExp(String.raw`(?<![\p{L}])(?:an\s|${words(ABSTRACT_MOVE_OBJECTS.en)}|${words(UNGOVERNING_SUBJECTS)}|${words(SIDE_PHRASE_PREPOSITIONS)})`, 'iu');
