import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type SourceIndex } from '../server/src/core';
import { bundledIndex, read, extraSource, withSources } from './support/fixtures';


/** The findings on the multiple, with what they say the sources give. */
function onMultiple(text: string, multiple: string, index: SourceIndex) {
  return runRules(analyzeDraft(text, index), index).filter((f) => text.slice(f.start, f.end) === multiple).map((f) => ({ code: f.code, message: f.message }));
}

describe('a multiple of two sides\' values is computed from values of one day', () => {
  // Microsoft's fall of 3 September 2024 in another article is of the year the draft's sentence before names; Nvidia's
  // only fall in the sources is of 27 January 2025: the two make no ratio of anything.
  const german = extraSource('2024-09-04_nvidia-ausverkauf.txt', read('test/eval/distractors/2024-09-04_nvidia-ausverkauf.txt'));
  const english = extraSource('2024-09-04_chip-selloff.md', '---\ntitle: Chip stocks slump as AI doubts return\npublished: 2024-09-04\n---\n\nOn September 3, 2024, chip stocks came under pressure again. Broadcom lost 6.2 percent. Microsoft fell 1.8 percent, and the Nasdaq 100 dropped 3.1 percent.\n');

  test('English: "Nvidia\'s drop was roughly three times Microsoft\'s" after a sentence on 2024 is checked against both falls of 27 January', () => {
    const text = 'The Nasdaq 100 closed 3% lower. The index had gained 35% in 2024. Nvidia\'s drop was roughly three times Microsoft\'s.';
    const expected = [{ code: 'figure-mismatch', message: 'three times contradicts the source, which says 7,82 % ÷ 3,75 % ≈ 2.1.' }];
    assert.deepEqual(onMultiple(text, 'three times', bundledIndex()), expected);
    assert.deepEqual(onMultiple(text, 'three times', withSources(english)), expected);
  });

  test('German: „Nvidia verlor rund dreimal so viel wie Microsoft“ after a sentence on 2024 is checked against both falls of 27 January', () => {
    const text = 'Der Nasdaq 100 schloss 3 Prozent tiefer. 2024 hatte der Index noch 25 Prozent zugelegt. Nvidia verlor rund dreimal so viel wie Microsoft.';
    const expected = [{ code: 'figure-mismatch', message: 'dreimal contradicts the source, which says 7,82 % ÷ 3,75 % ≈ 2.1.' }];
    assert.deepEqual(onMultiple(text, 'dreimal', bundledIndex()), expected);
    assert.deepEqual(onMultiple(text, 'dreimal', withSources(german)), expected);
  });
});
