import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function inconsistencies(text: string) {
  return runRules(analyzeDraft(text, index), index)
    .filter((f) => f.code === 'draft-inconsistency')
    .map((f) => ({ text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

describe('a count no source states, restated by no one named with two neighbouring digits swapped, is the earlier one mistyped', () => {
  test('German: „| Gäste beim Neujahrsempfang | 168 |“ after „Zum Empfang am 12. Januar kamen 186 Gäste“', () => {
    const text = '# Gemeindebrief\n\nZum Empfang am 12. Januar kamen 186 Gäste, so viele wie nie.\n\n## In Zahlen\n\n| Kennzahl | Wert |\n|---|---|\n| Gäste beim Neujahrsempfang | 168 |\n';
    assert.deepEqual(inconsistencies(text), [{ text: '168', fix: '186' }]);
  });
  test('English: "| Guests at the reception | 168 |" after "Our reception on 12 January drew 186 guests"', () => {
    const text = '# Parish letter\n\nOur reception on 12 January drew 186 guests, more than ever.\n\n## In numbers\n\n| Item | Value |\n|---|---|\n| Guests at the reception | 168 |\n';
    assert.deepEqual(inconsistencies(text), [{ text: '168', fix: '186' }]);
  });
  test('quiet: two events with swapped counts, another count of the same noun, a sourced count, a slip of another noun', () => {
    assert.deepEqual(inconsistencies('# Gemeindebrief\n\nZum Neujahrsempfang kamen 186 Gäste.\n\nZum Sommerfest kamen 168 Gäste.\n'), []);
    assert.deepEqual(inconsistencies('# Parish letter\n\nOur reception drew 186 guests.\n\n| Item | Value |\n|---|---|\n| Guests at the summer fair | 240 |\n'), []);
    assert.deepEqual(inconsistencies('# Gemeindebrief\n\nZum Empfang kamen 186 Gäste.\n\n| Kennzahl | Wert |\n|---|---|\n| Stühle beim Empfang | 168 |\n'), []);
    assert.deepEqual(inconsistencies('# Models\n\nThe smaller model has 68 billion parameters.\n\nThe larger one has 86 billion parameters.\n'), []);
  });
});
