/**
 * `npm run bench:sources` (and a section of `npm run bench`): what a writer's own corpus costs. For 200, 1,000 and
 * 2,000 generated articles (German and English, 20–40 sentences each, every one with its own names, figures and
 * dates; txt, Markdown with front matter, saved HTML pages; year/month folders), side by side: a plain remark parse of
 * every file (the floor: reading each source once), the cold index (nothing cached), the warm start from the on-disk
 * cache, a re-index after one file changed, peak memory, a check of a 20 KB draft against the corpus versus against
 * the two bundled articles, and hover latency; then one 1 MB source that names thousands of people and companies.
 * Each size runs in a child process of its own, so peak memory is that size's. Times are wall clock and, in brackets,
 * CPU time of the process (steadier on a machine shared with other jobs).
 *
 * `node test/out/benchSources.js --compare OTHER/test/out/benchSources.js [--repeat 3] [sizes…]` runs this build and
 * another (a checkout of the code before a change, with this same harness) one after the other, alternating, and
 * prints the medians of both side by side.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from 'node:inspector';
import { performance } from 'node:perf_hooks';
import { analyzeDraft, clearParseCache, hoverAt, parseMarkdown, runRules, type SourceIndex } from '../server/src/core';
import { buildSourceIndex } from '../server/src/core/sources';
import { loadSourceIndex } from '../server/src/node/sources/loadSourceIndex';
import { generateCorpus, writeCorpus } from './support/corpus';
import { draft20k } from './support/draft20k';

const ROOT = join(__dirname, '..', '..');
const SIZES = [200, 1_000, 2_000];
const CORPUS = { extraSentences: [10, 30] as [number, number] };

/** Wall-clock and CPU milliseconds. */
interface Cost {
  wall: number;
  cpu: number;
}

interface SizeResult {
  articles: number;
  megabytes: number;
  parse: Cost;
  cold: Cost;
  warm: Cost;
  /** The first check of the 20 KB draft after a warm start: it reads the sources its lookups reach. */
  warmFirstCheck?: Cost;
  /** The same first check against a freshly loaded index of the two bundled articles (code warm, that index's lookups not): its like-for-like baseline. */
  bundledFirstCheck?: Cost;
  afterChange: Cost;
  /** The draft's first check after one file changed (after a warm start): with `afterChange`, what a writer waits for. */
  changedCheck?: Cost;
  /** The cold index of a process of its own on its main thread alone (no worker threads), and of one with the pool. */
  coldSerial?: Cost;
  coldOwnProcess?: Cost;
  peakColdSerialMb?: number;
  peakMb: number;
  /** Peak RSS of a process that only loads the sources, as a CLI run or a server start does: cold, then warm. */
  peakColdMb?: number;
  peakWarmMb?: number;
  checkCorpus: Cost;
  checkBundled: Cost;
  hoverP95: number;
  sentences: number;
  names: number;
}

interface BigResult {
  megabytes: number;
  names: number;
  index: Cost;
  check: Cost;
}

function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function timed<T>(f: () => T): [T, Cost] {
  const [wall, cpu] = [performance.now(), cpuNow()];
  const result = f();
  return [result, { wall: performance.now() - wall, cpu: cpuNow() - cpu }];
}

async function timedAsync<T>(f: () => Promise<T>): Promise<[T, Cost]> {
  const [wall, cpu] = [performance.now(), cpuNow()];
  const result = await f();
  return [result, { wall: performance.now() - wall, cpu: cpuNow() - cpu }];
}

function medianCost(costs: Cost[]): Cost {
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  return { wall: mid(costs.map((c) => c.wall)), cpu: mid(costs.map((c) => c.cpu)) };
}

/** One corpus size, measured in this process. */
async function measure(articles: number): Promise<SizeResult> {
  const folder = mkdtempSync(join(tmpdir(), 'newsproof-bench-sources-'));
  const corpus = join(folder, 'sources');
  const cache = join(folder, 'cache');
  const generated = generateCorpus(articles, 42, CORPUS);
  writeCorpus(corpus, generated);
  try {
    const files = readdirSync(corpus, { recursive: true }).map(String).filter((f) => /\.(txt|md|html)$/.test(f));
    const [, parse] = timed(() => {
      for (const f of files) parseMarkdown(readFileSync(join(corpus, f), 'utf8'));
    });
    const request = { patterns: [corpus], baseFolder: folder, cacheFolder: cache };
    const alone = join(folder, 'cache-alone');
    // In processes of their own, so that each starts with code not yet optimised, as a CLI run or a server start does.
    const loadAlone = (cacheFolder: string, threads?: number) => child(join(__dirname, 'benchSources.js'), ['--load', corpus, cacheFolder, ...(threads ? ['--threads', String(threads)] : [])]) as { peakMb: number; cost: Cost };
    const serial = loadAlone(join(folder, 'cache-serial'), 1);
    const { peakMb: peakColdMb, cost: coldOwnProcess } = loadAlone(alone);
    const peakWarmMb = loadAlone(alone).peakMb;
    const [cold, coldCost] = await timedAsync(() => loadSourceIndex(request));
    const [warmLoaded, warm] = await timedAsync(() => loadSourceIndex(request));
    const text = draft20k();
    const check = (index: SourceIndex) => {
      clearParseCache();
      return runRules(analyzeDraft(text, index), index);
    };
    const bundled = (await loadSourceIndex({ patterns: [join(ROOT, 'samples', 'sources')], baseFolder: ROOT })).index;
    // The check's code is warmed up on the bundled articles first: what is left is reading the sources it reaches.
    check(bundled);
    const freshBundled = (await loadSourceIndex({ patterns: [join(ROOT, 'samples', 'sources')], baseFolder: ROOT })).index;
    const [, bundledFirstCheck] = timed(() => check(freshBundled));
    const [, warmFirstCheck] = timed(() => check(warmLoaded.index));
    const changedFile = join(corpus, files.find((f) => f.endsWith('.txt'))!);
    writeFileSync(changedFile, `${readFileSync(changedFile, 'utf8')}\nEin neuer Absatz mit 17 Prozent.\n`);
    const [changed, afterChange] = await timedAsync(() => loadSourceIndex({ ...request, previous: cold, changed: new Set([changedFile]) }));
    const [, changedCheck] = timed(() => check(changed.index));
    check(cold.index);
    const checkCorpus = medianCost([0, 1, 2].map(() => timed(() => check(cold.index))[1]));
    const checkBundled = medianCost([0, 1, 2].map(() => timed(() => check(bundled))[1]));
    const analysis = analyzeDraft(text, cold.index);
    const hoverTimes = [...analysis.figures.map((f) => f.span.start), ...analysis.names.map((n) => n.span.start)].slice(0, 200).map((offset) => timed(() => hoverAt(analysis, cold.index, offset))[1].wall).sort((a, b) => a - b);
    return {
      articles,
      megabytes: generated.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) / 1e6,
      parse,
      cold: coldCost,
      warm,
      warmFirstCheck,
      bundledFirstCheck,
      afterChange,
      changedCheck,
      coldSerial: serial.cost,
      peakColdSerialMb: serial.peakMb,
      coldOwnProcess,
      peakMb: process.resourceUsage().maxRSS / 1024,
      peakColdMb,
      peakWarmMb,
      checkCorpus,
      checkBundled,
      hoverP95: hoverTimes[Math.floor(hoverTimes.length * 0.95)] ?? 0,
      sentences: cold.index.sentences.length,
      names: cold.index.names.entries.length,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The warm start from a cache and the 20 KB draft's first check against it, beside its first check against the two bundled. */
async function firstCheck(corpus: string, cacheFolder: string, profileTo?: string): Promise<{ warm: Cost; warmSecondCheck: Cost; warmFirstCheck: Cost; bundledFirstCheck: Cost; warmPeakMb: number; findings: number; findingsHash: string; peakMb: number }> {
  const [warmLoaded, warm] = await timedAsync(() => loadSourceIndex({ patterns: [corpus], baseFolder: corpus, cacheFolder }));
  const warmPeakMb = process.resourceUsage().maxRSS / 1024;
  const text = draft20k();
  const check = (index: SourceIndex) => {
    clearParseCache();
    return runRules(analyzeDraft(text, index), index);
  };
  check((await loadSourceIndex({ patterns: [join(ROOT, 'samples', 'sources')], baseFolder: ROOT })).index);
  const freshBundled = (await loadSourceIndex({ patterns: [join(ROOT, 'samples', 'sources')], baseFolder: ROOT })).index;
  // Profiled too (FILE.bundled): what the warm first check costs beyond it is the difference of the two profiles.
  const bundledProfiler = profileTo ? await startProfile() : undefined;
  const [, bundledFirstCheck] = timed(() => check(freshBundled));
  if (bundledProfiler) writeFileSync(`${profileTo}.bundled`, JSON.stringify(await bundledProfiler()));
  const profiler = profileTo ? await startProfile() : undefined;
  const [findings, warmFirstCheck] = timed(() => check(warmLoaded.index));
  if (profiler) writeFileSync(profileTo!, JSON.stringify(await profiler()));
  // The same check again (its lookups' sources read by now), profiled to FILE.second where the first is.
  const second = profileTo ? await startProfile() : undefined;
  const [, warmSecondCheck] = timed(() => check(warmLoaded.index));
  if (second) writeFileSync(`${profileTo}.second`, JSON.stringify(await second()));
  return { warm, warmSecondCheck, warmFirstCheck, bundledFirstCheck, warmPeakMb, findings: findings.length, findingsHash: createHash('sha256').update(JSON.stringify(findings)).digest('hex').slice(0, 16), peakMb: process.resourceUsage().maxRSS / 1024 };
}

/** A CPU profile of what runs from now until the function returned is called (`--profile FILE` of `--first-check`). */
async function startProfile(): Promise<() => Promise<unknown>> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 250 });
  await post('Profiler.start');
  return async () => ((await post('Profiler.stop')) as { profile: unknown }).profile;
}

/**
 * One source of 1 MB that names thousands of people, companies and models (a writer's notes, a long report): the name
 * index and the spelling check must not slow down with the number of distinct names.
 */
function measureBig(): BigResult {
  const parts: string[] = [];
  let size = 0;
  for (const article of generateCorpus(4_000, 11, CORPUS)) {
    if (!article.path.endsWith('.txt')) continue;
    parts.push(article.text);
    size += article.text.length;
    if (size >= 1_000_000) break;
  }
  const text = parts.join('\n');
  const [index, indexCost] = timed(() => buildSourceIndex([{ id: 'notes.txt', uri: 'file:///notes.txt', text }]));
  const draft = draft20k();
  const [, check] = timed(() => {
    clearParseCache();
    return runRules(analyzeDraft(draft, index), index);
  });
  return { megabytes: Buffer.byteLength(text) / 1e6, names: index.names.entries.length, index: indexCost, check };
}

const ms = (t: number) => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(0)} ms`);
const cost = (c: Cost) => `${ms(c.wall)} (${ms(c.cpu)})`;

function child(script: string, args: string[]): unknown {
  const output = execFileSync(process.execPath, ['--max-old-space-size=4096', script, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(output.trim().split('\n').pop()!);
}

const COLUMNS: Array<[string, (r: SizeResult) => string]> = [
  ['MB', (r) => r.megabytes.toFixed(1)],
  ['floor', (r) => cost(r.parse)],
  ['cold', (r) => cost(r.cold)],
  ['cold/floor', (r) => `${((r.cold.wall / r.parse.wall) * 100).toFixed(0)} %`],
  ['cold own process', (r) => (r.coldOwnProcess ? cost(r.coldOwnProcess) : '–')],
  ['… 1 thread', (r) => (r.coldSerial ? cost(r.coldSerial) : '–')],
  ['warm', (r) => cost(r.warm)],
  ['warm/floor', (r) => `${((r.warm.wall / r.parse.wall) * 100).toFixed(0)} %`],
  ['warm 1st check', (r) => (r.warmFirstCheck ? cost(r.warmFirstCheck) : '–')],
  ['1st check (2)', (r) => (r.bundledFirstCheck ? cost(r.bundledFirstCheck) : '–')],
  ['changed', (r) => cost(r.afterChange)],
  ['changed+check', (r) => (r.changedCheck ? cost({ wall: r.afterChange.wall + r.changedCheck.wall, cpu: r.afterChange.cpu + r.changedCheck.cpu }) : '–')],
  ['peak RSS', (r) => `${r.peakMb.toFixed(0)} MB`],
  ['peak cold|warm', (r) => (r.peakColdMb ? `${r.peakColdMb.toFixed(0)}|${r.peakWarmMb!.toFixed(0)} MB` : '–')],
  ['peak cold 1 thr.', (r) => (r.peakColdSerialMb ? `${r.peakColdSerialMb.toFixed(0)} MB` : '–')],
  ['check', (r) => cost(r.checkCorpus)],
  ['check (2)', (r) => cost(r.checkBundled)],
  ['hover p95', (r) => `${r.hoverP95.toFixed(2)} ms`],
  ['sentences', (r) => String(r.sentences)],
  ['names', (r) => String(r.names)],
];

function printRow(label: string, r: SizeResult): void {
  console.log(`${label.padEnd(14)}${COLUMNS.map(([, f]) => f(r).padStart(18)).join('')}`);
}

function printHeader(): void {
  console.log('\nsources: a writer\'s corpus (generated articles: de/en; txt, md with front matter, html pages; year/month folders)');
  console.log('floor = a plain remark parse of every file; cold = index with nothing cached (writes the cache); warm = start');
  console.log('from the cache; cold own process = the cold index in a process of its own (one thread per core), … 1 thread: without worker threads;');
  console.log('changed = re-index after one file changed, +check = and the draft\'s first check after it (target: near warm + warm 1st check);');
  console.log('1st check (2) = the draft\'s first check against a fresh index of the 2 bundled (code warm): warm 1st check\'s like-for-like baseline;');
  console.log('check = a 20 KB draft against the corpus | the 2 bundled, repeated (each index\'s lookups warm);');
  console.log('peak RSS = this whole run; peak cold|warm = a process that only loads the sources (a CLI run, a server start).');
  console.log('Times: wall clock (CPU time of the process, all its threads).\n');
  console.log(`${'articles'.padEnd(14)}${COLUMNS.map(([h]) => h.padStart(18)).join('')}`);
}

function printBig(label: string, b: BigResult): void {
  console.log(`${label}: one ${b.megabytes.toFixed(1)} MB source naming ${b.names} names: index ${cost(b.index)}, 20 KB draft check ${cost(b.check)}`);
}

export function benchSources(sizes = SIZES): void {
  const self = join(__dirname, 'benchSources.js');
  printHeader();
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const r = child(self, ['--measure', String(size)]) as SizeResult;
    results.push(r);
    printRow(String(r.articles), r);
  }
  for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1], results[i]];
    const ratio = (f: (r: SizeResult) => Cost) => (f(b).cpu / f(a).cpu).toFixed(1);
    console.log(`${a.articles} → ${b.articles} articles (×${b.articles / a.articles}), CPU: floor ×${ratio((r) => r.parse)}, cold ×${ratio((r) => r.cold)}, warm ×${ratio((r) => r.warm)}, check ×${ratio((r) => r.checkCorpus)}`);
  }
  printBig('\nmany names', child(self, ['--measure-big']) as BigResult);
}

/** This build and another, alternating run by run; the medians of each side by side. */
function compare(other: string, sizes: number[], repeat: number): void {
  const self = join(__dirname, 'benchSources.js');
  const sides: Array<[string, string]> = [
    ['before', other],
    ['after', self],
  ];
  printHeader();
  const median = (runs: SizeResult[]): SizeResult => {
    const pick = (f: (r: SizeResult) => Cost) => medianCost(runs.map(f));
    const mid = (f: (r: SizeResult) => number) => runs.map(f).sort((a, b) => a - b)[Math.floor((runs.length - 1) / 2)];
    return { ...runs[0], peakColdMb: mid((r) => r.peakColdMb ?? 0), peakWarmMb: mid((r) => r.peakWarmMb ?? 0), parse: pick((r) => r.parse), cold: pick((r) => r.cold), warm: pick((r) => r.warm), afterChange: pick((r) => r.afterChange), ...(runs[0].changedCheck ? { changedCheck: pick((r) => r.changedCheck!) } : {}), ...(runs[0].coldSerial ? { coldSerial: pick((r) => r.coldSerial!), coldOwnProcess: pick((r) => r.coldOwnProcess!), peakColdSerialMb: mid((r) => r.peakColdSerialMb!) } : {}), ...(runs[0].warmFirstCheck ? { warmFirstCheck: pick((r) => r.warmFirstCheck!) } : {}), ...(runs[0].bundledFirstCheck ? { bundledFirstCheck: pick((r) => r.bundledFirstCheck!) } : {}), checkCorpus: pick((r) => r.checkCorpus), checkBundled: pick((r) => r.checkBundled), peakMb: mid((r) => r.peakMb), hoverP95: mid((r) => r.hoverP95) };
  };
  for (const size of sizes) {
    const runs = new Map<string, SizeResult[]>(sides.map(([label]) => [label, []]));
    for (let i = 0; i < repeat; i++) {
      const order = i % 2 === 0 ? sides : [...sides].reverse();
      for (const [label, script] of order) runs.get(label)!.push(child(script, ['--measure', String(size)]) as SizeResult);
    }
    for (const [label] of sides) printRow(`${size} ${label}`, median(runs.get(label)!));
  }
  for (const [label, script] of sides) {
    const runs = Array.from({ length: repeat }, () => child(script, ['--measure-big']) as BigResult);
    printBig(`many names, ${label}`, { ...runs[0], index: medianCost(runs.map((r) => r.index)), check: medianCost(runs.map((r) => r.check)) });
  }
}

// Run as its own script only: bundled into bench.js, `require.main === module` holds there too, and bench.js calls it.
if (/benchSources\.js$/.test(process.argv[1] ?? '')) {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args.splice(args.indexOf(name), 2)[1] : undefined);
  const at = args.indexOf('--measure');
  const load = args.indexOf('--load');
  if (load >= 0) {
    // One load of the sources in a process of its own, as the CLI does: its peak memory.
    const threads = option('--threads');
    void timedAsync(() => loadSourceIndex({ patterns: [args[load + 1]], baseFolder: args[load + 1], cacheFolder: args[load + 2], ...(threads ? { threads: Number(threads) } : {}) })).then(([r, cost]) => console.log(JSON.stringify({ peakMb: process.resourceUsage().maxRSS / 1024, sources: r.index.sources.length, cost })));
  } else if (args.includes('--generate')) {
    // `--generate N DIR`: the bench's corpus of N articles written to DIR (to measure a cold index and a warm first check
    // of two builds against the same files: `--load DIR CACHE`, then `--first-check DIR CACHE`).
    const g = args.indexOf('--generate');
    writeCorpus(args[g + 1 + 1], generateCorpus(Number(args[g + 1]), 42, CORPUS));
  } else if (args.includes('--first-check')) {
    // `--first-check DIR CACHE`: a warm start from CACHE, then the 20 KB draft's first check against it and, as its
    // baseline, against a fresh index of the two bundled articles (code warmed up on the bundled first), as `--measure` does.
    // `--profile FILE`: a CPU profile of the first check after the warm start alone, written to FILE (the check repeated: FILE.second).
    const profileTo = option('--profile');
    const f = args.indexOf('--first-check');
    void firstCheck(args[f + 1], args[f + 2], profileTo).then((r) => console.log(JSON.stringify(r)));
  } else if (at >= 0) {
    void measure(Number(args[at + 1])).then((r) => console.log(JSON.stringify(r)));
  } else if (args.includes('--measure-big')) {
    console.log(JSON.stringify(measureBig()));
  } else {
    const other = option('--compare');
    const repeat = Number(option('--repeat') ?? 3);
    const sizes = args.map(Number).filter((n) => n > 0);
    if (other) compare(other, sizes.length ? sizes : SIZES, repeat);
    else benchSources(sizes.length ? sizes : SIZES);
  }
}
