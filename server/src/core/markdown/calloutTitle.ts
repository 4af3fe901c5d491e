import { subBlock, type ProseBlock } from '../text/prose';

/**
 * An Obsidian callout (`> [!note] Zahlen` then `> …` lines): the `[!type]` marker is no text, the title after it is a
 * heading for the callout's lines and the lines below it are the callout's body. Only a block quote's first line
 * opens one: `[!note]` elsewhere is the writer's text.
 */
const CALLOUT_MARKER = /^[ \t]*\[![\p{L}\p{N}_-]+\][+-]?[ \t]*/u;

export function splitCalloutTitle(block: ProseBlock): ProseBlock[] {
  const marker = CALLOUT_MARKER.exec(block.text);
  if (!marker) return [block];
  const lineEnd = block.text.indexOf('\n');
  const titleEnd = lineEnd < 0 ? block.text.length : lineEnd;
  const pieces: ProseBlock[] = [];
  const title = subBlock(block, marker[0].length, titleEnd);
  if (title.text.trim()) pieces.push({ ...title, heading: true });
  if (lineEnd >= 0) {
    const body = subBlock(block, lineEnd + 1, block.text.length);
    if (body.text.trim()) pieces.push(body);
  }
  return pieces;
}
