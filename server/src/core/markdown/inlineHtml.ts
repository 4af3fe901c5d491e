import type { RootContent } from 'mdast';
import { FOOTNOTE_MARKER, INVISIBLE, OPAQUE_ELEMENTS, READ_THROUGH, STRUCK } from './htmlElements';

/**
 * What an inline HTML tag in a Markdown paragraph stands for, and the index of the last sibling it takes with it.
 * Markdown gives each tag as a node of its own (`<strong>`, "$5.6", `</strong>`, " billion"), so an element is the
 * run of siblings from its opening to its closing tag:
 * - 'nothing': a tag read through (`<strong>`, `</em>`, `<abbr title="…">`): the words around it run on;
 * - 'space': `<br>`, a line break inside the sentence;
 * - 'opaque': one character for what is no prose (a comment, `<code>…</code>`, `<img>`, a footnote marker
 *   `<sup>1</sup>`, a tag of a block element or one not known);
 * - 'struck': `<del>…</del>`, `<s>…</s>`: words taken back, as `~~…~~`;
 * - 'invisible': `<script>…</script>`, `<style>…</style>`: nothing the page shows.
 */
export type InlineTagReading = 'nothing' | 'space' | 'opaque' | 'struck' | 'invisible';

const TAG = /^<(\/?)([A-Za-z][A-Za-z\d-]*)(?=[\s/>])[^>]*>$/u;

export function readInlineTag(siblings: readonly RootContent[], i: number): { reading: InlineTagReading; last: number } {
  const tag = tagOf(siblings[i]);
  if (!tag) return { reading: 'opaque', last: i };
  const { name, closing } = tag;
  if (name === 'br') return { reading: 'space', last: i };
  if (name === 'wbr') return { reading: 'nothing', last: i };
  if (!closing && (name === 'sup' || OPAQUE_ELEMENTS.has(name) || STRUCK.has(name) || INVISIBLE.has(name))) {
    const close = closingTag(siblings, i, name);
    if (close >= 0) {
      if (STRUCK.has(name)) return { reading: 'struck', last: close };
      if (INVISIBLE.has(name)) return { reading: 'invisible', last: close };
      if (name !== 'sup') return { reading: 'opaque', last: close };
      if (FOOTNOTE_MARKER.test(textBetween(siblings, i, close))) return { reading: 'opaque', last: close };
    }
  }
  return { reading: READ_THROUGH.has(name) ? 'nothing' : 'opaque', last: i };
}

function tagOf(node: RootContent): { name: string; closing: boolean } | undefined {
  if (node.type !== 'html') return undefined;
  const m = TAG.exec(node.value);
  return m ? { name: m[2].toLowerCase(), closing: m[1] === '/' } : undefined;
}

/** The index of the tag that closes the element opened at `open`, among its siblings; -1 when none does. */
function closingTag(siblings: readonly RootContent[], open: number, name: string): number {
  let depth = 0;
  for (let j = open + 1; j < siblings.length; j++) {
    const tag = tagOf(siblings[j]);
    if (tag?.name !== name) continue;
    if (!tag.closing) depth++;
    else if (depth-- === 0) return j;
  }
  return -1;
}

/** The text between two sibling tags, through the tags read through ("<sup><a href=…>1</a></sup>" holds "1"); else "". */
function textBetween(siblings: readonly RootContent[], open: number, close: number): string {
  let text = '';
  for (let j = open + 1; j < close; j++) {
    const node = siblings[j];
    if (node.type === 'text') text += node.value;
    else if (!(node.type === 'html' && READ_THROUGH.has(tagOf(node)?.name ?? ''))) return '';
  }
  return text;
}
