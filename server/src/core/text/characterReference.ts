const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/y;

/** The length of the HTML character reference ("&nbsp;", "&#8239;") that starts at `at` in `text`, else 0. */
export function characterReferenceLength(text: string, at: number): number {
  CHARACTER_REFERENCE.lastIndex = at;
  return CHARACTER_REFERENCE.exec(text)?.[0].length ?? 0;
}
