import { isDeepStrictEqual } from 'node:util';
import { digestSource, formatOf, type SourceDigest } from '../../core/sources';
import type { GlossaryName } from '../../core/names/nameIndex';
import { corpusNamesOf, mergeSource, namesLearntFrom, storedMentions } from '../../core/sources/sourceIndex';
import { figureSectionCodec } from './figureSectionCodec';
import { shareOf, type SourceSetSnapshot, type SourceShare } from '../../core/sources/sourceSetIndex';
import { spliceSnapshot, type SplicedSource } from '../../core/sources/spliceSnapshot';
import { CorpusNames, type DigestCache, type LearntFrom, type LearntNames } from './digestCache';
import { isSkipped, readSourceFile, sourceInputOf, whereOf, type SkippedSource } from './readSource';
import { SourceSetCache } from './sourceSetCache';

/** Where a set's index file and what its names were learnt from are kept, and the state of the set they are for. */
export interface SetAt {
  /** The set's index file (its patterns, exclusions and folder) and the glossary: a splice stays within one set. */
  file: string;
  glossary: string;
  key: string;
  /** The files the key was made of, in order: every file read, decodable or not. */
  files: Array<{ path: string; hash: string }>;
  learntNames: LearntNames;
}

/** A set as a load read it lazily from its snapshot: what the next load needs to splice a few changed files into it. */
export interface LoadedSet extends SetAt {
  snapshot: SourceSetSnapshot;
  where: Array<{ id: string; uri: string; text: string }>;
  hashes: string[];
  /** Files the load skipped once read (text that cannot be decoded, a PDF without text), as the index file keeps them. */
  decodeSkipped: SkippedSource[];
  /** The lazily read index's digests, each once a lookup reached it. */
  digests: Array<SourceDigest | undefined>;
}

export interface Spliced {
  snapshot: SourceSetSnapshot;
  where: LoadedSet['where'];
  hashes: string[];
  kept: Array<SourceDigest | undefined>;
  at: SetAt & { decodeSkipped: SkippedSource[] };
  skipped: SkippedSource[];
  stats: { files: number; fromCache: number; fromMemory: number; analysed: number; spliced: number };
}

/** More changed files than this are indexed as any load is: the pool digests and merges them faster than one by one. */
export const MOST_CHANGED = 32;

/**
 * The set after a few files changed, were added or deleted, where the corpus-wide names stay what they were: only the
 * changed files are read, digested and merged, and their shares spliced into the last load's snapshot
 * (core/sources/spliceSnapshot.ts); every other source stays as the last load left it, read when a lookup reaches it.
 * The names are learnt again from what the set's last load kept of every source (`LearntNames`) and the changed
 * digests; where they differ (a new name, one gone), or anything does not fit, undefined: the caller indexes as usual.
 */
export async function spliceChanged(
  previous: LoadedSet,
  files: string[],
  request: { changed?: Set<string>; glossary?: GlossaryName[]; previous?: { skipped: SkippedSource[] }; isCancelled?: () => boolean },
  to: { cache: DigestCache; sets: SourceSetCache; learntNames: LearntNames; corpusNames: CorpusNames },
): Promise<Spliced | undefined> {
  const glossary = request.glossary ?? [];
  const { changed } = request;
  if (!changed || changed.size > MOST_CHANGED || request.isCancelled?.()) return undefined;
  if (previous.file !== to.sets.file || previous.glossary !== JSON.stringify(glossary)) return undefined;
  const learntBefore = await previous.learntNames.get(previous.key);
  if (!learntBefore || learntBefore.length !== previous.where.length) return undefined;
  const numberOf = new Map(previous.where.map((w, i) => [w.id, i]));
  const hashOf = new Map(previous.files.map((f) => [f.path, f.hash]));
  const skippedBefore = new Map((request.previous?.skipped ?? []).map((s) => [s.path, s]));
  const decodeSkippedBefore = new Map(previous.decodeSkipped.map((s) => [s.path, s]));

  const sources: Array<{ from: number } | { digest: SourceDigest; hash: string }> = [];
  const keyFiles: Array<{ path: string; hash: string }> = [];
  const skipped: SkippedSource[] = [];
  const decodeSkipped: SkippedSource[] = [];
  const stats = { files: files.length, fromCache: 0, fromMemory: 0, analysed: 0, spliced: 0 };
  for (const path of files) {
    const before = numberOf.get(path);
    if (!changed.has(path)) {
      const hash = hashOf.get(path);
      const reason = skippedBefore.get(path);
      if (before !== undefined) sources.push({ from: before });
      else if (reason) skipped.push(reason);
      // A file the last load did not list, yet not said to have changed: not the set that load read.
      else return undefined;
      if (hash !== undefined) keyFiles.push({ path, hash });
      const undecodable = decodeSkippedBefore.get(path);
      if (undecodable) decodeSkipped.push(undecodable);
      continue;
    }
    const file = readSourceFile(path);
    if (isSkipped(file)) {
      skipped.push(file);
      continue;
    }
    keyFiles.push({ path, hash: file.hash });
    if (before !== undefined && previous.hashes[before] === file.hash) {
      sources.push({ from: before });
      continue;
    }
    const input = await sourceInputOf(file);
    if (isSkipped(input)) {
      skipped.push(input);
      decodeSkipped.push(input);
      continue;
    }
    let digest = await to.cache.get(file.hash, whereOf(path));
    if (digest && digest.source.format !== 'pdf') digest.source.input.text = input.text;
    if (digest) stats.fromCache++;
    else {
      digest = digestSource(input);
      stats.analysed++;
    }
    sources.push({ digest, hash: file.hash });
  }

  const learnt = sources.map((s) => ('from' in s ? { candidates: learntBefore[s.from].candidates, text: learntBefore[s.from].text ?? previous.where[s.from].text } : namesLearntFrom(s.digest)));
  const names = corpusNamesOf(() => learnt, glossary);
  if (!isDeepStrictEqual(names.entries, previous.snapshot.names)) return undefined;
  const namesKey = previous.snapshot.namesKey;
  const mentionsOf = storedMentions(names, namesKey);
  const entryNumber = new Map(names.entries.map((e, i) => [e, i]));
  const shareOfDigest = (digest: SourceDigest): SourceShare => shareOf(mergeSource(digest, names, mentionsOf), digest.source, digest.language, entryNumber, figureSectionCodec);

  // The shares of the sources gone (changed or deleted) as they were merged: what the snapshot counts of them.
  const staying = new Set(sources.flatMap((s) => ('from' in s ? [s.from] : [])));
  const gone: SourceShare[] = [];
  for (let i = 0; i < previous.where.length; i++) {
    if (staying.has(i)) continue;
    const digest = previous.digests[i] ?? to.cache.getSync(previous.hashes[i], previous.where[i]);
    if (!digest) return undefined;
    if (digest.source.format !== 'pdf') digest.source.input.text = previous.where[i].text;
    gone.push(shareOfDigest(digest));
  }
  const writes: Array<Promise<unknown>> = [];
  const spliced: SplicedSource[] = sources.map((s) => {
    if ('from' in s) return s;
    const share = shareOfDigest(s.digest);
    writes.push(to.cache.set(s.hash, s.digest));
    return { share };
  });
  const snapshot = spliceSnapshot(previous.snapshot, spliced, gone);
  if (!snapshot) return undefined;

  const where = sources.map((s) => ('from' in s ? previous.where[s.from] : { ...whereOf(s.digest.source.input.id), text: s.digest.source.input.format === 'pdf' ? '' : s.digest.source.input.text }));
  const hashes = sources.map((s) => ('from' in s ? previous.hashes[s.from] : s.hash));
  const key = SourceSetCache.keyOf(keyFiles, glossary);
  stats.fromMemory = staying.size;
  stats.spliced = sources.length - staying.size + gone.length;
  writes.push(
    to.sets.set(key, snapshot, decodeSkipped, keyFiles),
    previous.learntNames.set(key, keptLearnt(learnt, where.map((w) => w.id))),
    to.corpusNames.set(CorpusNames.keyOf(hashes, glossary), names.entries),
  );
  await Promise.all(writes);
  return {
    snapshot,
    where,
    hashes,
    kept: sources.map((s) => ('from' in s ? previous.digests[s.from] : s.digest)),
    at: { file: previous.file, glossary: previous.glossary, key, files: keyFiles, learntNames: previous.learntNames, decodeSkipped },
    skipped,
    stats,
  };
}

/** What the names were learnt from, as kept for the set: a text or Markdown file's text is the file's, read from it then. */
export function keptLearnt(learnt: Array<{ candidates: LearntFrom['candidates']; text: string }>, paths: string[]): LearntFrom[] {
  return learnt.map(({ candidates, text }, i) => (textIsTheFile(paths[i]) ? { candidates } : { candidates, text }));
}

/** Whether a source's names are learnt from its file's text as read (not from a page's or a PDF's prose). */
function textIsTheFile(path: string): boolean {
  const format = formatOf(path);
  return format === 'text' || format === 'markdown';
}
