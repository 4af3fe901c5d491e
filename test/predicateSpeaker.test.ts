import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const speakers = (text: string) =>
  runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'misattributed-quote').map((f) => [text.slice(f.start, f.end), f.fix?.newText]);

describe('a quotation that is the subject of a sentence naming its speaker: „„…“ stammt von X“, ""…" was X"', () => {
  test('German: „Das Zitat „…“ stammt von Zihan Wang“ and „„…“ kam von Stacy Rasgon“', () => {
    assert.deepEqual(speakers('---\nlang: de\n---\n\nDas Zitat „Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt“ stammt von Zihan Wang, nicht von Sheehan.'), [['Zihan Wang', 'Matt Sheehan']]);
    assert.deepEqual(speakers('---\nlang: de\n---\n\n„Weckruf für unsere Industrien“ kam eigentlich von Stacy Rasgon.'), [['Stacy Rasgon', 'Donald Trump']]);
  });
  test('English: ""…" ("…") was Marc Andreessen" with a translation between, and ""…" came from X"', () => {
    assert.deepEqual(speakers('Quotes: "Weckruf für unsere Industrien" ("a wake-up call for our industries") was Marc Andreessen, and the rest was Sheehan.'), [['Marc Andreessen', 'Donald Trump']]);
    assert.deepEqual(speakers('The line "Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt" came from Dimitris Papailiopoulos.'), [['Dimitris Papailiopoulos', 'Matt Sheehan']]);
  });
  test('the right speaker, a negation, or a name that is no speaker raises nothing (de, en)', () => {
    assert.deepEqual(speakers('---\nlang: de\n---\n\nDas Zitat „Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt“ stammt von Matt Sheehan.'), []);
    assert.deepEqual(speakers('---\nlang: de\n---\n\nDas Zitat „Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt“ stammt nicht von Zihan Wang.'), []);
    assert.deepEqual(speakers('The line "Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt" was Matt Sheehan\'s.'), []);
    assert.deepEqual(speakers('The line "Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt" was Zihan Wang\'s favourite.'), []);
  });
});
