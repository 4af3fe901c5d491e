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
