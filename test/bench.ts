/**
 * `npm run bench`: what a check and a keystroke cost, beside a remark parse of the same text (the baseline), for drafts
 * of distinct text (test/benchDrafts.ts) from 4 KB to 1 MB in English and German, and how that cost grows when the
 * input doubles. The repeated sample paragraphs, which the caches partly answer, are only a labelled best case.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDraft, buildSourceIndex, clearParseCache, parseMarkdown, runRules, type SourceIndex } from '../server/src/core';
import { renderReport } from '../server/src/cli/report/page';
import type { RuleTrace } from '../server/src/core/rules/finding';
import { benchSources } from './benchSources';
import { distinctDraft, typeDigit } from './benchDrafts';
import { draftOfSize } from './support/drafts';

const ROOT = join(__dirname, '..', '..');
const sourcesDir = join(ROOT, 'samples', 'sources');
const inputs = readdirSync(sourcesDir).map((f) => ({ id: f, uri: f, text: readFileSync(join(sourcesDir, f), 'utf8') }));

function median(runs: number, f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    f();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const check = (text: string, index: SourceIndex) => runRules(analyzeDraft(text, index), index);
const ms = (t: number) => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(t < 10 ? 1 : 0)} ms`);
const kb = (chars: number) => (chars >= 1_000_000 ? `${(chars / 1_000_000).toFixed(1)} MB` : `${Math.round(chars / 1000)} KB`);
const times = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

console.log(`source index of ${inputs.length} articles: ${ms(median(5, () => buildSourceIndex(inputs)))}\n`);
console.log('Distinct drafts (test/benchDrafts.ts): every section names other companies, people and models and states other');
console.log('figures, in prose, lists, tables and quotations; seeded, so every run checks the same text. Baseline: a remark');
console.log('parse of the same text (parseMarkdown). Cold check: a new source index, empty caches. After edit: one digit typed');
console.log('near the middle of an already checked draft, as the server does while a writer types. Medians.\n');
console.log('| draft | lang | remark parse | cold check | × parse | of it rules | after edit | × parse | rules re-run after the edit |');
console.log('|---|---|---|---|---|---|---|---|---|');
// `node test/out/bench.js --sizes=500000,1000000`: only those sizes, nothing else (while optimising).
const sizesArgument = process.argv.find((a) => a.startsWith('--sizes='));
const SIZES = sizesArgument ? sizesArgument.slice('--sizes='.length).split(',').map(Number) : [4_000, 20_000, 125_000, 250_000, 500_000, 1_000_000];
const growth: Record<string, Array<{ size: number; parse: number; cold: number; edit: number }>> = { en: [], de: [] };
for (const size of SIZES) {
  for (const lang of ['en', 'de'] as const) {
    const { text, editAt } = distinctDraft(size, lang);
    const runs = size >= 500_000 ? 3 : 5;
    const parse = median(runs, () => parseMarkdown(text));
    const ruleTimes: number[] = [];
    const cold = median(runs, () => {
      clearParseCache();
      const index = buildSourceIndex(inputs);
      const analysis = analyzeDraft(text, index);
      const start = performance.now();
      runRules(analysis, index);
      ruleTimes.push(performance.now() - start);
    });
    const rules = ruleTimes.sort((a, b) => a - b)[Math.floor(ruleTimes.length / 2)];
    const warmIndex = buildSourceIndex(inputs);
    check(text, warmIndex);
    let typed = 0;
    const edit = median(runs, () => check(typeDigit(text, editAt, Number(text[editAt]) + 1 + (typed++ % 9)), warmIndex));
    // What the last edit ran the rules on: the blocks of the per-block rules, the figures draft-inconsistency compared.
    const trace: RuleTrace = { blocksChecked: [], figuresCompared: 0, figuresFiled: 0 };
    const blocks = analyzeDraft(text, warmIndex).blocks?.length ?? 0;
    runRules(analyzeDraft(typeDigit(text, editAt, Number(text[editAt]) + 1 + (typed++ % 9)), warmIndex), warmIndex, {}, undefined, trace);
    const rerun = `${trace.blocksChecked.length} of ${blocks} blocks, ${trace.figuresCompared} figures compared, ${trace.figuresFiled} filed`;
    growth[lang].push({ size, parse, cold, edit });
    console.log(`| ${kb(text.length)} | ${lang} | ${ms(parse)} | ${ms(cold)} | ${times(cold, parse)} | ${ms(rules)} | ${ms(edit)} | ${times(edit, parse)} | ${rerun} |`);
  }
}
if (!sizesArgument) {
  // The repeated sample paragraphs: sentences and figures recur, so the caches answer much of it. A best case only.
  const text = draftOfSize(1_000_000);
  const parse = median(3, () => parseMarkdown(text));
  const cold = median(3, () => {
    clearParseCache();
    check(text, buildSourceIndex(inputs));
  });
  console.log(`| ${kb(text.length)} repeated sample (best case) | en+de | ${ms(parse)} | ${ms(cold)} | ${times(cold, parse)} | | | | |`);
}
console.log('\nHow cost grows: time ratio for twice the input (1 = constant, 2 = linear, 4 = quadratic).\n');
console.log('| lang | input | remark parse | cold check | after edit |');
console.log('|---|---|---|---|---|');
for (const [lang, rows] of Object.entries(growth)) {
  for (let k = 1; k < rows.length; k++) {
    const [a, b] = [rows[k - 1], rows[k]];
    if (b.size !== 2 * a.size) continue;
    console.log(`| ${lang} | ${kb(a.size)} → ${kb(b.size)} | ${times(b.parse, a.parse)} | ${times(b.cold, a.cold)} | ${times(b.edit, a.edit)} |`);
  }
}

if (!sizesArgument) benchReportAndSources();

function benchReportAndSources(): void {
// The HTML report renders a checked draft: its cost beside the check's (the baseline) for the same draft.
console.log('\nHTML report: the check (baseline) and, on top of it, rendering the page.\n');
console.log(`${'draft'.padEnd(10)}${'check'.padStart(12)}${'report'.padStart(14)}${'page size'.padStart(12)}`);
for (const size of [20_000, 125_000, 1_000_000]) {
  const { text } = distinctDraft(size, 'en');
  const index = buildSourceIndex(inputs);
  const runs = size >= 1_000_000 ? 3 : 5;
  const analysis = analyzeDraft(text, index);
  const findings = runRules(analysis, index);
  const checked = median(runs, () => {
    clearParseCache();
    check(text, index);
  });
  const file = { file: 'draft.md', document: TextDocument.create('file:///draft.md', 'markdown', 0, text), analysis, findings };
  let html = '';
  const report = median(runs, () => (html = renderReport({ files: [file], index, rules: {} })));
  console.log(`${kb(text.length).padEnd(10)}${ms(checked).padStart(12)}${ms(report).padStart(14)}${kb(html.length).padStart(12)}`);
}

benchSources();
}
