import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const de = (body: string) => `---\nlang: de\n---\n\n${body}`;
const speakers = (text: string) =>
  runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'misattributed-quote').map((f) => [text.slice(f.start, f.end), f.fix?.newText]);

const CAO_DE = '„Diese Generation junger chinesischer Forscher identifiziert sich stark mit der Open-Source-Kultur, weil sie so sehr davon profitiert.“';
const SHEEHAN_DE = '„Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt.“';
const WANG_EN = '"Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation."';
const CAO_EN = '"Diese Generation junger chinesischer Forscher identifiziert sich stark mit der Open-Source-Kultur."';
const SHEEHAN_EN = '"Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt."';

describe('the sentence after a quotation names its speaker in the perfect: „Das hat X gesagt.“, "That\'s what X said."', () => {
  test('German: „Das hat X gesagt.“, „Das hat X formuliert.“, „So hat es X gesagt.“, „Das hatte X\\ngeschrieben.“: the wrong speaker is caught', () => {
    assert.deepEqual(speakers(de(`Dann zitiere ich auch: ${CAO_DE} Das hat Matt Sheehan gesagt.`)), [['Matt Sheehan', 'Thomas Qitong Cao']]);
    assert.deepEqual(speakers(de(`Ein Zitat: ${SHEEHAN_DE} Das hat Zihan Wang formuliert.`)), [['Zihan Wang', 'Matt Sheehan']]);
    assert.deepEqual(speakers(de(`> ${CAO_DE} So hat es Stacy Rasgon gesagt.`)), [['Stacy Rasgon', 'Thomas Qitong Cao']]);
    assert.deepEqual(speakers(de(`- Zitat aus dem Jahr 2024: ${SHEEHAN_DE} Das hatte Thomas Qitong\nCao geschrieben.`)), [['Thomas Qitong\nCao', 'Matt Sheehan']]);
    // A second sentence glued on does not change whose words they are.
    assert.deepEqual(speakers(de(`**Zitat:** ${SHEEHAN_DE} Das hat Thomas Qitong Cao gesagt. Am 27. Januar 2025 fiel Nvidia um 17 Prozent.`)), [['Thomas Qitong Cao', 'Matt Sheehan']]);
  });
  test('German: the right speaker in the same shapes raises nothing', () => {
    assert.deepEqual(speakers(de(`Dann zitiere ich auch: ${CAO_DE} Das hat Thomas Qitong Cao gesagt.`)), []);
    assert.deepEqual(speakers(de(`Ein Zitat: ${SHEEHAN_DE} Das hat Matt Sheehan formuliert.`)), []);
    assert.deepEqual(speakers(de(`> ${CAO_DE} So hat es Thomas Qitong Cao gesagt.`)), []);
    assert.deepEqual(speakers(de(`**Zitat:** ${SHEEHAN_DE} Das hat Matt Sheehan gesagt. Am 27. Januar 2025 fiel Nvidia um 17 Prozent.`)), []);
  });
  test('German: a participle after the name that is no saying, a negation, „auch“ or a possessive names no speaker', () => {
    assert.deepEqual(speakers(de(`Ein Zitat: ${CAO_DE} Das hat Matt Sheehan kritisiert.`)), []);
    assert.deepEqual(speakers(de(`Ein Zitat: ${CAO_DE} Das hat Matt Sheehan nie gesagt.`)), []);
    assert.deepEqual(speakers(de(`Ein Zitat: ${CAO_DE} Das hat Matt Sheehan so nicht gesagt.`)), []);
    assert.deepEqual(speakers(de(`Ein Zitat: ${CAO_DE} Das hat auch Matt Sheehan gesagt.`)), []);
    assert.deepEqual(speakers(de(`Ein Zitat: ${CAO_DE} Das hat Matt Sheehans Team gesagt.`)), []);
    // „erklärt“ is explaining another's words: Trump's „Weckruf“ explained by Sheehan.
    assert.deepEqual(speakers(de('Donald Trump nannte es einen „Weckruf für unsere Industrien“. Das hat Matt Sheehan erklärt.')), []);
  });
  test('English: "That\'s what X said.", "That is what X wrote.", "This was what X said." (also wrapped): the wrong speaker is caught, the right one is not', () => {
    assert.deepEqual(speakers(`A quote: ${CAO_EN} That's what Matt Sheehan said.`), [['Matt Sheehan', 'Thomas Qitong Cao']]);
    assert.deepEqual(speakers(`- Quote of the week: ${WANG_EN} That is what Stacy Rasgon wrote.`), [['Stacy Rasgon', 'Zihan Wang']]);
    assert.deepEqual(speakers(`In 2024: ${CAO_EN} This was what Zihan\nWang said. On January 27, 2025 Nvidia fell 17 percent.`), [['Zihan\nWang', 'Thomas Qitong Cao']]);
    assert.deepEqual(speakers(`A quote: ${CAO_EN} That's what Thomas Qitong Cao said.`), []);
    assert.deepEqual(speakers(`- Quote of the week: ${WANG_EN} That is what Zihan Wang wrote.`), []);
    assert.deepEqual(speakers(`In 2024: ${CAO_EN} This was what Thomas Qitong\nCao said. On January 27, 2025 Nvidia fell 17 percent.`), []);
  });
  test('English: a verb that is no saying, or a negation, names no speaker', () => {
    assert.deepEqual(speakers(`A quote: ${CAO_EN} That's what Matt Sheehan denied.`), []);
    assert.deepEqual(speakers(`A quote: ${CAO_EN} That's not what Matt Sheehan said.`), []);
    assert.deepEqual(speakers(`A quote: ${CAO_EN} That's what Matt Sheehan never said.`), []);
  });
  // Review of session 62: the sentence must end after the verb. A colon opens the next quotation, a clause names its
  // speaker, "too", „schon“ and „bereits“ add a second voice, and a post or a tweet may pass someone else's words on.
  test('a frame that goes on after the verb, or adds a second voice, names no speaker (German and English)', () => {
    assert.deepEqual(speakers(`Thomas Qitong Cao said: ${CAO_EN} This is what Matt Sheehan said: ${SHEEHAN_EN}`), []);
    assert.deepEqual(speakers(de(`Thomas Qitong Cao sagt: ${CAO_DE} Das hat Matt Sheehan gesagt: ${SHEEHAN_DE}`)), []);
    assert.deepEqual(speakers(`A quote: ${CAO_EN} That's what Matt Sheehan says Thomas Qitong Cao told him.`), []);
    assert.deepEqual(speakers(`Thomas Qitong Cao said: ${CAO_EN} That's what Matt Sheehan said, too.`), []);
    assert.deepEqual(speakers(de(`Thomas Qitong Cao sagt: ${CAO_DE} Das hat Matt Sheehan schon gesagt.`)), []);
    assert.deepEqual(speakers(de(`Thomas Qitong Cao sagt: ${CAO_DE} Das hat Matt Sheehan bereits geschrieben.`)), []);
    assert.deepEqual(speakers(`Thomas Qitong Cao said: ${CAO_EN} That's what Matt Sheehan tweeted.`), []);
    assert.deepEqual(speakers(de(`Thomas Qitong Cao sagt: ${CAO_DE} Das hat Matt Sheehan so getwittert.`)), []);
    assert.deepEqual(speakers(`Matt Sheehan said: ${SHEEHAN_EN} That's what Thomas Qitong Cao later said.`), []);
    assert.deepEqual(speakers(`Matt Sheehan said: ${SHEEHAN_EN} That's what Thomas Qitong Cao once wrote.`), []);
    assert.deepEqual(speakers(de(`Matt Sheehan sagt: ${SHEEHAN_DE} Das hat Thomas Qitong Cao damals gesagt.`)), []);
    assert.deepEqual(speakers(de(`Matt Sheehan sagt: ${SHEEHAN_DE} Das hat Thomas Qitong Cao einmal gesagt.`)), []);
    assert.deepEqual(speakers(`Matt Sheehan said: ${SHEEHAN_EN} That's what Thomas Qitong Cao just said.`), []);
    assert.deepEqual(speakers(de(`Matt Sheehan sagt: ${SHEEHAN_DE} Das hat Thomas Qitong Cao genau so gesagt.`)), []);
  });
});
