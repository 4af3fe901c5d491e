/**
 * `npm run bench` (second part): the language server as an editor meets it, spawned and spoken to over LSP, each
 * target beside a remark parse of the same text. Run with `--parse FILE` it only times a remark parse of FILE
 * (in a child process, so a parse that never ends can be stopped).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Diagnostic } from 'vscode-languageserver/node';
import { parseMarkdown } from '../server/src/core';
import { distinctDraft } from './benchDrafts';
import { HOSTILE_DRAFTS } from './support/drafts';
import { ROOT } from './support/fixtures';
import { LspSession } from './support/lspClient';

const PARSE_TIMEOUT_MS = 20_000;
/** `--timeout=SECONDS`: how long to wait for an answer (on a loaded machine the 1 MB open takes longer than 30 s). */
const ANSWER_TIMEOUT_MS = 1000 * Number(process.argv.find((a) => a.startsWith('--timeout='))?.slice('--timeout='.length) ?? 30);

if (process.argv[2] === '--parse') {
  const text = readFileSync(process.argv[3], 'utf8');
  const start = performance.now();
  parseMarkdown(text);
  process.stdout.write(String(performance.now() - start));
  process.exit(0);
}

const scratch = mkdtempSync(join(tmpdir(), 'newsproof-bench-'));
/** A remark parse of `text` in a child process: milliseconds, or Infinity when it takes longer than PARSE_TIMEOUT_MS. */
function remarkParseMs(text: string): number {
  const file = join(scratch, 'draft.md');
  writeFileSync(file, text);
  try {
    return Number(execFileSync(process.execPath, [__filename, '--parse', file], { timeout: PARSE_TIMEOUT_MS, encoding: 'utf8' }));
  } catch {
    return Infinity;
  }
}

const ms = (t: number) => (Number.isFinite(t) ? `${t < 10 ? t.toFixed(1) : Math.round(t)} ms` : `> ${PARSE_TIMEOUT_MS / 1000} s`);
const kb = (text: string) => (text.length >= 1_000_000 ? `${(text.length / 1_000_000).toFixed(1)} MB` : `${Math.round(text.length / 1000)} KB`);
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const withTimeout = <T>(promise: Promise<T>, timeoutMs: number) =>
  Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), timeoutMs))]);

function rangesInside(text: string, diagnostics: Diagnostic[]): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const inside = (p: { line: number; character: number }) => {
    if (p.line >= lines.length || p.character > lines[p.line].length) return false;
    const code = lines[p.line].charCodeAt(p.character);
    return !(code >= 0xdc00 && code <= 0xdfff && p.character > 0 && /[\uD800-\uDBFF]/.test(lines[p.line][p.character - 1]));
  };
  return diagnostics.every((d) => inside(d.range.start) && inside(d.range.end));
}

/** A memory figure of a process and its threads from /proc (Linux), in MB: `VmHWM` its peak, `VmRSS` now. */
function memoryMb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const kbytes = new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kbytes ? Number(kbytes) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

const peakMemoryMb = (pid: number) => memoryMb(pid, 'VmHWM');
const residentMb = (pid: number) => memoryMb(pid, 'VmRSS');

/** The CPU time a process and its threads have used (Linux, utime + stime), in ms: what a step cost on a loaded machine. */
function cpuMs(pid: number): number {
  try {
    // The fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in clock ticks (100 a second).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/**
 * `--steps`: per step (opening, each edit's check until its diagnostics arrived, the answers made after it) the
 * server's highest resident memory (sampled every 20 ms) and the CPU time it used: which step makes the peak, and
 * what a step costs however loaded the machine is.
 */
class StepMeter {
  private highest = 0;
  private cpu: number;
  private readonly timer: NodeJS.Timeout;
  readonly steps: string[] = [];
  constructor(private readonly pid: number) {
    this.cpu = cpuMs(pid);
    this.timer = setInterval(() => (this.highest = Math.max(this.highest, residentMb(pid))), 20);
  }
  mark(step: string): void {
    this.highest = Math.max(this.highest, residentMb(this.pid));
    const cpu = cpuMs(this.pid);
    this.steps.push(`${step} ${this.highest.toFixed(0)} MB ${(cpu - this.cpu).toFixed(0)} ms`);
    [this.highest, this.cpu] = [0, cpu];
  }
  stop(): string {
    clearInterval(this.timer);
    return this.steps.join(', ');
  }
}

function positionOf(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/**
 * The server's environment as the extension's client sets it (client/src/extension.ts: two malloc arenas);
 * `--malloc-arenas=default` leaves glibc's default, to compare.
 */
const SERVER_ENV: Record<string, string> = process.argv.includes('--malloc-arenas=default') ? {} : { MALLOC_ARENA_MAX: '2' };

async function session(): Promise<LspSession> {
  const lsp = new LspSession(ROOT, { checkDelay: 0 }, {}, SERVER_ENV);
  await lsp.initialize();
  return lsp;
}

async function hostileDrafts(): Promise<boolean> {
  console.log('Hostile drafts, each opened in a fresh server (target: a complete or partial answer in under 10 s, server alive, ranges inside)\n');
  console.log(`| draft | size | remark parse | first diagnostics | answer | ranges inside | server alive | target |`);
  console.log(`|---|---|---|---|---|---|---|---|`);
  let all = true;
  // Ordinary prose that is distinct throughout, as a real draft of that size: no cache answers for it.
  const drafts = { ...HOSTILE_DRAFTS, '5 MB of prose': () => distinctDraft(5_000_000, 'en').text };
  for (const [name, make] of Object.entries(drafts)) {
    const text = make();
    const parse = remarkParseMs(text);
    const lsp = await session();
    const start = performance.now();
    const diagnostics = await withTimeout(lsp.open(`untitled:${name.replace(/\W+/g, '-')}.md`, text), ANSWER_TIMEOUT_MS);
    const elapsed = performance.now() - start;
    const answer = diagnostics ? (diagnostics.some((d) => d.code === 'check-budget') ? `partial, ${diagnostics.length} findings` : `complete, ${diagnostics.length} findings`) : 'none';
    const inside = diagnostics ? rangesInside(text, diagnostics) : false;
    const after = await withTimeout(lsp.open('untitled:after.md', 'Training DeepSeek R1 cost $6.5 million.'), ANSWER_TIMEOUT_MS);
    const alive = lsp.alive && after?.length === 1;
    const ok = Boolean(diagnostics) && elapsed < 10_000 && inside && alive;
    all &&= ok;
    console.log(`| ${name} | ${kb(text)} | ${ms(parse)} | ${diagnostics ? ms(elapsed) : 'none'} | ${answer} | ${inside ? 'yes' : 'NO'} | ${alive ? 'yes' : 'NO'} | ${verdict(ok)} |`);
    await lsp.close();
  }
  return all;
}

async function hoverWhileChecking(): Promise<boolean> {
  const lsp = await session();
  const small = 'untitled:small.md';
  await lsp.open(small, 'OpenAI spent $78 million on GPT-4o.');
  const big = distinctDraft(5_000_000, 'en').text;
  let bigDone = Infinity;
  const started = performance.now();
  void lsp.open('untitled:big.md', big).then(() => (bigDone = performance.now()));
  await new Promise((resolve) => setTimeout(resolve, 300));
  const times: number[] = [];
  let answered = 0;
  while (performance.now() < bigDone && times.length < 200) {
    const start = performance.now();
    const hover = await lsp.hover(small, 0, 15);
    times.push(performance.now() - start);
    if (hover) answered++;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const duringCheck = times.length;
  await withTimeout(new Promise((resolve) => { const wait = () => (bigDone < Infinity ? resolve(null) : setTimeout(wait, 50)); wait(); }), ANSWER_TIMEOUT_MS);
  const sorted = [...times].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? NaN;
  const max = sorted[sorted.length - 1] ?? NaN;
  const ok = duringCheck > 0 && max < 1000 && p95 < 50 && answered === duringCheck;
  console.log(`\nHover in a small draft while a 5 MB draft is checked (its diagnostics after ${ms(bigDone - started)}):`);
  console.log(`${duringCheck} hovers during the check, ${answered} answered; p95 ${ms(p95)}, max ${ms(max)} (target: max < 1 s, p95 < 50 ms): ${verdict(ok)}`);
  await lsp.close();
  return ok;
}

async function oneMegabyte(lang: 'en' | 'de', size = 1_000_000): Promise<boolean> {
  const { text, editAt } = distinctDraft(size, lang);
  const parse = remarkParseMs(text);
  const lsp = await session();
  const phases = process.argv.includes('--steps') ? new StepMeter(lsp.pid) : undefined;
  phases?.mark('idle');
  const uri = `untitled:one-megabyte-${lang}.md`;
  let start = performance.now();
  let opened: Diagnostic[] | undefined = await lsp.open(uri, text);
  const firstAnswer = performance.now() - start;
  // A check that ran out of time is continued at once: the draft is open once its diagnostics are complete.
  const partial = (d: Diagnostic[] | undefined) => d?.some((x) => x.code === 'check-budget');
  while (partial(opened) && performance.now() - start < ANSWER_TIMEOUT_MS) opened = await withTimeout(lsp.nextDiagnostics(uri), ANSWER_TIMEOUT_MS);
  const open = performance.now() - start;
  // One keystroke as an editor sends it: a digit of a figure near the middle of the draft becomes another digit.
  const memoryOpen = peakMemoryMb(lsp.pid);
  phases?.mark('open');
  const at = positionOf(text, editAt);
  const edits: number[] = [];
  // Of each edit's time: until the notification's last bytes arrived (the server's part), and the client's parse of it.
  const [arrived, parsed]: number[][] = [[], []];
  for (let k = 0; k < 7; k++) {
    start = performance.now();
    await lsp.edit(uri, { start: at, end: { line: at.line, character: at.character + 1 } }, String((Number(text[editAt]) + 1 + k) % 10));
    edits.push(performance.now() - start);
    const notification = lsp.published[lsp.published.length - 1];
    arrived.push(notification.arrivedAt! - start);
    parsed.push(notification.parsedAt! - notification.arrivedAt!);
    phases?.mark(`check${k + 1}`);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the answers (hovers, claims) of the edit are made meanwhile
    phases?.mark(`answers${k + 1}`);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const edit = median(edits);
  const memory = peakMemoryMb(lsp.pid);
  const byStep = phases?.stop();
  await lsp.close();
  const complete = Boolean(opened) && !partial(opened);
  // A parse that never finished measures nothing: no target is met against it.
  const openOk = Number.isFinite(parse) && open < 1.5 * parse && complete;
  const editOk = Number.isFinite(parse) && edit < parse / 10;
  const memoryOk = memory < 200;
  console.log(`\n${kb(text)} draft of distinct text (${lang}), checkDelay 0, remark parse of it: ${ms(parse)}`);
  console.log(`| step | time | target | |`);
  console.log(`|---|---|---|---|`);
  console.log(`| open → first diagnostics | ${ms(firstAnswer)} | | |`);
  console.log(`| open → complete diagnostics (${complete ? `${opened!.length} findings` : 'NOT complete'}) | ${ms(open)} | < 1.5 × parse = ${ms(1.5 * parse)} | ${verdict(openOk)} |`);
  console.log(`| one edit → diagnostics (median of ${edits.length}) | ${ms(edit)} | < parse / 10 = ${ms(parse / 10)} | ${verdict(editOk)} |`);
  console.log(`| of it: until the server's notification arrived, then the client's parse of it (medians) | ${ms(median(arrived))} + ${ms(median(parsed))} | | |`);
  console.log(`| peak memory of the server | ${memory.toFixed(0)} MB (after opening: ${memoryOpen.toFixed(0)} MB) | < 200 MB | ${verdict(memoryOk)} |`);
  if (byStep) console.log(`\nPer step, the server's highest resident memory and the CPU time it used: ${byStep}`);
  return openOk && editOk && memoryOk;
}

/**
 * `--only=open`: only the open of the 1 MB draft, then what an editor asks after it: a hover on a figure in the middle
 * (its latency), the semantic tokens. The server's peak after the open, and after the hover and the tokens.
 */
async function openAndFirstHover(lang: 'en' | 'de', size = 1_000_000): Promise<void> {
  const { text, editAt } = distinctDraft(size, lang);
  const lsp = await session();
  const uri = `untitled:one-megabyte-${lang}.md`;
  const start = performance.now();
  let opened: Diagnostic[] | undefined = await lsp.open(uri, text);
  const partial = (d: Diagnostic[] | undefined) => d?.some((x) => x.code === 'check-budget');
  while (partial(opened) && performance.now() - start < ANSWER_TIMEOUT_MS) opened = await withTimeout(lsp.nextDiagnostics(uri), ANSWER_TIMEOUT_MS);
  const open = performance.now() - start;
  // The answers a check made for every figure came a moment after its diagnostics; the hover is asked after them.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const memoryOpen = peakMemoryMb(lsp.pid);
  const at = positionOf(text, editAt);
  let asked = performance.now();
  const hover = await lsp.hover(uri, at.line, at.character);
  const hoverMs = performance.now() - asked;
  asked = performance.now();
  const tokens = (await lsp.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as { data: number[] };
  const tokensMs = performance.now() - asked;
  const memory = peakMemoryMb(lsp.pid);
  await lsp.close();
  console.log(`open ${lang} ${kb(text)}: complete diagnostics ${ms(open)} (${opened?.length} findings${partial(opened) ? ', NOT complete' : ''}); peak after the open ${memoryOpen.toFixed(0)} MB; first hover ${ms(hoverMs)} (${hover ? 'answered' : 'none'}), tokens ${ms(tokensMs)} (${tokens.data.length / 5}); peak after them ${memory.toFixed(0)} MB`);
}

/**
 * `--only=reopen`: a large draft checked, closed, and another of its size opened beside a small one that stays open.
 * What the first held must be let go: the server's peak with the second is about that of one such draft.
 */
async function closeAndOpenAnother(size: number): Promise<void> {
  const lsp = await session();
  await lsp.open('untitled:small.md', 'OpenAI spent $78 million on GPT-4o.');
  const complete = async (uri: string, text: string) => {
    let diagnostics: Diagnostic[] | undefined = await lsp.open(uri, text);
    while (diagnostics?.some((d) => d.code === 'check-budget')) diagnostics = await withTimeout(lsp.nextDiagnostics(uri), ANSWER_TIMEOUT_MS);
  };
  await complete('untitled:first.md', distinctDraft(size, 'en').text);
  const first = peakMemoryMb(lsp.pid);
  await lsp.connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'untitled:first.md' } });
  await complete('untitled:second.md', distinctDraft(size, 'en', 2).text);
  await new Promise((resolve) => setTimeout(resolve, 2000)); // its answers
  console.log(`\n${kb('x'.repeat(size))} draft opened, closed, another of its size opened: the server's peak ${first.toFixed(0)} MB with the first, ${peakMemoryMb(lsp.pid).toFixed(0)} MB with the second`);
  await lsp.close();
}

async function burstOfEdits(): Promise<boolean> {
  const lsp = await session();
  const uri = 'untitled:burst.md';
  // A figure the sources contradict, so the final version's diagnostics name the final figure.
  const text = `Training DeepSeek R1 cost only $6.5 million.\n\n${distinctDraft(100_000, 'en').text}`;
  await lsp.open(uri, text);
  const before = lsp.published.length;
  let last = text;
  for (let k = 1; k <= 300; k++) {
    last = text.replace('cost only $6.5 million', `cost only $${k}.5 million`);
    void lsp.change(uri, last);
  }
  const finalVersion = lsp.lastVersion;
  const deadline = performance.now() + ANSWER_TIMEOUT_MS;
  while (!lsp.published.some((p) => p.uri === uri && p.version === finalVersion) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const during = lsp.published.slice(before).filter((p) => p.uri === uri);
  const final = during[during.length - 1];
  const mentionsFinal = final?.diagnostics.some((d) => d.message.includes('$300.5 million'));
  const ok = final?.version === finalVersion && Boolean(mentionsFinal);
  console.log(`\nA burst of 300 edits to a ${kb(text)} draft: ${during.length} publications after it, the last for version ${final?.version} (final: ${finalVersion}), ${mentionsFinal ? 'with' : 'WITHOUT'} the final figure's finding: ${verdict(ok)}`);
  await lsp.close();
  return ok;
}

void (async () => {
  // `node test/out/benchServer.js --only=1mb`: only the 1 MB drafts (while optimising); `--sizes=500000,1000000`: the
  // same steps at other sizes, to see how time and memory grow with the draft.
  const sizes = process.argv.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length).split(',').map(Number);
  if (process.argv.includes('--only=open')) {
    for (const lang of (process.argv.find((a) => a.startsWith('--langs='))?.slice('--langs='.length).split(',') ?? ['en']) as Array<'en' | 'de'>) await openAndFirstHover(lang);
    return;
  }
  if (process.argv.includes('--only=reopen')) {
    for (const size of sizes ?? [1_000_000]) await closeAndOpenAnother(size);
    return;
  }
  if (process.argv.includes('--only=1mb') || sizes) {
    const results: boolean[] = [];
    // `--langs=en`: one language only.
    const langs = (process.argv.find((a) => a.startsWith('--langs='))?.slice('--langs='.length).split(',') ?? ['en', 'de']) as Array<'en' | 'de'>;
    for (const size of sizes ?? [1_000_000]) for (const lang of langs) results.push(await oneMegabyte(lang, size));
    console.log(`\n${results.every(Boolean) ? 'Every target met.' : 'Some targets missed.'}`);
    return;
  }
  // `--without-1mb`: the targets other than the 1 MB drafts' (that the changes for those kept them met).
  const results = [await hostileDrafts(), await hoverWhileChecking()];
  if (!process.argv.includes('--without-1mb')) results.push(await oneMegabyte('en'), await oneMegabyte('de'));
  results.push(await burstOfEdits());
  console.log(`\n${results.every(Boolean) ? 'Every target met.' : 'Some targets missed (see MISSED above).'}`);
})();
