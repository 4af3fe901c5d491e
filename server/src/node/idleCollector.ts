import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** After this long without work, a thread gives its garbage back: a check of a large draft leaves much of it. */
const IDLE_MS = 1_000;
/** A heap this much larger than after the last collection is collected at once, busy or not (unless a thread says otherwise). */
const GROWTH_BYTES = 48 * 1024 * 1024;

let collect: (() => void) | undefined;
try {
  setFlagsFromString('--expose-gc');
  collect = runInNewContext('gc') as () => void;
} catch {
  collect = undefined; // a runtime without it collects on its own schedule
}

/** Collects garbage now, where the runtime lets us; returns the heap in use after it. */
export function collectGarbage(): number {
  collect?.();
  return getHeapStatistics().used_heap_size;
}

/**
 * Collects garbage once the thread has been idle for a moment. V8 lets the heap grow far beyond what is alive when
 * memory is plentiful; a language server that sits beside an editor for hours should not.
 */
export function idleCollector(growthBytes = GROWTH_BYTES, collectFully: (() => void) | undefined = collect): { busy(): void; workDone(): void } {
  let timer: NodeJS.Timeout | undefined;
  let liveAfterCollecting = 0;
  const collectNow = () => {
    collectFully?.();
    liveAfterCollecting = getHeapStatistics().used_heap_size;
  };
  return {
    busy() {
      clearTimeout(timer);
      if (collectFully) timer = setTimeout(collectNow, IDLE_MS).unref();
    },
    /**
     * A piece of work is over. While a writer types, checks follow each other without a pause, and V8 would let the
     * heap (and the server's peak memory) grow to several times what is alive before it collects.
     */
    workDone() {
      if (collectFully && getHeapStatistics().used_heap_size > liveAfterCollecting + growthBytes) collectNow();
      this.busy();
    },
  };
}
