import { SUSPENDED_HYPHEN_JOINERS } from '../context/lexicon';
import { numberWordValue } from '../figures/vocabulary';
import type { ProseBlock } from './prose';
import { editMatches } from './matchEdits';

/**
 * A word broken by a hyphen at the end of a line inside one paragraph (print, an OCR scan, a hard-wrapped page), read
 * as the writer's word: „5,6 Mil-\nliarden“ is „5,6 Milliarden“, „sie-\nben“ „sieben“, „Matt Shee-\nhan“ „Matt Sheehan“.
 * Only a lower-case part after a lower-case part is one word broken in two; a capital or a digit after the hyphen is a
 * compound's own hyphen, kept without the break („US-\nMonopols“ → „US-Monopols“, "MATH-\n500" → "MATH-500"), and so is
 * a number word's ("twenty-\nfive" → "twenty-five", unless the two parts make one number word: „fünf-\nzig“). A
 * suspended hyphen before „und“/"and" stays as it is („Mathematik-\nund Logikaufgaben“). The removed characters leave
 * the text, every other character keeps its document offset: a figure's range spans the break.
 */
export function joinLineEndHyphens(block: ProseBlock): ProseBlock {
  if (!block.text.includes('-\n') && !/-[ \t]+\n/.test(block.text)) return block;
  return editMatches(block, BROKEN_AT_LINE_END, (m) => {
    const [, first, second] = m;
    if (SUSPENDED_HYPHEN_JOINERS.includes(second.toLowerCase().replace(/\.$/, ''))) return undefined;
    const hyphen = m.index! + first.length;
    const oneWord = /^\p{Ll}/u.test(second) && /\p{Ll}$/u.test(first) && !keepsNumberWordHyphen(first, second);
    // One word: the hyphen and the break go; a compound: only the break (and the spaces around it).
    return { from: oneWord ? hyphen : hyphen + 1, to: m.index! + m[0].length - second.length, text: '', offsets: [] };
  });
}

/** A word's last letters, the hyphen at a line's end, and the next line's first word (letters, digits). */
const BROKEN_AT_LINE_END = /(\p{L}+)-[ \t]*\n[ \t]*([\p{L}\d]+\.?)/gu;

/**
 * "twenty-\nfive", "three-\nyear": the first part is a number word and the two parts joined are none, so the hyphen is
 * the number's. A capitalised number word before a part that is no number is a name's first syllables ("Ten-\ncent" is
 * Tencent), whereas "Twenty-\nfive" opening a sentence is still the number.
 */
function keepsNumberWordHyphen(first: string, second: string): boolean {
  const rest = second.replace(/\.$/, '');
  if (numberWordValue(first) === undefined || numberWordValue(first + rest) !== undefined) return false;
  return /^\p{Ll}/u.test(first) || numberWordValue(rest) !== undefined;
}
