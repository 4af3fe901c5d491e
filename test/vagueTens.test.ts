import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, extractFigures, runRules, type Language, type SourceIndex } from '../server/src/core';
import { bundledIndex, extraSource, read, withSources } from './support/fixtures';

const magnitudes = (text: string, language: Language) => extractFigures(text, { language, isSource: true }).map((f) => [f.text, f.orderOfMagnitude === true]);

/** The findings on a figure of the draft, with their messages. */
function on(text: string, figure: string, index: SourceIndex) {
  return runRules(analyzeDraft(text, index), index).filter((f) => text.slice(f.start, f.end) === figure).map((f) => ({ code: f.code, message: f.message }));
}

describe('tens of a scale counted vaguely are no value', () => {
  test('in a source, „ein paar zehn Millionen Dollar“ and "a few tens of millions" are an order of magnitude; "zehn Millionen Dollar" is a value', () => {
    assert.deepEqual(magnitudes('Das Training habe „ein paar zehn Millionen Dollar“ gekostet.', 'de'), [['zehn Millionen Dollar', true]]);
    assert.deepEqual(magnitudes('Der Bau kostete einige hundert Millionen Euro.', 'de'), [['hundert Millionen Euro', true]]);
    assert.deepEqual(magnitudes('Das Training kostete zehn Millionen Dollar.', 'de'), [['zehn Millionen Dollar', false]]);
    assert.deepEqual(magnitudes('Training cost a few tens of millions of dollars, $10 million at least.', 'en'), [['$10 million', false]]);
  });

  // An article of another day: Claude 3.5 Sonnet's training cost „ein paar zehn Millionen Dollar“ (Dario Amodei). Read as
  // exactly ten million it contradicted R1's $5.6 million in a paragraph whose sentence before names OpenAI's o1.
  const costs = extraSource('2025-02-20_ki-trainingskosten-schaetzungen.txt', read('test/eval/distractors/2025-02-20_ki-trainingskosten-schaetzungen.txt'));
  const english = (cost: string) => `What triggered it was R1, a reasoning model from the Chinese startup DeepSeek, released on Jan. 20. It
scored 92% on the HumanEval coding benchmark, close to OpenAI's o1. Its training
reportedly cost ${cost}. Investors wondered whether the world will need quite so many chips.`;
  const german = (cost: string) => `Auslöser war R1, ein Modell des chinesischen Start-ups DeepSeek. Es erreichte 92 Prozent bei HumanEval, fast so viel wie OpenAIs o1. Sein Training
kostete angeblich ${cost}.`;

  test('a draft\'s vague tens still catch a wrong order of magnitude: R1 cost 5,6 Millionen Dollar', () => {
    const expected = (figure: string) => [{ code: 'figure-mismatch', message: `${figure} contradicts the source, which says 5,6 Millionen Dollar.` }];
    assert.deepEqual(on('Das Training von DeepSeek R1 kostete ein paar zehn Millionen Dollar.', 'zehn Millionen Dollar', withSources(costs)), expected('zehn Millionen Dollar'));
    assert.deepEqual(on('- Training **DeepSeek R1** cost ten million dollars.', 'ten million dollars', withSources(costs)), expected('ten million dollars'));
  });

  test('a draft that says what the article says of Claude 3.5 Sonnet is borne out, not called wrong', () => {
    assert.deepEqual(on('Das Training von Claude 3.5 Sonnet habe ein paar zehn Millionen Dollar gekostet, schrieb Dario Amodei.', 'zehn Millionen Dollar', withSources(costs)), []);
  });

  test('English: R1\'s "$5.6 million" stays clean with the article added, a wrong "$6.5 million" stays caught', () => {
    for (const index of [bundledIndex(), withSources(costs)]) {
      assert.deepEqual(on(english('$5.6 million'), '$5.6 million', index), []);
      assert.deepEqual(on('- Training DeepSeek R1 cost **$6.5 million**. Claude 3.5 Sonnet came out earlier.', '$6.5 million', index), [{ code: 'figure-mismatch', message: '$6.5 million contradicts the source, which says 5,6 Millionen Dollar.' }]);
    }
  });

  test('German: „5,6 Millionen Dollar“ stays clean with the article added, „6,5 Millionen Dollar“ stays caught', () => {
    for (const index of [bundledIndex(), withSources(costs)]) {
      assert.deepEqual(on(german('5,6 Millionen Dollar'), '5,6 Millionen Dollar', index), []);
      assert.deepEqual(on('> Das Training von DeepSeek R1 kostete 6,5 Millionen Dollar. Claude 3.5 Sonnet erschien früher.', '6,5 Millionen Dollar', index), [{ code: 'figure-mismatch', message: '6,5 Millionen Dollar contradicts the source, which says 5,6 Millionen Dollar.' }]);
    }
  });
});
