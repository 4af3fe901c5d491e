import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { describeFact } from '../server/src/core/facts/describeFact';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message, ...(f.fix ? { fix: f.fix.newText } : {}) }));
}
const warnings = (text: string) => findings(text).filter((f) => f.code !== 'unsourced-figure');
const readAs = (text: string, figure: string, language: 'de' | 'en') => {
  const f = analyzeDraft(text, index).figures.find((x) => x.figure.text === figure)!;
  return describeFact(f.fact, language);
};

describe('a list whose values each carry a hedge, rounded for the reader or the ear', () => {
  test('German: „Nvidia und Broadcom verloren knapp acht beziehungsweise gut sechseinhalb Prozent“ pairs in order; a wrong second value is Broadcom’s', () => {
    const right = 'Nvidia und Broadcom verloren knapp acht beziehungsweise gut sechseinhalb Prozent.';
    assert.deepEqual(findings(right), []);
    assert.equal(readAs(right, 'sechseinhalb Prozent', 'de'), 'Broadcom · Veränderung: −sechseinhalb Prozent');
    assert.deepEqual(findings('Nvidia und Broadcom verloren knapp acht beziehungsweise gut neuneinhalb Prozent.'), [
      { code: 'figure-mismatch', text: 'neuneinhalb Prozent', message: 'neuneinhalb Prozent contradicts the source, which says -6,58 %.', fix: '6,58 Prozent' },
    ]);
  });
  test('German: the owners in the sentence before, „Die beiden Papiere verloren knapp 8 beziehungsweise gut 6,5 Prozent“', () => {
    assert.deepEqual(findings('Am härtesten traf es Nvidia, dahinter Broadcom. Die beiden Papiere verloren knapp 8 beziehungsweise gut 6,5 Prozent.'), []);
    assert.deepEqual(findings('Am härtesten traf es Nvidia, dahinter Broadcom. Die beiden Papiere verloren knapp acht und gut sechseinhalb Prozent.'), []);
  });
  test('English: "Nvidia and Broadcom lost about 8 and roughly 6.5 percent respectively"; a wrong second value is Broadcom’s', () => {
    const right = 'Nvidia and Broadcom lost about 8 and roughly 6.5 percent respectively.';
    assert.deepEqual(findings(right), []);
    assert.equal(readAs(right, '8', 'en'), 'Nvidia · change: −8 %');
    assert.deepEqual(findings('Nvidia and Broadcom lost about 8 and roughly 9.5 percent respectively.'), [
      { code: 'figure-mismatch', text: '9.5 percent', message: '9.5 percent contradicts the source, which says -6,58 %.', fix: '6.58 percent' },
    ]);
  });
  test('English: "nearly eight and just over six and a half percent" with the names after "for"', () => {
    assert.deepEqual(warnings('The two worst moves, nearly 8 and just over 6.5 percent, were for Nvidia and Broadcom.'), []);
  });
});

describe('values with a hedge that are no list of one kind stay as they were', () => {
  test('German: „knapp 8 Prozent und gut 589 Milliarden Dollar“: a share and a sum are two statements, not one list', () => {
    assert.deepEqual(warnings('Nvidia verlor knapp 8 Prozent und gut 589 Milliarden Dollar an Wert.'), []);
  });
  test('German: „rund 8 Prozent, der Nasdaq 100 gut 3 Prozent“: each value keeps its own owner', () => {
    assert.deepEqual(findings('Nvidia verlor rund 8 Prozent, der Nasdaq 100 gut 3 Prozent.'), []);
  });
  test('English: a hedge before a year stays a date of its own ("about 2015 and nearly 8 percent" pairs nothing)', () => {
    assert.deepEqual(warnings('High-Flyer dates from 2015 and Nvidia fell nearly 8 percent.'), []);
  });
  test('English: "Nvidia fell about 8 percent and Broadcom roughly 9 percent": a wrong value is still wrong for its own name', () => {
    assert.deepEqual(findings('Nvidia fell about 8 percent and Broadcom roughly 9.5 percent.'), [
      { code: 'figure-mismatch', text: '9.5 percent', message: '9.5 percent contradicts the source, which says -6,58 %.', fix: '6.58 percent' },
    ]);
  });
});
