import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const changed = (text: string) =>
  runRules(analyzeDraft(text, index), index)
    .filter((f) => f.code === 'quote-mismatch')
    .map((f) => [text.slice(f.start, f.end), f.fix?.newText]);

// The sources: „Wir glauben fest daran, dass 99 Prozent des Erfolgs aus harter Arbeit und nur ein Prozent aus Talent
// resultieren“ and „Die Beschränkungen zwangen uns zu mehr Kreativität – das Ergebnis ist ein Modell, das trotz geringerer
// Ressourcen konkurrenzfähig ist“.
describe('a translated quotation with one word changed: a word of the same concept is no translation, a predicate German puts last', () => {
  test('English: "luck" for „Talent“ (both words of success, as "work" is), "superior" for „konkurrenzfähig“ (German\'s predicate last)', () => {
    assert.deepEqual(changed('The company writes: "We firmly believe that 99 percent of success comes from hard work and only one percent from luck."'), [['luck', 'talent']]);
    assert.deepEqual(changed('An engineer said: "The restrictions forced us to be more creative – the result is a model that is superior despite fewer resources."'), [['superior', 'competitive']]);
    assert.deepEqual(changed('An engineer said: "The restrictions forced us to be more creative – the result is a model that was superior despite fewer resources."'), [['superior', 'competitive']]);
  });
  test('the right translations, and a verb of the translator\'s own after no copula, stay silent', () => {
    assert.deepEqual(changed('The company writes: "We firmly believe that 99 percent of success comes from hard work and only one percent from talent."'), []);
    assert.deepEqual(changed('An engineer said: "The restrictions forced us to be more creative – the result is a model that is competitive despite fewer resources."'), []);
    assert.deepEqual(changed('Matt Sheehan said: "The US export controls have pushed Chinese companies into a corner where they have to use their limited computing resources far more efficiently."'), []);
  });
});
