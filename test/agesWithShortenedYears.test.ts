import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const EN = '---\nlang: en\n---\n\n';

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

// The source: „der 40-jährige Informatikingenieur Liang Wenfeng“. Notes, fact boxes and chats shorten the year word
// („40 J.“, "40 yrs", "40 y/o"): the age is still an age, not a count of some "J.", and is checked as one.
describe('an age whose year word is shortened („40 J.“, "40 yrs", "40 y/o") is an age', () => {
  test('German: „Liang Wenfeng, 40 J., …“ and „Liang Wenfeng (40 J.)“ are borne out, with no finding', () => {
    assert.deepEqual(findings('Gründer: Liang Wenfeng, 40 J., vorher Hedgefonds High-Flyer.\n'), []);
    assert.deepEqual(findings('Liang Wenfeng (40 J.) gründete DeepSeek.\n'), []);
    assert.deepEqual(findings('Liang Wenfeng ist 40 J. alt.\n'), []);
  });

  test('German: a wrong age so written contradicts the source, with the shortening kept in the fix', () => {
    assert.deepEqual(findings('Gründer: Liang Wenfeng, 45 J., vorher Hedgefonds High-Flyer.\n'), [{ code: 'figure-mismatch', text: '45 J.', fix: '40 J.' }]);
    assert.deepEqual(findings('Liang Wenfeng (45 J.) gründete DeepSeek.\n'), [{ code: 'figure-mismatch', text: '45 J.', fix: '40 J.' }]);
    // The shortening's full stop closes the sentence too.
    assert.deepEqual(findings('Der Gründer ist Liang Wenfeng, 45 J.\n'), [{ code: 'figure-mismatch', text: '45 J.', fix: '40 J.' }]);
  });

  test('German: a bracketed age with its year word written out is an age too: „Liang Wenfeng (45 Jahre)“', () => {
    assert.deepEqual(findings('Liang Wenfeng (40 Jahre) gründete DeepSeek.\n'), []);
    assert.deepEqual(findings('Liang Wenfeng (45 Jahre) gründete DeepSeek.\n'), [{ code: 'figure-mismatch', text: '45 Jahre', fix: '40 Jahre' }]);
  });

  test('English: "Liang Wenfeng, 40 yrs, …", "(40 y/o)", "is 40 yrs old" are borne out', () => {
    assert.deepEqual(findings(`${EN}Founder: Liang Wenfeng, 40 yrs, previously ran High-Flyer.\n`), []);
    assert.deepEqual(findings(`${EN}Liang Wenfeng (40 y/o) founded DeepSeek.\n`), []);
    assert.deepEqual(findings(`${EN}Liang Wenfeng is 40 yrs old.\n`), []);
  });

  test('English: a wrong age so written contradicts the source', () => {
    assert.deepEqual(findings(`${EN}Liang Wenfeng (45 y/o) founded DeepSeek.\n`), [{ code: 'figure-mismatch', text: '45 y/o', fix: '40 y/o' }]);
    assert.deepEqual(findings(`${EN}Liang Wenfeng, who is 45 y.o., founded DeepSeek.\n`), [{ code: 'figure-mismatch', text: '45 y.o.', fix: '40 y.o.' }]);
    assert.deepEqual(findings(`${EN}Founder: Liang Wenfeng, 45 yrs.\n`), [{ code: 'figure-mismatch', text: '45 yrs.', fix: '40 yrs.' }]);
    assert.deepEqual(findings(`${EN}Liang Wenfeng is 45 yrs old.\n`), [{ code: 'figure-mismatch', text: '45 yrs old', fix: '40 yrs old' }]);
  });

  test('a span of years so shortened stays no age: „2 bis 3 J. im Rückstand“, "2 yrs behind" are no one\'s age', () => {
    const de = findings('China liegt laut Branchenkennern 2 bis 3 J. zurück.\n');
    assert.ok(de.every((f) => f.code === 'unsourced-figure'), JSON.stringify(de));
    const en = findings(`${EN}China is about 2 yrs behind, analysts say.\n`);
    assert.ok(en.every((f) => f.code === 'unsourced-figure'), JSON.stringify(en));
  });
});
