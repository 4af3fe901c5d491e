import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { describeFact } from '../server/src/core/facts/describeFact';
import { bundledIndex } from './support/fixtures';

// The source: „Im HumanEval-Benchmark für Programmieraufgaben erreicht es 92 %, im mathematischen MATH-500-Test 85 %“.
// A share of a benchmark's tasks solved is that score, not a share of something divided up (36 % of 1,328 models).
const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}
const readAs = (text: string, figure: string, language: 'de' | 'en' = 'en') => describeFact(analyzeDraft(text, index).figures.find((f) => f.figure.text === figure)!.fact, language);

describe('a share of a benchmark\'s tasks ("92% of the HumanEval tasks", „92 Prozent der HumanEval-Aufgaben“) is its score', () => {
  test('English: "solved 92% of the HumanEval programming tasks", "85% of the MATH-500 problems"', () => {
    assert.deepEqual(findings('R1 solved 92% of the HumanEval programming tasks.'), []);
    assert.equal(readAs('R1 solved 92% of the HumanEval programming tasks.', '92%'), 'DeepSeek R1 · benchmark score: 92%');
    assert.deepEqual(findings('R1 solved 95% of the HumanEval programming tasks.'), [{ code: 'figure-mismatch', text: '95%', fix: '92%' }]);
    assert.deepEqual(findings("R1 is DeepSeek's reasoning model. It solved 85% of the MATH-500 problems."), []);
    assert.deepEqual(findings("R1 is DeepSeek's reasoning model. It solved 58% of the MATH-500 problems."), [{ code: 'figure-mismatch', text: '58%', fix: '85%' }]);
    // A share of questions answered is a score too, no longer borne out by China's 36 % of the world's models.
    assert.deepEqual(findings('Chinese firms answered 36 percent of the questions in the survey.'), [{ code: 'unsourced-figure', text: '36 percent' }]);
  });
  test('German: „löste 92 Prozent der HumanEval-Aufgaben“, „der Programmieraufgaben im HumanEval-Test“', () => {
    assert.deepEqual(findings('R1 löste 92 Prozent der HumanEval-Aufgaben.'), []);
    assert.equal(readAs('R1 löste 92 Prozent der HumanEval-Aufgaben.', '92 Prozent', 'de'), 'DeepSeek R1 · Benchmark-Wert: 92 Prozent');
    assert.deepEqual(findings('R1 löste 95 Prozent der Programmieraufgaben im HumanEval-Test.'), [{ code: 'figure-mismatch', text: '95 Prozent', fix: '92 Prozent' }]);
    assert.deepEqual(findings('R1 löste 85 Prozent der Matheaufgaben im MATH-500-Test.'), []);
  });
  test('a share of anything else is still a share: of the world\'s models, of a market', () => {
    assert.deepEqual(findings('36 Prozent der weltweit 1328 KI-Modelle stammen aus China.'), []);
    assert.equal(readAs('36 Prozent der weltweit 1328 KI-Modelle stammen aus China.', '36 Prozent', 'de'), 'China · Anteil: 36 Prozent');
    assert.deepEqual(findings('63 Prozent der weltweit 1328 KI-Modelle stammen aus China.'), [{ code: 'figure-mismatch', text: '63 Prozent', fix: '36 Prozent' }]);
    assert.deepEqual(findings("63 percent of the world's 1,328 AI models come from China."), [{ code: 'figure-mismatch', text: '63 percent', fix: '36 percent' }]);
    assert.deepEqual(findings('Nvidia hält 80 Prozent des Marktes für KI-Chips.'), [{ code: 'figure-mismatch', text: '80 Prozent', fix: '10 Prozent' }]);
    assert.deepEqual(findings('36 Prozent der Umfragen sehen China vorn.'), []);
  });
});
