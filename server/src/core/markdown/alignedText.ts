import type { ProseBlock } from '../text/prose';
import { characterReferenceLength } from '../text/characterReference';

/**
 * Appends a text node's value, mapping each character to its place in the source. The value differs from the
 * source where Markdown escapes or entities were resolved: walk both and skip source characters that don't match.
 */
export function appendAligned(block: ProseBlock, value: string, source: string, start: number, end: number): void {
  let j = start;
  for (let i = 0; i < value.length; i++) {
    // "&nbsp;" read as one no-break space: the characters after it are looked for after it, not in its name (the "b" of
    // "$5.6&nbsp;billion" is not the one in "nbsp").
    const reference = source[j] === '&' ? decodedReferenceAt(source, j, end, value, i) : 0;
    if (reference) {
      block.offsets.push(j);
      if (isHighSurrogate(value.charCodeAt(i)) && i + 1 < value.length) block.offsets.push(j), i++;
      j += reference;
      continue;
    }
    let k = j;
    while (k < end && source[k] !== value[i]) k++;
    if (k < end) j = k;
    block.offsets.push(Math.min(j, Math.max(start, end - 1)));
    if (k < end) j++;
  }
  block.text += value;
}

/**
 * The length of the character reference at `at` in the source where the parser decoded it into `value[i]`, else 0:
 * "&foo;" that names no character, or "\&nbsp;" escaped, stands in the value as written.
 */
function decodedReferenceAt(source: string, at: number, end: number, value: string, i: number): number {
  const length = characterReferenceLength(source, at);
  if (length === 0 || at + length > end || value.startsWith(source.slice(at, at + length), i)) return 0;
  return length;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
