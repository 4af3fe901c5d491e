import type { RootContent } from 'mdast';
import { parseMarkdownTree } from '../markdown/parseMarkdown';
import { indexAtOrBefore } from '../text/lineStarts';
import { lineStartsOf } from './lines';

/** A block of the document's top level (a child of the Markdown root) with its offsets. */
export interface TopBlock {
  type: RootContent['type'];
  start: number;
  end: number;
}

/** Where each line stands: the lines that start a top-level block for certain, and where the front matter ends. */
interface Layout {
  text: string;
  starts: number[];
  /** Lines before which every block has ended: parsing may start there. */
  boundary: boolean[];
  /** The first line after the front matter. */
  bodyLine: number;
}

const FRONTMATTER = /^(---|\+\+\+)[ \t]*(?:\r\n?|\n)(?:[^]*?(?:\r\n?|\n))?\1[ \t]*(?:\r\n?|\n|$)/;
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const BLANK = /^[ \t]*$/;
/**
 * The blocks that can hold blank lines and unindented lines: fenced code and the HTML blocks of CommonMark's kinds
 * 1 to 5, each with the test for its last line.
 */
const SPANNING: Array<{ open: RegExp; closes: (line: string, open: RegExpExecArray) => boolean }> = [
  { open: /^ {0,3}(`{3,}|~{3,})/, closes: (line, open) => new RegExp(`^ {0,3}${open[1][0] === '`' ? '`' : '~'}{${open[1].length},}[ \\t]*$`).test(line) },
  { open: /^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i, closes: (line) => /<\/(script|pre|style|textarea)>/i.test(line) },
  { open: /^ {0,3}<!--/, closes: (line) => line.includes('-->') },
  { open: /^ {0,3}<\?/, closes: (line) => line.includes('?>') },
  { open: /^ {0,3}<!\[CDATA\[/, closes: (line) => line.includes(']]>') },
  { open: /^ {0,3}<![A-Za-z]/, closes: (line) => line.includes('>') },
];

/**
 * The top-level block that holds `offset`, parsed exactly as the whole document would parse it but from the lines
 * around it only: between two lines that start at the margin after a blank line, outside fenced code and HTML
 * blocks (a list, a block quote, a table and a paragraph all end there). A code action on a 1 MB draft then parses
 * a few lines, not the megabyte.
 */
export function blockAround(text: string, offset: number): TopBlock | undefined {
  const { starts, boundary, bodyLine } = layoutOf(text);
  const line = indexAtOrBefore(starts, offset);
  if (line < bodyLine) return undefined;
  let first = line;
  while (!boundary[first]) first--;
  let end = line + 1;
  while (end < starts.length && !boundary[end]) end++;
  const from = starts[first];
  const to = end < starts.length ? starts[end] : text.length;
  for (const node of parseMarkdownTree(text.slice(from, to)).children) {
    const start = from + (node.position?.start.offset ?? 0);
    const stop = from + (node.position?.end.offset ?? 0);
    if (start <= offset && offset <= stop) return { type: node.type, start, end: stop };
  }
  return undefined;
}

/** Where the draft's first block starts: after the front matter and any blank lines. */
export function firstBlockStart(text: string): number {
  const { starts, bodyLine } = layoutOf(text);
  let line = bodyLine;
  while (line < starts.length && BLANK.test(lineText(text, starts, line))) line++;
  return line < starts.length ? starts[line] : text.length;
}

function lineText(text: string, starts: number[], line: number): string {
  return text.slice(starts[line], line + 1 < starts.length ? starts[line + 1] : text.length).replace(/\r?\n$|\r$/, '');
}

/** One pass over the lines, kept for the last text: the editor asks for code actions again while the text stands. */
function layoutOf(text: string): Layout {
  if (lastLayout?.text === text) return lastLayout;
  const starts = lineStartsOf(text);
  const front = FRONTMATTER.exec(text);
  const bodyLine = front ? indexAtOrBefore(starts, front[0].length) + (/[\r\n]$/.test(front[0]) ? 0 : 1) : 0;
  // A front matter fence never closed changes how remark reads the rest ("1. a" is then no list): parse it all.
  const unclosedFront = !front && /^(---|\+\+\+)/.test(text);
  const boundary = new Array<boolean>(starts.length).fill(false);
  let open: { closes: (line: string) => boolean } | undefined;
  let previousBlank = true;
  for (let i = bodyLine; i < starts.length; i++) {
    const line = lineText(text, starts, i);
    const inside = open !== undefined;
    if (open) {
      if (open.closes(line)) open = undefined;
    } else {
      for (const kind of SPANNING) {
        const m = kind.open.exec(line);
        if (!m) continue;
        const rest = line.slice(m[0].length);
        // An HTML block whose end is on its first line ("<!-- note -->") spans nothing.
        if (kind === SPANNING[0] || !kind.closes(rest, m)) open = { closes: (l) => kind.closes(l, m) };
        break;
      }
    }
    boundary[i] = i === bodyLine || (!inside && !unclosedFront && previousBlank && /^\S/.test(line) && !LIST_MARKER.test(line));
    previousBlank = BLANK.test(line);
  }
  lastLayout = { text, starts, boundary, bodyLine };
  return lastLayout;
}

let lastLayout: Layout | undefined;
