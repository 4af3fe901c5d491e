import type { DraftFigure } from '../analysis/draft';

/**
 * A figure's quick fix in the draft's own notation. A fix is written from the figure as read ("December 2024",
 * "-6.58%", "a factor of 1.8"), but the figure may be written with TeX's tie, an escape or math delimiters
 * ("November~2024", "$-3.75\%$", "a factor of $2.8$", "\$6.5~million"), which the reading turned into what they print.
 * Only the characters the fix changes are replaced; what it keeps stays as written, so "November~2024" becomes
 * "December~2024", "-3.75\%" becomes "-6.58\%", "1~million yuan" becomes "1~billion yuan" and no escape is lost.
 */
export function fixInDraftNotation(newText: string, figure: DraftFigure, documentText: string): string {
  const { sentence } = figure.at;
  const { start, end } = figure.figure;
  const read = sentence.text.slice(start, end);
  const written = documentText.slice(figure.span.start, figure.span.end);
  // A figure broken over two lines ("5,6 Mil-⏎liarden") gets its fix whole, as one word on one line: the break is the
  // page's layout, not the writer's notation.
  if (read === written || read !== figure.figure.text || /[\r\n]/u.test(written)) return newText;
  const offsets = sentence.offsets;
  let kept = 0;
  while (kept < read.length && kept < newText.length && read[kept] === newText[kept]) kept++;
  let keptAtEnd = 0;
  while (keptAtEnd < read.length - kept && keptAtEnd < newText.length - kept && read[read.length - 1 - keptAtEnd] === newText[newText.length - 1 - keptAtEnd]) keptAtEnd++;
  const changedFrom = start + kept;
  const changedTo = end - keptAtEnd;
  // An insertion goes right after the last character kept; a change replaces its characters as written.
  const from = changedTo > changedFrom ? offsets[changedFrom] : changedFrom > start ? writtenEnd(offsets, changedFrom - 1, documentText) : figure.span.start;
  const to = changedTo > changedFrom ? writtenEnd(offsets, changedTo - 1, documentText) : from;
  if (!(figure.span.start <= from && from <= to && to <= figure.span.end)) return newText;
  return written.slice(0, from - figure.span.start) + newText.slice(kept, newText.length - keptAtEnd) + written.slice(to - figure.span.start);
}

/** Where a read character ends as written: one read from a command (`\euro{}` → €, at its backslash) ends where the next begins. */
function writtenEnd(offsets: readonly number[], i: number, documentText: string): number {
  return documentText[offsets[i]] === '\\' ? offsets[i + 1] : offsets[i] + 1;
}
