import { ownString } from './ownString';

/**
 * A text's UTF-8 bytes as a string of one character per byte (U+0000 to U+00FF). V8 keeps such a string at one byte a
 * character, with no object beside it; the same text as it is takes two bytes a character as soon as one of them lies
 * beyond Latin-1 (a dash, „“, −, €), and as a Uint8Array a typed array, a buffer and a block outside the heap.
 * `Buffer.from(chars, 'latin1')` gives the bytes back.
 */
export function utf8Chars(text: string): Utf8Chars {
  const bytes = ENCODER.encode(text);
  if (bytes.length <= CHUNK) return charsOf(bytes) as Utf8Chars;
  let chars = '';
  for (let at = 0; at < bytes.length; at += CHUNK) chars += charsOf(bytes.subarray(at, at + CHUNK));
  return ownString(chars) as Utf8Chars;
}

/**
 * A string made by `utf8Chars` only: written out as 'latin1' it gives its text's UTF-8 bytes, where any other string
 * would lose each character's high byte without an error (JSON the client cannot parse).
 */
export type Utf8Chars = string & { readonly utf8Chars: unique symbol };

/** The text whose UTF-8 bytes `chars` holds, one character per byte. */
export function fromUtf8Chars(chars: string): string {
  const bytes = new Uint8Array(chars.length);
  for (let i = 0; i < chars.length; i++) bytes[i] = chars.charCodeAt(i);
  return DECODER.decode(bytes);
}

/** Passed as arguments, not spread: a spread reads a typed array through its iterator. */
const charsOf = (bytes: Uint8Array): string => String.fromCharCode.apply(null, bytes as unknown as number[]);

/** Bytes passed to one call: far below the engine's limit on arguments. */
const CHUNK = 8192;
const ENCODER = new TextEncoder();
const DECODER = new TextDecoder();
