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

describe('a plural pronoun that opens the sentence stands for the names of the sentence before, as a list', () => {
  test('English: "Nvidia and Microsoft were the two ends of the range. They lost 7.82% and 3.57%." warns 3.57% against Microsoft', () => {
    const right = 'Nvidia and Microsoft were the two ends of the range. They lost 7.82% and 3.75%.';
    assert.deepEqual(warnings(right), []);
    assert.equal(readAs(right, '3.75%', 'en'), 'Microsoft · change: −3.75%');
    assert.deepEqual(warnings(right.replace('3.75%', '3.57%')), [
      { code: 'figure-mismatch', text: '3.57%', message: '3.57% contradicts the source, which says -3,75 %.', fix: '3.75%' },
    ]);
  });
  test('English: swapped, "They lost 3.75% and 7.82%", both are wrong', () => {
    assert.deepEqual(warnings('Nvidia and Microsoft were hit hardest. They lost 3.75% and 7.82%.'), [
      { code: 'figure-mismatch', text: '3.75%', message: '3.75% contradicts the source, which says -7,82 %.', fix: '7.82%' },
      { code: 'figure-mismatch', text: '7.82%', message: '7.82% contradicts the source, which says -3,75 %.', fix: '3.75%' },
    ]);
  });
  test('German: „Nvidia und Microsoft lagen weit auseinander. Sie verloren 7,82 und 3,57 Prozent.“ warns 3,57 Prozent against Microsoft', () => {
    const right = 'Nvidia und Microsoft lagen weit auseinander. Sie verloren 7,82 und 3,75 Prozent.';
    assert.deepEqual(warnings(right), []);
    assert.equal(readAs(right, '3,75 Prozent', 'de'), 'Microsoft · Veränderung: −3,75 Prozent');
    assert.deepEqual(warnings(right.replace('3,75', '3,57')), [
      { code: 'figure-mismatch', text: '3,57 Prozent', message: '3,57 Prozent contradicts the source, which says -3,75 %.', fix: '3,75 Prozent' },
    ]);
  });
  test('German: vertauscht, „Sie verloren 3,75 und 7,82 Prozent“: beide falsch', () => {
    assert.deepEqual(warnings('Am härtesten traf es Nvidia und Microsoft. Sie verloren 3,75 und 7,82 Prozent.'), [
      { code: 'figure-mismatch', text: '3,75', message: '3,75 contradicts the source, which says -7,82 %.', fix: '7,82' },
      { code: 'figure-mismatch', text: '7,82 Prozent', message: '7,82 Prozent contradicts the source, which says -3,75 %.', fix: '3,75 Prozent' },
    ]);
  });
});

describe('a pronoun that stands for no list of as many names stays as it was', () => {
  test('English: three names before, two values: "They lost 7.82% and 6.58%" pairs nothing and warns nothing', () => {
    assert.deepEqual(warnings('Nvidia, Broadcom and Microsoft fell. They lost 7.82% and 6.58%.'), []);
  });
  test('German: a singular „Sie“ with one value keeps it for its own subject', () => {
    assert.deepEqual(warnings('Die Nvidia-Aktie brach ein. Sie verlor 7,82 Prozent.'), []);
  });
  test('German: „sie“ inside the sentence is no opening pronoun: „Analysten sagten, sie erwarteten …“ pairs nothing', () => {
    assert.deepEqual(warnings('Nvidia und Microsoft standen im Fokus. Analysten sagten, sie hätten 7,82 und 6,58 Prozent verloren.'), warnings('Nvidia und Microsoft standen im Fokus. Analysten sagten, 7,82 und 6,58 Prozent seien verloren.'));
  });
  test('English: with "respectively" the names of the sentence before pair as they did', () => {
    assert.deepEqual(warnings('Nvidia and Microsoft led the fall. The losses were 7.82% and 3.75% respectively.'), []);
  });
});

describe('a plural possessive that opens the sentence makes the names of the sentence before the owners of its list', () => {
  test('English: "Nvidia and Microsoft were hit hardest. Their shares lost 7.82% and 3.57%." warns 3.57% against Microsoft', () => {
    const right = 'Nvidia and Microsoft were hit hardest. Their shares lost 7.82% and 3.75%.';
    assert.deepEqual(warnings(right), []);
    assert.equal(readAs(right, '3.75%', 'en'), 'Microsoft · share price: −3.75%');
    assert.deepEqual(warnings(right.replace('3.75%', '3.57%')), [
      { code: 'figure-mismatch', text: '3.57%', message: '3.57% contradicts the source, which says -3,75 %.', fix: '3.75%' },
    ]);
  });
  test('English: swapped, "Their shares lost 3.75% and 7.82%", both are wrong', () => {
    assert.deepEqual(warnings('Nvidia and Microsoft were hit hardest. Their shares lost 3.75% and 7.82%.'), [
      { code: 'figure-mismatch', text: '3.75%', message: '3.75% contradicts the source, which says -7,82 %.', fix: '7.82%' },
      { code: 'figure-mismatch', text: '7.82%', message: '7.82% contradicts the source, which says -3,75 %.', fix: '3.75%' },
    ]);
  });
  test('German: „Nvidia und Microsoft … Ihre Papiere gaben 7,82 und 3,57 Prozent ab.“ warns 3,57 Prozent against Microsoft', () => {
    const right = 'Nvidia und Microsoft wurden am härtesten getroffen. Ihre Papiere gaben 7,82 und 3,75 Prozent ab.';
    assert.deepEqual(warnings(right), []);
    assert.equal(readAs(right.replace('gaben', 'verloren').replace(' ab.', '.'), '3,75 Prozent', 'de'), 'Microsoft · Veränderung: −3,75 Prozent');
    assert.deepEqual(warnings(right.replace('3,75', '3,57')), [
      { code: 'figure-mismatch', text: '3,57 Prozent', message: '3,57 Prozent contradicts the source, which says -3,75 %.', fix: '3,75 Prozent' },
    ]);
  });
  test('German: vertauscht, „Deren Aktien verloren 3,75 und 7,82 Prozent“: beide falsch', () => {
    assert.deepEqual(warnings('Nvidia und Microsoft wurden am härtesten getroffen. Deren Aktien verloren 3,75 und 7,82 Prozent.'), [
      { code: 'figure-mismatch', text: '3,75', message: '3,75 contradicts the source, which says -7,82 %.', fix: '7,82' },
      { code: 'figure-mismatch', text: '7,82 Prozent', message: '7,82 Prozent contradicts the source, which says -3,75 %.', fix: '3,75 Prozent' },
    ]);
  });
});

describe('a possessive that owns no list of as many names stays as it was', () => {
  test('German: one owner before, „Die Nvidia-Aktie brach ein. Ihre Papiere …“, is no list: both values stay Nvidia\'s', () => {
    assert.deepEqual(warnings('Die Nvidia-Aktie brach ein. Ihre Papiere gaben 3,75 und 7,82 Prozent ab.'), [
      { code: 'figure-mismatch', text: '3,75', message: '3,75 contradicts the source, which says -7,82 %.', fix: '7,82' },
    ]);
  });
  test('English: one owner before, "Nvidia was hit hardest. Their shares …", is no list: both values stay Nvidia\'s', () => {
    assert.deepEqual(warnings('Nvidia was hit hardest. Their shares lost 3.75% and 7.82%.'), [
      { code: 'figure-mismatch', text: '3.75%', message: '3.75% contradicts the source, which says -7,82 %.', fix: '7.82%' },
    ]);
  });
  test('English: "their" inside the sentence opens nothing: "Analysts said their shares lost 3.75% and 7.82%" pairs nothing', () => {
    assert.deepEqual(warnings('Nvidia and Microsoft were hit hardest. Analysts said their shares lost 3.75% and 7.82%.'), [
      { code: 'figure-mismatch', text: '3.75%', message: '3.75% contradicts the source, which says -7,82 %.', fix: '7.82%' },
    ]);
  });
  test('German: „ihre“ inside the sentence opens nothing: „Analysten sagten, ihre Papiere hätten …“ pairs nothing', () => {
    assert.deepEqual(warnings('Nvidia und Microsoft wurden am härtesten getroffen. Analysten sagten, ihre Papiere hätten 3,75 und 7,82 Prozent verloren.'), []);
  });
  test('three names before, two values: "Their shares lost 7.82% and 6.58%", „Ihre Papiere verloren 7,82 und 6,58 Prozent“ pair nothing', () => {
    assert.deepEqual(warnings('Nvidia, Broadcom and Microsoft fell. Their shares lost 7.82% and 6.58%.'), []);
    assert.deepEqual(warnings('Nvidia, Broadcom und Microsoft fielen. Ihre Papiere verloren 7,82 und 6,58 Prozent.'), []);
  });
});
