import type { ProseBlock } from './prose';
import { editMatches } from './matchEdits';

/**
 * Characters a word processor, a web page or a CMS leaves inside words that print nothing: the soft hyphen (U+00AD,
 * `&shy;`), the zero-width space, non-joiner and joiner (U+200B–U+200D), the word joiner (U+2060) and a byte-order mark
 * (U+FEFF) pasted inside a text. A soft hyphen at a line's end marks where the word was broken: the break goes with it.
 */
const INVISIBLE = /\u00AD[ \t]*\n[ \t]*|[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
const ANY_INVISIBLE = new RegExp(INVISIBLE.source, 'u');

/**
 * The block read without its invisible characters: "Hang\u00ADzhou" is "Hangzhou", "Papai\u00ADliopoulos" the speaker's
 * name and "Mil\u00AD\nliarden" "Milliarden", as a reader sees them. The other characters keep their document offsets,
 * so a name's or a figure's range still spans the written characters, the invisible one inside it included.
 */
export function dropInvisibleCharacters(block: ProseBlock): ProseBlock {
  if (!ANY_INVISIBLE.test(block.text)) return block;
  return editMatches(block, INVISIBLE, (m) => ({ from: m.index!, to: m.index! + m[0].length, text: '', offsets: [] }));
}
