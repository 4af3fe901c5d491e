import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** After this long without work, a thread gives its garbage back: a check of a large draft leaves much of it. */
const IDLE_MS = 1_000;

let collect: (() => void) | undefined;
try {
  setFlagsFromString('--expose-gc');
  collect = runInNewContext('gc') as () => void;
} catch {
  collect = undefined; // a runtime without it collects on its own schedule
}

/**
 * Collects garbage once the thread has been idle for a moment. V8 lets the heap grow far beyond what is alive when
 * memory is plentiful; a language server that sits beside an editor for hours should not.
 */
export function idleCollector(): { busy(): void } {
  let timer: NodeJS.Timeout | undefined;
  return {
    busy() {
      clearTimeout(timer);
      if (collect) timer = setTimeout(collect, IDLE_MS).unref();
    },
  };
}
