import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const EN = '---\nlang: en\n---\n\n';

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

// The source: „Das Unternehmen veröffentlichte neben R1 auch sechs kleinere Versionen, die auf Laptops laufen können.
// Eine davon übertrifft laut DeepSeek sogar OpenAIs o1-mini bei bestimmten Benchmarks.“ A clause about one member of
// what the figure counts ("one of which", „von denen eine“, „eine davon“) says nothing of the count: its benchmarks and
// its rival are the member's, not what "six" measures.
describe('a clause about one of the things counted says nothing of the count', () => {
  test('English: "six smaller versions …, one of which beats o1-mini on certain benchmarks" is borne out', () => {
    assert.deepEqual(findings(`${EN}R1 ships with six smaller versions that run on laptops, one of which beats o1-mini on certain benchmarks.\n`), []);
    assert.deepEqual(findings(`${EN}DeepSeek also offers six smaller versions for laptops, one of which beats o1-mini on some benchmarks.\n`), []);
  });

  test('English: a wrong count so told contradicts the source', () => {
    assert.deepEqual(findings(`${EN}DeepSeek also offers eight smaller versions for laptops, one of which beats o1-mini on some benchmarks.\n`), [{ code: 'figure-mismatch', text: 'eight', fix: 'six' }]);
  });

  test('German: „…, von denen eine …“ and „…, eine davon …“ leave the count as it is, borne out or contradicted', () => {
    assert.deepEqual(findings('Zu R1 gibt es sechs kleinere Versionen für Laptops, von denen eine bei bestimmten Benchmarks o1-mini schlägt.\n'), []);
    assert.deepEqual(findings('R1 kommt mit sechs kleineren Versionen für Laptops, eine davon schlägt o1-mini bei bestimmten Benchmarks.\n'), []);
    assert.deepEqual(findings('Zu R1 gibt es acht kleinere Versionen für Laptops, von denen eine bei bestimmten Benchmarks o1-mini schlägt.\n'), [{ code: 'figure-mismatch', text: 'acht', fix: 'sechs' }]);
  });
});
