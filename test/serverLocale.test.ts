import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import { serverMessagesFor } from '../server/src/core/i18n/serverMessages';
import { LspSession } from './support/lspClient';
import { generateCorpus, writeCorpus } from './support/corpus';
import { removeTempFolders, tempFolder } from './support/tempFolders';

after(removeTempFolders);

const LANGUAGES = [
  { locale: 'de', title: 'Quellen werden eingelesen', indexed: '60 Quellen eingelesen (', sourceChanged: 'Quelldatei auf der Festplatte geändert: ' },
  { locale: 'en', title: 'Indexing sources', indexed: 'indexed 60 sources (', sourceChanged: 'source file changed on disk: ' },
];

describe("the server's own words follow the editor's display language (initialize's locale)", () => {
  for (const { locale, title, indexed, sourceChanged } of LANGUAGES) {
    test(`${locale}: the indexing progress is titled "${title}"; the Output channel says "${indexed}…" (a worker's line) and "${sourceChanged}…"`, async () => {
      const folder = tempFolder('lsp-locale');
      writeCorpus(join(folder, 'sources'), generateCorpus(60, 3));
      writeFileSync(join(folder, '.newsproof.json'), JSON.stringify({ sources: ['sources'] }));
      const lsp = new LspSession(folder, undefined, { locale, initializationOptions: { storageFolder: join(folder, '.storage') }, capabilities: { window: { workDoneProgress: true } } });
      const progress: Array<{ kind: string; title?: string; message?: string }> = [];
      const logged: string[] = [];
      lsp.connection.onRequest('window/workDoneProgress/create', () => null);
      lsp.connection.onNotification('$/progress', (params: { value: { kind: string; title?: string; message?: string } }) => progress.push(params.value));
      lsp.connection.onNotification('window/logMessage', ({ message }: { message: string }) => logged.push(message));
      try {
        await lsp.initialize();
        await lsp.open('untitled:draft.md', 'Kelvo Robotics employs 320 people.\n');
        assert.deepEqual([progress[0].kind, progress[0].title], ['begin', title]);
        assert.equal(progress.at(-2)?.message, '60/60');
        assert.ok(logged.some((l) => l.startsWith(`[newsproof] ${indexed}`)), `no line "${indexed}…" in ${JSON.stringify(logged)}`);

        const source = join(folder, 'sources', readdirSync(join(folder, 'sources'), { recursive: true }).map(String).find((f) => f.endsWith('.txt'))!);
        await lsp.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(source).href, type: 2 }] });
        const line = `[newsproof] ${sourceChanged}${source}`;
        for (let waited = 0; !logged.includes(line) && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
        assert.ok(logged.includes(line), `no line "${line}" in ${JSON.stringify(logged)}`);
      } finally {
        await lsp.close();
      }
    });
  }

  test('the progress counts use the language\'s thousands separator; a German-speaking editor in any region gets German', () => {
    assert.equal(serverMessagesFor('de').indexingCount(812, 2000), '812/2.000');
    assert.equal(serverMessagesFor('en').indexingCount(812, 2000), '812/2,000');
    assert.equal(serverMessagesFor('de-AT').indexingSources, 'Quellen werden eingelesen');
    assert.equal(serverMessagesFor('fr').indexingSources, 'Indexing sources');
    assert.equal(serverMessagesFor('de').sourceFilesChanged(['a.txt', 'b.txt', 'c.txt', 'd.txt']), 'Quelldateien auf der Festplatte geändert: a.txt, b.txt, c.txt, …');
  });
});
