import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromUtf8Chars, utf8Chars } from '../server/src/core/text/utf8Chars';

// A hover as the check worker keeps it: its UTF-8 bytes, one character per byte, what Buffer's latin1 writes as bytes.
const HOVERS = {
  de: '**6,5 Millionen Dollar**: die Quelle nennt **5,6 Millionen Dollar**.\n\n> Das Training kostete nur 5,6 Millionen Dollar – ein Bruchteil; „simulierter Denkansatz“, −7,82 % 🚀',
  en: '**8.72 percent**: the source says **−16.86 %**.\n\n> Nvidia’s shares fell — the worst day… 🚀',
};

for (const [lang, hover] of Object.entries(HOVERS)) {
  test(`a hover's Markdown as UTF-8 characters: the bytes a client gets, and the text again (${lang})`, () => {
    const chars = utf8Chars(hover);
    assert.ok([...chars].every((c) => c.charCodeAt(0) <= 0xff));
    assert.deepEqual(Buffer.from(chars, 'latin1'), Buffer.from(hover, 'utf8'));
    assert.equal(fromUtf8Chars(chars), hover);
  });
}

test('a hover longer than one call takes (many quoted sentences): the same bytes, in one piece', () => {
  const long = `${HOVERS.de}\n\n${HOVERS.en}\n\n`.repeat(200);
  assert.ok(Buffer.byteLength(long, 'utf8') > 3 * 8192);
  assert.deepEqual(Buffer.from(utf8Chars(long), 'latin1'), Buffer.from(long, 'utf8'));
  assert.equal(fromUtf8Chars(utf8Chars(long)), long);
});
