/**
 * A check worker: checks drafts off the thread that answers the editor. One check at a time; a newer version of
 * the draft sets the shared cancel flag and the check stops at its next block.
 */
import { pathToFileURL } from 'node:url';
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { logText, serverMessagesFor } from '../core/i18n/serverMessages';
import { analyzeDraft, deadlineBudget, forgetDraft, forgetEveryDraft, type SourceIndex } from '../core';
import { KeptAnalysis } from '../lsp/answersOnDemand';
import { checkDiagnostics, diagnosticsJson, forgetChecks } from '../lsp/checkDocument';
import { answerBuffers, type AnswerReply, type AnswerRequest, type CheckJob, type FromWorker, type ReportJob, type ToWorker } from '../lsp/checkProtocol';
import { exportReport } from '../lsp/exportReport';
import { sourceInfos } from '../lsp/sourceInfo';
import { idleCollector } from '../node/idleCollector';
import { DEFAULT_SETTINGS } from '../node/settings';
import { SourceLoader } from './sourceIndex';

export interface CheckWorkerData {
  /** One Int32: the id of the newest job that a newer version made outdated. */
  cancel: SharedArrayBuffer;
  /** How long one check may take before it reports what it has. */
  budgetMs: number;
  /** The folder of the source digest cache, shared by every worker: the second one to read the sources finds them digested. */
  cacheFolder?: string;
  /** The client's locale, for the lines the worker writes to the Output channel. */
  locale?: string;
  /** Where the main thread asks for hovers, tokens and claims (AnswerRequest), and gets them. */
  answers: MessagePort;
}

const port = parentPort!;
const { cancel, budgetMs, cacheFolder, locale, answers: answerPort } = workerData as CheckWorkerData;
const serverMessages = serverMessagesFor(locale);
const cancelledUpTo = new Int32Array(cancel);
let runningId = 0;
const cancelled = () => Atomics.load(cancelledUpTo, 0) >= runningId;

/**
 * Per open draft, its last finished check, which hovers, tokens and claims are made from when asked: complete, or
 * partial when its time ran out (what it read is answered; a draft under load may never get a complete check).
 */
const kept = new Map<string, KeptAnalysis>();

/**
 * Counts the changes of the sources (on disk, or read again). A kept check holds the index it was read with: kept
 * past a change, it would keep the old index alive beside the new one, and answer from it. So the kept checks are let
 * go at each change, and a check read before the change (under way meanwhile) keeps nothing: the re-check answers.
 */
let sourcesVersion = 0;
function sourcesChanged(): void {
  sourcesVersion++;
  kept.clear();
}

function answer(request: AnswerRequest): void {
  const from = kept.get(request.uri);
  let reply: AnswerReply;
  if (from?.version !== request.version) reply = { id: request.id, stale: true };
  else {
    try {
      reply = { id: request.id, result: from.answer(request) };
    } catch (error) {
      reply = { id: request.id, error: (error as Error).stack ?? String(error) };
    }
  }
  answerPort.postMessage(reply, answerBuffers(reply.result));
}
answerPort.on('message', answer);

/**
 * A check asks its budget between blocks whether to stop: then requests that came meanwhile are answered too, from
 * the checks before it, so a hover does not wait for a check under way (of another draft, or a newer version).
 */
const cancelledOrAnswering = () => {
  for (let request = receiveMessageOnPort(answerPort); request; request = receiveMessageOnPort(answerPort)) answer(request.message as AnswerRequest);
  return cancelled();
};

/** The draft whose check is under way, past reading its blocks, and the requests about it that came meanwhile. */
let finishing: string | undefined;
const deferred: AnswerRequest[] = [];
/** How often the check's later stages look for requests: looking costs a few microseconds, and they run per block. */
const ANSWER_EVERY_MS = 10;
let lookedAt = 0;

/**
 * The stages after reading blocks (facts in context, the rules, the diagnostics) are not stopped, and take about as
 * long again: between their pieces the requests that came meanwhile are answered too, those about other drafts at
 * once. Those about the draft being checked wait for its end (its figures' matches are being judged again, and they
 * are shared with its kept check): answered then by the newer version, or asked again of it (NOT_KEPT).
 */
const answerMeanwhile = () => {
  const now = performance.now();
  if (now - lookedAt < ANSWER_EVERY_MS) return;
  lookedAt = now;
  for (let request = receiveMessageOnPort(answerPort); request; request = receiveMessageOnPort(answerPort)) {
    const asked = request.message as AnswerRequest;
    if (asked.uri === finishing) deferred.push(asked);
    else answer(asked);
  }
};

function answerDeferred(): void {
  finishing = undefined;
  for (const request of deferred.splice(0)) answer(request);
}

const post = (message: FromWorker) => port.postMessage(message);
/**
 * What an edit of a large draft leaves in the worker's old generation (the blocks and findings it replaced, the answers
 * it made) is a few MB, and V8 collects it only when the heap has grown to several times what is alive: between edits
 * only this thread's collections bound it. At 48 MB the server's resident memory rose by 3–5 MB with each of the first
 * seven edits of a 1 MB draft (19–37 MB above what opening took, four runs); at 16 MB it stops rising after the third
 * (17–19 MB above, two runs at the same load). The collection follows the posted diagnostics.
 */
const GROWTH_BYTES = 16 * 1024 * 1024;
const collector = idleCollector(GROWTH_BYTES);
const sources = new SourceLoader(cacheFolder, {
  progress: (done, total) => post({ type: 'indexing', done, total }),
  problems: (problems) => post({ type: 'problems', problems }),
  log: (line) => post({ type: 'log', message: logText(line, serverMessages) }),
});

/** Per draft, the text of its last check here and the sources it was read with: what to let go when it is closed. */
const lastChecked = new Map<string, { text: string; index: SourceIndex }>();

function forget(uri: string, everyDraft: boolean): void {
  const last = lastChecked.get(uri);
  lastChecked.delete(uri);
  kept.delete(uri);
  if (everyDraft) {
    lastChecked.clear();
    kept.clear();
    forgetEveryDraft();
    forgetChecks();
  } else if (last) {
    forgetDraft(last.text, last.index);
    forgetChecks(last.text);
  }
}

/**
 * Of a large draft, the check's time counts from when this worker took it: its start and the wait for the sources are
 * time the writer waits too, and the answer would otherwise come a whole budget after them (5 MB at a load of 11–19:
 * 3–7 s of waiting, then 6 s of checking). A smaller draft's check is short, so its answer follows the wait soon
 * anyway; counting the wait would only cut it short on a loaded machine, into a partial answer and another check.
 */
const WAIT_COUNTS_FROM_CHARS = 100_000;
const checkStart = (job: CheckJob) => (job.text.length >= WAIT_COUNTS_FROM_CHARS ? job.since : undefined);

async function check(job: CheckJob): Promise<void> {
  runningId = job.id ?? 0;
  const done = (outcome: { cancelled: boolean; error?: string; stoppedAt?: number }) => post({ type: 'done', uri: job.uri, version: job.version, ...outcome });
  try {
    const readWith = sourcesVersion;
    const index = await sources.indexFor(job.settings, job.baseFolder, job);
    if (cancelled()) return done({ cancelled: true });
    lastChecked.set(job.uri, { text: job.text, index: index.index });
    finishing = job.uri;
    const budget = { ...deadlineBudget(budgetMs, cancelledOrAnswering, checkStart(job)), meanwhile: answerMeanwhile };
    const { analysis, document, diagnostics } = checkDiagnostics(job, index, budget, budgetMs / 1000);
    if (cancelled()) return done({ cancelled: true });
    const json = diagnosticsJson(diagnostics);
    port.postMessage({ type: 'diagnostics', uri: job.uri, version: job.version, json } satisfies FromWorker, [json.buffer]);
    // The analysis left its garbage.
    collector.workDone();
    if (analysis.plainProse) post({ type: 'log', message: serverMessages.readAsPlainProse(job.uri, analysis.plainProse.length) });
    // Also a check that ran out of time and is continued: until the next one finishes, what it read is answered.
    if (job.answers && readWith === sourcesVersion) {
      kept.set(job.uri, new KeptAnalysis({ version: job.version, settings: job.settings, locale: job.locale }, analysis, document, index));
      post({ type: 'answerable', uri: job.uri, version: job.version });
    }
    done({ cancelled: false, ...(analysis.stoppedAt !== undefined ? { stoppedAt: analysis.stoppedAt } : {}) });
    collector.workDone();
  } catch (error) {
    done({ cancelled: false, error: (error as Error).stack ?? String(error) });
  } finally {
    answerDeferred();
  }
}

/** The review report, made here where the sources and the analysis caches are, exactly as the checks see the drafts. */
function report(job: ReportJob) {
  const open = new Map(job.open.map((d) => [d.uri, TextDocument.create(d.uri, 'markdown', d.version, d.text)]));
  // A draft the main thread did not list (created meanwhile) gets the workspace's settings.
  const workspace = job.workspaceFolder ? job.settings[pathToFileURL(job.workspaceFolder).href] : undefined;
  const settingsFor = async (uri: string) => job.settings[uri] ?? workspace ?? DEFAULT_SETTINGS;
  const indexFor = (settings: typeof DEFAULT_SETTINGS, draft?: { uri: string; text: string }) => sources.indexFor(settings, job.baseFolder, draft);
  return exportReport(job.params, {
    workspaceFolder: job.workspaceFolder,
    locale: job.locale,
    documents: open,
    settingsFor,
    indexFor,
    async analysisOf(document) {
      const settings = await settingsFor(document.uri);
      const loaded = await indexFor(settings, { uri: document.uri, text: document.getText() });
      return { analysis: analyzeDraft(document.getText(), loaded.index, settings.language), loaded, settings };
    },
    log: (message) => post({ type: 'log', message }),
  });
}

async function handle(message: ToWorker): Promise<void> {
  switch (message.type) {
    case 'check':
      return check(message.job);
    case 'sources': {
      const { index } = await sources.indexFor(message.settings, message.baseFolder);
      return post({ type: 'reply', id: message.id, result: sourceInfos(index) });
    }
    case 'reindex': {
      sourcesChanged();
      sources.reset();
      const loaded = await sources.load(message.settings, message.baseFolder);
      const problems = [...loaded.problems, ...loaded.skipped.map((s) => `${s.path} ${s.reason}`)];
      return post({ type: 'reply', id: message.id, result: { sources: loaded.index.sources.length, sentences: loaded.counts.sentences, problems } });
    }
    case 'report':
      return post({ type: 'reply', id: message.id, result: await report(message.job) });
    // In turn, after the check under way (which may be of the closed draft, and would keep what it read).
    case 'forget':
      return forget(message.uri, message.everyDraft);
  }
}

// One message at a time, in order: a check waits for the sources being read before it. Cancelling and changes on
// disk are taken at once, also while sources are being read.
let queue = Promise.resolve();
port.on('message', (message: ToWorker) => {
  collector.busy();
  if (message.type === 'sourcesChanged') {
    sourcesChanged();
    return sources.filesChanged(message.paths);
  }
  if (message.type === 'cancelIndexing') return sources.cancel();
  if (message.type === 'answeredElsewhere') return void kept.delete(message.uri);
  queue = queue.then(() => handle(message)).catch((error: unknown) => {
    // A request that failed is answered all the same, so the main thread's handler can answer the editor.
    if ('id' in message) post({ type: 'reply', id: message.id, result: undefined, error: (error as Error).stack ?? String(error) });
    else post({ type: 'log', message: serverMessages.checkWorkerFailed((error as Error).stack ?? String(error)) });
  });
});
