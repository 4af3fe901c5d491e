import { appendOffsets, type ProseBlock } from './prose';

/** What a match of a block's text is read as: its characters `[from, to)` give way to `text`, at the document offsets `offsets`. */
export interface MatchEdit {
  from: number;
  to: number;
  text: string;
  offsets: readonly number[];
}

/**
 * The block with the edits its matches of `pattern` (global) ask for, in order; a match `edit` answers with nothing for
 * keeps its characters. Every character no edit touches keeps its document offset; a block with no edit is returned
 * as it is.
 */
export function editMatches(block: ProseBlock, pattern: RegExp, edit: (match: RegExpMatchArray, offsets: readonly number[]) => MatchEdit | undefined): ProseBlock {
  // Read once: a cached block's offsets are expanded at each ask (CompactProseBlock).
  const offsets = block.offsets;
  let text = '';
  const kept: number[] = [];
  let from = 0;
  let edited = false;
  for (const m of block.text.matchAll(pattern)) {
    const change = edit(m, offsets);
    if (!change) continue;
    text += block.text.slice(from, change.from) + change.text;
    appendOffsets(kept, offsets, from, change.from);
    for (const offset of change.offsets) kept.push(offset);
    from = change.to;
    edited = true;
  }
  if (!edited) return block;
  text += block.text.slice(from);
  appendOffsets(kept, offsets, from);
  return { ...block, text, offsets: kept };
}
