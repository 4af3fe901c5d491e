import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The sources: „Daraus entstanden die beiden Supercomputer Fire-Flyer I und Fire-Flyer II“, a paragraph after Liang's
// Nvidia A100 chips: a count of supercomputers, with Nvidia among its names.
const index = bundledIndex();
const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);

describe('a count that names nothing it counts is no other number of what a source counts by name', () => {
  test('German: „ich halte meine zwölf Stück“ beside Nvidia is unsourced, not „die beiden“ supercomputers; „drei Supercomputer“ stays wrong', () => {
    assert.deepEqual(all('Nichts Besonderes. Nvidia steht weiter gut, ich halte meine zwölf Stück.'), [['unsourced-figure', 'zwölf', 'No source states zwölf.']]);
    assert.deepEqual(all('**Nvidia:** ich halte zwölf Stück.'), [['unsourced-figure', 'zwölf', 'No source states zwölf.']]);
    assert.deepEqual(all('> Nvidia steht weiter gut, ich halte meine\n> zwölf Stück. DeepSeek baute die drei Supercomputer Fire-Flyer I und Fire-Flyer II.'), [
      ['unsourced-figure', 'zwölf', 'No source states zwölf.'],
      ['figure-mismatch', 'drei', 'drei contradicts the source, which says beiden.'],
    ]);
  });
  test('German: a range that names nothing it counts is still another estimate of the source\'s range („eine Spanne zwischen 1.000 und 50.000“ against 10.000 bis 50.000 chips)', () => {
    assert.deepEqual(all('Wie viele A100-Chips Liang kaufte, ist unklar. In einem Interview war von einer Spanne zwischen 1.000 und 50.000 die Rede.'), [['figure-mismatch', '1.000', '1.000 contradicts the source, which says 10.000.']]);
  });
  test('English: a table\'s count column and a quiz\'s "Accept three to four" are unsourced; "the three supercomputers" stays wrong', () => {
    assert.deepEqual(all('| Entry | Move | Sources |\n|---|---|---|\n| Nvidia, 27 January 2025 | −7.82% | 1 |\n').filter((f) => f[1] === '1'), [['unsourced-figure', '1', 'No source states 1.']]);
    assert.deepEqual(all('Nvidia\'s fall was about how many times the Nasdaq 100\'s? About four times. Accept "three to four".').filter((f) => f[0] !== 'unsourced-figure' || f[1] !== 'four times'), [
      ['unsourced-figure', 'three', 'No source states three.'],
      ['unsourced-figure', 'four', 'No source states four.'],
    ]);
    assert.deepEqual(all('DeepSeek built the three supercomputers Fire-Flyer I and Fire-Flyer II.'), [['figure-mismatch', 'three', 'three contradicts the source, which says beiden.']]);
  });
});
