import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { logText, serverMessagesFor } from '../server/src/core/i18n/serverMessages';
import { CheckScheduler } from '../server/src/lsp/checkScheduler';
import { DEFAULT_SETTINGS } from '../server/src/node/settings';
import { ROOT } from './support/fixtures';
import { distinctDraft } from './benchDrafts';
import { NOT_KEPT, type AnswerSource } from '../server/src/lsp/answerStore';
import type { HoverAnswer } from '../server/src/lsp/checkProtocol';
import { checkDiagnostics } from '../server/src/lsp/checkDocument';
import { sourceDocuments } from '../server/src/lsp/convert';
import { bundledIndex } from './support/fixtures';

test('a check worker that cannot start is restarted three times, then the server says checks stop (and does not spin)', async () => {
  const logged: string[] = [];
  const scheduler = new CheckScheduler(join(ROOT, 'server', 'out', 'no-such-worker.js'), 1, 6_000, {
    diagnostics: () => undefined, answers: () => undefined, problems: () => undefined, log: (line) => logged.push(logText(line, serverMessagesFor('en'))),
  });
  const job = { uri: 'untitled:a.md', version: 1, text: 'Nvidia fell 8.72 percent.', settings: DEFAULT_SETTINGS, baseFolder: ROOT, answers: true };
  const outcome = await scheduler.checkOnce(job);
  assert.equal(outcome.error, 'the check worker exited (code 1)');
  for (let waited = 0; !logged.some((m) => m.includes('times in a row')) && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  const exits = logged.filter((m) => m.startsWith('check worker exited'));
  assert.deepEqual(exits, [
    'check worker exited (code 1); starting a new one',
    'check worker exited (code 1); starting a new one',
    'check worker exited (code 1); starting a new one',
    'check worker exited (code 1) 4 times in a row; checks stop until the server restarts',
  ]);
  assert.deepEqual(await scheduler.reindex(DEFAULT_SETTINGS, ROOT), { sources: 0, sentences: 0, problems: [] });
  await scheduler.dispose();
});

test('Check All waiting on a draft gets the newer check of it, not the older check that the newer one cancelled', async () => {
  const scheduler = new CheckScheduler(join(ROOT, 'server', 'out', 'worker.js'), 1, 6_000, {
    diagnostics: () => undefined, answers: () => undefined, problems: () => undefined, log: () => undefined,
  });
  // A failed assertion must not leave the worker running (the test file would never end).
  after(() => scheduler.dispose());
  const uri = 'untitled:check-all.md';
  const job = (version: number, text: string) => ({ uri, version, text, settings: DEFAULT_SETTINGS, baseFolder: ROOT, answers: version === 1 });
  // The editor's check of the open draft is handed to the worker; Check All asks for the draft before that check has
  // even begun, so the flag that cancels it is set before the worker looks at it, whatever the machine's speed.
  scheduler.schedule(uri, 0, () => job(1, 'DeepSeek has 160 employees.'));
  assert.equal(scheduler.busyWith(uri), true);
  const outcome = await scheduler.checkOnce(job(2, 'Training DeepSeek R1 cost only $6.5 million.'));
  assert.equal(outcome.cancelled, false);
  assert.deepEqual(outcome.diagnostics?.map((d) => [d.code, d.message]), [['figure-mismatch', '$6.5 million contradicts the source, which says 5,6 Millionen Dollar.']]);
  assert.equal(scheduler.busyWith(uri), false);
});

/** Waits, polling every 20 ms, until `what` holds or `limitMs` have passed (the assertions after it then say what failed). */
async function until(limitMs: number, what: () => boolean): Promise<void> {
  for (let waited = 0; !what() && waited < limitMs; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
}

test('answers are made when asked, from the last complete check, also while the worker checks another draft', async () => {
  const answerable = new Map<string, AnswerSource>();
  const done = new Set<string>();
  const scheduler = new CheckScheduler(join(ROOT, 'server', 'out', 'worker.js'), 1, 60_000, {
    diagnostics: () => undefined, answers: (job, source) => answerable.set(job.uri, source), problems: () => undefined, log: () => undefined, done: (job) => done.add(job.uri),
  });
  after(() => scheduler.dispose());
  const small = 'untitled:small.md';
  const text = 'Das Training von DeepSeek R1 kostete 6,5 Millionen Dollar.';
  scheduler.schedule(small, 0, () => ({ uri: small, version: 1, text, settings: DEFAULT_SETTINGS, baseFolder: ROOT, locale: 'de', answers: true }));
  await until(120_000, () => answerable.has(small));
  // A large draft of distinct text: its cold check takes seconds, and the worker reads no message meanwhile but
  // those its check asks for between blocks.
  const big = 'untitled:big.md';
  scheduler.schedule(big, 0, () => ({ uri: big, version: 1, text: distinctDraft(400_000, 'en').text, settings: DEFAULT_SETTINGS, baseFolder: ROOT, answers: true }));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const hover = (await answerable.get(small)!.hover(text.indexOf('6,5') + 1)) as HoverAnswer | undefined;
  assert.equal(done.has(big), false, 'the hover waited for the other draft\'s check');
  assert.deepEqual(hover && [hover.start, hover.end], [text.indexOf('6,5'), text.indexOf('6,5') + '6,5 Millionen Dollar'.length]);
  assert.match(hover!.markdown, /\*\*5,6 Millionen Dollar\*\*/);
  await until(120_000, () => done.has(big));
  // The semantic tokens of the large draft, made when asked: five numbers per token.
  const tokens = (await answerable.get(big)!.tokens()) as Uint32Array;
  assert.ok(tokens.length > 0 && tokens.length % 5 === 0);
  // Asked of a draft the worker no longer keeps (closed; the request after it in the worker's queue has its answer): it
  // says so, for the store to ask the newer version it may keep instead.
  scheduler.forget(small);
  await scheduler.sources(DEFAULT_SETTINGS, ROOT);
  assert.equal(await answerable.get(small)!.hover(text.indexOf('6,5') + 1), NOT_KEPT);
  assert.equal(await answerable.get(small)!.tokens(), NOT_KEPT);
});

test('a change of the sources (on disk, or read again) lets go every kept check: none answers from the old index', async () => {
  const answerable = new Map<string, AnswerSource>();
  const scheduler = new CheckScheduler(join(ROOT, 'server', 'out', 'worker.js'), 1, 60_000, {
    diagnostics: () => undefined, answers: (job, source) => answerable.set(`${job.uri}#${job.version}`, source), problems: () => undefined, log: () => undefined,
  });
  after(() => scheduler.dispose());
  for (const [lang, text, figure] of [['de', 'Das Training von DeepSeek R1 kostete 6,5 Millionen Dollar.', '6,5'], ['en', 'Training DeepSeek R1 cost $6.5 million.', '$6.5']] as const) {
    const uri = `untitled:sources-changed-${lang}.md`;
    const check = (version: number) => scheduler.schedule(uri, 0, () => ({ uri, version, text, settings: DEFAULT_SETTINGS, baseFolder: ROOT, locale: lang, answers: true }));
    const hoverOf = (version: number) => answerable.get(`${uri}#${version}`)!.hover(text.indexOf(figure) + 1);
    check(1);
    await until(60_000, () => answerable.has(`${uri}#1`));
    assert.match(((await hoverOf(1)) as HoverAnswer).markdown, /\*\*5,6 Millionen Dollar\*\*/);
    // A source file changed on disk: the worker takes it at once; a request to its queue after it has its answer.
    scheduler.sourcesChanged([join(ROOT, 'samples', 'sources', '000_3edcd5861e2d5fc1.txt')]);
    await scheduler.sources(DEFAULT_SETTINGS, ROOT);
    assert.equal(await hoverOf(1), NOT_KEPT);
    assert.equal(await answerable.get(`${uri}#1`)!.tokens(), NOT_KEPT);
    // The re-check, read with the sources as they are now, answers.
    check(2);
    await until(60_000, () => answerable.has(`${uri}#2`));
    assert.match(((await hoverOf(2)) as HoverAnswer).markdown, /\*\*5,6 Millionen Dollar\*\*/);
    // "Re-index Sources": the same.
    await scheduler.reindex(DEFAULT_SETTINGS, ROOT);
    assert.equal(await hoverOf(2), NOT_KEPT);
    assert.equal(await answerable.get(`${uri}#2`)!.claims(), NOT_KEPT);
  }
});

test('a hover on a small draft answers within a few hundred ms in every stage of another draft\'s check, also after reading its blocks', async () => {
  const answerable = new Map<string, AnswerSource>();
  const done = new Set<string>();
  const scheduler = new CheckScheduler(join(ROOT, 'server', 'out', 'worker.js'), 1, 60_000, {
    diagnostics: () => undefined, answers: (job, source) => answerable.set(job.uri, source), problems: () => undefined, log: () => undefined, done: (job) => done.add(job.uri),
  });
  after(() => scheduler.dispose());
  const small = 'untitled:small.md';
  const text = 'R1 cost $6.5 million to train.';
  scheduler.schedule(small, 0, () => ({ uri: small, version: 1, text, settings: DEFAULT_SETTINGS, baseFolder: ROOT, locale: 'en', answers: true }));
  await until(120_000, () => answerable.has(small));
  // A cold check of a large draft of distinct German text (not the other test's): its stages after reading blocks
  // take about as long as reading them.
  const big = 'untitled:gross.md';
  const started = Date.now();
  scheduler.schedule(big, 0, () => ({ uri: big, version: 1, text: distinctDraft(400_000, 'de', 3).text, settings: DEFAULT_SETTINGS, baseFolder: ROOT, answers: true }));
  const waits: Array<{ at: number; waited: number }> = [];
  while (!done.has(big)) {
    const asked = Date.now();
    const hover = (await answerable.get(small)!.hover(text.indexOf('6.5'))) as HoverAnswer | undefined;
    assert.match(hover?.markdown ?? '', /6\.5 million|5\.6 million/);
    if (!done.has(big)) waits.push({ at: asked - started, waited: Date.now() - asked });
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const took = Date.now() - started;
  // Hovers were asked in the last third of the check (past reading blocks), and none waited long.
  assert.ok(waits.some((w) => w.at > took * 0.67), JSON.stringify({ took, waits }));
  const longest = Math.max(...waits.map((w) => w.waited));
  assert.ok(longest < 500, JSON.stringify({ took, longest, waits: waits.filter((w) => w.waited >= 500) }));
});

test('the stages after reading blocks (facts in context, rules, diagnostics) give the host a turn throughout', () => {
  const index = bundledIndex();
  const loaded = { index, sourceDocs: sourceDocuments(index) };
  for (const [lang, seed] of [['en', 5], ['de', 6]] as const) {
    const turns: number[] = [];
    const started = performance.now();
    checkDiagnostics({ uri: `untitled:turns-${lang}.md`, version: 1, text: distinctDraft(200_000, lang, seed).text, settings: DEFAULT_SETTINGS, baseFolder: ROOT, answers: false }, loaded, { expired: () => (turns.push(performance.now()), false), meanwhile: () => void turns.push(performance.now()) }, 60);
    const ended = performance.now();
    turns.push(ended);
    // The longest time without a turn, and the time from the last turn to the end: short against the whole check.
    let longest = turns[0] - started;
    for (let i = 1; i < turns.length; i++) longest = Math.max(longest, turns[i] - turns[i - 1]);
    assert.ok(longest < Math.max(100, (ended - started) * 0.1), `${lang}: ${longest.toFixed(0)} ms without a turn of ${(ended - started).toFixed(0)} ms`);
  }
});
