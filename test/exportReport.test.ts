import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test, type TestContext } from 'node:test';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Diagnostic } from 'vscode-languageserver/node';
import { ExportReportRequest, type ExportReportParams, type ExportReportResult } from '../server/src/protocol';
import { draftLabel } from '../server/src/lsp/exportReport';
import { reportFileName, safeFileName } from '../client/src/reportFileName';
import { LspSession } from './support/lspClient';
import { ROOT } from './support/fixtures';

const everyElement = (node: Nodes): Element[] => [...(node.type === 'element' ? [node] : []), ...('children' in node ? node.children.flatMap(everyElement) : [])];
const textOf = (node: Nodes): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '');
const withClass = (tree: Root, name: string) => everyElement(tree).filter((e) => (e.properties.className as string[] | undefined)?.includes(name));

/** Each finding's mark as [code, the words it marks (all its pieces)], in page order. */
function marks(tree: Root): Array<[string, string]> {
  const all = everyElement(tree);
  return all
    .filter((e) => e.properties.dataCode !== undefined)
    .map((m) => [String(m.properties.dataCode), all.filter((e) => e.tagName === 'mark' && e.properties.dataFinding === m.properties.id).map(textOf).join('')]);
}

/** What a diagnostic covers in `text`: its code and its words. */
function covered(text: string, diagnostics: Diagnostic[]): Array<[string, string]> {
  const lines = text.split('\n');
  return diagnostics.map((d) => {
    assert.equal(d.range.start.line, d.range.end.line, 'the drafts here keep each finding on one line');
    return [String(d.code), lines[d.range.start.line].slice(d.range.start.character, d.range.end.character)];
  });
}

/** A started server that is shut down when the test ends, passed or failed (else it keeps the run alive). */
async function started(t: TestContext, ...args: ConstructorParameters<typeof LspSession>): Promise<LspSession> {
  const lsp = new LspSession(...args);
  t.after(() => lsp.close());
  await lsp.initialize();
  return lsp;
}

async function exportReport(lsp: LspSession, params: ExportReportParams): Promise<ExportReportResult> {
  return lsp.connection.sendRequest(ExportReportRequest, params);
}

function rendered(result: ExportReportResult): { tree: Root; html: string; files: number; findings: number } {
  assert.equal(result.status, 'rendered', JSON.stringify(result));
  const { html, files, findings } = result as Extract<ExportReportResult, { status: 'rendered' }>;
  return { tree: fromHtml(html), html, files, findings };
}

function tempFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'newsproof-export-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  return folder;
}

const UNSAVED = [
  '# Costs',
  '',
  '🚀 Training DeepSeek R1 cost $6.5 million, a fraction of what OpenAI spent.',
  '',
  'Nvidia fell 8.72 percent. DeepSeek has 160 employees.',
  '',
  'DeepSeek was founded in July 2022 by Liang Wenfang.',
  '',
].join('\n');

describe('newsproof/exportReport: the reviewer’s report from the language server', () => {
  test('an unsaved draft: one data-code mark per published diagnostic, on the editor’s words, not the file’s', async (t) => {
    const folder = tempFolder({ 'draft.md': 'Saved on disk: Training DeepSeek R1 cost $5.6 million.\n' });
    const lsp = await started(t, folder);
    const uri = pathToFileURL(join(folder, 'draft.md')).href;
    const diagnostics = await lsp.open(uri, UNSAVED);
    assert.deepEqual(diagnostics.map((d) => d.code), ['figure-mismatch', 'figure-mismatch', 'unsourced-figure', 'date-mismatch', 'name-spelling']);

    const { tree, files, findings } = rendered(await exportReport(lsp, { scope: 'draft', uri }));
    assert.deepEqual(marks(tree), covered(UNSAVED, diagnostics));
    assert.deepEqual([files, findings], [1, 5]);
    const page = textOf(tree);
    assert.ok(page.includes('🚀 Training DeepSeek R1 cost $6.5 million'), 'the editor’s text is on the page');
    assert.ok(!page.includes('Saved on disk'), 'the text on disk is not');
    assert.deepEqual(withClass(tree, 'np-draft-title').map((e) => textOf(everyElement(e)[1])), ['draft.md']);
    assert.equal(textOf(everyElement(tree).find((e) => e.tagName === 'h1')!), 'Newsproof report');
    // The notes carry the server's messages, word for word.
    assert.deepEqual(withClass(tree, 'np-message').map(textOf), diagnostics.map((d) => d.message));
  });

  test('locale "de": the page’s words and the messages are German', async (t) => {
    const lsp = await started(t, ROOT, undefined, { locale: 'de' });
    const uri = 'untitled:Untitled-1';
    const text = 'Das Training von DeepSeek R1 kostete 6,5 Millionen Dollar.\n';
    const diagnostics = await lsp.open(uri, text);
    const { tree } = rendered(await exportReport(lsp, { scope: 'draft', uri }));
    assert.deepEqual(marks(tree), covered(text, diagnostics));
    const html = everyElement(tree).find((e) => e.tagName === 'html')!;
    assert.equal(html.properties.lang, 'de');
    assert.equal(textOf(everyElement(tree).find((e) => e.tagName === 'h1')!), 'Newsproof-Bericht');
    assert.deepEqual(everyElement(tree).filter((e) => e.tagName === 'h2' && !e.properties.className).map(textOf), ['Befunde', 'Entwürfe', 'Quellen', 'Regeln']);
    assert.deepEqual(withClass(tree, 'np-message').map(textOf), ['6,5 Millionen Dollar widerspricht der Quelle, dort steht 5,6 Millionen Dollar.']);
    assert.deepEqual(withClass(tree, 'np-draft-title').map(textOf), ['Untitled-1 1 Befund']);
  });

  test('the workspace: every Markdown file, open ones with their unsaved text, with .newsproof.json’s rules', async (t) => {
    const folder = tempFolder({
      '.newsproof.json': JSON.stringify({ rules: { 'unsourced-figure': 'off', 'name-spelling': 'error' } }),
      'a.md': 'Nvidia fell 8.72 percent. DeepSeek has 160 employees.\n',
      'notes/b.md': 'Saved: nothing wrong here.\n',
      'node_modules/c.md': 'Nvidia fell 9 percent.\n',
    });
    const lsp = await started(t, folder);
    const unsaved = 'Liang Wenfang founded DeepSeek.\n';
    const diagnostics = await lsp.open(pathToFileURL(join(folder, 'notes', 'b.md')).href, unsaved);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['name-spelling', 1]]);

    const { tree, files, findings } = rendered(await exportReport(lsp, { scope: 'workspace' }));
    assert.deepEqual(withClass(tree, 'np-draft-title').map((e) => textOf(everyElement(e)[1])), ['a.md', join('notes', 'b.md')]);
    assert.deepEqual(marks(tree), [['figure-mismatch', '8.72 percent'], ['name-spelling', 'Liang Wenfang']]);
    assert.deepEqual(everyElement(tree).filter((e) => e.tagName === 'mark' && e.properties.dataCode).map((e) => e.properties.dataSeverity), ['warning', 'error']);
    assert.deepEqual([files, findings], [2, 2]);
    const rules = withClass(tree, 'np-rules')[0];
    assert.ok(textOf(rules).includes('unsourced-figure off') && textOf(rules).includes('name-spelling error'), textOf(rules));
  });

  test('an untrusted workspace: the report names only the bundled sources, never one the workspace configures', async (t) => {
    const folder = tempFolder({
      '.newsproof.json': JSON.stringify({ sources: ['private.txt'], bundledSources: 'never' }),
      'private.txt': 'Private notes\n\nTraining DeepSeek R1 cost 6.5 million dollars.\n',
    });
    const uri = 'untitled:u.md';
    const text = 'Training DeepSeek R1 cost $6.5 million.\n';
    for (const [trusted, expected] of [[true, ['Private notes']], [false, ['DeepSeek R1 – Chinas KI-Start-up lässt Silicon Valley zittern']]] as const) {
      const lsp = await started(t, folder, undefined, { initializationOptions: { trusted } });
      await lsp.open(uri, text);
      const { tree } = rendered(await exportReport(lsp, { scope: 'draft', uri }));
      const sources = everyElement(tree).find((e) => e.tagName === 'section' && String(e.properties.ariaLabelledBy) === 'np-sources')!;
      const listed = everyElement(sources).filter((e) => e.tagName === 'li').map(textOf);
      for (const title of expected) assert.ok(listed.some((l) => l.includes(title)), `trusted ${trusted}: ${JSON.stringify(listed)}`);
      assert.equal(listed.some((l) => l.includes('Private notes')), trusted, `trusted ${trusted}: ${JSON.stringify(listed)}`);
    }
  });

  test('bad cases answer with a reason the client can show, and the server keeps answering', async (t) => {
    const empty = tempFolder({ 'notes.txt': 'no drafts here' });
    const lsp = await started(t, empty);
    assert.deepEqual(await exportReport(lsp, { scope: 'workspace' }), { status: 'noDrafts' });
    assert.deepEqual(await exportReport(lsp, { scope: 'draft', uri: pathToFileURL(join(empty, 'gone.md')).href }), { status: 'failed', message: 'gone.md cannot be read (ENOENT).' });
    assert.deepEqual(await exportReport(lsp, { scope: 'draft', uri: 'untitled:never-opened' }), { status: 'failed', message: 'never-opened is not open and not a file.' });
    assert.deepEqual((await lsp.open('untitled:after.md', 'Training DeepSeek R1 cost $6.5 million.')).map((d) => d.code), ['figure-mismatch']);
    assert.equal((await exportReport(lsp, { scope: 'draft', uri: 'untitled:after.md' })).status, 'rendered');

    const off = await started(t, ROOT, { enable: false });
    await off.open('untitled:off.md', 'Training DeepSeek R1 cost $6.5 million.');
    assert.deepEqual(await exportReport(off, { scope: 'draft', uri: 'untitled:off.md' }), { status: 'disabled' });
  });

  test('draftLabel: the path in the workspace, a full path outside it, the name of an untitled draft', () => {
    assert.equal(draftLabel(pathToFileURL('/ws/drafts/a b.md').href, '/ws'), join('drafts', 'a b.md'));
    assert.equal(draftLabel(pathToFileURL('/elsewhere/a.md').href, '/ws'), '/elsewhere/a.md');
    assert.equal(draftLabel(pathToFileURL('/ws/..draft.md').href, '/ws'), '..draft.md');
    assert.equal(draftLabel('untitled:Untitled-2', '/ws'), 'Untitled-2');
  });
});

describe('the report file’s name', () => {
  test('the draft’s name, safe on every system, and the local time', () => {
    assert.equal(safeFileName('deepseek-en'), 'deepseek-en');
    assert.equal(safeFileName('Übersicht: KI/Chips 2025?'), 'Übersicht-KI-Chips-2025');
    assert.equal(safeFileName('..hidden'), 'hidden');
    assert.equal(safeFileName('🚀'), 'draft');
    assert.equal(reportFileName('deepseek-en', new Date(2026, 10, 3, 9, 5, 7)), 'deepseek-en-newsproof-report-2026-11-03_09-05-07.html');
  });
});
