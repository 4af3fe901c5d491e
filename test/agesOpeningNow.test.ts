import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message, ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

const EN = '---\nlang: en\n---\n\n';

describe('an age opening a sentence with "now" („Inzwischen 44, hat der Gründer …“, "Now 44, the founder has …") is the person\'s age', () => {
  test('German: „Inzwischen 44, hat der Gründer …“ after „Er ist 40 Jahre alt“ contradicts the source; „Inzwischen 40“ agrees', () => {
    const before = 'Liang Wenfeng ist Informatikingenieur. Er ist 40 Jahre alt.\n\n';
    assert.deepEqual(findings(`${before}Inzwischen 44, hat der Gründer ein Exportverbot in einen Vorteil verwandelt.\n`), [
      { code: 'figure-mismatch', text: '44', message: '44 contradicts the source, which says 40-jährige.', fix: '40' },
    ]);
    assert.deepEqual(findings(`${before}Inzwischen 40, hat der Gründer ein Exportverbot in einen Vorteil verwandelt.\n`), []);
  });
  test('English: "Now 44, the founder has …" after "He is 40" contradicts the source; "Now 40" agrees', () => {
    const before = `${EN}Liang Wenfeng is a computer engineer. He is 40.\n\n`;
    assert.deepEqual(findings(`${before}Now 44, the founder has turned an export ban into an edge.\n`), [
      { code: 'figure-mismatch', text: '44', message: '44 contradicts the source, which says 40-jährige.', fix: '40' },
    ]);
    assert.deepEqual(findings(`${before}Now 40, the founder has turned an export ban into an edge.\n`), []);
  });
  test('quiet: a number opening a sentence about a thing is no age („Heute 30, ist der Index …“, "Now 30, the index …")', () => {
    assert.deepEqual(findings('Liang Wenfeng ist Informatikingenieur. Er ist 40 Jahre alt.\n\nHeute 30, ist der Index wieder gestiegen.\n'), []);
    assert.deepEqual(findings(`${EN}Liang Wenfeng is a computer engineer. He is 40.\n\nNow 30, the index has recovered.\n`), []);
  });
});
