import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, hoverAt, runRules } from '../server/src/core';
import { bundledIndex, extraSource, read, withSources } from './support/fixtures';

/** The warnings and errors a draft gets, with their fixes. */
function warnings(text: string, idx = bundledIndex()) {
  return runRules(analyzeDraft(text, idx), idx)
    .filter((f) => f.severity !== 'information')
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

/** The hover on the first occurrence of `words`, as a reader sees it (without the bold marks). */
function hover(text: string, words: string, idx: ReturnType<typeof bundledIndex>): string {
  return (hoverAt(analyzeDraft(text, idx), idx, text.indexOf(words), 3, 'en')?.markdown ?? '').replace(/\*\*/g, '');
}

// A scorecard of other models' scores: o1's on MATH-500, and a distilled model's on AIME whose sentence names the
// benchmark only in the sentence before.
const scorecardDe = extraSource('2025-02-12_bestenliste.txt', 'Die Bestenliste der Denkmodelle\n\nDas Modell OpenAI o1 erreicht im MATH-500-Test, dem Standardtest für Denkmodelle, 96,4 Prozent. Das kleinere o3-mini kommt auf 90 Prozent.\n\nBeim AIME-Wettbewerb liegen die Modelle weiter auseinander. Die destillierten Modelle, die DeepSeek neben R1 veröffentlichte, sind hier überraschend stark: die 32B-Version erreicht 72,6 Prozent.\n');
const scorecardEn = extraSource('2025-02-12_scorecard.md', '---\ntitle: The reasoning-model scorecard\npublished: 2025-02-12\n---\n\nOpenAI says its o1 model scores 96.4 percent on MATH-500, the standard test for reasoning models. The smaller o3-mini scores 90 percent.\n\nOn AIME the models are further apart. The distilled models DeepSeek published alongside R1 are surprisingly strong here: the 32B version reaches 72.6 percent.\n');

describe('a benchmark score is one model\'s on one benchmark', () => {
  test('German: R1\'s wrong MATH-500 score keeps the fix of R1\'s MATH-500 score, not o1\'s or another benchmark\'s', () => {
    const expected = [{ code: 'figure-mismatch', text: '92 Prozent', fix: '85 Prozent' }];
    assert.deepEqual(warnings('DeepSeek R1 erreicht im MATH-500-Test 92 Prozent.'), expected);
    assert.deepEqual(warnings('DeepSeek R1 erreicht im MATH-500-Test 92 Prozent.', withSources(scorecardDe)), expected);
    assert.deepEqual(warnings('Im MATH-500-Test erreicht DeepSeek 58 Prozent.', withSources(scorecardDe)), [{ code: 'figure-mismatch', text: '58 Prozent', fix: '85 Prozent' }]);
  });
  test('English: likewise, in prose and in a table of R1\'s scores', () => {
    assert.deepEqual(warnings('DeepSeek R1 scored 92 percent on MATH-500.', withSources(scorecardEn)), [{ code: 'figure-mismatch', text: '92 percent', fix: '85 percent' }]);
    assert.deepEqual(warnings('DeepSeek scored 58% on MATH-500.', withSources(scorecardEn)), [{ code: 'figure-mismatch', text: '58%', fix: '85%' }]);
    const table = '| benchmark | what it tests | R1 score |\n|---|---|---|\n| HumanEval | programming | 92 % |\n| MATH-500 | mathematics | 90 % |\n';
    assert.deepEqual(warnings(table, withSources(scorecardEn)), [{ code: 'figure-mismatch', text: '90 %', fix: '85 %' }]);
  });
  test('the hover of a wrong score quotes that model\'s score on that benchmark, not another pair\'s', () => {
    const de = hover('Laut der Tabelle erreicht DeepSeek R1 im MATH-500-Test 58 Prozent.', '58 Prozent', withSources(scorecardDe));
    assert.match(de, /MATH-500-Test 85 %/);
    assert.doesNotMatch(de, /96,4 Prozent|72,6 Prozent/);
    const en = hover('According to the table, DeepSeek R1 scored 58% on MATH-500.', '58%', withSources(scorecardEn));
    assert.match(en, /MATH-500-Test 85 %/);
    assert.doesNotMatch(en, /96\.4 percent|72\.6 percent/);
  });
  test('the true scores stay borne out, R1\'s and o1\'s alike', () => {
    assert.deepEqual(warnings('DeepSeek R1 erreicht im MATH-500-Test 85 Prozent, OpenAI o1 96,4 Prozent.', withSources(scorecardDe)), []);
    assert.deepEqual(warnings('DeepSeek R1 scored 92 percent on HumanEval and 85 percent on MATH-500.', withSources(scorecardEn)), []);
  });
  test('a wrong score of the other model is still told by that model\'s own score', () => {
    assert.deepEqual(warnings('OpenAI o1 erreicht im MATH-500-Test 90 Prozent.', withSources(scorecardDe)), [{ code: 'figure-mismatch', text: '90 Prozent', fix: '96,4 Prozent' }]);
    assert.deepEqual(warnings('OpenAI o1 scores 90 percent on MATH-500.', withSources(scorecardEn)), [{ code: 'figure-mismatch', text: '90 percent', fix: '96.4 percent' }]);
  });
});

describe('a model named only as the measure of a score, or beside the model scored, is not whose the score is', () => {
  const scorecard = extraSource('2025-02-12_reasoning-benchmarks-scorecard.md', read('test/eval/distractors/2025-02-12_reasoning-benchmarks-scorecard.md'));
  test('English: "on a par with OpenAI\'s o1" in the draft does not make o1\'s MATH-500 score a value of R1\'s', () => {
    const text = 'It credits DeepSeek R1 with 92% on HumanEval and 89% on MATH-500, on a par with OpenAI\'s o1.';
    const expected = [{ code: 'figure-mismatch', text: '89%', fix: '85%' }];
    assert.deepEqual(warnings(text), expected);
    assert.deepEqual(warnings(text, withSources(scorecardEn)), expected);
  });
  test('German: „auf dem Niveau von OpenAI o1“ likewise', () => {
    const text = 'DeepSeek R1 kam bei HumanEval auf 92 Prozent und bei MATH-500 auf 89 Prozent und liegt damit auf dem Niveau von OpenAI o1.';
    const expected = [{ code: 'figure-mismatch', text: '89 Prozent', fix: '85 Prozent' }];
    assert.deepEqual(warnings(text), expected);
    assert.deepEqual(warnings(text, withSources(scorecardDe)), expected);
  });
  test('English: the distilled models "published alongside R1" score for themselves, not for R1', () => {
    const text = 'The company gives two test results for R1. In the first test R1 reached 92, in the second 58 percent.';
    const expected = [{ code: 'figure-mismatch', text: '58 percent', fix: '85 percent' }];
    assert.deepEqual(warnings(text), expected);
    assert.deepEqual(warnings(text, withSources(scorecard)), expected);
    assert.deepEqual(warnings('R1\'s two headline scores are 92% and 86%.', withSources(scorecard)), [{ code: 'figure-mismatch', text: '86%', fix: '85%' }]);
  });
  test('German: likewise against the English scorecard', () => {
    const text = 'Das Unternehmen nennt zwei Testwerte für R1. Im ersten Test kam R1 auf 92, im zweiten auf 58 Prozent.';
    const expected = [{ code: 'figure-mismatch', text: '58 Prozent', fix: '85 Prozent' }];
    assert.deepEqual(warnings(text), expected);
    assert.deepEqual(warnings(text, withSources(scorecard)), expected);
  });
  test('the true scores beside the measure stay silent', () => {
    // A sentence that names its model only beside something else is no draft that scores another model than the source.
    const beside = 'R1 is DeepSeek\'s reasoning model. On the HumanEval benchmark it scores 92%, and on MATH-500 85%; both results are comparable with OpenAI\'s o1.[2] Alongside R1, the company released six smaller versions.';
    const idx = bundledIndex();
    assert.deepEqual(runRules(analyzeDraft(beside, idx), idx).map((f) => [f.code, beside.slice(f.start, f.end)]), []);
    assert.deepEqual(warnings('It credits DeepSeek R1 with 92% on HumanEval and 85% on MATH-500, on a par with OpenAI\'s o1.', withSources(scorecardEn)), []);
    assert.deepEqual(warnings('DeepSeek R1 kam bei HumanEval auf 92 Prozent und bei MATH-500 auf 85 Prozent und liegt damit auf dem Niveau von OpenAI o1.', withSources(scorecardDe)), []);
  });
});
