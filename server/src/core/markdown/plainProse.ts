import { proseFromSlice, type ProseBlock } from '../text/prose';
import type { ParsedMarkdown } from './parseMarkdown';

/** Leading container markers of a line: indentation, block quote marks, list bullets and numbers. */
const CONTAINER_MARKERS = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))+[ \t]*/;
const LEADING_SPACE = /^[ \t]*/;

/**
 * Reads Markdown as plain text, one block per line, without its container markers: for input the Markdown parser
 * cannot read in linear time (a list nested thousands of levels deep, a megabyte without a blank line). Every
 * character keeps its document offset, so findings in it are ranged exactly.
 */
export function readAsPlainProse(text: string, offset = 0): ParsedMarkdown {
  const blocks: ProseBlock[] = [];
  const comments: ParsedMarkdown['comments'] = [];
  for (const m of text.matchAll(/<!--[\s\S]*?-->/g)) comments.push({ text: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length });
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const content = lineStart + (CONTAINER_MARKERS.exec(line)?.[0].length ?? LEADING_SPACE.exec(line)![0].length);
    let end = lineEnd;
    while (end > content && /\s/.test(text[end - 1])) end--;
    if (end > content && !insideComment(comments, offset + content)) {
      const block = proseFromSlice(text, content, end);
      blocks.push({ text: block.text, offsets: block.offsets.map((o) => o + offset) });
    }
    lineStart = lineEnd + 1;
  }
  return { blocks, frontmatter: undefined, comments };
}

function insideComment(comments: ParsedMarkdown['comments'], at: number): boolean {
  return comments.some((c) => c.start <= at && at < c.end);
}

/** Lines nested deeper than this are beyond what the parser reads in linear time: its cost grows with the cube of the depth. */
export const MAX_NESTING = 32;

/** How deeply the most deeply nested line of `text` is nested: two columns of indentation or one container marker a level. */
export function nestingDepth(text: string): number {
  let deepest = 0;
  let depth = 0;
  let columns = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      deepest = Math.max(deepest, depth + (columns >> 1));
      depth = 0;
      columns = 0;
      atLineStart = true;
      continue;
    }
    // Only the start of a line can nest: the rest of the line is skipped up to its end.
    if (!atLineStart) continue;
    const next = text.charCodeAt(i + 1);
    if (code === 32) columns++;
    else if (code === 9) columns += 4;
    else if (code === 62 /* > */) depth++;
    else if ((code === 45 || code === 43 || code === 42) /* - + * */ && (next === 32 || next === 9)) depth++;
    else if (code >= 48 && code <= 57) {
      let j = i;
      while (j < text.length && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const marker = text.charCodeAt(j);
      const after = text.charCodeAt(j + 1);
      if ((marker === 46 || marker === 41) /* . ) */ && (after === 32 || after === 9)) {
        depth++;
        i = j;
      } else atLineStart = false;
    } else atLineStart = false;
  }
  return Math.max(deepest, depth + (columns >> 1));
}
