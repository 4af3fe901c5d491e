import type { SourceDigest } from '../../core/sources';
import { asBlockStretch, stretchOf } from '../../core/sources/blockStretch';
import type { ProseBlock } from '../../core/text/prose';
import { fromRuns, toRuns } from '../../core/text/offsetRuns';
import type { Sentence } from '../../core/types';

/**
 * A digest as stored on disk, about half its size in memory: a block's offsets as runs (most characters follow
 * each other in the file), a sentence as the stretch of its block it is (its text and offsets are that block's).
 * Smaller files load faster, and loading is what a warm start does.
 */
interface StoredBlock extends Omit<ProseBlock, 'offsets'> {
  runs: Int32Array;
}
interface StoredSentence extends Omit<Sentence, 'text' | 'offsets'> {
  from: number;
  to: number;
}

export function compactDigest(digest: SourceDigest): unknown {
  const blocks = digest.source.blocks;
  return {
    ...digest,
    source: { ...digest.source, blocks: blocks.map(storedBlock) },
    // A sentence's facts repeat its text: restored from the sentence when loaded.
    sentences: digest.sentences.map((s) => ({ ...s, sentence: compactSentence(s.sentence, blocks[s.block]), ...(s.facts ? { facts: { ...s.facts, text: undefined } } : {}) })),
  };
}

export function expandDigest(stored: unknown): SourceDigest {
  const digest = stored as SourceDigest & { source: { blocks: Array<ProseBlock | StoredBlock> }; sentences: Array<{ sentence: Sentence | StoredSentence }> };
  const blocks = digest.source.blocks.map((b): ProseBlock => {
    if (!('runs' in b)) return b;
    const { runs, ...rest } = b as StoredBlock;
    return withOffsetsFrom(rest, runs);
  });
  digest.source.blocks = blocks;
  for (const s of digest.sentences) {
    const sentence = s.sentence as Sentence | StoredSentence;
    if ('from' in sentence) {
      const { from, to, ...rest } = sentence;
      const block = blocks[(s as { block: number }).block];
      s.sentence = asBlockStretch({ ...rest, text: block.text.slice(from, to), offsets: [] }, block, from);
    }
    if (s.facts && s.facts.text === undefined) s.facts.text = s.sentence.text;
  }
  return digest;
}

/**
 * A digest held until it is merged, its blocks' offsets kept as runs (expanded again where asked for): the offsets are a
 * number per character, most of a digest's memory, and a merge asks only for those of blocks with a quotation.
 */
export function holdDigest(digest: SourceDigest): SourceDigest {
  for (const block of digest.source.blocks) {
    // In place: the digest's sentences draw their offsets from these very objects.
    if (runsOf.has(block) || Object.getOwnPropertyDescriptor(block, 'offsets')?.get) continue;
    const runs = Int32Array.from(toRuns(block.offsets));
    delete (block as Partial<ProseBlock>).offsets;
    withOffsetsFrom(block, runs);
  }
  return digest;
}

/** Each loaded block's runs, while its offsets have not been asked for. */
const runsOf = new WeakMap<ProseBlock, Int32Array>();

/**
 * A loaded block whose offsets (a number per character: the largest part of a corpus in memory) are expanded from its
 * runs only when first asked for: a warm start asks for none of them, a hover on a quotation for a few.
 */
function withOffsetsFrom(rest: Omit<StoredBlock, 'runs'> | ProseBlock, runs: Int32Array): ProseBlock {
  const block = rest as ProseBlock;
  Object.defineProperty(block, 'offsets', {
    enumerable: true,
    configurable: true,
    get() {
      const offsets = fromRuns(runs);
      Object.defineProperty(block, 'offsets', { value: offsets, enumerable: true, writable: true, configurable: true });
      runsOf.delete(block);
      return offsets;
    },
  });
  runsOf.set(block, runs);
  return block;
}

/** A block as stored: its offsets as runs, taken as loaded where they were never expanded. */
function storedBlock(block: ProseBlock): StoredBlock {
  // Every field but the offsets, read without asking for them.
  const rest = Object.fromEntries(Object.keys(block).filter((key) => key !== 'offsets').map((key) => [key, block[key as keyof ProseBlock]]));
  return { ...(rest as Omit<ProseBlock, 'offsets'>), runs: runsOf.get(block) ?? Int32Array.from(toRuns(block.offsets)) };
}

/** The sentence as a stretch of its block, where it is one exactly; else kept whole. */
function compactSentence(sentence: Sentence, block: ProseBlock): Sentence | StoredSentence {
  const stretch = stretchOf(sentence) ?? stretchOf(asBlockStretch(sentence, block));
  if (!stretch) return sentence;
  return { start: sentence.start, end: sentence.end, ...(sentence.context !== undefined ? { context: sentence.context } : {}), ...(sentence.heading !== undefined ? { heading: sentence.heading } : {}), ...stretch };
}

