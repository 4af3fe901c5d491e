import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const speakers = (text: string) =>
  runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'misattributed-quote').map((f) => [text.slice(f.start, f.end), f.fix?.newText]);
const de = (text: string) => `---\nlang: de\n---\n\n${text}`;
const ANDREESSEN = 'Marc Andreessen';

describe('a quoted term named by a noun before it is said by the person named after it', () => {
  test('German: „Den Begriff „…“ prägte X“, „Das Schlagwort „…“ prägte X“, with adverbs between verb and speaker', () => {
    assert.deepEqual(speakers(de('Den Begriff „Sputnik-Moment“ prägte dagegen Donald Trump selbst.')), [['Donald Trump', ANDREESSEN]]);
    assert.deepEqual(speakers(de('Das Schlagwort „Sputnik-Moment“ prägte Stacy Rasgon.')), [['Stacy Rasgon', ANDREESSEN]]);
    assert.deepEqual(speakers(de('Den Begriff „Sputnik-Moment“ prägte Marc Andreessen.')), []);
    // A name in another phrase after the verb is not the speaker.
    assert.deepEqual(speakers(de('Den Begriff „Sputnik-Moment“ prägte die Presse mit Blick auf Donald Trump.')), []);
  });
  test('English: "The term "…" was coined by X", "The phrase "…" came from the investor X"', () => {
    assert.deepEqual(speakers('The term "Sputnik moment" was coined by Donald Trump.'), [['Donald Trump', ANDREESSEN]]);
    assert.deepEqual(speakers('The phrase "Sputnik moment" came from the investor Chetan Puttagunta.'), [['Chetan Puttagunta', ANDREESSEN]]);
    assert.deepEqual(speakers('The term "Sputnik moment" was coined by Marc Andreessen.'), []);
    assert.deepEqual(speakers('The phrase "Sputnik moment" came from the press, not from Donald Trump.'), []);
  });
});

describe('a quotation set off by commas as the subject: the comma may stand inside its marks', () => {
  test('English, American style: "The headline word, "Sputnik moment," came from X" as with the comma outside', () => {
    assert.deepEqual(speakers('The headline word of that week, "Sputnik moment," came from the investor Chetan Puttagunta, the label explains.'), [['Chetan Puttagunta', ANDREESSEN]]);
    assert.deepEqual(speakers('The headline word of that week, "Sputnik moment", came from Chetan Puttagunta.'), [['Chetan Puttagunta', ANDREESSEN]]);
    assert.deepEqual(speakers('The headline word of that week, "Sputnik moment," came from Marc Andreessen.'), []);
    // A comma inside the marks closes no apposition that no comma opened.
    assert.deepEqual(speakers('He said the market had its "Sputnik moment," came home and spoke to the investor Chetan Puttagunta.'), []);
  });
  test('German: „Das Schlagwort der Woche, „Sputnik-Moment“, kam von dem Investor X“', () => {
    assert.deepEqual(speakers(de('Das Schlagwort der Woche, „Sputnik-Moment“, kam von dem Investor Chetan Puttagunta.')), [['Chetan Puttagunta', ANDREESSEN]]);
    assert.deepEqual(speakers(de('Das Schlagwort der Woche, „Sputnik-Moment“, kam von Marc Andreessen.')), []);
  });
});
