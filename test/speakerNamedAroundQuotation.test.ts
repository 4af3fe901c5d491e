import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { germanDraft, misattributedSpeakers as misattributed } from './support/misattributedSpeakers';

const german = (text: string) => misattributed(germanDraft(text));

describe('a speaker named in a frame around a short quotation: "as X called it", "As X put it, …", "the "…" X spoke of", "X went further and called it"', () => {
  test('English: each frame names the speaker of the "Sputnik moment", and the real one raises nothing', () => {
    const frames = [
      'The "Sputnik moment", as Stacy Rasgon called it, is real.',
      'As Stacy Rasgon put it, this was a "Sputnik moment".',
      "As Bernstein's Stacy Rasgon put it, this was a \"Sputnik moment\".",
      'The "Sputnik moment" Stacy Rasgon spoke of is, statistically speaking, an outlier.',
      'Stacy Rasgon of Bernstein Research went further and called it a "Sputnik moment".',
    ];
    for (const frame of frames) {
      assert.deepEqual(misattributed(frame), [['Stacy Rasgon', 'Marc Andreessen']], frame);
      assert.deepEqual(misattributed(frame.replace('Stacy Rasgon', 'Marc Andreessen').replace("Bernstein's ", '')), [], frame);
    }
  });
  test('German: „Wie Rasgon es formulierte, war das ein …“ and „X ging weiter und nannte es einen …“', () => {
    assert.deepEqual(german('Wie Stacy Rasgon es formulierte, war das ein „Sputnik-Moment“.'), [['Stacy Rasgon', 'Marc Andreessen']]);
    assert.deepEqual(german('Stacy Rasgon ging noch weiter und nannte es einen „Sputnik-Moment“.'), [['Stacy Rasgon', 'Marc Andreessen']]);
    assert.deepEqual(german('Marc Andreessen ging noch weiter und nannte es einen „Sputnik-Moment“.'), []);
  });
  test('a frame that is not one of saying, or a verb no frame names, raises nothing (de, en)', () => {
    assert.deepEqual(misattributed('As Stacy Rasgon had feared, this became a "Sputnik moment".'), []);
    assert.deepEqual(misattributed('The "Sputnik moment" Stacy Rasgon doubted is, statistically speaking, an outlier.'), []);
    assert.deepEqual(misattributed('Stacy Rasgon went home, and the press called it a "Sputnik moment".'), []);
    assert.deepEqual(german('Wie Stacy Rasgon befürchtet hatte, wurde es ein „Sputnik-Moment“.'), []);
  });
});

describe('a quotation set off by commas whose predicate names the speaker: "The line, "…", came from X"', () => {
  test('English and German', () => {
    assert.deepEqual(misattributed('The most bullish line, „spektakulärsten Durchbruch, den ich je gesehen habe“, came from Stacy Rasgon.'), [['Stacy Rasgon', 'Marc Andreessen']]);
    assert.deepEqual(german('Das kühnste Lob, „spektakulärsten Durchbruch, den ich je gesehen habe“, stammt von Stacy Rasgon.'), [['Stacy Rasgon', 'Marc Andreessen']]);
  });
  test('the right speaker, or a predicate that names no origin, raises nothing', () => {
    assert.deepEqual(misattributed('The most bullish line, „spektakulärsten Durchbruch, den ich je gesehen habe“, came from Marc Andreessen.'), []);
    assert.deepEqual(misattributed('The most bullish line, „spektakulärsten Durchbruch, den ich je gesehen habe“, was quoted by Stacy Rasgon.'), []);
    assert.deepEqual(misattributed('The most bullish line, „spektakulärsten Durchbruch, den ich je gesehen habe“, came as a surprise to Stacy Rasgon.'), []);
  });
});

describe('a quiz answer that gives the speaker with a title: „Auflösung: Der Analyst Stacy Rasgon …“', () => {
  const question = '**Frage:** Wer nannte R1 den „spektakulärsten Durchbruch, den ich je gesehen habe“?\n\n';
  test('German and English answers in the next block, with an article and a title before the name', () => {
    assert.deepEqual(german(`${question}**Auflösung:** Der Analyst Stacy Rasgon von Bernstein Research.`), [['Stacy Rasgon', 'Marc Andreessen']]);
    assert.deepEqual(misattributed('**Q:** Who called R1 the „spektakulärsten Durchbruch, den ich je gesehen habe“?\n\n**A:** The Bernstein analyst Stacy Rasgon.'), [['Stacy Rasgon', 'Marc Andreessen']]);
  });
  test('the right person, or words before the name that are no title, raise nothing', () => {
    assert.deepEqual(german(`${question}**Auflösung:** Der Investor Marc Andreessen.`), []);
    assert.deepEqual(german(`${question}**Auflösung:** Der Analyst fragte Stacy Rasgon.`), []);
  });
});

describe('a pronoun that speaks of or sees the quoted words: „Er spricht von einem „…““, „Er sieht darin eine „…““, "He spoke of a "…""', () => {
  test('German and English: the person the sentence before named', () => {
    assert.deepEqual(german('Rasgon geht noch weiter. Er sieht im Kurssturz vor allem eine „Angst vor dem Fall des US-Monopols“.'), [['Rasgon', 'Thomas Altmann']]);
    assert.deepEqual(german('Ganz anders Stacy Rasgon. Er spricht von einem „Weckruf für unsere Industrien“.'), [['Stacy Rasgon', 'Donald Trump']]);
    assert.deepEqual(misattributed('Stacy Rasgon went further. He spoke of a „Weckruf für unsere Industrien“.'), [['Stacy Rasgon', 'Donald Trump']]);
  });
  test('the right person, or a seeing that quotes no one, raises nothing', () => {
    assert.deepEqual(german('Altmann geht noch weiter. Er sieht im Kurssturz vor allem eine „Angst vor dem Fall des US-Monopols“.'), []);
    assert.deepEqual(german('Rasgon geht noch weiter. Er sieht die „Angst vor dem Fall des US-Monopols“ nicht.'), []);
    assert.deepEqual(german('Ganz anders Stacy Rasgon. Er spricht nicht von einem „Weckruf für unsere Industrien“.'), []);
    assert.deepEqual(german('Rasgon geht noch weiter. Er sieht in DeepSeek trotz allem nicht eine „Angst vor dem Fall des US-Monopols“.'), []);
    assert.deepEqual(misattributed('Stacy Rasgon went further. He never spoke of a „Weckruf für unsere Industrien“.'), []);
  });
});
