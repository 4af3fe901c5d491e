import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

/** Each scale-mismatch as [underlined words, fix]. */
function scaleFixes(text: string) {
  return runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'scale-mismatch').map((f) => [text.slice(f.start, f.end), f.fix?.newText]);
}

const EN = '---\nlang: en\ndate: 2025-01-28\n---\n\n';
const DE = '---\ndate: 2025-01-28\n---\n\n';

// The sources: "Das Training von DeepSeek R1 kostete nur 5,6 Millionen Dollar", Fire-Flyer I "26 Millionen Euro". A
// writer who writes "$78mn" beside the wrong "$5.6bn" is answered "$5.6mn", in the passage's own abbreviation.
describe('a scale fix abbreviates as the figures beside it do ("$5.6bn" beside "$78mn" → "$5.6mn")', () => {
  test('English notes: "mn" where the block writes "mn", "m" where it writes "m" or no million at all', () => {
    assert.deepEqual(scaleFixes(`${EN}- Train cost R1 $5.6bn vs GPT-4o ~$78mn → c. 14x cheaper\n`), [['$5.6bn', '$5.6mn']]);
    assert.deepEqual(scaleFixes(`${EN}- Supercomputers: Fire-Flyer I ¥200mn (≈€26bn), Fire-Flyer II ¥1bn\n`), [['€26bn', '€26mn']]);
    assert.deepEqual(scaleFixes(`${EN}- Train cost R1 $5.6bn vs GPT-4o ~$78m → c. 14x cheaper\n`), [['$5.6bn', '$5.6m']]);
    assert.deepEqual(scaleFixes(`${EN}- Train cost R1 $5.6bn.\n`), [['$5.6bn', '$5.6m']]);
  });

  test('in a block quote and glued to a second sentence, the same; a wrong figure keeps its finding', () => {
    assert.deepEqual(scaleFixes(`${EN}> Train cost R1 $5.6bn vs ~$78mn for GPT-4o.\n`), [['$5.6bn', '$5.6mn']]);
    assert.deepEqual(scaleFixes(`${EN}Train cost R1 $5.6bn vs GPT-4o ~$78mn. Fire-Flyer I: €26bn.\n`), [['$5.6bn', '$5.6mn'], ['€26bn', '€26mn']]);
  });

  test('a word, a capital or another language\'s shortening is not answered with another style', () => {
    assert.deepEqual(scaleFixes(`${EN}Train cost R1 $5.6 billion vs GPT-4o ~$78mn.\n`), [['$5.6 billion', '$5.6 million']]);
    assert.deepEqual(scaleFixes(`${EN}Train cost R1 $5.6B vs GPT-4o ~$78mn.\n`), [['$5.6B', '$5.6M']]);
    assert.deepEqual(scaleFixes(`${EN}- Fire-Flyer I ¥200MLN (≈€26bn)\n`), [['€26bn', '€26m']]);
    assert.deepEqual(scaleFixes(`${DE}- Trainingskosten R1 5,6 Mrd. $ gegenüber 78 mn $ bei GPT-4o\n`), [['5,6 Mrd. $', '5,6 Mio. $']]);
  });

  test('German: „Mio“ without its full stop where the block writes it so', () => {
    assert.deepEqual(scaleFixes(`${DE}- Trainingskosten R1 5,6 Mrd. $ gegenüber 78 Mio $ bei GPT-4o\n`), [['5,6 Mrd. $', '5,6 Mio $']]);
    assert.deepEqual(scaleFixes(`${DE}- Trainingskosten R1 5,6 Mrd. $ gegenüber 78 Mio. $ bei GPT-4o\n`), [['5,6 Mrd. $', '5,6 Mio. $']]);
  });
});
