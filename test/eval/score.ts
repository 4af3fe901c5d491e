/**
 * `npm run eval`: how accurately Newsproof reads the evaluation drafts (test/eval/README.md).
 * It measures and never gates: the exit code is 0 whatever the scores, 1 only for a broken annotation.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDraft, buildSourceIndex, claimsOf, hoverAt, runRules, type Claim, type Finding, type SourceIndex } from '../../server/src/core';
import { AnnotationError, CLASSES, parseAnnotations, type Annotation, type EvalClass } from './annotations';

const SETS = ['tuning', 'holdout'] as const;
type SetName = (typeof SETS)[number];

function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('npm run eval must run inside the repository');
    dir = parent;
  }
  return dir;
}

const ROOT = repositoryRoot();
const EVAL = join(ROOT, 'test', 'eval');

interface Draft {
  set: SetName;
  file: string;
  text: string;
  annotations: Annotation[];
}

/** What the tool says about one annotated target. */
interface Verdict {
  annotation: Annotation;
  draft: Draft;
  /** Findings overlapping the target. */
  findings: Finding[];
  hover?: string;
  claim?: Claim;
  /** Metric name → passed; a metric absent here does not apply to this annotation. */
  passed: Partial<Record<Metric, boolean>>;
}

const METRICS = ['caught', 'exact', 'fix', 'clean', 'sourced', 'hover', 'claim'] as const;
type Metric = (typeof METRICS)[number];
const METRIC_TITLES: Record<Metric, string> = {
  caught: 'errors caught', exact: 'exact range', fix: 'fix = source', clean: 'true, no warning',
  sourced: 'not unsourced', hover: 'hover has source', claim: 'claim status',
};

const isWarning = (f: Finding) => f.severity === 'warning' || f.severity === 'error';
const overlaps = (f: { start: number; end: number }, a: { start: number; end: number }) => f.start < a.end && a.start < f.end;
const normalize = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ').replace(/\u2212/g, '-').replace(/\s+/g, ' ').trim();
/** Hover Markdown as a reader sees it: bold marks, escapes and block-quote marks are presentation. */
const hoverText = (markdown: string) => normalize(markdown.replace(/\*\*/g, '').replace(/\\([\\`*_{}[\]()#+\-.!|>~"])/g, '$1').replace(/^> ?/gm, ''));
/** Classes whose `@ok` targets are names and quotations; every other `@ok` target is a figure or a date. */
const NOT_FIGURES: ReadonlySet<EvalClass> = new Set(['name', 'quote', 'speaker']);
/** Codes that say the draft contradicts the sources: the sentence's claim must then be contradicted. */
const CONTRADICTING: ReadonlySet<string> = new Set(['figure-mismatch', 'scale-mismatch', 'date-mismatch', 'quote-mismatch', 'misattributed-quote']);

/** `--only WORDS`: the drafts whose file name holds WORDS (repeatable), for a quick look while a rule is written; the table then covers just them. */
function onlyWords(): string[] {
  return process.argv.flatMap((arg, i) => (arg === '--only' && process.argv[i + 1] ? [process.argv[i + 1]] : []));
}

function loadDrafts(): Draft[] {
  const drafts: Draft[] = [];
  const only = onlyWords();
  for (const set of SETS) {
    const folder = join(EVAL, set);
    for (const name of readdirSync(folder).filter((f) => f.endsWith('.md') && (!only.length || only.some((w) => f.includes(w)))).sort()) {
      const path = join(folder, name);
      const text = readFileSync(path, 'utf8');
      const file = relative(ROOT, path);
      drafts.push({ set, file, text, annotations: parseAnnotations(text, file) });
    }
  }
  return drafts;
}

/** The articles of these folders (plain text and Markdown, as the evaluation keeps them), as the CLI reads them. */
function indexOf(folders: string[]): SourceIndex {
  const inputs = folders.flatMap((folder) =>
    readdirSync(folder).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => ({ id: f, uri: pathToFileURL(join(folder, f)).href, text: readFileSync(join(folder, f), 'utf8') })),
  );
  return buildSourceIndex(inputs);
}

interface Run {
  verdicts: Verdict[];
  /** Warnings on words no annotation names: false alarms too. */
  stray: { draft: Draft; finding: Finding }[];
}

function evaluate(drafts: Draft[], index: SourceIndex): Run {
  const verdicts: Verdict[] = [];
  const stray: Run['stray'] = [];
  for (const draft of drafts) {
    let analysis: ReturnType<typeof analyzeDraft> | undefined;
    let findings: Finding[] = [];
    let claims: Claim[] = [];
    try {
      analysis = analyzeDraft(draft.text, index);
      findings = runRules(analysis, index, {}, 'en');
      claims = claimsOf(analysis, index);
    } catch (error) {
      // A crash is a finding about the tool, not about the set: every expectation on this draft then fails.
      console.error(`${draft.file}: the core threw: ${(error as Error).stack ?? String(error)}`);
    }
    const claimAt = (offset: number) => claims.find((c) => c.start <= offset && offset < c.end);
    const holds = (c: Claim, pick: (a: Annotation) => boolean) => draft.annotations.some((a) => pick(a) && c.start <= a.start && a.start < c.end);
    const isError = (a: Annotation) => a.kind === 'expect' && a.code !== 'unsourced-figure';
    for (const annotation of draft.annotations) {
      const on = findings.filter((f) => overlaps(f, annotation));
      const hover = annotation.source && analysis ? hoverSafely(() => hoverAt(analysis!, index, annotation.start, 3, 'en')?.markdown, draft, annotation) : undefined;
      const claim = claimAt(annotation.start);
      const passed: Verdict['passed'] = {};
      if (annotation.kind === 'expect') {
        const right = on.filter((f) => f.code === annotation.code);
        const exact = right.find((f) => f.start === annotation.start && f.end === annotation.end);
        passed.caught = right.length > 0;
        passed.exact = !!exact;
        if (annotation.fix !== undefined) passed.fix = normalize((exact ?? right[0])?.fix?.newText ?? '') === normalize(annotation.fix);
        if (annotation.code === 'unsourced-figure') {
          passed.clean = !on.some(isWarning);
          if (claim && !holds(claim, isError)) passed.claim = claim.status === 'unsourced';
        } else if (CONTRADICTING.has(annotation.code!)) passed.claim = claim?.status === 'contradicted';
      } else if (annotation.kind === 'ok') {
        passed.clean = !on.some(isWarning);
        if (!NOT_FIGURES.has(annotation.evalClass)) passed.sourced = !on.some((f) => f.code === 'unsourced-figure');
        // A sentence whose annotated figures are all true and sourced is a supported claim.
        if (!NOT_FIGURES.has(annotation.evalClass) && claim && !holds(claim, (a) => a.kind === 'expect')) passed.claim = claim.status === 'supported';
      } else {
        passed.clean = on.length === 0;
      }
      if (annotation.source !== undefined) passed.hover = !!hover && hoverText(hover).includes(normalize(annotation.source));
      verdicts.push({ annotation, draft, findings: on, hover, claim, passed });
    }
    for (const finding of findings.filter(isWarning)) {
      if (!draft.annotations.some((a) => overlaps(finding, a))) stray.push({ draft, finding });
    }
  }
  return { verdicts, stray };
}

function hoverSafely(hover: () => string | undefined, draft: Draft, annotation: Annotation): string | undefined {
  try {
    return hover();
  } catch (error) {
    console.error(`${draft.file}:${annotation.line}: the hover threw: ${(error as Error).message}`);
    return undefined;
  }
}

/** Rows: classes; per metric "tuning · holdout" as passed/applicable. */
function table(run: Run): string {
  const rows: string[][] = [['class', ...METRICS.map((m) => METRIC_TITLES[m])]];
  const cell = (verdicts: Verdict[], metric: Metric, set: SetName) => {
    const applicable = verdicts.filter((v) => v.draft.set === set && v.passed[metric] !== undefined);
    return applicable.length ? `${applicable.filter((v) => v.passed[metric]).length}/${applicable.length}` : '–';
  };
  const row = (label: string, verdicts: Verdict[]) => [label, ...METRICS.map((m) => `${cell(verdicts, m, 'tuning')} · ${cell(verdicts, m, 'holdout')}`)];
  for (const c of CLASSES) {
    const inClass = run.verdicts.filter((v) => v.annotation.evalClass === c);
    if (inClass.length) rows.push(row(c, inClass));
  }
  rows.push(row('total', run.verdicts));
  // The planted errors alone: true-but-unsourced context "caught" as unsourced is not a caught error.
  const planted = run.verdicts.filter((v) => v.annotation.kind === 'expect' && v.annotation.code !== 'unsourced-figure');
  rows.push(row('planted errors', planted).map((c, i) => (i === 0 || ['caught', 'exact', 'fix'].includes(METRICS[i - 1]) ? c : '')));
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

function summary(run: Run): string {
  const lines: string[] = [];
  for (const set of SETS) {
    const v = run.verdicts.filter((x) => x.draft.set === set);
    const errors = v.filter((x) => x.annotation.kind === 'expect' && x.annotation.code !== 'unsourced-figure');
    const truths = v.filter((x) => x.annotation.kind === 'ok');
    const sourced = truths.filter((x) => x.passed.sourced !== undefined);
    const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)} %` : '–');
    const caught = errors.filter((x) => x.passed.caught).length;
    const warned = truths.filter((x) => x.passed.clean === false).length;
    const unsourced = sourced.filter((x) => x.passed.sourced === false).length;
    const strayCount = run.stray.filter((s) => s.draft.set === set).length;
    const drafts = new Set(v.map((x) => x.draft.file)).size;
    lines.push(
      `${set}: ${drafts} drafts, ${v.length} annotated statements; planted errors caught ${caught}/${errors.length} (${pct(caught, errors.length)}), ` +
      `true statements warned ${warned}/${truths.length} (${pct(warned, truths.length)}), sourced figures called unsourced ${unsourced}/${sourced.length} (${pct(unsourced, sourced.length)}), ` +
      `warnings on unannotated words ${strayCount}`,
    );
  }
  return lines.join('\n');
}

/** Words from the draft on one line of the report. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

function describeFinding(f: Finding, text: string): string {
  return oneLine(`${f.code} on "${text.slice(f.start, f.end)}"${f.fix ? ` (fix "${f.fix.newText}")` : ''}: ${f.message}`);
}

function misses(run: Run): string[] {
  const out: string[] = [];
  for (const v of run.verdicts) {
    const failed = METRICS.filter((m) => v.passed[m] === false);
    if (!failed.length) continue;
    const a = v.annotation;
    const what = a.kind === 'expect' ? `expected ${a.code}${a.fix ? ` fix "${a.fix}"` : ''}` : a.kind === 'ok' ? 'true statement' : 'must be ignored';
    const said = v.findings.length ? v.findings.map((f) => describeFinding(f, v.draft.text)).join('; ') : 'nothing';
    let line = `${v.draft.file}:${a.line} [${a.evalClass}] "${oneLine(a.target)}": ${what}; failed ${failed.join(', ')}; tool said: ${said}`;
    if (failed.includes('hover')) line += `\n    hover: ${v.hover ? hoverText(v.hover).slice(0, 300) : 'none'}\n    wanted: ${a.source}`;
    if (failed.includes('claim')) line += `\n    claim: ${v.claim ? v.claim.status : 'no claim'}`;
    out.push(line);
  }
  for (const s of run.stray) {
    const line = s.draft.text.slice(0, s.finding.start).split('\n').length;
    out.push(`${s.draft.file}:${line} unannotated warning: ${describeFinding(s.finding, s.draft.text)}`);
  }
  return out;
}

function signature(v: Verdict): string {
  const codes = v.findings.map((f) => `${f.code}@${f.start}-${f.end}${f.fix ? `→${f.fix.newText}` : ''}`).sort().join(', ') || 'no finding';
  return v.passed.hover === undefined ? codes : `${codes}; hover ${v.passed.hover ? 'has' : 'lacks'} the source`;
}

/** Which way a changed verdict went, measured by the expectations written from the sources. */
type Drift = 'away' | 'toward' | 'aside';
const DRIFT_WORDS: Record<Drift, string> = { away: 'away from the expectations', toward: 'toward them', aside: 'neither' };
const failures = (v: Verdict) => METRICS.filter((m) => v.passed[m] === false).length;

/**
 * Every verdict that differs once the distractor articles are indexed too. Any change misses the target (another day's
 * article changes nothing); which way it went says whether a writer would notice it as a new error (away) or as a
 * source of the distractors bearing out a true statement the bundled two left unsourced (toward).
 */
function changes(base: Run, distracted: Run): Array<{ drift: Drift; line: string }> {
  const out: Array<{ drift: Drift; line: string }> = [];
  base.verdicts.forEach((v, i) => {
    const w = distracted.verdicts[i];
    const before = signature(v);
    const after = signature(w);
    if (before === after) return;
    const drift: Drift = failures(w) > failures(v) ? 'away' : failures(w) < failures(v) ? 'toward' : 'aside';
    out.push({ drift, line: `${v.draft.file}:${v.annotation.line} "${oneLine(v.annotation.target)}": ${oneLine(before)}  →  ${oneLine(after)} [${drift}]${w.findings.length ? `\n    now: ${w.findings.map((f) => describeFinding(f, w.draft.text)).join('; ')}` : ''}` });
  });
  const key = (s: Run['stray'][number]) => `${s.draft.file}\u0000${s.finding.code}\u0000${s.finding.start}\u0000${s.finding.end}`;
  const had = new Set(base.stray.map(key));
  for (const s of distracted.stray.filter((x) => !had.has(key(x)))) {
    const line = s.draft.text.slice(0, s.finding.start).split('\n').length;
    out.push({ drift: 'away', line: `${s.draft.file}:${line} new unannotated warning: ${describeFinding(s.finding, s.draft.text)} [away]` });
  }
  return out;
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  // The holdout's misses stay out of sight unless asked for: reading them is tuning on them.
  const shown = (file: string) => process.argv.includes('--holdout') || !file.startsWith(join('test', 'eval', 'holdout'));
  let drafts: Draft[];
  try {
    drafts = loadDrafts();
  } catch (error) {
    if (error instanceof AnnotationError) {
      console.error(`npm run eval: broken annotation\n${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const sources = join(ROOT, 'samples', 'sources');
  const base = evaluate(drafts, indexOf([sources]));
  console.log('Newsproof accuracy on test/eval (cells: tuning · holdout, passed/applicable)\n');
  console.log(table(base));
  console.log(`\n${summary(base)}`);
  const distractors = join(EVAL, 'distractors');
  const distracted = evaluate(drafts, indexOf([sources, distractors]));
  const changed = changes(base, distracted);
  const distractorCount = readdirSync(distractors).filter((f) => /\.(txt|md)$/.test(f)).length;
  const drifts = (['away', 'toward', 'aside'] as Drift[]).map((d) => `${changed.filter((c) => c.drift === d).length} ${DRIFT_WORDS[d]}`).join(', ');
  console.log(`\nWith ${distractorCount} distractor sources added: ${changed.length} verdicts changed${changed.length ? ` (${drifts})` : ''}${changed.length && !verbose ? '; --verbose lists them' : ''}.`);
  if (verbose) {
    const listed = changed.filter((c) => shown(c.line)).map((c) => c.line);
    if (listed.length) console.log(listed.map((c) => `  ${c}`).join('\n'));
    const missed = misses(base).filter(shown);
    console.log(`\nMisses with the bundled sources (${missed.length}${process.argv.includes('--holdout') ? '' : ', tuning drafts only; --holdout adds the holdout'}):`);
    console.log(missed.map((m) => `  ${m}`).join('\n'));
  }
}

main();
