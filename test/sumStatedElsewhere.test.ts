import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, hoverAt, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const TRAINING = 'Das Training von DeepSeek R1 kostete nur 5,6 Millionen Dollar';
const SUPERCOMPUTERS = 'die jeweils 200 Millionen Yuan (ca. 26 Millionen Euro) und eine Milliarde Yuan (ca. 130 Millionen Euro) gekostet haben sollen';

/** Every finding, information ones too, as a writer sees them: code and words. */
function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
}

/** The hover's text on the first occurrence of `words`, with Markdown bold removed. */
function hover(text: string, words: string): string {
  return hoverAt(analyzeDraft(text, index), index, text.indexOf(words))!.markdown.replace(/\*\*/g, '');
}

// A sum that no source states of whom or what the draft's fact was read to be about (an owner guessed from a heading,
// a paragraph or the sentence before) is the source's that states it to the unit, of the same thing or in a sentence
// that says something alike: borne out, with that sentence.
describe('a sum a source states to the unit is borne out whatever owner or attribute it was guessed to have', () => {
  test('English: "The model behind the panic had a training bill of $5.6 million" under a heading about Nvidia', () => {
    const text = '# Chip stocks tumble\n\nNvidia had its worst day in years. The model behind the panic had a training bill of $5.6 million.';
    assert.deepEqual(findings(text), []);
    assert.ok(hover(text, '$5.6 million').includes(TRAINING));
  });
  test('German: „Auslöser: ein Training für 5,6 Millionen Dollar.“ after a sentence about the Nvidia share', () => {
    const text = '## Nvidia im freien Fall\n\nDie Nvidia-Aktie brach ein. Auslöser: ein Training für 5,6 Millionen Dollar.';
    assert.deepEqual(findings(text), []);
    assert.ok(hover(text, '5,6 Millionen Dollar').includes(TRAINING));
  });
  test('German: the supercomputers\' sums in yuan and in euros under a heading about High-Flyer', () => {
    const text = '## High-Flyer\n\nGegründet 2015 in Hangzhou. Seine Supercomputer kosteten eine Milliarde Yuan, rund 130 Millionen Euro.';
    assert.deepEqual(findings(text).filter((f) => f.code === 'unsourced-figure'), []);
    assert.ok(hover(text, '130 Millionen Euro').includes(SUPERCOMPUTERS));
  });
});

describe('a sum whose clause names someone else, or another sum, stays unsourced', () => {
  test('English: "Microsoft paid $5.6 million for the licence" is no source\'s', () => {
    assert.deepEqual(findings('Microsoft paid $5.6 million for the licence.'), [{ code: 'unsourced-figure', text: '$5.6 million' }]);
  });
  test('German: „Aleph Alpha sammelte 5,6 Millionen Dollar ein“ is no source\'s', () => {
    assert.deepEqual(findings('Aleph Alpha sammelte 5,6 Millionen Dollar ein.'), [{ code: 'unsourced-figure', text: '5,6 Millionen Dollar' }]);
  });
  test('English and German: a sum the paragraph guesses to be Nvidia\'s, whose sentence says nothing alike, stays unsourced', () => {
    assert.deepEqual(findings('# Chip stocks tumble\n\nNvidia had its worst day in years. Anthropic raised $5.6 million from angels.'), [
      { code: 'unsourced-figure', text: '$5.6 million' },
    ]);
    assert.deepEqual(findings('## Nvidia im freien Fall\n\nDie Nvidia-Aktie brach ein. Mistral sammelte bei Business Angels 5,6 Millionen Dollar ein.'), [
      { code: 'unsourced-figure', text: '5,6 Millionen Dollar' },
    ]);
  });
  test('English and German: a sum the sources do not state under the same heading stays unsourced', () => {
    assert.deepEqual(findings('# Chip stocks tumble\n\nNvidia had its worst day in years. The model behind the panic had a training bill of $7.3 million.'), [
      { code: 'unsourced-figure', text: '$7.3 million' },
    ]);
    assert.deepEqual(findings('## Nvidia im freien Fall\n\nDie Nvidia-Aktie brach ein. Auslöser: ein Training für 7,3 Millionen Dollar.'), [
      { code: 'unsourced-figure', text: '7,3 Millionen Dollar' },
    ]);
  });
});

describe('an owner guessed from a heading whom the sources give a sum of that kind keeps it: another sum under it is not borne out (review51b)', () => {
  test('German: R1\'s 5,6 Millionen under „## GPT-4o“, GPT-4o\'s 78 Millionen under „## DeepSeek R1“', () => {
    assert.deepEqual(findings('---\nlang: de\n---\n\n## GPT-4o\n\nDas Training verschlang 5,6 Millionen Dollar.'), [{ code: 'unsourced-figure', text: '5,6 Millionen Dollar' }]);
    assert.deepEqual(findings('---\nlang: de\n---\n\n## DeepSeek R1\n\n- Training: 78 Millionen Dollar'), [{ code: 'unsourced-figure', text: '78 Millionen Dollar' }]);
  });
  test('English: "Its training bill: $5.6 million" after "GPT-4o was expensive" under "## OpenAI"; under "## DeepSeek R1" it is borne out', () => {
    assert.deepEqual(findings('## OpenAI\n\nGPT-4o was expensive. Its training bill: $5.6 million.'), [{ code: 'unsourced-figure', text: '$5.6 million' }]);
    assert.deepEqual(findings('## DeepSeek R1\n\nIts training bill: $5.6 million.'), []);
  });
});
