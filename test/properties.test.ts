/**
 * Property-based tests: drafts of every shape (Markdown structure, figures in German and English, quotations, emoji
 * and lone surrogates, CRLF). `npm test` runs them with a fixed seed and a bounded number of runs; `npm run fuzz`
 * runs them long with a new seed, printed when a property fails (rerun with NEWSPROOF_FUZZ_SEED=<seed>).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import fc from 'fast-check';
import { analyzeDraft, buildSourceIndex, claimsOf, clearParseCache, hoverLayers, parseMarkdown, parseMarkdownChunked, runRules, type DraftAnalysis, type SourceIndex, type Span } from '../server/src/core';
import { draftUnits } from '../server/src/core/markdown/chunkedParse';
import { KeptAnalysis } from '../server/src/lsp/answersOnDemand';
import { checkDiagnostics } from '../server/src/lsp/checkDocument';
import type { CheckJob } from '../server/src/lsp/checkProtocol';
import type { Diagnostic } from 'vscode-languageserver';
import { CheckScheduler } from '../server/src/lsp/checkScheduler';
import { DEFAULT_SETTINGS } from '../server/src/node/settings';
import { loadIndexOnce } from '../server/src/worker/sourceIndex';
import { draft, draftAndEdit } from './support/arbitraries';
import { draftOfSize } from './support/drafts';
import { bundledIndex, ROOT } from './support/fixtures';

const fuzzing = process.env.NEWSPROOF_FUZZ === '1';
const seed = fuzzing ? Number(process.env.NEWSPROOF_FUZZ_SEED ?? Date.now() % 2 ** 31) : 20_261_130;
/** How many drafts a property sees: few in `npm test`, many in `npm run fuzz`. */
const runs = (inTests: number) => (fuzzing ? Number(process.env.NEWSPROOF_FUZZ_RUNS ?? inTests * 50) : inTests);
fc.configureGlobal({ seed, numRuns: runs(60) });
if (fuzzing) console.log(`fuzzing with seed ${seed} (NEWSPROOF_FUZZ_SEED=${seed} repeats this run)`);

const index = bundledIndex();
/** A second index of the same sources: its caches have seen other drafts, so results must not depend on them. */
const otherIndex = buildSourceIndex(index.sources.map((s) => s.input));

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** Inside the text, start before end, and never between the two halves of an emoji. */
function assertSpan(text: string, span: Span, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: ${JSON.stringify(span)} is not whole`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what}: ${JSON.stringify(span)} lies outside a text of ${text.length}`);
  for (const at of [span.start, span.end]) {
    assert.ok(!(at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))), `${what}: ${at} splits a surrogate pair`);
  }
}

/** What a writer sees of an analysis: findings, and the spans of figures, names, quotations and sentences. */
function visible(analysis: DraftAnalysis, sourceIndex: SourceIndex) {
  return {
    findings: runRules(analysis, sourceIndex).map(({ code, severity, start, end, message, related, fix }) => ({ code, severity, start, end, message, related: related.map((r) => ({ ...r })), fix })),
    figures: analysis.figures.map((f) => [f.span.start, f.span.end, f.figure.text, f.match.status, f.fact.entities, f.fact.attributes, f.fact.time ?? null]),
    names: analysis.names.map((n) => [n.span.start, n.span.end, n.mention.entry.canonical]),
    quotations: analysis.quotations.map((q) => [q.start, q.end, q.text, Boolean(q.match)]),
    sentences: analysis.sentences.map((s) => [s.sentence.start, s.sentence.end, s.sentence.text]),
    language: analysis.language,
  };
}

describe('properties of any draft', () => {
  test('never throws, and every range lies inside the draft on UTF-16 boundaries', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const analysis = analyzeDraft(text, index);
        for (const f of runRules(analysis, index)) {
          assertSpan(text, f, f.code);
          for (const r of f.related) if (r.sourceId === undefined) assertSpan(text, r, `${f.code} related`);
        }
        for (const f of analysis.figures) assertSpan(text, f.span, `figure ${f.figure.text}`);
        for (const n of analysis.names) assertSpan(text, n.span, `name ${n.mention.text}`);
        for (const q of analysis.quotations) assertSpan(text, q, `quotation ${q.text}`);
        const claims = claimsOf(analysis, index);
        for (const c of claims) assertSpan(text, c, 'claim');
        for (const layer of hoverLayers(analysis, index, claims)) for (const h of layer) assertSpan(text, h, 'hover');
      }),
    );
  });

  test('LSP diagnostics: positions inside their line, never inside an emoji', async () => {
    const loaded = await loadIndexOnce(DEFAULT_SETTINGS, ROOT);
    fc.assert(
      fc.property(draft, (text) => {
        const job: CheckJob = { uri: 'untitled:p.md', version: 1, text, settings: DEFAULT_SETTINGS, baseFolder: ROOT, answers: false };
        const lines = text.split(/\r\n|\r|\n/);
        for (const d of checkDiagnostics(job, loaded, { expired: () => false }, 6).diagnostics.map(({ json }) => JSON.parse(Buffer.from(json, 'latin1').toString('utf8')) as Diagnostic)) {
          for (const p of [d.range.start, d.range.end]) {
            assert.ok(p.line < lines.length && p.character <= lines[p.line].length, `${JSON.stringify(p)} lies outside the draft`);
            const line = lines[p.line];
            assert.ok(!(p.character > 0 && isHigh(line.charCodeAt(p.character - 1)) && isLow(line.charCodeAt(p.character))), `${JSON.stringify(p)} splits a surrogate pair`);
          }
        }
      }),
      { numRuns: runs(30) },
    );
  });

  test('parsing chunk by chunk gives the prose of parsing the whole draft', () => {
    fc.assert(
      fc.property(draft, (text) => {
        clearParseCache();
        assert.deepEqual(parseMarkdownChunked(text), parseMarkdown(text));
      }),
    );
  });

  test('after an edit, the units found around the change equal those found in the whole draft', () => {
    // Edits at and next to the units' ends, of blank lines, indents, fences and comments: where a unit ends depends on
    // the lines around it. A paragraph of 48,000 characters without a blank line is cut into pieces.
    const markup = fc.constantFrom('\n', '\n\n', '```\n', '<!--', '-->', '    ', '- ', '# ', 'x', '');
    const long = `${'Nvidia verlor 7,82 Prozent an einem Tag.\n'.repeat(1200)}\n`;
    const edit = fc.record({ text: draft, long: fc.boolean(), unit: fc.nat(), shift: fc.integer({ min: -2, max: 2 }), cut: fc.nat(6), typed: markup });
    fc.assert(
      fc.property(fc.oneof(draftAndEdit, edit), (input) => {
        let [before, after] = ['before' in input ? input.before : '', 'after' in input ? input.after : ''];
        if ('unit' in input) {
          before = `${input.text}\n\n${input.long ? long : ''}${input.text.repeat(2)}`;
          const ends = draftUnits(before).map((u) => u.end);
          const at = Math.max(0, Math.min(before.length, ends[input.unit % ends.length] + input.shift));
          after = before.slice(0, at) + input.typed + before.slice(Math.min(before.length, at + input.cut));
        }
        draftUnits(before);
        const incremental = draftUnits(after);
        clearParseCache();
        assert.deepEqual(incremental, draftUnits(after));
      }),
      { numRuns: runs(300) },
    );
  });

  test('a line break typed where a paragraph too large to parse at once was cut: the units are those of the whole draft', () => {
    // Found by `npm run fuzz` (seed 898290647): the blank lines before the paragraph were a unit of their own only
    // because the paragraph after them was cut, and were kept as one after the line break made it fit.
    const before = `\n\n${'Nvidia verlor 7,82 Prozent an einem Tag.\n'.repeat(1200)}\n`;
    const cutAt = draftUnits(before)[1].end;
    const after = `${before.slice(0, cutAt)}\n${before.slice(cutAt)}`;
    draftUnits(before);
    const incremental = draftUnits(after);
    clearParseCache();
    assert.deepEqual(incremental, draftUnits(after));
    assert.deepEqual(incremental.map((u) => [u.start, u.end]), [[0, cutAt + 1], [cutAt + 1, after.length]]);
  });

  test('after an edit, the reused analysis equals a fresh analysis of the edited draft', () => {
    fc.assert(
      fc.property(draftAndEdit, ({ before, after }) => {
        analyzeDraft(before, index);
        const incremental = visible(analyzeDraft(after, index), index);
        clearParseCache();
        assert.deepEqual(incremental, visible(analyzeDraft(after, otherIndex), otherIndex));
      }),
    );
  });

  test('after an edit, the answers (hovers, Outline, tokens, claims) equal those of a fresh check', async () => {
    const warm = await loadIndexOnce(DEFAULT_SETTINGS, ROOT);
    const fresh = await loadIndexOnce(DEFAULT_SETTINGS, ROOT);
    const never = { expired: () => false };
    const answersOf = (text: string, loaded: typeof warm) => {
      const job: CheckJob = { uri: 'untitled:p.md', version: 1, text, settings: DEFAULT_SETTINGS, baseFolder: ROOT, answers: true };
      const { analysis, document, diagnostics } = checkDiagnostics(job, loaded, never, 6);
      // Made when asked, as the editor asks: the hover at every offset, the tokens, the claims.
      const kept = new KeptAnalysis(job, analysis, document, loaded);
      const answers = { hovers: Array.from({ length: text.length }, (_, offset) => kept.hover(offset)), tokens: kept.tokens(), claims: kept.claims() };
      return { diagnostics: diagnostics.map(({ json }) => Buffer.from(json, 'latin1').toString('utf8')), answers };
    };
    fc.assert(
      fc.property(draftAndEdit, ({ before, after }) => {
        answersOf(before, warm);
        const incremental = answersOf(after, warm);
        clearParseCache();
        assert.deepEqual(incremental, answersOf(after, fresh));
      }),
      { numRuns: runs(30) },
    );
  });

  test('after a keystroke that keeps the length (a digit typed over another, a line broken), the diagnostics are those of a fresh check', async () => {
    const warm = await loadIndexOnce(DEFAULT_SETTINGS, ROOT);
    const fresh = await loadIndexOnce(DEFAULT_SETTINGS, ROOT);
    const diagnosticsOf = (text: string, loaded: typeof warm) =>
      checkDiagnostics({ uri: 'untitled:p.md', version: 1, text, settings: DEFAULT_SETTINGS, baseFolder: ROOT, answers: false }, loaded, { expired: () => false }, 6).diagnostics.map(({ json }) => Buffer.from(json, 'latin1').toString('utf8'));
    const typedOver = fc.tuple(draft, fc.nat(), fc.constantFrom('7', 'x', '\n', '\r', ' ')).filter(([text]) => text.length > 0).map(([text, at, typed]) => {
      const i = at % text.length;
      return { before: text, after: text.slice(0, i) + typed + text.slice(i + 1) };
    });
    fc.assert(
      fc.property(typedOver, ({ before, after }) => {
        diagnosticsOf(before, warm);
        const incremental = diagnosticsOf(after, warm);
        clearParseCache();
        assert.deepEqual(incremental, diagnosticsOf(after, fresh));
      }),
      { numRuns: runs(30) },
    );
  });

  test('the same text gives the same findings, whatever was checked before', () => {
    fc.assert(
      fc.property(draft, draft, (text, other) => {
        const first = visible(analyzeDraft(text, index), index);
        analyzeDraft(other, index);
        assert.deepEqual(visible(analyzeDraft(text, index), index), first);
      }),
    );
  });
});

describe('a newer version cancels the check of an older one', () => {
  const events: Array<{ kind: 'diagnostics' | 'done'; version: number; cancelled?: boolean; count?: number }> = [];
  const scheduler = new CheckScheduler(join(ROOT, 'server', 'out', 'worker.js'), 1, 6_000, {
    diagnostics: (job, diagnostics) => events.push({ kind: 'diagnostics', version: job.version, count: (diagnostics.toJSON() as unknown[]).length }),
    answers: () => undefined,
    problems: () => undefined,
    log: () => undefined,
    done: (job, cancelled) => events.push({ kind: 'done', version: job.version, cancelled }),
  });
  after(() => scheduler.dispose());
  const big = draftOfSize(300_000);

  test('only the newest version is reported, and it is reported as a direct check reports it', async () => {
    let version = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(draft, { minLength: 1, maxLength: 4 }), async (newer) => {
        events.length = 0;
        const uri = `untitled:cancel-${version}.md`;
        const texts = [big + String(version), ...newer];
        const first = version + 1;
        for (const text of texts) {
          const job: CheckJob = { uri, version: ++version, text, settings: DEFAULT_SETTINGS, baseFolder: ROOT, answers: false };
          scheduler.schedule(uri, 0, () => job);
        }
        const last = version;
        while (!events.some((e) => e.kind === 'done' && e.version === last)) await new Promise((resolve) => setTimeout(resolve, 5));
        assert.deepEqual(events.filter((e) => e.kind === 'diagnostics').map((e) => e.version), [last]);
        assert.deepEqual(events.find((e) => e.kind === 'done' && e.version === first), { kind: 'done', version: first, cancelled: true });
        const direct = runRules(analyzeDraft(texts[texts.length - 1], index), index).length;
        assert.equal(events.find((e) => e.kind === 'diagnostics')?.count, direct);
      }),
      { numRuns: runs(4) },
    );
  });
});
