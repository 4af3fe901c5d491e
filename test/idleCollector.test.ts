/**
 * A thread that checks drafts collects its garbage once its heap has grown by its threshold since its last collection:
 * V8 alone would let a large draft's heap grow to several times what is alive between edits, and that was the
 * server's peak memory.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { idleCollector } from '../server/src/node/idleCollector';

const MB = 1024 * 1024;

/** How many full collections `work` led to. */
async function fullCollections(work: () => void): Promise<number> {
  let count = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if ((entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) count++;
  });
  observer.observe({ entryTypes: ['gc'] });
  work();
  // Entries are delivered after the task that made them.
  await new Promise((resolve) => setTimeout(resolve, 500));
  observer.disconnect();
  return count;
}

/** A heap that grew by about `megabytes` (numbers in plain arrays: on the heap, not in buffers beside it). */
function grow(megabytes: number): number[][] {
  return Array.from({ length: megabytes }, (_, i) => new Array<number>(MB / 8).fill(i + 0.5));
}

test('a collector collects once the heap has grown by its threshold since its last collection, not before', async () => {
  const collector = idleCollector(16 * MB);
  const kept: number[][][] = [];
  // Grown by more than the threshold since the start: collected, and what is alive after it is where the heap stands.
  assert.ok((await fullCollections(() => (kept.push(grow(20)), collector.workDone()))) > 0);
  assert.equal(await fullCollections(() => (kept.push(grow(8)), collector.workDone())), 0);
  assert.ok((await fullCollections(() => (kept.push(grow(12)), collector.workDone()))) > 0);
  assert.equal(kept.flat().length, 40);
  collector.busy(); // its idle timer does not keep the test alive
});

test('by default a thread lets its heap grow by 48 MB before it collects', async () => {
  const collector = idleCollector();
  const kept: number[][][] = [];
  assert.ok((await fullCollections(() => (kept.push(grow(52)), collector.workDone()))) > 0);
  assert.equal(await fullCollections(() => (kept.push(grow(20)), collector.workDone())), 0);
  assert.equal(kept.flat().length, 72);
  collector.busy();
});
