import type { DraftFigure } from '../analysis/draft';
import { characterReferenceLength } from '../text/characterReference';

/**
 * A figure's quick fix in the draft's own notation. A fix is written from the figure as read ("December 2024",
 * "-6.58%", "a factor of 1.8"), but the figure may be written with TeX's tie, an escape or math delimiters
 * ("November~2024", "$-3.75\%$", "a factor of $2.8$", "\$6.5~million"), which the reading turned into what they print.
 * Only the characters the fix changes are replaced; what it keeps stays as written, so "November~2024" becomes
 * "December~2024", "-3.75\%" becomes "-6.58\%", "1~million yuan" becomes "1~billion yuan" and no escape is lost.
 */
export function fixInDraftNotation(newText: string, figure: DraftFigure, documentText: string): string | undefined {
  const { sentence } = figure.at;
  const { start, end } = figure.figure;
  const read = sentence.text.slice(start, end);
  const written = documentText.slice(figure.span.start, figure.span.end);
  // A figure broken over two lines ("5,6 Mil-⏎liarden") gets its fix whole, as one word on one line: the break is the
  // page's layout, not the writer's notation. A line break between its words ("$5.6</strong>⏎billion") is kept.
  if (read === written || read !== figure.figure.text || /-[ \t]*\r?\n/u.test(written)) return newText;
  const offsets = sentence.offsets;
  let kept = 0;
  while (kept < read.length && kept < newText.length && read[kept] === newText[kept]) kept++;
  let keptAtEnd = 0;
  while (keptAtEnd < read.length - kept && keptAtEnd < newText.length - kept && read[read.length - 1 - keptAtEnd] === newText[newText.length - 1 - keptAtEnd]) keptAtEnd++;
  const changedFrom = start + kept;
  const changedTo = end - keptAtEnd;
  // An insertion goes right after the last character kept; a change replaces its characters as written.
  const end_ = (i: number) => writtenEnd(offsets, i, documentText, sentence.text[i]);
  const from = changedTo > changedFrom ? offsets[changedFrom] : changedFrom > start ? end_(changedFrom - 1) : figure.span.start;
  const to = changedTo > changedFrom ? end_(changedTo - 1) : from;
  if (!(figure.span.start <= from && from <= to && to <= figure.span.end)) return newText;
  // "$\approx 2$ Milliarden Yuan" → „1 Milliarde Yuan“ would take the closing `$` of the math with it: no fix rather
  // than a fix that breaks the draft's markup.
  if (dropsMarkup(from, to, changedFrom, changedTo, end_, offsets, documentText)) return undefined;
  return written.slice(0, from - figure.span.start) + newText.slice(kept, newText.length - keptAtEnd) + written.slice(to - figure.span.start);
}

/**
 * Where a read character ends as written: one read from a command (`\euro{}` → €, at its backslash) ends where the next
 * begins, one read from an HTML character reference (`&euro;` → €, at its "&") after the reference's ";".
 */
function writtenEnd(offsets: readonly number[], i: number, documentText: string, read: string): number {
  const at = offsets[i];
  if (documentText[at] === '\\' && read !== '\\') return offsets[i + 1] ?? at + 1;
  if (documentText[at] === '&' && read !== '&') return at + Math.max(1, characterReferenceLength(documentText, at));
  return at + 1;
}

/** A math delimiter or a command's backslash in the written stretch a fix replaces that no read character stands for. */
function dropsMarkup(from: number, to: number, changedFrom: number, changedTo: number, end: (i: number) => number, offsets: readonly number[], documentText: string): boolean {
  for (let at = from; at < to; at++) {
    if (documentText[at] !== '$' && documentText[at] !== '\\') continue;
    let read = false;
    for (let i = changedFrom; i < changedTo && !read; i++) read = offsets[i] <= at && at < end(i);
    if (!read) return true;
  }
  return false;
}
