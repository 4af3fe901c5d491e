import type { Element, Nodes, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { OPAQUE, type ProseBlock } from '../text/prose';
import { appendAligned } from './alignedText';
import { BLOCK_ELEMENTS, FOOTNOTE_MARKER, HEADING_ELEMENT, INVISIBLE, OPAQUE_ELEMENTS, STRUCK } from './htmlElements';

/** What an HTML block holds for the reader: a block of prose, or a table's rows of cells (each cell a block, maybe empty). */
export type HtmlPart = { block: ProseBlock } | { rows: ProseBlock[][] };

/**
 * An HTML block of a Markdown draft (`<p>`, `<div>`, `<blockquote>`, `<table>` …) read as the rendered page shows it:
 * each block element's text is a block of prose, a heading's a heading, a list item's an item, a table's cells a
 * table's; inline tags are read through, `<br>` is a space, a footnote marker `<sup>1</sup>` one opaque character.
 * Comments, scripts, styles, `<pre>`, `<code>` and attribute values are never read. `html` is the block as the parser
 * gave it, `written[i]` the document offset of its character `i` (a block inside a list or a block quote lost its
 * indentation and `>` marks): every character read keeps the offset it was written at, an entity's that of its "&".
 */
export function readHtmlBlock(html: string, written: readonly number[]): HtmlPart[] {
  const reader = new HtmlReader(html);
  reader.walk(fromHtml(html, { fragment: true }));
  reader.flush();
  return reader.parts.map((part) => ('block' in part ? { block: mapped(part.block, written) } : { rows: part.rows.map((row) => row.map((cell) => mapped(cell, written))) }));
}

/** The document offset of each character of a block the parser copied out of its container: the nearest match, in order. */
export function writtenOffsets(value: string, source: string, start: number, end: number): number[] {
  const at = new Array<number>(value.length + 1);
  if (source.startsWith(value, start) && start + value.length === end) {
    for (let i = 0; i <= value.length; i++) at[i] = start + i;
    return at;
  }
  let j = start;
  for (let i = 0; i < value.length; i++) {
    let k = j;
    while (k < end && source[k] !== value[i]) k++;
    if (k < end) {
      at[i] = k;
      j = k + 1;
    } else at[i] = Math.min(j, Math.max(start, end - 1));
  }
  at[value.length] = end;
  return at;
}

/** A Markdown link's address (after its "]") and a code span, as written in an HTML block's text. */
const MARKDOWN_NOT_PROSE = /\]\([^()\s]*\)|`[^`\n]+`/gu;

class HtmlReader {
  readonly parts: HtmlPart[] = [];
  private current: ProseBlock | undefined;
  private heading = false;
  private item = false;
  /** Inside a table cell: block elements only part its words, the cell stays one block. */
  private inCell = false;

  constructor(private readonly html: string) {}

  walk(node: Nodes): void {
    if (node.type === 'text') this.text(node);
    else if (node.type === 'element') this.element(node);
    else if (node.type === 'root') for (const child of node.children) this.walk(child);
  }

  flush(): void {
    const block = this.current && trimmed(this.current);
    this.current = undefined;
    if (block) this.parts.push({ block: { ...block, ...(this.heading ? { heading: true } : this.item ? { item: true } : {}) } });
  }

  private element(e: Element): void {
    const tag = e.tagName;
    if (INVISIBLE.has(tag) || tag === 'wbr') return;
    if (tag === 'br') return this.append(' ', start(e));
    if (OPAQUE_ELEMENTS.has(tag) || (tag === 'sup' && FOOTNOTE_MARKER.test(textOf(e)))) return this.append(OPAQUE, start(e));
    if (STRUCK.has(tag)) return this.struck(e);
    if (!BLOCK_ELEMENTS.has(tag)) {
      for (const child of e.children) this.walk(child);
      return;
    }
    if (this.inCell) {
      // "<td><p>Nvidia</p><p>−7.82%</p></td>": one cell, its paragraphs apart.
      this.append(' ', start(e));
      if (tag !== 'pre') for (const child of e.children) this.walk(child);
      this.append(' ', start(e));
      return;
    }
    this.flush();
    if (tag === 'table') return this.table(e);
    if (tag === 'pre') return;
    const [heading, item] = [this.heading, this.item];
    this.heading = HEADING_ELEMENT.test(tag);
    this.item ||= tag === 'li';
    for (const child of e.children) this.walk(child);
    this.flush();
    [this.heading, this.item] = [heading, item];
  }

  /** A table's caption is a block before it; its rows are read as a Markdown table's, row by row and cell by cell. */
  private table(table: Element): void {
    const rows: ProseBlock[][] = [];
    for (const row of rowsOf(table)) {
      const cells: ProseBlock[] = [];
      for (const cell of row.children) {
        if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
        this.inCell = true;
        for (const child of cell.children) this.walk(child);
        this.inCell = false;
        cells.push((this.current && trimmed(this.current)) ?? { text: '', offsets: [start(cell)] });
        this.current = undefined;
      }
      if (cells.length) rows.push(cells);
    }
    const caption = table.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
    if (caption) {
      for (const child of caption.children) this.walk(child);
      this.flush();
    }
    if (rows.length) this.parts.push({ rows });
  }

  /** Struck-through words leave the sentence; a space stands in only where the words on both sides would run together. */
  private struck(e: Element): void {
    const before = this.current?.text.at(-1);
    const after = this.html[e.position?.end.offset ?? this.html.length];
    if (before !== undefined && after !== undefined && /\S/u.test(before) && /\S/u.test(after)) this.append(' ', start(e));
  }

  private text(node: Text): void {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    this.current ??= { text: '', offsets: [] };
    if (from === undefined || to === undefined) return this.append(node.value, this.current.offsets.at(-1) ?? 0);
    // Markdown written inside an HTML block is not parsed as Markdown, but a reader still sees a link's address and a
    // code span as no prose: "[Microsoft](https://x.com/ms-3-57)", "`cost = 5.6 billion`" hold no figure.
    const unread = this.html.slice(from, to) === node.value ? [...node.value.matchAll(MARKDOWN_NOT_PROSE)] : [];
    let done = 0;
    for (const m of unread) {
      const [skipFrom, skipTo] = [m.index! + (m[0].startsWith(']') ? 1 : 0), m.index! + m[0].length];
      if (skipFrom > done) appendAligned(this.current, node.value.slice(done, skipFrom), this.html, from + done, from + skipFrom);
      this.append(OPAQUE, from + skipFrom);
      done = skipTo;
    }
    if (done === 0) appendAligned(this.current, node.value, this.html, from, to);
    else if (done < node.value.length) appendAligned(this.current, node.value.slice(done), this.html, from + done, to);
  }

  private append(text: string, at: number): void {
    this.current ??= { text: '', offsets: [] };
    this.current.text += text;
    for (let i = 0; i < text.length; i++) this.current.offsets.push(at);
  }
}

/** A table's rows, in its head, bodies and foot or right in it, not those of a table nested in a cell. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') rows.push(...rowsOf(child));
  }
  return rows;
}

function start(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map(textOf).join('');
  return '';
}

/** The block without white space at its ends, with the offset after its last character; undefined when nothing is left. */
function trimmed(block: ProseBlock): ProseBlock | undefined {
  let from = 0;
  let to = block.text.length;
  while (from < to && /\s/u.test(block.text[from])) from++;
  while (to > from && /\s/u.test(block.text[to - 1])) to--;
  if (from === to) return undefined;
  const offsets = block.offsets.slice(from, to);
  offsets.push(offsets[offsets.length - 1] + 1);
  return { text: block.text.slice(from, to), offsets };
}

/** The block with document offsets; its end right after its last character, wherever the parser's copy went on. */
function mapped(block: ProseBlock, written: readonly number[]): ProseBlock {
  const offsets = block.offsets.slice(0, block.text.length).map((o) => written[Math.min(o, written.length - 1)]);
  offsets.push(offsets.length ? offsets[offsets.length - 1] + 1 : written[Math.min(block.offsets[0] ?? 0, written.length - 1)]);
  return { ...block, offsets };
}
