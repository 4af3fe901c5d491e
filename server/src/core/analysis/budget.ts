import { compactBlock, sliceProse, type ProseBlock } from '../text/prose';
import type { Sentence } from '../types';

/**
 * What a check may cost. A draft of any size or shape gets an answer: a paragraph or sentence longer than these
 * limits is read in pieces (each still checked, with exact ranges), and a check that runs out of time stops
 * where it is and says so.
 */
export interface AnalysisBudget {
  /** True once the check should stop: its time is up, or a newer version of the draft made it pointless. */
  expired(): boolean;
  /** Parsing may use only part of the time, so that what it read is also checked. */
  parsing?: AnalysisBudget;
  /**
   * Reading blocks (their sentences, what they state, their quotations) may go on only so long: what follows it (the
   * facts read in context, the rules, the diagnostics) is not stopped, and takes about as long again.
   */
  blocks?: AnalysisBudget;
  /**
   * Called between pieces of the work that is not stopped (the facts read in context, the rules, the diagnostics):
   * the host may do other short work there, such as answering a hover on another draft, which would otherwise wait
   * for the whole check (the core knows nothing of it).
   */
  meanwhile?: () => void;
}

/** Paragraphs longer than this are read in pieces: quotation marks and sentence ends are paired within a piece. */
export const MAX_BLOCK_CHARS = 5_000;
/** Sentences longer than this (a data dump without full stops) are read in pieces: figures are compared within one. */
export const MAX_SENTENCE_CHARS = 1_000;

export const UNLIMITED: AnalysisBudget = { expired: () => false };

/**
 * Shares of a check's time. Parsing may take the first part; reading blocks goes on to the second; the rest is left
 * for what follows it, which is not stopped: a cold check of 5 MB took 1.45 times as long after reading blocks (facts
 * in context 0.67, rules 0.5, diagnostics 0.28) as reading them, a 1 MB draft's in-process 2.2 times.
 */
const PARSING_SHARE = 0.4;
const BLOCKS_SHARE = 0.6;

/**
 * A budget that expires `milliseconds` after `since` (now, unless given: when the worker took the check, so that its
 * start and reading the sources count, as the writer waits for them), or earlier when `cancelled` says so.
 */
export function deadlineBudget(milliseconds: number, cancelled: () => boolean = () => false, since = Date.now()): AnalysisBudget {
  const until = (share: number): AnalysisBudget => ({ expired: () => cancelled() || Date.now() >= since + milliseconds * share });
  return { ...until(1), parsing: until(PARSING_SHARE), blocks: until(BLOCKS_SHARE) };
}

const piecesOf = new WeakMap<ProseBlock, ProseBlock[]>();

/**
 * A block cut into pieces of at most MAX_BLOCK_CHARS, at a sentence end if there is one, else at a space. The same
 * block gives the same piece objects, so what was found in them is reused after an edit elsewhere.
 */
export function blockPieces(block: ProseBlock): ProseBlock[] {
  if (block.text.length <= MAX_BLOCK_CHARS) return [block];
  let pieces = piecesOf.get(block);
  if (!pieces) piecesOf.set(block, (pieces = cutBlock(block)));
  return pieces;
}

function cutBlock(block: ProseBlock): ProseBlock[] {
  return cutPoints(block.text, MAX_BLOCK_CHARS, [SENTENCE_END, CLAUSE_END, SPACE]).map(([from, to]) => {
    const piece = sliceProse(block, from, to);
    // Kept while the block is: as runs, like the block (text/prose.ts, CompactProseBlock).
    return compactBlock({ text: piece.text, offsets: piece.offsets, ...(block.context !== undefined ? { context: block.context } : {}), ...(block.heading ? { heading: true } : {}), ...(block.item ? { item: true } : {}), ...(block.cell ? { cell: block.cell } : {}) });
  });
}

/** A sentence cut into pieces of at most MAX_SENTENCE_CHARS, at a clause boundary if there is one, else at a space. */
export function sentencePieces(sentence: Sentence): Sentence[] {
  if (sentence.text.length <= MAX_SENTENCE_CHARS) return [sentence];
  return cutPoints(sentence.text, MAX_SENTENCE_CHARS, [CLAUSE_END, SPACE]).map(([from, to]) => sliceProse(sentence, from, to));
}

const SENTENCE_END = /[.!?…]["“”»«'’)\]]*\s/g;
const CLAUSE_END = /[,;:]\s/g;
/** Last resort; a space inside a figure ("5,6 Millionen") is a place a clause boundary would have spared. */
const SPACE = /\s/g;

/**
 * [from, to) ranges of at most `limit` characters covering `text`. Each ends after the last boundary of the first
 * kind in `boundaries` found in its second half, else of the next kind, else at the limit.
 */
function cutPoints(text: string, limit: number, boundaries: RegExp[]): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let from = 0;
  while (text.length - from > limit) {
    let to = from + limit;
    let best = -1;
    for (const boundary of boundaries) {
      boundary.lastIndex = from + Math.floor(limit / 2);
      for (let m = boundary.exec(text); m && m.index + m[0].length <= to; m = boundary.exec(text)) best = m.index + m[0].length;
      if (best > from) break;
    }
    if (best > from) to = best;
    else if (isLowSurrogate(text.charCodeAt(to))) to--; // never between the halves of an emoji
    let end = to;
    while (end > from && /\s/.test(text[end - 1])) end--;
    pieces.push([from, end]);
    from = to;
    while (from < text.length && /\s/.test(text[from])) from++;
  }
  if (from < text.length) pieces.push([from, text.length]);
  return pieces;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
