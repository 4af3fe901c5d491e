import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function warnings(text: string) {
  return runRules(analyzeDraft(text, index), index)
    .filter((f) => f.severity !== 'information')
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

const EN = '---\nlang: en\n---\n\n';

// The sources: "der 40-jährige Informatikingenieur Liang Wenfeng …, der 2015 … den Hedgefonds High-Flyer gründete" and
// "Mit dem Kapital aus High-Flyer wurde 2023 schließlich die Firma DeepSeek gegründet", in an article of January 2025.
describe('an age said in the past at a founding the sentence names, with no year, is of the year the sources date that founding to', () => {
  test('German: 38 at DeepSeek\'s founding (2023) and 30 at High-Flyer\'s (2015) are borne out, not contradicted by the 40 of now', () => {
    assert.deepEqual(warnings('Als Liang Wenfeng DeepSeek gründete, war er 38 Jahre alt.\n'), []);
    assert.deepEqual(warnings('Liang Wenfeng war 30 Jahre alt, als er High-Flyer gründete.\n'), []);
  });

  test('German: 33 at DeepSeek\'s founding contradicts the source, whose 40 of 2025 was 38 then', () => {
    assert.deepEqual(warnings('Als Liang Wenfeng DeepSeek gründete, war er 33 Jahre alt.\n'), [{ code: 'figure-mismatch', text: '33 Jahre', fix: '38 Jahre' }]);
  });

  test('English: "38 years old when he founded DeepSeek" and "30 years old when he set up High-Flyer" are borne out', () => {
    assert.deepEqual(warnings(`${EN}Liang Wenfeng was 38 years old when he founded DeepSeek.\n`), []);
    assert.deepEqual(warnings(`${EN}Liang Wenfeng was 30 years old when he set up High-Flyer.\n`), []);
  });

  test('English: "25 years old when he set up High-Flyer" contradicts the source, whose 40 of 2025 was 30 in 2015', () => {
    assert.deepEqual(warnings(`${EN}Liang Wenfeng was 25 years old when he set up High-Flyer.\n`), [{ code: 'figure-mismatch', text: '25 years old', fix: '30 years old' }]);
  });

  test('an age of now stays one, whatever founding the sentence names: „ist 45“, "is 45", „der 45-jährige“ contradict the 40', () => {
    assert.deepEqual(warnings('Liang Wenfeng ist 45 Jahre alt und hat DeepSeek gegründet.\n'), [{ code: 'figure-mismatch', text: '45 Jahre', fix: '40 Jahre' }]);
    assert.deepEqual(warnings(`${EN}Liang Wenfeng, who founded DeepSeek, is 45 years old.\n`), [{ code: 'figure-mismatch', text: '45 years old', fix: '40 years old' }]);
    assert.deepEqual(warnings('Der 45-jährige Liang Wenfeng gründete DeepSeek.\n'), [{ code: 'figure-mismatch', text: '45-jährige', fix: '40-jährige' }]);
  });

  test('a year the sentence names still dates the age itself, and an age with no founding named stays as it was', () => {
    assert.deepEqual(warnings(`${EN}Liang Wenfeng was 30 years old when he set up High-Flyer in 2015.\n`), []);
    assert.deepEqual(warnings(`${EN}Liang Wenfeng was 45 years old.\n`), [{ code: 'figure-mismatch', text: '45 years old', fix: '40 years old' }]);
  });
});
