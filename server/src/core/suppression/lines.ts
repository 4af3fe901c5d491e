/**
 * Lines as CommonMark and LSP count them: a line ends at "\r\n", "\n" or a lone "\r". A comment's "next line" and the
 * line a quick fix writes above must be the same line the editor shows.
 */

/** Where each line starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** Where the line holding `offset` starts. */
export function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** The draft's own line ending, for the lines a quick fix adds. */
export function lineEndingOf(text: string): string {
  return /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
}

/** Where the line before the one starting at `lineStart` starts ("\r\n" is one line ending). */
export function previousLineStart(text: string, lineStart: number): number {
  const end = text[lineStart - 1] === '\n' && text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1;
  return lineStartOf(text, end);
}
