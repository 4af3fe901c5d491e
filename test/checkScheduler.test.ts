import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { logText, serverMessagesFor } from '../server/src/core/i18n/serverMessages';
import { CheckScheduler } from '../server/src/lsp/checkScheduler';
import { DEFAULT_SETTINGS } from '../server/src/node/settings';
import { ROOT } from './support/fixtures';

test('a check worker that cannot start is restarted three times, then the server says checks stop (and does not spin)', async () => {
  const logged: string[] = [];
  const scheduler = new CheckScheduler(join(ROOT, 'server', 'out', 'no-such-worker.js'), 1, 6_000, {
    diagnostics: () => undefined, answers: () => undefined, problems: () => undefined, log: (line) => logged.push(logText(line, serverMessagesFor('en'))),
  });
  const job = { uri: 'untitled:a.md', version: 1, text: 'Nvidia fell 8.72 percent.', settings: DEFAULT_SETTINGS, baseFolder: ROOT, answers: true };
  const outcome = await scheduler.checkOnce(job);
  assert.equal(outcome.error, 'the check worker exited (code 1)');
  for (let waited = 0; !logged.some((m) => m.includes('times in a row')) && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
  const exits = logged.filter((m) => m.startsWith('check worker exited'));
  assert.deepEqual(exits, [
    'check worker exited (code 1); starting a new one',
    'check worker exited (code 1); starting a new one',
    'check worker exited (code 1); starting a new one',
    'check worker exited (code 1) 4 times in a row; checks stop until the server restarts',
  ]);
  assert.deepEqual(await scheduler.reindex(DEFAULT_SETTINGS, ROOT), { sources: 0, sentences: 0, problems: [] });
  await scheduler.dispose();
});
