import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './support/fixtures';

/** What the installed CLI and the extension run: the bundles (no source maps), their texts, the bundled articles. */
const SHIPPED = [
  'LICENSE',
  'README.md',
  'client/out/extension.js',
  'images/icon.png',
  'l10n/bundle.l10n.de.json',
  'package.json',
  'package.nls.de.json',
  'package.nls.json',
  'samples/drafts/deepseek-de.md',
  'samples/drafts/deepseek-en.md',
  'samples/sources/000_3edcd5861e2d5fc1.txt',
  'samples/sources/004_03dcce986fe3aa56.txt',
  'schemas/newsproof.schema.json',
  'server/out/cli.js',
  'server/out/pdfExtract.js',
  'server/out/server.js',
  'server/out/sourceIndexWorker.js',
  'server/out/worker.js',
  'syntaxes/newsproof-figures.injection.json',
];
/** The README's screenshots, shown on the extension's page in VS Code: in the .vsix only. */
const SCREENSHOTS = ['images/screenshot-claims.png', 'images/screenshot-hover.png', 'images/screenshot-report.png'];

const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
};

test('npm pack holds exactly what the CLI and the extension need: no sources, tests or source maps', () => {
  const [packed] = JSON.parse(run('npm', ['pack', '--dry-run', '--json'])) as Array<{ files: Array<{ path: string }> }>;
  assert.deepEqual(packed.files.map((f) => f.path).sort(), SHIPPED);
});

test('vsce packs the same list (package.json "files"), with the README\'s screenshots', () => {
  const listed = run(join(ROOT, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies']).split('\n').filter(Boolean).sort();
  assert.deepEqual(listed, [...SHIPPED, ...SCREENSHOTS].sort());
});
