import type { Sentence } from '../types';

/** A run of prose (paragraph, heading, table cell, source line) with the document offset of each character. */
export interface ProseBlock {
  text: string;
  offsets: number[];
  /** Words that belong to the block's meaning without being part of it: a table cell's row and column header. */
  context?: string;
  /** A heading states no claim. */
  heading?: boolean;
  /** A table cell's neighbours in its row, with their own offsets: who a quotation in the cell is by. */
  rowCells?: ProseBlock[];
}

export function proseFromSlice(documentText: string, start: number, end: number): ProseBlock {
  const offsets = new Array<number>(end - start + 1);
  for (let i = 0; i <= end - start; i++) offsets[i] = start + i;
  return { text: documentText.slice(start, end), offsets };
}

export function sliceProse(block: ProseBlock, from: number, to: number): Sentence {
  return {
    context: block.context,
    heading: block.heading,
    text: block.text.slice(from, to),
    offsets: block.offsets.slice(from, to + 1),
    start: block.offsets[from],
    end: to > from ? block.offsets[to - 1] + 1 : block.offsets[from],
  };
}

/** Document span of characters [from, to) of a sentence. */
export function documentSpan(sentence: Sentence, from: number, to: number): { start: number; end: number } {
  return { start: sentence.offsets[from], end: to > from ? sentence.offsets[to - 1] + 1 : sentence.offsets[from] };
}

/** The same block `delta` characters further on in the document, with its table row. */
export function shiftBlock(block: ProseBlock, delta: number): ProseBlock {
  return { ...block, offsets: block.offsets.map((o) => o + delta), ...(block.rowCells ? { rowCells: block.rowCells.map((c) => shiftBlock(c, delta)) } : {}) };
}
