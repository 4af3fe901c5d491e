/**
 * A closed draft's analysis is let go: the caches that make an edit cheap held a closed 1 MB draft's 170 MB until
 * other drafts' text pushed it out, which with one small draft open was never.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDraft, buildSourceIndex, forgetDraft, forgetEveryDraft, runRules, type SourceIndex } from '../server/src/core';
import { collectGarbage } from '../server/src/node/idleCollector';
import { bundledIndex } from './support/fixtures';

const freshIndex = () => buildSourceIndex(bundledIndex().sources.map((s) => s.input));
const CLOSED = {
  en: 'Training DeepSeek R1 cost only $6.5 million.\n\nDeepSeek has 160 employees. With its 200 employees, DeepSeek stays small.',
  de: 'Das Training von DeepSeek R1 kostete nur 6,5 Millionen Dollar.\n\nDeepSeek hat 160 Mitarbeiter. Mit seinen 200 Mitarbeitern bleibt DeepSeek klein.',
};
const OPEN = 'Nvidia fell 7.82 percent on January 27, 2025.';

/** Whether what the draft's check found from its first figure is still held by anyone once the check itself is gone. */
async function heldAfter(forget: (text: string, index: SourceIndex) => void, text: string, index: SourceIndex): Promise<boolean> {
  const read = (() => {
    const analysis = analyzeDraft(text, index);
    runRules(analysis, index, {}, 'en');
    return new WeakRef(analysis.figures[0].fact);
  })();
  forget(text, index);
  // A WeakRef holds its target until the task that made it is over.
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
  return read.deref() !== undefined;
}

for (const [lang, closed] of Object.entries(CLOSED)) {
  test(`a closed draft's analysis is let go, while another open draft keeps what it read (${lang})`, async () => {
    const index = freshIndex();
    const kept = analyzeDraft(OPEN, index).figures[0].fact;
    assert.equal(await heldAfter(() => undefined, closed, index), true, 'without forgetting, the caches hold it');
    assert.equal(await heldAfter(forgetDraft, closed, index), false);
    // The open draft's sentences are still cached: its next check reads nothing again.
    assert.equal(analyzeDraft(OPEN, index).figures[0].fact, kept);
    // Opened again, the closed draft is found as a fresh check finds it.
    const again = runRules(analyzeDraft(closed, index), index, {}, 'en');
    const fresh = freshIndex();
    assert.deepEqual(again, runRules(analyzeDraft(closed, fresh), fresh, {}, 'en'));
    assert.ok(again.some((f) => f.code === 'draft-inconsistency'));
  });
}

test('when no draft is open any more, everything read from drafts is let go', async () => {
  const index = freshIndex();
  assert.equal(await heldAfter(() => forgetEveryDraft(), CLOSED.en, index), false);
  assert.ok(runRules(analyzeDraft(CLOSED.en, index), index, {}, 'en').some((f) => f.code === 'draft-inconsistency'));
});
