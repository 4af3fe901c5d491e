import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SizedCache } from '../server/src/core/cache/sizedCache';

/**
 * The caches of sentences, blocks, parsed chunks and hovers are bounded by the characters of their keys, which each
 * entry's size is measured from: the budget, the order they go in and what a lookup finds must be those of a cache
 * that kept each entry's size beside its value.
 */
describe('a cache bounded by the characters of its keys', () => {
  const GERMAN = 'Nvidia verlor 7,82 Prozent.';
  const ENGLISH = 'Nvidia lost 7.82 percent.';

  test('counts each key by its length, once however often it is filed', () => {
    const cache = new SizedCache<string, number>(1_000);
    cache.set(GERMAN, 1);
    cache.set(ENGLISH, 2);
    cache.set(GERMAN, 3);
    assert.equal(cache.size, GERMAN.length + ENGLISH.length);
    assert.equal(cache.get(GERMAN), 3);
    cache.delete(ENGLISH);
    cache.delete(ENGLISH);
    assert.equal(cache.size, GERMAN.length);
    assert.equal(cache.get(ENGLISH), undefined);
  });

  test('lets the least recently used keys go beyond its budget, a lookup making a key recent', () => {
    const cache = new SizedCache<string, string>(GERMAN.length + ENGLISH.length);
    cache.set(GERMAN, 'de');
    cache.set(ENGLISH, 'en');
    assert.equal(cache.get(GERMAN), 'de');
    cache.set('Broadcom fiel um 6,58 %.', 'de2');
    assert.equal(cache.get(ENGLISH), undefined);
    assert.equal(cache.get(GERMAN), 'de');
    assert.equal(cache.size, GERMAN.length + 'Broadcom fiel um 6,58 %.'.length);
    cache.shrinkTo(GERMAN.length);
    assert.equal(cache.get('Broadcom fiel um 6,58 %.'), undefined);
    assert.equal(cache.get(GERMAN), 'de');
    assert.equal(cache.size, GERMAN.length);
  });

  test('keeps a key longer than its whole budget nowhere', () => {
    const cache = new SizedCache<string, string>(ENGLISH.length);
    cache.set(ENGLISH, 'en');
    cache.set(`${ENGLISH} Broadcom lost 6.58 percent.`, 'long');
    assert.equal(cache.get(`${ENGLISH} Broadcom lost 6.58 percent.`), undefined);
    assert.equal(cache.get(ENGLISH), 'en');
    assert.equal(cache.size, ENGLISH.length);
  });

  test('finds a value kept as null (a word found to keep nothing) and one kept as undefined', () => {
    const cache = new SizedCache<string, string | null | undefined>(1_000);
    cache.set('Wörter', null);
    cache.set('words', undefined);
    assert.equal(cache.get('Wörter'), null);
    assert.equal(cache.size, 'Wörter'.length + 'words'.length);
    cache.set('more words', 'x');
    assert.deepEqual([cache.get('words'), cache.get('unknown')], [undefined, undefined]);
    cache.shrinkTo('more words'.length + 'words'.length);
    // The lookup of 'words' made it recent: 'Wörter' went first.
    assert.equal(cache.get('Wörter'), undefined);
    assert.equal(cache.size, 'more words'.length + 'words'.length);
  });

  test('measures keys as it is told to, the same at filing and at letting go', () => {
    const cache = new SizedCache<string, number>(4, (key) => key.length + 1);
    cache.set('', 0);
    cache.set('ab', 1);
    assert.equal(cache.size, 4);
    cache.set('c', 2);
    assert.deepEqual([cache.get(''), cache.get('ab'), cache.get('c')], [undefined, undefined, 2]);
    assert.equal(cache.size, 2);
    cache.clear();
    assert.equal(cache.size, 0);
  });
});
