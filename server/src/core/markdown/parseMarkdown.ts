import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Html, Root, RootContent, Yaml } from 'mdast';
import { OPAQUE, type ProseBlock } from '../text/prose';
import { columnHeaders } from './tableHeaderRows';
import { runningNumberRows } from './runningNumbers';
import { isReportDateHeader } from '../context/reportDateHeader';
import { joinLineEndHyphens } from '../text/lineEndHyphens';
import { spellOutLigatures } from '../text/ligatures';
import { dropInvisibleCharacters } from '../text/invisibleCharacters';
import { readVulgarFractions } from '../text/vulgarFractions';
import { holdsInlineMath, readInlineMath } from './inlineMath';
import { holdsTex, readTexInText } from './texInText';
import { acceptCriticMarkup, isCriticSubstitution } from './criticMarkup';
import { appendAligned } from './alignedText';
import { readHtmlBlock, writtenOffsets } from './htmlBlock';
import { readInlineTag } from './inlineHtml';
import { isReferenceEntry } from './referenceEntries';
import { splitInlineFields } from './inlineFields';
import { dropCalloutMarker } from './calloutMarker';
import { readWikilinks } from './wikilinks';
import { readPandocSpans } from './pandocSpans';

// Only `~~…~~` strikes through, as in VS Code's preview: a single tilde is a TeX tie ("July~2023") or "about" ("~6 million"),
// and GFM's single-tilde pairs struck out whole clauses between two such tildes.
const parser = unified().use(remarkParse).use(remarkGfm, { singleTilde: false }).use(remarkFrontmatter, ['yaml', 'toml']);

/** Block types whose inline children are prose; everything else is either a container or never read. */
const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Inline nodes that stand for something other than prose: kept as one opaque character so words don't merge. */
const OPAQUE_INLINES = new Set(['inlineCode', 'html', 'image', 'imageReference', 'footnoteReference', 'break', 'inlineMath']);

export interface ParsedMarkdown {
  blocks: ProseBlock[];
  frontmatter?: string;
  /** Every HTML comment, for suppression directives (`<!-- newsproof-disable … -->`). */
  comments: Array<{ text: string; start: number; end: number }>;
}

/** The Markdown tree, parsed exactly as `parseMarkdown` parses it: for edits that must keep the document's structure. */
export function parseMarkdownTree(text: string): Root {
  return parser.parse(text) as Root;
}

/** Parses Markdown and returns its prose: paragraphs, headings and table cells, never code, HTML, URLs or frontmatter. */
export function parseMarkdown(text: string): ParsedMarkdown {
  const tree = parser.parse(text) as Root;
  const blocks: ProseBlock[] = [];
  const comments: ParsedMarkdown['comments'] = [];
  let frontmatter: string | undefined;
  const visit = (node: RootContent | Root, inItem = false, firstInQuote = false): void => {
    if (node.type === 'html') {
      collectComments(node, comments);
      blocks.push(...htmlBlocks(node, text, inItem));
      return;
    }
    if (node.type === 'yaml') {
      frontmatter = (node as Yaml).value;
      return;
    }
    if (node.type === 'table') {
      blocks.push(...tableBlocks(node.children.map((row) => row.children.map((cell) => proseOf(cell, text)))));
      return;
    }
    if (PROSE_BLOCKS.has(node.type)) {
      const block = proseOf(node as RootContent, text);
      if (node.type === 'heading') block.heading = true;
      else if (inItem) block.item = true;
      if (node.type === 'paragraph' && isReferenceEntry(block.text)) {
        collectComments(node, comments);
        return;
      }
      const pieces = node.type === 'paragraph' ? splitInlineFields(firstInQuote ? dropCalloutMarker(block) : block) : [block];
      for (const piece of pieces) if (piece.text.trim()) blocks.push(piece);
      collectComments(node, comments);
      return;
    }
    const item = inItem || node.type === 'listItem';
    if ('children' in node) node.children.forEach((child, i) => visit(child as RootContent, item, node.type === 'blockquote' && i === 0));
  };
  visit(tree);
  return { blocks, frontmatter, comments };
}

function collectComments(node: RootContent | Root, comments: ParsedMarkdown['comments']): void {
  if (node.type === 'html') {
    for (const m of node.value.matchAll(/<!--[\s\S]*?-->/g)) {
      const start = (node.position?.start.offset ?? 0) + m.index!;
      comments.push({ text: m[0], start, end: start + m[0].length });
    }
  } else if ('children' in node) for (const child of node.children) collectComments(child as RootContent, comments);
}

function proseOf(node: RootContent, source: string): ProseBlock {
  const block: ProseBlock = { text: '', offsets: [] };
  collectInline(node, source, block);
  block.offsets.push(block.offsets.length ? block.offsets[block.offsets.length - 1] + 1 : node.position?.end.offset ?? 0);
  return readAsPrinted(readWikilinks(readPandocSpans(acceptCriticMarkup(block, source))));
}

/**
 * A block's text as the page prints it, in Markdown and in raw HTML alike: no invisible characters, ligatures spelt
 * out, vulgar fractions as decimals, a word hyphenated at a line's end joined.
 */
function readAsPrinted(block: ProseBlock): ProseBlock {
  return joinLineEndHyphens(readVulgarFractions(spellOutLigatures(dropInvisibleCharacters(block))));
}

const STANDALONE_NUMBER = /(?<![\p{L}\d])[-−+]?\d/u;

/**
 * An HTML block's prose (a CMS export's `<p>`, `<div>`, `<blockquote>`, `<table>`), as the rendered page shows it; a
 * comment-only block holds none.
 */
function htmlBlocks(node: Html, source: string, inItem: boolean): ProseBlock[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || !/<(?!!--)/u.test(node.value.replace(/<!--[\s\S]*?-->/gu, ''))) return [];
  // A tab partly used by a list item's or block quote's indentation becomes spaces in the node's value: its characters
  // can no longer be placed in the written text one by one, and a finding would land on a tag. Left unread, as before.
  if (source.slice(source.lastIndexOf('\n', start) + 1, end).includes('\t') && source.slice(start, end) !== node.value) return [];
  const blocks: ProseBlock[] = [];
  for (const part of readHtmlBlock(node.value, writtenOffsets(node.value, source, start, end))) {
    if ('rows' in part) blocks.push(...tableBlocks(part.rows.map((row) => row.map(readAsPrinted))));
    else blocks.push(readAsPrinted(inItem && !part.block.heading ? { ...part.block, item: true } : part.block));
  }
  return blocks;
}

/** A table cell is read with its row and its column header as context: "92 %" in the row "HumanEval". */
function tableBlocks(rows: ProseBlock[][]): ProseBlock[] {
  const texts = rows.map((row) => row.map((cell) => cell.text));
  const headers = columnHeaders(texts);
  const runs = runningNumberRows(headers.texts, texts.slice(headers.rows));
  const blocks: ProseBlock[] = [];
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell.text.trim()) return;
      // „| 3 | 20.01.2025 | Vorstellung R1 |“ under „| Nr. |“: a row's running number counts rows, it states nothing.
      if (r >= headers.rows && r - headers.rows < (runs.get(c) ?? 0)) return;
      // The row's label and other words, not its other values: "Börsenwert −490 Mrd. Dollar" beside "−7,82 %" is
      // another fact, the header "Veränderung" says what this one is.
      const labels = row.filter((other, i) => i !== c && (i === 0 || !STANDALONE_NUMBER.test(other.text)));
      const header = r >= headers.rows ? headers.texts[c] : r > 0 ? rows[0][c]?.text : undefined;
      const context = [...labels.map((b) => b.text), ...(header ? [header] : [])].join(' | ');
      // A second header row's first cell ("Company") starts no new table: the group header's dates still hold.
      const isHeader = r === 0 || (r < headers.rows && c > 0);
      // „| 28.01.2025 |“ under „| Erschienen |“: the day the report appeared, not the day of what it reports.
      const reportDate = !isHeader && header !== undefined && isReportDateHeader(header);
      blocks.push({ ...cell, context, rowCells: row.filter((_, i) => i !== c), item: true, cell: { column: c, header: isHeader, ...(reportDate ? { reportDate: true as const } : {}) } });
    }),
  );
  return blocks;
}

function collectInline(node: RootContent | Root, source: string, block: ProseBlock): void {
  if (node.type === 'text') {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const from = block.text.length;
    appendAligned(block, node.value, source, start, end);
    if (holdsInlineMath(node.value)) replaceFrom(block, from, readInlineMath(block.text.slice(from), block.offsets.slice(from), source));
    if (holdsTex(node.value)) replaceFrom(block, from, readTexInText(block.text.slice(from), block.offsets.slice(from)));
    return;
  }
  if (node.type === 'delete') {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (isCriticSubstitution(source, start - 1, end + 1)) keepSubstitution(node, source, block);
    else skipStruckThrough(start, end, source, block);
    return;
  }
  if (OPAQUE_INLINES.has(node.type)) {
    block.text += node.type === 'break' ? ' ' : OPAQUE;
    block.offsets.push(node.position?.start.offset ?? 0);
    return;
  }
  if ('children' in node) collectChildren(node.children as RootContent[], source, block);
}

/** Inline nodes in order; an HTML element's tags and what they enclose are read together (inlineHtml.ts). */
function collectChildren(children: RootContent[], source: string, block: ProseBlock): void {
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type !== 'html') {
      collectInline(child, source, block);
      continue;
    }
    const { reading, last } = readInlineTag(children, i);
    const at = child.position?.start.offset ?? 0;
    if (reading === 'space' || reading === 'opaque') {
      block.text += reading === 'space' ? ' ' : OPAQUE;
      block.offsets.push(at);
    } else if (reading === 'struck') skipStruckThrough(at, children[last].position?.end.offset ?? at, source, block);
    i = last;
  }
}

/** The block's text and offsets from `from` on, as a pass over a text node read them. */
function replaceFrom(block: ProseBlock, from: number, read: { text: string; offsets: number[] }): void {
  block.text = block.text.slice(0, from) + read.text;
  // No spread: a text node may be a megabyte long.
  block.offsets.length = from;
  for (const offset of read.offsets) block.offsets.push(offset);
}

/**
 * Struck-through words (`~~Nvidia ↓ 17 %~~ Nvidia ↓ 7,82 %`, `~~5,6 Mrd.~~`) are what the writer took back: no claim,
 * and the words after them read as if they were not there. A space stands in for them only where the words on both
 * sides would otherwise run together.
 */
function skipStruckThrough(start: number, end: number, source: string, block: ProseBlock): void {
  const before = block.text.at(-1);
  const after = source[end];
  if (before !== undefined && after !== undefined && /\S/u.test(before) && /\S/u.test(after)) {
    block.text += ' ';
    block.offsets.push(start);
  }
}

/** The substitution's words with its tildes, for acceptCriticMarkup to read as the editor's change. */
function keepSubstitution(node: RootContent, source: string, block: ProseBlock): void {
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  block.text += '~~';
  block.offsets.push(start, start + 1);
  if ('children' in node) collectChildren(node.children as RootContent[], source, block);
  block.text += '~~';
  block.offsets.push(end - 2, end - 1);
}
