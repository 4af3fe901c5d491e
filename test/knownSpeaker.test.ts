import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// "DeepSeek says training cost $5.6 million": the speaker is a name the sources know, so it is not a name no source
// knows ("?DeepSeek") whose training cost nothing the sources state; whom the context names is whose cost it is, as
// for a speaker the sources do not know ("Bloomberg says …").
const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}
const primaryOf = (text: string, figure: string) => analyzeDraft(text, index).figures.find((f) => text.slice(f.span.start, f.span.end) === figure)?.fact.primary;

describe('a known name that speaks ("DeepSeek says", „DeepSeek sagt“) is no unknown owner of the figure it says', () => {
  test('English: "DeepSeek says training cost $5.6 million" after a sentence on R1 is R1\'s cost, borne out or contradicted', () => {
    assert.deepEqual(findings("R1 is DeepSeek's reasoning model. DeepSeek says training cost $5.6 million."), []);
    assert.deepEqual(primaryOf("R1 is DeepSeek's reasoning model. DeepSeek says training cost $5.6 million.", '$5.6 million'), ['DeepSeek R1', 'DeepSeek']);
    assert.deepEqual(findings("R1 is DeepSeek's reasoning model. DeepSeek said training cost $6.5 million."), [{ code: 'figure-mismatch', text: '$6.5 million', fix: '$5.6 million' }]);
  });
  test('German: „DeepSeek sagt, das Training habe 5,6 Millionen Dollar gekostet“ is R1\'s cost', () => {
    assert.deepEqual(findings('R1 ist das Denkmodell von DeepSeek. DeepSeek sagt, das Training habe 5,6 Millionen Dollar gekostet.'), []);
    assert.deepEqual(findings('R1 ist das Denkmodell von DeepSeek. DeepSeek sagte, das Training habe 6,5 Millionen Dollar gekostet.'), [{ code: 'figure-mismatch', text: '6,5 Millionen Dollar', fix: '5,6 Millionen Dollar' }]);
  });
  test('as they were: a speaker no source knows, a figure of another name, "Laut …"', () => {
    assert.deepEqual(findings("R1 is DeepSeek's reasoning model. Bloomberg says training cost $5.6 million."), []);
    assert.deepEqual(findings('R1 ist das Denkmodell von DeepSeek. Bloomberg sagt, das Training habe 6,5 Millionen Dollar gekostet.'), [{ code: 'figure-mismatch', text: '6,5 Millionen Dollar', fix: '5,6 Millionen Dollar' }]);
    assert.deepEqual(findings("Nvidia says DeepSeek's app was downloaded 2 million times."), [{ code: 'unsourced-figure', text: '2 million' }]);
    assert.deepEqual(findings('Laut Angaben der Akademie stammen 63 Prozent der weltweit 1328 KI-Modelle aus China.'), [{ code: 'figure-mismatch', text: '63 Prozent', fix: '36 Prozent' }]);
  });
});
