const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/y;

/** The length of the HTML character reference ("&nbsp;", "&#8239;") that starts at `at` in `text`, else 0. */
export function characterReferenceLength(text: string, at: number): number {
  CHARACTER_REFERENCE.lastIndex = at;
  return CHARACTER_REFERENCE.exec(text)?.[0].length ?? 0;
}

/**
 * A span whose last character was read from a character reference ("58&#x25;", "7.82&nbsp;", mapped to its "&") ends
 * after the reference's ";", so the underline and a quick fix take the whole reference, never half of it.
 */
export function endAfterReference<T extends { start: number; end: number }>(span: T, text: string): T {
  const last = span.end - 1;
  const length = text[last] === '&' ? characterReferenceLength(text, last) : 0;
  return length > 1 ? { ...span, end: last + length } : span;
}
