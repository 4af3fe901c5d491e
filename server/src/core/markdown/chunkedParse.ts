import type { ProseBlock } from '../text/prose';
import { parseMarkdown, type ParsedMarkdown } from './parseMarkdown';

/**
 * Parses a draft chunk by chunk and remembers each chunk's result by its text, so an edit re-parses only the chunk
 * it touched. Chunks end at a blank line that Markdown cannot carry across: not inside a fenced code block or an
 * HTML comment, not before an indented line (a list item's continuation), and not inside frontmatter. For such
 * drafts the result equals `parseMarkdown` of the whole text (a test holds the two side by side).
 */
export function parseMarkdownChunked(text: string): ParsedMarkdown {
  const result: ParsedMarkdown = { blocks: [], frontmatter: undefined, comments: [] };
  for (const chunk of chunksOf(text)) {
    const parsed = parseChunk(text.slice(chunk.start, chunk.end));
    if (chunk.start === 0 && parsed.frontmatter !== undefined) result.frontmatter = parsed.frontmatter;
    const shift = (block: ProseBlock): ProseBlock => ({ ...block, offsets: block.offsets.map((o) => o + chunk.start), ...(block.rowCells ? { rowCells: block.rowCells.map(shift) } : {}) });
    for (const block of parsed.blocks) result.blocks.push(shift(block));
    for (const c of parsed.comments) result.comments.push({ ...c, start: c.start + chunk.start, end: c.end + chunk.start });
  }
  return result;
}

const cache = new Map<string, ParsedMarkdown>();
const CACHE_LIMIT = 20_000;

/** Forgets every parsed chunk: for a benchmark's cold baseline. */
export function clearParseCache(): void {
  cache.clear();
}

function parseChunk(chunk: string): ParsedMarkdown {
  let parsed = cache.get(chunk);
  if (!parsed) {
    if (cache.size > CACHE_LIMIT) cache.clear();
    parsed = parseMarkdown(chunk);
    cache.set(chunk, parsed);
  }
  return parsed;
}

export function chunksOf(text: string): Array<{ start: number; end: number }> {
  const chunks: Array<{ start: number; end: number }> = [];
  const lines = text.split(/(?<=\n)/);
  let start = 0;
  let offset = 0;
  let fence: string | undefined;
  let inComment = false;
  let inFrontmatter = /^(---|\+\+\+)\r?\n/.test(text);
  let previousBlank = false;
  for (const [i, line] of lines.entries()) {
    const content = line.replace(/\r?\n$/, '');
    const blank = content.trim() === '';
    if (previousBlank && !blank && !fence && !inComment && !inFrontmatter && !/^[ \t]/.test(content) && offset > start) {
      chunks.push({ start, end: offset });
      start = offset;
    }
    if (inFrontmatter && i > 0 && /^(---|\+\+\+|\.\.\.)\s*$/.test(content)) inFrontmatter = false;
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(content)?.[1];
    if (marker) {
      if (!fence) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length && content.trim() === marker) fence = undefined;
    }
    if (!fence) {
      const opened = content.lastIndexOf('<!--');
      const closed = content.lastIndexOf('-->');
      if (opened > closed) inComment = true;
      else if (closed >= 0) inComment = false;
    }
    previousBlank = blank;
    offset += line.length;
  }
  if (offset > start || chunks.length === 0) chunks.push({ start, end: offset });
  return chunks;
}
