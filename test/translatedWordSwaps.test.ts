import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, buildSourceIndex, runRules } from '../server/src/core';
import { bundledIndex, bundledInputs } from './support/fixtures';

const index = bundledIndex();
/** Every finding on an English draft: code, underlined words, fix. */
const english = (text: string) => {
  const doc = `---\nlang: en\n---\n\n${text}\n`;
  return runRules(analyzeDraft(doc, index), index).map((f) => [f.code, doc.slice(f.start, f.end), f.fix?.newText]);
};
const SHEEHAN = 'The quotation differs from the source, which reads “Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt, in der sie mit ihren begrenzten Rechenressourcen weitaus effizienter umgehen müssen” (Matt Sheehan).';

describe('a word a translator changed is shown where the lexicon knows both words', () => {
  test('English: "far more frugal with their limited computing resources" for „… begrenzten Rechenressourcen weitaus effizienter umgehen“ underlines "frugal", the word after the one rendering „weitaus“', () => {
    const doc = '---\nlang: en\n---\n\nSheehan said they had to be "far more frugal with their limited computing resources."\n';
    const found = runRules(analyzeDraft(doc, index), index);
    assert.deepEqual(found.map((f) => [f.code, doc.slice(f.start, f.end), f.message, f.fix]), [['quote-mismatch', 'frugal', SHEEHAN, { title: "Quote the source's wording", newText: 'efficient' }]]);
    assert.deepEqual(english('Sheehan said they had to be "far more efficient with their limited computing resources."'), []);
  });
  test('English guard: a word of its own elsewhere renders the verb German puts last ("have to use their limited computing resources far more efficiently" for „… umgehen müssen“)', () => {
    assert.deepEqual(english('Sheehan said Chinese companies "have to use their limited computing resources far more efficiently."'), []);
    assert.deepEqual(english('Sheehan said they have to "deal far more efficiently with their limited computing resources."'), []);
  });
  test('English: "competitive despite greater resources" for „trotz geringerer Ressourcen konkurrenzfähig“ underlines "greater"; "despite" renders „trotz“', () => {
    assert.deepEqual(english('A DeepSeek engineer said: "The restrictions forced us to be more creative – the result is a model that is competitive despite greater resources."'), [['quote-mismatch', 'greater', 'fewer']]);
    assert.deepEqual(english('A DeepSeek engineer said: "The restrictions forced us to be more creative – the result is a model that is competitive despite fewer resources."'), []);
  });
  test('English guard: "rather than" renders „statt“: "which significantly reduced computing time" stays clean', () => {
    assert.deepEqual(english('Papailiopoulos said DeepSeek focused on "precise answers rather than detailing every logical step, which significantly reduced computing time."'), []);
  });
  test('English: "DeepSeek uses novel technologies" for „DeepSeek verwendet bekannte Technologien“ underlines "novel"; "known" and "familiar" are the source\'s word', () => {
    assert.deepEqual(english('Rasgon said: "DeepSeek uses novel technologies."'), [['quote-mismatch', 'novel', 'known']]);
    assert.deepEqual(english('Rasgon said: "DeepSeek uses known technologies."'), []);
    assert.deepEqual(english('Rasgon said: "DeepSeek uses familiar technologies."'), []);
  });
  test('German: „trotz weniger Ressourcen überlegen“ for an English source\'s "competitive despite fewer resources" underlines „überlegen“', () => {
    const lambert = { id: 'lambert.txt', uri: 'file:///extra/lambert.txt', text: 'DeepSeek update\n\nNathan Lambert said on Monday: "The model is competitive despite fewer resources."' };
    const idx = buildSourceIndex([...bundledInputs(), lambert]);
    const german = (text: string) => {
      const doc = `---\nlang: de\n---\n\n${text}\n`;
      return runRules(analyzeDraft(doc, idx), idx).map((f) => [f.code, doc.slice(f.start, f.end)]);
    };
    assert.deepEqual(german('Nathan Lambert sagte: „Das Modell ist trotz weniger Ressourcen überlegen.“'), [['quote-mismatch', 'überlegen']]);
    assert.deepEqual(german('Nathan Lambert sagte: „Das Modell ist trotz weniger Ressourcen wettbewerbsfähig.“'), []);
  });
});
