import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, parseMarkdown, splitSentences } from '../server/src/core';
import { compactBlock, compactSentence, documentSpan, firstOffset, samePlaces, shiftBlock, shiftSentence } from '../server/src/core/text/prose';
import { bundledIndex } from './support/fixtures';

/**
 * The parse cache and a draft's analysis keep offsets as runs, not a number per character: every character must still
 * map to where it stands in the draft, also where Markdown puts characters between (emphasis, links, entities,
 * escapes, table pipes), after an emoji (UTF-16) and across CRLF line breaks.
 */
const MARKDOWN = [
  '# 📉 Nvidia fiel um **7,82 %** am 27.&nbsp;Januar',
  '',
  'Training [DeepSeek R1](https://x.test) cost \\$5.6 million, „sagte“ *Liang*.\r\nIt rose 3 % &amp; more.',
  '',
  '| Firma | Verlust |',
  '|---|---|',
  '| Broadcom | 6,58 % |',
  '',
].join('\n');

describe('offsets kept as runs', () => {
  const blocks = parseMarkdown(MARKDOWN).blocks;

  test('a compact block gives the offsets of the block it was made from, moved or not', () => {
    for (const block of blocks) {
      const compact = compactBlock(block);
      assert.deepEqual(compact.offsets, block.offsets);
      assert.equal(firstOffset(compact), block.offsets[0]);
      assert.deepEqual(shiftBlock(compact, 1000), shiftBlock(block, 1000));
      // A character an entity stands for is where its entity begins.
      for (let i = 0; i < block.text.length; i++) assert.ok([block.text[i], '&'].includes(MARKDOWN[compact.offsets[i]]), `${block.text[i]} at ${compact.offsets[i]}`);
    }
  });

  test('a compact sentence spans every stretch of its characters as the sentence it was made from', () => {
    for (const sentence of blocks.flatMap((b) => splitSentences(b))) {
      const compact = compactSentence(sentence);
      assert.deepEqual(compact.offsets, sentence.offsets);
      for (let from = 0; from <= sentence.text.length; from++) {
        for (let to = from; to <= sentence.text.length; to++) assert.deepEqual(documentSpan(compact, from, to), documentSpan(sentence, from, to));
      }
      const moved = shiftSentence(compact, 7);
      assert.deepEqual([moved.start, moved.end, moved.offsets], [sentence.start + 7, sentence.end + 7, sentence.offsets.map((o) => o + 7)]);
      assert.ok(samePlaces(compact, sentence.start, moved, sentence.start + 7));
      assert.ok(!samePlaces(compact, sentence.start, moved, sentence.start + 6));
    }
  });

  test('sentences kept as one run (its start alone) and as several compare as their offsets do', () => {
    const sentences = blocks.flatMap((b) => splitSentences(b));
    for (const a of sentences) {
      for (const b of sentences) {
        for (const shift of [0, 5]) {
          const moved = shiftSentence(compactSentence(b), shift);
          assert.equal(samePlaces(compactSentence(a), a.start, moved, b.start + shift), samePlaces(a, a.start, shiftSentence(b, shift), b.start + shift), `${a.text} / ${b.text}`);
        }
      }
    }
  });

  test("a figure's range after an emoji, emphasis and an entity, and after an edit before it that moved it", () => {
    const index = bundledIndex();
    const ranges = (text: string) => analyzeDraft(text, index).figures.map((f) => text.slice(f.span.start, f.span.end));
    const expected = ['7,82 %', '27.&nbsp;Januar', '$5.6 million', '3 %', '6,58 %'];
    assert.deepEqual(ranges(MARKDOWN), expected);
    // Checked again with a paragraph before it: the blocks after it are moved, not read again.
    assert.deepEqual(ranges(`Intro 📈 zuerst.\r\n\r\n${MARKDOWN}`), expected);
  });
});
