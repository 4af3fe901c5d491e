/**
 * Notes, tables and chats shorten the year word: „Liang Wenfeng, 40 J.“, "Liang, 40 yrs", "he is 40 y/o". „J.“ and
 * "yrs." count years of anything, though („20 J. Erfahrung im Quant-Handel“, "20 yrs. quant experience"): whether
 * their dot closes the phrase (an age, the sentence) is read from the words after it, never from the dot alone.
 */
export const SHORTENED_YEAR_WORDS = ['j.', 'jhr.', 'yrs.', 'yrs', 'y/o', 'y.o.'];

/** A number and a shortened year word that may count years of the noun after it, right before its dot: "20 J", "20 yrs". */
const COUNTED_YEARS_BEFORE_DOT = /(?<![\p{L}\d.,])\d{1,3}\s*(?:j|jhr|yrs)$/iu;

/**
 * The words that open a clause of their own after the dot, so that the dot ended the phrase before it: a pronoun, an
 * article or a determiner („40 J. Er gründete …“, "40 yrs. He founded …"). A noun is what the years are of.
 */
const CLAUSE_OPENERS = new Set([
  'er', 'sie', 'es', 'wir', 'ich', 'man', 'der', 'die', 'das', 'dieser', 'diese', 'dieses', 'sein', 'seine', 'ihr', 'ihre', 'ein', 'eine',
  'he', 'she', 'it', 'they', 'we', 'i', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that',
]);

/**
 * Whether the dot after "20 J"/"20 yrs" (`before` ends right before it) is no full stop: on the same line a word
 * goes on that no clause opens with, the noun the years are of („20 J. Erfahrung“, "20 yrs. Quant experience").
 */
export function shortenedYearsGoOn(before: string, after: string): boolean {
  if (!COUNTED_YEARS_BEFORE_DOT.test(before)) return false;
  const word = /^[^\S\n]+(\p{L}+)/u.exec(after)?.[1];
  return word !== undefined && !CLAUSE_OPENERS.has(word.toLowerCase());
}
