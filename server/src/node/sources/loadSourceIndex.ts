import { digestSource, indexSources, type SourceDigest, type SourceIndex } from '../../core/sources';
import type { GlossaryName } from '../../core/names/nameIndex';
import { CorpusNames, DigestCache } from './digestCache';
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
}

export class Cancelled extends Error {
  constructor() {
    super('indexing sources was cancelled');
  }
}

/** Files read at once: their reads (and cache reads) overlap in libuv's thread pool while the main thread analyses. */
const BATCH = 32;

type Prepared =
  | { path: string; reuse: { hash: string; digest: SourceDigest } }
  | { path: string; skipped: SkippedSource }
  | { path: string; file: SourceFile; cached?: SourceDigest };

/**
 * The source index for the configured sources: files listed, each read (or taken from memory when unchanged),
 * digested or taken from the cache, then merged. Bad files are skipped with one message each; nothing throws but
 * cancellation.
 */
export async function loadSourceIndex(request: SourceLoadRequest): Promise<LoadedSources> {
  const listed = listSourceFiles(request.patterns, request.exclude ?? [], request.baseFolder);
  const cache = request.cacheFolder ? new DigestCache(request.cacheFolder) : undefined;
  const digests = new Map<string, { hash: string; digest: SourceDigest }>();
  const skipped: SkippedSource[] = [];
  const stats = { files: listed.files.length, fromCache: 0, fromMemory: 0, analysed: 0 };
  const prepare = async (path: string): Promise<Prepared> => {
    const known = request.previous?.digests.get(path);
    if (known && request.changed && !request.changed.has(path)) return { path, reuse: known };
    const file = await readSourceFile(path);
    if (isSkipped(file)) return { path, skipped: file };
    if (known?.hash === file.hash) return { path, reuse: known };
    return { path, file, cached: await cache?.get(file.hash, whereOf(path)) };
  };
  const batchAt = (start: number) => (start < listed.files.length ? Promise.all(listed.files.slice(start, start + BATCH).map(prepare)) : undefined);
  // The next batch is read while this one is analysed: the main thread does not wait for the disk between batches.
  let next = batchAt(0);
  for (let start = 0; start < listed.files.length; start += BATCH) {
    if (request.isCancelled?.()) {
      await next?.catch(() => undefined);
      throw new Cancelled();
    }
    request.progress?.(start, listed.files.length);
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
          continue;
        }
        digest = digestSource(input);
        stats.analysed++;
      }
      digests.set(item.path, { hash: file.hash, digest });
    }
  }
  request.progress?.(listed.files.length, listed.files.length);
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
  return { index, digests, skipped, problems: listed.problems, stats };
}

/** "press.pdf is a PDF without a text layer …": the message for a skipped file. */
export function skippedMessage(s: SkippedSource): string {
  return `Source ${s.path} ${s.reason}; skipped.`;
}
