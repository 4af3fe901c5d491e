import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { codesOn } from './support/codesOn';
import { warningsWithFixes } from './support/warningsWithFixes';

describe('a model "put out" or "brought out" on a day is released that day', () => {
  test('English: "DeepSeek put out its R1 model on January 21." contradicts R1\'s release of 20 January, with its fix; "brought out" too; the 20th is borne out', () => {
    assert.deepEqual(warningsWithFixes('DeepSeek, a Hangzhou start-up, put out its R1 model on January 21.'), [{ code: 'date-mismatch', text: 'January 21', fix: 'January 20' }]);
    assert.deepEqual(warningsWithFixes('On January 21, DeepSeek brought out its R1 model.'), [{ code: 'date-mismatch', text: 'January 21', fix: 'January 20' }]);
    assert.deepEqual(warningsWithFixes('DeepSeek put out its R1 model on January 20.'), []);
  });
  test('German, the same event told with „brachte … heraus“ and „stellte … vor“, stays as it was: contradicted on the 21st, borne out on the 20th', () => {
    assert.deepEqual(warningsWithFixes('Am 21. Januar brachte DeepSeek das Modell R1 heraus.'), [{ code: 'date-mismatch', text: '21. Januar', fix: '20. Januar' }]);
    assert.deepEqual(warningsWithFixes('Am 20. Januar stellte DeepSeek das Modell R1 vor.'), []);
  });
  test('what is put out that is no model\'s release is only unsourced: a fire put out, a fund\'s letter', () => {
    assert.deepEqual(codesOn('On January 21, firefighters put out a fire near the DeepSeek office in Hangzhou.', 'January 21'), ['unsourced-figure']);
  });
});
