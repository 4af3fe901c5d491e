import { wordAlternation as alternation } from '../context/lexicon';
import { AGE_FRONTING_NOW_WORDS } from './vocabulary';

// "Now 44, the founder …", „Heute 44, gibt er …“: the number is the sentence's first word after the word for now.
const NOW_FRONTED_BEFORE = new RegExp(String.raw`^[\s*_>-]*(?:${alternation(AGE_FRONTING_NOW_WORDS)})\s+$`, 'iu');

/** Whether the words before a number in its sentence front it by a word for now, as an age said of the clause's person. */
export function frontedByNow(before: string): boolean {
  return NOW_FRONTED_BEFORE.test(before);
}

/**
 * The first three words after a comma right after the number (`end`), with where they start in `text`: the clause whose
 * person a fronted age is said of names them there ("Now 44, the founder …", „Heute 44, gibt er …“).
 */
export function wordsAfterComma(text: string, end: number): Array<{ word: string; start: number }> {
  const comma = /^,\s*/u.exec(text.slice(end));
  if (!comma) return [];
  const from = end + comma[0].length;
  return [...text.slice(from).matchAll(/[\p{L}-]+/gu)].slice(0, 3).map((m) => ({ word: m[0], start: from + m.index! }));
}
