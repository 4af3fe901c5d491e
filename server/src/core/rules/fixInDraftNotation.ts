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
  let kept = 0;
  while (kept < read.length && kept < newText.length && read[kept] === newText[kept]) kept++;
  let keptAtEnd = 0;
  while (keptAtEnd < read.length - kept && keptAtEnd < newText.length - kept && read[read.length - 1 - keptAtEnd] === newText[newText.length - 1 - keptAtEnd]) keptAtEnd++;
  const draft: ReadDraft = { offsets: sentence.offsets, read: sentence.text, written: documentText };
  const replaced = writtenStretch(draft, start + kept, end - keptAtEnd, { read: start, written: figure.span.start });
  if (!(figure.span.start <= replaced.from && replaced.from <= replaced.to && replaced.to <= figure.span.end)) return newText;
  // "$\approx 2$ Milliarden Yuan" → „1 Milliarde Yuan“ would take the closing `$` of the math with it: no fix rather
  // than a fix that breaks the draft's markup.
  if (dropsMarkup(draft, replaced)) return undefined;
  return written.slice(0, replaced.from - figure.span.start) + newText.slice(kept, newText.length - keptAtEnd) + written.slice(replaced.to - figure.span.start);
}

/** A sentence as read, the document it was read from, and where each read character stands in it. */
interface ReadDraft {
  offsets: readonly number[];
  read: string;
  written: string;
}

/** The read characters `[readFrom, readTo)` a fix changes, and the document's characters `[from, to)` it replaces. */
interface ReplacedStretch {
  readFrom: number;
  readTo: number;
  from: number;
  to: number;
}

/**
 * Where the read characters `[readFrom, readTo)` stand as written. An insertion (none changed) goes right after the
 * last character kept, or at the figure's start when none is kept before it.
 */
function writtenStretch(draft: ReadDraft, readFrom: number, readTo: number, figureStart: { read: number; written: number }): ReplacedStretch {
  if (readTo > readFrom) return { readFrom, readTo, from: writtenStart(draft, readFrom), to: writtenEnd(draft, readTo - 1) };
  const at = readFrom > figureStart.read ? writtenEnd(draft, readFrom - 1) : figureStart.written;
  return { readFrom, readTo, from: at, to: at };
}

/**
 * Where a read character ends as written: one read from a command (`\euro{}` → €, at its backslash) ends where the next
 * begins, one read from an HTML character reference (`&euro;` → €, at its "&") after the reference's ";".
 */
function writtenEnd(draft: ReadDraft, i: number): number {
  const at = draft.offsets[i];
  const { written } = draft;
  if (inBraces(draft, i)) return at + 2;
  if (written[at] === '\\' && draft.read[i] !== '\\') return draft.offsets[i + 1] ?? at + 1;
  if (written[at] === '&' && draft.read[i] !== '&') return at + Math.max(1, characterReferenceLength(written, at));
  return at + 1;
}

/** Where a read character begins as written: a decimal separator in braces (`7{,}82`) at its opening brace. */
function writtenStart(draft: ReadDraft, i: number): number {
  return inBraces(draft, i) ? draft.offsets[i] - 1 : draft.offsets[i];
}

/** `7{,}82`: TeX's braces that keep a decimal comma from spacing, read as the separator alone; a digit goes after them. */
function inBraces(draft: ReadDraft, i: number): boolean {
  const at = draft.offsets[i];
  return (draft.read[i] === ',' || draft.read[i] === '.') && draft.written[at] === draft.read[i] && draft.written[at - 1] === '{' && draft.written[at + 1] === '}';
}

/** A math delimiter or a command's backslash in the written stretch a fix replaces that no read character stands for. */
function dropsMarkup(draft: ReadDraft, replaced: ReplacedStretch): boolean {
  for (let at = replaced.from; at < replaced.to; at++) {
    if (draft.written[at] !== '$' && draft.written[at] !== '\\') continue;
    let read = false;
    for (let i = replaced.readFrom; i < replaced.readTo && !read; i++) read = draft.offsets[i] <= at && at < writtenEnd(draft, i);
    if (!read) return true;
  }
  return false;
}
