import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import { parse } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver/node';
import { ROOT } from './support/fixtures';
import { LspSession } from './support/lspClient';
import { removeTempFolders, tempFolder } from './support/tempFolders';

after(removeTempFolders);

const KELVO = join(ROOT, 'test', 'fixtures', 'sources', 'good', 'kelvo-funding.html');
const DRAFT = 'Training DeepSeek R1 cost $6.5 million. DeepSeek was founded in July 2022.';
const codes = (diagnostics: Array<{ code?: unknown }>) => diagnostics.map((d) => d.code);

describe('the server follows its config files', () => {
  test('a rule turned off, a broken file (last good settings kept, and said so), a fixed file: without a reload', { timeout: 30_000 }, async () => {
    const folder = tempFolder('lsp-config');
    const config = join(folder, '.newsproof.json');
    writeFileSync(config, '{}');
    const lsp = new LspSession(folder);
    await lsp.initialize();
    const uri = pathToFileURL(join(folder, 'draft.md')).href;
    assert.deepEqual(codes(await lsp.open(uri, DRAFT)), ['figure-mismatch', 'date-mismatch']);
    let next = lsp.nextDiagnostics(uri);
    writeFileSync(config, '{\n  // not now\n  "rules": { "figure-mismatch": "off", },\n}\n');
    assert.deepEqual(codes(await next), ['date-mismatch']);
    next = lsp.nextDiagnostics(uri);
    writeFileSync(config, '{ "rules": { "figure-mismatch": "off", "date-mismatch": "off" ');
    assert.deepEqual(codes(await next), ['date-mismatch'], 'the last good settings stay');
    assert.deepEqual(lsp.messages, [`Newsproof: ${config} is not valid JSON (line 1, column 63: CloseBraceExpected); Newsproof keeps its last good settings until it is fixed.`]);
    next = lsp.nextDiagnostics(uri);
    writeFileSync(config, '{ "rules": { "date-mismatch": "off" } }');
    assert.deepEqual(codes(await next), ['figure-mismatch'], 'the fixed file is read again');
    await lsp.close();
  });

  test('a source added to the file, and a config file created nearer the draft, take effect at once', { timeout: 30_000 }, async () => {
    const folder = tempFolder('lsp-config-sources');
    mkdirSync(join(folder, 'press'));
    mkdirSync(join(folder, 'drafts'));
    copyFileSync(KELVO, join(folder, 'press', 'kelvo.html'));
    writeFileSync(join(folder, '.newsproof.json'), '{ "bundledSources": "always" }');
    const lsp = new LspSession(folder);
    await lsp.initialize();
    const uri = pathToFileURL(join(folder, 'drafts', 'draft.md')).href;
    assert.deepEqual(codes(await lsp.open(uri, 'Kelvo Robotics employs 320 people. DeepSeek was founded in July 2022.')), ['unsourced-figure', 'date-mismatch']);
    let next = lsp.nextDiagnostics(uri);
    writeFileSync(join(folder, '.newsproof.json'), '{ "sources": ["press/*.html"], "bundledSources": "always" }');
    assert.deepEqual(codes(await next), ['figure-mismatch', 'date-mismatch']);
    // A config in the draft's own folder is nearer: it alone applies (its own sources, no bundled articles).
    next = lsp.nextDiagnostics(uri);
    writeFileSync(join(folder, 'drafts', '.newsproof.json'), '{ "sources": ["../press"] }');
    assert.deepEqual(codes(await next), ['figure-mismatch', 'unsourced-figure']);
    await lsp.close();
  });

  test('the glossary entry the "Accept … as a spelling" quick fix writes keeps the file\'s comments and takes effect once it is on disk', { timeout: 30_000 }, async () => {
    const folder = tempFolder('lsp-glossary');
    const config = join(folder, '.newsproof.json');
    writeFileSync(config, '// our project\n{\n  "rules": { "unsourced-figure": "off", }, // quiet\n}\n');
    const lsp = new LspSession(folder, undefined, { capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: false } } } });
    await lsp.initialize();
    const uri = pathToFileURL(join(folder, 'draft.md')).href;
    const [diagnostic] = await lsp.open(uri, 'Nvida Labs is a new start-up.');
    assert.equal(diagnostic.code, 'name-spelling');
    const actions = (await lsp.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as Array<{ title: string; edit: { documentChanges: Array<{ edits?: Array<{ newText: string }> }> } }>;
    const accept = actions.find((a) => a.title.startsWith('Accept “Nvida”'))!;
    // What the editor does with the edit: the file is written, and the client's watcher reports it.
    const next = lsp.nextDiagnostics(uri);
    const before = TextDocument.create(pathToFileURL(config).href, 'jsonc', 0, readFileSync(config, 'utf8'));
    writeFileSync(config, TextDocument.applyEdits(before, accept.edit.documentChanges[0].edits as TextEdit[]));
    await lsp.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    assert.deepEqual(await next, []);
    const written = readFileSync(config, 'utf8');
    assert.deepEqual(parse(written, [], { allowTrailingComma: true }), { rules: { 'unsourced-figure': 'off' }, names: [{ name: 'Nvidia', aliases: ['Nvida'] }] });
    assert.deepEqual([written.startsWith('// our project\n{'), written.includes('// quiet')], [true, true], 'the comments stay');
    await lsp.close();
  });
});

describe('precedence', () => {
  test('the nearest .newsproof.json wins over the editor settings, rule by rule, so the editor shows what CI shows', { timeout: 30_000 }, async () => {
    const folder = tempFolder('lsp-precedence');
    writeFileSync(join(folder, '.newsproof.json'), '{ "rules": { "figure-mismatch": "warn" } }');
    const lsp = new LspSession(folder, { rules: { 'figure-mismatch': 'off', 'date-mismatch': 'error' } });
    await lsp.initialize();
    const diagnostics = await lsp.open(pathToFileURL(join(folder, 'draft.md')).href, DRAFT);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['figure-mismatch', 2], ['date-mismatch', 1]]);
    await lsp.close();
  });
});

describe('multi-root workspaces', () => {
  function folderWith(name: string, config: string): { folder: string; uri: string } {
    const folder = tempFolder(name);
    copyFileSync(KELVO, join(folder, 'kelvo.html'));
    writeFileSync(join(folder, '.newsproof.json'), config);
    return { folder, uri: pathToFileURL(folder).href };
  }

  test('each folder has its own config and sources; added and removed folders are followed', { timeout: 30_000 }, async () => {
    const own = folderWith('lsp-root-own', '{ "sources": ["kelvo.html"] }');
    const bundled = folderWith('lsp-root-bundled', '{ "rules": { "unsourced-figure": "off" } }');
    const lsp = new LspSession(own.folder, undefined, {
      workspaceFolders: [{ uri: own.uri, name: 'own' }, { uri: bundled.uri, name: 'bundled' }],
      capabilities: { workspace: { workspaceFolders: true } },
    });
    await lsp.initialize();
    const text = 'Kelvo Robotics employs 320 people. DeepSeek was founded in July 2022.';
    assert.deepEqual(codes(await lsp.open(pathToFileURL(join(own.folder, 'a.md')).href, text)), ['figure-mismatch', 'unsourced-figure']);
    assert.deepEqual(codes(await lsp.open(pathToFileURL(join(bundled.folder, 'b.md')).href, text)), ['date-mismatch']);
    // An untitled draft takes the first folder's config; once that folder is removed, the next one's.
    const untitled = 'untitled:c.md';
    assert.deepEqual(codes(await lsp.open(untitled, text)), ['figure-mismatch', 'unsourced-figure']);
    const next = lsp.nextDiagnostics(untitled);
    await lsp.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [{ uri: own.uri, name: 'own' }] } });
    assert.deepEqual(codes(await next), ['date-mismatch']);
    writeFileSync(join(own.folder, 'a.md'), text);
    writeFileSync(join(bundled.folder, 'b.md'), text);
    await lsp.connection.sendNotification('textDocument/didClose', { textDocument: { uri: pathToFileURL(join(own.folder, 'a.md')).href } });
    await lsp.connection.sendNotification('textDocument/didClose', { textDocument: { uri: pathToFileURL(join(bundled.folder, 'b.md')).href } });
    assert.deepEqual(await lsp.connection.sendRequest('newsproof/checkWorkspace'), { files: 1, findings: 1 });
    await lsp.connection.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: own.uri, name: 'own' }], removed: [] } });
    assert.deepEqual(await lsp.connection.sendRequest('newsproof/checkWorkspace'), { files: 2, findings: 3 });
    await lsp.close();
  });
});

describe('checking every draft of the workspace', () => {
  test('a draft that cannot be decoded is named, the others are checked as the CLI reads them (UTF-16 too)', { timeout: 30_000 }, async () => {
    const folder = tempFolder('lsp-check-all');
    writeFileSync(join(folder, 'good.md'), DRAFT);
    writeFileSync(join(folder, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DRAFT, 'utf16le')]));
    writeFileSync(join(folder, 'broken.md'), Buffer.from([0x44, 0x65, 0x65, 0x70, 0x20, 0xc3, 0x28, 0x81, 0x8d, 0x0a]));
    const lsp = new LspSession(folder);
    await lsp.initialize();
    assert.deepEqual(await lsp.connection.sendRequest('newsproof/checkWorkspace'), { files: 3, findings: 4 });
    assert.equal(lsp.messages.length, 1);
    assert.match(lsp.messages[0], /^Newsproof could not read .*broken\.md: is not valid UTF-8 .*save it as UTF-8 to check it\.$/);
    await lsp.close();
  });
});
