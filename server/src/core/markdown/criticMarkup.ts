import { appendOffsets, type ProseBlock } from '../text/prose';

/**
 * CriticMarkup (criticmarkup.com), an editor's changes written into the Markdown: `{~~old~>new~~}` substitutes,
 * `{++…++}` adds, `{--…--}` deletes, `{==…==}` highlights, `{>>…<<}` comments. The draft is read as it stands once
 * the changes are accepted: a substitution's new words, an addition's and a highlight's words are the text; the old
 * words, a deletion and a comment are no claim and leave the text. The markup's delimiters leave it too; every kept
 * character keeps its document offset, so a finding and its quick fix lie on the new words alone, the markup around
 * them untouched. Only a whole change with both its delimiters is read so: a lone `{++` is text, and so is an escaped
 * `\{`. A comment may span lines and hold braces and quotation marks: it ends at the first `<<}`.
 */
export function acceptCriticMarkup(block: ProseBlock, source: string): ProseBlock {
  if (!CHANGE_OPENER.test(block.text)) return block;
  const offsets = block.offsets;
  let text = '';
  const kept: number[] = [];
  let from = 0;
  for (const m of block.text.matchAll(CHANGE)) {
    const start = m.index!;
    if (source[offsets[start] - 1] === '\\') continue;
    text += block.text.slice(from, start);
    appendOffsets(kept, offsets, from, start);
    const { added, highlighted, replacement } = m.groups!;
    const accepted = added ?? highlighted ?? replacement;
    if (accepted !== undefined) {
      // The accepted words' place in the block: after the opener, or after the old words and `~>`.
      const at = start + m[0].length - 3 - accepted.length;
      text += accepted;
      appendOffsets(kept, offsets, at, at + accepted.length);
    }
    from = start + m[0].length;
  }
  if (from === 0) return block;
  text += block.text.slice(from);
  appendOffsets(kept, offsets, from);
  return { ...block, text, offsets: kept };
}

const CHANGE_OPENER = /\{(?:\+\+|--|~~|==|>>)/;

/** One whole change; the first closer ends it (CriticMarkup does not nest). */
const CHANGE = /\{\+\+(?<added>[\s\S]*?)\+\+\}|\{--[\s\S]*?--\}|\{~~[\s\S]*?~>(?<replacement>[\s\S]*?)~~\}|\{==(?<highlighted>[\s\S]*?)==\}|\{>>[\s\S]*?<<\}/g;
