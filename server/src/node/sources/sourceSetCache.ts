import { createHash, randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { areSectionEnds, isPackedSections, packSections, sectionAt, sectionsInMemory, type PackedSections, type QuotationStore, type SectionsInFile, type SourceSetSnapshot, type StoredQuotation } from '../../core/sources/sourceSetIndex';
import { isFactPostings, type FactPostings } from '../../core/facts/factIndex';
import { languageOfCode, quotationLanguages, quotationPostings } from '../../core/quotes/quotationWords';
import type { GlossaryName } from '../../core/names/nameIndex';
import { analyserVersion } from './digestCache';
import { serializeInParts } from './serializeInParts';
import type { SkippedSource } from './readSource';

/** A set's snapshot, and the files its load skipped once read (undecodable text, a PDF without text), with the reason. */
export interface StoredSourceSet {
  snapshot: SourceSetSnapshot;
  skipped: SkippedSource[];
}

/** The set's file whatever state of the sources it is for: that state's key and the files (path, hash) it was made of. */
export interface LastSourceSet extends StoredSourceSet {
  key: string;
  files?: Array<{ path: string; hash: string }>;
}

const MAGIC = 'newsproof-source-set';
/**
 * The layout of the file, besides the analyser's version: 2 stores the quotations one by one with postings of their
 * words (1 held them as one serialised list, read whole at a check's first quotation); 3 deflates each figure section's
 * values in groups of eight (`figureSectionCodec`; 2 deflated a section whole); 4 stores each quotation's language
 * (`quotationLanguage`; 3 had it detected from the quotation's words at a check) and a figure section's head not
 * deflated; 5 stores with the postings of facts each place's month and agreement key (`withValuesOfPlaces`; 4 had a
 * first check make them); 6 stores the length of each figure-section group inflated (`figureSectionCodec`: 5 had zlib
 * allocate 16 KB to inflate each group into); 7 stores each figure's sentence's concepts in the figure's entry
 * (`sectionEntries`: 6 stored them after the figures, a second group inflated for each figure read); 8 keeps the figure
 * sections' bytes after the value, read when a lookup asks for a section (7 held them in the value, read at each start:
 * half of the file). A file of another is discarded.
 */
const FORMAT = 8;

/**
 * The file is its head, the value (V8's serialisation; the figure sections' ends without their bytes) and the figure
 * sections' bytes. The head holds the value's length and a mark of this writing of the file (random bytes): a section
 * read later is read only from the file its start read (the set's file is written again when its sources change).
 */
const MARK_BYTES = 16;
const HEAD_BYTES = 4 + MARK_BYTES;

/**
 * The quotations as the file holds them: each quotation's bytes apart, postings of their words and translation keys,
 * and each one's language (`languageCode`).
 */
interface QuotationsInFile {
  pieces: PackedSections;
  words: FactPostings;
  keys: FactPostings;
  languages: Uint8Array;
}

/**
 * The lookup part of the last index of one set of sources (the same patterns from the same folder), one file per set:
 * a start whose files are all unchanged reads this file and each source's digest only when a lookup reaches it. A file
 * of another analyser version, another program, another state of the sources, damaged or cut short is not used (and a
 * damaged one deleted); the index is then merged from the digests and the file written again. Never an error.
 */
export class SourceSetCache {
  readonly file: string;
  private readonly version: string;
  discarded = 0;

  constructor(folder: string, sources: { patterns: string[]; exclude?: string[]; baseFolder: string }, version = analyserVersion()) {
    const which = createHash('sha256').update(JSON.stringify([sources.patterns, sources.exclude ?? [], sources.baseFolder])).digest('hex').slice(0, 24);
    this.file = join(folder, `${which}.index`);
    this.version = version;
  }

  /** What the set's index depends on: each source's path and content hash, in order, and the glossary. */
  static keyOf(files: Array<{ path: string; hash: string }>, glossary: GlossaryName[]): string {
    return createHash('sha256').update(JSON.stringify([files.map((f) => [f.path, f.hash]), glossary])).digest('hex');
  }

  async get(key: string): Promise<StoredSourceSet | undefined> {
    const last = await this.last();
    // Another state of the same sources: a valid file, replaced after this load's merge.
    return last?.key === key ? { snapshot: last.snapshot, skipped: last.skipped } : undefined;
  }

  /** The set's file for whatever state of the sources it was written (a source may have changed since). */
  async last(): Promise<LastSourceSet | undefined> {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(this.file, 'r');
    } catch {
      return undefined;
    }
    try {
      // The head and the value, not the figure sections after them: those are read when a lookup asks for one.
      const { size } = await handle.stat();
      const head = await readAt(handle, 0, HEAD_BYTES);
      const length = head.length === HEAD_BYTES ? head.readUInt32LE(0) : -1;
      if (length < 0 || HEAD_BYTES + length > size) throw new Error('cut short');
      const entry = deserialize(await readAt(handle, HEAD_BYTES, length)) as { magic?: unknown; version?: unknown; format?: unknown; key?: unknown; snapshot?: SourceSetSnapshot; skipped?: SkippedSource[]; files?: unknown };
      if (entry?.magic !== MAGIC || entry.version !== this.version || entry.format !== FORMAT) throw new Error('foreign or outdated');
      const snapshot = withQuotationsWhenAsked(entry.snapshot);
      if (typeof entry.key !== 'string' || !isSnapshot(snapshot, size - HEAD_BYTES - length) || !Array.isArray(entry.skipped)) throw new Error('damaged');
      snapshot.figureSections = sectionsInFile(this.file, Buffer.from(head.subarray(4)), HEAD_BYTES + length, snapshot.figureSections.ends);
      const files = Array.isArray(entry.files) && entry.files.every((f) => typeof f?.path === 'string' && typeof f.hash === 'string') ? (entry.files as LastSourceSet['files']) : undefined;
      return { key: entry.key, snapshot, skipped: entry.skipped, ...(files ? { files } : {}) };
    } catch {
      this.discarded++;
      await handle.close().catch(() => undefined);
      await fs.rm(this.file, { force: true });
      return undefined;
    } finally {
      // Closed once (a second close does nothing): before the removal above, and after a good read.
      await handle.close().catch(() => undefined);
    }
  }

  /** Written to a temporary file and renamed, so a reader never sees half of it. Speed only: failures are ignored. */
  /** `files`: what the key was made of, so that a later start with a few of them changed can splice those in. */
  async set(key: string, snapshot: SourceSetSnapshot, skipped: SkippedSource[], files?: Array<{ path: string; hash: string }>): Promise<void> {
    const temporary = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    try {
      await fs.mkdir(join(this.file, '..'), { recursive: true });
      // The quotations apart, one by one, filed by their words: thousands of them cost a start more to read than all
      // the rest of the file, and a check reads only those its own quotations share a word with.
      const quotations: QuotationsInFile = { pieces: packSections(snapshot.quotations.map((q) => serialize(q))), ...quotationPostings(snapshot.quotations), languages: quotationLanguages(snapshot.quotations) };
      const sections = sectionsInMemory(snapshot.figureSections);
      if (!sections) throw new Error('the figure sections do not read');
      const parts = setFileParts({ magic: MAGIC, version: this.version, format: FORMAT, key, snapshot: { ...snapshot, quotations, figureSections: sections }, skipped, ...(files ? { files: files.map(({ path, hash }) => ({ path, hash })) } : {}) });
      const handle = await fs.open(temporary, 'w');
      try {
        const { bytesWritten } = await handle.writev(parts);
        // One system call: a short write (a full disk) leaves no file behind.
        if (bytesWritten !== parts.reduce((sum, part) => sum + part.byteLength, 0)) throw new Error('the index file was written in part');
      } finally {
        await handle.close();
      }
      await fs.rename(temporary, this.file);
    } catch {
      await fs.rm(temporary, { force: true }).catch(() => undefined);
    }
  }
}

/** A set's file as byte runs: the head, the value with the figure sections' ends, and the sections' bytes. */
export function setFileParts<Value extends { snapshot: { figureSections: PackedSections } }>(value: Value): Uint8Array[] {
  const { bytes, ends } = value.snapshot.figureSections;
  const parts = serializeInParts({ ...value, snapshot: { ...value.snapshot, figureSections: { ends } } });
  const head = Buffer.alloc(HEAD_BYTES);
  head.writeUInt32LE(parts.reduce((sum, part) => sum + part.byteLength, 0), 0);
  randomBytes(MARK_BYTES).copy(head, 4);
  return [head, ...parts, bytes];
}

/** A set's file read whole, its figure sections in memory (as `setFileParts` took them), for a test to look into. */
export function readSetFile(bytes: Uint8Array): { [key: string]: unknown; snapshot: { [key: string]: unknown; figureSections: PackedSections } } {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.readUInt32LE(0);
  const value = deserialize(view.subarray(HEAD_BYTES, HEAD_BYTES + length)) as { snapshot: { figureSections: { ends: Int32Array } } };
  return { ...value, snapshot: { ...value.snapshot, figureSections: { ends: value.snapshot.figureSections.ends, bytes: new Uint8Array(view.subarray(HEAD_BYTES + length)) } } };
}

/** `length` bytes of a file from `position` (fewer where it ends sooner). */
async function readAt(handle: fs.FileHandle, position: number, length: number): Promise<Buffer> {
  const bytes = Buffer.allocUnsafe(length);
  let read = 0;
  while (read < length) {
    const { bytesRead } = await handle.read(bytes, read, length - read, position + read);
    if (bytesRead === 0) break;
    read += bytesRead;
  }
  return bytes.subarray(0, read);
}

/**
 * The figure sections left in the set's file after its value (from `at`), each read when a lookup asks for it, from
 * the file as the start read it: where the file was written again since (another mark) or does not read, undefined.
 */
function sectionsInFile(file: string, mark: Buffer, at: number, ends: Int32Array): SectionsInFile {
  const markNow = Buffer.alloc(MARK_BYTES);
  return {
    ends,
    bytesAt: (start, end) => {
      let fd: number | undefined;
      try {
        fd = openSync(file, 'r');
        const bytes = new Uint8Array(end - start);
        if (readSync(fd, markNow, 0, MARK_BYTES, 4) !== MARK_BYTES || !markNow.equals(mark)) return undefined;
        return readSync(fd, bytes, 0, bytes.length, at + start) === bytes.length ? bytes : undefined;
      } catch {
        return undefined;
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    },
  };
}

/**
 * The snapshot as read, its quotations read one by one from their bytes when a lookup reaches them (`quotationStore`),
 * or all of them when `quotations` is first asked for (a listing, a splice). A quotation whose bytes do not read (a file
 * damaged inside, yet whole) is left out, never an error.
 */
function withQuotationsWhenAsked(snapshot: (Omit<SourceSetSnapshot, 'quotations'> & { quotations: unknown }) | undefined): SourceSetSnapshot | undefined {
  const stored = snapshot?.quotations as QuotationsInFile | undefined;
  if (!snapshot || !stored || !isPackedSections(stored.pieces, stored.pieces?.ends?.length) || !isFactPostings(stored.words) || !isFactPostings(stored.keys)) return undefined;
  const { pieces, languages } = stored;
  if (!(languages instanceof Uint8Array) || languages.length !== pieces.ends.length || languages.some((code) => !languageOfCode(code))) return undefined;
  const at = (position: number): StoredQuotation | undefined => {
    try {
      const q = deserialize(sectionAt(pieces, position)) as StoredQuotation | undefined;
      return typeof q?.text === 'string' && Array.isArray(q.words?.words) && Array.isArray(q.place) ? q : undefined;
    } catch {
      return undefined;
    }
  };
  const store: QuotationStore = { count: pieces.ends.length, at, words: stored.words, keys: stored.keys, languageAt: (position) => languageOfCode(languages[position]) };
  let quotations: SourceSetSnapshot['quotations'] | undefined;
  const all = () => Array.from({ length: store.count }, (_, p) => at(p)).filter((q): q is StoredQuotation => !!q);
  Object.defineProperty(snapshot, 'quotationStore', { enumerable: false, configurable: true, value: store });
  return Object.defineProperty(snapshot, 'quotations', { enumerable: true, configurable: true, get: () => (quotations ??= all()) }) as SourceSetSnapshot;
}

/**
 * The shape a snapshot must have to be read (a file that deserialises but holds something else is damaged), its figure
 * sections' ends those of the `sectionBytes` after it.
 */
function isSnapshot(x: SourceSetSnapshot | undefined, sectionBytes: number): x is SourceSetSnapshot & { figureSections: { ends: Int32Array } } {
  return (
    !!x &&
    Array.isArray(x.names) &&
    Array.isArray(x.sources) &&
    x.sources.every((s) => typeof s?.source?.title === 'string' && typeof s.source.input === 'object') &&
    x.concepts instanceof Map &&
    typeof x.sentences === 'number' &&
    typeof x.figures === 'number' &&
    isFactPostings(x.facts) &&
    isFactPostings(x.derivedFacts) &&
    isFactPostings(x.namePlaces) &&
    areSectionEnds(x.figureSections?.ends, x.sources.length, sectionBytes) &&
    'quotations' in x
  );
}
