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

describe('a quotation put first, its speaker after an adverb and a title or in the perfect tense', () => {
  const de = (body: string) => `---\nlang: de\n---\n\n${body}`;
  test('German: „Von einem „…“, sprach hingegen der Tech-Investor X“ and „Von einem „…“ hatte zuvor schon X gesprochen“', () => {
    assert.deepEqual(speakers(de('Von einem „spektakulärsten Durchbruch, den ich je gesehen habe“, sprach hingegen der Tech-Investor Chetan Puttagunta.')).map((f) => [f.text, f.fix]), [['Chetan Puttagunta', 'Marc Andreessen']]);
    assert.deepEqual(speakers(de('Von einem „Sputnik-Moment“ hatte zuvor schon Donald Trump gesprochen.')).map((f) => [f.text, f.fix]), [['Donald Trump', 'Marc Andreessen']]);
    assert.deepEqual(speakers(de('Einen „Weckruf für unsere Industrien“ hat der Bernstein-Analyst Stacy Rasgon genannt.')).map((f) => [f.text, f.fix]), [['Stacy Rasgon', 'Donald Trump']]);
  });
  test('English: "…" is what X had called it, "…," X had called it', () => {
    assert.deepEqual(speakers('"Sputnik-Moment" is what Zihan Wang had called it.').map((f) => [f.text, f.fix]), [['Zihan Wang', 'Marc Andreessen']]);
    assert.deepEqual(speakers('"Weckruf für unsere Industrien," Stacy Rasgon had called it.').map((f) => [f.text, f.fix]), [['Stacy Rasgon', 'Donald Trump']]);
  });
  test('the right speaker, a participle that names nothing, a negation or a name in another phrase raise nothing (de, en)', () => {
    assert.deepEqual(speakers(de('Von einem „spektakulärsten Durchbruch, den ich je gesehen habe“ sprach hingegen der Investor Marc Andreessen.')), []);
    assert.deepEqual(speakers(de('Von einem „Sputnik-Moment“ hatte Chetan Puttagunta gehört.')), []);
    assert.deepEqual(speakers(de('Von einem „Sputnik-Moment“ hatte Chetan Puttagunta nicht gesprochen.')), []);
    assert.deepEqual(speakers(de('Von einem „spektakulärsten Durchbruch, den ich je gesehen habe“ sprach hingegen die Presse mit Blick auf Chetan Puttagunta.')), []);
    assert.deepEqual(speakers('"Weckruf für unsere Industrien," Donald Trump had called it.'), []);
    assert.deepEqual(speakers('"Sputnik-Moment" is what Zihan Wang had heard of.'), []);
  });
});
