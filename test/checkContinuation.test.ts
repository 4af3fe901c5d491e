import assert from 'node:assert/strict';
import { test } from 'node:test';
import { continuedAfter } from '../server/src/lsp/checkProtocol';

test('a check out of time is continued while it gets further; only the one that is not continued makes answers', () => {
  assert.equal(continuedAfter({}, undefined), false, 'complete');
  assert.equal(continuedAfter({}, 120), true, 'the first check of a version to run out of time');
  assert.equal(continuedAfter({ stoppedBefore: 120 }, 480), true, 'further than the one before');
  assert.equal(continuedAfter({ stoppedBefore: 480 }, 480), false, 'no further: the notice stays, with answers');
  assert.equal(continuedAfter({ stoppedBefore: 480 }, undefined), false, 'the continued check completed');
});
