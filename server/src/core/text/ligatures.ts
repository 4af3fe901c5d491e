import { appendOffsets, type ProseBlock } from './prose';

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
  const offsets = block.offsets;
  let text = '';
  const kept: number[] = [];
  let from = 0;
  for (const m of block.text.matchAll(LIGATURE)) {
    text += block.text.slice(from, m.index!);
    appendOffsets(kept, offsets, from, m.index!);
    const letters = m[0].normalize('NFKC');
    text += letters;
    for (let i = 0; i < letters.length; i++) kept.push(offsets[m.index!]);
    from = m.index! + 1;
  }
  text += block.text.slice(from);
  appendOffsets(kept, offsets, from);
  return { ...block, text, offsets: kept };
}
