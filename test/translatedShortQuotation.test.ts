import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, buildSourceIndex, claimsOf, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const quoteFindings = (idx: ReturnType<typeof buildSourceIndex>, text: string) =>
  runRules(analyzeDraft(text, idx), idx)
    .filter((f) => f.code === 'quote-mismatch')
    .map((f) => ({ text: text.slice(f.start, f.end), fix: f.fix?.newText, message: f.message }));
const changed = (idx: ReturnType<typeof buildSourceIndex>, text: string) => quoteFindings(idx, text).map((f) => [f.text, f.fix]);

const german = bundledIndex();
const english = buildSourceIndex([
  { id: 'andreessen.txt', uri: 'file:///extra/andreessen.txt', text: 'Reactions\n\n"The most spectacular breakthrough I have ever seen," said Marc Andreessen of the model.\n' },
]);
const de = (text: string) => `---\nlang: de\n---\n\n${text}`;

describe('a short translated quotation with one word changed, beside its source speaker', () => {
  test('English draft: "economy" for „Industrien“ in Trump\'s „Weckruf für unsere Industrien“, with the source\'s plural as the fix', () => {
    assert.deepEqual(quoteFindings(german, 'Donald Trump called it a "wake-up call for our economy".'), [
      { text: 'economy', fix: 'industries', message: 'The quotation differs from the source, which reads “Weckruf für unsere Industrien” (Donald Trump).' },
    ]);
    assert.deepEqual(changed(german, 'Trump himself called it a "wake-up call for our companies."'), [['companies', 'industries']]);
  });
  test('English draft: "important" for „spektakulärsten“ in Andreessen\'s words, the auxiliary „habe“ no word of what was said', () => {
    assert.deepEqual(changed(german, '- Marc Andreessen: "the most important breakthrough I have ever seen"'), [['important', 'spectacular']]);
  });
  test('the true translation stays silent, and its claim is no contradiction', () => {
    const text = 'Donald Trump called it a "wake-up call for our industries".';
    assert.deepEqual(quoteFindings(german, text), []);
    assert.deepEqual(claimsOf(analyzeDraft(text, german), german).map((c) => c.status), ["supported"]);
  });
  test('another speaker, or a quotation sharing one word and no word of the lexicon in its place, is no translation of it', () => {
    assert.deepEqual(quoteFindings(german, 'Stacy Rasgon called it a "wake-up call for our economy".'), []);
    assert.deepEqual(quoteFindings(german, 'Donald Trump called it "a call for change".'), []);
    // Two words of its own: the pairing stays open.
    assert.deepEqual(quoteFindings(german, 'Donald Trump called it a "wake-up call for our whole economy".'), []);
  });
  test('German draft of an English source: „wichtigsten“ for "spectacular" (no German rendering to offer), the true one silent', () => {
    assert.deepEqual(changed(english, de('Marc Andreessen nannte das Modell den „wichtigsten Durchbruch, den ich je gesehen habe“.')), [['wichtigsten', undefined]]);
    assert.deepEqual(quoteFindings(english, de('Marc Andreessen nannte das Modell den „spektakulärsten Durchbruch, den ich je gesehen habe“.')), []);
  });
  test('a phrase put for the word, not a word: "American workers" for „Industrien“ is left unread', () => {
    assert.deepEqual(quoteFindings(german, 'Trump called it "a wake-up call for American workers".'), []);
    assert.deepEqual(quoteFindings(german, 'Trump called it "a wake-up call for our young workers".'), []);
  });
});

describe('translated words the lexicon knows now', () => {
  test('"miracle" for „Revolution“ in the second sentence of Rasgon\'s quotation', () => {
    assert.deepEqual(changed(german, 'Stacy Rasgon said: "DeepSeek uses known technologies. The cost advantages are interesting, but no miracle."'), [['miracle', 'revolution']]);
    assert.deepEqual(quoteFindings(german, 'Stacy Rasgon said: "DeepSeek uses known technologies. The cost advantages are interesting, but no revolution."'), []);
  });
  test('"use" renders „umgehen“, so "somewhat" is the one word put for „weitaus“', () => {
    assert.deepEqual(changed(german, 'Matt Sheehan: "The US export controls have pushed Chinese companies into a corner where they have to use their limited computing resources somewhat more efficiently."'), [['somewhat', 'far']]);
    assert.deepEqual(quoteFindings(german, 'Matt Sheehan: "The US export controls have pushed Chinese companies into a corner where they have to use their limited computing resources far more efficiently."'), []);
  });
});
