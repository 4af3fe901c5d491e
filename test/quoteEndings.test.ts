import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const changed = (text: string) =>
  runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'quote-mismatch').map((f) => [text.slice(f.start, f.end), f.fix?.newText]);

describe('the first word of a quoted fragment may take the writer\'s ending: a change after it underlines the changed word alone', () => {
  // The source: „Marc Andreessen … lobt das Modell dennoch als „spektakulärsten Durchbruch, den ich je gesehen habe“.“
  test('German: „der spektakulärste Fortschritt“ for „spektakulärsten Durchbruch“ is a change of „Fortschritt“ alone', () => {
    assert.deepEqual(changed('---\nlang: de\n---\n\nFür Marc Andreessen ist R1 der „spektakulärste Fortschritt, den ich je gesehen habe“.'), [['Fortschritt', 'Durchbruch']]);
  });
  test('English: Andreessen called R1 the „spektakulärste Fortschritt …“ — a change of „Fortschritt“ alone', () => {
    assert.deepEqual(changed('Marc Andreessen called R1 the „spektakulärste Fortschritt, den ich je gesehen habe“.'), [['Fortschritt', 'Durchbruch']]);
  });
  test('inside a quotation an ending goes with the changed word; a changed ending alone is still a change (de, en)', () => {
    assert.deepEqual(changed('---\nlang: de\n---\n\nRasgon: „Die Kostenvorteile sind interessant, aber kein Umbruch“.'), [['kein Umbruch', 'keine Revolution']]);
    assert.deepEqual(changed('Rasgon said: „Die Kostenvorteile sind interessante, aber keine Revolution“.'), [['interessante', 'interessant']]);
  });
});
