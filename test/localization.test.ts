import { suppressionTitle } from '../server/src/core/i18n/messages';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { messagesFor } from '../server/src/core';
import { codeActions } from '../server/src/lsp/codeActions';
import { ROOT, read } from './support/fixtures';

const manifest = read('package.json');
const english = JSON.parse(read('package.nls.json')) as Record<string, string>;
const german = JSON.parse(read('package.nls.de.json')) as Record<string, string>;

test('every %key% in package.json has an English and a German text', () => {
  const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 20);
  for (const key of keys) {
    assert.ok(english[key], `package.nls.json lacks ${key}`);
    assert.ok(german[key], `package.nls.de.json lacks ${key}`);
  }
  assert.deepEqual(Object.keys(german).sort(), Object.keys(english).sort());
});

test('every vscode.l10n.t() string of the client has a German translation', () => {
  const bundle = JSON.parse(read('l10n/bundle.l10n.de.json')) as Record<string, string>;
  const dir = join(ROOT, 'client', 'src');
  const used = readdirSync(dir).flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\'/g, "'")));
  assert.ok(used.length > 10);
  for (const text of used) assert.ok(bundle[text], `l10n/bundle.l10n.de.json lacks “${text}”`);
});

test('the quick fixes are titled from core/i18n, in English and German, and codeActions.ts holds no words of its own', () => {
  const document = TextDocument.create('file:///draft.md', 'markdown', 1, 'Nvida fell 7.82 percent.\n');
  const diagnostic: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, message: '', source: 'newsproof', code: 'name-spelling', data: { fix: { title: 'Change to Nvidia', newText: 'Nvidia' } } };
  for (const locale of ['en', 'de']) {
    const t = messagesFor(locale);
    const titles = codeActions(document, [diagnostic], { path: join(ROOT, 'no-such-folder', '.newsproof.json') }, locale).map((a) => a.title);
    assert.deepEqual(titles, ['Change to Nvidia', t.acceptSpelling('Nvida', 'Nvidia'), t.addName('Nvida'), t.suppress('name-spelling'), suppressionTitle(locale, 'file', 'name-spelling')]);
  }
  assert.equal(messagesFor('de').suppress('name-spelling'), 'name-spelling für diese Zeile unterdrücken');
  const source = readFileSync(join(ROOT, 'server', 'src', 'lsp', 'codeActions.ts'), 'utf8').replace(/\/\*\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  assert.deepEqual(source.match(/[`'"][^`'"\n]*\p{L}+ \p{L}+ \p{L}+[^`'"\n]*[`'"]/gu), null);
});

test('the demo and the CLI summary are worded in core/i18n', () => {
  const cli = readFileSync(join(ROOT, 'server', 'src', 'cli.ts'), 'utf8');
  const demo = cli.slice(cli.indexOf(".command('demo')"), cli.indexOf('async function indexForCommands'));
  assert.doesNotMatch(demo, /'German'|'English'|finding\$\{|hover at/);
  assert.doesNotMatch(readFileSync(join(ROOT, 'server', 'src', 'cli', 'format.ts'), 'utf8'), /No findings in|file\$\{/);
});

test('scripts and docs point only at files that exist', () => {
  for (const file of ['scripts/e2e-setup.sh', 'test/e2e/run.cjs', 'docs/github-actions.md', 'docs/json-format.md', 'docs/real-vscode.md']) {
    const text = read(file);
    for (const [reference] of text.matchAll(/(?<![\w./-])(?:[\w-]+\/)+[\w.-]+\.(?:md|sh|cjs|ts|json)(?![\w])/g)) {
      if (/^(drafts|more|sources|papers|press|\.github)\//.test(reference)) continue; // a user's project, in examples
      assert.ok(existsSync(join(ROOT, reference)), `${file} refers to ${reference}, which does not exist`);
    }
  }
});
