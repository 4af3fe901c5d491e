import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { extractFigures } from '../server/src/core/figures/extractFigures';
import { rewriteWithSourceValue } from '../server/src/core/figures/rewriteFigure';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
/** Each finding of a code as [underlined words, where they start, fix]. */
const findings = (text: string, code: string) =>
  runRules(analyzeDraft(text, index), index).filter((f) => f.code === code).map((f) => [text.slice(f.start, f.end), f.start, f.fix?.newText]);
/** The first figure of a sentence, rewritten with the first figure of another's value. */
const rewrite = (draft: string, source: string, language: 'de' | 'en') =>
  rewriteWithSourceValue(extractFigures(draft, { language })[0], extractFigures(source, { language: 'de' })[0], language);

describe('a number word whose fix is one is fixed in words: "one percent", „ein Prozent“', () => {
  test('English: a translated quotation\'s "two percent" and a sentence\'s "three percent" against „nur ein Prozent“', () => {
    const quoted = 'The motto: "We firmly believe that 99 percent of success comes from hard work and only two percent from talent."';
    assert.deepEqual(findings(quoted, 'quote-mismatch'), [['two percent', quoted.indexOf('two percent'), 'one percent']]);
    const plain = 'Only three percent of success comes from talent, the company believes.';
    assert.deepEqual(findings(plain, 'figure-mismatch'), [['three percent', plain.indexOf('three percent'), 'one percent']]);
  });
  test('German: „ein Prozent“; a noun whose gender and singular the plural does not tell keeps the digit', () => {
    assert.equal(rewrite('Nur zwei Prozent stammen aus Talent.', 'nur ein Prozent aus Talent', 'de'), 'ein Prozent');
    assert.equal(rewrite('Es gab zwei Versionen.', 'Es gab 1 Version.', 'de'), '1');
  });
  test('other values and digits stay as they were (de, en)', () => {
    assert.equal(rewrite('Only two percent come from talent.', 'nur 3 Prozent aus Talent', 'en'), 'three percent');
    assert.equal(rewrite('Nur 2 Prozent stammen aus Talent.', 'nur ein Prozent aus Talent', 'de'), '1 Prozent');
    assert.equal(rewrite('Only 2 percent come from talent.', 'nur ein Prozent aus Talent', 'en'), '1 percent');
    const years = 'The US restricted exports in 2022, two years before DeepSeek was founded.';
    assert.deepEqual(findings(years, 'figure-mismatch'), [['two years', years.indexOf('two years'), 'one year']]);
  });
});
