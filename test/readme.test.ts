import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RULES } from '../server/src/core';
import { read } from './support/fixtures';

const readme = read('README.md');
const manifest = JSON.parse(read('package.json'));

test('the README documents every rule with its severity', () => {
  for (const rule of RULES) {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${rule.code}\` |`));
    assert.ok(row, `README has no row for ${rule.code}`);
    assert.match(row, new RegExp(`\\| ${rule.defaultSeverity} \\|`, 'i'));
  }
});

test('the README quick start is the whole set-up', () => {
  assert.match(readme, /npm ci && npm run demo/);
  assert.match(readme, /npm ci && npm test/);
  for (const script of ['demo', 'test', 'build', 'bench', 'package']) assert.ok(manifest.scripts[script], `npm run ${script} is missing`);
});

test('every setting in package.json is documented', () => {
  for (const key of Object.keys(manifest.contributes.configuration.properties)) {
    const option = key.replace(/^newsproof\./, '');
    if (option === 'trace.server') continue;
    assert.match(readme, new RegExp(`\\| \`${option}\` \\|`), `${key} is not in the README`);
  }
});
