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
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // Only the start of a line can nest; looking at its first few hundred characters is enough to know.
    const head = text.slice(lineStart, Math.min(lineEnd, lineStart + 4 * MAX_NESTING + 8));
    let depth = 0;
    let columns = 0;
    for (let i = 0; i < head.length; i++) {
      const ch = head[i];
      if (ch === ' ') columns++;
      else if (ch === '\t') columns += 4;
      else if (ch === '>') depth++;
      else if ('-+*'.includes(ch) && (head[i + 1] === ' ' || head[i + 1] === '\t')) depth++;
      else {
        const ordinal = /^\d{1,9}[.)](?=[ \t])/.exec(head.slice(i, i + 11));
        if (!ordinal) break;
        depth++;
        i += ordinal[0].length - 1;
      }
    }
    depth += Math.floor(columns / 2);
    if (depth > deepest) deepest = depth;
    lineStart = lineEnd + 1;
  }
  return deepest;
}
