import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, hoverAt, runRules } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

const EN = '---\nlang: en\n---\n\n';

/** Every finding a draft gets (information included), with its message and fix. */
function findings(text: string, idx = bundledIndex()) {
  return runRules(analyzeDraft(text, idx), idx)
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message, ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

/** The hover on the first occurrence of `words`, without the bold marks. */
function hover(text: string, words: string, idx = bundledIndex()): string {
  return (hoverAt(analyzeDraft(text, idx), idx, text.indexOf(words) + 1, 3, 'en')?.markdown ?? '').replace(/\*\*/g, '');
}

// The source: "Im HumanEval-Benchmark für Programmieraufgaben erreicht es 92 %, im mathematischen MATH-500-Test 85 % –
// Werte, die mit Top-Modellen wie OpenAI o1 mithalten". A scorecard of another day gives o1's own MATH-500 score.
const scorecard = extraSource('2025-02-12_scorecard.md', '---\ntitle: The reasoning-model scorecard\npublished: 2025-02-12\n---\n\nOpenAI says its o1 model scores 96.4 percent on MATH-500, the standard test for reasoning models.\n');

const R1_DE = 'DeepSeek R1 ist ein neues Modell. ';
const R1_EN = `${EN}DeepSeek R1 is a new model. `;

describe('a model named before its comparison word ("auf o1-Niveau", "o1 level", „mit o1 gleichzieht“) is the measure, not whose score it is', () => {
  test('German: „85 Prozent, also auf o1-Niveau“ and „womit es etwa mit OpenAIs o1 gleichzieht“ are R1\'s score, with the source in the hover', () => {
    for (const tail of ['also auf o1-Niveau', 'womit es etwa mit OpenAIs o1 gleichzieht']) {
      const text = `${R1_DE}Im Benchmark MATH-500 erreicht es 85 Prozent, ${tail}.\n`;
      assert.deepEqual(findings(text), [], tail);
      assert.match(hover(text, '85 Prozent'), /im mathematischen MATH-500-Test 85 %/, tail);
    }
  });

  test('English: "85%, roughly o1 level", "in line with OpenAI\'s o1", "in the same range as OpenAI\'s o1" are R1\'s score, with the source in the hover', () => {
    for (const tail of ['roughly o1 level', 'in line with OpenAI\'s o1', 'which puts it in the same range as OpenAI\'s o1']) {
      const text = `${R1_EN}It scores 85% on the MATH-500 benchmark, ${tail}.\n`;
      assert.deepEqual(findings(text), [], tail);
      assert.match(hover(text, '85%'), /im mathematischen MATH-500-Test 85 %/, tail);
    }
  });

  test('o1\'s own score in another article does not contradict R1\'s that is only compared with o1', () => {
    assert.deepEqual(findings(`${R1_DE}Im Benchmark MATH-500 erreicht es 85 Prozent, also auf o1-Niveau.\n`, withSources(scorecard)), []);
    assert.deepEqual(findings(`${R1_EN}It scores 85% on the MATH-500 benchmark, in line with OpenAI's o1.\n`, withSources(scorecard)), []);
  });

  test('a wrong score compared with o1 is now R1\'s wrong score, with R1\'s value as the fix', () => {
    assert.deepEqual(findings(`${R1_DE}Im Benchmark MATH-500 erreicht es 80 Prozent, also auf o1-Niveau.\n`).map(({ code, text, fix }) => ({ code, text, fix })), [{ code: 'figure-mismatch', text: '80 Prozent', fix: '85 Prozent' }]);
    assert.deepEqual(findings(`${R1_EN}It scores 80% on the MATH-500 benchmark, in line with OpenAI's o1.\n`).map(({ code, text, fix }) => ({ code, text, fix })), [{ code: 'figure-mismatch', text: '80%', fix: '85%' }]);
  });

  test('o1 as the subject, before no comparison word, still owns its score: unsourced as before', () => {
    assert.deepEqual(findings('OpenAI o1 erreicht im Benchmark MATH-500 85 Prozent.\n'), [{ code: 'unsourced-figure', text: '85 Prozent', message: 'No source states 85 Prozent.' }]);
    assert.deepEqual(findings(`${EN}OpenAI o1 scores 85% on the MATH-500 benchmark.\n`), [{ code: 'unsourced-figure', text: '85%', message: 'No source states 85%.' }]);
    // The word "level" after a name is no comparison where it is what the name measures ("o1's level" is not said).
    assert.deepEqual(findings(`${EN}OpenAI o1 scores 85% on the MATH-500 benchmark, a new level.\n`), [{ code: 'unsourced-figure', text: '85%', message: 'No source states 85%.' }]);
  });
});
