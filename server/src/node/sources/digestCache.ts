import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { digestSource, DIGEST_VERSION, type SourceDigest, type SourceInput } from '../../core/sources';
import type { GlossaryName } from '../../core/names/nameIndex';
import type { NameEntry } from '../../core/types';
import type { NameCandidate } from '../../core/names/extractNames';
import { compactDigest, expandDigest, holdDigest } from './compactDigest';

const MAGIC = 'newsproof-source-digest';
const NAMES_MAGIC = 'newsproof-corpus-names';
const LEARNT_MAGIC = 'newsproof-learnt-names';

/**
 * What a source yields, stored on disk by the hash of its bytes: an unchanged folder is read from here instead of
 * being analysed again. One file per source, so a damaged file costs one source, not the cache. A file of another
 * analyser version, another program, or damaged is deleted and the source analysed again; never an error.
 */
export class DigestCache {
  readonly folder: string;
  private readonly version: string;
  private made: Promise<unknown> | undefined;
  hits = 0;
  misses = 0;
  discarded = 0;

  constructor(folder: string, version = analyserVersion()) {
    this.folder = folder;
    this.version = version;
  }

  private fileOf(hash: string): string {
    return join(this.folder, `${hash}.bin`);
  }

  /** The cached digest for these bytes, rebound to where the file is now (the same text may have moved); without the text of a text file. */
  async get(hash: string, where: Pick<SourceInput, 'id' | 'uri'>): Promise<SourceDigest | undefined> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(this.fileOf(hash));
    } catch {
      this.misses++;
      return undefined;
    }
    const digest = this.decode(bytes, hash, where);
    if (!digest) await fs.rm(this.fileOf(hash), { force: true });
    return digest;
  }

  /**
   * A digest parked here by a cold index until its merge, with its text from `input` (the file's, as read then);
   * digested again from `input` where its file is gone or damaged since.
   */
  async readBack(hash: string, input: SourceInput): Promise<SourceDigest> {
    const parked = await this.get(hash, { id: input.id, uri: input.uri });
    if (parked && parked.source.format !== 'pdf') parked.source.input.text = input.text;
    return parked ?? holdDigest(digestSource(input));
  }

  /** `get`, at once: for a source of a lazily read index, whose digest is wanted when a lookup reaches it. */
  getSync(hash: string, where: Pick<SourceInput, 'id' | 'uri'>): SourceDigest | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.fileOf(hash));
    } catch {
      this.misses++;
      return undefined;
    }
    const digest = this.decode(bytes, hash, where);
    if (!digest) rmSync(this.fileOf(hash), { force: true });
    return digest;
  }

  private decode(bytes: Buffer, hash: string, where: Pick<SourceInput, 'id' | 'uri'>): SourceDigest | undefined {
    try {
      const entry = deserialize(bytes) as { magic?: unknown; version?: unknown; hash?: unknown; digest?: SourceDigest };
      if (entry?.magic !== MAGIC || entry.version !== this.version || entry.hash !== hash || !entry.digest?.source?.input) throw new Error('foreign or outdated');
      const digest = expandDigest(entry.digest);
      const input = digest.source.input;
      digest.source.input = { ...input, ...where };
      this.hits++;
      return digest;
    } catch {
      this.discarded++;
      this.misses++;
      return undefined;
    }
  }

  /**
   * Stores a digest; a cache that cannot be written (read-only disk, full) only costs speed (false). The digest is
   * serialised at once (it may change later), the file written in the background.
   */
  async set(hash: string, digest: SourceDigest): Promise<boolean> {
    try {
      const file = this.fileOf(hash);
      // The file's text is read from disk anyway; only a PDF's extracted text is worth keeping.
      const input = digest.source.input;
      const stored = { ...digest, source: { ...digest.source, input: { ...input, text: input.format === 'pdf' ? input.text : '' } } };
      const bytes = serialize({ magic: MAGIC, version: this.version, hash, digest: compactDigest(stored) });
      this.made ??= fs.mkdir(this.folder, { recursive: true });
      await this.made;
      // Written in place, without a temporary file and a rename (each costs as much as the write): a file cut short
      // by a crash fails its check when read and is written again; two writers of one digest write the same bytes.
      await fs.writeFile(file, bytes);
      return true;
    } catch {
      // Speed only: the index is complete without the cache.
      return false;
    }
  }
}

/**
 * One file per set of sources (the same patterns from the same folder) holding one value for one state of them (`key`),
 * replaced when they change. A file of another analyser version, another state, damaged or of another shape is not
 * used: speed only, never an error.
 */
class SetFile<T> {
  private readonly file: string;
  private readonly version: string;

  constructor(folder: string, sources: { patterns: string[]; exclude?: string[]; baseFolder: string }, private readonly kind: { extension: string; magic: string; holds(value: unknown): value is T }, version = analyserVersion()) {
    const which = createHash('sha256').update(JSON.stringify([sources.patterns, sources.exclude ?? [], sources.baseFolder])).digest('hex').slice(0, 24);
    this.file = join(folder, `${which}.${kind.extension}`);
    this.version = version;
  }

  async get(key: string): Promise<T | undefined> {
    try {
      const entry = deserialize(await fs.readFile(this.file)) as { magic?: unknown; version?: unknown; key?: unknown; value?: unknown };
      return entry?.magic === this.kind.magic && entry.version === this.version && entry.key === key && this.kind.holds(entry.value) ? entry.value : undefined;
    } catch {
      return undefined;
    }
  }

  /** Written to a temporary file and renamed, so a reader never sees half of it. Speed only: failures are ignored. */
  async set(key: string, value: T): Promise<void> {
    const temporary = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    try {
      await fs.mkdir(join(this.file, '..'), { recursive: true });
      await fs.writeFile(temporary, serialize({ magic: this.kind.magic, version: this.version, key, value }));
      await fs.rename(temporary, this.file);
    } catch {
      await fs.rm(temporary, { force: true }).catch(() => undefined);
    }
  }
}

/**
 * The corpus-wide name index of the last load of one set of sources: built from every source's name candidates and
 * text, so it is the same as long as every source's bytes, their order and the glossary are. A start with nothing
 * changed takes the names from here instead of learning them from the whole corpus again.
 */
export class CorpusNames extends SetFile<NameEntry[]> {
  constructor(folder: string, sources: { patterns: string[]; exclude?: string[]; baseFolder: string }, version?: string) {
    super(folder, sources, { extension: 'names', magic: NAMES_MAGIC, holds: (value): value is NameEntry[] => Array.isArray(value) }, version);
  }

  /** What the names are learnt from: each source by its content hash, in order, and the glossary. */
  static keyOf(hashes: string[], glossary: GlossaryName[]): string {
    return createHash('sha256').update(JSON.stringify([hashes, glossary])).digest('hex');
  }
}

/** What the corpus-wide names learn from one source; `text` only where it is not the file's text (a page's, a PDF's prose). */
export interface LearntFrom {
  candidates: NameCandidate[];
  text?: string;
}

/**
 * What the names of the set's last load were learnt from, source by source (keyed as the set's index file): when a few
 * sources change, the names are learnt again from these and the changed sources' digests, without reading every digest,
 * to tell whether they stay the same (then only the changed sources are merged again).
 */
export class LearntNames extends SetFile<LearntFrom[]> {
  constructor(folder: string, sources: { patterns: string[]; exclude?: string[]; baseFolder: string }, version?: string) {
    super(folder, sources, { extension: 'learnt', magic: LEARNT_MAGIC, holds: (value): value is LearntFrom[] => Array.isArray(value) && value.every((v) => Array.isArray(v?.candidates)) }, version);
  }
}

/**
 * The analyser's version: the digest format and the code that computes digests. The running bundle's bytes stand for
 * the code, so a new build never reads digests an older one wrote.
 */
export function analyserVersion(): string {
  // Hashed once per process: every load opens four caches, and the bundle is megabytes.
  if (version !== undefined) return version;
  let code = '';
  try {
    code = createHash('sha256').update(readFileSync(__filename)).digest('hex').slice(0, 16);
  } catch {
    code = 'unknown';
  }
  version = `${DIGEST_VERSION}:${code}`;
  return version;
}

let version: string | undefined;

/** The CLI's cache folder, as ESLint's `--cache-location` defaults to a user folder: XDG on Linux, the usual elsewhere. */
export function defaultCacheFolder(): string {
  if (process.env.XDG_CACHE_HOME) return join(process.env.XDG_CACHE_HOME, 'newsproof');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'newsproof');
  if (process.platform === 'win32') return join(process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'newsproof', 'Cache');
  return join(homedir(), '.cache', 'newsproof');
}
