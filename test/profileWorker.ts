/**
 * `node test/out/profileWorker.js [--lang=de] [--size=1000000] [--edits=7] [--insert] [--snapshot]`: the check worker's work on one
 * distinct draft, in-process (open, then edits: a digit typed over another, or with `--insert` a character typed into a
 * word before it, one more at each edit), with the live heap and the CPU time after each step. `--cpu-edits=FILE` writes a CPU
 * profile of the edits alone, `--cpu-open=FILE` one of the open (the cold check and its answers), `--alloc-edits=FILE` a sampled profile of what they allocate; `--snapshot` a heap snapshot
 * after them. `--parse=N` first times N remark parses of the same text (`parseMarkdown`, the bench's baseline) in CPU time,
 * which the machine's load inflates less than wall clock: the open's CPU over the parse's is the bench's "× parse" of a cold check.
 * `--roots` lets go, after the last step, of what the worker keeps for the next check one cache at a time (with the live heap
 * after each): several caches reach the same analysis, so what one frees depends on the order (`--roots=PFRSH`, the letters
 * below); what is left after all of them is the worker's own, not the draft's. `--thread` runs all of it in a worker
 * thread with the check worker's young generation, as the server does; `--sample` prints, per step, the thread's memory
 * and heap spaces where the process's resident memory was highest (`--sample=timeline` also each rise of 10 MB).
 */
import { Session } from 'node:inspector';
import { readFileSync, writeFileSync } from 'node:fs';
import { getHeapSpaceStatistics, serialize, writeHeapSnapshot } from 'node:v8';
import { isMainThread, Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { KeptAnalysis } from '../server/src/lsp/answersOnDemand';
import { checkDiagnostics, diagnosticsJson } from '../server/src/lsp/checkDocument';
import { answerBuffers } from '../server/src/lsp/checkProtocol';
import { loadIndexOnce } from '../server/src/worker/sourceIndex';
import { collectGarbage } from '../server/src/node/idleCollector';
import { DEFAULT_SETTINGS } from '../server/src/node/settings';
import { clearParseCache, parseMarkdown } from '../server/src/core';
import { forgetReadSentences } from '../server/src/core/analysis/analyzeDraft';
import { forgetLatestReadings } from '../server/src/core/analysis/blockResults';
import { forgetFiledFigures } from '../server/src/core/rules/draftInconsistency';
import { forgetEqualHovers } from '../server/src/core/hover/hoverText';
import { forgetChecks } from '../server/src/lsp/checkDocument';
import { YOUNG_GENERATION_MB } from '../server/src/lsp/checkScheduler';
import { distinctDraft, typeDigit } from './benchDrafts';
import { ROOT } from './support/fixtures';

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const lang = arg('lang', 'en') as 'en' | 'de';
const size = Number(arg('size', '1000000'));
const edits = Number(arg('edits', '7'));
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
/** The process's resident memory now (Linux), in bytes: cheaper to read than process.memoryUsage(). */
const rssNow = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN) * 1024;
/**
 * With `--sample`, the thread's memory where the process's resident memory was highest during a step, read between
 * blocks and between the later stages' pieces (every 20 ms at most): which heap spaces hold the room above what is alive.
 */
let highest: { rss: number; usage: NodeJS.MemoryUsage; spaces: string } | undefined;
let sampledAt = 0;
/** With `--sample=timeline`, each rise of the resident memory by 10 MB is printed with the heap, from the step's start. */
const timeline = process.argv.includes('--sample=timeline');
let printedUpTo = 0;
let runStart = 0;
const sample = () => {
  const now = performance.now();
  if (now - sampledAt < 20) return;
  sampledAt = now;
  const rss = rssNow();
  if (highest && rss <= highest.rss) return;
  if (timeline && rss > printedUpTo + 10 * 1048576) {
    printedUpTo = rss;
    const { heapUsed, heapTotal } = process.memoryUsage();
    console.log(`  ${((now - runStart) / 1000).toFixed(1)} s: rss ${mb(rss)}, heap ${mb(heapUsed)} of ${mb(heapTotal)}`);
  }
  const spaces = getHeapSpaceStatistics()
    .filter((s) => s.space_size > 1048576)
    .map((s) => `${s.space_name.replace('_space', '')} ${mb(s.space_used_size)}/${mb(s.space_size)}`)
    .join(', ');
  highest = { rss, usage: process.memoryUsage(), spaces };
};
const highestSampled = () => highest;
const sampling = process.argv.some((a) => a === '--sample' || a.startsWith('--sample='));
const never = sampling ? { expired: () => (sample(), false), meanwhile: sample } : { expired: () => false };
const usageLine = (u: NodeJS.MemoryUsage) => `rss ${mb(u.rss)}, heap ${mb(u.heapUsed)} of ${mb(u.heapTotal)}, external ${mb(u.external)} (array buffers ${mb(u.arrayBuffers)})`;
/** The process's peak resident memory so far (Linux), in MB. */
const peak = () => `${(Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN) / 1024).toFixed(0)} MB`;

/**
 * `--thread`: run in a worker thread with the check worker's young generation, as the language server runs a check; the
 * main thread prints its own memory at the end (it holds nothing of the draft here, unlike the server's).
 * `--young=MB` sets another young generation, to compare.
 */
const CHECK_WORKER_YOUNG_GENERATION_MB = Number(arg('young', String(YOUNG_GENERATION_MB)));
if (isMainThread && process.argv.includes('--thread')) {
  const worker = new Worker(__filename, { argv: process.argv.slice(2), resourceLimits: { maxYoungGenerationSizeMb: CHECK_WORKER_YOUNG_GENERATION_MB } });
  worker.on('exit', () => console.log(`main thread: ${usageLine(process.memoryUsage())}; process peak ${peak()}`));
} else void (async () => {
  const loaded = await loadIndexOnce(DEFAULT_SETTINGS, ROOT);
  const { text, editAt } = distinctDraft(size, lang);
  console.log(`index loaded; live ${mb(collectGarbage())}, rss ${mb(process.memoryUsage().rss)}`);
  const parses = Number(arg('parse', '0'));
  if (parses > 0) {
    const cpuTimes: number[] = [];
    for (let k = 0; k < parses; k++) {
      const cpu = process.cpuUsage();
      parseMarkdown(text);
      const { user, system } = process.cpuUsage(cpu);
      cpuTimes.push((user + system) / 1000);
    }
    console.log(`remark parse CPU ${cpuTimes.map((t) => t.toFixed(0)).join(', ')} ms; live ${mb(collectGarbage())}`);
  }
  let keptAfter: unknown;
  const run = (version: number, draft: string) => {
    highest = undefined;
    printedUpTo = 0;
    runStart = performance.now();
    const job = { uri: 'untitled:draft.md', version, text: draft, settings: DEFAULT_SETTINGS, baseFolder: ROOT, answers: true };
    let start = performance.now();
    const cpu = process.cpuUsage();
    const { analysis, document, diagnostics } = checkDiagnostics(job, loaded, never, 6);
    if (sampling) (sampledAt = 0), sample();
    const json = diagnosticsJson(diagnostics);
    if (sampling) (sampledAt = 0), sample();
    const checked = performance.now() - start;
    const { user, system } = process.cpuUsage(cpu);
    start = performance.now();
    const answerCpu = process.cpuUsage();
    // Made when asked, as the editor asks after a check: the semantic tokens, and a hover (on the first figure).
    const kept = new KeptAnalysis(job, analysis, document, loaded);
    const answers = { tokens: kept.tokens(), hover: analysis.figures.length ? kept.hover(analysis.figures[0].span.start) : undefined };
    if (sampling) (sampledAt = 0), sample();
    const answered = performance.now() - start;
    const answeredCpu = process.cpuUsage(answerCpu);
    keptAfter = { analysis, kept, answers, json };
    // What the answers cost to send: a structured clone is serialized (outside the heap) and read again on the main thread.
    const sent = process.argv.includes('--answer-bytes') ? `, ${mb(serialize(answers).length)} serialized (${mb(answerBuffers(answers.tokens).reduce((n, b) => n + b.byteLength, 0))} of it in buffers, which move)` : '';
    console.log(`v${version}: diagnostics ${checked.toFixed(0)} ms, CPU ${((user + system) / 1000).toFixed(0)} ms (${diagnostics.length}, ${mb(json.length)} JSON), answers ${answered.toFixed(0)} ms, CPU ${((answeredCpu.user + answeredCpu.system) / 1000).toFixed(0)} ms${sent}; heap before gc ${mb(process.memoryUsage().heapUsed)} of ${mb(process.memoryUsage().heapTotal)} (array buffers ${mb(process.memoryUsage().arrayBuffers)}), rss ${mb(process.memoryUsage().rss)}, peak ${peak()}, live ${mb(collectGarbage())}`);
    const top = highestSampled();
    if (top) console.log(`  v${version} at its highest resident memory: ${usageLine(top.usage)}; spaces (used/committed) ${top.spaces}`);
  };
  const session = new Session();
  const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));
  const openProfile = arg('cpu-open', '');
  if (openProfile) {
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.start');
  }
  run(1, text);
  if (openProfile) {
    writeFileSync(openProfile, JSON.stringify(((await post('Profiler.stop')) as { profile: object }).profile));
    await post('Profiler.disable');
  }
  const profileFile = arg('cpu-edits', '');
  const allocationFile = arg('alloc-edits', '');
  if ((profileFile || allocationFile) && !openProfile) session.connect();
  if (profileFile) {
    await post('Profiler.enable');
    await post('Profiler.start');
  }
  if (allocationFile) await post('HeapProfiler.startSampling', { samplingInterval: 65536, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  // Typing into the word before the edited figure: every later block moves by one more character at each edit.
  const wordStart = text.lastIndexOf(' ', editAt - 2) + 1;
  // Flat, as the worker gets a draft (a structured clone): a string joined from pieces is read a character at a time slowly.
  const flat = (draft: string) => Buffer.from(draft, 'utf16le').toString('utf16le');
  const edited = (k: number) => flat(process.argv.includes('--insert') ? `${text.slice(0, wordStart)}${'x'.repeat(k + 1)}${text.slice(wordStart)}` : typeDigit(text, editAt, Number(text[editAt]) + 1 + k));
  for (let k = 0; k < edits; k++) run(2 + k, edited(k));
  if (profileFile) writeFileSync(profileFile, JSON.stringify(((await post('Profiler.stop')) as { profile: object }).profile));
  if (allocationFile) writeFileSync(allocationFile, JSON.stringify(((await post('HeapProfiler.stopSampling')) as { profile: object }).profile));
  if (process.argv.includes('--snapshot')) console.log(writeHeapSnapshot(arg('snapshot-file', '/tmp/d5/worker.heapsnapshot')));
  void keptAfter;
  keptAfter = undefined;
  const roots = process.argv.includes('--roots') ? 'PFRSH' : arg('roots', '');
  if (roots) {
    forgetChecks();
    console.log(`the analysis and answers let go: live ${mb(collectGarbage())}`);
    const caches: Record<string, [string, () => void]> = {
      P: ['the parsed chunks', clearParseCache],
      F: ["draft-inconsistency's filed figures and verdicts", () => forgetFiledFigures(true)],
      R: ['the latest reading of each block text', forgetLatestReadings],
      S: ["the sentences' facts and matches, the blocks' quotations", forgetReadSentences],
      H: ['the hovers shared by equal figures and names', forgetEqualHovers],
    };
    for (const letter of roots) {
      const [what, forget] = caches[letter];
      forget();
      console.log(`${letter} (${what}) let go: live ${mb(collectGarbage())}`);
    }
  }
})();
