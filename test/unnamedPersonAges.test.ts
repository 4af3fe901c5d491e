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

  test('German: „Ein Student aus Zhejiang … Der 23-Jährige …“, „Ein junger Student …“, „… Er ist 23 Jahre alt.“ state an age no source gives, no contradiction of Liang\'s', () => {
    assert.deepEqual(findings(`${de}Ein Student aus Zhejiang schrieb die erste Version. Der 23-Jährige baute das erste Repository auf.\n`), [unsourced('23-Jährige')]);
    assert.deepEqual(findings(`${de}Ein Student aus Zhejiang schrieb die erste Version. Er ist 23 Jahre alt.\n`), [unsourced('23 Jahre')]);
    assert.deepEqual(findings(`${de}Ein junger Student schrieb die erste Version. Der 23-Jährige baute das erste Repository auf.\n`), [unsourced('23-Jährige')]);
  });

  test('English: "A student from Zhejiang … The 23-year-old …", "… He is 23 years old." state an age no source gives, no contradiction of Liang\'s', () => {
    assert.deepEqual(findings(`${en}A student from Zhejiang wrote the first version. The 23-year-old set up the first repository.\n`), [unsourced('23-year-old')]);
    assert.deepEqual(findings(`${en}A student from Zhejiang wrote the first version. He is 23 years old.\n`), [unsourced('23 years old')]);
    assert.deepEqual(findings(`${en}A young student wrote the first version. The 23-year-old set up the first repository.\n`), [unsourced('23-year-old')]);
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

  // Review 43's probes: a person brought in other than as the subject (after „mit“/"with", an object, a listener, the
  // speaker after a quote), a verbless fragment, or a group, is no one an age after it is of; the age stays Liang's.
  test('German, not the subject: „sagt ein früherer Mitarbeiter“, „mit einem Team von Ingenieuren“, „Ein zurückhaltender Mann, sagen …“, „traf … einen Premierminister“, „sagte einem Reporter“, „Ein Team von Ingenieuren …“, „Ein Student aus Hangzhou, der …“', () => {
    assert.deepEqual(findings('Liang Wenfeng gilt als streng, sagt ein früherer Mitarbeiter. Der 45-Jährige gibt kaum Interviews.\n'), [mismatch('45-Jährige')]);
    assert.deepEqual(findings('Liang Wenfeng führt DeepSeek mit einem Team von Ingenieuren. Der 45-Jährige meidet die Öffentlichkeit.\n'), [mismatch('45-Jährige')]);
    assert.deepEqual(findings('Liang Wenfeng ist der Kopf hinter DeepSeek. Ein zurückhaltender Mann, sagen Weggefährten. Er ist 45 Jahre alt.\n'), [mismatch('45 Jahre')]);
    assert.deepEqual(findings('Liang Wenfeng traf am 20. Januar einen Premierminister. Der 45-Jährige sprach über KI.\n'), [mismatch('45-Jährige')]);
    assert.deepEqual(findings('Liang Wenfeng sagte einem Reporter, DeepSeek bleibe offen. Er ist 45.\n'), [unsourced('45')]);
    assert.deepEqual(findings('Hinter DeepSeek steht Liang Wenfeng. Ein Team von Ingenieuren baute R1. Der 45-Jährige meidet die Öffentlichkeit.\n'), [mismatch('45-Jährige')]);
    // A clause set in after the person („…, der anonym bleiben möchte, …“) is left as it was.
    assert.deepEqual(findings('Hinter DeepSeek steht Liang Wenfeng. Er ist 40 Jahre alt.\n\nEin Student aus Hangzhou, der anonym bleiben möchte, testete R1 als Erster. Der 23-Jährige war begeistert.\n'), [mismatch('23-Jährige')]);
  });

  test('English, not the subject: "says a former employee", "with a group of engineers", "A reserved man, say …", "met a premier", "told a reporter", "A group of engineers …", "A student from Hangzhou, who …"', () => {
    assert.deepEqual(findings(`${EN}Liang Wenfeng is demanding, says a former employee. The 45-year-old rarely gives interviews.\n`), []);
    assert.deepEqual(findings(`${EN}Liang Wenfeng runs DeepSeek with a group of engineers. The 45-year-old avoids the public eye.\n`), [mismatch('45-year-old')]);
    assert.deepEqual(findings(`${EN}Liang Wenfeng is the mind behind DeepSeek. A reserved man, say former colleagues. He is 45 years old.\n`), [mismatch('45 years old')]);
    assert.deepEqual(findings(`${EN}On 20 January Liang Wenfeng met a premier. The 45-year-old talked about AI.\n`), []);
    assert.deepEqual(findings(`${EN}Liang Wenfeng told a reporter that DeepSeek would stay open. He is 45.\n`), [mismatch('45')]);
    assert.deepEqual(findings(`${EN}Behind DeepSeek is Liang Wenfeng. A group of engineers built R1. The 45-year-old avoids the public eye.\n`), [mismatch('45-year-old')]);
    assert.deepEqual(findings(`${EN}Behind DeepSeek is Liang Wenfeng. He is 40 years old.\n\nA student from Hangzhou, who asked not to be named, was the first to test R1. The 23-year-old was thrilled.\n`), [mismatch('23-year-old')]);
  });
});
