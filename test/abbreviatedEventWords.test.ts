import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
/** Every finding a draft gets, as code and words. */
const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end)]);

// Slide bullets and notes abbreviate the event a date is of: „gegr. Juli 2023“, "estab. July 2023", „V3 veröff. Dez.
// 2024“, "V3 publ. December 2024". The abbreviation names the event as the full word does.
describe('abbreviated event words in terse bullets date the event', () => {
  test('German: „gegr. Juni 2023“ is DeepSeek\'s founding, which was in July; „gegr. Juli 2023“ is quiet', () => {
    assert.deepEqual(findings('- DeepSeek: gegr. Juni 2023, Hangzhou'), [['date-mismatch', 'Juni 2023']]);
    assert.deepEqual(findings('- DeepSeek: gegr. Juli 2023, Hangzhou'), []);
  });

  test('English: "estab. June 2023" is DeepSeek\'s founding, which was in July; "estab. July 2023" is quiet', () => {
    assert.deepEqual(findings('- DeepSeek (Hangzhou), estab. June 2023'), [['date-mismatch', 'June 2023']]);
    assert.deepEqual(findings('- DeepSeek (Hangzhou), estab. July 2023'), []);
  });

  test('German and English: a release abbreviated, „V3 veröff. Dez. 2023“, "V3 publ. December 2023", is V3\'s release, in December 2024', () => {
    assert.deepEqual(findings('- V3: veröff. Dez. 2023'), [['date-mismatch', 'Dez. 2023']]);
    assert.deepEqual(findings('- V3: publ. December 2023'), [['date-mismatch', 'December 2023']]);
    assert.deepEqual(findings('- V3: veröff. Dez. 2024'), []);
    assert.deepEqual(findings('- V3: publ. December 2024'), []);
  });

  test('true sentences of other shapes stay quiet: a founder\'s age, the fund\'s founding, an estimate', () => {
    assert.deepEqual(findings('Gründer Liang Wenfeng (40) hatte High-Flyer 2015 mit zwei Ingenieuren gegr., DeepSeek folgte im Juli 2023.'), []);
    assert.deepEqual(findings('- High-Flyer: gegr. 2015 von Liang Wenfeng und zwei weiteren Ingenieuren'), []);
    assert.deepEqual(findings('- High-Flyer, estab. 2015 by Liang Wenfeng with two other engineers'), []);
    assert.deepEqual(findings('The A100 stockpile is estimated at between 10,000 and 50,000 units.'), []);
    assert.deepEqual(findings('DeepSeek R1 was released on January 20; V3 came out in December 2024.'), []);
  });
});
