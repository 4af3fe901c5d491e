import type { Span } from '../types';
import { AGE_THEN_WORDS, PAST_AGE_FILLERS } from './vocabulary';
import { wordAlternation as alternation } from '../context/lexicon';

const FILLERS = String.raw`(?:(?:${alternation(PAST_AGE_FILLERS)})\s+)*`;
const THEN_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(AGE_THEN_WORDS)})(?![\p{L}])`, 'iu');

/** „Damals war er 30“, „Dann war Liang etwa 25“: the verb before its subject, a pronoun or a person the sentence names. */
const VERB_THEN_SUBJECT = new RegExp(String.raw`(?<![\p{L}])war\s+(?:(er|sie)|(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?))\s+${FILLERS}$`, 'u');
/** "He was then 25", "Liang was about 25", „Er war damals 25“: the subject before the verb. */
const SUBJECT_THEN_VERB = new RegExp(String.raw`(?<![\p{L}])(?:([Hh]e|[Ss]he|[Ee]r|[Ss]ie)|(\p{Lu}[\p{L}-]*))\s+(?:war|was)\s+${FILLERS}$`, 'u');
/** The age closes its clause, or the clause's time words follow it ("25 at the time", „25 Jahre alt“). */
const AGE_CLOSES = new RegExp(String.raw`^(?:\s+(?:jahre\s+alt|years\s+old|years\s+of\s+age))?(?=\s*(?:[,;)!?]|\.(?!\d)|$)|\s+(?:${alternation(AGE_THEN_WORDS)})(?![\p{L}]))`, 'iu');
/** Where the sentence the age stands in starts: after the last sentence mark before it. */
const SENTENCE_START = /(?:[.!?]\s+|\n\s*\n)(?=[^.!?]*$)/u;

/**
 * „Im Jahr 2015 gründete er High-Flyer. Damals war er 25.“, "He was about 25 at the time.": a bare number that a person
 * was, at a time gone by that the sentence says by a word for it ("damals", "then", "at the time"). Only with that word:
 * a bare „Er war 35“ could be anything, and a past age with no time to it could be read as his age now. The one who
 * was it is a pronoun or a person the sentence names ("Nvidia was 25" is no age). The facts date it by the year the
 * sentences before name (facts/ageYear.ts), or leave it an age of some earlier time.
 */
export function pastAgeThen(before: string, rest: string, people: Span[] | undefined): RegExpExecArray | null {
  const after = AGE_CLOSES.exec(rest);
  if (!after) return null;
  const start = before.search(SENTENCE_START);
  const sentence = start < 0 ? before : before.slice(start);
  const clauseAfter = rest.slice(0, Math.max(0, rest.search(/[.;!?]|$/u)));
  if (!THEN_WORD.test(sentence) && !THEN_WORD.test(clauseAfter)) return null;
  const verbFirst = VERB_THEN_SUBJECT.exec(before);
  const subjectFirst = verbFirst ? null : SUBJECT_THEN_VERB.exec(before);
  const m = verbFirst ?? subjectFirst;
  if (!m) return null;
  if (m[1]) return after;
  const nameEnd = m.index + m[0].indexOf(m[2]) + m[2].length;
  return people?.some((p) => p.end === nameEnd) ? after : null;
}
