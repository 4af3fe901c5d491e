'use strict';
// What a user sees when they open the English sample draft in VS Code, checked through the VS Code API.
// The tests share one open document and run in order; the only one that edits it comes last.
const assert = require('node:assert/strict');
const vscode = require('vscode');

const EXTENSION_ID = 'newsproof.newsproof';
// Shorter than mocha's timeout, so a missing update fails with the diagnostics we did get rather than a bare timeout.
const WAIT_MS = 45_000;

const codeOf = (d) => (typeof d.code === 'object' && d.code !== null ? d.code.value : d.code);
const newsproofDiagnostics = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'newsproof');
const summary = (diagnostics) => JSON.stringify(diagnostics.map((d) => [codeOf(d), d.message]));

/** The document's Newsproof diagnostics as soon as `ready` accepts them: now, or on a later diagnostics change. */
function diagnosticsWhen(uri, ready, what) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const diagnostics = newsproofDiagnostics(uri);
      if (!ready(diagnostics)) return;
      stop();
      resolve(diagnostics);
    };
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`No ${what} within ${WAIT_MS / 1000} s; Newsproof diagnostics now: ${summary(newsproofDiagnostics(uri))}`));
    }, WAIT_MS);
    function stop() {
      listener.dispose();
      clearTimeout(timer);
    }
    check();
  });
}

/** The range of `needle` inside the first occurrence of `context`, which pins it to the prose (the draft's comments repeat some figures). */
function rangeOf(document, context, needle) {
  const start = document.getText().indexOf(context);
  assert.notEqual(start, -1, `the sample draft contains "${context}"`);
  const offset = start + context.indexOf(needle);
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + needle.length));
}

function flatten(symbols) {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

suite('Newsproof in VS Code: the English sample draft', () => {
  let document;
  let uri;

  suiteSetup(async () => {
    const [folder] = vscode.workspace.workspaceFolders ?? [];
    assert.ok(folder, 'runTest.cjs opens a copy of samples/drafts as the workspace folder');
    uri = vscode.Uri.joinPath(folder.uri, 'deepseek-en.md');
    document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
  });

  suiteTeardown(async () => {
    if (!document) return;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('opening a Markdown draft activates the extension, which exports its LanguageClient', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded from the development path`);
    // Only the running language server publishes diagnostics with this source, so their arrival proves activation by the open.
    await diagnosticsWhen(uri, (ds) => ds.length > 0, 'Newsproof diagnostics after opening the draft');
    assert.equal(extension.isActive, true);
    const client = extension.exports;
    assert.equal(typeof client?.sendRequest, 'function', 'exports is a LanguageClient');
    assert.equal(client.name, 'Newsproof');
    assert.equal(client.isRunning(), true);
  });

  test('diagnostics: the wrong figures, scale, quote attribution and name', async () => {
    const wanted = ['figure-mismatch', 'scale-mismatch', 'misattributed-quote', 'name-spelling'];
    const diagnostics = await diagnosticsWhen(uri, (ds) => wanted.every((code) => ds.some((d) => codeOf(d) === code)), `diagnostics with codes ${wanted.join(', ')}`);
    const cost = diagnostics.find((d) => d.message === '$6.5 million contradicts the source, which says 5,6 Millionen Dollar.');
    assert.ok(cost, `the $6.5 million error is reported; got ${summary(diagnostics)}`);
    assert.equal(codeOf(cost), 'figure-mismatch');
    assert.ok(cost.range.isEqual(rangeOf(document, 'cost only $6.5 million', '$6.5 million')), 'the diagnostic underlines "$6.5 million" in the prose');
  });

  test('hover on "$78 million" quotes the German source that supports it', async () => {
    const range = rangeOf(document, 'a fraction of the $78 million', '$78 million');
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, range.start.translate(0, 3));
    const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.ok(text.includes('78 Millionen Dollar'), text);
    assert.ok(text.includes('supported by the sources'), text);
  });

  test('Outline: claims carry their status mark', async () => {
    const symbols = flatten(await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri));
    // The built-in Markdown extension adds the headings to the same list.
    const claims = symbols.filter((s) => /^[✓✗?] /.test(s.name));
    assert.ok(claims.length > 0, `claims in the Outline; got ${JSON.stringify(symbols.map((s) => s.name))}`);
    for (const mark of ['✓ ', '✗ ', '? ']) {
      assert.ok(claims.some((c) => c.name.startsWith(mark)), `a claim marked "${mark}"; got ${JSON.stringify(claims.map((c) => c.name))}`);
    }
    const cost = claims.find((c) => c.name.includes('cost only $6.5 million'));
    assert.ok(cost?.name.startsWith('✗ '), `the $6.5 million claim is contradicted; got ${cost?.name}`);
  });

  test('commands are registered', async () => {
    const commands = new Set(await vscode.commands.getCommands(true));
    const expected = [
      'newsproof.showSourcesAtCursor',
      'newsproof.openSource',
      'newsproof.reindexSources',
      'newsproof.checkWorkspace',
      'newsproof.restartServer',
      'newsproof.showOutput',
    ];
    assert.deepEqual(expected.filter((c) => !commands.has(c)), [], 'missing commands');
  });

  test('quick fix: "Replace with $5.6 million" corrects the figure and the warning goes away', async () => {
    const range = rangeOf(document, 'cost only $6.5 million', '$6.5 million');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, range);
    const fix = actions.find((a) => a.title === 'Replace with $5.6 million');
    assert.ok(fix, `the quick fix is offered; got ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(fix.isPreferred, true);
    assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), `a quick fix, not ${fix.kind?.value}`);

    assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
    assert.equal(document.getText(range), '$5.6 million');
    // The other errors stay, which tells a fresh publication apart from diagnostics being cleared.
    await diagnosticsWhen(
      uri,
      (ds) => !ds.some((d) => d.range.isEqual(range)) && ds.some((d) => codeOf(d) === 'name-spelling'),
      'update without the $6.5 million diagnostic',
    );
  });
});
