import type { Figure } from '../types';
import { wordAlternation } from '../context/lexicon';
import { NUMBER_WORDS, PARTS_OF_A_WHOLE } from '../figures/vocabulary';

const PART_WORDS = wordAlternation(PARTS_OF_A_WHOLE.before);
const PART_AFTER = wordAlternation(PARTS_OF_A_WHOLE.after);
const NUMBER = String.raw`(\d+|\p{L}+)`;
/** Up to three words of the whole's noun, then the clause break: „sieben Modelle, …“, "seven models – …". */
const WHOLES_NOUN = String.raw`^(?:\s+[\p{L}-]+){0,3}\s*[,(–—:]\s*`;
/** „sieben Modelle, von denen sechs …“, "seven models, of which six …": the part's number after the words that make it one. */
const PART_AFTER_ITS_WORDS = new RegExp(String.raw`${WHOLES_NOUN}(?:${PART_WORDS})\s+${NUMBER}(?![\p{L}\d])`, 'iu');
/** „sieben Modelle, sechs davon …“, "seven models, six of them …": the part's number, then the words that make it one. */
const PART_BEFORE_ITS_WORDS = new RegExp(String.raw`${WHOLES_NOUN}${NUMBER}\s+(?:${PART_AFTER})(?![\p{L}])`, 'iu');

/**
 * „DeepSeek veröffentlichte sieben Modelle, von denen sechs kleinere Versionen sind“, "seven models, six of them
 * distilled": a count whose next clause counts a part of it is the whole. The sources may give only the part (six
 * smaller versions); the whole is another fact, which the part's value does not contradict. Returns the part's value.
 */
export function partCountedAfter(text: string, figure: Figure): number | undefined {
  if (figure.kind !== 'count') return undefined;
  const after = text.slice(figure.end, figure.end + 80);
  const written = (PART_AFTER_ITS_WORDS.exec(after) ?? PART_BEFORE_ITS_WORDS.exec(after))?.[1];
  if (written === undefined) return undefined;
  const value = /^\d+$/u.test(written) ? Number(written) : NUMBER_WORDS.get(written.toLowerCase());
  return value !== undefined && value < figure.value ? value : undefined;
}
