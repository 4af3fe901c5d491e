import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, hoverAt, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

/** Every finding a draft gets, information included, with its fix. */
function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

/** The hover on the first occurrence of `words`, without the bold marks. */
function hover(text: string, words: string): string {
  return (hoverAt(analyzeDraft(text, index), index, text.indexOf(words), 3, 'en')?.markdown ?? '').replace(/\*\*/g, '');
}

describe('a separable verb split around a list of values is every value\'s', () => {
  test('German: „V3 und R1 kamen im Dezember 2024 beziehungsweise am 27. Januar heraus“: R1\'s release date is wrong', () => {
    assert.deepEqual(findings('V3 und R1 kamen im Dezember 2024 beziehungsweise am 27. Januar heraus.'), [
      { code: 'date-mismatch', text: '27. Januar', fix: '20. Januar' },
    ]);
    assert.deepEqual(findings('DeepSeek brachte V3 und R1 im Dezember 2024 beziehungsweise am 27. Januar heraus.'), [
      { code: 'date-mismatch', text: '27. Januar', fix: '20. Januar' },
    ]);
  });
  test('German: the true dates are borne out by the release, not by the day of the sell-off', () => {
    const text = 'V3 und R1 kamen im Dezember 2024 beziehungsweise am 20. Januar heraus.';
    assert.deepEqual(findings(text), []);
    assert.match(hover(text, '20. Januar'), /Am 20\. Januar gelang der Firma mit R1 der weltweite Durchbruch/);
  });
  test('German, unchanged: a particle after one value, a verb that releases nothing, a list of moves', () => {
    assert.deepEqual(findings('V3 kam im Dezember 2024 heraus.'), []);
    assert.deepEqual(findings('Am 20. Januar gab DeepSeek eine Stellungnahme ab.'), []);
    assert.deepEqual(findings('Broadcom und Microsoft gaben 6,58 beziehungsweise 3,75 Prozent nach.'), []);
    assert.deepEqual(findings('Nvidia und Broadcom gaben 6,58 und 7,82 Prozent nach.'), [
      { code: 'figure-mismatch', text: '6,58', fix: '7,82' },
      { code: 'figure-mismatch', text: '7,82 Prozent', fix: '6,58 Prozent' },
    ]);
  });
  test('English, where the verb is not split, reads the same list the same way', () => {
    assert.deepEqual(findings('V3 and R1 came out in December 2024 and on January 27 respectively.'), [
      { code: 'date-mismatch', text: 'January 27', fix: 'January 20' },
    ]);
    assert.deepEqual(findings('V3 and R1 came out in December 2024 and on January 20 respectively.'), []);
    assert.deepEqual(findings('Broadcom and Microsoft gave up 6.58% and 3.75% respectively.'), []);
  });
});
