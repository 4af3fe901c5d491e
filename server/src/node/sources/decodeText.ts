/** A file's text, or in a few words why it has none that can be trusted ("is binary, not text"). */
export type Decoded = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' } | { problem: string };

/**
 * The text of a draft or a source in whatever encoding a writer's disk holds: UTF-8 with or without a byte order
 * mark, UTF-16 (little or big endian) with one, or Windows-1252 (what older Windows editors and many scrapers save)
 * where nothing in the bytes speaks against it. Binary content and damaged UTF-8 are no text: reading them as
 * Windows-1252 would turn every umlaut of the file into two wrong letters.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) return { problem: 'is binary, not text' };
  return utf8(bytes);
}

/** One decoder for every file: a whole-buffer decode keeps no state from one call to the next. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function utf8(bytes: Uint8Array): Decoded {
  try {
    return { text: STRICT_UTF8.decode(bytes), encoding: 'utf-8' };
  } catch {
    const scan = scanUtf8(bytes);
    // Characters that UTF-8 spells out correctly, outnumbering the bytes that break it: a UTF-8 file, damaged.
    const damaged = scan.wellFormed >= scan.broken;
    const unassigned = bytes.findIndex((b) => WINDOWS_1252_UNASSIGNED.has(b));
    if (!damaged && unassigned < 0) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
    const at = damaged ? scan.firstBroken : unassigned;
    return { problem: `is not valid UTF-8 (line ${lineOf(bytes, at)}: byte 0x${bytes[at].toString(16).toUpperCase().padStart(2, '0')}) nor Windows-1252` };
  }
}

/** Multi-byte characters spelled as UTF-8 spells them, bytes that fit no such character, and where the first is. */
function scanUtf8(bytes: Uint8Array): { wellFormed: number; broken: number; firstBroken: number } {
  let wellFormed = 0;
  let broken = 0;
  let firstBroken = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let continued = length > 0 && i + length <= bytes.length;
    for (let k = 1; continued && k < length; k++) continued = (bytes[i + k] & 0xc0) === 0x80;
    if (continued) {
      wellFormed++;
      i += length;
    } else {
      broken++;
      if (firstBroken < 0) firstBroken = i;
      i++;
    }
  }
  return { wellFormed, broken, firstBroken };
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Windows-1252's 0x80–0x9F: € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ' ' " " • – — ˜ ™ š › œ ž Ÿ (five bytes unassigned). */
const WINDOWS_1252_HIGH = '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';
/** No Windows-1252 file holds these bytes: text that does is in another encoding. */
const WINDOWS_1252_UNASSIGNED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Node's TextDecoder reads "windows-1252" as Latin-1 (0x80–0x9F become control characters), so the table is ours. */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...chunk).replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
  }
  return text;
}

/** A NUL byte, or many control characters, in the first 8 KB: no text file has them. */
function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, 8192);
  let control = 0;
  // An index loop: a typed array's iterator costs a warm start of thousands of sources more than the rest of decoding.
  for (let i = 0; i < length; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > length / 10;
}
