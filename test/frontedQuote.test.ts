import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const speakers = (text: string) =>
  runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'misattributed-quote').map((f) => ({ text: text.slice(f.start, f.end), fix: f.fix?.newText, message: f.message }));

describe('a quotation put first in its sentence is said by the person named after it', () => {
  test('German: „Von einem „…“ sprach kurz darauf auch X“, „Einen „…“ sah darin damals X“ (verb second, speaker after it)', () => {
    assert.deepEqual(speakers('---\nlang: de\n---\n\nVon einem „Weckruf für unsere Industrien“ sprach kurz darauf auch Stacy Rasgon.'), [
      { text: 'Stacy Rasgon', fix: 'Donald Trump', message: 'The source attributes this quotation to Donald Trump, not Stacy Rasgon.' },
    ]);
    assert.deepEqual(speakers('---\nlang: de\n---\n\nEinen „Sputnik-Moment“ sah darin damals Matt Sheehan.'), [
      { text: 'Matt Sheehan', fix: 'Marc Andreessen', message: 'The source attributes this quotation to Marc Andreessen (Softwareentwickler und Trump-Berater), not Matt Sheehan.' },
    ]);
    // The right speaker is clean; a name in another phrase after the verb is not the speaker.
    assert.deepEqual(speakers('---\nlang: de\n---\n\nVon einem „Weckruf für unsere Industrien“ sprach damals Donald Trump.'), []);
    assert.deepEqual(speakers('---\nlang: de\n---\n\nEinen „Weckruf für unsere Industrien“ nannte es die Presse mit Blick auf Matt Sheehan.'), []);
  });
  test('English: "…" was how X described it, "…," X later called it (words between the speaker and the verb)', () => {
    assert.deepEqual(speakers('"Weckruf für unsere Industrien" was how Stacy Rasgon described it.'), [
      { text: 'Stacy Rasgon', fix: 'Donald Trump', message: 'The source attributes this quotation to Donald Trump, not Stacy Rasgon.' },
    ]);
    assert.deepEqual(speakers('"Sputnik-Moment," Zihan Wang later called it.'), [
      { text: 'Zihan Wang', fix: 'Marc Andreessen', message: 'The source attributes this quotation to Marc Andreessen (Softwareentwickler und Trump-Berater), not Zihan Wang.' },
    ]);
    assert.deepEqual(speakers('"Weckruf für unsere Industrien," Donald Trump once called it.'), []);
    assert.deepEqual(speakers('"Weckruf für unsere Industrien" is what the papers called it in a piece on Matt Sheehan.'), []);
  });
  test('German: „sah“ speaks only as „sah darin X“; „Den „…“ sah auch X nicht kommen“ quotes nobody', () => {
    assert.deepEqual(speakers('---\nlang: de\n---\n\nDen „Sputnik-Moment“ sah auch Liang Wenfeng nicht kommen.'), []);
    assert.deepEqual(speakers('---\nlang: de\n---\n\nEinen „Sputnik-Moment“ sieht heute auch Stacy Rasgon als Übertreibung.'), []);
    assert.deepEqual(speakers('---\nlang: de\n---\n\nEinen „Sputnik-Moment“ sieht darin auch Stacy Rasgon.'), [
      { text: 'Stacy Rasgon', fix: 'Marc Andreessen', message: 'The source attributes this quotation to Marc Andreessen (Softwareentwickler und Trump-Berater), not Stacy Rasgon.' },
    ]);
  });
});
