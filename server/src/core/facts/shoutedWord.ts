import { conceptOfHead, conceptOfWord } from '../context/concepts';
import { FUNCTION_WORDS, looksLikeCommonWord } from '../names/wordLists';
import { MONTHS } from '../text/months';
import { isWeekday } from './weekdays';
import { CURRENCIES, SCALE_WORD_PATTERN } from '../figures/vocabulary';

/** The lexicon reads a short word by its stem ("META" as „met“): below this length a shouted word may be a ticker or a name. */
const SHORTEST_LEXICON_WORD = 5;

/** An acronym ("ASML", "NASDAQ") has at most this many capitals; a longer word in capitals is a word or a name spelt out. */
export const LONGEST_ACRONYM = 6;

/** "PROCESSING", "ERKLÄRUNG", "ANALYSTS": the endings of an English or German word of the language, not of a name. */
const ORDINARY_ENDING = /(?:ing|ings|ed|tion|tions|ment|ments|ness|ity|ities|ly|ers|ors|ists|ungen|ierte|ierten)$/;

/** "MILLION", „MILLIARDEN“, "PERCENT", „PROZENT“, "DOLLARS": what a figure counts in, never whom it is about. */
const SCALE_OR_UNIT = new RegExp(`^(?:${SCALE_WORD_PATTERN}|percent|per cent|prozent|pct|points?|punkte?)$`);

/**
 * "*NVIDIA EXTENDS DROP; SHARES DOWN 7.82%", "SUCCESS IS '99% HARD WORK, 1% TALENT'", "$20 BLN", "ON JAN. 27": in a
 * line set in capitals throughout (`isShouted`), a function word, a word the lexicon knows, a scale or unit, a month
 * or a weekday is that word shouted, not an acronym nor a name no source knows; the figure beside it is about whom the
 * line names.
 */
export function isShoutedOrdinaryWord(word: string): boolean {
  const lower = word.toLowerCase();
  return isWordOfEveryText(lower) || (lower.length >= SHORTEST_LEXICON_WORD && conceptOfWord(lower) !== undefined);
}

/** A function word, a scale or unit, a month or a weekday (lower case): a word every text uses, no one's name. */
function isWordOfEveryText(lower: string): boolean {
  return FUNCTION_WORDS.has(lower) || SCALE_OR_UNIT.test(lower) || MONTHS.has(lower) || isWeekday(lower);
}

/**
 * "*DEEPSEEK SPENT $5.6 MILLION …; SALESFORCE SPENT $20 MILLION": a shouted line gives no name its capitals, so a word
 * longer than an acronym that is no word of the language is a name no source knows, whose clause's figure it owns.
 * Never a scale, unit or currency ("MILLION", „PROZENT“, "DOLLARS"), a month or a weekday, a word whose head the
 * lexicon knows („CHIPKONZERNE“; the lexicon reads a word by its opening stem, and "SALESFORCE" opens with "sales"),
 * nor a word with an ending of the language ("PROCESSING", „ERKLÄRUNG“).
 */
export function isShoutedLongName(word: string): boolean {
  const lower = word.toLowerCase();
  if (word.length <= LONGEST_ACRONYM || isWordOfEveryText(lower) || CURRENCIES.has(lower)) return false;
  return conceptOfHead(lower) === undefined && !looksLikeCommonWord(lower) && !ORDINARY_ENDING.test(lower);
}
