import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { describeFact } from '../server/src/core/facts/describeFact';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message }));
}
const readAs = (text: string, figure: string, language: 'de' | 'en') => describeFact(analyzeDraft(text, index).figures.find((x) => x.figure.text === figure)!.fact, language);

describe('a second clause whose „jeweils“/"each" gives its value to each of its own names, after a clause with a value of the same kind', () => {
  test('German: „…, Microsoft und Broadcom jeweils knapp 4 Prozent“ is Broadcom\'s too, which lost 6,58', () => {
    const text = 'Nvidia und Broadcom verloren damit jeweils mehr als 6 Prozent, Microsoft und Broadcom jeweils knapp 4 Prozent.';
    assert.deepEqual(findings(text), [{ code: 'figure-mismatch', text: '4 Prozent', message: '4 Prozent contradicts the source, which says -6,58 %.' }]);
    assert.equal(readAs(text, '6 Prozent', 'de'), 'Nvidia, Broadcom (jeweils) · Veränderung: −6 Prozent');
  });
  test('English: "…, while Microsoft and Broadcom each gave up nearly 4 percent" is Broadcom\'s too', () => {
    assert.deepEqual(findings('Nvidia and Broadcom both fell more than 6 percent, while Microsoft and Broadcom each gave up nearly 4 percent.'), [
      { code: 'figure-mismatch', text: '4 percent', message: '4 percent contradicts the source, which says -6,58 %.' },
    ]);
    assert.deepEqual(findings('Nvidia and Broadcom each lost more than 6%, Microsoft and Broadcom about 4% each.'), [
      { code: 'figure-mismatch', text: '4%', message: '4% contradicts the source, which says -6,58 %.' },
    ]);
  });
  test('a first clause with one name and a second with „jeweils“: the second\'s names only', () => {
    assert.deepEqual(findings('Microsoft fell 3.75%, Nvidia and Microsoft more than 6% each.'), [
      { code: 'figure-mismatch', text: '6%', message: '6% contradicts the source, which says -3,75 %.' },
    ]);
    assert.deepEqual(findings('Microsoft verlor 3,75 Prozent, Nvidia und Broadcom jeweils mehr als 6 Prozent.'), []);
  });
  test('true statements stay silent: each clause\'s value holds for its own names', () => {
    assert.deepEqual(findings('Nvidia und Broadcom verloren damit jeweils mehr als 6 Prozent, Microsoft knapp 4 Prozent.'), []);
    assert.deepEqual(findings('Nvidia and Broadcom each lost more than 6%, Microsoft about 4%.'), []);
    assert.deepEqual(findings('Microsoft fell 3.75%, Nvidia and Broadcom more than 6% each.'), []);
  });
  test('„jeweils“ before values joined as one list still pairs them in order, not each with each', () => {
    assert.deepEqual(findings('Nvidia und Broadcom verloren jeweils 7,82 und 6,58 Prozent.'), []);
    assert.equal(readAs('Nvidia und Broadcom verloren jeweils 7,82 und 6,58 Prozent.', '6,58 Prozent', 'de'), 'Broadcom · Veränderung: −6,58 Prozent');
  });
});
