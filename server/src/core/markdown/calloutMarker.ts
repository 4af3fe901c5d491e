import { subBlock, type ProseBlock } from '../text/prose';

/**
 * An Obsidian callout (`> [!note] Zahlen` then `> …` lines): the `[!type]` marker and its fold sign are no words. The
 * title after it stays with the lines below, as the base read them: „[!quote] Sheehan“ above a quotation names who
 * the writer says spoke it, and a title is no heading, so the section's heading („## Nvidia“) still says whose the
 * callout's numbers are. Only a block quote's first line opens a callout: `[!note]` elsewhere is the writer's text.
 */
const CALLOUT_MARKER = /^[ \t]*\[![\p{L}\p{N}_-]+\][+-]?[ \t]*/u;

export function dropCalloutMarker(block: ProseBlock): ProseBlock {
  const marker = CALLOUT_MARKER.exec(block.text);
  return marker ? subBlock(block, marker[0].length, block.text.length) : block;
}
