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

describe('a quotation put first, its speaker after a title', () => {
  test('German: „Von einem „…“ sprach der Tech-Investor X“, also after a sentence with another speaker', () => {
    assert.deepEqual(speakers('---\nlang: de\n---\n\nVon einem „Weckruf für unsere Industrien“ sprach der Tech-Investor Chetan Puttagunta.'), [
      { text: 'Chetan Puttagunta', fix: 'Donald Trump', message: 'The source attributes this quotation to Donald Trump, not Chetan Puttagunta.' },
    ]);
    assert.deepEqual(speakers('---\nlang: de\n---\n\nTrump nannte die Entwicklung einen „Weckruf für unsere Industrien“. Von einem „Sputnik-Moment“ sprach der Tech-Investor Chetan Puttagunta.'), [
      { text: 'Chetan Puttagunta', fix: 'Marc Andreessen', message: 'The source attributes this quotation to Marc Andreessen (Softwareentwickler und Trump-Berater), not Chetan Puttagunta.' },
    ]);
    assert.deepEqual(speakers('---\nlang: de\n---\n\nVon einem „Sputnik-Moment“ sprach der Tech-Investor Marc Andreessen.'), []);
    assert.deepEqual(speakers('---\nlang: de\n---\n\nVon einem „Sputnik-Moment“ sprach die Presse mit Blick auf Chetan Puttagunta.'), []);
  });
  test('English: "…" is what QC Partners strategist X called it', () => {
    assert.deepEqual(speakers('"Fear of the fall of the US monopoly" is what QC Partners strategist Chetan Puttagunta called it.'), [
      { text: 'Chetan Puttagunta', fix: 'Thomas Altmann', message: 'The source attributes this quotation to Thomas Altmann (QC Partners), not Chetan Puttagunta.' },
    ]);
    assert.deepEqual(speakers('"Fear of the fall of the US monopoly" is what QC Partners strategist Thomas Altmann called it.'), []);
    assert.deepEqual(speakers('"Fear of the fall of the US monopoly" is what the papers called it in a piece on Chetan Puttagunta.'), []);
  });
});
