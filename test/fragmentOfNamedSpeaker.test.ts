import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type SourceIndex } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

const changedAgainst = (index: SourceIndex) => (text: string) =>
  runRules(analyzeDraft(text, index), index)
    .filter((f) => f.code === 'quote-mismatch')
    .map((f) => [text.slice(f.start, f.end), f.fix?.newText, f.message]);
const changed = changedAgainst(bundledIndex());
const de = (text: string) => `---\nlang: de\n---\n\n${text}`;

// The sources: „Die Kostenvorteile sind interessant, aber keine Revolution“ (Stacy Rasgon); "… was die Rechenzeit deutlich
// reduzierte." (Dimitris Papailiopoulos).
describe('a short fragment of a named speaker\'s quotation with one word changed is that quotation misquoted', () => {
  test('German: „interessant, aber keine Sensation“ from Rasgon, „die Rechenzeit erheblich reduziert“ from Papailiopoulos', () => {
    assert.deepEqual(changed(de('Stacy Rasgon von Bernstein Research nannte die Kostenvorteile dagegen „interessant, aber keine Sensation“.')), [
      ['Sensation', 'Revolution', 'The quotation differs from the source, which reads „interessant, aber keine Revolution“ (Stacy Rasgon).'],
    ]);
    // The speaker two sentences before the quotation; „reduziert“ takes the ending the writer's sentence needs.
    const papailiopoulos = 'Auch Dimitris Papailiopoulos zeigte sich überrascht. DeepSeek habe sich auf präzise Antworten konzentriert. Wörtlich sagt er, das habe „die Rechenzeit erheblich reduziert“.';
    assert.deepEqual(changed(de(papailiopoulos)).map(([words, fix]) => [words, fix]), [['erheblich', 'deutlich']]);
  });
  test('English: "interesting, but no sensation" for a speaker\'s "interesting, but no revolution" in an English source', () => {
    const english = withSources(extraSource('rasgon-en.md', '# Analysts react\n\n"The cost advantages are interesting, but no revolution," said Stacy Rasgon of Bernstein.\n'));
    assert.deepEqual(changedAgainst(english)('Stacy Rasgon of Bernstein called the cost advantages "interesting, but no sensation".').map(([words, fix]) => [words, fix]), [['sensation', 'revolution']]);
  });
  test('the right words, another speaker, no speaker named, or a word added stay silent', () => {
    assert.deepEqual(changed(de('Stacy Rasgon nannte die Kostenvorteile „interessant, aber keine Revolution“.')), []);
    assert.deepEqual(changed(de('Thomas Altmann nannte die Kostenvorteile „interessant, aber keine Sensation“.')), []);
    assert.deepEqual(changed(de('Die Kostenvorteile seien „interessant, aber keine Sensation“, heißt es.')), []);
    assert.deepEqual(changed(de('Stacy Rasgon nannte die Kostenvorteile „interessant, aber kein Grund zur Panik“.')), []);
  });
});
