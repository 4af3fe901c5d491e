import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { continuedAfter } from '../server/src/lsp/checkProtocol';
import { LspSession } from './support/lspClient';
import { read, ROOT } from './support/fixtures';

test('a check out of time is continued while it gets further; only the one that is not continued makes answers', () => {
  assert.equal(continuedAfter({}, undefined), false, 'complete');
  assert.equal(continuedAfter({}, 120), true, 'the first check of a version to run out of time');
  assert.equal(continuedAfter({ stoppedBefore: 120 }, 480), true, 'further than the one before');
  assert.equal(continuedAfter({ stoppedBefore: 480 }, 480), false, 'no further: the notice stays, with answers');
  assert.equal(continuedAfter({ stoppedBefore: 480 }, undefined), false, 'the continued check completed');
});

test('textDocument/hover after checks out of time: the check that completes the draft answers hovers', async () => {
  process.env.NEWSPROOF_CHECK_BUDGET_MS = '0'; // every check stops after its first new block
  const lsp = new LspSession(ROOT, { checkDelay: 0 });
  delete process.env.NEWSPROOF_CHECK_BUDGET_MS;
  try {
    await lsp.initialize();
    const uri = pathToFileURL(join(ROOT, 'samples/drafts/deepseek-en.md')).href;
    const first = await lsp.open(uri, read('samples/drafts/deepseek-en.md'));
    assert.deepEqual(first.map((d) => d.code), ['check-budget']);
    // "Within hours Nvidia fell 7.82 percent …", line 16: its hover comes with the complete check's answers.
    let hover: Awaited<ReturnType<LspSession['hover']>> = null;
    for (let waited = 0; !hover && waited < 30_000; waited += 50) {
      hover = await lsp.hover(uri, 15, 27);
      if (!hover) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.deepEqual(hover?.range, { start: { line: 15, character: 25 }, end: { line: 15, character: 37 } });
    assert.ok(lsp.published.some((p) => p.uri === uri && !p.diagnostics.some((d) => d.code === 'check-budget')), 'complete diagnostics before the hover');
  } finally {
    await lsp.close();
  }
});
