/**
 * `npm run bench`: what a keystroke costs. The baseline is a cold check (new source index, empty sentence cache);
 * beside it, the check after one sentence changed, which is what the server does while a writer types.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDraft, buildSourceIndex, clearParseCache, parseMarkdown, runRules, type SourceIndex } from '../server/src/core';
import { renderReport } from '../server/src/cli/report/page';
import { benchSources } from './benchSources';
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
const ms = (t: number) => `${t.toFixed(1)} ms`.padStart(10);

console.log(`source index of ${inputs.length} articles: ${ms(median(5, () => buildSourceIndex(inputs)))}\n`);
console.log('cold check: a new source index and no cached chunk or sentence (the baseline); after edit: one figure');
console.log('changed in an already checked draft, as the server does while a writer types.\n');
console.log(`${'draft'.padEnd(10)}${'parse only'.padStart(12)}${'cold check'.padStart(14)}${'after edit'.padStart(14)}${'speed-up'.padStart(10)}`);
for (const size of [2_000, 20_000, 100_000, 1_000_000]) {
  const text = draftOfSize(size);
  const runs = size >= 1_000_000 ? 3 : 7;
  const parse = median(runs, () => parseMarkdown(text));
  const cold = median(runs, () => {
    clearParseCache();
    check(text, buildSourceIndex(inputs));
  });
  const warmIndex = buildSourceIndex(inputs);
  check(text, warmIndex);
  let edit = 0;
  // The first "$6.5 million" of the sample is in an HTML comment: the edit is to the one in the prose.
  const afterEdit = median(runs, () => check(text.replace('cost only $6.5 million', `cost only $6.${++edit % 10} million`), warmIndex));
  console.log(`${`${Math.round(text.length / 1000)} KB`.padEnd(10)}${ms(parse).padStart(12)}${ms(cold).padStart(14)}${ms(afterEdit).padStart(14)}${`${(cold / afterEdit).toFixed(1)}×`.padStart(10)}`);
}

// The HTML report renders a checked draft: its cost beside the check's (the baseline) for the same draft.
console.log('\nHTML report: the check (baseline) and, on top of it, rendering the page.\n');
console.log(`${'draft'.padEnd(10)}${'check'.padStart(12)}${'report'.padStart(14)}${'page size'.padStart(12)}`);
for (const size of [20_000, 100_000, 1_000_000]) {
  const text = draftOfSize(size);
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
  console.log(`${`${Math.round(text.length / 1000)} KB`.padEnd(10)}${ms(checked).padStart(12)}${ms(report).padStart(14)}${`${Math.round(html.length / 1000)} KB`.padStart(12)}`);
}

benchSources();
