import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index)
    .filter((f) => f.severity !== 'information')
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message, ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

describe('a figure after a later ordinal does not take the name the earlier ordinal\'s member was given', () => {
  test('German: „Der erste, Fire-Flyer I, kostete 200 Millionen Yuan, der zweite eine Milliarde Yuan.“ is right, was contradicted by 200 Millionen Yuan', () => {
    assert.deepEqual(findings('Aus den Chips wurden zwei Supercomputer. Der erste, Fire-Flyer I, kostete 200 Millionen Yuan, der zweite eine Milliarde Yuan.'), []);
    assert.deepEqual(findings('Aus den Chips wurden zwei Supercomputer. Der erste, Fire-Flyer I, kostete 200 Millionen Yuan, der zweite zwei Milliarden Yuan.'), [
      { code: 'figure-mismatch', text: 'zwei Milliarden Yuan', message: 'zwei Milliarden Yuan contradicts the source, which says eine Milliarde Yuan.', fix: 'eine Milliarde Yuan' },
    ]);
  });
  test('English: "The first, Fire-Flyer I, cost 200 million yuan; the second cost 2 billion yuan." is fixed to 1 billion, was 200 million', () => {
    assert.deepEqual(findings('The chips went into two machines. The first, Fire-Flyer I, cost 200 million yuan; the second cost 2 billion yuan.'), [
      { code: 'figure-mismatch', text: '2 billion yuan', message: '2 billion yuan contradicts the source, which says eine Milliarde Yuan.', fix: '1 billion yuan' },
    ]);
  });
  test('English, negative: names before the first ordinal are the series ("Microsoft and Nvidia: the former …, the latter …")', () => {
    assert.deepEqual(findings('Microsoft and Nvidia diverged: the former shed 3.75%, the latter 7.82%.'), []);
  });
  test('German, negative: without an earlier ordinal („…, der zweite Rechner …“ alone) the names stay', () => {
    assert.deepEqual(findings('Fire-Flyer I kostete 200 Millionen Yuan.'), []);
    assert.deepEqual(findings('Fire-Flyer I kostete 300 Millionen Yuan, so der zweite Bericht.').map((f) => f.fix), ['200 Millionen Yuan']);
  });
  test('German, negative: a subject later in the first ordinal\'s clause („im ersten erreichte R1 92, im zweiten 85 Prozent“) is both members\'', () => {
    assert.deepEqual(findings('Gerechnet wurde in zwei Tests, dem für Code und dem für Mathematik; im ersten erreichte R1 92, im zweiten 85 Prozent.'), []);
    assert.deepEqual(findings('Gerechnet wurde in zwei Tests, dem für Code und dem für Mathematik; im ersten erreichte R1 92, im zweiten 58 Prozent.').map((f) => f.text), ['58 Prozent']);
  });
});
