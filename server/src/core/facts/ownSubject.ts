import { OTHER_SUBJECT_PRONOUNS, OWN_SUBJECT_DETERMINERS, OWN_SUBJECT_NOUNS, PHRASE_PREPOSITIONS, wordAlternation } from '../context/lexicon';
import { ARTICLES } from '../names/wordLists';

const OWN_SUBJECT = new RegExp(`(?<![\\p{L}-])(${wordAlternation(OWN_SUBJECT_DETERMINERS)})\\s+(${wordAlternation(OWN_SUBJECT_NOUNS)})(?![\\p{L}-])`, 'giu');
/**
 * "Book at 40% of the daily loss limit", „Depot mit 5 Prozent im Minus“: a note or a log drops the article before the
 * noun it opens with.
 */
const BARE_OWN_SUBJECT = new RegExp(`^[\\s*_]*(${wordAlternation(OWN_SUBJECT_NOUNS)})(?![\\p{L}'’-])`, 'iu');
const WORD = /[\p{L}'’-]+/gu;
const PRONOUNS = new Set(OTHER_SUBJECT_PRONOUNS);
const PREPOSITIONS = new Set(PHRASE_PREPOSITIONS);
const ENGLISH_DETERMINER = /^(?:the|our)$/iu;
/** A comma, semicolon, colon or dash ends the stretch of the clause a subject governs ("Of the two computers the fund built, the second cost …"). */
const STRETCH_BREAK = /.*[,;:–—]\s/su;
/** "the fund's 5.1%": a possessive owns the figure right after it; "the fund's motto" is the motto. */
const POSSESSIVE = /^['’]s\s*$/u;

/**
 * The writer's own noun that is the subject of the clause before `at`: „Der Fonds gab an diesem Tag 5,1 Prozent ab“,
 * „Zum Stichtag hielt der Fonds 48 Titel“, "Within minutes the book has used 60%", "Book at 40%" (a note's, without its
 * article, where it opens the clause). Nothing before it in the clause is
 * another subject: no pronoun („Es belastete das Portfolio“), no article outside a side phrase ("The sell-off hit the
 * fund"). A capitalised English noun ("the Fund") is a term the writer defined for a name, which is not its own noun.
 * Returns the noun as written, or undefined.
 */
export function ownSubjectNoun(clause: string, at: number): string | undefined {
  const before = clause.slice(0, at);
  const from = STRETCH_BREAK.exec(before)?.[0].length ?? 0;
  const stretch = before.slice(from);
  for (const m of stretch.matchAll(OWN_SUBJECT)) {
    const after = stretch.slice(m.index! + m[0].length);
    if (/^['’]/u.test(after) && !POSSESSIVE.test(after)) return undefined;
    if (ENGLISH_DETERMINER.test(m[1]) && /^\p{Lu}/u.test(m[2])) return undefined;
    const words = [...stretch.slice(0, m.index).matchAll(WORD)].map((w) => w[0].toLowerCase());
    const otherSubject = words.some((w, i) => PRONOUNS.has(w) || (ARTICLES.has(w) && !PREPOSITIONS.has(words[i - 1] ?? '')));
    return otherSubject ? undefined : m[2];
  }
  return BARE_OWN_SUBJECT.exec(stretch)?.[1];
}
