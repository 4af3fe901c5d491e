/**
 * `npm run bench:sources` (and a section of `npm run bench`): what a writer's own corpus costs. For 200, 1,000 and
 * 2,000 generated articles (German and English; txt, Markdown with front matter, saved HTML pages; year/month
 * folders), side by side: a plain remark parse of every file (the floor: reading each source once), the cold index
 * (nothing cached), the warm start from the on-disk cache, a re-index after one file changed, peak memory, a check of
 * a 20 KB draft against the corpus versus against the two bundled articles, and hover latency.
 * Each size runs in a child process of its own, so peak memory is that size's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeDraft, clearParseCache, hoverAt, parseMarkdown, runRules, type SourceIndex } from '../server/src/core';
import { loadSourceIndex } from '../server/src/node/sources/loadSourceIndex';
import { generateCorpus, writeCorpus } from './support/corpus';

const ROOT = join(__dirname, '..', '..');
const SIZES = [200, 1_000, 2_000];

interface SizeResult {
  articles: number;
  parse: number;
  cold: number;
  warm: number;
  afterChange: number;
  peakMb: number;
  checkCorpus: number;
  checkBundled: number;
  hoverP95: number;
  sentences: number;
  names: number;
}

function draft20k(): string {
  const sample = ['deepseek-en.md', 'deepseek-de.md'].map((f) => readFileSync(join(ROOT, 'samples', 'drafts', f), 'utf8').replace(/^---[\s\S]*?---\n/, '')).join('\n\n');
  const parts: string[] = [];
  for (let i = 0, size = 0; size < 20_000; i++) {
    const part = `## Part ${i}\n\n${sample.replace(/([.!?])(\s)/g, `$1 (${i})$2`)}`;
    parts.push(part);
    size += part.length;
  }
  return parts.join('\n\n');
}

function timed<T>(f: () => T): [T, number] {
  const start = performance.now();
  const result = f();
  return [result, performance.now() - start];
}

async function timedAsync<T>(f: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await f();
  return [result, performance.now() - start];
}

/** One corpus size, measured in this process. */
async function measure(articles: number): Promise<SizeResult> {
  const folder = mkdtempSync(join(tmpdir(), 'newsproof-bench-sources-'));
  const corpus = join(folder, 'sources');
  const cache = join(folder, 'cache');
  writeCorpus(corpus, generateCorpus(articles, 42));
  try {
    const files = readdirSync(corpus, { recursive: true }).map(String).filter((f) => /\.(txt|md|html)$/.test(f));
    const [, parse] = timed(() => {
      for (const f of files) parseMarkdown(readFileSync(join(corpus, f), 'utf8'));
    });
    const request = { patterns: [corpus], baseFolder: folder, cacheFolder: cache };
    const [cold, coldMs] = await timedAsync(() => loadSourceIndex(request));
    const [, warm] = await timedAsync(() => loadSourceIndex(request));
    const changedFile = join(corpus, files.find((f) => f.endsWith('.txt'))!);
    writeFileSync(changedFile, `${readFileSync(changedFile, 'utf8')}\nEin neuer Absatz mit 17 Prozent.\n`);
    const [, afterChange] = await timedAsync(() => loadSourceIndex({ ...request, previous: cold, changed: new Set([changedFile]) }));
    const bundled = (await loadSourceIndex({ patterns: [join(ROOT, 'samples', 'sources')], baseFolder: ROOT })).index;
    const text = draft20k();
    const check = (index: SourceIndex) => {
      clearParseCache();
      return runRules(analyzeDraft(text, index), index);
    };
    check(cold.index);
    check(bundled);
    const median = (f: () => void) => {
      const times = [0, 1, 2].map(() => timed(f)[1]).sort((a, b) => a - b);
      return times[1];
    };
    const checkCorpus = median(() => check(cold.index));
    const checkBundled = median(() => check(bundled));
    const analysis = analyzeDraft(text, cold.index);
    const hoverTimes = [...analysis.figures.map((f) => f.span.start), ...analysis.names.map((n) => n.span.start)].slice(0, 200).map((offset) => timed(() => hoverAt(analysis, cold.index, offset))[1]).sort((a, b) => a - b);
    return {
      articles,
      parse,
      cold: coldMs,
      warm,
      afterChange,
      peakMb: process.resourceUsage().maxRSS / 1024,
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

const ms = (t: number) => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(0)} ms`);

export function benchSources(sizes = SIZES): void {
  console.log('\nsources: a writer\'s corpus (generated articles: de/en; txt, md with front matter, html pages; year/month folders)');
  console.log('floor = a plain remark parse of every file; cold = index with nothing cached (writes the cache); warm = start');
  console.log('from the cache; changed = re-index after one file changed; check = a 20 KB draft against the corpus | the 2 bundled.\n');
  const header = ['articles', 'floor', 'cold', 'warm', 'warm/floor', 'changed', 'peak RSS', 'check', 'check (2)', 'hover p95', 'sentences', 'names'];
  console.log(header.map((h, i) => (i === 0 ? h.padEnd(9) : h.padStart(11))).join(''));
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const output = execFileSync(process.execPath, ['--max-old-space-size=4096', join(__dirname, 'benchSources.js'), '--measure', String(size)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const r = JSON.parse(output.trim().split('\n').pop()!) as SizeResult;
    results.push(r);
    const row = [ms(r.parse), ms(r.cold), ms(r.warm), `${((r.warm / r.parse) * 100).toFixed(0)} %`, ms(r.afterChange), `${r.peakMb.toFixed(0)} MB`, ms(r.checkCorpus), ms(r.checkBundled), `${r.hoverP95.toFixed(2)} ms`, String(r.sentences), String(r.names)];
    console.log(`${String(r.articles).padEnd(9)}${row.map((c) => c.padStart(11)).join('')}`);
  }
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1];
    const b = results[i];
    const n = b.articles / a.articles;
    console.log(`${a.articles} → ${b.articles} articles (×${n}): cold ×${(b.cold / a.cold).toFixed(1)}, warm ×${(b.warm / a.warm).toFixed(1)}, check ×${(b.checkCorpus / a.checkCorpus).toFixed(1)}`);
  }
}

// Run as its own script only: bundled into bench.js, `require.main === module` holds there too, and bench.js calls it.
if (/benchSources\.js$/.test(process.argv[1] ?? '')) {
  const at = process.argv.indexOf('--measure');
  if (at > 0) {
    void measure(Number(process.argv[at + 1])).then((r) => console.log(JSON.stringify(r)));
  } else {
    const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
    benchSources(sizes.length ? sizes : SIZES);
  }
}
