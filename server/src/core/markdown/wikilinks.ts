import { OPAQUE, rewriteMatches, type ProseBlock } from '../text/prose';

/**
 * Obsidian's links between notes: `[[Nvidia|Nvidia-Aktie]]` shows its display text, „Nvidia-Aktie“, and
 * `[[DeepSeek]]` the name of the note it points to, „DeepSeek“; the brackets, the target before `|` and a heading or
 * block anchor after `#` are no words of the sentence. `![[Screenshot 2025-01-27.png]]` embeds a file: no prose, as
 * an image is none. Each kept character keeps its document offset, so a finding on „Liang Wenfang“ in
 * `[[Liang Wenfang]]` lies on the name as written and its fix replaces the name alone.
 */
export function readWikilinks(block: ProseBlock): ProseBlock {
  if (!block.text.includes('[[')) return block;
  return rewriteMatches(block, WIKILINK, (m) => {
    const start = m.index!;
    if (m.groups!.embed) return { text: OPAQUE, offsets: [block.offsets[start]] };
    const { target, display } = m.groups!;
    const shown = display ?? target;
    const shownAt = display !== undefined ? start + m[0].length - 2 - display.length : start + 2;
    return { text: shown, offsets: block.offsets.slice(shownAt, shownAt + shown.length) };
  });
}

/** A link on one line: a note's name holds no brackets, no `|` and no line break; `#…` after it is an anchor in it. */
const WIKILINK = /(?<embed>!)?\[\[(?<target>[^\[\]|#^\n]+)(?:[#^][^\[\]|\n]*)?(?:\|(?<display>[^\[\]|\n]+))?\]\]/gu;
