import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, extractFigures, runRules, type Language } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;
const counts = (text: string, language: Language) => extractFigures(text, { language }).map((f) => [f.text, f.kind, f.noun]);

describe('a part of a group counted in digits ("15,000 of the older A100s", "140 of you", „2.300 davon“) is a count', () => {
  test('English: the count is read with what it counts; a wrong one is contradicted, the true one silent', () => {
    assert.deepEqual(counts('Liang had bought as many as 15,000 of the older A100s.', 'en'), [['15,000', 'count', 'older a100s']]);
    assert.deepEqual(findings(english('Liang bought 60,000 of the A100 chips before the ban.')), [{ code: 'figure-mismatch', text: '60,000', fix: '50,000' }]);
    assert.deepEqual(findings(english('Liang bought 10,000 of the A100 chips before the ban.')), []);
    assert.deepEqual(findings(english('More than 140 of you wrote in.')), [{ code: 'unsourced-figure', text: '140' }]);
  });
  test('English: "N of them" counts what the sentence counted last; a share\'s true count is silent, a wrong one contradicted', () => {
    assert.deepEqual(counts('China accounts for 36% of the world\'s 1,328 AI models, roughly 480 of them.', 'en').map(([text, , noun]) => [text, noun]), [['36%', undefined], ['1,328', 'ai models'], ['480', 'ai models']]);
    assert.deepEqual(findings(english('China accounts for 36% of the world\'s 1,328 AI models, roughly 480 of them.')), []);
    assert.deepEqual(findings(english('China accounts for 36% of the world\'s 1,328 AI models, or roughly 360 of them.')).map((f) => [f.code, f.text]), [['figure-mismatch', '360']]);
    // A group of an earlier sentence is not known here: no figure, as before.
    assert.deepEqual(counts('The rest of the world accounts for nearly 600 of them.', 'en'), []);
  });
  test('German: „2.300 davon“, „140 von euch“ are counts of their own', () => {
    assert.deepEqual(counts('Wir führen 41.000 Depots; in 2.300 davon liegen Aktien.', 'de'), [['41.000', 'count', 'depots'], ['2.300', 'count', 'depots']]);
    assert.deepEqual(findings('Wir führen 41.000 Depots; in 2.300 davon liegen Aktien.\n').filter((f) => f.text === '2.300'), [{ code: 'unsourced-figure', text: '2.300' }]);
    assert.deepEqual(findings('Von den weltweit 1328 KI-Modellen stammen rund 480 davon aus China.\n'), []);
    assert.deepEqual(findings('140 von euch haben geschrieben.\n'), [{ code: 'unsourced-figure', text: '140' }]);

  });
  test('no count: number words, a share, a place numbered in one thing', () => {
    for (const text of ['One of the founders left.', 'Two of the engineers left.', 'See page 12 of the filing.', 'Chapter 2 of the report says so.', 'Game 3 of the series was close.', 'Week 4 of the trial began.', 'It was item 7 of the list.', 'It ranked No. 1 of the apps.']) {
      assert.deepEqual(counts(text, 'en'), [], text);
    }
    assert.deepEqual(counts('It scored 92 of 100 points.', 'en'), [['100', 'count', 'points']]);
    assert.deepEqual(counts('Einer der Gründer ging.', 'de'), []);
  });
});
