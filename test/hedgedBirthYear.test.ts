import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
}

const EN = '---\nlang: en\n---\n\n';
const unsourced1985 = { code: 'unsourced-figure', text: '1985' };

// The source: „… Liang Wenfeng …, der 2015 gemeinsam mit zwei weiteren Ingenieuren den Hedgefonds High-Flyer gründete“.
describe('a birth year with a hedge after "born"/„geboren“ is a birth, not the founding its sentence names', () => {
  test('English: "Born around 1985", "born circa 1985" beside the founding are no founding year', () => {
    assert.deepEqual(findings(`${EN}Liang Wenfeng is DeepSeek's founder. Born around 1985, he set up the hedge fund High-Flyer.\n`), [unsourced1985]);
    assert.deepEqual(findings(`${EN}Liang, born circa 1985, set up **High-Flyer**\ntogether with two fellow engineers.\n`), [unsourced1985]);
  });

  test('German: „Geboren um 1985“, „geboren etwa im Jahr 1985“ beside the founding are no founding year', () => {
    assert.deepEqual(findings('Geboren um 1985, gründete Liang den Hedgefonds High-Flyer.\n'), [unsourced1985]);
    assert.deepEqual(findings('Liang, geboren etwa im Jahr 1985, gründete den Hedgefonds High-Flyer.\n'), [unsourced1985]);
  });

  test('the founding year the sentence names is still checked', () => {
    assert.deepEqual(findings(`${EN}Born around 1985, he set up the hedge fund High-Flyer in 2016.\n`), [unsourced1985, { code: 'date-mismatch', text: '2016' }]);
    assert.deepEqual(findings('Liang, geboren um 1985, gründete 2016 den Hedgefonds High-Flyer.\n'), [unsourced1985, { code: 'date-mismatch', text: '2016' }]);
  });
});
