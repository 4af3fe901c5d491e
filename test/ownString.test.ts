import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { ownString } from '../server/src/core/text/ownString';

// V8's own test of a string's representation: the same map as a flat string made of its characters one by one.
setFlagsFromString('--allow-natives-syntax');
const sameRepresentation = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: string, b: string) => boolean;
const flatCopy = (text: string) => String.fromCharCode(...Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)));

/**
 * Kept findings' messages, draft-inconsistency's keys, hovers and parsed chunks are kept as strings of their own: the
 * same characters, held by no other string (a slice of a copy one character longer cost a 1 MB draft 52,000 slices).
 */
describe('a string of its own', () => {
  const GERMAN = '„Nvidia verlor 7,82 Prozent“ — sagte sie am 27. Januar.';
  const ENGLISH = 'No source states 58.0 percent, which the draft repeats.';

  test('has the same characters, every UTF-16 code unit and lone surrogates too', () => {
    let every = '';
    for (let code = 0; code < 0x10000; code++) every += String.fromCharCode(code);
    for (const text of [GERMAN, ENGLISH, '', 'x', '\ud800 und \udfff', '"\\\n\u2028', every]) assert.equal(ownString(text), text);
  });

  test('is flat, not a slice or a join of pieces', () => {
    for (const text of [GERMAN, ENGLISH]) {
      const joined = `${text.slice(0, 20)}${text.slice(20)}`;
      assert.ok(sameRepresentation(ownString(joined), flatCopy(text)));
      assert.ok(sameRepresentation(ownString(`${'x'.repeat(6000)}${text}`.slice(3000)), flatCopy(text)));
    }
  });

  test('a joined string or a slice is not flat (the test can tell)', () => {
    const joined = `${GERMAN.slice(0, 20)}${GERMAN.slice(20)}`;
    assert.ok(!sameRepresentation(joined, flatCopy(GERMAN)));
    assert.ok(!sameRepresentation(` ${ENGLISH}`.slice(1), flatCopy(ENGLISH)));
  });
});
