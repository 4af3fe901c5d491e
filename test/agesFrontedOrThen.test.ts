import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function warnings(text: string) {
  return runRules(analyzeDraft(text, index), index)
    .filter((f) => f.severity !== 'information')
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

const ages = (text: string) => analyzeDraft(text, index).figures.filter((f) => f.figure.kind === 'age').map((f) => f.figure.text);

const EN = '---\nlang: en\n---\n\n';

describe('an age fronted by "now" („Heute 44, gibt er …“, "Now 44, the founder …") is the clause\'s person\'s', () => {
  test('German: „Heute 44, hat der Gründer …“ contradicts the source\'s 40; „Heute 40, gibt er kaum Interviews“ is no warning', () => {
    const before = 'DeepSeek wurde von Liang Wenfeng gegründet. ';
    assert.deepEqual(warnings(`${before}Heute 44, hat der Gründer ein Exportverbot zum Vorteil gemacht.\n`), [{ code: 'figure-mismatch', text: '44', fix: '40' }]);
    assert.deepEqual(warnings(`${before}Heute 40, gibt er kaum Interviews.\n`), []);
  });

  test('English: "Now 44, the founder has …" contradicts the source\'s 40; "Now 40, he rarely gives interviews" is no warning', () => {
    const before = `${EN}DeepSeek was founded by Liang Wenfeng. `;
    assert.deepEqual(warnings(`${before}Now 44, the founder has turned an export ban into an edge.\n`), [{ code: 'figure-mismatch', text: '44', fix: '40' }]);
    assert.deepEqual(warnings(`${before}Now 40, he rarely gives interviews.\n`), []);
  });

  test('no age where no person follows the comma, nor where "now" does not open the sentence', () => {
    assert.deepEqual(ages('Heute 40, morgen 50: Die Zahl chinesischer KI-Labore wächst.'), []);
    assert.deepEqual(ages('Liang Wenfeng ist 40 Jahre alt. Nvidia fiel heute 17, dann weitere 3 Prozent.'), ['40 Jahre']);
    assert.deepEqual(ages(`${EN}Now 40, the list of Chinese AI labs keeps growing.`), []);
    assert.deepEqual(ages(`${EN}The Nasdaq lost 3 percent and now 20, or so, of its members trade lower.`), []);
  });
});

// The findings a user sees on the fronted number, information included.
function shownOn(text: string, figure: string) {
  return runRules(analyzeDraft(text, index), index)
    .filter((f) => text.slice(f.start, f.end) === figure)
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

describe('a fronted age is the person the clause names, or the one "er"/"he" means where the paragraph names one (review 43, must-fix 7)', () => {
  test('German: „Heute 44, hat Liang Wenfeng …“ is the age of the person the clause names, contradicting the source\'s 40', () => {
    assert.deepEqual(warnings('Zihan Wang arbeitete früher für DeepSeek. Heute 44, hat Liang Wenfeng ein Exportverbot zum Vorteil gemacht.\n'), [{ code: 'figure-mismatch', text: '44', fix: '40' }]);
  });

  test('English: "Now 44, Liang Wenfeng has …" is the age of the person the clause names, contradicting the source\'s 40', () => {
    assert.deepEqual(warnings(`${EN}Zihan Wang used to work for DeepSeek. Now 44, Liang Wenfeng has turned an export ban into an edge.\n`), [{ code: 'figure-mismatch', text: '44', fix: '40' }]);
  });

  test('German: „Heute 44, gibt er …“ after a paragraph naming Liang alone is his age, contradicting the source\'s 40', () => {
    assert.deepEqual(warnings('Liang Wenfeng stammt aus Guangdong. Heute 44, gibt er kaum Interviews.\n'), [{ code: 'figure-mismatch', text: '44', fix: '40' }]);
  });

  test('English: "Now 44, he rarely …" after a paragraph naming Liang alone is his age, contradicting the source\'s 40', () => {
    assert.deepEqual(warnings(`${EN}Liang Wenfeng comes from Guangdong. Now 44, he rarely gives interviews.\n`), [{ code: 'figure-mismatch', text: '44', fix: '40' }]);
  });

  test('German: no finding where "er" may be another person, the founder is no one named so, or only a heading names him', () => {
    assert.deepEqual(shownOn('Liang Wenfeng stellte 2023 den Doktoranden Zihan Wang ein. Heute 28, promoviert er in Illinois.\n', '28'), []);
    assert.deepEqual(shownOn('Zihan Wang arbeitete früher für Liang Wenfeng. Heute 28, promoviert er an der Northwestern University.\n', '28'), []);
    assert.deepEqual(shownOn('Marc Andreessen lobte R1. Heute 45, gibt der Gründer von DeepSeek kaum Interviews.\n', '45'), []);
    assert.deepEqual(shownOn('Liang Wenfeng lobte R1. Heute 45, leitet der Gründer von OpenAI ein Labor.\n', '45'), []);
    assert.deepEqual(shownOn('# Zahlen\n\nLiang Wenfeng ist 40 Jahre alt.\n\n## Zihan Wang\n\nHeute 40, forscht er an der Northwestern University.\n', '40'), []);
  });

  test('English: no finding where "he" may be another person, the founder is no one named so, or only a heading names him', () => {
    assert.deepEqual(shownOn(`${EN}In 2023 Liang Wenfeng hired the doctoral student Zihan Wang. Now 28, he is studying in Illinois.\n`, '28'), []);
    assert.deepEqual(shownOn(`${EN}Zihan Wang used to work for Liang Wenfeng. Now 28, he is a doctoral student at Northwestern University.\n`, '28'), []);
    assert.deepEqual(shownOn(`${EN}Marc Andreessen praised R1. Now 45, the founder of DeepSeek rarely gives interviews.\n`, '45'), []);
    assert.deepEqual(shownOn(`${EN}Liang Wenfeng praised R1. Now 45, the founder of OpenAI runs a lab.\n`, '45'), []);
    assert.deepEqual(shownOn(`${EN}# Numbers\n\nLiang Wenfeng is 40 years old.\n\n## Zihan Wang\n\nNow 40, he does research at Northwestern University.\n`, '40'), []);
  });
});

describe('a fronted age of someone owned or brought in without a name is no named person\'s (review 44, must-fix 4)', () => {
  test('German: „Heute 28, forscht er …“ after „einen jungen Doktoranden“, „Liangs Mitgründer“, „sein Mitgründer“ are no finding', () => {
    assert.deepEqual(shownOn('Liang Wenfeng stellte 2023 einen jungen Doktoranden ein. Heute 28, forscht er in Illinois.\n', '28'), []);
    assert.deepEqual(shownOn('Liang Wenfeng baute DeepSeek auf. Heute 52, leitet Liangs Mitgründer den Hedgefonds High-Flyer.\n', '52'), []);
    assert.deepEqual(shownOn('Liang Wenfeng gründete 2015 High-Flyer. Heute 50, leitet sein Mitgründer den Fonds.\n', '50'), []);
    assert.deepEqual(shownOn('Liang Wenfeng gründete 2015 High-Flyer. Heute 50, leitet Liang Wenfengs Mitgründer den Fonds.\n', '50'), []);
  });

  test('English: "Now 28, he is …" after "a young doctoral student", "Liang\'s co-founder", "his co-founder" are no finding', () => {
    assert.deepEqual(shownOn(`${EN}Liang Wenfeng hired a young doctoral student in 2023. Now 28, he is doing research in Illinois.\n`, '28'), []);
    assert.deepEqual(shownOn(`${EN}Liang Wenfeng built DeepSeek. Now 52, Liang's co-founder runs the High-Flyer fund.\n`, '52'), []);
    assert.deepEqual(shownOn(`${EN}Liang Wenfeng founded High-Flyer in 2015. Now 50, his co-founder runs the fund.\n`, '50'), []);
    assert.deepEqual(shownOn(`${EN}Liang Wenfeng founded High-Flyer in 2015. Now 50, Liang Wenfeng's co-founder runs the fund.\n`, '50'), []);
  });

  test('German: a thing brought in („ein Labor“) leaves „er“ Liang\'s, and „er“ before „seinen Fonds“ is still his: 44 contradicts the source\'s 40', () => {
    assert.deepEqual(warnings('Liang Wenfeng baute ein Labor auf. Heute 44, gibt er kaum Interviews.\n'), [{ code: 'figure-mismatch', text: '44', fix: '40' }]);
    assert.deepEqual(warnings('Liang Wenfeng meidet Kameras. Heute 44, leitet er seinen Fonds allein.\n'), [{ code: 'figure-mismatch', text: '44', fix: '40' }]);
  });

  test('English: a thing brought in ("a lab") leaves "he" Liang\'s, and "he" before "his fund" is still his: 44 contradicts the source\'s 40', () => {
    assert.deepEqual(warnings(`${EN}Liang Wenfeng built a lab. Now 44, he rarely gives interviews.\n`), [{ code: 'figure-mismatch', text: '44', fix: '40' }]);
    assert.deepEqual(warnings(`${EN}Liang Wenfeng avoids cameras. Now 44, he runs his fund alone.\n`), [{ code: 'figure-mismatch', text: '44', fix: '40' }]);
  });
});

describe('a thing\'s age said as of then („Der Fonds war damals acht Jahre alt“, "The fund was then eight years old") is no person\'s', () => {
  test('German: the fund\'s age is no contradiction of Liang\'s 40; „Er war damals 30 Jahre alt“ is still his', () => {
    const before = '# Montag, 27. Januar 2025\n\nLiang Wenfeng ist 40 Jahre alt. Er gründete 2015 den Hedgefonds High-Flyer.\n\n';
    assert.deepEqual(warnings(`${before}Der Fonds war damals acht Jahre alt.\n`), []);
    assert.deepEqual(ages(`${before}Der Fonds war damals acht Jahre alt.\n`), ['40 Jahre']);
    assert.deepEqual(ages(`${before}Er war damals 30 Jahre alt.\n`), ['40 Jahre', '30 Jahre']);
  });

  test('English: the fund\'s age is no contradiction of Liang\'s 40; "He was then 30 years old" is still his', () => {
    const before = `${EN}# Monday, January 27, 2025\n\nLiang Wenfeng is 40 years old. He set up the hedge fund High-Flyer in 2015.\n\n`;
    assert.deepEqual(warnings(`${before}The fund was then eight years old.\n`), []);
    assert.deepEqual(ages(`${before}The fund was then eight years old.\n`), ['40 years old']);
    assert.deepEqual(ages(`${before}He was then 30 years old.\n`), ['40 years old', '30 years old']);
  });
});
