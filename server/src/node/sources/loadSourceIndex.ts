import { digestSource, indexSources, type SourceDigest, type SourceIndex, type SourceInput } from '../../core/sources';
import { corpusNamesOf, mergeSource, namesLearntFrom, storedMentions } from '../../core/sources/sourceIndex';
import type { NameEntry } from '../../core/types';
import type { GlossaryName } from '../../core/names/nameIndex';
import { lazySourceIndex, snapshotOf, SnapshotBuilder, type SourceSetSnapshot, type SourceShare } from '../../core/sources/sourceSetIndex';
import { keptLearnt, MOST_CHANGED, spliceChanged, type LoadedSet, type SetAt, type Spliced } from './spliceChanged';
import { growthCollector } from './growthCollector';
import { holdDigest } from './compactDigest';
import { analyserVersion, CorpusNames, DigestCache, LearntNames } from './digestCache';
import { IndexPool, indexThreads, MERGE_AHEAD, type Digested } from './indexPool';
import { figureSectionCodec } from './figureSectionCodec';
import { SourceSetCache, type LastSourceSet, type StoredSourceSet } from './sourceSetCache';
import { listSourceFiles } from './listSourceFiles';
import { isSkipped, readSourceFile, sourceInputOf, whereOf, withTextWhenAsked, type SkippedSource, type SourceFile } from './readSource';

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
  /** Threads of a cold index (1: this one alone); by default one per core from 64 files on (indexPool.ts). */
  threads?: number;
  /** How far a thread's merge may run ahead of the sources filed here (indexPool.ts `MERGE_AHEAD`; a test's bound). */
  mergeAhead?: number;
}

export interface LoadedSources {
  index: SourceIndex;
  /** Each source file's digest and content hash, for the next load after a change on disk. */
  digests: Map<string, { hash: string; digest: SourceDigest }>;
  skipped: SkippedSource[];
  /** Paths that cannot be read and globs that match nothing: one message each. */
  problems: string[];
  /** `spliced`: sources merged again and taken out where a few files changed and the names stayed (spliceChanged.ts). */
  stats: { files: number; fromCache: number; fromMemory: number; analysed: number; threads?: number; spliced?: number };
  /** Started from the set's index file (every file as the last load of the same sources left it). */
  fromSetIndex: boolean;
  /** How many sentences and figures the index holds, counted without reading the sources of a lazily read index. */
  counts: { sentences: number; figures: number };
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
  const learntNames = request.cacheFolder ? new LearntNames(request.cacheFolder, request) : undefined;
  const previousSet = request.previous && setOf.get(request.previous.index);
  if (previousSet && cache && sets && learntNames) {
    const spliced = await spliceChanged(previousSet, listed.files, request, { cache, sets, learntNames, corpusNames: new CorpusNames(cache.folder, request) });
    if (spliced) return { ...loadedFrom(spliced, cache, request), problems: listed.problems };
  }
  const read = await readAll(listed.files, request);
  const keyFiles = read.flatMap((r) => ('reuse' in r ? [{ path: r.path, hash: r.reuse.hash }] : 'file' in r ? [{ path: r.path, hash: r.file.hash }] : []));
  const key = SourceSetCache.keyOf(keyFiles, request.glossary ?? []);
  const at: SetAt | undefined = sets && learntNames ? { file: sets.file, glossary: JSON.stringify(request.glossary ?? []), key, files: keyFiles, learntNames } : undefined;
  const fresh = !read.some((r) => 'reuse' in r);
  const last = fresh ? await sets?.last() : undefined;
  const stored = last?.key === key ? last : undefined;
  const lazy = stored && cache ? await lazyLoad(stored, read, cache, request, at!) : undefined;
  if (lazy) return { ...lazy, problems: listed.problems };
  // The set's file is of another state of these sources (a file changed since the last run): where a few files differ,
  // they are spliced into it, as a running server does with the files it is told changed.
  const spliced = last && !stored && cache && sets && at ? await spliceIntoLast(last, read, listed.files, request, { cache, sets, at }) : undefined;
  if (spliced) return { ...loadedFrom(spliced, cache!, request), problems: listed.problems };
  const threads = indexThreads(read.length, request.threads);
  if (cache && sets && at && fresh && threads > 1) {
    const pooled = await indexInPool(read, threads, { cache, sets, key, at }, request).catch((error: unknown) => {
      if (error instanceof Cancelled) throw error;
      // A pool that cannot start or fails (a partial build, a thread out of memory): this thread indexes on its own.
      return undefined;
    });
    if (pooled) return { ...pooled, problems: listed.problems, stats: { ...pooled.stats, files: listed.files.length } };
  }

  const digests = new Map<string, { hash: string; digest: SourceDigest }>();
  // Merged source by source from the cache (below): each digest is parked there until the merge, as the pool's threads
  // park theirs, not held (every source's digest, alive at once, was most of one thread's peak).
  const parking = Boolean(cache && sets && at && fresh);
  const parked: Parked[] = [];
  const skipped: SkippedSource[] = [];
  const decodeSkipped: SkippedSource[] = [];
  const stats = { files: listed.files.length, fromCache: 0, fromMemory: 0, analysed: 0 };
  const withCache = async (item: Read) => ('file' in item ? { ...item, cached: await cache?.get(item.file.hash, whereOf(item.path)) } : item);
  const batchAt = (start: number) => (start < read.length ? Promise.all(read.slice(start, start + BATCH).map(withCache)) : undefined);
  // The next batch's cache files are read while this one is analysed: the main thread does not wait for the disk.
  let next = batchAt(0);
  const collector = growthCollector();
  for (let start = 0; start < read.length; start += BATCH) {
    collector.check();
    if (request.isCancelled?.()) {
      await next?.catch(() => undefined);
      throw new Cancelled();
    }
    request.progress?.(start, read.length);
    const batch = await next!;
    next = batchAt(start + BATCH);
    const parkedBefore = parked.length;
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
        // Offsets as runs, as a cached digest's and the pool's threads' (a merge reads a block's only for a quotation).
        digest = holdDigest(digestSource(input));
        stats.analysed++;
      }
      if (!parking) {
        digests.set(item.path, { hash: file.hash, digest });
        continue;
      }
      // A digest read from the cache is parked there already; a new one is serialised here and written in the background.
      parked.push({ hash: file.hash, input: digest.source.input, learnt: namesLearntFrom(digest), digest, written: item.cached === digest ? Promise.resolve(true) : cache!.set(file.hash, digest) });
    }
    // Let go once written; held only where the cache could not take it.
    for (const entry of parked.slice(parkedBefore)) if (await entry.written) entry.digest = undefined;
  }
  request.progress?.(read.length, read.length);
  const corpusNames = request.cacheFolder ? new CorpusNames(request.cacheFolder, request) : undefined;
  const namesKey = CorpusNames.keyOf(parking ? parked.map((p) => p.hash) : [...digests.values()].map((d) => d.hash), request.glossary ?? []);
  const knownNames = await corpusNames?.get(namesKey);
  if (parking && cache && sets && at && corpusNames) {
    const loaded = await mergeSourceBySource(parked, { cache, sets, key, at, namesKey, knownNames, corpusNames, skipped: decodeSkipped }, request.glossary ?? []);
    return { ...loaded, skipped, problems: listed.problems, stats, fromSetIndex: false };
  }
  const readBefore = new Map([...digests.values()].map(({ digest }) => [digest, [digest.documentKey, digest.quotations]]));
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
  if (sets && cache) await sets.set(key, snapshotOf(index, [...digests.values()].map((d) => d.digest.language), figureSectionCodec, namesKey), decodeSkipped, keyFiles);
  return { index, digests, skipped, problems: listed.problems, stats, fromSetIndex: false, counts: { sentences: index.sentences.length, figures: index.figures.length } };
}

/** Every listed file's bytes and hash (or why it is skipped), a batch at a time; a file unchanged since `previous` is not read. */
async function readAll(paths: string[], request: SourceLoadRequest): Promise<Read[]> {
  const readOne = async (path: string): Promise<Read> => {
    const previous = request.previous?.digests.get(path);
    // A digest a lazily read index has not reached yet is read from the cache like any other: loading it through
    // the index would merge it first.
    const known = previous && !unread.get(previous)?.() ? previous : undefined;
    if (known && request.changed && !request.changed.has(path)) return { path, reuse: known };
    const file = readSourceFile(path);
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
async function lazyLoad(stored: StoredSourceSet, read: Read[], cache: DigestCache, request: SourceLoadRequest, at: SetAt): Promise<Omit<LoadedSources, 'problems'> | undefined> {
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
    // Decoded when a check first merges the source: the same bytes the set's index was made from.
    where.push(withTextWhenAsked(r.file));
  }
  if (where.length !== stored.snapshot.sources.length) return undefined;
  const { index, digests } = lazyIndexOf(stored.snapshot, where, hashes, cache, request.glossary ?? [], { ...at, decodeSkipped: stored.skipped });
  request.progress?.(read.length, read.length);
  return { index, digests, skipped, stats: { files: read.length, fromCache: index.sources.length, fromMemory: 0, analysed: 0 }, fromSetIndex: true, counts: countsOf(stored.snapshot) };
}

/**
 * The last load's set as the set's file keeps it, with the files read now: where they differ from the file's (changed,
 * added, deleted), those are spliced in (spliceChanged.ts). Undefined where the file cannot serve (another glossary, an
 * older file without its list of files, more than a few changes, other names).
 */
async function spliceIntoLast(last: LastSourceSet, read: Read[], files: string[], request: SourceLoadRequest, to: { cache: DigestCache; sets: SourceSetCache; at: SetAt }): Promise<Spliced | undefined> {
  const glossary = request.glossary ?? [];
  if (!last.files || SourceSetCache.keyOf(last.files, glossary) !== last.key) return undefined;
  const hashOf = new Map(last.files.map((f) => [f.path, f.hash]));
  const now = new Map(read.flatMap((r) => ('file' in r ? [[r.path, r.file] as const] : [])));
  // Changed: read now with other bytes, or read then and gone or unreadable now. A file skipped now that was not read
  // then (empty, binary, too large) is skipped as before.
  const changed = new Set([...read.filter((r) => 'file' in r && hashOf.get(r.path) !== r.file.hash).map((r) => r.path), ...last.files.filter((f) => !now.has(f.path)).map((f) => f.path)]);
  if (changed.size > MOST_CHANGED) return undefined;
  const where: LoadedSet['where'] = [];
  const hashes: string[] = [];
  for (const { source } of last.snapshot.sources) {
    const path = source.input.id;
    const hash = hashOf.get(path);
    if (hash === undefined) return undefined;
    hashes.push(hash);
    const file = now.get(path);
    // A source changed or gone needs no text: only what its digest held is taken out of the set.
    if (!file || file.hash !== hash || source.input.format === 'pdf') {
      where.push({ ...whereOf(path), text: '' });
      continue;
    }
    const input = await sourceInputOf(file);
    if (isSkipped(input)) return undefined;
    where.push({ id: input.id, uri: input.uri, text: input.text });
  }
  const previous: LoadedSet = { ...to.at, key: last.key, files: last.files, snapshot: last.snapshot, where, hashes, decodeSkipped: last.skipped, digests: [] };
  const skippedNow = read.flatMap((r) => ('skipped' in r ? [r.skipped] : []));
  return spliceChanged(previous, files, { ...request, changed, previous: { skipped: [...skippedNow, ...last.skipped] } }, { cache: to.cache, sets: to.sets, learntNames: to.at.learntNames, corpusNames: new CorpusNames(to.cache.folder, request) });
}

/** The loaded sources of a set spliced (spliceChanged.ts), read lazily as a warm start's are. */
function loadedFrom(spliced: Spliced, cache: DigestCache, request: SourceLoadRequest): Omit<LoadedSources, 'problems'> {
  request.progress?.(spliced.stats.files, spliced.stats.files);
  return { ...lazyIndexOf(spliced.snapshot, spliced.where, spliced.hashes, cache, request.glossary ?? [], spliced.at, spliced.kept), skipped: spliced.skipped, stats: spliced.stats, fromSetIndex: false, counts: countsOf(spliced.snapshot) };
}

const countsOf = (snapshot: SourceSetSnapshot) => ({ sentences: snapshot.sentences, figures: snapshot.figures });

/** The entries of a lazily read index, each with whether its digest is still unread. */
const unread = new WeakMap<object, () => boolean>();

/**
 * The index of a set of sources read lazily from its snapshot: each source's digest taken from `kept` (in memory),
 * else from the cache when a lookup first reaches it, else (its cache file gone or damaged) digested again then.
 */
function lazyIndexOf(snapshot: SourceSetSnapshot, where: Array<{ id: string; uri: string; text: string }>, hashes: string[], cache: DigestCache, glossary: GlossaryName[], at: SetAt & { decodeSkipped: SkippedSource[] }, kept: Array<SourceDigest | undefined> = []): Pick<LoadedSources, 'index' | 'digests'> {
  const digests = kept;
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
  const index = lazySourceIndex(snapshot, where, digestOf, figureSectionCodec, glossary, snapshot.namesKey ?? CorpusNames.keyOf(hashes, glossary));
  setOf.set(index, { ...at, snapshot, where, hashes, digests });
  const byPath = new Map<string, { hash: string; digest: SourceDigest }>();
  index.sources.forEach((source, i) => {
    const entry = { hash: hashes[i] } as { hash: string; digest: SourceDigest };
    Object.defineProperty(entry, 'digest', { enumerable: true, get: () => (index.sentencesOf(source), digests[i]!) });
    unread.set(entry, () => digests[i] === undefined);
    byPath.set(source.input.id, entry);
  });
  return { index, digests: byPath };
}

/**
 * Merges the digests one source at a time, each written to the cache (where the merge read it anew) and let go, and
 * the set's snapshot made as they go: a cold start holds one batch of merged sources at a time, not the whole corpus's
 * sentences and facts. The index is then read lazily from the snapshot, as a warm start's is.
 */
async function mergeSourceBySource(
  parked: Parked[],
  to: { cache: DigestCache; sets: SourceSetCache; key: string; at: SetAt; namesKey: string; knownNames?: NameEntry[]; corpusNames: CorpusNames; skipped: SkippedSource[] },
  glossary: GlossaryName[],
): Promise<Pick<LoadedSources, 'index' | 'digests' | 'counts'>> {
  const collector = growthCollector();
  const queue: Array<Parked | undefined> = parked.splice(0);
  const names = corpusNamesOf(() => queue.map((p) => p!.learnt!), glossary, to.knownNames);
  const namesWritten = to.knownNames ? undefined : to.corpusNames.set(to.namesKey, names.entries);
  const learntWritten = to.at.learntNames.set(to.key, keptLearnt(queue.map((p) => p!.learnt!), queue.map((p) => p!.input.id)));
  // Learnt from and handed to its file: not held through the merge (every source's name candidates).
  for (const p of queue) p!.learnt = undefined;
  const mentionsOf = storedMentions(names, to.namesKey);
  const snapshot = new SnapshotBuilder(names.entries, figureSectionCodec, to.namesKey);
  const where: Array<{ id: string; uri: string; text: string }> = [];
  const hashes: string[] = [];
  const kept: Array<SourceDigest | undefined> = [];
  for (let start = 0; start < queue.length; start += BATCH) {
    const writes: Array<Promise<boolean>> = [];
    // Read back together (their reads overlap), then merged one by one.
    const batch = await Promise.all(queue.slice(start, start + BATCH).map(async (p) => ({ hash: p!.hash, digest: p!.digest ?? (await to.cache.readBack(p!.hash, p!.input)) })));
    for (let i = start; i < Math.min(queue.length, start + BATCH); i++) {
      const { hash, digest } = batch[i - start];
      const before = [digest.documentKey, digest.quotations];
      snapshot.add(mergeSource(digest, names, mentionsOf), digest.source, digest.language);
      const { id, uri, text, format } = digest.source.input;
      where.push({ id, uri, text: format === 'pdf' ? '' : text });
      hashes.push(hash);
      // Written where this merge read it anew, so that the next start reads nothing again.
      writes.push(digest.documentKey !== before[0] || digest.quotations !== before[1] ? to.cache.set(hash, digest) : Promise.resolve(true));
    }
    const written = await Promise.all(writes);
    collector.check();
    // A digest the cache holds is let go; one it could not take (a read-only disk) stays in memory.
    written.forEach((ok, k) => {
      kept[start + k] = ok ? undefined : batch[k].digest;
      queue[start + k] = undefined;
    });
  }
  const made = snapshot.finish();
  await Promise.all([namesWritten, learntWritten, to.sets.set(to.key, made, to.skipped, to.at.files)]);
  return { ...lazyIndexOf(made, where, hashes, to.cache, glossary, { ...to.at, decodeSkipped: to.skipped }, kept), counts: countsOf(made) };
}

/** A source digested (or found in the cache) and parked in the cache until the merge; `digest` held only where the cache could not take it. */
interface Parked {
  hash: string;
  input: SourceInput;
  learnt?: ReturnType<typeof namesLearntFrom>;
  digest?: SourceDigest;
  written: Promise<boolean>;
}

/**
 * A cold index over several threads (indexPool.ts): this thread decodes the files and hands them out, the threads digest
 * them (or take them from the cache) and keep them; the corpus-wide names are learnt here from what they report, in the
 * sources' order; the threads merge their sources with those names and write them to the cache; their shares of the
 * set's snapshot are added here in the sources' order. The snapshot, the digests and the index are those of one thread.
 */
async function indexInPool(read: Read[], threads: number, to: { cache: DigestCache; sets: SourceSetCache; key: string; at: SetAt }, request: SourceLoadRequest): Promise<Omit<LoadedSources, 'problems'> | undefined> {
  const glossary = request.glossary ?? [];
  const pool = IndexPool.start(threads, { cacheFolder: to.cache.folder, version: analyserVersion(), glossary, mergeAhead: request.mergeAhead ?? MERGE_AHEAD });
  if (!pool) return undefined;
  const cancelled = () => {
    if (!request.isCancelled?.()) return false;
    void pool.close(new Cancelled());
    return true;
  };
  try {
    const skipped: SkippedSource[] = [];
    const decodeSkipped: SkippedSource[] = [];
    const where: Array<{ id: string; uri: string; text: string }> = [];
    const hashes: string[] = [];
    const digested: Array<Promise<Digested>> = [];
    let done = 0;
    for (const item of read) {
      if (cancelled()) throw new Cancelled();
      if ('skipped' in item) skipped.push(item.skipped);
      if (!('file' in item)) continue;
      const input = await sourceInputOf(item.file);
      if (isSkipped(input)) {
        skipped.push(input);
        decodeSkipped.push(input);
        continue;
      }
      where.push({ id: input.id, uri: input.uri, text: input.format === 'pdf' ? '' : input.text });
      hashes.push(item.file.hash);
      const reply = pool.digest(where.length - 1, item.file.hash, input).then((d) => {
        if (cancelled()) throw new Cancelled();
        request.progress?.(++done, read.length);
        return d;
      });
      // Rejected all at once when the pool stops: awaited below, or not at all once cancelled.
      reply.catch(() => undefined);
      digested.push(reply);
    }
    let results: Digested[] | undefined = await Promise.all(digested);
    digested.length = 0;
    request.progress?.(read.length, read.length);
    const fromCache = results.filter((r) => r.fromCache).length;
    const stats = { files: read.length, fromCache, fromMemory: 0, analysed: results.length - fromCache, threads };
    const corpusNames = new CorpusNames(to.cache.folder, request);
    const namesKey = CorpusNames.keyOf(hashes, glossary);
    const knownNames = await corpusNames.get(namesKey);
    const names = corpusNamesOf(() => results!.map((r) => r.learnt), glossary, knownNames);
    const learntWritten = to.at.learntNames.set(to.key, keptLearnt(results.map((r) => r.learnt), where.map((w) => w.id)));
    // What the names were learnt from (a copy of every text) is not kept through the merge.
    results = undefined;
    const namesWritten = knownNames ? undefined : corpusNames.set(namesKey, names.entries);
    const snapshot = new SnapshotBuilder(names.entries, figureSectionCodec, namesKey);
    const kept: Array<SourceDigest | undefined> = [];
    const arrived = new Map<number, { share: SourceShare; digest?: SourceDigest }>();
    let next = 0;
    // The shares arrive as copies, filed here and let go: collected sooner than V8 would. Once the threads hold no
    // digests, this heap (the snapshot growing, 45–60 MB alive) is the largest of the three at the merge's end; a few
    // more collections of it cost little (at 2,000 articles 12 instead of 9 in the whole load).
    const collector = growthCollector(16 * 1024 * 1024, 1 / 4);
    await pool.merge(names.entries, namesKey, (seq, share, digest) => {
      collector.check();
      arrived.set(seq, { share, digest });
      const before = next;
      for (let ready = arrived.get(next); ready; ready = arrived.get(next)) {
        arrived.delete(next);
        snapshot.addShare(ready.share);
        kept[next++] = ready.digest;
      }
      if (next > before) pool.filed(next);
    });
    if (next !== where.length) throw new Error(`the source index threads merged ${next} of ${where.length} sources`);
    // The threads are done: stopped before the snapshot is packed and written, not after. Their heaps (a hundred MB
    // each at 2,000 articles, most of it garbage of the merge) made the writing of the set's file the peak of the load.
    await pool.close();
    const made = snapshot.finish();
    await Promise.all([namesWritten, learntWritten, to.sets.set(to.key, made, decodeSkipped, to.at.files)]);
    return { ...lazyIndexOf(made, where, hashes, to.cache, glossary, { ...to.at, decodeSkipped }, kept), counts: countsOf(made), skipped, stats, fromSetIndex: false };
  } finally {
    await pool.close();
  }
}

/** The set each lazily read index was read from, for the next load after a few of its files changed (spliceChanged.ts). */
const setOf = new WeakMap<SourceIndex, LoadedSet>();

/** "press.pdf is a PDF without a text layer …": the message for a skipped file. */
export function skippedMessage(s: SkippedSource): string {
  return `Source ${s.path} ${s.reason}; skipped.`;
}
