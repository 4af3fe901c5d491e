import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { quotationsWithPart } from '../server/src/core/quotes/compoundParts';
import { quotationPostings } from '../server/src/core/quotes/quotationWords';
import { quoteWords } from '../server/src/core/quotes/wordAlignment';

const postingsOf = (...texts: string[]) => quotationPostings(texts.map((text) => ({ text, words: quoteWords(text) }))).words;
const withPart = (part: string, ...texts: string[]) => [...quotationsWithPart(postingsOf(...texts), part)].sort((a, b) => a - b);

describe('quotations holding a draft word as a compound\'s part, found without reading them', () => {
  test('German compounds: "kontro" (control) in „Exportkontrollen“, "forder" in „Hardware-Herausforderung“', () => {
    const texts = ['Die Exportkontrollen haben uns in eine Ecke gedrängt', 'Kontrollen gab es keine', 'Das Team verwandelte die Hardware-Herausforderung in eine Chance'];
    assert.deepEqual(withPart('kontro', ...texts), [0]);
    assert.deepEqual(withPart('forder', ...texts), [2]);
  });
  test('English compounds and words folded as a kept word is: "makers" in "chipmakers", "ustrie" in "industry" (its final y as German -ie)', () => {
    const texts = ['Semiconductor chipmakers lost billions of dollars today', 'The AI industry was surprised by the new model', 'Größere Rechenzentren kosten viel'];
    assert.deepEqual(withPart('makers', ...texts), [0]);
    assert.deepEqual(withPart('ustrie', ...texts), [1]);
    // ö, ß and z folded: „Größere Rechenzentren“ holds "rosere" and, c and z as k, "henken".
    assert.deepEqual(withPart('rosere', ...texts), [2]);
    assert.deepEqual(withPart('henken', ...texts), [2]);
  });
  test('a word that only begins with the letters is no compound of them (its key finds it), nor is another word', () => {
    assert.deepEqual(withPart('kontro', 'Kontrollen gab es keine', 'Die Mannschaft spielte gut'), []);
    assert.deepEqual(withPart('mannsk', 'Die Mannschaft spielte gut'), []);
  });
});
