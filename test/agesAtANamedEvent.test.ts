import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function warnings(text: string) {
  return runRules(analyzeDraft(text, index), index)
    .filter((f) => f.severity !== 'information')
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
}

const EN = '---\nlang: en\n---\n\n';

// The sources: "der 40-jährige Informatikingenieur Liang Wenfeng …, der 2015 … den Hedgefonds High-Flyer gründete" and
// "Mit dem Kapital aus High-Flyer wurde 2023 schließlich die Firma DeepSeek gegründet", in an article of January 2025:
// 30 at High-Flyer's founding, 38 at DeepSeek's.
describe('a bare number a person was at an event the sentence names is that person\'s age then', () => {
  test('German: „Als …, war er gerade einmal 25“ and „war Liang bei der Gründung von High-Flyer etwa 25“ contradict the 30 of 2015', () => {
    assert.deepEqual(warnings('Als er 2015 mit zwei Kollegen den Hedgefonds High-Flyer gründete, war Liang Wenfeng gerade einmal 25.\n'), [{ code: 'figure-mismatch', text: '25' }]);
    assert.deepEqual(warnings('Dann war Liang Wenfeng bei der Gründung von High-Flyer etwa 25.\n'), [{ code: 'figure-mismatch', text: '25' }]);
    assert.deepEqual(warnings('Als er DeepSeek gründete, war Liang Wenfeng 35.\n'), [{ code: 'figure-mismatch', text: '35' }]);
  });

  test('German: the true ages stay silent', () => {
    assert.deepEqual(warnings('Als er DeepSeek gründete, war Liang Wenfeng 38.\n'), []);
    assert.deepEqual(warnings('Liang Wenfeng war bei der Gründung von High-Flyer etwa 30.\n'), []);
    assert.deepEqual(warnings('Er war 30, als Liang Wenfeng mit zwei Kollegen High-Flyer gründete.\n'), []);
  });

  test('English: "was roughly 25 when he … set up High-Flyer", "around 33 when he founded DeepSeek" contradict the sources', () => {
    assert.deepEqual(warnings(`${EN}Liang Wenfeng, 40, was roughly 25 when he and two other engineers set up High-Flyer.\n`), [{ code: 'figure-mismatch', text: '25' }]);
    assert.deepEqual(warnings(`${EN}Liang Wenfeng was around 33 when he founded DeepSeek.\n`), [{ code: 'figure-mismatch', text: '33' }]);
    assert.deepEqual(warnings(`${EN}Liang Wenfeng was **25** when he set up\nHigh-Flyer.\n`), [{ code: 'figure-mismatch', text: '25' }]);
  });

  test('English: the true ages stay silent, before or after the clause of the event', () => {
    assert.deepEqual(warnings(`${EN}Liang Wenfeng was about 30 when he set up High-Flyer.\n`), []);
    assert.deepEqual(warnings(`${EN}When Liang Wenfeng founded DeepSeek, he was 38.\n`), []);
    assert.deepEqual(warnings(`${EN}Liang Wenfeng was 39 when DeepSeek released V3 in December 2024.\n`), []);
  });

  test('another clause\'s age of now or a birth year does not make the age at the event one of now', () => {
    assert.deepEqual(warnings(`${EN}Mr Liang Wenfeng, now 40, set up High-Flyer with two other engineers in 2015, when he was about 30.\n`), []);
    assert.deepEqual(warnings(`${EN}Mr Liang Wenfeng, now 40, set up High-Flyer with two other engineers in 2015, when he was about 25.\n`), [{ code: 'figure-mismatch', text: '25' }]);
    // (The birth year's own reading is another matter: only the age is asserted here.)
    const born = `${EN}Liang Wenfeng, 40, is DeepSeek's founder. Born around 1985, he was about 30 when he and two fellow engineers launched the hedge fund High-Flyer, and then DeepSeek followed.\n`;
    assert.deepEqual(warnings(born).filter((w) => w.text !== '1985'), []);
    assert.deepEqual(warnings(born.replace('about 30', 'about 25')).filter((w) => w.text !== '1985'), [{ code: 'figure-mismatch', text: '25' }]);
  });

  test('another person, a thing, or an event the sources do not date: no age of now, so no warning', () => {
    assert.deepEqual(warnings(`${EN}Sam Altman was 30 when he co-founded OpenAI.\n`), []);
    assert.deepEqual(warnings(`${EN}Nvidia was 25 when DeepSeek appeared.\n`), []);
    assert.deepEqual(warnings(`${EN}Liang Wenfeng was 25 when he founded his first company.\n`), []);
    assert.deepEqual(warnings(`${EN}Liang Wenfeng was 25 years old when he founded his first company.\n`), []);
    assert.deepEqual(warnings(`${EN}When High-Flyer was founded, Liang Wenfeng was 30. Sam Altman was 25 when he dropped out.\n`), []);
    assert.deepEqual(warnings('Als Jensen Huang Nvidia gründete, war er 30.\n'), []);
    assert.deepEqual(warnings('Liang Wenfeng war bei der Gründung seiner ersten Firma etwa 25.\n'), []);
    assert.deepEqual(warnings('Liang Wenfeng war 25 Jahre alt, als er seine erste Firma gründete.\n'), []);
    assert.deepEqual(warnings('Als die Aktie fiel, war sie 25.\n'), []);
  });

  test('an age at an event older than the person is now is still wrong', () => {
    assert.deepEqual(warnings(`${EN}Liang Wenfeng was 45 when he founded his first company.\n`), [{ code: 'figure-mismatch', text: '45' }]);
  });
});

describe('two ages at two events in one sentence: each is of the event its own clause names', () => {
  test('English: "about 30 when he … launched High-Flyer, and 35 when DeepSeek followed": the 35 is of DeepSeek\'s founding (38), the 30 of High-Flyer\'s', () => {
    const two = (first: string, second: string) => `${EN}Liang Wenfeng, 40, is DeepSeek's founder. He was about ${first} when he and two fellow engineers launched the hedge fund High-Flyer, and ${second} when DeepSeek followed eight years later.\n`;
    assert.deepEqual(warnings(two('30', '38')), []);
    assert.deepEqual(warnings(two('30', '35')), [{ code: 'figure-mismatch', text: '35' }]);
    assert.deepEqual(warnings(`${EN}Liang Wenfeng was around 38 when he founded DeepSeek and about 30 when he set up High-Flyer.\n`), []);
    assert.deepEqual(warnings(`${EN}Liang Wenfeng was around 33 when he founded DeepSeek and about 30 when he set up High-Flyer.\n`), [{ code: 'figure-mismatch', text: '33' }]);
  });

  test('German: „Er war 30, als er High-Flyer gründete, und 35, als DeepSeek folgte.“', () => {
    assert.deepEqual(warnings('Liang Wenfeng war 30, als er mit zwei Kollegen High-Flyer gründete, und 38, als DeepSeek folgte.\n'), []);
    assert.deepEqual(warnings('Liang Wenfeng war 30, als er mit zwei Kollegen High-Flyer gründete, und 35, als DeepSeek folgte.\n'), [{ code: 'figure-mismatch', text: '35' }]);
  });

  test('an event of no thing the sentence names, or a count after "and", is no age the sources date', () => {
    assert.deepEqual(warnings(`${EN}Liang Wenfeng was 30 when he co-founded High-Flyer, and 25 when he went to university.\n`), []);
    assert.deepEqual(warnings(`${EN}Liang Wenfeng was 30 when he co-founded High-Flyer, and 25 engineers joined when DeepSeek was founded.\n`), []);
    assert.deepEqual(warnings('Als Liang Wenfeng High-Flyer gründete, war er 30, und Sam Altman war 25, als er OpenAI gründete.\n'), []);
  });
});
