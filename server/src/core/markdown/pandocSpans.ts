import type { ProseBlock } from '../text/prose';
import { editMatches } from '../text/matchEdits';

/**
 * Pandoc's bracketed spans, as a Word document with tracked changes and comments comes out of `pandoc
 * --track-changes=all`: `[7,82 Prozent]{.insertion author="M. Krause" date="2025-01-28T09:12:00Z"}`, `[7,28
 * Prozent]{.deletion …}`, `[Quelle?]{.comment-start id="0" …}[]{.comment-end id="0"}`, `[kaum bekannt]{.underline}`.
 * The attributes are no prose (their ISO dates are no claims); a deletion's and a comment's words are no claim either,
 * as CriticMarkup's are not; any other span's words are the text, read where they are written, the brackets and the
 * attributes left out.
 */
export function readPandocSpans(block: ProseBlock): ProseBlock {
  if (!block.text.includes(']{')) return block;
  return editMatches(block, SPAN, (m, offsets) => {
    const start = m.index!;
    const { words, attributes } = m.groups!;
    if (!ATTRIBUTES.test(attributes)) return undefined;
    const classes = attributes.match(CLASS) ?? [];
    const end = start + m[0].length;
    if (classes.some((c) => UNREAD_CLASSES.has(c.slice(1)))) return { from: start, to: end, text: '', offsets: [] };
    return { from: start, to: end, text: words, offsets: offsets.slice(start + 1, start + 1 + words.length) };
  });
}

/** A span's words (no brackets inside) and its attributes in braces right after it. */
const SPAN = /\[(?<words>[^[\]]*)\]\{(?<attributes>[^{}]*)\}/gu;
/** Pandoc's attributes: `#id`, `.class` and `key="value"` or `key=value`, separated by white space, at least one. */
const ATTRIBUTE = String.raw`(?:[#.][\p{L}\d_:-]+|[\p{L}\d_:-]+=(?:"[^"]*"|[^\s"}]+))`;
const ATTRIBUTES = new RegExp(String.raw`^\s*${ATTRIBUTE}(?:\s+${ATTRIBUTE})*\s*$`, 'u');
const CLASS = /(?<=^|\s)\.[\p{L}\d_:-]+/gu;
/** Words taken back or said about the text, not in it: a tracked deletion, a comment and its end marker. */
const UNREAD_CLASSES = new Set(['deletion', 'comment-start', 'comment-end', 'comment', 'paragraph-deletion']);
