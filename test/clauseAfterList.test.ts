import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { describeFact } from '../server/src/core/facts/describeFact';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message }));
}
const readAs = (text: string, figure: string, language: 'de' | 'en') => describeFact(analyzeDraft(text, index).figures.find((x) => x.figure.text === figure)!.fact, language);

const swappedCosts = (first: string, second: string) => [
  { code: 'figure-mismatch', text: first, message: `${first} contradicts the source, which says 200 Millionen Yuan.` },
  { code: 'figure-mismatch', text: second, message: `${second} contradicts the source, which says eine Milliarde Yuan.` },
];

describe('a clause that a comma and a conjunction open after a list of values says nothing of what the last value measures', () => {
  test('English: "… one billion yuan and 200 million yuan respectively, and that the estimates of Liang\'s chips ran …": both swapped costs are caught', () => {
    const text = "He understood that Fire-Flyer I and Fire-Flyer II had cost one billion yuan and 200 million yuan respectively, and that the estimates of Liang's chips ran between 10,000 and 50,000.";
    assert.deepEqual(findings(text), swappedCosts('one billion yuan', '200 million yuan'));
    assert.equal(readAs(text, '200 million yuan', 'en'), 'Fire-Flyer II · cost: 200 million yuan');
  });
  test('English: "…, respectively, and Liang\'s chips numbered …"', () => {
    assert.deepEqual(findings("Fire-Flyer I and Fire-Flyer II cost one billion yuan and 200 million yuan, respectively, and Liang's chips numbered between 10,000 and 50,000."), swappedCosts('one billion yuan', '200 million yuan'));
  });
  test('German: „… eine Milliarde Yuan und 200 Millionen Yuan, und Liangs Chips werden … geschätzt“', () => {
    const text = 'Fire-Flyer I und Fire-Flyer II kosteten eine Milliarde Yuan und 200 Millionen Yuan, und Liangs Chips werden auf 10.000 bis 50.000 geschätzt.';
    assert.deepEqual(findings(text), swappedCosts('eine Milliarde Yuan', '200 Millionen Yuan'));
    assert.equal(readAs(text, '200 Millionen Yuan', 'de'), 'Fire-Flyer II · Kosten: 200 Millionen Yuan');
  });
  test('true statements stay silent, in either language', () => {
    assert.deepEqual(findings("He understood that Fire-Flyer I and Fire-Flyer II had cost 200 million yuan and one billion yuan respectively, and that the estimates of Liang's chips ran between 10,000 and 50,000."), []);
    assert.deepEqual(findings('Fire-Flyer I und Fire-Flyer II kosteten 200 Millionen Yuan und eine Milliarde Yuan, und Liangs Chips werden auf 10.000 bis 50.000 geschätzt.'), []);
  });
  test('„, und das an einem Tag“ goes on saying the list\'s own clause: its values keep their move', () => {
    assert.equal(readAs('Nvidia und Broadcom verloren 7,82 und 6,58 Prozent, und das an einem einzigen Tag.', '6,58 Prozent', 'de'), 'Broadcom · Veränderung: −6,58 Prozent');
  });
  test('"…, but estimates of Liang\'s chips vary …" opens a clause of its own too; a true order stays silent (German and English)', () => {
    assert.deepEqual(findings("Fire-Flyer I and Fire-Flyer II cost one billion yuan and 200 million yuan respectively, but estimates of Liang's chips vary between 10,000 and 50,000."), swappedCosts('one billion yuan', '200 million yuan'));
    assert.deepEqual(findings('Fire-Flyer I und Fire-Flyer II kosteten eine Milliarde Yuan beziehungsweise 200 Millionen Yuan, aber die Schätzungen zu Liangs Chips schwanken zwischen 10.000 und 50.000.'), swappedCosts('eine Milliarde Yuan', '200 Millionen Yuan'));
    assert.deepEqual(findings('Fire-Flyer I und Fire-Flyer II kosteten 200 Millionen Yuan beziehungsweise eine Milliarde Yuan, aber die Schätzungen zu Liangs Chips schwanken zwischen 10.000 und 50.000.'), []);
  });
  test('„…, und damit stärker als Microsoft, gefallen“: words a comma closes before the list\'s verb are an insertion, the verb still the list\'s', () => {
    assert.equal(readAs('Nvidia und Broadcom sind um 7,82 und 6,58 Prozent, und damit stärker als Microsoft, gefallen.', '6,58 Prozent', 'de'), 'Broadcom · Veränderung: −6,58 Prozent');
    assert.deepEqual(findings('Nvidia und Broadcom sind um 7,82 und 6,58 Prozent, und damit stärker als Microsoft, gefallen.'), []);
    assert.deepEqual(findings('Nvidia und Broadcom sind um 7,82 und 6,58 Prozent, und damit stärker als Microsoft, gestiegen.').map((f) => [f.code, f.text]), [['figure-mismatch', '6,58 Prozent']]);
  });
});
