import type { RootContent } from 'mdast';
import { blockAround, firstBlockStart } from './blockAround';
import { lineEndingOf, lineStartOf, previousLineStart } from './lines';

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

const DISABLE_NEXT_LINE = /^([ \t]*)<!--\s*newsproof-disable-next-line\b([^]*?)-->[ \t]*$/;
const SCOPE_OF: Partial<Record<RootContent['type'], SuppressionScope>> = { table: 'table', list: 'list', blockquote: 'blockQuote', paragraph: 'paragraph' };

/**
 * Silences `code` where the finding at `offset` is, without changing how the Markdown reads. A comment line above
 * a paragraph's or heading's first line is `disable-next-line`; anywhere else (a table row, a list item, a block
 * quote, a later line of a paragraph) a comment line would split the block, so `disable` goes before the
 * outermost block and `enable` after it, for this code only, as markdownlint does.
 */
export function suppressionAt(text: string, offset: number, code: string): SuppressionEdit {
  const block = blockAround(text, offset);
  const lineStart = lineStartOf(text, offset);
  const eol = lineEndingOf(text);
  if (!block || ((block.type === 'paragraph' || block.type === 'heading') && lineStart <= block.start)) {
    return { scope: 'line', edits: [nextLineEdit(text, lineStart, code, eol)] };
  }
  const from = beforeDirectives(text, interruptedParagraphStart(text, lineStartOf(text, block.start)));
  return {
    scope: SCOPE_OF[block.type] ?? 'block',
    edits: [
      { start: from, end: from, newText: `<!-- newsproof-disable ${code} -->${eol}` },
      { start: block.end, end: block.end, newText: `${eol}<!-- newsproof-enable ${code} -->` },
    ],
  };
}

/** Silences `code` in the whole draft: `disable` above its first block, after any front matter. */
export function suppressionOfFile(text: string, code: string): SuppressionEdit {
  const at = firstBlockStart(text);
  const eol = lineEndingOf(text);
  const newText = at < text.length ? `<!-- newsproof-disable ${code} -->${eol}` : `${text && !/[\r\n]$/.test(text) ? eol : ''}<!-- newsproof-disable ${code} -->${eol}`;
  return { scope: 'file', edits: [{ start: at, end: at, newText }] };
}

/** `disable-next-line` above the line, indented like it; one already there names this code too. */
function nextLineEdit(text: string, lineStart: number, code: string, eol: string): TextEdit {
  const previousStart = lineStart > 0 ? previousLineStart(text, lineStart) : -1;
  const previous = previousStart >= 0 ? /^[^\r\n]*/.exec(text.slice(previousStart))![0] : '';
  const existing = DISABLE_NEXT_LINE.exec(previous);
  if (previousStart >= 0 && existing) {
    const codes = existing[2].split(/[\s,]+/).filter(Boolean);
    return { start: previousStart, end: previousStart + previous.length, newText: `${existing[1]}<!-- newsproof-disable-next-line ${[...codes, code].join(' ')} -->` };
  }
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  return { start: lineStart, end: lineStart, newText: `${indent}<!-- newsproof-disable-next-line ${code} -->${eol}` };
}

/**
 * A list or table that interrupts a paragraph is read as interrupting ("- 20. Januar" under a paragraph holds no
 * ordered list); a comment between them would change that, so the comment goes above the paragraph.
 */
function interruptedParagraphStart(text: string, blockLine: number): number {
  if (blockLine === 0) return blockLine;
  const previousLine = previousLineStart(text, blockLine);
  const before = blockAround(text, previousLine);
  return before?.type === 'paragraph' && before.end >= previousLine ? lineStartOf(text, before.start) : blockLine;
}

/** A `disable-next-line` comment right above a block belongs to it: a new comment goes above that one. */
function beforeDirectives(text: string, lineStart: number): number {
  let at = lineStart;
  while (at > 0) {
    const previousStart = previousLineStart(text, at);
    if (!DISABLE_NEXT_LINE.test(/^[^\r\n]*/.exec(text.slice(previousStart))![0])) break;
    at = previousStart;
  }
  return at;
}
