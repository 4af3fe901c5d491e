import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, extractFigures, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}
const warnings = (text: string) => findings(text).filter((f) => f.code !== 'unsourced-figure');
const ages = (text: string, language: 'de' | 'en') => extractFigures(text, { language }).filter((f) => f.kind === 'age').map((f) => f.text);

describe('an age is a person\'s, a thing\'s or no one\'s by the noun it is of, the same way in German and English', () => {
  test('German: a fund\'s or a firm\'s age is not Liang Wenfeng\'s: „Der Fonds ist heute zehn Jahre alt“, „das zehn Jahre alte Unternehmen gehört Liang“', () => {
    assert.deepEqual(warnings('Liang Wenfeng gründete 2015 den Hedgefonds High-Flyer. Der Fonds ist heute zehn Jahre alt.'), []);
    assert.deepEqual(warnings('Das zehn Jahre alte Unternehmen gehört Liang Wenfeng.'), []);
    assert.deepEqual(warnings('Liang Wenfeng leitet den Hedgefonds High-Flyer. Die Exportregeln der USA sind heute drei Jahre alt.'), []);
    assert.deepEqual(ages('Das zehn Jahre alte Unternehmen gehört Liang Wenfeng.', 'de'), []);
  });
  test('English: "The fund is now ten years old", "It is ten years old" after the fund are no person\'s age', () => {
    assert.deepEqual(warnings('Liang Wenfeng founded the hedge fund High-Flyer in 2015. The fund is now ten years old.'), []);
    assert.deepEqual(warnings('Liang Wenfeng founded the hedge fund High-Flyer in 2015. It is now ten years old.'), []);
    assert.deepEqual(ages('The ten-year-old fund High-Flyer belongs to Liang Wenfeng.', 'en'), []);
  });
  test('German and English alike: a noun neither list knows makes no age claim („das zehn Jahre alte Rechenzentrum“, "a ten-year-old data hall")', () => {
    assert.deepEqual(ages('Das zehn Jahre alte Rechenzentrum in Hangzhou gehört Liang Wenfeng.', 'de'), []);
    assert.deepEqual(ages('Ein zehnjähriges Rechenzentrum in Hangzhou trainierte R1.', 'de'), []);
    assert.deepEqual(ages('A ten-year-old data hall in Hangzhou trained R1 for Liang Wenfeng.', 'en'), []);
    assert.deepEqual(warnings('A ten-year-old data hall in Hangzhou trained R1 for Liang Wenfeng.'), []);
  });
  test('German: a person\'s age stays checked: name, pronoun, person word, the age as a noun, an unknown noun said of a person', () => {
    assert.deepEqual(findings('Liang Wenfeng ist 42 Jahre alt.'), [{ code: 'figure-mismatch', text: '42 Jahre', fix: '40 Jahre' }]);
    assert.deepEqual(findings('Der Gründer von DeepSeek ist Liang Wenfeng. Er ist 42 Jahre alt.').map((f) => f.text), ['42 Jahre']);
    assert.deepEqual(findings('Der 42 Jahre alte Informatikingenieur Liang Wenfeng gründete DeepSeek.').map((f) => f.text), ['42 Jahre']);
    assert.deepEqual(findings('Liang Wenfeng, ein 42-jähriger Quant aus Guangdong, gründete DeepSeek.').map((f) => f.text), ['42-jähriger']);
    assert.deepEqual(findings('Liang Wenfeng, ein 40-jähriger Quant aus Guangdong, gründete DeepSeek.'), []);
  });
  test('English: a person\'s age stays checked: "is a 42-year-old quant", "the 42-year-old set up", "a 42-year-old hedge fund manager"', () => {
    assert.deepEqual(findings('Liang Wenfeng is a 42-year-old quant from Guangdong.').map((f) => f.text), ['42-year-old']);
    assert.deepEqual(findings('Liang Wenfeng, a 42-year-old quant from Guangdong, founded DeepSeek.').map((f) => f.text), ['42-year-old']);
    assert.deepEqual(findings('DeepSeek was founded by Liang Wenfeng. The 42-year-old set up High-Flyer in 2015.').map((f) => f.text), ['42-year-old']);
    assert.deepEqual(findings('DeepSeek was founded in Hangzhou by a 42-year-old hedge fund manager, Liang Wenfeng.').map((f) => f.text), ['42-year-old']);
    assert.deepEqual(findings('Liang Wenfeng is 40 years old. He runs a ten-year-old hedge fund.'), []);
  });
  test('German and English: a relative clause says whose age it is with any adverb an age takes after the verb („…, der heute zehn Jahre alt ist“, "… that is now ten years old")', () => {
    assert.deepEqual(warnings('Liang Wenfeng gründete 2015 einen Hedgefonds, der heute zehn Jahre alt ist.'), []);
    assert.deepEqual(warnings('Liang Wenfeng gründete 2015 einen Hedgefonds, der mittlerweile zehn Jahre alt ist.'), []);
    assert.deepEqual(warnings('Liang Wenfeng runs a fund that is now ten years old.'), []);
    // Said of a person, the same clause stays checked.
    assert.deepEqual(findings('DeepSeek gehört Liang Wenfeng, der heute 42 Jahre alt ist.').map((f) => f.text), ['42 Jahre']);
    assert.deepEqual(findings('DeepSeek belongs to Liang Wenfeng, who is now 42 years old.').map((f) => f.text), ['42 years old']);
  });
  test('German: with the verb before the subject („Damals war der Fonds acht Jahre alt“) the noun decides as in „Der Fonds ist heute zehn Jahre alt“', () => {
    const founding = 'Liang Wenfeng gründete 2015 den Hedgefonds High-Flyer.';
    assert.deepEqual(findings(`${founding} Damals war der Fonds acht Jahre alt.`), []);
    assert.deepEqual(findings(`${founding} Heute ist der Fonds zehn Jahre alt.`), []);
    assert.deepEqual(findings(`${founding} Heute ist der Gründer 42 Jahre alt.`), [{ code: 'figure-mismatch', text: '42 Jahre', fix: '40 Jahre' }]);
    assert.deepEqual(findings(`${founding} Heute ist Liang 42 Jahre alt.`), [{ code: 'figure-mismatch', text: '42 Jahre', fix: '40 Jahre' }]);
    assert.deepEqual(findings(`${founding} Heute ist der Gründer des Fonds 42 Jahre alt.`).map((f) => f.text), ['42 Jahre']);
  });
  test('English: a time before the subject ("At the time the fund was eight years old", "Today the fund is …") leaves the noun to decide', () => {
    const founding = 'Liang Wenfeng founded the hedge fund High-Flyer in 2015.';
    assert.deepEqual(findings(`${founding} At the time the fund was eight years old.`), []);
    assert.deepEqual(findings(`${founding} Today the fund is ten years old.`), []);
    assert.deepEqual(findings(`${founding} Back then, the fund was one year old.`), []);
    // "At the time" is the founding's 2015, the sentence before's: he was 30 then (40 in January 2025).
    assert.deepEqual(findings(`${founding} At the time the founder was 42 years old.`), [{ code: 'figure-mismatch', text: '42 years old', fix: '30 years old' }]);
    assert.deepEqual(findings(`${founding} At the time he was 42 years old.`).map((f) => f.text), ['42 years old']);
    assert.deepEqual(findings(`${founding} At the time the founder of the fund was 42 years old.`).map((f) => f.text), ['42 years old']);
  });
  test('a firm the words point back to keeps its age as the span since its founding („Die Firma war drei Jahre alt, als R1 erschien“)', () => {
    assert.deepEqual(findings('DeepSeek wurde im Juli 2023 gegründet. Die Firma war drei Jahre alt, als R1 erschien.').map((f) => f.code), ['figure-mismatch']);
  });
});
