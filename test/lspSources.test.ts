import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import { LspSession } from './support/lspClient';
import { ROOT } from './support/fixtures';
import { generateCorpus, writeCorpus } from './support/corpus';
import { removeTempFolders, tempFolder } from './support/tempFolders';

after(removeTempFolders);

const GOOD = join(ROOT, 'test', 'fixtures', 'sources', 'good');
const DRAFT = 'Kelvo Robotics employs 320 people.\n';

/** A workspace whose sources folder holds a saved web page and a PDF, with its own storage folder for the cache. */
function workspace(): { folder: string; page: string; storage: string } {
  const folder = tempFolder('lsp-sources');
  mkdirSync(join(folder, 'sources', '2025'), { recursive: true });
  for (const f of ['kelvo-funding.html', 'press-release.pdf']) copyFileSync(join(GOOD, f), join(folder, 'sources', '2025', f));
  writeFileSync(join(folder, '.newsproof.json'), JSON.stringify({ sources: ['sources'] }));
  return { folder, page: join(folder, 'sources', '2025', 'kelvo-funding.html'), storage: join(folder, '.storage') };
}

function correctThePage(page: string): void {
  const html = readFileSync(page, 'utf8').replace('employs 230 people', 'employs 320 people');
  writeFileSync(page, html);
}

describe('sources in the language server', () => {
  test('a hover over a figure a saved web page backs shows outlet, date and title, and opens the page at the sentence', async () => {
    const { folder, storage } = workspace();
    const lsp = new LspSession(folder, undefined, { initializationOptions: { storageFolder: storage } });
    await lsp.initialize();
    const diagnostics = await lsp.open('untitled:draft.md', DRAFT);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.message]), [['figure-mismatch', '320 contradicts the source, which says 230.']]);
    assert.deepEqual(diagnostics[0].relatedInformation?.[0].location, {
      uri: pathToFileURL(join(folder, 'sources', '2025', 'kelvo-funding.html')).href,
      range: { start: { line: 32, character: 11 }, end: { line: 32, character: 224 } },
    });
    assert.match(readFileSync(join(folder, 'sources', '2025', 'kelvo-funding.html'), 'utf8').split('\n')[32].slice(11, 224), /^The start-up, .* Kelvo&#8217;s chief executive\.$/);
    const hover = await lsp.hover('untitled:draft.md', 0, 24);
    assert.match((hover?.contents as { value: string }).value, /— The Compute Post · 2025-03-14 · \*Kelvo Robotics raises €48 million to build robot arms in Bavaria\* · \[computepost\.example\]/);
    assert.ok(readdirSync(join(storage, 'source-cache')).length > 0, 'the cache is in the storage folder the client passed');
    await lsp.close();
  });

  test('workspace/didChangeWatchedFiles: the client watches the sources; a corrected page clears the warning', async () => {
    const { folder, page, storage } = workspace();
    const lsp = new LspSession(folder, undefined, { initializationOptions: { storageFolder: storage }, capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } } });
    const indexed: string[] = [];
    lsp.connection.onNotification('window/logMessage', ({ message }: { message: string }) => {
      if (message.includes('] indexed ')) indexed.push(message.replace(/^\[newsproof\] /, '').replace(/:.*/, ''));
    });
    const registrations: unknown[] = [];
    lsp.connection.onRequest('client/registerCapability', (params: { registrations: unknown[] }) => {
      registrations.push(...params.registrations);
      return null;
    });
    await lsp.initialize();
    assert.deepEqual((await lsp.open('untitled:draft.md', DRAFT)).map((d) => d.code), ['figure-mismatch']);
    const watchers = { watchers: [{ globPattern: { baseUri: pathToFileURL(join(folder, 'sources')).href, pattern: '**/*.{txt,md,markdown,html,htm,pdf}' }, kind: 7 }] };
    assert.deepEqual(registrations, [{ id: (registrations[0] as { id: string }).id, method: 'workspace/didChangeWatchedFiles', registerOptions: watchers }]);
    correctThePage(page);
    const next = lsp.nextDiagnostics('untitled:draft.md');
    await lsp.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(page).href, type: 2 }] });
    assert.deepEqual(await next, []);
    // The check worker read the sources once, then only the page that changed.
    assert.deepEqual(indexed, ['indexed 2 sources (2 analysed, 0 from the cache, 0 unchanged)', 'indexed 2 sources (1 analysed, 0 from the cache, 1 unchanged)']);
    await lsp.close();
  });

  test('a hover asked with "Re-index Sources" answers from the re-check: the corrected page\'s sentence (English and German)', async () => {
    for (const draft of [DRAFT, 'Kelvo Robotics beschäftigt 320 Mitarbeiter.\n']) {
      const { folder, page, storage } = workspace();
      const lsp = new LspSession(folder, undefined, { initializationOptions: { storageFolder: storage } });
      await lsp.initialize();
      assert.deepEqual((await lsp.open('untitled:draft.md', draft)).map((d) => d.code), ['figure-mismatch']);
      const at = draft.indexOf('320') + 1;
      const before = (await lsp.hover('untitled:draft.md', 0, at))?.contents as { value: string } | undefined;
      assert.match(before?.value ?? '', /employs \*\*230\*\* people/);
      correctThePage(page);
      const next = lsp.nextDiagnostics('untitled:draft.md');
      const reindexed = lsp.connection.sendRequest('newsproof/reindex');
      // Asked at once, at the same place (whose answer was made with the old page) and beside it.
      const [same, beside] = await Promise.all([lsp.hover('untitled:draft.md', 0, at), lsp.hover('untitled:draft.md', 0, at + 1)]);
      for (const hover of [same, beside]) {
        const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
        assert.match(value, /employs \*\*320\*\* people/);
        assert.doesNotMatch(value, /employs \*\*230\*\* people/);
      }
      await reindexed;
      assert.deepEqual(await next, []);
      await lsp.close();
    }
  });

  test('without client watchers the server watches the sources itself: a new article on disk backs the figure', async () => {
    const { folder, storage } = workspace();
    for (const f of ['press-release.pdf', 'kelvo-funding.html']) rmSync(join(folder, 'sources', '2025', f));
    const lsp = new LspSession(folder, undefined, { initializationOptions: { storageFolder: storage } });
    await lsp.initialize();
    assert.deepEqual((await lsp.open('untitled:draft.md', 'Die Veltro Chips GmbH will bis 2026 rund 1.200 Mitarbeiter in Dresden beschäftigen, sagte das Unternehmen.\n')).map((d) => d.code), ['unsourced-figure', 'unsourced-figure']);
    const next = lsp.nextDiagnostics('untitled:draft.md');
    copyFileSync(join(GOOD, 'veltro-utf16.txt'), join(folder, 'sources', 'veltro.txt'));
    assert.deepEqual(await next, []);
    await lsp.close();
  });

  test('indexing reports work-done progress "Indexing sources n/total"', async () => {
    const folder = tempFolder('lsp-progress');
    writeCorpus(join(folder, 'sources'), generateCorpus(60, 3));
    writeFileSync(join(folder, '.newsproof.json'), JSON.stringify({ sources: ['sources'] }));
    const lsp = new LspSession(folder, undefined, { initializationOptions: { storageFolder: join(folder, '.storage') }, capabilities: { window: { workDoneProgress: true } } });
    const created: unknown[] = [];
    const progress: Array<{ kind: string; title?: string; message?: string; cancellable?: boolean }> = [];
    lsp.connection.onRequest('window/workDoneProgress/create', (params: unknown) => {
      created.push(params);
      return null;
    });
    lsp.connection.onNotification('$/progress', (params: { value: { kind: string; title?: string; message?: string; cancellable?: boolean } }) => progress.push(params.value));
    await lsp.initialize();
    await lsp.open('untitled:draft.md', DRAFT);
    assert.equal(created.length, 1);
    assert.deepEqual(progress[0].kind, 'begin');
    assert.deepEqual([progress[0].title, progress[0].cancellable], ['Indexing sources', true]);
    assert.equal(progress.at(-2)?.message, '60/60');
    assert.equal(progress.at(-1)?.kind, 'end');
    await lsp.close();
  });

  test('cancelling the progress stops indexing; the server keeps answering', async () => {
    const folder = tempFolder('lsp-cancel');
    writeCorpus(join(folder, 'sources'), generateCorpus(300, 5));
    writeFileSync(join(folder, '.newsproof.json'), JSON.stringify({ sources: ['sources'] }));
    const lsp = new LspSession(folder, undefined, { capabilities: { window: { workDoneProgress: true } } });
    lsp.connection.onRequest('window/workDoneProgress/create', () => null);
    lsp.connection.onNotification('$/progress', (params: { token: string; value: { kind: string } }) => {
      if (params.value.kind === 'begin') void lsp.connection.sendNotification('window/workDoneProgress/cancel', { token: params.token });
    });
    await lsp.initialize();
    assert.deepEqual((await lsp.open('untitled:draft.md', DRAFT)).map((d) => d.code), ['unsourced-figure']);
    const sources = await lsp.connection.sendRequest('newsproof/sources');
    assert.deepEqual(sources, []);
    await lsp.close();
  });
});
