import type { ProseBlock } from '../text/prose';
import type { Sentence } from '../types';

/** Where a source sentence stands in its block, for the sentences whose offsets are drawn from it on demand. */
const stretches = new WeakMap<Sentence, { from: number; to: number }>();

/**
 * The sentence as a stretch of its block: the same text and span, its offsets drawn from the block's when first asked
 * for (a hover) instead of held as a copy. Offsets are one number per character, the largest part of a corpus held in
 * memory; a source sentence's are read only to place a quotation in a hover. The sentence as it is where it is not
 * exactly a stretch of the block.
 */
export function asBlockStretch(sentence: Sentence, block: ProseBlock, from = findStretch(sentence, block)): Sentence {
  if (from < 0) return sentence;
  const to = from + sentence.text.length;
  const stretch: Sentence = { text: sentence.text, start: sentence.start, end: sentence.end, offsets: [] };
  if (sentence.context !== undefined) stretch.context = sentence.context;
  if (sentence.heading !== undefined) stretch.heading = sentence.heading;
  Object.defineProperty(stretch, 'offsets', {
    enumerable: true,
    configurable: true,
    get() {
      const offsets = block.offsets.slice(from, to + 1);
      Object.defineProperty(stretch, 'offsets', { value: offsets, enumerable: true, writable: true, configurable: true });
      return offsets;
    },
  });
  stretches.set(stretch, { from, to });
  return stretch;
}

/** A sentence's stretch of its block, where it was made by `asBlockStretch`. */
export function stretchOf(sentence: Sentence): { from: number; to: number } | undefined {
  return stretches.get(sentence);
}

/** Where the sentence starts in its block, or -1 where it is not exactly a stretch of it (same text, same offsets). */
function findStretch(sentence: Sentence, block: ProseBlock): number {
  const offsets = block.offsets;
  const from = offsets.indexOf(sentence.start, atOrAfter(offsets, sentence.start));
  if (from < 0 || !block.text.startsWith(sentence.text, from)) return -1;
  for (let i = 0; i < sentence.offsets.length; i++) if (offsets[from + i] !== sentence.offsets[i]) return -1;
  return from;
}

/** Where to start looking for `offset` in a block's offsets: they ascend in prose, so a binary search gets close. */
function atOrAfter(offsets: number[], offset: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid] < offset) low = mid + 1;
    else high = mid;
  }
  // Offsets that do not ascend (never seen in prose) make the search miss: then look from the start.
  return offsets[low] === offset ? low : 0;
}
