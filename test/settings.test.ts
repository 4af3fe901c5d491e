import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, parseSettings } from '../server/src/node/settings';

test('checkDelay: 250 ms by default, 0 checks at once, anything else is a clear problem', () => {
  assert.equal(DEFAULT_SETTINGS.checkDelay, 250);
  assert.deepEqual(parseSettings({ checkDelay: 0 }, '.newsproof.json'), { settings: { checkDelay: 0 }, problems: [] });
  assert.deepEqual(parseSettings({ checkDelay: 1000 }, 'Settings'), { settings: { checkDelay: 1000 }, problems: [] });
  for (const bad of [-1, 2.5, '250', null]) {
    assert.deepEqual(parseSettings({ checkDelay: bad }, '.newsproof.json'), { settings: {}, problems: ['.newsproof.json: "checkDelay" must be a whole number of milliseconds, 0 or more.'] });
  }
});
