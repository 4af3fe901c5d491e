import type { ProseBlock } from './prose';
import { editMatches } from './matchEdits';

/** The typographic ligatures (U+FB00–FB06: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) a PDF's or an OCR scan's text keeps in place of their letters. */
const LIGATURE = /[\uFB00-\uFB06]/gu;
const ANY_LIGATURE = new RegExp(LIGATURE.source, 'u');

/**
 * A ligature read as the letters it joins: „proﬁtiert“ is „profitiert“, „eﬃzienter“ „effizienter“, so that a quotation,
 * a name or a word copied from print is the source's word. Each letter keeps the ligature's document offset: a finding
 * on the word still covers the ligature as written.
 */
export function spellOutLigatures(block: ProseBlock): ProseBlock {
  if (!ANY_LIGATURE.test(block.text)) return block;
  return editMatches(block, LIGATURE, (m, offsets) => {
    const letters = m[0].normalize('NFKC');
    return { from: m.index!, to: m.index! + 1, text: letters, offsets: new Array<number>(letters.length).fill(offsets[m.index!]) };
  });
}
