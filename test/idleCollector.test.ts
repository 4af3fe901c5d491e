/**
 * A thread that checks drafts collects its garbage once its heap has grown by its threshold since its last collection:
 * V8 alone would let a large draft's heap grow to several times what is alive between edits, and that was the
 * server's peak memory.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectGarbage, idleCollector } from '../server/src/node/idleCollector';

const MB = 1024 * 1024;

/** A heap that grew by about `megabytes` (numbers in plain arrays: on the heap, not in buffers beside it). */
function grow(megabytes: number): number[][] {
  return Array.from({ length: megabytes }, (_, i) => new Array<number>(MB / 8).fill(i + 0.5));
}

/**
 * How many times a collector had collected after each growth of its heap, in MB, kept alive. Its own collections are
 * counted, not V8's: those cannot shrink what is kept, so they do not change when the collector decides to collect.
 */
function collectionsAfter(growths: number[], growthBytes?: number): number[] {
  let collections = 0;
  const collector = idleCollector(growthBytes, () => {
    collections++;
    collectGarbage();
  });
  const kept: number[][][] = [];
  const counts = growths.map((megabytes) => {
    kept.push(grow(megabytes));
    collector.workDone();
    return collections;
  });
  assert.equal(kept.flat().length, growths.reduce((a, b) => a + b, 0));
  collector.busy(); // its idle timer does not keep the test alive
  return counts;
}

test('a collector collects once the heap has grown by its threshold since its last collection, not before', () => {
  assert.deepEqual(collectionsAfter([20, 8, 12], 16 * MB), [1, 1, 2]);
});

test('by default a thread lets its heap grow by 48 MB before it collects', () => {
  assert.deepEqual(collectionsAfter([52, 20, 32]), [1, 1, 2]);
});
