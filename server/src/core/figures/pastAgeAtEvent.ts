import type { Span } from '../types';
import { AGE_EVENT_PHRASES, PAST_AGE_FILLERS } from './vocabulary';
import { wordAlternation as alternation } from '../context/lexicon';

const FILLERS = String.raw`(?:(?:${alternation(PAST_AGE_FILLERS)})\s+)*`;
const EVENT_PHRASE = String.raw`(?:${alternation(AGE_EVENT_PHRASES)})(?![\p{L}])[^.;:!?,\d]{0,40}?\s+`;
// A pronoun, or a name ("Liang", "Liang Wenfeng") the caller checks is a person's; an apposition may stand between
// the name and the verb ("Liang, 40, was", "Liang, the founder, was").
const SUBJECT = String.raw`(?:([Hh]e|[Ss]he|[Ee]r|[Ss]ie)|(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)(?:,[^,.;:!?()]{1,40},)?)`;
/** "Liang was about 25", "he was 25", „Er war damals 30“, "Liang, 40, was roughly 25": the subject before the verb. */
const SUBJECT_THEN_VERB = new RegExp(String.raw`(?<![\p{L}])${SUBJECT}\s+(?:war|was)\s+(?:${EVENT_PHRASE})?${FILLERS}$`, 'u');
/** „…, war er gerade einmal 25“, „Dann war Liang bei der Gründung von High-Flyer etwa 25“: the verb before its subject. */
const VERB_THEN_SUBJECT = new RegExp(String.raw`(?<![\p{L}])war\s+(?:(er|sie)|(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?))\s+(?:${EVENT_PHRASE})?${FILLERS}$`, 'u');
/** The age closes its clause, or the clause that names the event follows it: "25 when he set up", „25 Jahre alt, als er …“. */
const AGE_CLOSES = /^(?:\s+(?:jahre\s+alt|years\s+old|alt|old))?(?=\s*(?:[;)!?]|\.(?!\d)|$)|\s*,|\s+(?:when|als)(?![\p{L}]))/iu;
/** A clause that names the event the age is of: "when he founded …", „Als er … gründete,“, „, als …“. */
const WHEN_CLAUSE = /(?<![\p{L}])(?:when|as\s+soon\s+as)(?![\p{L}])|(?:^|[,;–—]\s*)als(?![\p{L}])/iu;
const EVENT_PHRASE_ALONE = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(AGE_EVENT_PHRASES)})(?![\p{L}])`, 'iu');
/** "…, and 35 when DeepSeek followed", „…, und 38, als DeepSeek folgte“: a second age of the one before, its verb left out. */
const ELLIPSIS = new RegExp(String.raw`(?<![\p{L}])(?:and|und)\s+${FILLERS}$`, 'iu');
const AGE_BEFORE_IN_SENTENCE = new RegExp(String.raw`(?<![\p{L}])${SUBJECT}\s+(?:war|was)\s+${FILLERS}\d+(?:\s+(?:years\s+old|jahre\s+alt))?,?\s+(?:when|als)(?![\p{L}])`, 'u');
const EVENT_CLAUSE_NEXT = /^\s*,?\s*(?:when|als)(?![\p{L}])/iu;
/** Where the sentence the age stands in starts: after the last sentence mark before it. */
const SENTENCE_START = /(?:[.!?]\s+|\n\s*\n)(?=[^.!?]*$)/u;

/**
 * "Liang was 25 when he set up High-Flyer", „Als er DeepSeek gründete, war er 38“, „Dann war Liang bei der Gründung von
 * High-Flyer etwa 25“: a bare number that a person was at an event the sentence names by a clause ("when", „als“) or a
 * phrase of its own („bei der Gründung“, "at the founding"). The facts date it by the year the sentence names or the
 * sources give that event (match/ageDatedByItsEvent.ts); an event they cannot date leaves it an age of some earlier
 * time, never one of now. The one who was it is a pronoun or a person the sentence names ("Nvidia was 25" is no age).
 */
export function pastAgeAtEvent(before: string, rest: string, people: Span[] | undefined): RegExpExecArray | null {
  const after = AGE_CLOSES.exec(rest);
  if (!after) return null;
  const start = before.search(SENTENCE_START);
  const sentenceBefore = start < 0 ? before : before.slice(start).replace(/^[.!?\s]+/u, '');
  const clauseAfter = rest.slice(after[0].length, Math.max(after[0].length, rest.search(/[.;!?]|$/u)));
  // The person is the earlier age's, which its own reading has checked.
  if (ELLIPSIS.test(sentenceBefore) && AGE_BEFORE_IN_SENTENCE.test(sentenceBefore) && EVENT_CLAUSE_NEXT.test(clauseAfter)) return after;
  const m = VERB_THEN_SUBJECT.exec(before) ?? SUBJECT_THEN_VERB.exec(before);
  if (!m) return null;
  const ownPhrase = EVENT_PHRASE_ALONE.test(m[0]);
  if (!ownPhrase && !WHEN_CLAUSE.test(sentenceBefore.slice(0, sentenceBefore.length - m[0].length)) && !EVENT_CLAUSE_NEXT.test(clauseAfter)) return null;
  if (m[1]) return after;
  const nameEnd = m.index + m[0].indexOf(m[2]) + m[2].length;
  return people?.some((p) => p.end === nameEnd) ? after : null;
}
