import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const EN = '---\nlang: en\n---\n\n';

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
}

// The source: "Wir glauben fest daran, dass 99 Prozent des Erfolgs aus harter Arbeit und nur ein Prozent aus Talent
// resultieren", beschreibt das Unternehmen (DeepSeek) auf seiner Website. A headline feed sets its lines in capitals:
// there "TALENT" or "SHARES" is the word shouted, not an acronym of some company no source knows.
describe('in a line set in capitals, a word the lexicon knows is no unknown name', () => {
  test('English: "SUCCESS IS \'99% HARD WORK, 1% TALENT\'" is DeepSeek\'s motto, both figures borne out', () => {
    assert.deepEqual(findings(`${EN}16:35 *DEEPSEEK WEBSITE: SUCCESS IS '99% HARD WORK, 1% TALENT'\n`), []);
  });

  test('English: a wrong share of the motto so written contradicts the source', () => {
    assert.deepEqual(findings(`${EN}16:35 *DEEPSEEK WEBSITE: SUCCESS IS '95% HARD WORK, 5% TALENT'\n`), [
      { code: 'figure-mismatch', text: '95%' },
      { code: 'figure-mismatch', text: '5%' },
    ]);
  });

  test('German: „ZU EINEM PROZENT AUS TALENT“ is borne out, „ZU FÜNF PROZENT“ contradicted', () => {
    assert.deepEqual(findings('DEEPSEEK: ERFOLG KOMMT ZU 99 PROZENT AUS ARBEIT, ZU EINEM PROZENT AUS TALENT\n'), []);
    assert.deepEqual(findings('DEEPSEEK: ERFOLG KOMMT ZU 95 PROZENT AUS ARBEIT, ZU FÜNF PROZENT AUS TALENT\n'), [
      { code: 'figure-mismatch', text: '95 PROZENT' },
      { code: 'figure-mismatch', text: 'FÜNF PROZENT' },
    ]);
  });

  test('a company no source knows stays someone else in capitals: "ASML SHARES FALL 5%" is no value of Nvidia\'s', () => {
    assert.deepEqual(findings(`${EN}09:30 *NVIDIA FALLS 7.82% AT CLOSE\n09:31 *ASML SHARES FALL 5% IN EARLY TRADE\n`), [{ code: 'unsourced-figure', text: '5%' }]);
    assert.deepEqual(findings('09:30 NVIDIA FÄLLT UM 7,82 PROZENT\n\n09:31 ASML-AKTIEN VERLIEREN IM HANDEL 5 PROZENT\n'), [{ code: 'unsourced-figure', text: '5 PROZENT' }]);
  });

  test('a line of ordinary words alone takes no one\'s value: "SHARES SLIDE 5%" after Nvidia\'s line is not called wrong', () => {
    assert.deepEqual(findings(`${EN}09:30 *NVIDIA FALLS 7.82% AT CLOSE\n09:31 *SHARES SLIDE 5% IN EARLY TRADE\n`), [{ code: 'unsourced-figure', text: '5%' }]);
  });
});

// A shouted line gives no name its capitals, and an acronym has six letters at most: a longer word that is no word of
// the language ("SALESFORCE", „ALEPHALPHA“) is someone no source knows, and its clause's figure is not DeepSeek's.
describe('in a line set in capitals, a long word that is no word of the language is someone else', () => {
  test('English: "SALESFORCE SPENT $20 MILLION" after DeepSeek\'s $5.6 million is no value of DeepSeek\'s', () => {
    assert.deepEqual(findings(`${EN}*DEEPSEEK SPENT $5.6 MILLION TRAINING R1; SALESFORCE SPENT $20 MILLION\n`), [{ code: 'unsourced-figure', text: '$20 MILLION' }]);
    assert.deepEqual(findings(`${EN}*DEEPSEEK TRAINED R1 FOR $5.6 MILLION, SALESFORCE SPENT $20 MILLION\n`), [{ code: 'unsourced-figure', text: '$20 MILLION' }]);
    assert.deepEqual(findings(`${EN}*DEEPSEEK SPENT $5.6 MLN TRAINING R1; ANTHROPIC SPENT $20 MLN\n`), [{ code: 'unsourced-figure', text: '$20 MLN' }]);
  });

  test('German: „ALEPHALPHA BRAUCHTE 20 MILLIONEN DOLLAR“ after R1\'s 5,6 Millionen is no value of R1\'s', () => {
    assert.deepEqual(findings('DEEPSEEK TRAINIERTE R1 FÜR 5,6 MILLIONEN DOLLAR – ALEPHALPHA BRAUCHTE 20 MILLIONEN DOLLAR\n'), [{ code: 'unsourced-figure', text: '20 MILLIONEN DOLLAR' }]);
    assert.deepEqual(findings('DEEPSEEK: TRAINING VON R1 KOSTETE 5,6 MILLIONEN DOLLAR, BEI ALEPHALPHA WAREN ES 20 MILLIONEN DOLLAR\n'), [{ code: 'unsourced-figure', text: '20 MILLIONEN DOLLAR' }]);
  });

  test('DeepSeek\'s own wrong figure beside it is still contradicted', () => {
    assert.deepEqual(findings(`${EN}*DEEPSEEK SPENT $6.5 MILLION TRAINING R1; SALESFORCE SPENT $20 MILLION\n`), [
      { code: 'figure-mismatch', text: '$6.5 MILLION' },
      { code: 'unsourced-figure', text: '$20 MILLION' },
    ]);
  });

  test('a long name the sources know stays that name: "MICROSOFT LOST 5 PERCENT", „BROADCOM BÜSST 9 PROZENT EIN“ are contradicted', () => {
    assert.deepEqual(findings(`${EN}*NVIDIA FELL 7.82% ON MONDAY; MICROSOFT LOST 5 PERCENT\n`), [{ code: 'figure-mismatch', text: '5 PERCENT' }]);
    assert.deepEqual(findings('NVIDIA VERLIERT 7,82 PROZENT; BROADCOM BÜSST 9 PROZENT EIN\n'), [{ code: 'figure-mismatch', text: '9 PROZENT' }]);
  });

  test('a long word of the language is no one: „CHIPKONZERN“, "CHIPMAKER" leave a wrong figure Nvidia\'s', () => {
    assert.deepEqual(findings('NVIDIA: CHIPKONZERN VERLIERT 17,82 PROZENT\n'), [{ code: 'figure-mismatch', text: '17,82 PROZENT' }]);
    assert.deepEqual(findings(`${EN}*NVIDIA: CHIPMAKER LOSES 17.82% ON MONDAY\n`), [{ code: 'figure-mismatch', text: '17.82%' }]);
  });
});
