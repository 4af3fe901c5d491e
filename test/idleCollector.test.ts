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
 * A collector whose own collections are counted (V8's collections of its own are not: they cannot shrink what is kept,
 * so they do not change when the collector decides to collect).
 */
function countedCollector(growthBytes?: number) {
  const counted = { collections: 0 };
  const collector = idleCollector(growthBytes, () => {
    counted.collections++;
    collectGarbage();
  });
  return { collector, counted };
}

test('a collector collects once the heap has grown by its threshold since its last collection, not before', () => {
  const { collector, counted } = countedCollector(16 * MB);
  const kept: number[][][] = [];
  kept.push(grow(20));
  collector.workDone();
  assert.equal(counted.collections, 1);
  kept.push(grow(8));
  collector.workDone();
  assert.equal(counted.collections, 1);
  kept.push(grow(12));
  collector.workDone();
  assert.equal(counted.collections, 2);
  assert.equal(kept.flat().length, 40);
  collector.busy(); // its idle timer does not keep the test alive
});

test('by default a thread lets its heap grow by 48 MB before it collects', () => {
  const { collector, counted } = countedCollector();
  const kept: number[][][] = [];
  kept.push(grow(52));
  collector.workDone();
  assert.equal(counted.collections, 1);
  kept.push(grow(20));
  collector.workDone();
  assert.equal(counted.collections, 1);
  kept.push(grow(32));
  collector.workDone();
  assert.equal(counted.collections, 2);
  assert.equal(kept.flat().length, 104);
  collector.busy();
});
