import type { Sentence } from '../types';
import { fromRuns, toRuns } from './offsetRuns';

/** The one character prose holds for an inline that is no prose (code, HTML, an image, a footnote reference). */
export const OPAQUE = '\uFFFC';

/** A run of prose (paragraph, heading, table cell, source line) with the document offset of each character. */
export interface ProseBlock {
  text: string;
  offsets: number[];
  /** Words that belong to the block's meaning without being part of it: a table cell's row and column header. */
  context?: string;
  /** A heading states no claim. */
  heading?: boolean;
  /** A list item's paragraph or a table cell: read under the lead line before its list or table. */
  item?: boolean;
  /**
   * A table cell's column, and whether it is in the header row: a header's date dates its column's cells. `reportDate`:
   * its column's header says its dates are when the row's report appeared („Erschienen“, "Published").
   */
  cell?: TableCell;
  /** A table cell's neighbours in its row, with their own offsets: who a quotation in the cell is by. */
  rowCells?: ProseBlock[];
}

/** Appends `offsets[from..to)` to `into` one by one: spread into `push`, a long block's offsets overflow the call stack. */
export function appendOffsets(into: number[], offsets: readonly number[], from: number, to = offsets.length): void {
  for (let i = from; i < to; i++) into.push(offsets[i]);
}

export function proseFromSlice(documentText: string, start: number, end: number): ProseBlock {
  const offsets = new Array<number>(end - start + 1);
  for (let i = 0; i <= end - start; i++) offsets[i] = start + i;
  return { text: documentText.slice(start, end), offsets };
}

/** A part of a block as a block of its own, keeping the block's marks (context, heading, item). */
export function subBlock(block: ProseBlock, from: number, to: number): ProseBlock {
  const offsets: number[] = [];
  for (let i = from; i <= to; i++) offsets.push(block.offsets[i]);
  const { text: _text, offsets: _offsets, ...marks } = block;
  return { ...marks, text: block.text.slice(from, to), offsets };
}

export function sliceProse(block: ProseBlock, from: number, to: number): Sentence {
  // Read once: a cached block's offsets are expanded at each ask (CompactProseBlock).
  const offsets = block.offsets;
  return {
    context: block.context,
    heading: block.heading,
    text: block.text.slice(from, to),
    offsets: offsets.slice(from, to + 1),
    start: offsets[from],
    end: to > from ? offsets[to - 1] + 1 : offsets[from],
  };
}

/** Document span of characters [from, to) of a sentence. */
export function documentSpan(sentence: Sentence, from: number, to: number): { start: number; end: number } {
  if (sentence instanceof CompactSentence) {
    const start = sentence.offsetAt(from);
    return { start, end: to > from ? sentence.offsetAt(to - 1) + 1 : start };
  }
  return { start: sentence.offsets[from], end: to > from ? sentence.offsets[to - 1] + 1 : sentence.offsets[from] };
}

/**
 * A draft's sentence as its analysis keeps it: its offsets as runs, like a cached block's (CompactProseBlock), read
 * character by character only where a figure or a name stands. A number per character held 8 MB of a 1 MB draft's
 * analysis. Its own keys are those of the sentence it was made from, but for `offsets`, which its class answers.
 */
export class CompactSentence implements Sentence {
  declare context?: string;
  declare heading?: boolean;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly #runs: Runs;

  constructor(sentence: Sentence, runs: Runs = packedRuns(toRuns(sentence.offsets), sentence.text), delta = 0) {
    if ('context' in sentence) this.context = sentence.context;
    if ('heading' in sentence) this.heading = sentence.heading;
    this.text = sentence.text;
    this.start = sentence.start + delta;
    this.end = sentence.end + delta;
    this.#runs = runs;
  }

  /** A new array at each ask. */
  get offsets(): number[] {
    return offsetsOfRuns(this.#runs, this.text, 0);
  }

  /** The document offset of character `i` (of `text.length`: the end), from the runs. */
  offsetAt(i: number): number {
    const runs = this.#runs;
    if (typeof runs === 'number') return i <= this.text.length ? runs + i : NaN;
    for (let k = 0; k < runs.length; k += 2) {
      if (i < runs[k + 1]) return runs[k] + i;
      i -= runs[k + 1];
    }
    return NaN;
  }

  /** The same sentence `delta` characters further on. */
  shifted(delta: number): CompactSentence {
    const runs = this.#runs;
    if (typeof runs === 'number') return new CompactSentence(this, runs + delta, delta);
    const moved = runs.slice();
    for (let k = 0; k < moved.length; k += 2) moved[k] += delta;
    return new CompactSentence(this, moved, delta);
  }

  /** Whether the two sentences' characters stand at the same places relative to `base` and `otherBase`. */
  samePlaces(base: number, other: CompactSentence, otherBase: number): boolean {
    const [packedA, packedB] = [this.#runs, other.#runs];
    // Both one run over their text: the same places where the texts are as long and begin at the same place.
    if (typeof packedA === 'number' && typeof packedB === 'number') return this.text.length === other.text.length && packedA - base === packedB - otherBase;
    const [a, b] = [unpackedRuns(packedA, this.text), unpackedRuns(packedB, other.text)];
    if (a.length !== b.length) return false;
    for (let k = 0; k < a.length; k += 2) if (a[k] - base !== b[k] - otherBase || a[k + 1] !== b[k + 1]) return false;
    return true;
  }
}

/**
 * Offsets as runs (offsetRuns.ts), or where they are one run over the whole text and its end (`text.length + 1`
 * offsets: most sentences and blocks, prose copied straight from the file), that run's start alone: an array of two
 * numbers cost 64 bytes beside each of a 1 MB draft's 43,000 sentences and cached blocks, 2.6 MB of its analysis.
 */
type Runs = number[] | number;

function packedRuns(runs: number[], text: string): Runs {
  return runs.length === 2 && runs[1] === text.length + 1 ? runs[0] : runs;
}

function unpackedRuns(runs: Runs, text: string): number[] {
  return typeof runs === 'number' ? [runs, text.length + 1] : runs;
}

function offsetsOfRuns(runs: Runs, text: string, delta: number): number[] {
  return fromRuns(unpackedRuns(runs, text), delta);
}

export function compactSentence(sentence: Sentence): Sentence {
  return sentence instanceof CompactSentence ? sentence : new CompactSentence(sentence);
}

/** The same sentence `delta` characters further on. */
export function shiftSentence(sentence: Sentence, delta: number): Sentence {
  if (sentence instanceof CompactSentence) return sentence.shifted(delta);
  return { ...sentence, start: sentence.start + delta, end: sentence.end + delta, offsets: sentence.offsets.map((o) => o + delta) };
}

/** Whether the characters of two sentences stand at the same places relative to `aBase` and `bBase`. */
export function samePlaces(a: Sentence, aBase: number, b: Sentence, bBase: number): boolean {
  if (a instanceof CompactSentence && b instanceof CompactSentence) return a.samePlaces(aBase, b, bBase);
  const [x, y] = [a.offsets, b.offsets];
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] - aBase !== y[i] - bBase) return false;
  return true;
}

/** Where a table cell stands, and what its column's header says of its dates. */
export interface TableCell {
  column: number;
  header: boolean;
  reportDate?: true;
}

/** The same block `delta` characters further on in the document, with its table row. */
export function shiftBlock(block: ProseBlock, delta: number): ProseBlock {
  return { ...block, offsets: shiftedOffsets(block, delta), ...(block.rowCells ? { rowCells: block.rowCells.map((c) => shiftBlock(c, delta)) } : {}) };
}

/**
 * A parsed block as the parse cache keeps it: its offsets as runs ([offset, length, offset, length, …]: in prose most
 * characters follow each other), expanded only where asked for. A number per character held 8 MB of a 1 MB draft's
 * cached parse, beside the 8 MB its sentences hold; as runs a block holds a few numbers. Its own keys are those of the
 * block it was made from, but for `offsets`, which its class answers.
 */
export class CompactProseBlock {
  declare context?: string;
  declare heading?: boolean;
  declare item?: boolean;
  declare cell?: TableCell;
  declare rowCells?: ProseBlock[];
  readonly text: string;
  /** Numbers, not an Int32Array: a typed array costs two objects and a block outside the heap, more than most blocks' runs. */
  readonly #runs: Runs;

  constructor(block: ProseBlock) {
    this.text = block.text;
    if ('context' in block) this.context = block.context;
    if ('heading' in block) this.heading = block.heading;
    if ('item' in block) this.item = block.item;
    if ('cell' in block) this.cell = block.cell;
    if (block.rowCells) this.rowCells = block.rowCells.map(compactBlock);
    this.#runs = packedRuns(toRuns(block.offsets), block.text);
  }

  /** A new array at each ask: read it once where it is read character by character. */
  get offsets(): number[] {
    return offsetsOfRuns(this.#runs, this.text, 0);
  }

  /** The document offset of its first character, without expanding the rest. */
  get first(): number | undefined {
    const runs = this.#runs;
    return typeof runs === 'number' ? runs : runs.length ? runs[0] : undefined;
  }

  /** Its offsets `delta` further on, made at once from the runs. */
  shifted(delta: number): number[] {
    return offsetsOfRuns(this.#runs, this.text, delta);
  }
}

export function compactBlock(block: ProseBlock): ProseBlock {
  return block instanceof CompactProseBlock ? block : new CompactProseBlock(block);
}

/** The offset of a block's first character (undefined for an empty block). */
export function firstOffset(block: ProseBlock): number | undefined {
  return block instanceof CompactProseBlock ? block.first : block.offsets[0];
}

/** A block's offsets moved by `delta`, without first expanding a compact block's runs. */
export function shiftedOffsets(block: ProseBlock, delta: number): number[] {
  return block instanceof CompactProseBlock ? block.shifted(delta) : block.offsets.map((o) => o + delta);
}

