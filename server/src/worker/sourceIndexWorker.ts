/**
 * A worker thread of a cold source index (node/sources/indexPool.ts, bundled as server/out/sourceIndexWorker.js):
 * digests the sources it is given (or takes them from the digest cache) and holds them; once the main thread knows the
 * corpus-wide names, merges each with them, writes it to the cache and hands back its share of the set's snapshot. The
 * main thread adds the shares in the sources' order, so the index file is the one a single thread writes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { markDeclaredKinds } from '../core/names/kindEvidence';
import { NameIndex } from '../core/names/nameIndex';
import { digestSource, type SourceDigest } from '../core/sources';
import { mergeSource, namesLearntFrom, storedMentions } from '../core/sources/sourceIndex';
import { shareOf } from '../core/sources/sourceSetIndex';
import { figureSectionCodec } from '../node/sources/figureSectionCodec';
import { holdDigest } from '../node/sources/compactDigest';
import { DigestCache } from '../node/sources/digestCache';
import { growthCollector } from '../node/sources/growthCollector';
import type { FromIndexWorker, IndexWorkerData, ToIndexWorker } from '../node/sources/indexPool';

const port = parentPort!;
const { cacheFolder, version, glossary } = workerData as IndexWorkerData;
const cache = new DigestCache(cacheFolder, version);
/** The digests this thread made or loaded, by their place among the sources, until merged. */
const held = new Map<number, { hash: string; digest: SourceDigest }>();
// Two threads and this one hold the corpus between them: each lets its garbage grow by less before collecting. The
// threads hold most of it (at 2,000 articles the calling thread's heap stays under 90 MB while the process peaks at
// 440–470 MB): by a quarter of what is alive, not a half.
const collector = growthCollector(32 * 1024 * 1024, 1 / 4);
/** Sources merged before their shares go out together: their cache writes overlap. */
const MERGE_BATCH = 16;

const post = (message: FromIndexWorker) => port.postMessage(message);

port.on('message', (message: ToIndexWorker) => {
  handle(message).catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
});

async function handle(message: ToIndexWorker): Promise<void> {
  if (message.type === 'digest') {
    for (const { seq, hash, input } of message.jobs) {
      let digest = await cache.get(hash, { id: input.id, uri: input.uri });
      const fromCache = digest !== undefined;
      if (digest && digest.source.format !== 'pdf') digest.source.input.text = input.text;
      digest ??= holdDigest(digestSource(input));
      held.set(seq, { hash, digest });
      post({ type: 'digested', seq, fromCache, learnt: namesLearntFrom(digest) });
    }
    collector.check();
    return;
  }
  const names = new NameIndex(message.names);
  markDeclaredKinds(names, glossary);
  const mentionsOf = storedMentions(names, message.namesKey);
  const entryNumber = new Map(names.entries.map((entry, i) => [entry, i]));
  const order = [...held.keys()].sort((a, b) => a - b);
  for (let start = 0; start < order.length; start += MERGE_BATCH) {
    const batch = order.slice(start, start + MERGE_BATCH).map((seq) => {
      const { hash, digest } = held.get(seq)!;
      held.delete(seq);
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
