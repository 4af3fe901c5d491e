import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, buildSourceIndex, detectLanguage } from '../server/src/core';

const NO_SOURCES = buildSourceIndex([]);

/** The language a draft is read in, and the values of its figures as read in it. */
function read(text: string): [string, number[]] {
  const draft = analyzeDraft(text, NO_SOURCES);
  return [draft.language, draft.figures.map((f) => f.figure.value)];
}

describe('language of a short draft', () => {
  test('German sentences with a word English shares ("in", "war") or none of its function words are German, and 1.328 is 1328', () => {
    assert.deepEqual(read('Quanta Labs beschäftigt 1.328 Mitarbeiter in Lissabon.'), ['de', [1328]]);
    assert.deepEqual(read('Quanta Labs zahlt 1.328 Mitarbeitern einen Bonus.'), ['de', [1328]]);
    assert.deepEqual(read('Im Jahr 2024 war Quanta Labs in 12 Ländern tätig.'), ['de', [2024, 12]]);
    assert.equal(detectLanguage('Das war ein Handelskrieg.'), 'de');
  });

  test('English sentences with a word German shares ("in", "was", "will", "am") are English, and 1.328 is a decimal', () => {
    assert.deepEqual(read('Quanta Labs employs 1,328 people in Lisbon.'), ['en', [1328]]);
    assert.deepEqual(read('In 2024 Quanta Labs sold 1.328 million units.'), ['en', [2024, 1_328_000]]);
    assert.equal(detectLanguage('The trade war was in Europe.'), 'en');
    assert.equal(detectLanguage('Quanta Labs will go public.'), 'en');
  });

  test('names decide nothing: "The Information" in German, "Die Zeit" in English', () => {
    assert.deepEqual(read('Laut The Information kostete das Training 5,6 Millionen Dollar.'), ['de', [5_600_000]]);
    assert.deepEqual(read('According to Die Zeit, the training cost 5.6 million dollars.'), ['en', [5_600_000]]);
    // At the start of a sentence a function word counts: "Die" and "The" there are the articles.
    assert.equal(detectLanguage('Die Firma wuchs. Sie stellte ein.'), 'de');
    assert.equal(detectLanguage('The firm grew. It hired.'), 'en');
  });
});

describe('words a draft is counted by', () => {
  // The counts are made with a scan per character (a regular expression per word cost 0.5 s of a 1 MB draft's check).
  test('a function word inside a longer run of letters is no function word, whatever script the letters are in', () => {
    // "der" and "die" glued to letters beyond the BMP (𝐀) or outside ASCII (ª, é, Ω) are other words: English wins.
    assert.equal(detectLanguage('𝐀der 𝐀die derª Ωdie the and.'), 'en');
    assert.equal(detectLanguage('the𝐀 and𝐀 théthe Ωand der die.'), 'de');
  });

  test('a lone surrogate, a digit or a mark ends a word: the function words on both sides count', () => {
    assert.equal(detectLanguage('\ud835der\udc00die 1the'), 'de');
    assert.equal(detectLanguage('der\udc00the\ud835and×of'), 'en');
  });

  test('a word longer than every listed one is none of them, in German and English', () => {
    assert.equal(detectLanguage('Mitarbeiterinnenzahl Unternehmensangaben the'), 'en');
    assert.equal(detectLanguage('Thethethethethe andandandandand der'), 'de');
  });
});
