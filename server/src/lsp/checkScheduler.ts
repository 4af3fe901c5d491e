import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { Diagnostic } from 'vscode-languageserver';
import { idleCollector } from '../node/idleCollector';
import type { NewsproofSettings } from '../node/settings';
import type { LogLine } from '../core/i18n/serverMessages';
import type { CheckWorkerData } from '../worker/checkWorker';
import { NOT_KEPT, type AnswerSource } from './answerStore';
import type { AnswerReply, AnswerRequest, CheckJob, ClaimTable, FromWorker, HoverAnswer, ReportJob, ToWorker } from './checkProtocol';
import { EncodedDiagnostics } from './encodedDiagnostics';

const MAX_FAILURES_IN_A_ROW = 3;

/**
 * The check worker's young generation. At 8 MB what a check keeps was copied and promoted in many more scavenges: a
 * session of a 1 MB draft (open, 7 edits) spent 9.6–9.9 s of the worker's 26 s collecting garbage, at 32 MB 7.1–7.5 s,
 * with the same peak memory (505–574 MB against 507–531 MB). Since then the analysis keeps far less, and the peak of
 * an open is what it keeps plus the heap's room: at 16 MB a 1 MB draft's open peaked 13–48 MB lower than at 32 MB in
 * three pairs of runs at a high load (285, 287, 297 against 322, 333, 310 MB; after two edits 298–299 against 330–336
 * MB) for 2–4 % more CPU. At 8 MB the server's peak over stdio fell again, 2–15 MB in four pairs (median 268.5 → 260
 * MB; in a worker thread 312, 302 → 297, 285 MB), the open's CPU within the load's noise, what is alive the same.
 */
export const YOUNG_GENERATION_MB = 8;

export interface SchedulerEvents {
  /** As the worker encoded them: this thread passes them on without parsing them. */
  diagnostics(job: CheckJob, diagnostics: EncodedDiagnostics): void;
  /**
   * A check of this version finished (complete, or partial when its time ran out): its hovers, tokens and claims are
   * made by its worker when asked of `source`.
   */
  answers(job: CheckJob, source: AnswerSource): void;
  problems(problems: string[]): void;
  log(line: LogLine): void;
  /** A check is over: finished (up to `stoppedAt` when its time ran out), or cancelled by a newer version. */
  done?(job: CheckJob, cancelled: boolean, stoppedAt?: number): void;
  /** A worker reads sources: `done` of `total`; `total` 0 when it is over. `worker` tells the workers apart. */
  indexing?(worker: object, done: number, total: number): void;
}

interface PoolWorker {
  worker: Worker;
  cancel: Int32Array;
  /** Where its answers are asked for (AnswerRequest), apart from the checks, which it takes one at a time. */
  answers: MessagePort;
  asked: Map<number, { resolve: (reply: AnswerReply) => void; reject: (error: Error) => void }>;
  running?: CheckJob;
  /** Diagnostics of the running job, kept for whoever waits on it (a workspace check). */
  diagnostics?: EncodedDiagnostics;
}

type Outcome = { diagnostics?: Diagnostic[]; cancelled: boolean; error?: string };

/**
 * Runs checks in worker threads, so the thread that answers the editor never waits on one. Per draft one check
 * at a time: a newer version cancels the running check at once and replaces any that waits. A draft goes back to
 * the worker that checked it last, where its chunks and sentences are cached, unless another is idle first.
 */
export class CheckScheduler {
  private readonly workers: PoolWorker[] = [];
  /** Per draft, the newest job waiting for a worker, in the order they came. */
  private readonly pending = new Map<string, CheckJob>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly affinity = new Map<string, PoolWorker>();
  private readonly waiting = new Map<string, Array<(outcome: Outcome) => void>>();
  private readonly replies = new Map<number, { worker: PoolWorker; resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  private nextRequest = 0;
  private nextJob = 1;
  private failuresInARow = 0;
  private disposed = false;
  /** This thread receives every check's diagnostics and answers, and sends them on: thousands for a large draft. */
  private readonly collector = idleCollector();

  /** Workers start when a check needs one, up to `size`: one draft at a time needs only one, and its memory. */
  constructor(
    private readonly workerFile: string,
    private size: number,
    private readonly budgetMs: number,
    private readonly events: SchedulerEvents,
    /** The source digest cache every worker reads and writes. */
    private readonly cacheFolder?: string,
    /** The client's locale: the workers' lines in the Output channel follow it. */
    private readonly locale?: string,
  ) {}

  private spawn(): PoolWorker {
    const cancel = new SharedArrayBuffer(4);
    const channel = new MessageChannel();
    const data: CheckWorkerData = { cancel, budgetMs: this.budgetMs, answers: channel.port2, ...(this.cacheFolder ? { cacheFolder: this.cacheFolder } : {}), ...(this.locale ? { locale: this.locale } : {}) };
    // Its output goes to stderr: over stdio, this process's stdout carries the protocol (a library's warning there would break it).
    const worker = new Worker(this.workerFile, { workerData: data, transferList: [channel.port2], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }, stdout: true });
    worker.stdout.pipe(process.stderr, { end: false });
    const pooled: PoolWorker = { worker, cancel: new Int32Array(cancel), answers: channel.port1, asked: new Map() };
    pooled.answers.on('message', (reply: AnswerReply) => {
      const asked = pooled.asked.get(reply.id);
      pooled.asked.delete(reply.id);
      if (reply.error) asked?.reject(new Error(reply.error));
      else asked?.resolve(reply);
    });
    // The worker keeps the process alive while it runs; its channel need not.
    pooled.answers.unref();
    pooled.worker.on('message', (message: FromWorker) => this.receive(pooled, message));
    pooled.worker.on('error', (error) => this.events.log((say) => say.checkWorkerFailed(error.stack ?? String(error))));
    pooled.worker.on('exit', (code) => this.replace(pooled, code));
    return pooled;
  }

  /** A worker that died (out of memory, a bug) is replaced; its draft gets empty diagnostics rather than stale ones. */
  private replace(dead: PoolWorker, code: number): void {
    if (this.disposed) return;
    const i = this.workers.indexOf(dead);
    if (i < 0) return;
    // A worker that cannot even start (a broken installation) must not be restarted for ever.
    if (++this.failuresInARow > MAX_FAILURES_IN_A_ROW) {
      this.events.log((say) => say.checkWorkerGaveUp(code, this.failuresInARow));
      this.workers.splice(i, 1);
      this.size = 0;
    } else {
      this.events.log((say) => say.checkWorkerRestarted(code));
      this.workers[i] = this.spawn();
    }
    for (const [uri, worker] of this.affinity) if (worker === dead) this.affinity.delete(uri);
    this.events.indexing?.(dead, 0, 0); // whatever it was reading, it reads no more
    for (const [id, reply] of this.replies) {
      if (reply.worker !== dead) continue;
      this.replies.delete(id);
      reply.reject(new Error(`the check worker exited (code ${code})`));
    }
    for (const asked of dead.asked.values()) asked.reject(new Error(`the check worker exited (code ${code})`));
    dead.asked.clear();
    dead.answers.close();
    const job = dead.running;
    if (job) this.finish(job, { cancelled: false, error: `the check worker exited (code ${code})` }, undefined);
    this.dispatch();
  }

  /**
   * A new version of a draft: its running check is cancelled now, and the new one starts after `delayMs`
   * (the typing delay). `job` is called when the delay is over, so it reads the text as it is then.
   */
  schedule(uri: string, delayMs: number, job: () => CheckJob | undefined): void {
    this.cancelRunning(uri);
    this.pending.delete(uri);
    clearTimeout(this.timers.get(uri));
    const fire = () => {
      this.timers.delete(uri);
      const next = job();
      if (next) this.enqueue(next);
    };
    if (delayMs <= 0) fire();
    else this.timers.set(uri, setTimeout(fire, delayMs));
  }

  /** Checks once and resolves with the diagnostics (none when cancelled or failed): for drafts that are not open. */
  checkOnce(job: CheckJob): Promise<Outcome> {
    return new Promise((resolve) => {
      this.waiting.set(job.uri, [...(this.waiting.get(job.uri) ?? []), resolve]);
      this.enqueue(job);
    });
  }

  /** A closed draft: nothing of it is checked or kept any more (of any draft, with `everyDraft`: none is open). */
  forget(uri: string, everyDraft = false): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.pending.delete(uri);
    this.cancelRunning(uri);
    this.affinity.delete(uri);
    for (const { worker } of this.workers) worker.postMessage({ type: 'forget', uri, everyDraft } satisfies ToWorker);
  }

  /** Whether a check of this draft is waiting or running. */
  busyWith(uri: string): boolean {
    return this.timers.has(uri) || this.pending.has(uri) || this.workers.some((w) => w.running?.uri === uri);
  }

  /** The indexed sources, from a worker that is idle if one is. */
  sources(settings: NewsproofSettings, baseFolder: string): Promise<unknown> {
    this.startOneIfNone();
    const worker = this.workers.find((w) => !w.running) ?? this.workers[0];
    if (!worker) return Promise.resolve([]);
    return this.request(worker, (id) => ({ type: 'sources', id, settings, baseFolder }));
  }

  /** Every worker reads the sources again; resolves with the first one's counts. */
  reindex(settings: NewsproofSettings, baseFolder: string): Promise<unknown> {
    this.startOneIfNone();
    if (this.workers.length === 0) return Promise.resolve({ sources: 0, sentences: 0, problems: [] });
    return Promise.race(this.workers.map((w) => this.request(w, (id) => ({ type: 'reindex', id, settings, baseFolder }))));
  }

  /** Source files changed on disk: every worker reads them again before its next check. */
  sourcesChanged(paths: string[]): void {
    for (const w of this.workers) w.worker.postMessage({ type: 'sourcesChanged', paths } satisfies ToWorker);
  }

  /** The user cancelled indexing: every worker stops reading sources and keeps what it had. */
  cancelIndexing(): void {
    for (const w of this.workers) w.worker.postMessage({ type: 'cancelIndexing' } satisfies ToWorker);
  }

  /** The review report, made by the worker that checked the draft (its caches know it), else an idle one. */
  report(job: ReportJob): Promise<unknown> {
    this.startOneIfNone();
    const preferred = job.params.scope === 'draft' ? this.affinity.get(job.params.uri) : undefined;
    const worker = preferred ?? this.workers.find((w) => !w.running) ?? this.workers[0];
    if (!worker) return Promise.resolve({ status: 'failed', message: 'Newsproof cannot check: its check worker does not start (the Output channel says why).' });
    return this.request(worker, (id) => ({ type: 'report', id, job }));
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
    for (const w of this.workers) w.answers.close();
  }

  /**
   * A worker started ahead of the first check (when the server starts): its start overlaps the client sending the
   * first draft (5 MB take about a second to arrive) and asking for the settings, instead of following them.
   */
  warmUp(): void {
    this.startOneIfNone();
  }

  /** A request that any worker can answer needs one: the first is started for it if no check started one yet. */
  private startOneIfNone(): void {
    if (this.workers.length === 0 && this.size > 0) this.workers.push(this.spawn());
  }

  /**
   * The answers of one checked version, made by the worker that checked it when asked. Asked of a version the worker
   * no longer keeps (a newer one was just checked, the draft closed), they say so (NOT_KEPT); of a worker that is gone, none.
   */
  private answerSource(worker: PoolWorker, uri: string, version: number): AnswerSource {
    const ask = async (request: { kind: 'hover'; offset: number } | { kind: 'tokens' } | { kind: 'claims' }) => {
      if (!this.workers.includes(worker)) return undefined;
      const id = this.nextRequest++;
      const reply = await new Promise<AnswerReply>((resolve, reject) => {
        worker.asked.set(id, { resolve, reject });
        worker.answers.postMessage({ id, uri, version, ...request } satisfies AnswerRequest);
      });
      return reply.stale ? NOT_KEPT : reply.result;
    };
    return {
      hover: async (offset) => ((await ask({ kind: 'hover', offset })) as HoverAnswer | null | undefined | typeof NOT_KEPT) ?? undefined,
      tokens: async () => ((await ask({ kind: 'tokens' })) as Uint32Array | undefined | typeof NOT_KEPT) ?? new Uint32Array(0),
      claims: async () => ((await ask({ kind: 'claims' })) as ClaimTable | undefined | typeof NOT_KEPT) ?? NOT_KEPT,
    };
  }

  private request(worker: PoolWorker, message: (id: number) => ToWorker): Promise<unknown> {
    const id = this.nextRequest++;
    return new Promise((resolve, reject) => {
      this.replies.set(id, { worker, resolve, reject });
      worker.worker.postMessage(message(id));
    });
  }

  private enqueue(job: CheckJob): void {
    this.cancelRunning(job.uri);
    this.pending.set(job.uri, job);
    this.dispatch();
  }

  private cancelRunning(uri: string): void {
    // The flag names the job: one that a worker has not even started yet is cancelled too, and no later one.
    for (const w of this.workers) if (w.running?.uri === uri) Atomics.store(w.cancel, 0, w.running.id!);
  }

  private dispatch(): void {
    // Open drafts (the writer is looking at them) go before a workspace check's files.
    const queue = [...this.pending.values()].sort((a, b) => Number(b.answers) - Number(a.answers));
    for (const job of queue) {
      const { uri } = job;
      // One check per draft at a time: a cancelled one still running finishes first.
      if (this.workers.some((w) => w.running?.uri === uri)) continue;
      let idle = this.workers.filter((w) => !w.running);
      if (idle.length === 0 && this.workers.length < this.size) {
        this.workers.push(this.spawn());
        idle = this.workers.filter((w) => !w.running);
      }
      if (idle.length === 0) return;
      const preferred = this.affinity.get(uri);
      const worker = preferred && !preferred.running ? preferred : idle[0];
      this.pending.delete(uri);
      this.affinity.set(uri, worker);
      worker.running = { ...job, id: this.nextJob++, since: Date.now() };
      worker.diagnostics = undefined;
      worker.worker.postMessage({ type: 'check', job: worker.running } satisfies ToWorker);
    }
  }

  private receive(worker: PoolWorker, message: FromWorker): void {
    const job = worker.running;
    switch (message.type) {
      case 'diagnostics':
        if (job && job.version === message.version && job.uri === message.uri) {
          worker.diagnostics = new EncodedDiagnostics(message.json);
          this.events.diagnostics(job, worker.diagnostics);
        }
        return;
      case 'answerable':
        if (job && job.version === message.version && job.uri === message.uri) {
          // A draft checked by another worker before keeps nothing there any more: what it kept is an older version.
          for (const other of this.workers) if (other !== worker) other.worker.postMessage({ type: 'answeredElsewhere', uri: job.uri } satisfies ToWorker);
          this.events.answers(job, this.answerSource(worker, job.uri, job.version));
        }
        return;
      case 'done':
        this.failuresInARow = 0;
        if (!job) return;
        worker.running = undefined;
        if (message.error) this.events.log((say) => say.checkFailed(job.uri, message.error!));
        this.events.done?.(job, message.cancelled, message.stoppedAt);
        this.finish(job, { cancelled: message.cancelled, error: message.error }, worker.diagnostics);
        worker.diagnostics = undefined;
        this.dispatch();
        this.collector.workDone();
        return;
      case 'problems':
        return this.events.problems(message.problems);
      case 'log':
        return this.events.log(message.message);
      case 'indexing':
        return this.events.indexing?.(worker, message.done, message.total);
      case 'reply': {
        const reply = this.replies.get(message.id);
        this.replies.delete(message.id);
        if (message.error) reply?.reject(new Error(message.error));
        else reply?.resolve(message.result);
        return;
      }
    }
  }

  private finish(job: CheckJob, outcome: Outcome, diagnostics: EncodedDiagnostics | undefined): void {
    const waiters = this.waiting.get(job.uri);
    if (!waiters) return;
    // A cancelled check answers no one while a newer check of the draft is on its way: "Check All" asked for that one.
    if (outcome.cancelled && this.busyWith(job.uri)) return;
    this.waiting.delete(job.uri);
    if (diagnostics) outcome.diagnostics = diagnostics.toJSON() as Diagnostic[];
    for (const resolve of waiters) resolve(outcome);
  }
}
