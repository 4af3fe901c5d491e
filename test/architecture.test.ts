import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from './support/fixtures';

const CORE = join(ROOT, 'server', 'src', 'core');

function modules(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? modules(join(folder, e.name)) : e.name.endsWith('.ts') ? [join(folder, e.name)] : []));
}

/** Every relative import of every core module (type-only imports too: a cycle of types is still a tangle). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of modules(CORE)) {
    const from = relative(CORE, file).replace(/\.ts$/, '');
    const imports = [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((m) => normalize(join(dirname(from), m[1])));
    graph.set(from, imports);
  }
  return graph;
}

function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    if (state.get(node) === 'done') return undefined;
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('the analysis core', () => {
  test('its imports form no cycle', () => {
    const graph = importGraph();
    assert.ok(graph.size > 40, `found only ${graph.size} modules under ${CORE}`);
    assert.equal(findCycle(graph)?.join(' → '), undefined);
  });
  test('the cycle finder finds a cycle', () => {
    assert.deepEqual(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]])), ['a', 'b', 'c', 'a']);
  });
  test('imports no vscode, no LSP and no I/O', () => {
    for (const file of modules(CORE)) {
      assert.doesNotMatch(readFileSync(file, 'utf8'), /from '(vscode|vscode-languageserver[^']*|node:fs|fs|node:child_process)'/, relative(CORE, file));
    }
  });
});

describe('the server and the CLI', () => {
  test('the server takes nothing from the CLI but the report it shares (and the types of its input)', () => {
    const server = join(ROOT, 'server', 'src');
    const files = [join(server, 'server.ts'), ...modules(join(server, 'lsp')), ...modules(join(server, 'worker'))];
    const fromCli = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^import (type )?[^;]*from '(\.[^']*\/cli\/[^']+|\.\/cli\/[^']+)';/gm)]
        .filter((m) => !m[1] && !m[2].includes('/cli/report/'))
        .map((m) => `${relative(server, file)}: ${m[2]}`),
    );
    assert.deepEqual(fromCli, []);
  });
});
