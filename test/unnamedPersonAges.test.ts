import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, severity: f.severity, text: text.slice(f.start, f.end) }));
}

const EN = '---\nlang: en\n---\n\n';
const unsourced = (text: string) => ({ code: 'unsourced-figure', severity: 'information', text });
const mismatch = (text: string) => ({ code: 'figure-mismatch', severity: 'warning', text });

describe('an age said as a noun or a pronoun after „ein Student“, "a student" is that person\'s, not the last one named', () => {
  const de = 'Hinter DeepSeek steht Liang Wenfeng. Er ist 40 Jahre alt.\n\n';
  const en = `${EN}Behind DeepSeek is Liang Wenfeng. He is 40 years old.\n\n`;

  test('German: „Ein Student aus Zhejiang … Der 23-Jährige …“, „… Er ist 23 Jahre alt.“, „einen jungen Studenten“ state an age no source gives, no contradiction of Liang\'s', () => {
    assert.deepEqual(findings(`${de}Ein Student aus Zhejiang schrieb die erste Version. Der 23-Jährige baute das erste Repository auf.\n`), [unsourced('23-Jährige')]);
    assert.deepEqual(findings(`${de}Ein Student aus Zhejiang schrieb die erste Version. Er ist 23 Jahre alt.\n`), [unsourced('23 Jahre')]);
    assert.deepEqual(findings(`${de}Liang stellte einen jungen Studenten ein. Der 23-Jährige baute das erste Repository auf.\n`), [unsourced('23-Jährige')]);
  });

  test('English: "A student from Zhejiang … The 23-year-old …", "… He is 23 years old." state an age no source gives, no contradiction of Liang\'s', () => {
    assert.deepEqual(findings(`${en}A student from Zhejiang wrote the first version. The 23-year-old set up the first repository.\n`), [unsourced('23-year-old')]);
    assert.deepEqual(findings(`${en}A student from Zhejiang wrote the first version. He is 23 years old.\n`), [unsourced('23 years old')]);
    assert.deepEqual(findings(`${en}Liang hired a young student. The 23-year-old set up the first repository.\n`), [unsourced('23-year-old')]);
  });

  test('German, other shapes: words said of Liang („ist ein Informatikingenieur“, „Liang Wenfeng, ein Informatikingenieur“), a person named after the student, or a section\'s first sentence describing its heading\'s person still make the age his', () => {
    const after = ' Der 41-Jährige baute DeepSeek in Hangzhou auf.\n';
    assert.deepEqual(findings(`${de}Liang Wenfeng ist ein Informatikingenieur aus Guangdong.${after}`), [mismatch('41-Jährige')]);
    assert.deepEqual(findings(`${de}Dahinter steht Liang Wenfeng, ein Informatikingenieur aus Guangdong.${after}`), [mismatch('41-Jährige')]);
    assert.deepEqual(findings(`${de}Ein Student aus Zhejiang traf Liang Wenfeng.${after}`), [mismatch('41-Jährige')]);
    assert.deepEqual(findings(`${de}## Wer ist der Gründer?\n\nEin Informatikingenieur aus Guangdong. Er ist 41 Jahre alt.\n`), [mismatch('41 Jahre')]);
  });

  test('English, other shapes: "is a computer engineer", "trained as an engineer", "a Chinese start-up", a person named after the student, or a section\'s first sentence still make the age his', () => {
    const after = ' The 41-year-old set up the fund High-Flyer.\n';
    assert.deepEqual(findings(`${en}Liang Wenfeng is a computer engineer from Guangdong.${after}`), [mismatch('41-year-old')]);
    assert.deepEqual(findings(`${en}He trained as an engineer in Zhejiang.${after}`), [mismatch('41-year-old')]);
    assert.deepEqual(findings(`${en}A Chinese start-up now worries Silicon Valley.${after}`), [mismatch('41-year-old')]);
    assert.deepEqual(findings(`${en}A student from Zhejiang met Liang Wenfeng.${after}`), [mismatch('41-year-old')]);
    assert.deepEqual(findings(`${en}## Who is the founder?\n\nA computer engineer from Guangdong. He is 41 years old.\n`), [mismatch('41 years old')]);
  });
});
