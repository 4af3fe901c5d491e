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
  const offsets = sentence.offsets;
  // Read characters that stand for one written character ("2½" read "2.5") change together, and a change beside them
  // takes them with it: "2.1", not "21"; "6½ %" → "6.58 %", not "6½8 %".
  kept = backedOffGroup(offsets, start + kept, -1, start, end) - start;
  keptAtEnd = end - backedOffGroup(offsets, end - keptAtEnd, 1, start, end);
  const changed = newText.slice(kept, newText.length - keptAtEnd);
  const draft: ReadDraft = { offsets, read: sentence.text, written: documentText };
  const replaced = writtenStretch(draft, start + kept, end - keptAtEnd, { read: start, written: figure.span.start });
  if (!(figure.span.start <= replaced.from && replaced.from <= replaced.to && replaced.to <= figure.span.end)) return newText;
  const before = written.slice(0, replaced.from - figure.span.start);
  const after = written.slice(replaced.to - figure.span.start);
  // As many characters as read: each one in its written place, the notation between them kept (`8{,}72` → `7{,}82`).
  if (replaced.readTo > replaced.readFrom && changed.length === replaced.readTo - replaced.readFrom) return before + writtenInPlace(draft, replaced, changed) + after;
  // "$\approx 2$ Milliarden Yuan" → „1 Milliarde Yuan“ would take the closing `$` of the math with it: no fix rather
  // than a fix that breaks the draft's markup.
  if (dropsMarkup(draft, replaced)) return undefined;
  return before + changed + after;
}

/**
 * A boundary between kept and changed read characters (`at`, the first changed one; `side` -1 for the kept ones before
 * it, 1 for those after), moved off a group of read characters that stand for one written character, where the kept
 * character next to it belongs to one.
 */
function backedOffGroup(offsets: readonly number[], at: number, side: -1 | 1, start: number, end: number): number {
  const next = side < 0 ? at - 1 : at;
  if (next < start || next >= end) return at;
  const written = offsets[next];
  if (offsets[next - 1] !== written && offsets[next + 1] !== written) return at;
  let boundary = at;
  if (side < 0) while (boundary > start && offsets[boundary - 1] === written) boundary--;
  else while (boundary < end && offsets[boundary] === written) boundary++;
  return boundary;
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
  if (readTo > readFrom) {
    // "2 ½" read "2.5": the space the reading dropped before the fraction goes with its decimals ("2.1", not "2 .1").
    const readAsSeveral = readTo > readFrom + 1 && draft.offsets[readFrom + 1] === draft.offsets[readFrom];
    const from = readAsSeveral && readFrom > figureStart.read ? writtenEnd(draft, readFrom - 1) : writtenStart(draft, readFrom);
    return { readFrom, readTo, from, to: writtenEnd(draft, readTo - 1) };
  }
  const at = readFrom > figureStart.read ? writtenEnd(draft, readFrom - 1) : figureStart.written;
  return { readFrom, readTo, from: at, to: at };
}

/**
 * The replaced stretch with `changed` put in character for character: a read character that stays keeps its notation
 * (`{,}`), one that changes is written plainly, and what stands between them as written and was never read (a thin
 * space's `\,`) stays. Read characters that stand for one written character ("½" read ".5") are one.
 */
function writtenInPlace(draft: ReadDraft, replaced: ReplacedStretch, changed: string): string {
  let out = '';
  for (let i = replaced.readFrom; i < replaced.readTo; i++) {
    let last = i;
    while (last + 1 < replaced.readTo && draft.offsets[last + 1] === draft.offsets[i]) last++;
    const now = changed.slice(i - replaced.readFrom, last + 1 - replaced.readFrom);
    if (i > replaced.readFrom) out += draft.written.slice(writtenEnd(draft, i - 1), writtenStart(draft, i));
    out += now === draft.read.slice(i, last + 1) ? draft.written.slice(writtenStart(draft, i), writtenEnd(draft, last)) : now;
    i = last;
  }
  return out;
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

/** Characters of a notation that print nothing of their own: a math delimiter, a command's backslash, a tag's brackets. */
const MARKUP_CHARACTERS = new Set(['$', '\\', '<', '>']);

/** A math delimiter, a command's backslash or a tag's bracket in the written stretch a fix replaces that no read character stands for. */
function dropsMarkup(draft: ReadDraft, replaced: ReplacedStretch): boolean {
  for (let at = replaced.from; at < replaced.to; at++) {
    if (!MARKUP_CHARACTERS.has(draft.written[at])) continue;
    let read = false;
    for (let i = replaced.readFrom; i < replaced.readTo && !read; i++) read = draft.offsets[i] <= at && at < writtenEnd(draft, i);
    if (!read) return true;
  }
  return false;
}
