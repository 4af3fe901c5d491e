import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { isPackedSections, packSections, sectionAt, type PackedSections, type QuotationStore, type SourceSetSnapshot, type StoredQuotation } from '../../core/sources/sourceSetIndex';
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
 * (`sectionEntries`: 6 stored them after the figures, a second group inflated for each figure read). A file of another
 * is discarded.
 */
const FORMAT = 7;

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
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.file);
    } catch {
      return undefined;
    }
    try {
      const entry = deserialize(bytes) as { magic?: unknown; version?: unknown; format?: unknown; key?: unknown; snapshot?: SourceSetSnapshot; skipped?: SkippedSource[]; files?: unknown };
      if (entry?.magic !== MAGIC || entry.version !== this.version || entry.format !== FORMAT) throw new Error('foreign or outdated');
      const snapshot = withQuotationsWhenAsked(entry.snapshot);
      if (typeof entry.key !== 'string' || !isSnapshot(snapshot) || !Array.isArray(entry.skipped)) throw new Error('damaged');
      const files = Array.isArray(entry.files) && entry.files.every((f) => typeof f?.path === 'string' && typeof f.hash === 'string') ? (entry.files as LastSourceSet['files']) : undefined;
      return { key: entry.key, snapshot, skipped: entry.skipped, ...(files ? { files } : {}) };
    } catch {
      this.discarded++;
      await fs.rm(this.file, { force: true });
      return undefined;
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
      const parts = serializeInParts({ magic: MAGIC, version: this.version, format: FORMAT, key, snapshot: { ...snapshot, quotations }, skipped, ...(files ? { files: files.map(({ path, hash }) => ({ path, hash })) } : {}) });
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

/** The shape a snapshot must have to be read (a file that deserialises but holds something else is damaged). */
function isSnapshot(x: SourceSetSnapshot | undefined): x is SourceSetSnapshot {
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
    isPackedSections(x.figureSections, x.sources.length) &&
    'quotations' in x
  );
}
