import { OPAQUE, type ProseBlock } from '../text/prose';
import { editMatches } from '../text/matchEdits';

/**
 * Obsidian's links between notes: `[[Nvidia|Nvidia-Aktie]]` shows its display text, „Nvidia-Aktie“, and
 * `[[DeepSeek]]` the name of the note it points to, „DeepSeek“; the brackets, the target before `|` and a heading or
 * block anchor after `#` are no words of the sentence. `![[Screenshot 2025-01-27.png]]` embeds a file: no prose, as
 * an image is none. A link to a user's page (`[[Benutzer:Kalliope|Kalliope]]`, `[[User talk:Bob|talk]]`) signs a wiki
 * post: its name names no one the post is about, so it owns no figure before it. Each kept character keeps its document offset, so a finding on „Liang Wenfang“ in
 * `[[Liang Wenfang]]` lies on the name as written and its fix replaces the name alone.
 */
export function readWikilinks(block: ProseBlock): ProseBlock {
  if (!block.text.includes('[[')) return block;
  return editMatches(block, WIKILINK, (m, offsets) => {
    const start = m.index!;
    const end = start + m[0].length;
    const { target, display } = m.groups!;
    if (m.groups!.embed || USER_PAGE.test(target)) return { from: start, to: end, text: OPAQUE, offsets: [offsets[start]] };
    const shown = display ?? target;
    const shownAt = display !== undefined ? end - 2 - display.length : start + 2;
    return { from: start, to: end, text: shown, offsets: offsets.slice(shownAt, shownAt + shown.length) };
  });
}

/** A link on one line: a note's name holds no brackets, no `|` and no line break; `#…` after it is an anchor in it. */
const WIKILINK = /(?<embed>!)?\[\[(?<target>[^\[\]|#^\n]+)(?:[#^][^\[\]|\n]*)?(?:\|(?<display>[^\[\]|\n]+))?\]\]/gu;

/** A wiki's namespace of user pages and their talk pages, German and English, as a signature links them. */
const USER_PAGE = /^\s*(?:Benutzer(?:in)?|User)(?:[ _](?:Diskussion|talk))?\s*:/iu;
