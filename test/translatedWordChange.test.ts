import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, buildSourceIndex, claimsOf, runRules } from '../server/src/core';
import { TRANSLATION_RENDERINGS } from '../server/src/core/context/lexicon';
import { keptWords } from '../server/src/core/quotes/keptWords';
import { bundledIndex } from './support/fixtures';

const quoteFindings = (idx: ReturnType<typeof buildSourceIndex>, text: string) =>
  runRules(analyzeDraft(text, idx), idx)
    .filter((f) => f.code === 'quote-mismatch')
    .map((f) => ({ text: text.slice(f.start, f.end), fix: f.fix?.newText, message: f.message }));

// The bundled sources are German: English drafts translate their quotations. An English source lets a German draft
// translate one.
const german = bundledIndex();
const english = buildSourceIndex([
  {
    id: 'rasgon.txt',
    uri: 'file:///extra/rasgon.txt',
    text: 'Reactions\n\n"DeepSeek uses known technologies. The cost advantages are interesting, but no revolution," said Stacy Rasgon of Bernstein Research.\n\n"The team turned the hardware challenge into an opportunity for innovation," said Zihan Wang.\n',
  },
]);
const de = (text: string) => `---\nlang: de\n---\n\n${text}`;

describe('a translated quotation with one word changed where German word order puts it elsewhere', () => {
  test('English draft of a German source: "slightly" for „weitaus“ before the verb German puts last, "impressive" for „interessant“ after a compound two English words keep', () => {
    assert.deepEqual(quoteFindings(german, 'Matt Sheehan said: "The US export controls have pushed Chinese companies into a corner where they have to deal slightly more efficiently with their limited computing resources."'), [
      {
        text: 'slightly',
        fix: 'far',
        message: 'The quotation differs from the source, which reads “Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt, in der sie mit ihren begrenzten Rechenressourcen weitaus effizienter umgehen müssen” (Matt Sheehan).',
      },
    ]);
    assert.deepEqual(quoteFindings(german, 'Rasgon: "DeepSeek uses familiar technologies. The cost advantages are impressive, but no revolution."').map((f) => [f.text, f.fix]), [['impressive', 'interesting']]);
  });
  test('German draft of an English source: „beeindruckend“ for "interesting" after „Kostenvorteile“, which keeps two English words', () => {
    assert.deepEqual(quoteFindings(english, de('„DeepSeek verwendet bekannte Technologien. Die Kostenvorteile: beeindruckend, aber keine Revolution“, sagte Stacy Rasgon.')).map((f) => [f.text, f.fix]), [['beeindruckend', undefined]]);
    // A German word of its own besides („sind“, which the English "are" does not keep) leaves the pairing open.
    assert.deepEqual(quoteFindings(english, de('„DeepSeek verwendet bekannte Technologien. Die Kostenvorteile sind beeindruckend, aber keine Revolution“, sagte Stacy Rasgon.')), []);
  });
  test('the verb German puts last, the words a partial quotation leaves out, two words of its own and a word a slot places stay unread (en, de)', () => {
    assert.deepEqual(quoteFindings(german, 'Sheehan said the controls pushed companies into a corner where "they have to use their limited computing resources far more efficiently."'), []);
    assert.deepEqual(quoteFindings(german, 'Sheehan said DeepSeek had surprised "the world and the Chinese government too."'), []);
    assert.deepEqual(quoteFindings(german, 'Matt Sheehan said: "The US export controls have pushed Chinese companies into a corner where they have to deal slightly more cleverly with their limited computing resources."'), []);
    assert.deepEqual(quoteFindings(german, 'Rasgon: "DeepSeek uses familiar technologies. The cost advantages are interesting, but no revolution."'), []);
    assert.deepEqual(quoteFindings(english, de('„DeepSeek verwendet bekannte Technologien. Die Kostenvorteile sind interessant, aber keine Revolution“, sagte Stacy Rasgon.')), []);
  });
});

describe('a translated quotation with one ordinary word changed between the words it keeps', () => {
  test('English draft of a German source: "new" for „bekannte“, "growth" for „Innovation“', () => {
    assert.deepEqual(quoteFindings(german, '"DeepSeek uses new technologies," Stacy Rasgon said. "The cost advantages are interesting, but no revolution."'), [
      {
        text: 'new',
        fix: 'known',
        message: 'The quotation differs from the source, which reads “DeepSeek verwendet bekannte Technologien. Die Kostenvorteile sind interessant, aber keine Revolution” (Stacy Rasgon).',
      },
    ]);
    assert.deepEqual(quoteFindings(german, 'Wang said: "The team turned the hardware challenge into an opportunity for growth."').map((f) => f.text), ['growth']);
  });
  test('German draft of an English source: „neue“ for "known", „Wachstum“ for "innovation"', () => {
    assert.deepEqual(quoteFindings(english, de('„DeepSeek verwendet neue Technologien“, sagte Stacy Rasgon.')).map((f) => [f.text, f.fix]), [['neue', undefined]]);
    assert.deepEqual(quoteFindings(english, de('„Das Team verwandelte die Hardware-Herausforderung in eine Chance für Wachstum“, sagte Zihan Wang.')).map((f) => f.text), ['Wachstum']);
  });
  test('the same words in other words, a word the lexicon does not know, a reordered word and a changed figure stay as they were (en, de)', () => {
    assert.deepEqual(quoteFindings(german, '"DeepSeek uses familiar technologies," Stacy Rasgon said.'), []);
    assert.deepEqual(quoteFindings(german, 'Wang said: "The team turned the hardware challenge into a chance for innovation."'), []);
    assert.deepEqual(quoteFindings(german, 'Wang said: "The team turned the hardware challenge into an opening for innovation."'), []);
    assert.deepEqual(quoteFindings(german, 'Donald Trump called it a "wake-up call for our industries."'), []);
    assert.deepEqual(quoteFindings(german, '"We firmly believe that 95 percent of success comes from hard work and only one percent from talent," the company wrote.').map((f) => [f.text, f.fix]), [['95 percent', '99 percent']]);
    assert.deepEqual(quoteFindings(english, de('„DeepSeek verwendet bekannte Technologien“, sagte Stacy Rasgon.')), []);
    assert.deepEqual(quoteFindings(english, de('„Das Team verwandelte die Hardware-Herausforderung in eine Gelegenheit für Innovation“, sagte Zihan Wang.')), []);
  });
});

describe("a translated word's fix offers the source's word in the draft's language", () => {
  test('English drafts of the German sources: the fix and its title, in the case and form of the word it replaces', () => {
    const text = 'Sheehan: "The US export controls have pushed Chinese companies into a corner where they have to deal far more frugally with their limited computing resources." One engineer: "The restrictions forced us to be more creative – the result is a model that is superior despite fewer resources."';
    const idx = german;
    const findings = runRules(analyzeDraft(text, idx), idx).filter((f) => f.code === 'quote-mismatch');
    assert.deepEqual(findings.map((f) => [text.slice(f.start, f.end), f.fix?.title, f.fix?.newText]), [
      ['frugally', "Quote the source's wording", 'efficiently'],
      ['superior', "Quote the source's wording", 'competitive'],
    ]);
    assert.deepEqual(quoteFindings(german, '"We firmly believe that 99 percent of success comes from hard work and only one percent from luck," the company wrote.').map((f) => [f.text, f.fix]), [['luck', 'talent']]);
    assert.deepEqual(quoteFindings(german, 'Rasgon: "DeepSeek uses familiar technologies. Impressive, the cost advantages, but no revolution."').map((f) => [f.text, f.fix]), [['Impressive', 'Interesting']]);
    // A part of a compound rendered is no fix for the whole („Kostenvorteile“ as "savings"); a noun takes the plural.
    assert.deepEqual(quoteFindings(german, 'Stacy Rasgon said: "DeepSeek uses known technology. The savings are interesting, but no revolution."').map((f) => [f.text, f.fix]), [['savings', undefined]]);
    assert.deepEqual(quoteFindings(german, 'A DeepSeek engineer said: "The advantages forced us to be more creative – the result is a model that is competitive despite fewer resources."').map((f) => [f.text, f.fix]), [['advantages', 'restrictions']]);
  });
  test('a German draft of an English source gets a noun, never an adjective whose ending the sentence decides', () => {
    assert.deepEqual(quoteFindings(english, de('„Das Team verwandelte die Hardware-Herausforderung in eine Chance für Wachstum“, sagte Zihan Wang.')).map((f) => [f.text, f.fix]), [['Wachstum', 'Innovation']]);
    assert.deepEqual(quoteFindings(english, de('„DeepSeek verwendet neue Technologien“, sagte Stacy Rasgon.')).map((f) => [f.text, f.fix]), [['neue', undefined]]);
  });
  test('every rendering is a word of the meaning it renders, in both languages', () => {
    for (const r of TRANSLATION_RENDERINGS) {
      const of = keptWords(r.of)[0]?.meanings?.map((m) => m.group) ?? [];
      assert.ok(of.length > 0, `${r.of} is in no translation group`);
      for (const word of [r.en, ...(r.de ? [r.de] : [])]) {
        assert.ok(keptWords(word)[0]?.meanings?.some((m) => m.group === of[0]), `${word} does not render ${r.of}`);
      }
    }
  });
});

describe("a translated quotation's changed word makes its sentence's claim contradicted", () => {
  const claims = (idx: ReturnType<typeof buildSourceIndex>, text: string) => claimsOf(analyzeDraft(text, idx), idx).map((c) => c.status);
  test('English draft of the German sources: contradicted with a changed word, supported as translated', () => {
    assert.deepEqual(claims(german, 'Stacy Rasgon said: "The cost advantages are impressive, but no revolution."'), ['contradicted']);
    assert.deepEqual(claims(german, 'Stacy Rasgon said: "The cost advantages are interesting, but no revolution."'), ['supported']);
  });
  test('German draft of an English source: contradicted with „Wachstum“ for "innovation", supported with „Innovation“', () => {
    assert.deepEqual(claims(english, de('Zihan Wang sagte: „Das Team verwandelte die Hardware-Herausforderung in eine Chance für Wachstum.“')), ['contradicted']);
    assert.deepEqual(claims(english, de('Zihan Wang sagte: „Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation.“')), ['supported']);
  });
});

describe("a translated word's fix keeps a noun a noun and a singular singular (review)", () => {
  test('English: "anomaly" (a noun ending as an adverb does) and "synthesis" (a singular ending in s) get "result"', () => {
    const engineer = (word: string) => `A DeepSeek engineer said: "The restrictions forced us to be more creative – the ${word} is a model that is competitive despite fewer resources."`;
    assert.deepEqual(quoteFindings(german, engineer('anomaly')).map((f) => [f.text, f.fix]), [['anomaly', 'result']]);
    assert.deepEqual(quoteFindings(german, engineer('synthesis')).map((f) => [f.text, f.fix]), [['synthesis', 'result']]);
  });
  test('English: "replies" renders „Antworten“, so a faithful translation of Papailiopoulos stays clean', () => {
    assert.deepEqual(quoteFindings(german, 'Papailiopoulos said: "DeepSeek concentrated on precise replies instead of detailing every logical step, which reduced computing time significantly."'), []);
  });
});
