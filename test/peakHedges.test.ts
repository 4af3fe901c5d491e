import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}
const warnings = (text: string) => findings(text).filter((f) => f.code !== 'unsourced-figure');
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;

describe('a peak hedge before „bis zu“ ("zeitweise bis zu 9,82 Prozent", "at one point up to 9.82%") makes the figure the move\'s peak, not a limit', () => {
  test('German: „zeitweise bis zu“, „zeitweise um bis zu … ein“, „im Tagesverlauf bis zu“, „in der Spitze bis zu“ of Nvidia are contradicted by its 7,82 %', () => {
    for (const sentence of ['Nvidia verlor am Montag zeitweise bis zu 9,82 Prozent.', 'Die Nvidia-Aktie brach zeitweise um bis zu 9,82 Prozent ein.', 'Nvidia verlor im Tagesverlauf bis zu 9,82 Prozent.', 'Nvidia verlor in der Spitze bis zu 9,82 Prozent.']) {
      assert.deepEqual(findings(`${sentence}\n`), [{ code: 'figure-mismatch', text: '9,82 Prozent', fix: '7,82 Prozent' }], sentence);
    }
  });
  test('English: "at one point up to", "intraday up to" of Nvidia are contradicted by its 7.82%', () => {
    for (const sentence of ['Nvidia fell at one point up to 9.82% on Monday.', 'Nvidia shares lost intraday up to 9.82%.']) {
      assert.deepEqual(findings(english(sentence)), [{ code: 'figure-mismatch', text: '9.82%', fix: '7.82%' }], sentence);
    }
  });
  test('German and English guard: „bis zu“/"up to" without a peak hedge stays a bound; the peak the source gives is borne out; a limit of a count is no peak', () => {
    // A bound that the value lies within: no warning.
    assert.deepEqual(warnings('Microsoft verlor am Montag bis zu 5 Prozent.\n'), []);
    assert.deepEqual(warnings(english('Microsoft lost up to 5% on Monday.')), []);
    // The source's own „büßten bis zu 10 % ein“ of several, with the hedge: borne out.
    assert.deepEqual(warnings('Tech-Aktien wie Nvidia, Infineon und SoftBank büßten zeitweise bis zu 10 Prozent ein.\n'), []);
    assert.deepEqual(warnings(english('Tech stocks such as Nvidia, Infineon and SoftBank at times lost up to 10%.')), []);
    // A peak hedge before a count's limit: no percentage, no peak.
    assert.deepEqual(warnings('Nutzer von DeepSeek konnten zeitweise bis zu 50 Nachrichten am Tag senden.\n'), []);
    assert.deepEqual(warnings(english('DeepSeek users could at times send up to 50 messages a day.')), []);
  });
});
