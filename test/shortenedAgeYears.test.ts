import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, splitSentences } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

// Every finding a writer sees, information included: a true age must not be called unsourced either.
function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

const ages = (text: string) => analyzeDraft(text, index).figures.filter((f) => f.figure.kind === 'age').map((f) => f.figure.text);

const EN = '---\nlang: en\n---\n\n';

const sentences = (text: string) => splitSentences({ text, offsets: Array.from({ length: text.length + 1 }, (_, i) => i) }).map((s) => s.text);

describe('an age with its year word shortened („40 J.“, "40 yrs", "40 y/o") is the person\'s age, as "40 Jahre" is', () => {
  test('German: „Liang Wenfeng, 40 J., …“ and „(40 J.)“ agree with the source\'s 40; „45 J.“ contradicts it, underlined with its unit', () => {
    assert.deepEqual(findings('Gründer: Liang Wenfeng, 40 J., vorher Hedgefonds High-Flyer.\n'), []);
    assert.deepEqual(findings('Porträt: Informatikingenieur aus Guangdong, 40 J., gründete DeepSeek mit Liang Wenfeng als Chef.\n').filter((f) => f.text.startsWith('40')), []);
    assert.deepEqual(findings('Gründer Liang Wenfeng (40 J.) gab kein Interview.\n'), []);
    assert.deepEqual(findings('Gründer: Liang Wenfeng, 40 J.\n'), []);
    assert.deepEqual(findings('Gründer: Liang Wenfeng, 45 J., vorher Hedgefonds High-Flyer.\n'), [{ code: 'figure-mismatch', text: '45 J.', fix: '40 J.' }]);
    assert.deepEqual(findings('Gründer Liang Wenfeng (45 Jahre) gab kein Interview.\n'), [{ code: 'figure-mismatch', text: '45 Jahre', fix: '40 Jahre' }]);
  });

  test('English: "Liang Wenfeng, 40 yrs, …", "is 40 y/o" agree with the source\'s 40; "45 yrs" contradicts it', () => {
    assert.deepEqual(findings(`${EN}Founder: Liang Wenfeng, 40 yrs, ex hedge fund High-Flyer.\n`), []);
    assert.deepEqual(findings(`${EN}Liang Wenfeng is 40 y/o and runs DeepSeek.\n`), []);
    assert.deepEqual(findings(`${EN}Founder Liang Wenfeng (40 yrs.) gave no interview.\n`), []);
    assert.deepEqual(findings(`${EN}Founder: Liang Wenfeng, 45 yrs, ex hedge fund High-Flyer.\n`), [{ code: 'figure-mismatch', text: '45 yrs', fix: '40 yrs' }]);
  });

  test('a shortened year word after no person is no age: „Die Anleihe, 30 J. Laufzeit“, "the index, 30 yrs of data"', () => {
    assert.deepEqual(ages('Die Anleihe, 30 J. Laufzeit, rentiert mit 3 Prozent.\n'), []);
    assert.deepEqual(ages('Die Anleihe hat 30 J. Laufzeit.\n'), []);
    assert.deepEqual(ages(`${EN}The index, 30 yrs of data, fell 3 percent.\n`), []);
  });

  test('German: years of a noun after the dot („20 J. Erfahrung im Quant-Handel“) are no age, however the noun goes on', () => {
    assert.deepEqual(findings('Gründer: Liang Wenfeng, 20 J. Erfahrung im Quant-Handel.\n'), [{ code: 'unsourced-figure', text: '20' }]);
    assert.deepEqual(findings('Liang Wenfeng, 20 J. Börsenerfahrung, gründete 2023 DeepSeek.\n').filter((f) => f.text.startsWith('20')), [{ code: 'unsourced-figure', text: '20' }]);
    assert.deepEqual(ages('Gründer: Liang Wenfeng, 15 J. Hedgefonds-Erfahrung, vorher High-Flyer.\n'), []);
    assert.deepEqual(ages('Liang Wenfeng, 10 Jhr. Erfahrung im Handel.\n'), []);
    assert.deepEqual(sentences('Liang Wenfeng, 20 J. Erfahrung im Quant-Handel. Er gründete DeepSeek.'), ['Liang Wenfeng, 20 J. Erfahrung im Quant-Handel.', 'Er gründete DeepSeek.']);
  });

  test('German: a pronoun after the dot opens a sentence of its own, so „45 J.“ before it is the age', () => {
    assert.deepEqual(sentences('Gründer: Liang Wenfeng, 45 J. Er gründete DeepSeek 2023.'), ['Gründer: Liang Wenfeng, 45 J.', 'Er gründete DeepSeek 2023.']);
    assert.deepEqual(findings('Gründer: Liang Wenfeng, 45 J. Er gründete DeepSeek 2023.\n').filter((f) => f.code === 'figure-mismatch'), [{ code: 'figure-mismatch', text: '45 J.', fix: '40 J.' }]);
  });

  test('English: years of a noun ("20 yrs. Quant experience", "20 yrs experience", "10 yrs in quant trading") are no age', () => {
    assert.deepEqual(findings(`${EN}Liang Wenfeng, 20 yrs. Quant experience, founded DeepSeek.\n`).filter((f) => f.text.startsWith('20')), [{ code: 'unsourced-figure', text: '20' }]);
    assert.deepEqual(ages(`${EN}Founder: Liang Wenfeng, 20 yrs experience in quant trading.\n`), []);
    assert.deepEqual(ages(`${EN}Founder: Liang Wenfeng, 10 yrs in quant trading before DeepSeek.\n`), []);
    assert.deepEqual(ages(`${EN}Liang Wenfeng, 12 yrs. Hedge fund experience.\n`), []);
    assert.deepEqual(sentences('Liang Wenfeng, 20 yrs. Quant experience. He founded DeepSeek.'), ['Liang Wenfeng, 20 yrs. Quant experience.', 'He founded DeepSeek.']);
    assert.deepEqual(findings(`${EN}Founder: Liang Wenfeng, 45 yrs.\n`), [{ code: 'figure-mismatch', text: '45 yrs.', fix: '40 yrs.' }]);
  });
});
