import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { GlossaryName } from '../../core/names/nameIndex';
import type { NameCandidate } from '../../core/names/extractNames';
import type { SourceDigest, SourceInput } from '../../core/sources';
import type { SourceShare } from '../../core/sources/sourceSetIndex';
import type { NameEntry } from '../../core/types';

export interface IndexWorkerData {
  cacheFolder: string;
  /** The main thread's analyser version: the worker's own bundle is another file, and must read and write the same cache. */
  version: string;
  glossary: GlossaryName[];
  /** `MERGE_AHEAD`, or a test's bound. */
  mergeAhead: number;
}

export type ToIndexWorker =
  | { type: 'digest'; jobs: Array<{ seq: number; hash: string; input: SourceInput }> }
  | { type: 'merge'; names: NameEntry[]; namesKey: string }
  /** The sources before `next` are filed: a thread merges only sources fewer than `mergeAhead` after it. */
  | { type: 'filed'; next: number };

/**
 * How far (in the sources' order) a thread's merge may run ahead of the sources the calling thread has filed: the shares
 * of a thread that is ahead wait on the calling thread, in the sources' order, until the other thread's come. Without a
 * bound, a thread held back (by other jobs on the machine, or a few long sources) let hundreds pile up there.
 */
export const MERGE_AHEAD = 64;

export type FromIndexWorker =
  | { type: 'digested'; seq: number; fromCache: boolean; learnt: { candidates: NameCandidate[]; text: string } }
  | { type: 'merged'; seq: number; share: SourceShare; digest?: SourceDigest }
  | { type: 'mergedAll' }
  | { type: 'failed'; message: string };

export type Digested = Extract<FromIndexWorker, { type: 'digested' }>;

/** Below this many files a pool costs more than it saves: each thread loads the analyser's code first. */
export const POOL_MIN_FILES = 64;
/** Threads of one pool, at most: beyond the cores they only compete. */
const MAX_THREADS = 4;
/**
 * A thread's young generation: V8's default lets each thread hold far more short-lived garbage, and three heaps of it
 * took a cold index of 2,000 articles from 384 to 460–490 MB at its peak.
 */
const YOUNG_GENERATION_MB = 16;
/** Sources sent to a thread before it answers: it always has the next at hand, and the others get the rest. */
const IN_FLIGHT = 4;

/**
 * Threads for a cold index of `files` files: one per idle core (the machine and CI have two), one for a few files. Cores
 * other jobs keep busy (the last minute's load average, as `make -l` reads it) are left out: there the threads only
 * compete, and cost a quarter more CPU than one thread (bench:sources on a two-core machine at load 6–7).
 */
export function indexThreads(files: number, asked = threadsFromEnvironment(), cores = availableParallelism(), load = loadavg()[0]): number {
  if (asked !== undefined) return Math.max(1, Math.floor(asked));
  if (files < POOL_MIN_FILES) return 1;
  return Math.max(1, Math.min(MAX_THREADS, cores - Math.round(load)));
}

/**
 * `NEWSPROOF_INDEX_THREADS=2`: the threads of every cold index, whatever the load (a benchmark on a machine other jobs
 * share measures the pool it asks for, not what the load rule picks). Anything but a positive integer is ignored.
 */
function threadsFromEnvironment(): number | undefined {
  const asked = Number(process.env.NEWSPROOF_INDEX_THREADS);
  return Number.isInteger(asked) && asked > 0 ? asked : undefined;
}

/** The pool's thread code, next to the running bundle (server/out), or next to the server's from the tests' bundles. */
function workerFile(): string | undefined {
  return [join(__dirname, 'sourceIndexWorker.js'), join(__dirname, '..', '..', 'server', 'out', 'sourceIndexWorker.js')].find((file) => existsSync(file));
}

interface Thread {
  worker: Worker;
  inFlight: number;
}

/**
 * The worker threads of one cold index (worker/sourceIndexWorker.ts): sources are digested where a thread is free, each
 * thread holds what it digested, and merges it once the corpus-wide names are known. Started for one load and closed
 * after it. A thread that fails fails the pool (every pending promise rejects): the caller indexes on its own thread.
 */
export class IndexPool {
  private readonly threads: Thread[];
  private readonly queue: Array<{ seq: number; hash: string; input: SourceInput }> = [];
  private readonly digesting = new Map<number, { resolve(d: Digested): void; reject(e: Error): void }>();
  private merging: { onShare(seq: number, share: SourceShare, digest?: SourceDigest): void; left: number; resolve(): void; reject(e: Error): void } | undefined;
  private failure: Error | undefined;
  private closed: Promise<void> | undefined;

  private constructor(file: string, count: number, data: IndexWorkerData) {
    this.threads = Array.from({ length: count }, () => {
      // Its output (pdf.js warns on stdout) goes to stderr: the language server's stdout carries the protocol, the CLI's its report.
      const thread: Thread = { worker: new Worker(file, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }, stdout: true }), inFlight: 0 };
      thread.worker.stdout.pipe(process.stderr, { end: false });
      thread.worker.on('message', (message: FromIndexWorker) => this.received(thread, message));
      thread.worker.on('error', (error) => this.fail(error));
      thread.worker.on('exit', (code) => {
        // A thread stopped by `close` exits with 1: no failure.
        if (code !== 0 && !this.closed) this.fail(new Error(`a source index thread exited with code ${code}`));
      });
      return thread;
    });
  }

  /** A pool of `count` threads, or undefined where the thread code is missing (a partial build). */
  static start(count: number, data: IndexWorkerData): IndexPool | undefined {
    const file = workerFile();
    return file ? new IndexPool(file, count, data) : undefined;
  }

  /** Digests one source (or takes it from the cache) on a free thread, which keeps it for the merge; `seq` its place among the sources. */
  digest(seq: number, hash: string, input: SourceInput): Promise<Digested> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<Digested>((resolve, reject) => {
      this.digesting.set(seq, { resolve, reject });
      this.queue.push({ seq, hash, input });
      this.dispatch();
    });
  }

  /**
   * Merges every digest with these names; each source's share is handed to `onShare` as it comes, in no fixed order.
   * The threads merge no source `MERGE_AHEAD` or more after the first not yet filed (`filed`).
   */
  merge(names: NameEntry[], namesKey: string, onShare: (seq: number, share: SourceShare, digest?: SourceDigest) => void): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<void>((resolve, reject) => {
      this.merging = { onShare, left: this.threads.length, resolve, reject };
      for (const { worker } of this.threads) worker.postMessage({ type: 'merge', names, namesKey } satisfies ToIndexWorker);
    });
  }

  /** The sources before `next` are filed (added to the snapshot, in order): the threads may merge further. */
  filed(next: number): void {
    if (this.failure) return;
    for (const { worker } of this.threads) worker.postMessage({ type: 'filed', next } satisfies ToIndexWorker);
  }

  /**
   * Stops every thread (once; closing again waits for the same); pending promises reject with `reason` (cancelled
   * indexing), if given, or with an error saying the pool was closed.
   */
  close(reason?: Error): Promise<void> {
    this.fail(reason ?? new Error('the source index threads were closed'));
    this.closed ??= Promise.all(this.threads.map(({ worker }) => worker.terminate())).then(() => undefined);
    return this.closed;
  }

  private dispatch(): void {
    while (this.queue.length) {
      const thread = this.threads.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
      if (thread.inFlight >= IN_FLIGHT) return;
      thread.inFlight++;
      thread.worker.postMessage({ type: 'digest', jobs: [this.queue.shift()!] } satisfies ToIndexWorker);
    }
  }

  private received(thread: Thread, message: FromIndexWorker): void {
    if (this.failure) return;
    switch (message.type) {
      case 'digested': {
        thread.inFlight--;
        const pending = this.digesting.get(message.seq);
        this.digesting.delete(message.seq);
        this.dispatch();
        pending?.resolve(message);
        return;
      }
      case 'merged':
        try {
          this.merging?.onShare(message.seq, message.share, message.digest);
        } catch (error) {
          this.fail(error instanceof Error ? error : new Error(String(error)));
        }
        return;
      case 'mergedAll':
        if (this.merging && --this.merging.left === 0) this.merging.resolve();
        return;
      case 'failed':
        this.fail(new Error(message.message));
    }
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    for (const pending of this.digesting.values()) pending.reject(error);
    this.digesting.clear();
    this.merging?.reject(error);
  }
}
