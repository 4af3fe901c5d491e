import { SizedCache } from '../cache/sizedCache';
import type { Span } from '../types';
import { compactBlock, shiftBlock } from '../text/prose';
import { ownString } from '../text/ownString';
import { parseMarkdown, type ParsedMarkdown } from './parseMarkdown';
import { MAX_NESTING, nestingDepth, readAsPlainProse } from './plainProse';

export interface ChunkedParse extends ParsedMarkdown {
  /** Where the budget ran out: the text from here on was not read. Absent when everything was read. */
  stoppedAt?: number;
  /** Ranges read as plain prose: Markdown there is nested or sized beyond what the parser reads in linear time. */
  plain?: Span[];
}

/** Stops parsing between chunks; the parser itself cannot be interrupted, which is why no chunk is large. */
export interface ParseBudget {
  expired(): boolean;
}

/** A chunk larger than this is cut at blank lines, then at line ends; a single line larger than this is plain prose. */
export const MAX_CHUNK_CHARS = 32_000;
/** No unit of chunks parsed together is larger than this. */
const GROUP_CHARS = 16_000;
/** Parsed chunks kept, in characters of their text. */
const CACHE_CHARS = 4_000_000;
/**
 * Of those, the characters of chunks the latest parse did not use: what edits replaced, or other drafts. What was found
 * in a parsed block lives as long as its chunk is cached (a 1 MB draft's analysis is about 230 MB), so millions of
 * characters of replaced chunks could hold hundreds of MB.
 */
const STALE_CHARS = 256_000;

interface Chunk extends Span {
  plain: boolean;
  /** A piece of a chunk that was cut: Markdown may run across its ends, so it is parsed on its own, never in a group. */
  cut?: boolean;
}

/**
 * Parses a draft chunk by chunk and remembers each chunk's result by its text, so an edit re-parses only the chunk
 * it touched. Chunks end at a blank line that Markdown cannot carry across: not inside a fenced code block or an
 * HTML comment, not before an indented line (a list item's continuation), and not inside frontmatter. For such
 * drafts the result equals `parseMarkdown` of the whole text (a test holds the two side by side). Uncached chunks
 * are parsed in groups, since a parser call has a fixed cost; a chunk nested or sized beyond what the parser reads
 * in linear time is read as plain prose instead.
 */
export function parseMarkdownChunked(text: string, budget?: ParseBudget): ChunkedParse {
  const { chunks, frontmatter, stoppedAt } = parseChunks(text, budget);
  const result: ChunkedParse = { blocks: [], frontmatter, comments: [] };
  const plain: Span[] = [];
  for (const { start, end, parsed, plain: isPlain } of chunks) {
    if (isPlain) plain.push({ start, end });
    for (const block of parsed.blocks) result.blocks.push(shiftBlock(block, start));
    for (const c of parsed.comments) result.comments.push({ ...c, start: c.start + start, end: c.end + start });
  }
  if (stoppedAt !== undefined) result.stoppedAt = stoppedAt;
  if (plain.length) result.plain = plain;
  return result;
}

/** A chunk and what it holds, with offsets relative to the chunk's start; the same object while the chunk is cached. */
export interface ParsedChunk extends Span {
  parsed: ParsedMarkdown;
  plain: boolean;
}

/**
 * The draft in parsed units, each parsed (or taken from the cache) as a whole, up to where the budget ran out.
 * Offsets stay relative to each unit, so that an unchanged unit is the very same object after an edit elsewhere.
 */
export function parseChunks(text: string, budget?: ParseBudget): { chunks: ParsedChunk[]; frontmatter?: string; stoppedAt?: number } {
  const read: ParsedChunk[] = [];
  let stoppedAt: number | undefined;
  // The budget stops only new work, and only after some: each check gets further than the one before.
  let parsedSome = false;
  // Each cache's characters this parse used: they are its most recent entries, and stay.
  const used = new Map<SizedCache<string, ParsedMarkdown>, number>();
  for (const unit of unitsOfText(text)) {
    const source = text.slice(unit.start, unit.end);
    const cache = cacheOf(unit);
    used.set(cache, (used.get(cache) ?? 0) + source.length);
    let parsed = cache.get(source);
    if (!parsed) {
      if (parsedSome && budget?.expired()) {
        stoppedAt = unit.start;
        break;
      }
      parsedSome = true;
      // A slice of the draft (and the texts sliced from it when parsing) would keep the whole draft as it was then
      // alive for as long as the unit is cached: a draft's size more memory per edit.
      const own = ownString(source);
      parsed = compactParse(unit.plain ? readAsPlainProse(own) : parseUnit(own, unit.start === 0));
      cache.set(own, parsed);
    }
    read.push({ start: unit.start, end: unit.end, parsed, plain: unit.plain });
  }
  for (const [cache, chars] of used) cache.shrinkTo(chars + STALE_CHARS);
  const frontmatter = read[0]?.start === 0 ? read[0].parsed.frontmatter : undefined;
  return { chunks: read, frontmatter, ...(stoppedAt !== undefined && stoppedAt < text.length ? { stoppedAt } : {}) };
}

/** As the cache keeps it: each block's offsets as runs (text/prose.ts, CompactProseBlock). */
function compactParse(parsed: ParsedMarkdown): ParsedMarkdown {
  return { ...parsed, blocks: parsed.blocks.map(compactBlock) };
}


/**
 * Parsed units by their text. Frontmatter exists only at the start of a draft, and plain prose is another reading of
 * the same text: each has a cache of its own (a key of its own would cost a copy of every unit's text).
 */
const caches = { markdown: new SizedCache<string, ParsedMarkdown>(CACHE_CHARS), atStart: new SizedCache<string, ParsedMarkdown>(CACHE_CHARS / 20), plain: new SizedCache<string, ParsedMarkdown>(CACHE_CHARS / 4) };

function cacheOf(unit: Chunk): SizedCache<string, ParsedMarkdown> {
  return unit.plain ? caches.plain : unit.start === 0 ? caches.atStart : caches.markdown;
}

/** Forgets every parsed unit: for a benchmark's cold baseline. */
export function clearParseCache(): void {
  for (const cache of Object.values(caches)) cache.clear();
  recentUnits.length = 0;
}

/**
 * Forgets the parsed units of a draft that was closed, and its place among the recent texts; returns what they held,
 * so that what was read from their blocks can be let go too. A unit another draft shares is parsed again when that
 * draft is next checked.
 */
export function forgetParsedText(text: string): ParsedMarkdown[] {
  const known = recentUnits.findIndex((r) => r.text === text);
  const units = known >= 0 ? recentUnits[known].units : [...unitsFrom(text, 0)];
  if (known >= 0) recentUnits.splice(known, 1);
  const forgotten: ParsedMarkdown[] = [];
  for (const unit of units) {
    const [cache, source] = [cacheOf(unit), text.slice(unit.start, unit.end)];
    const parsed = cache.get(source);
    if (!parsed) continue;
    forgotten.push(parsed);
    cache.delete(source);
  }
  return forgotten;
}

/**
 * A unit after the start gets a leading blank line, so `---` at its start is a rule, as it is in the whole draft,
 * not frontmatter. Offsets are relative to the unit.
 */
function parseUnit(source: string, atStart: boolean): ParsedMarkdown {
  if (atStart) return parseMarkdown(source);
  const parsed = parseMarkdown(`\n${source}`);
  return {
    blocks: parsed.blocks.map((b) => shiftBlock(b, -1)),
    frontmatter: undefined,
    comments: parsed.comments.map((c) => ({ ...c, start: c.start - 1, end: c.end - 1 })),
  };
}

/** On average a unit ends after this many chunks: where it ends depends only on the chunks' text (see unitsOf). */
const CHUNKS_PER_UNIT = 8;

/**
 * Chunks joined into the units that are parsed together, since a parser call has a fixed cost of about 10 KB of
 * text. A unit ends after a chunk whose text hashes to a multiple of CHUNKS_PER_UNIT (or at GROUP_CHARS), so the
 * units, and what the parser makes of each, depend only on the text around them: an edit re-parses one unit, and
 * the same text is always parsed in the same company. Plain and cut chunks are units of their own.
 */
function* unitsFrom(text: string, from: number): Generator<Chunk> {
  let open: Chunk | undefined;
  for (const chunk of boundedChunksFrom(text, from)) {
    if (chunk.plain || chunk.cut) {
      if (open) yield open;
      open = undefined;
      yield chunk;
      continue;
    }
    open = open ? { ...open, end: chunk.end } : { ...chunk };
    if (hashOf(text, chunk) % CHUNKS_PER_UNIT === 0 || open.end - open.start >= GROUP_CHARS) {
      yield open;
      open = undefined;
    }
  }
  if (open) yield open;
}

/** The units of the last few texts: an edit finds the units of the text it changed (one per open draft, mostly). */
const recentUnits: Array<{ text: string; units: Chunk[] }> = [];
const RECENT_TEXTS = 2;

/**
 * The draft's units, found anew only around what changed since a recent text: scanning every line of a 1 MB draft for
 * its chunks took 80 ms of each keystroke. The units before the change are kept up to the last whose following line is
 * unchanged; the text is scanned from there until a unit ends, past the change, where a unit of the old text ended
 * too: from such a place (a blank line outside any fence, comment or frontmatter) the scan goes on as it did before,
 * so the rest are the old units, moved. The result equals `unitsFrom(text, 0)` (a test holds the two side by side).
 */
function unitsOfText(text: string): Chunk[] {
  let best: { text: string; units: Chunk[] } | undefined;
  let [prefix, suffix] = [0, 0];
  for (const known of recentUnits) {
    if (known.text === text) {
      best = known;
      break;
    }
    const [p, s] = commonEnds(known.text, text);
    if (p + s > prefix + suffix) [best, prefix, suffix] = [known, p, s];
    // Most recent first: the text a keystroke changed is mostly the first, and then the others need no comparing.
    if (prefix + suffix >= text.length - COMPARED_AT_ONCE) break;
  }
  let units: Chunk[];
  if (best?.text === text) units = best.units;
  else if (best && prefix + suffix > text.length / 2) units = unitsAround(best, text, prefix, suffix);
  else units = [...unitsFrom(text, 0)];
  const at = recentUnits.findIndex((r) => r.text === text);
  if (at >= 0) recentUnits.splice(at, 1);
  recentUnits.unshift({ text, units });
  recentUnits.length = Math.min(recentUnits.length, RECENT_TEXTS);
  return units;
}

/** Where the draft's units lie, and which are plain prose or cut pieces: for the tests. */
export function draftUnits(text: string): Array<Span & { plain: boolean; cut?: boolean }> {
  return unitsOfText(text).map(({ start, end, plain, cut }) => ({ start, end, plain, ...(cut ? { cut } : {}) }));
}

/** Compared a block at a time (natively) before a character at a time: one edit compares megabytes. */
const COMPARED_AT_ONCE = 4096;

/** The lengths of the longest common start and end of two texts (not overlapping in the shorter one). */
function commonEnds(a: string, b: string): [number, number] {
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix + COMPARED_AT_ONCE <= shorter && a.slice(prefix, prefix + COMPARED_AT_ONCE) === b.slice(prefix, prefix + COMPARED_AT_ONCE)) prefix += COMPARED_AT_ONCE;
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const most = shorter - prefix;
  while (suffix + COMPARED_AT_ONCE <= most && a.slice(a.length - suffix - COMPARED_AT_ONCE, a.length - suffix) === b.slice(b.length - suffix - COMPARED_AT_ONCE, b.length - suffix)) suffix += COMPARED_AT_ONCE;
  while (suffix < most && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return [prefix, suffix];
}

function unitsAround(old: { text: string; units: Chunk[] }, text: string, prefix: number, suffix: number): Chunk[] {
  const units: Chunk[] = [];
  for (const unit of old.units) {
    // The line after the unit decides where the unit ends: it must lie before the change too.
    const lineEnd = old.text.indexOf('\n', unit.end);
    if (lineEnd < 0 || lineEnd >= prefix) break;
    units.push(unit);
  }
  // A cut piece ends inside a chunk, where the scan cannot resume. A unit before a cut piece or a plain chunk ended
  // because that chunk was too large or too deep, which a change anywhere in it may undo ("\n" typed at a cut makes
  // a blank line, and the chunk before it fits).
  const endedByTheNext = (k: number) => old.units[k] !== undefined && (old.units[k].cut === true || old.units[k].plain);
  while (units.length && (units[units.length - 1].cut || endedByTheNext(units.length))) units.pop();
  const delta = text.length - old.text.length;
  const changedEnd = text.length - suffix;
  // Old units that start where the scan resumes: each after a unit that is not a cut piece, at or after the change.
  const resumable = new Map<number, number>();
  old.units.forEach((unit, k) => {
    if (k > 0 && !old.units[k - 1].cut && unit.start >= old.text.length - suffix) resumable.set(unit.start, k);
  });
  for (const unit of unitsFrom(text, units.length ? units[units.length - 1].end : 0)) {
    units.push(unit);
    const k = unit.end >= changedEnd && !unit.cut ? resumable.get(unit.end - delta) : undefined;
    if (k === undefined) continue;
    for (let i = k; i < old.units.length; i++) units.push({ ...old.units[i], start: old.units[i].start + delta, end: old.units[i].end + delta });
    break;
  }
  return units;
}

/** A cheap hash of a chunk's first characters. */
function hashOf(text: string, chunk: Span): number {
  let hash = 2166136261;
  for (let i = chunk.start; i < Math.min(chunk.end, chunk.start + 64); i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/** The chunks of `chunksFrom`, none larger than MAX_CHUNK_CHARS, each marked whether the parser can read it in linear time. */
function* boundedChunksFrom(text: string, from: number): Generator<Chunk> {
  for (const chunk of chunksFrom(text, from)) {
    const pieces = chunk.end - chunk.start > MAX_CHUNK_CHARS ? cutLargeChunk(text, chunk) : [chunk];
    for (const piece of pieces) {
      const tooLarge = piece.end - piece.start > MAX_CHUNK_CHARS;
      const plain = tooLarge || nestingDepth(text.slice(piece.start, piece.end)) > MAX_NESTING;
      yield { ...piece, plain, ...(pieces.length > 1 ? { cut: true } : {}) };
    }
  }
}

/** Cuts at blank lines (whatever Markdown would carry across them), else at line ends, into pieces that fit. */
function cutLargeChunk(text: string, chunk: Span): Span[] {
  const pieces: Span[] = [];
  const blankLine = /[ \t]*\r?\n/y;
  let start = chunk.start;
  let lastLineEnd = -1;
  let lastBlankEnd = -1;
  for (let at = text.indexOf('\n', chunk.start); ; at = text.indexOf('\n', at + 1)) {
    const next = at < 0 || at + 1 >= chunk.end ? chunk.end : at + 1;
    for (;;) {
      if (next - start <= MAX_CHUNK_CHARS) break;
      const cut = lastBlankEnd > start ? lastBlankEnd : lastLineEnd > start ? lastLineEnd : -1;
      if (cut < 0) break; // one line larger than a chunk: it becomes a piece of its own
      pieces.push({ start, end: cut });
      start = cut;
    }
    if (next >= chunk.end) break;
    lastLineEnd = next;
    blankLine.lastIndex = next;
    if (blankLine.test(text)) lastBlankEnd = next;
  }
  if (chunk.end > start) pieces.push({ start, end: chunk.end });
  return pieces;
}

/**
 * The chunks of the text from `from`, the start of the text or of a chunk (where no fence, comment or frontmatter is
 * open and the line before is blank).
 */
function* chunksFrom(text: string, from: number): Generator<Span> {
  // One pass over the lines without copying them.
  let start = from;
  let fence: string | undefined;
  let inComment = false;
  let inFrontmatter = from === 0 && /^(---|\+\+\+)\r?\n/.test(text);
  let previousBlank = from > 0;
  let none = true;
  const opens = new Occurrences(text, '<!--', from);
  const closes = new Occurrences(text, '-->', from);
  for (let lineStart = from; lineStart < text.length || (lineStart === 0 && text.length === 0); ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    const contentEnd = newline < 0 ? text.length : newline > lineStart && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    const blank = isBlank(text, lineStart, contentEnd);
    const first = text.charCodeAt(lineStart);
    if (previousBlank && !blank && !fence && !inComment && !inFrontmatter && first !== 32 && first !== 9 && lineStart > start) {
      yield { start, end: lineStart };
      none = false;
      start = lineStart;
    }
    if (inFrontmatter && lineStart > 0 && /^(---|\+\+\+|\.\.\.)\s*$/.test(text.slice(lineStart, contentEnd))) inFrontmatter = false;
    const marker = fenceMarker(text, lineStart, contentEnd);
    if (marker) {
      if (!fence) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length && text.slice(lineStart, contentEnd).trim() === marker) fence = undefined;
    }
    if (!fence) {
      const opened = opens.lastWithin(lineStart, contentEnd);
      const closed = closes.lastWithin(lineStart, contentEnd);
      if (opened > closed) inComment = true;
      else if (closed >= 0) inComment = false;
    }
    previousBlank = blank;
    if (lineEnd === lineStart) break;
    lineStart = lineEnd;
  }
  if (text.length > start || (none && from === 0)) yield { start, end: text.length };
}

/** Whether text[from, to) is only white space, as `trim()` sees it. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) continue;
    if (code < 128) return false;
    return text.slice(i, to).trim() === '';
  }
  return true;
}

/** A code fence's marker at the start of a line (up to three spaces in), or undefined. */
function fenceMarker(text: string, from: number, to: number): string | undefined {
  let i = from;
  while (i < to && i - from < 3 && text.charCodeAt(i) === 32) i++;
  const code = text.charCodeAt(i);
  if (code !== 96 && code !== 126) return undefined; // ` or ~
  return /^ {0,3}(`{3,}|~{3,})/.exec(text.slice(from, to))?.[1];
}

/** The occurrences of a needle, found once each however many lines ask: lines are asked in order. */
class Occurrences {
  private next: number;
  constructor(private readonly text: string, private readonly needle: string, from: number) {
    this.next = text.indexOf(needle, from);
  }

  /** The last occurrence that lies wholly in [from, to), or -1 (as `lastIndexOf` on that line would answer, less `from`). */
  lastWithin(from: number, to: number): number {
    while (this.next >= 0 && this.next < from) this.next = this.text.indexOf(this.needle, this.next + 1);
    let last = -1;
    while (this.next >= 0 && this.next + this.needle.length <= to) {
      last = this.next - from;
      this.next = this.text.indexOf(this.needle, this.next + 1);
    }
    return last;
  }
}
