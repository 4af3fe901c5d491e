import type { RootContent } from 'mdast';
import { parseMarkdownTree } from '../markdown/parseMarkdown';

/** Where a suppression comment reaches: the finding's line, or the whole block that holds it, or the file. */
export type SuppressionScope = 'line' | 'table' | 'list' | 'blockQuote' | 'paragraph' | 'block' | 'file';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface SuppressionEdit {
  scope: SuppressionScope;
  edits: TextEdit[];
}

interface TopBlock {
  type: RootContent['type'];
  start: number;
  end: number;
}

const DISABLE_NEXT_LINE = /^([ \t]*)<!--\s*newsproof-disable-next-line\b([^]*?)-->[ \t]*$/;
const SCOPE_OF: Partial<Record<RootContent['type'], SuppressionScope>> = { table: 'table', list: 'list', blockquote: 'blockQuote', paragraph: 'paragraph' };

/**
 * Silences `code` where the finding at `offset` is, without changing how the Markdown reads. A comment line above
 * a paragraph's or heading's first line is `disable-next-line`; anywhere else (a table row, a list item, a block
 * quote, a later line of a paragraph) a comment line would split the block, so `disable` goes before the
 * outermost block and `enable` after it, for this code only, as markdownlint does.
 */
export function suppressionAt(text: string, offset: number, code: string): SuppressionEdit {
  const block = topBlocks(text).find((b) => b.start <= offset && offset <= b.end);
  const lineStart = lineStartOf(text, offset);
  const eol = lineEnding(text);
  if (!block || ((block.type === 'paragraph' || block.type === 'heading') && lineStart <= block.start)) {
    return { scope: 'line', edits: [nextLineEdit(text, lineStart, code, eol)] };
  }
  const blockLine = lineStartOf(text, block.start);
  return {
    scope: SCOPE_OF[block.type] ?? 'block',
    edits: [
      { start: beforeDirectives(text, blockLine), end: beforeDirectives(text, blockLine), newText: `<!-- newsproof-disable ${code} -->${eol}` },
      { start: block.end, end: block.end, newText: `${eol}<!-- newsproof-enable ${code} -->` },
    ],
  };
}

/** Silences `code` in the whole draft: `disable` above its first block, after any front matter. */
export function suppressionOfFile(text: string, code: string): SuppressionEdit {
  const first = topBlocks(text).find((b) => b.type !== 'yaml' && (b.type as string) !== 'toml');
  const at = first ? lineStartOf(text, first.start) : text.length;
  const eol = lineEnding(text);
  const newText = first ? `<!-- newsproof-disable ${code} -->${eol}` : `${text && !/\n$/.test(text) ? eol : ''}<!-- newsproof-disable ${code} -->${eol}`;
  return { scope: 'file', edits: [{ start: at, end: at, newText }] };
}

/** `disable-next-line` above the line, indented like it; one already there names this code too. */
function nextLineEdit(text: string, lineStart: number, code: string, eol: string): TextEdit {
  const previousStart = lineStart > 0 ? lineStartOf(text, lineStart - 1) : -1;
  const previous = previousStart >= 0 ? /^[^\r\n]*/.exec(text.slice(previousStart))![0] : '';
  const existing = DISABLE_NEXT_LINE.exec(previous);
  if (previousStart >= 0 && existing) {
    const codes = existing[2].split(/[\s,]+/).filter(Boolean);
    return { start: previousStart, end: previousStart + previous.length, newText: `${existing[1]}<!-- newsproof-disable-next-line ${[...codes, code].join(' ')} -->` };
  }
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  return { start: lineStart, end: lineStart, newText: `${indent}<!-- newsproof-disable-next-line ${code} -->${eol}` };
}

/** A `disable-next-line` comment right above a block belongs to it: a new comment goes above that one. */
function beforeDirectives(text: string, lineStart: number): number {
  let at = lineStart;
  while (at > 0) {
    const previousStart = lineStartOf(text, at - 1);
    if (!DISABLE_NEXT_LINE.test(/^[^\r\n]*/.exec(text.slice(previousStart))![0])) break;
    at = previousStart;
  }
  return at;
}

function lineStartOf(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnding(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

/**
 * The document's top-level blocks with their offsets. Kept for the last text: the editor asks for code actions
 * again and again while the cursor rests on a finding, and the text is the same.
 */
function topBlocks(text: string): TopBlock[] {
  if (lastBlocks?.text !== text) {
    const blocks = parseMarkdownTree(text).children.map((node) => ({ type: node.type, start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 }));
    lastBlocks = { text, blocks };
  }
  return lastBlocks.blocks;
}

let lastBlocks: { text: string; blocks: TopBlock[] } | undefined;
