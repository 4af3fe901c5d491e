import { parseMarkdown } from '../markdown/parseMarkdown';
import { proseFromSlice, type ProseBlock } from '../text/prose';
import { readHtml } from './readers/html';
import { frontMatterMetadata, normaliseDate, type SourceMetadata } from './readers/metadata';
import { pdfBlocks } from './readers/pdfText';

export type SourceFormat = 'text' | 'markdown' | 'html' | 'pdf';

/** A source as the caller read it: the core does no I/O. */
export interface SourceInput {
  /** Stable identifier, e.g. the file name. */
  id: string;
  /** Where a link should open it (a file URI); opaque to the core. */
  uri: string;
  /** The file's text, decoded; for a PDF its text layer (see readers/pdfText). Offsets point into it. */
  text: string;
  /** How to read `text`; by default from the extension of `id`. */
  format?: SourceFormat;
  /** For a PDF: the offset where each page starts in `text`. */
  pageStarts?: number[];
  /** What the caller knows besides the text (a PDF's document information). */
  metadata?: SourceMetadata & { title?: string };
}

export interface IngestedSource extends SourceMetadata {
  input: SourceInput;
  title: string;
  format: SourceFormat;
  blocks: ProseBlock[];
}

const LIST_MARKER = /^(\s*)([•·▪◦*-]|\d{1,2}[.)])\s+/;

export function formatOf(id: string): SourceFormat {
  if (/\.(md|markdown)$/i.test(id)) return 'markdown';
  if (/\.(html?|xhtml)$/i.test(id)) return 'html';
  if (/\.pdf$/i.test(id)) return 'pdf';
  return 'text';
}

/**
 * Reads an article into prose blocks: scraped plain text, Markdown with front matter, a saved web page or a PDF's
 * text layer. The title comes from the file's metadata, else the first line with words; it is not a fact, nor are its
 * repetitions; lines without a letter ("×") are artefacts; list markers are dropped.
 */
export function ingestSource(input: SourceInput): IngestedSource {
  const format = input.format ?? formatOf(input.id);
  const { blocks: rawBlocks, metadata } = read(input, format);
  const meaningful = rawBlocks.filter((b) => /\p{L}{2,}/u.test(b.text));
  const title = metadata.title?.replace(/\s+/g, ' ').trim() || meaningful[0]?.text.trim() || input.id;
  const blocks = meaningful.filter((b) => b.text.trim() !== title);
  const { title: _, ...provenance } = metadata;
  if (provenance.published) provenance.published = normaliseDate(provenance.published);
  return { input, title, format, blocks, ...dropEmpty(provenance) };
}

function read(input: SourceInput, format: SourceFormat): { blocks: ProseBlock[]; metadata: SourceMetadata & { title?: string } } {
  const given = input.metadata ?? {};
  switch (format) {
    case 'markdown': {
      const parsed = parseMarkdown(input.text);
      return { blocks: parsed.blocks, metadata: { ...given, ...frontMatterMetadata(parsed.frontmatter) } };
    }
    case 'html': {
      const page = readHtml(input.text);
      return { blocks: page.blocks, metadata: { ...given, ...page.metadata, ...(page.title ? { title: page.title } : {}) } };
    }
    case 'pdf':
      return { blocks: pdfBlocks(input.text), metadata: given };
    default:
      return { blocks: plainTextBlocks(input.text), metadata: given };
  }
}

function dropEmpty<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}

function plainTextBlocks(text: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const line = /[^\r\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const marker = LIST_MARKER.exec(m[0]);
    const start = m.index + (marker ? marker[0].length : m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (end > start) blocks.push(proseFromSlice(text, start, end));
  }
  return blocks;
}
