/**
 * A check worker: checks drafts off the thread that answers the editor. One check at a time; a newer version of
 * the draft sets the shared cancel flag and the check stops at its next block.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { deadlineBudget } from '../core';
import { checkAnswers, checkDiagnostics, CheckCancelled } from '../lsp/checkDocument';
import { answerBuffers, type CheckJob, type FromWorker, type ToWorker } from '../lsp/checkProtocol';
import { idleCollector } from '../node/idleCollector';
import type { NewsproofSettings } from '../node/settings';
import { loadSourceIndex, sourceIndexKey, type LoadedIndex } from './sourceIndex';

export interface CheckWorkerData {
  /** One Int32: the id of the newest job that a newer version made outdated. */
  cancel: SharedArrayBuffer;
  /** How long one check may take before it reports what it has. */
  budgetMs: number;
}

const port = parentPort!;
const { cancel, budgetMs } = workerData as CheckWorkerData;
const cancelledUpTo = new Int32Array(cancel);
let runningId = 0;
const cancelled = () => Atomics.load(cancelledUpTo, 0) >= runningId;
let loaded: LoadedIndex | undefined;

const post = (message: FromWorker) => port.postMessage(message);
const collector = idleCollector();

function indexFor(settings: NewsproofSettings, baseFolder: string): LoadedIndex {
  if (loaded?.key !== sourceIndexKey(settings, baseFolder)) {
    loaded = undefined; // the old index and its caches may go before the new one is built
    loaded = loadSourceIndex(settings, baseFolder);
    if (loaded.problems.length) post({ type: 'problems', problems: loaded.problems });
    const { index } = loaded;
    post({ type: 'log', message: `indexed ${loaded.sources} sources: ${index.sentences.length} sentences, ${index.figures.length} figures, ${index.names.entries.length} names` });
  }
  return loaded;
}

function check(job: CheckJob): void {
  runningId = job.id ?? 0;
  const done = (outcome: { cancelled: boolean; error?: string; stoppedAt?: number }) => post({ type: 'done', uri: job.uri, version: job.version, ...outcome });
  try {
    const index = indexFor(job.settings, job.baseFolder);
    const { analysis, document, diagnostics } = checkDiagnostics(job, index, deadlineBudget(budgetMs, cancelled), budgetMs / 1000);
    if (cancelled()) return done({ cancelled: true });
    post({ type: 'diagnostics', uri: job.uri, version: job.version, diagnostics });
    if (analysis.plainProse) post({ type: 'log', message: `${job.uri}: ${analysis.plainProse.length} part(s) nested or sized beyond what the Markdown parser reads in linear time were read as plain prose` });
    if (job.answers) {
      const answers = checkAnswers(job, analysis, document, index, { expired: cancelled });
      port.postMessage({ type: 'answers', uri: job.uri, version: job.version, answers } satisfies FromWorker, answerBuffers(answers));
    }
    done({ cancelled: false, ...(analysis.stoppedAt !== undefined ? { stoppedAt: analysis.stoppedAt } : {}) });
    collector.busy();
  } catch (error) {
    if (error instanceof CheckCancelled) done({ cancelled: true });
    else done({ cancelled: false, error: (error as Error).stack ?? String(error) });
  }
}

port.on('message', (message: ToWorker) => {
  collector.busy();
  switch (message.type) {
    case 'check':
      return check(message.job);
    case 'sources': {
      const { index } = indexFor(message.settings, message.baseFolder);
      const counts = new Map<unknown, number>();
      for (const s of index.sentences) counts.set(s.source, (counts.get(s.source) ?? 0) + 1);
      return post({ type: 'reply', id: message.id, result: index.sources.map((s) => ({ uri: s.input.uri, title: s.title, sentences: counts.get(s) ?? 0 })) });
    }
    case 'reindex': {
      loaded = undefined;
      const fresh = indexFor(message.settings, message.baseFolder);
      return post({ type: 'reply', id: message.id, result: { sources: fresh.sources, sentences: fresh.index.sentences.length, problems: fresh.problems } });
    }
  }
});
