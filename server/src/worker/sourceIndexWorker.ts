/**
 * A worker thread of a cold source index (node/sources/indexPool.ts, bundled as server/out/sourceIndexWorker.js):
 * digests the sources it is given (or takes them from the digest cache) and holds them; once the main thread knows the
 * corpus-wide names, merges each with them, writes it to the cache and hands back its share of the set's snapshot. The
 * main thread adds the shares in the sources' order, so the index file is the one a single thread writes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { markDeclaredKinds } from '../core/names/kindEvidence';
import { NameIndex } from '../core/names/nameIndex';
import { digestSource, type SourceDigest, type SourceInput } from '../core/sources';
import { mergeSource, namesLearntFrom, storedMentions } from '../core/sources/sourceIndex';
import { shareOf } from '../core/sources/sourceSetIndex';
import { figureSectionCodec } from '../node/sources/figureSectionCodec';
import { holdDigest } from '../node/sources/compactDigest';
import { DigestCache } from '../node/sources/digestCache';
import { growthCollector } from '../node/sources/growthCollector';
import type { FromIndexWorker, IndexWorkerData, ToIndexWorker } from '../node/sources/indexPool';

const port = parentPort!;
const { cacheFolder, version, glossary, mergeAhead } = workerData as IndexWorkerData;
const cache = new DigestCache(cacheFolder, version);
/**
 * The sources this thread digested or found in the cache, by their place among the sources, until merged: each digest is
 * parked in the cache (`input` kept to read it back with, or to digest it again should its file be gone by then), and
 * held here only where the cache could not take it. Held, the digests of a thread's thousand sources were 45–60 MB
 * alive at the start of the merge, in each thread's heap: the largest part of the cold index's peak.
 */
const held = new Map<number, { hash: string; input: SourceInput; digest?: SourceDigest }>();
// Two threads and this one hold the corpus between them: each lets its garbage grow by less before collecting: by a
// quarter of what is alive, not a half.
const collector = growthCollector(32 * 1024 * 1024, 1 / 4);
/** Sources merged before their shares go out together: their cache writes overlap. */
const MERGE_BATCH = 16;

const post = (message: FromIndexWorker) => port.postMessage(message);

/** The first source the calling thread has not filed yet, and who waits for it to move on. */
let filed = 0;
let onFiled: (() => void) | undefined;
/** Until the source at `seq` is fewer than `mergeAhead` (indexPool.ts `MERGE_AHEAD`) after the first one not filed. */
function untilNear(seq: number): Promise<void> | undefined {
  if (seq < filed + mergeAhead) return undefined;
  return new Promise<void>((resolve) => {
    onFiled = () => {
      if (seq >= filed + mergeAhead) return;
      onFiled = undefined;
      resolve();
    };
  });
}

port.on('message', (message: ToIndexWorker) => {
  if (message.type === 'filed') {
    filed = Math.max(filed, message.next);
    onFiled?.();
    return;
  }
  handle(message).catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
});

async function handle(message: Exclude<ToIndexWorker, { type: 'filed' }>): Promise<void> {
  if (message.type === 'digest') {
    for (const { seq, hash, input } of message.jobs) {
      let digest = await cache.get(hash, { id: input.id, uri: input.uri });
      const fromCache = digest !== undefined;
      if (digest && digest.source.format !== 'pdf') digest.source.input.text = input.text;
      digest ??= holdDigest(digestSource(input));
      const learnt = namesLearntFrom(digest);
      // Parked before the reply: the merge, which comes once every source has replied, reads it back.
      const parked = fromCache || (await cache.set(hash, digest));
      held.set(seq, parked ? { hash, input } : { hash, input, digest });
      post({ type: 'digested', seq, fromCache, learnt });
    }
    collector.check();
    return;
  }
  const names = new NameIndex(message.names);
  markDeclaredKinds(names, glossary);
  const mentionsOf = storedMentions(names, message.namesKey);
  const entryNumber = new Map(names.entries.map((entry, i) => [entry, i]));
  const order = [...held.keys()].sort((a, b) => a - b);
  for (let start = 0; start < order.length; ) {
    // The first source of a batch waits until it is near the sources filed (the thread holding the first one not filed
    // never waits for it); the batch takes no source beyond.
    await untilNear(order[start]);
    let end = start + 1;
    while (end < Math.min(order.length, start + MERGE_BATCH) && order[end] < filed + mergeAhead) end++;
    // Read back together (their reads overlap), then merged one by one.
    const digests = await Promise.all(order.slice(start, end).map(async (seq) => ({ seq, ...(await heldDigest(seq)) })));
    start = end;
    const batch = digests.map(({ seq, hash, digest }) => {
      // Checked source by source: a batch's merges leave more garbage than the thread lets grow between collections.
      collector.check();
      const before = [digest.documentKey, digest.quotations];
      const share = shareOf(mergeSource(digest, names, mentionsOf), digest.source, digest.language, entryNumber, figureSectionCodec);
      // Written where this merge read it anew, so that the next start reads nothing again.
      const written = digest.documentKey !== before[0] || digest.quotations !== before[1] ? cache.set(hash, digest) : Promise.resolve(true);
      return { seq, share, digest, written };
    });
    for (const { seq, share, digest, written } of batch) {
      // A digest the cache could not take (a read-only disk) goes to the main thread, which keeps it in memory.
      post({ type: 'merged', seq, share, ...((await written) ? {} : { digest }) });
    }
    collector.check();
  }
  post({ type: 'mergedAll' });
}

/** A source's digest as the digest phase left it: held, or read back from the cache (digested again where its file is gone or damaged). */
async function heldDigest(seq: number): Promise<{ hash: string; digest: SourceDigest }> {
  const { hash, input, digest } = held.get(seq)!;
  held.delete(seq);
  return { hash, digest: digest ?? (await cache.readBack(hash, input)) };
}
