import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const EN = '---\nlang: en\n---\n\n';

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

// The source: „Der Nasdaq 100 sackte um 3 % ab“. A time of day with its half of the day or its zone ("10:30 AM",
// „14:25 MEZ“, "16:00 GMT") says when; its capitals are no acronym of someone else whose figure the sentence tells.
describe('the capitals after a time of day ("AM", „MEZ“, "GMT") are no one the figure is about', () => {
  test('English: "At 10:30 AM it was down 3%" and "By 16:00 GMT it had lost 3%" are the Nasdaq 100\'s, borne out', () => {
    assert.deepEqual(findings(`${EN}The Nasdaq 100 slid on Monday. At 10:30 AM it was down 3%.\n`), []);
    assert.deepEqual(findings(`${EN}The Nasdaq 100 slid on Monday. By 16:00 GMT it had lost 3%.\n`), []);
  });

  test('English: a wrong move so timed contradicts the source', () => {
    assert.deepEqual(findings(`${EN}The Nasdaq 100 slid on Monday. At 10:30 AM it was down 5%.\n`), [{ code: 'figure-mismatch', text: '5%', fix: '3%' }]);
  });

  test('German: „Um 14:25 MEZ lag er 3 Prozent im Minus“ is borne out, 5 Prozent contradicted', () => {
    assert.deepEqual(findings('Der Nasdaq 100 geriet unter Druck. Um 14:25 MEZ lag er 3 Prozent im Minus.\n'), []);
    assert.deepEqual(findings('Der Nasdaq 100 geriet unter Druck. Um 14:25 MEZ lag er 5 Prozent im Minus.\n'), [{ code: 'figure-mismatch', text: '5 Prozent', fix: '3 Prozent' }]);
  });

  test('an acronym that is no time\'s stays someone no source knows: "At 10:30 ASML fell 5%"', () => {
    assert.deepEqual(findings(`${EN}The Nasdaq 100 slid on Monday. At 10:30 ASML fell 5%.\n`), [{ code: 'unsourced-figure', text: '5%' }]);
  });
});
