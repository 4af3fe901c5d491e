import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The sources: 36 Prozent der weltweit 1328 KI-Modelle stammen aus China.
const index = bundledIndex();
const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);

describe('a share restated as a fraction after a qualifier at a clause end ("…, nearly half.")', () => {
  test('English: "36% … come from China, nearly half." is a share, and wrong; "just over a third" is borne out', () => {
    assert.deepEqual(all("36% of the world's 1,328 AI models come from China, nearly half."), [['figure-mismatch', 'nearly half', 'nearly half contradicts the source, which says 36 Prozent.']]);
    assert.deepEqual(all("36% of the world's 1,328 AI models come from China: just over a third."), []);
    // "in half" is no share: no qualifier before it.
    assert.deepEqual(all('The export curbs cut the work in half.'), []);
  });
  test('German: "…, fast die Hälfte." likewise (German fractions are nouns, read wherever they stand)', () => {
    assert.deepEqual(all('Von den weltweit 1328 KI-Modellen stammen 36 Prozent aus China, fast die Hälfte.'), [['figure-mismatch', 'fast die Hälfte', 'fast die Hälfte contradicts the source, which says 36 Prozent.']]);
    assert.deepEqual(all('Von den weltweit 1328 KI-Modellen stammen 36 Prozent aus China, gut ein Drittel.'), []);
  });
});
