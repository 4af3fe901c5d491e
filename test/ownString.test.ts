import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ownString } from '../server/src/core/text/ownString';

/**
 * Kept findings' messages, draft-inconsistency's keys, hovers and parsed chunks are kept as strings of their own: the
 * same characters, held by no other string (a slice of a copy one character longer cost a 1 MB draft 52,000 slices).
 * That it is flat is V8's business and measured by the benchmark's memory, not pinned here.
 */
describe('a string of its own', () => {
  const GERMAN = '„Nvidia verlor 7,82 Prozent“ — sagte sie am 27. Januar.';
  const ENGLISH = 'No source states 58.0 percent, which the draft repeats.';

  test('has the same characters, every UTF-16 code unit and lone surrogates too', () => {
    let every = '';
    for (let code = 0; code < 0x10000; code++) every += String.fromCharCode(code);
    for (const text of [GERMAN, ENGLISH, '', 'x', '\ud800 und \udfff', '"\\\n\u2028', every]) assert.equal(ownString(text), text);
  });
});
