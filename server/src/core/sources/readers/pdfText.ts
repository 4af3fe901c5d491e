import { indexAtOrBefore } from '../../text/lineStarts';
import type { ProseBlock } from '../../text/prose';

/**
 * A PDF's text layer as one text: pages one after another, separated by a blank line and a form feed, so offsets
 * stay exact and every offset belongs to one page.
 */
export interface PdfText {
  text: string;
  /** Offset in `text` where each page starts; page n (1-based) starts at pageStarts[n - 1]. */
  pageStarts: number[];
}

export function joinPages(pages: string[]): PdfText {
  let text = '';
  const pageStarts: number[] = [];
  pages.forEach((page, i) => {
    if (i > 0) text += '\n\f\n';
    pageStarts.push(text.length);
    text += page;
  });
  return { text, pageStarts };
}

/** The 1-based page of an offset. */
export function pageAt(pageStarts: number[], offset: number): number {
  return indexAtOrBefore(pageStarts, offset) + 1;
}

/**
 * Paragraphs of the text layer: lines run together until a blank line, a page break, or a line that ends a sentence
 * and is much shorter than the page's lines (a heading or a paragraph's end). A line break inside a paragraph reads
 * as a space; a word hyphenated across lines keeps its hyphen.
 */
export function pdfBlocks(text: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let current: ProseBlock | undefined;
  const flush = () => {
    if (current && current.text.trim()) {
      current.offsets.push(current.offsets[current.offsets.length - 1] + 1);
      blocks.push(current);
    }
    current = undefined;
  };
  const lines: Array<{ line: string; index: number }> = [];
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    lines.push({ line: text.slice(start, stop), index: start });
    start = stop + 1;
  }
  const width = lines.reduce((max, l) => Math.max(max, l.line.trim().length), 40);
  for (const m of lines) {
    const line = m.line;
    const trimmedStart = line.length - line.trimStart().length;
    const content = line.trim();
    if (!content || content === '\f') {
      flush();
      continue;
    }
    if (current) {
      current.text += ' ';
      current.offsets.push(m.index - 1);
    } else current = { text: '', offsets: [] };
    for (let i = 0; i < content.length; i++) {
      current.text += content[i];
      current.offsets.push(m.index + trimmedStart + i);
    }
    if (content.length < width * 0.6 && /[.!?:“"”]$|^[^.!?]{1,80}$/.test(content)) flush();
  }
  flush();
  return blocks;
}
