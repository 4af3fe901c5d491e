import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { namesOfAnEarlierOrdinal } from '../server/src/core/facts/ordinalOwners';
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

describe('a name is the earlier member\'s only where the ordinal opens its phrase and sets the name off', () => {
  test('German, negative: „Nvidia war der erste, Broadcom der zweite“ names the members in order; Broadcom keeps its 6,58 Prozent', () => {
    assert.deepEqual(findings('Am härtesten traf es zwei Konzerne: Nvidia war der erste, Broadcom der zweite, mit 7,82 und 6,58 Prozent Minus.'), []);
    assert.deepEqual(findings('Fire-Flyer I war der erste Rechner, Fire-Flyer II der zweite: Er kostete eine Milliarde Yuan.'), []);
  });
  test('English, negative: "Nvidia was the first, Broadcom the second" names the members in order; Broadcom keeps its 6.58 percent', () => {
    assert.deepEqual(findings('Two stocks were hit hardest: Nvidia was the first, Broadcom the second, down 7.82 and 6.58 percent.'), []);
  });
  test('German, negative: „im ersten Quartal“, „beim ersten Versuch“ are times and tries, not members; the name after them stays', () => {
    const nvidia = (text: string) => [{ start: text.indexOf('Nvidia'), end: text.indexOf('Nvidia') + 'Nvidia'.length }];
    const quarter = 'Im ersten Quartal, Nvidia, legte der Umsatz zu; im zweiten verlor die Aktie 7,82 Prozent.';
    assert.deepEqual(namesOfAnEarlierOrdinal(quarter, quarter.indexOf('7,82'), nvidia(quarter)), []);
    const attempt = 'Beim ersten Versuch, Nvidia, scheiterte es; beim zweiten verlor die Aktie 7,82 Prozent.';
    assert.deepEqual(namesOfAnEarlierOrdinal(attempt, attempt.indexOf('7,82'), nvidia(attempt)), []);
  });
  test('the name set off beside an opening ordinal, with at most one word of what it is, is the earlier member\'s (DE, EN)', () => {
    const name = (text: string) => ({ start: text.indexOf('Fire-Flyer I,'), end: text.indexOf('Fire-Flyer I,') + 'Fire-Flyer I'.length });
    const de = 'Der erste Rechner, Fire-Flyer I, kostete 200 Millionen Yuan; der zweite eine Milliarde Yuan.';
    assert.deepEqual(namesOfAnEarlierOrdinal(de, de.indexOf('eine Milliarde'), [name(de)]), [name(de)]);
    const en = 'The chips went into two machines; the first machine, Fire-Flyer I, cost 200 million yuan; the second 1 billion yuan.';
    assert.deepEqual(namesOfAnEarlierOrdinal(en, en.indexOf('1 billion'), [name(en)]), [name(en)]);
    // Not set off (no comma after it), or a copula before the ordinal: the name runs on into the later member.
    const runOn = 'Der erste Rechner, Fire-Flyer I kostete 200 Millionen Yuan; der zweite eine Milliarde Yuan.';
    assert.deepEqual(namesOfAnEarlierOrdinal(runOn, runOn.indexOf('eine Milliarde'), [{ start: runOn.indexOf('Fire'), end: runOn.indexOf('Fire') + 12 }]), []);
  });
});
