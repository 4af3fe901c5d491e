import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDraft, buildSourceIndex, deadlineBudget } from '../server/src/core';
import { continuedAfter } from '../server/src/lsp/checkProtocol';
import { bundledInputs } from './support/fixtures';

test('a check out of time is continued while it gets further; only the one that is not continued makes answers', () => {
  assert.equal(continuedAfter({}, undefined), false, 'complete');
  assert.equal(continuedAfter({}, 120), true, 'the first check of a version to run out of time');
  assert.equal(continuedAfter({ stoppedBefore: 120 }, 480), true, 'further than the one before');
  assert.equal(continuedAfter({ stoppedBefore: 480 }, 480), false, 'no further: the notice stays, with answers');
  assert.equal(continuedAfter({ stoppedBefore: 480 }, undefined), false, 'the continued check completed');
});

test('a check\'s time counts from when its worker took it: the worker\'s start and the wait for the sources leave less for the draft', () => {
  const text = '# DeepSeek\n\nNvidia fell 7.82 percent.\n\nTraining DeepSeek R1 cost only $6.5 million.\n';
  const index = buildSourceIndex(bundledInputs());
  // Taken 4 s ago with 6 s to go: parsing (up to 40 %) and reading blocks (up to 60 %) are over, so the check reads only
  // its first block and says where it stopped, leaving the rest of its time to the rules and diagnostics.
  const taken4sAgo = analyzeDraft(text, index, 'en', deadlineBudget(6_000, undefined, Date.now() - 4_000));
  assert.equal(taken4sAgo.stoppedAt, text.indexOf('Nvidia'));
  assert.deepEqual(taken4sAgo.figures.map((f) => f.figure.text), []);
  // Taken now: the whole draft.
  const takenNow = analyzeDraft(text, index, 'en', deadlineBudget(6_000));
  assert.equal(takenNow.stoppedAt, undefined);
  assert.deepEqual(takenNow.figures.map((f) => f.figure.text), ['7.82 percent', '$6.5 million']);
});
