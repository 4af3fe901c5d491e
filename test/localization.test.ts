import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
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
