import { digestSource, indexSources, type SourceDigest, type SourceIndex } from '../../core/sources';
import type { GlossaryName } from '../../core/names/nameIndex';
import { lazySourceIndex, snapshotOf } from '../../core/sources/sourceSetIndex';
import { CorpusNames, DigestCache } from './digestCache';
import { SourceSetCache, type StoredSourceSet } from './sourceSetCache';
import { listSourceFiles } from './listSourceFiles';
import { isSkipped, readSourceFile, sourceInputOf, whereOf, type SkippedSource, type SourceFile } from './readSource';

export interface SourceLoadRequest {
  /** Absolute paths, folders or globs (an entry starting with "!" excludes). */
  patterns: string[];
  /** Globs of files never read (`sourcesExclude`). */
  exclude?: string[];
  /** Where relative globs start. */
  baseFolder: string;
  glossary?: GlossaryName[];
  /** The folder of the on-disk cache; none: no cache. */
  cacheFolder?: string;
  /** Called as sources are read: done of total. */
  progress?: (done: number, total: number) => void;
  /** Asked between sources; true stops the load with a Cancelled error. */
  isCancelled?: () => boolean;
  /** The last load's digests: those whose file is not in `changed` are taken as they are, without reading the file. */
  previous?: LoadedSources;
  /** Files known to have changed since `previous` (created, changed or deleted). */
  changed?: Set<string>;
}

export interface LoadedSources {
  index: SourceIndex;
  /** Each source file's digest and content hash, for the next load after a change on disk. */
  digests: Map<string, { hash: string; digest: SourceDigest }>;
  skipped: SkippedSource[];
  /** Paths that cannot be read and globs that match nothing: one message each. */
  problems: string[];
  stats: { files: number; fromCache: number; fromMemory: number; analysed: number };
  /** Read lazily from the set's snapshot (every file as the last load of the same sources left it). */
  lazy: boolean;
}

export class Cancelled extends Error {
  constructor() {
    super('indexing sources was cancelled');
  }
}

/** Files read at once: their reads (and cache reads) overlap in libuv's thread pool while the main thread analyses. */
const BATCH = 32;

type Read = { path: string; reuse: { hash: string; digest: SourceDigest } } | { path: string; skipped: SkippedSource } | { path: string; file: SourceFile };

/**
 * The source index for the configured sources: files listed and read (or taken from memory when unchanged); where
 * every file is as the last load of the same set left it, the index is read lazily from the set's snapshot;
 * otherwise each file is digested or taken from the cache, and the digests are merged. Bad files are skipped with one
 * message each; nothing throws but cancellation.
 */
export async function loadSourceIndex(request: SourceLoadRequest): Promise<LoadedSources> {
  const listed = listSourceFiles(request.patterns, request.exclude ?? [], request.baseFolder);
  const cache = request.cacheFolder ? new DigestCache(request.cacheFolder) : undefined;
  const sets = request.cacheFolder ? new SourceSetCache(request.cacheFolder, request) : undefined;
  const read = await readAll(listed.files, request);
  const key = SourceSetCache.keyOf(read.flatMap((r) => ('reuse' in r ? [{ path: r.path, hash: r.reuse.hash }] : 'file' in r ? [r.file] : [])), request.glossary ?? []);
  const fresh = !read.some((r) => 'reuse' in r);
  const stored = fresh ? await sets?.get(key) : undefined;
  const lazy = stored && cache ? await lazyLoad(stored, read, cache, request) : undefined;
  if (lazy) return { ...lazy, problems: listed.problems };

  const digests = new Map<string, { hash: string; digest: SourceDigest }>();
  const skipped: SkippedSource[] = [];
  const decodeSkipped: SkippedSource[] = [];
  const stats = { files: listed.files.length, fromCache: 0, fromMemory: 0, analysed: 0 };
  const withCache = async (item: Read) => ('file' in item ? { ...item, cached: await cache?.get(item.file.hash, whereOf(item.path)) } : item);
  const batchAt = (start: number) => (start < read.length ? Promise.all(read.slice(start, start + BATCH).map(withCache)) : undefined);
  // The next batch's cache files are read while this one is analysed: the main thread does not wait for the disk.
  let next = batchAt(0);
  for (let start = 0; start < read.length; start += BATCH) {
    if (request.isCancelled?.()) {
      await next?.catch(() => undefined);
      throw new Cancelled();
    }
    request.progress?.(start, read.length);
    const batch = await next!;
    next = batchAt(start + BATCH);
    for (const item of batch) {
      if ('reuse' in item) {
        digests.set(item.path, item.reuse);
        stats.fromMemory++;
        continue;
      }
      if ('skipped' in item) {
        skipped.push(item.skipped);
        continue;
      }
      const { file } = item;
      let digest = item.cached;
      if (digest && digest.source.format !== 'pdf') {
        // A cached digest needs the text for positions and hovers, not for analysis: decoding it is cheap.
        const input = await sourceInputOf(file);
        if (isSkipped(input)) digest = undefined;
        else digest.source.input.text = input.text;
      }
      if (digest) stats.fromCache++;
      else {
        const input = await sourceInputOf(file);
        if (isSkipped(input)) {
          skipped.push(input);
          decodeSkipped.push(input);
          continue;
        }
        digest = digestSource(input);
        stats.analysed++;
      }
      digests.set(item.path, { hash: file.hash, digest });
    }
  }
  request.progress?.(read.length, read.length);
  const readBefore = new Map([...digests.values()].map(({ digest }) => [digest, [digest.documentKey, digest.quotations]]));
  const corpusNames = request.cacheFolder ? new CorpusNames(request.cacheFolder, request) : undefined;
  const namesKey = CorpusNames.keyOf([...digests.values()].map((d) => d.hash), request.glossary ?? []);
  const knownNames = await corpusNames?.get(namesKey);
  const index = indexSources([...digests.values()].map((d) => d.digest), request.glossary ?? [], knownNames, namesKey);
  // Stored after the merge, with what it read: a digest new or read differently (other names in the corpus) is
  // written, so that the next start with the same sources reads nothing again.
  const readAgain = ({ digest }: { digest: SourceDigest }) => digest.documentKey !== readBefore.get(digest)![0] || digest.quotations !== readBefore.get(digest)![1];
  const toWrite = cache ? [...digests.values()].filter(readAgain) : [];
  const names = corpusNames && !knownNames ? corpusNames.set(namesKey, index.names.entries) : undefined;
  // A batch at a time: each digest is serialised when its write starts, and thousands of buffers at once were the
  // peak of a cold index's memory.
  for (let start = 0; start < toWrite.length; start += BATCH) await Promise.all(toWrite.slice(start, start + BATCH).map(({ hash, digest }) => cache!.set(hash, digest)));
  await names;
  if (sets && cache) await sets.set(key, snapshotOf(index, [...digests.values()].map((d) => d.digest.language)), decodeSkipped);
  return { index, digests, skipped, problems: listed.problems, stats, lazy: false };
}

/** Every listed file's bytes and hash (or why it is skipped), a batch at a time; a file unchanged since `previous` is not read. */
async function readAll(paths: string[], request: SourceLoadRequest): Promise<Read[]> {
  const readOne = async (path: string): Promise<Read> => {
    const known = request.previous?.digests.get(path);
    if (known && request.changed && !request.changed.has(path)) return { path, reuse: known };
    const file = await readSourceFile(path);
    if (isSkipped(file)) return { path, skipped: file };
    if (known?.hash === file.hash) return { path, reuse: known };
    return { path, file };
  };
  const read: Read[] = [];
  for (let start = 0; start < paths.length; start += BATCH) {
    if (request.isCancelled?.()) throw new Cancelled();
    read.push(...(await Promise.all(paths.slice(start, start + BATCH).map(readOne))));
  }
  return read;
}

/**
 * The index from the set's snapshot, each source's digest read from the cache when a lookup first reaches it (and, if
 * its cache file is gone or damaged, digested again then). Undefined where the snapshot does not fit the files read now.
 */
async function lazyLoad(stored: StoredSourceSet, read: Read[], cache: DigestCache, request: SourceLoadRequest): Promise<Omit<LoadedSources, 'problems'> | undefined> {
  const position = new Map(stored.snapshot.sources.map(({ source }, i) => [source.input.id, i]));
  const reasons = new Map(stored.skipped.map((s) => [s.path, s]));
  const skipped: SkippedSource[] = [];
  const where: Array<{ id: string; uri: string; text: string }> = [];
  const hashes: string[] = [];
  for (const r of read) {
    if ('reuse' in r) return undefined;
    if ('skipped' in r) {
      skipped.push(r.skipped);
      continue;
    }
    const i = position.get(r.path);
    // A file the snapshot's load skipped once read is skipped for the same reason: its bytes are the same.
    if (i === undefined) {
      const reason = reasons.get(r.path);
      if (!reason) return undefined;
      skipped.push(reason);
      continue;
    }
    if (i !== where.length) return undefined;
    hashes.push(r.file.hash);
    if (stored.snapshot.sources[i].source.input.format === 'pdf') {
      where.push({ ...whereOf(r.path), text: '' });
      continue;
    }
    const input = await sourceInputOf(r.file);
    if (isSkipped(input)) return undefined;
    where.push(input);
  }
  if (where.length !== stored.snapshot.sources.length) return undefined;
  const digests: Array<SourceDigest | undefined> = [];
  const digestOf = (i: number): SourceDigest => {
    let digest = digests[i] ?? cache.getSync(hashes[i], where[i]);
    if (!digest) {
      digest = digestSource(index.sources[i].input);
      const made = digest;
      // Written once the merge has read it, so the next start finds it complete.
      setTimeout(() => void cache.set(hashes[i], made));
    } else if (digest.source.format !== 'pdf') digest.source.input.text = where[i].text;
    digests[i] = digest;
    return digest;
  };
  const index = lazySourceIndex(stored.snapshot, where, digestOf, request.glossary ?? [], CorpusNames.keyOf(hashes, request.glossary ?? []));
  const byPath = new Map<string, { hash: string; digest: SourceDigest }>();
  index.sources.forEach((source, i) => {
    const entry = { hash: hashes[i] } as { hash: string; digest: SourceDigest };
    Object.defineProperty(entry, 'digest', { enumerable: true, get: () => (index.sentencesOf(source), digests[i]!) });
    byPath.set(source.input.id, entry);
  });
  request.progress?.(read.length, read.length);
  return { index, digests: byPath, skipped, stats: { files: read.length, fromCache: index.sources.length, fromMemory: 0, analysed: 0 }, lazy: true };
}

/** "press.pdf is a PDF without a text layer …": the message for a skipped file. */
export function skippedMessage(s: SkippedSource): string {
  return `Source ${s.path} ${s.reason}; skipped.`;
}
