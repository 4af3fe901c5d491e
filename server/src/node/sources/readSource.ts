import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatOf, joinPages, type SourceInput } from '../../core/sources';
import { decodeText } from './decodeText';
import type { PdfContent } from './pdfExtract';

/** Larger files are no articles (a data dump, a video renamed): skipped with a message. */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

export interface SkippedSource {
  path: string;
  reason: string;
}

export interface SourceFile {
  path: string;
  bytes: Uint8Array;
  /** SHA-256 of the bytes: the cache key, and how a changed file is told from an unchanged one. */
  hash: string;
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Reads a source file's bytes, or says in one sentence why it is skipped. At once, not through the thread pool: a
 * warm start reads thousands of files of a few kilobytes, and their round trips through libuv's threads (stat, open,
 * fstat, read, close: five each) took four times what reading them one after the other takes. Sources are read in a
 * worker thread or the CLI, never on the language server's main thread.
 */
export function readSourceFile(path: string): SourceFile | SkippedSource {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { path, reason: 'is a folder' };
    size = stat.size;
  } catch (error) {
    return { path, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  if (size === 0) return { path, reason: 'is empty' };
  if (size > MAX_SOURCE_BYTES) return { path, reason: `is too large (${(size / 1024 / 1024).toFixed(1)} MB; sources over 20 MB are skipped)` };
  try {
    const bytes = readFileSync(path);
    return { path, bytes, hash: hashBytes(bytes) };
  } catch (error) {
    return { path, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
}

export function isSkipped(x: SourceFile | SkippedSource | SourceInput): x is SkippedSource {
  return 'reason' in x;
}

/** The file's text as the core reads it: decoded text, or a PDF's text layer page by page. */
export async function sourceInputOf(file: SourceFile): Promise<SourceInput | SkippedSource> {
  const { id, uri } = whereOf(file.path);
  if (formatOf(file.path) === 'pdf') {
    let pdf: PdfContent;
    try {
      // pdf.js wants a plain Uint8Array (not a Buffer) and may take it over: give it a copy.
      pdf = await loadPdfReader()(Uint8Array.from(file.bytes));
    } catch (error) {
      return { path: file.path, reason: `is not a readable PDF (${(error as Error).message})` };
    }
    const { text, pageStarts } = joinPages(pdf.pages);
    if (!/\p{L}{2,}/u.test(text)) return { path: file.path, reason: 'is a PDF without a text layer (a scan?); run it through OCR to use it' };
    const metadata = { ...(pdf.title ? { title: pdf.title } : {}), ...(pdf.author ? { author: pdf.author } : {}), ...(pdf.published ? { published: pdf.published } : {}) };
    return { id, uri, text, format: 'pdf', pageStarts, metadata };
  }
  return textInputOf(file);
}

/** A text file's text as the core reads it (not a PDF's). */
function textInputOf(file: SourceFile): SourceInput | SkippedSource {
  const decoded = decodeText(file.bytes);
  if ('problem' in decoded) return { path: file.path, reason: decoded.problem };
  if (!/\p{L}{2,}/u.test(decoded.text)) return { path: file.path, reason: 'has no text' };
  return { ...whereOf(file.path), text: decoded.text };
}

/**
 * A text file's place, its text decoded when first asked for: a warm start reads every file to compare its hash, and a
 * check needs the text of only the sources it merges. For a file of a set's index only: its bytes (their hash is in the
 * index's key) decoded to this text when the index was made, by this very build (the cache's version is the bundle's);
 * bytes that do not decode throw when the text is asked for.
 */
export function withTextWhenAsked(file: SourceFile): { id: string; uri: string; text: string } {
  const where = whereOf(file.path) as { id: string; uri: string; text: string };
  return Object.defineProperty(where, 'text', {
    enumerable: true,
    configurable: true,
    get: () => {
      const input = textInputOf(file);
      // The same bytes decoded when the index was made: a failure now is a bug, never a source read as empty.
      if (isSkipped(input)) throw new Error(`the source ${file.path} ${input.reason}, yet its text was read when the set's index was made`);
      Object.defineProperty(where, 'text', { value: input.text, enumerable: true, writable: true, configurable: true });
      return input.text;
    },
  });
}

/** A source's id (its path: file names repeat across folders, "index.html") and the URI a link opens. */
export function whereOf(path: string): { id: string; uri: string } {
  return { id: path, uri: pathToFileURL(path).href };
}

let pdfReader: ((bytes: Uint8Array) => Promise<PdfContent>) | undefined;

/** pdf.js is bundled apart (server/out/pdfExtract.js) and required only when the first PDF is met. */
function loadPdfReader(): (bytes: Uint8Array) => Promise<PdfContent> {
  if (!pdfReader) {
    const candidates = [join(__dirname, 'pdfExtract.js'), join(__dirname, '..', '..', 'server', 'out', 'pdfExtract.js')];
    const file = candidates.find((c) => existsSync(c));
    if (!file) throw new Error('the PDF reader (pdfExtract.js) is missing next to the server');
    // A require of a path computed at run time: esbuild leaves it alone, so pdf.js stays out of the main bundle.
    pdfReader = (createRequire(__filename)(file) as typeof import('./pdfExtract')).extractPdf;
  }
  return pdfReader;
}
