import { getHeapStatistics } from 'node:v8';
import { collectGarbage } from '../idleCollector';

/**
 * While thousands of sources are digested and merged, V8 lets the heap grow to several times what is alive (parse trees
 * and merged sources die old): collected whenever the heap has grown by `share` (half) of what was alive after the last
 * collection (at least `minimum`), so the peak stays near what the load keeps, and the collections cost little,
 * however much else the process holds.
 */
export function growthCollector(minimum = 64 * 1024 * 1024, share = 1 / 2): { check(): void } {
  let live = getHeapStatistics().used_heap_size;
  return {
    check() {
      if (getHeapStatistics().used_heap_size > live + Math.max(minimum, live * share)) live = collectGarbage();
    },
  };
}
