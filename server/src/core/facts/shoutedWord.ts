import { conceptOfWord } from '../context/concepts';
import { FUNCTION_WORDS } from '../names/wordLists';

/** The lexicon reads a short word by its stem ("META" as „met“): below this length a shouted word may be a ticker or a name. */
const SHORTEST_LEXICON_WORD = 5;

/**
 * "*NVIDIA EXTENDS DROP; SHARES DOWN 7.82%", "SUCCESS IS '99% HARD WORK, 1% TALENT'": in a line set in capitals
 * throughout (`isShouted`), a function word, or a word the lexicon knows, is that word shouted, not an acronym nor a
 * name no source knows; the figure beside it is about whom the line names.
 */
export function isShoutedOrdinaryWord(word: string): boolean {
  const lower = word.toLowerCase();
  return FUNCTION_WORDS.has(lower) || (lower.length >= SHORTEST_LEXICON_WORD && conceptOfWord(lower) !== undefined);
}
