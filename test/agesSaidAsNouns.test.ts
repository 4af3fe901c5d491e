import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function warnings(text: string) {
  return runRules(analyzeDraft(text, index), index)
    .filter((f) => f.severity !== 'information')
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message, ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

const EN = '---\nlang: en\n---\n\n';

describe('an age said as a noun opening a sentence („Der 41-Jährige …“, "The 44-year-old …") is the last person\'s, whatever company or model its clause names', () => {
  test('German: „Der 41-Jährige baute DeepSeek in Hangzhou auf.“ a paragraph after Liang is 40 contradicts the source; „Der 40-Jährige“ is no inconsistency', () => {
    const before = 'Liang Wenfeng ist Informatikingenieur. Er ist 40 Jahre alt.\n\nDas Modell R1 kam im Januar heraus und beeindruckte die Branche.\n\n';
    assert.deepEqual(warnings(`${before}Der 41-Jährige baute DeepSeek in Hangzhou auf.\n`), [
      { code: 'figure-mismatch', text: '41-Jährige', message: '41-Jährige contradicts the source, which says 40-jährige.', fix: '40-Jährige' },
    ]);
    assert.deepEqual(warnings(`${before}Der 40-Jährige baute DeepSeek in Hangzhou auf.\n`), []);
  });
  test('English: "The 44-year-old built DeepSeek in Hangzhou." a paragraph after Liang is 40 contradicts the source; "The 40-year-old" is no inconsistency', () => {
    const before = `${EN}Liang Wenfeng is a computer engineer. He is 40.\n\nThe lab's R1 model came out in January and impressed the industry.\n\n`;
    assert.deepEqual(warnings(`${before}The 44-year-old built DeepSeek in Hangzhou.\n`), [
      { code: 'figure-mismatch', text: '44-year-old', message: '44-year-old contradicts the source, which says 40-jährige.', fix: '40-year-old' },
    ]);
    assert.deepEqual(warnings(`${before}The 40-year-old built DeepSeek in Hangzhou.\n`), []);
  });
  test('German: „Der 41-Jährige gibt kaum Interviews, und seine Firma lässt … R1 …“: the firm pointed back to is not who is 41', () => {
    const before = 'Hinter DeepSeek steht Liang Wenfeng. Der Informatikingenieur ist 40 Jahre alt.\n\n';
    const later = 'Liang selbst schweigt zu alledem. Der 41-Jährige gibt kaum Interviews, und seine Firma lässt lieber den Code sprechen: R1 steht allen Entwicklern offen.\n';
    assert.deepEqual(warnings(before + later).map((f) => [f.code, f.text, f.fix]), [['figure-mismatch', '41-Jährige', '40-Jährige']]);
    assert.deepEqual(warnings(before + later.replace('41-Jährige', '40-Jährige')), []);
  });
  test('quiet: an age said of a person the clause names (German, English), a firm\'s age', () => {
    const de = 'Liang Wenfeng ist Informatikingenieur. Er ist 40 Jahre alt.\n\nLiang schweigt. Der 50-jährige Analyst Stacy Rasgon hält DeepSeek für überschätzt.\n\nLiang schweigt. Die Firma DeepSeek ist anderthalb Jahre alt.\n';
    assert.deepEqual(warnings(de), []);
    const en = `${EN}Liang Wenfeng is a computer engineer. He is 40.\n\nLiang keeps a low profile. The 50-year-old analyst Stacy Rasgon thinks DeepSeek is overrated.\n`;
    assert.deepEqual(warnings(en), []);
  });
});
