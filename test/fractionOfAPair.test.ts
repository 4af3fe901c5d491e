import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The sources: R1's training 5,6 Millionen Dollar, GPT-4o's 78 Millionen Dollar (5,6 ÷ 78 ≈ 7,2 %, a fourteenth);
// Fire-Flyer I 200 Millionen Yuan, Fire-Flyer II eine Milliarde Yuan (a fifth of the other, a sixth of both);
// 36 Prozent der weltweit 1328 KI-Modelle stammen aus China.
const index = bundledIndex();
const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
const mismatches = (text: string) => all(text).filter(([code]) => code === 'figure-mismatch');
const tenthOfR1 = (fraction: string) => [['figure-mismatch', fraction, `${fraction} contradicts the source, which says 5,6 Millionen Dollar ÷ 78 Millionen Dollar ≈ 7.2 %.`]];

describe('a fraction word that names no whole of its own is the share one sum of a pair makes of the other', () => {
  test('German: „R1 kostete nur ein Zehntel“ is wrong, „ein Vierzehntel“ borne out, in a list item and a block quote too', () => {
    assert.deepEqual(all('R1 kostete nur ein Zehntel.'), tenthOfR1('ein Zehntel'));
    assert.deepEqual(all('R1 kostete nur ein Vierzehntel.'), []);
    assert.deepEqual(all('- R1 kostete nur ein Zehntel.'), tenthOfR1('ein Zehntel'));
    assert.deepEqual(all('> R1 kostete nur ein Zehntel.'), tenthOfR1('ein Zehntel'));
    assert.deepEqual(all('R1 kostete knapp die Hälfte.'), tenthOfR1('die Hälfte'));
  });
  test('English: "R1 cost only a tenth" is wrong, "a fourteenth" borne out, in bold too', () => {
    assert.deepEqual(all('R1 cost only a tenth.'), tenthOfR1('a tenth'));
    assert.deepEqual(all('R1 cost only a fourteenth.'), []);
    assert.deepEqual(all('**R1 cost only a tenth.**'), tenthOfR1('a tenth'));
  });
  test('a share "of that" after a total may be the smaller sum\'s share of both: a sixth of 1.2 billion yuan is borne out, a third is wrong', () => {
    const text = 'His two supercomputers together cost 1.2 billion yuan, and the smaller one, Fire-Flyer I, accounts for about a sixth of that.';
    assert.deepEqual(mismatches(text), []);
    assert.deepEqual(mismatches(text.replace('a sixth', 'a third')), [['figure-mismatch', 'a third', 'a third contradicts the source, which says 200 Millionen Yuan ÷ eine Milliarde Yuan ≈ 20 %.']]);
  });
  test('a share of a whole of its own, another subject or another time is no share of the pair', () => {
    assert.deepEqual(all("China now produces more than a third of the world's AI models."), []);
    assert.deepEqual(mismatches('DeepSeek spent only a tenth of its budget on data in 2023.'), []);
    assert.deepEqual(mismatches('DeepSeek gab 2023 nur ein Zehntel seines Budgets für Daten aus.'), []);
    assert.deepEqual(mismatches('Qwen2.5-Max kostete nur ein Zehntel.'), []);
    assert.deepEqual(mismatches('R1 kostete nur ein Vierzehntel. R2 soll 2026 nur ein Zehntel kosten.'), []);
    assert.deepEqual(mismatches('R1 cost a tenth less than planned.'), []);
  });
});
