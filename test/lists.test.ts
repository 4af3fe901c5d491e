import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { describeFact } from '../server/src/core/facts/describeFact';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message, ...(f.fix ? { fix: f.fix.newText } : {}) }));
}
const readAs = (text: string, figure: string, language: 'de' | 'en') => {
  const f = analyzeDraft(text, index).figures.find((x) => x.figure.text === figure)!;
  return describeFact(f.fact, language);
};

describe('a list whose members each have their own article, preposition or category noun', () => {
  test('German: „der Halbleiterkonzern Broadcom und der Softwareriese Microsoft … 6,58 und 3,75 Prozent“ pairs in order; swapped, both are wrong', () => {
    const right = 'Der Halbleiterkonzern Broadcom und der Softwareriese Microsoft büßten 6,58 und 3,75 Prozent ein.';
    assert.deepEqual(findings(right), []);
    assert.equal(readAs(right, '3,75 Prozent', 'de'), 'Microsoft · Veränderung: −3,75 Prozent');
    assert.deepEqual(findings('Der Halbleiterkonzern Broadcom und der Softwareriese Microsoft büßten 3,75 und 6,58 Prozent ein.'), [
      { code: 'figure-mismatch', text: '3,75', message: '3,75 contradicts the source, which says -6,58 %.', fix: '6,58' },
      { code: 'figure-mismatch', text: '6,58 Prozent', message: '6,58 Prozent contradicts the source, which says -3,75 %.', fix: '3,75 Prozent' },
    ]);
  });
  test('German: „Beim Coding-Benchmark HumanEval und beim Mathe-Benchmark MATH-500 … 85 und 92 Prozent“: each benchmark its own score', () => {
    assert.deepEqual(findings('Beim Coding-Benchmark HumanEval und beim Mathe-Benchmark MATH-500 kam R1 auf 92 und 85 Prozent.'), []);
    assert.deepEqual(findings('Beim Coding-Benchmark HumanEval und beim Mathe-Benchmark MATH-500 kam R1 auf 85 und 92 Prozent.'), [
      { code: 'figure-mismatch', text: '85', message: '85 contradicts the source, which says 92 %.', fix: '92' },
      { code: 'figure-mismatch', text: '92 Prozent', message: '92 Prozent contradicts the source, which says 85 %.', fix: '85 Prozent' },
    ]);
  });
  test('English: "the chip designer Broadcom and the software maker Microsoft dropped 6.58% and 3.75%" pairs in order; swapped, both are wrong', () => {
    const right = 'The chip designer Broadcom and the software maker Microsoft dropped 6.58% and 3.75%.';
    assert.deepEqual(findings(right), []);
    assert.equal(readAs(right, '3.75%', 'en'), 'Microsoft · change: −3.75%');
    assert.deepEqual(findings('The chip designer Broadcom and the software maker Microsoft dropped 3.75% and 6.58%.'), [
      { code: 'figure-mismatch', text: '3.75%', message: '3.75% contradicts the source, which says -6,58 %.', fix: '6.58%' },
      { code: 'figure-mismatch', text: '6.58%', message: '6.58% contradicts the source, which says -3,75 %.', fix: '3.75%' },
    ]);
  });
  test('English: "for the MATH-500 benchmark and for the HumanEval benchmark" (the category after each name) pairs with "85% and 92%"', () => {
    assert.deepEqual(findings('For the MATH-500 benchmark and for the HumanEval benchmark, R1 posted 85% and 92%.'), []);
    assert.deepEqual(findings('For the MATH-500 benchmark and for the HumanEval benchmark, R1 posted 92% and 85%.'), [
      { code: 'figure-mismatch', text: '92%', message: '92% contradicts the source, which says 85 %.', fix: '85%' },
      { code: 'figure-mismatch', text: '85%', message: '85% contradicts the source, which says 92 %.', fix: '92%' },
    ]);
  });
});

describe('names joined by a slash, and their values joined by one', () => {
  test('German bullet: „HumanEval / MATH-500: 92 % / 85 %“ pairs in order; swapped, both are wrong', () => {
    const right = '- Im Benchmark HumanEval / MATH-500 erreicht R1 92 % / 85 %.';
    assert.deepEqual(findings(right), []);
    assert.equal(readAs(right, '85 %', 'de'), 'MATH-500 · Benchmark-Wert: 85 %');
    assert.deepEqual(findings('- Im Benchmark HumanEval / MATH-500 erreicht R1 85 % / 92 %.'), [
      { code: 'figure-mismatch', text: '85 %', message: '85 % contradicts the source, which says 92 %.', fix: '92 %' },
      { code: 'figure-mismatch', text: '92 %', message: '92 % contradicts the source, which says 85 %.', fix: '85 %' },
    ]);
  });
  test('German: „Am 27. Januar standen für Nvidia/Microsoft −7,82/−3,75 % zu Buche“ (no spaces) pairs in order; swapped, both are wrong', () => {
    const right = 'Am 27. Januar standen für Nvidia/Microsoft −7,82/−3,75 % zu Buche.';
    assert.deepEqual(findings(right), []);
    assert.equal(readAs(right, '−3,75 %', 'de'), 'Microsoft · Veränderung · 27. Jan.: −3,75 %');
    assert.deepEqual(findings('Am 27. Januar standen für Nvidia/Microsoft −3,75/−7,82 % zu Buche.'), [
      { code: 'figure-mismatch', text: '−3,75', message: '−3,75 contradicts the source, which says -7,82 %.', fix: '−7,82' },
      { code: 'figure-mismatch', text: '−7,82 %', message: '−7,82 % contradicts the source, which says -3,75 %.', fix: '−3,75 %' },
    ]);
  });
  test('English slide bullet: "HumanEval / MATH-500: 85% / 92%" is swapped; in order it is silent', () => {
    assert.deepEqual(findings('- The scores on HumanEval / MATH-500: 92% / 85%'), []);
    assert.deepEqual(findings('- The scores on HumanEval / MATH-500: 85% / 92%'), [
      { code: 'figure-mismatch', text: '85%', message: '85% contradicts the source, which says 92 %.', fix: '92%' },
      { code: 'figure-mismatch', text: '92%', message: '92% contradicts the source, which says 85 %.', fix: '85%' },
    ]);
  });
});

describe('a list whose members each have a short phrase after them (where from, what for)', () => {
  test('German: „Nvidia aus Santa Clara und Microsoft aus Redmond … 7,82 und 3,75 Prozent“ pairs in order; swapped, both are wrong', () => {
    const right = 'Am 27. Januar verloren Nvidia aus Santa Clara und Microsoft aus Redmond 7,82 und 3,75 Prozent.';
    assert.deepEqual(findings(right), []);
    assert.equal(readAs(right, '3,75 Prozent', 'de'), 'Microsoft · Veränderung · 27. Jan.: −3,75 Prozent');
    assert.deepEqual(findings('Am 27. Januar verloren Nvidia aus Santa Clara und Microsoft aus Redmond 3,75 und 7,82 Prozent.'), [
      { code: 'figure-mismatch', text: '3,75', message: '3,75 contradicts the source, which says -7,82 %.', fix: '7,82' },
      { code: 'figure-mismatch', text: '7,82 Prozent', message: '7,82 Prozent contradicts the source, which says -3,75 %.', fix: '3,75 Prozent' },
    ]);
  });
  test('German: „HumanEval fürs Programmieren und MATH-500 für Mathematik … 85 und 92 Prozent“: each benchmark its own score', () => {
    const right = 'In den Tests HumanEval fürs Programmieren und MATH-500 für Mathematik kommt R1 auf 92 und 85 Prozent.';
    assert.deepEqual(findings(right), []);
    assert.equal(readAs(right, '85 Prozent', 'de'), 'MATH-500 · Benchmark-Wert: 85 Prozent');
    assert.deepEqual(findings('In den Tests HumanEval fürs Programmieren und MATH-500 für Mathematik kommt R1 auf 85 und 92 Prozent.'), [
      { code: 'figure-mismatch', text: '85', message: '85 contradicts the source, which says 92 %.', fix: '92' },
      { code: 'figure-mismatch', text: '92 Prozent', message: '92 Prozent contradicts the source, which says 85 %.', fix: '85 Prozent' },
    ]);
  });
  test('English: "Broadcom of San Jose, Microsoft of Redmond and Nvidia of Santa Clara fell 6.58%, 3.75% and 7.82%": three members, each its own value', () => {
    const right = 'On January 27, Broadcom of San Jose, Microsoft of Redmond and Nvidia of Santa Clara fell 6.58%, 3.75% and 7.82%.';
    assert.deepEqual(findings(right), []);
    assert.equal(readAs(right, '7.82%', 'en'), 'Nvidia · change · 27 Jan: −7.82%');
    assert.deepEqual(findings('On January 27, Broadcom of San Jose, Microsoft of Redmond and Nvidia of Santa Clara fell 6.58%, 7.82% and 3.75%.'), [
      { code: 'figure-mismatch', text: '7.82%', message: '7.82% contradicts the source, which says -3,75 %.', fix: '3.75%' },
      { code: 'figure-mismatch', text: '3.75%', message: '3.75% contradicts the source, which says -7,82 %.', fix: '7.82%' },
    ]);
  });
  test('English: "HumanEval for coding and MATH-500 for maths: R1 scored 85% and 92%" is swapped; in order it is silent', () => {
    assert.deepEqual(findings('On HumanEval for coding and MATH-500 for maths, R1 scored 92% and 85%.'), []);
    assert.deepEqual(findings('On HumanEval for coding and MATH-500 for maths, R1 scored 85% and 92%.'), [
      { code: 'figure-mismatch', text: '85%', message: '85% contradicts the source, which says 92 %.', fix: '92%' },
      { code: 'figure-mismatch', text: '92%', message: '92% contradicts the source, which says 85 %.', fix: '85%' },
    ]);
  });
});

describe('a list of dates of something that happens once to each member', () => {
  test('German: „Der Hedgefonds High-Flyer und das Start-up DeepSeek wurden 2016 und 2023 gegründet“: each its own founding year', () => {
    const right = 'Der Hedgefonds High-Flyer und das Start-up DeepSeek wurden 2015 und 2023 gegründet.';
    assert.deepEqual(findings(right), []);
    assert.equal(readAs(right, '2023', 'de'), 'DeepSeek · Gründung: 2023');
    assert.deepEqual(findings(right.replace('2015', '2016')), [
      { code: 'date-mismatch', text: '2016', message: '2016 contradicts the source, which gives 2015.', fix: '2015' },
    ]);
  });
  test('German: „V3 und R1 erschienen im Dezember 2024 und am 21. Januar“: the second date is R1\'s, wrong by a day', () => {
    assert.deepEqual(findings('V3 und R1 erschienen im Dezember 2024 und am 20. Januar.'), []);
    assert.deepEqual(findings('V3 und R1 erschienen im Dezember 2024 und am 21. Januar.'), [
      { code: 'date-mismatch', text: '21. Januar', message: '21. Januar contradicts the source, which gives 20. Januar.', fix: '20. Januar' },
    ]);
  });
  test('English: "Liang set up High-Flyer and DeepSeek in 2016 and 2023": the years are the two firms\', not both Liang\'s', () => {
    const right = 'Liang set up High-Flyer and DeepSeek in 2015 and 2023.';
    assert.deepEqual(findings(right), []);
    assert.equal(readAs(right, '2023', 'en'), 'DeepSeek · founding: 2023');
    assert.deepEqual(findings(right.replace('2015', '2016')), [
      { code: 'date-mismatch', text: '2016', message: '2016 contradicts the source, which gives 2015.', fix: '2015' },
    ]);
  });
  test('English: "DeepSeek released V3 and R1 in December 2024 and on January 21": the second date is R1\'s', () => {
    assert.deepEqual(findings('DeepSeek released V3 and R1 in December 2024 and on January 20.'), []);
    assert.deepEqual(findings('DeepSeek released V3 and R1 in December 2024 and on January 21.'), [
      { code: 'date-mismatch', text: 'January 21', message: 'January 21 contradicts the source, which gives 20. Januar.', fix: 'January 20' },
    ]);
  });
});

describe('a name no source knows, broken over a soft line break', () => {
  // The Markdown source wraps its lines: a name of two words may end one line and start the next. It is still a name,
  // and what the figure after it is about: not the company of the sentence before.
  test('German: „Auch Applied\\nMaterials gab 5 Prozent nach“ is Applied Materials\' move, not Nvidia\'s', () => {
    const text = 'Nvidia verlor am Montag 7,82 Prozent. Auch Applied\nMaterials gab 5 Prozent nach.';
    assert.deepEqual(findings(text), [{ code: 'unsourced-figure', text: '5 Prozent', message: 'No source states 5 Prozent.' }]);
    assert.equal(readAs(text, '5 Prozent', 'de'), '?Applied Materials · Veränderung: −5 Prozent');
  });
  test('English: "Texas\\nInstruments also fell 5%" is Texas Instruments\' move, not Nvidia\'s', () => {
    const text = 'Nvidia lost 7.82% on Monday. Texas\nInstruments also fell 5%.';
    assert.deepEqual(findings(text), [{ code: 'unsourced-figure', text: '5%', message: 'No source states 5%.' }]);
    assert.equal(readAs(text, '5%', 'en'), '?Texas Instruments · change: −5%');
  });
});

describe('"respectively" over names of two kinds joined as one list', () => {
  test('German: „DeepSeek und V3 wurden im Juli 2023 beziehungsweise im Dezember 2023 gegründet und veröffentlicht“: the second date is the model\'s', () => {
    const right = 'DeepSeek und V3 wurden im Juli 2023 beziehungsweise im Dezember 2024 gegründet und veröffentlicht.';
    assert.deepEqual(findings(right), []);
    assert.deepEqual(findings(right.replace('Dezember 2024', 'Dezember 2023')), [
      { code: 'date-mismatch', text: 'Dezember 2023', message: 'Dezember 2023 contradicts the source, which gives Dezember 2024.', fix: 'Dezember 2024' },
    ]);
  });
  test('English: "DeepSeek and V3 were founded and released in July 2023 and December 2023, respectively": the firm, then the model', () => {
    const right = 'DeepSeek and V3 were founded and released in July 2023 and December 2024, respectively.';
    assert.deepEqual(findings(right), []);
    assert.deepEqual(findings(right.replace('December 2024', 'December 2023')), [
      { code: 'date-mismatch', text: 'December 2023', message: 'December 2023 contradicts the source, which gives Dezember 2024.', fix: 'December 2024' },
    ]);
  });
});

describe('a list of values followed by another clause with a value of the same kind', () => {
  test('German: „… fielen um 7,82, 3,75 beziehungsweise 6,58 Prozent, Infineon und SoftBank verloren bis zu 10 Prozent“: the list still pairs', () => {
    const right = 'Nvidia, Broadcom und Microsoft fielen um 7,82, 6,58 beziehungsweise 3,75 Prozent, Infineon und SoftBank verloren bis zu 10 Prozent.';
    assert.deepEqual(findings(right), []);
    assert.equal(readAs(right, '6,58', 'de'), 'Broadcom · Veränderung: −6,58 %');
    assert.deepEqual(findings(right.replace('6,58 beziehungsweise 3,75', '3,75 beziehungsweise 6,58')), [
      { code: 'figure-mismatch', text: '3,75', message: '3,75 contradicts the source, which says -6,58 %.', fix: '6,58' },
      { code: 'figure-mismatch', text: '6,58 Prozent', message: '6,58 Prozent contradicts the source, which says -3,75 %.', fix: '3,75 Prozent' },
    ]);
  });
  test('English: "… fell 7.82%, 3.75% and 6.58% respectively, and names such as Infineon and SoftBank lost up to 10%": the list still pairs', () => {
    const right = 'Nvidia, Broadcom and Microsoft fell 7.82%, 6.58% and 3.75% respectively, and names such as Infineon and SoftBank lost up to 10%.';
    assert.deepEqual(findings(right), []);
    assert.equal(readAs(right, '6.58%', 'en'), 'Broadcom · change: −6.58%');
    assert.deepEqual(findings(right.replace('6.58% and 3.75%', '3.75% and 6.58%')), [
      { code: 'figure-mismatch', text: '3.75%', message: '3.75% contradicts the source, which says -6,58 %.', fix: '6.58%' },
      { code: 'figure-mismatch', text: '6.58%', message: '6.58% contradicts the source, which says -3,75 %.', fix: '3.75%' },
    ]);
  });
  test('English: "High-Flyer, DeepSeek and V3 date from 2015, July 2023 and December 2024": a year joined to two days is one list, not two', () => {
    const text = 'High-Flyer, DeepSeek and V3 date from 2015, July 2023 and December 2024, and Liang met Li Qiang on January 20.';
    assert.equal(readAs(text, 'December 2024', 'en').startsWith('DeepSeek ·'), false);
  });
});

describe('a spoken list that says the sign before each value', () => {
  test('German: „Nvidia, Microsoft und Broadcom: minus 7,82, minus 3,75 und minus 6,58 Prozent“ pairs in order; swapped, both are wrong', () => {
    const right = 'Nvidia, Microsoft und Broadcom: minus 7,82, minus 3,75 und minus 6,58 Prozent.';
    assert.deepEqual(findings(right), []);
    assert.equal(readAs(right, '3,75', 'de'), 'Microsoft · Veränderung: −3,75 %');
    assert.deepEqual(findings('Nvidia, Microsoft und Broadcom: minus 7,82, minus 6,58 und minus 3,75 Prozent.'), [
      { code: 'figure-mismatch', text: '6,58', message: '6,58 contradicts the source, which says -3,75 %.', fix: '3,75' },
      { code: 'figure-mismatch', text: '3,75 Prozent', message: '3,75 Prozent contradicts the source, which says -6,58 %.', fix: '6,58 Prozent' },
    ]);
  });
  test('English: "Nvidia, Microsoft and Broadcom: minus 7.82, minus 6.58 and minus 3.75 percent" likewise', () => {
    assert.deepEqual(findings('Nvidia, Microsoft and Broadcom: minus 7.82, minus 3.75 and minus 6.58 percent.'), []);
    assert.deepEqual(findings('Nvidia, Microsoft and Broadcom: minus 7.82, minus 6.58 and minus 3.75 percent.'), [
      { code: 'figure-mismatch', text: '6.58', message: '6.58 contradicts the source, which says -3,75 %.', fix: '3.75' },
      { code: 'figure-mismatch', text: '3.75 percent', message: '3.75 percent contradicts the source, which says -6,58 %.', fix: '6.58 percent' },
    ]);
  });
});

describe('a count of the names listed in the sentence before stands for them', () => {
  test('German: „Nvidia, Broadcom und Microsoft … Die drei verloren 7,82, 6,58 und 3,75 Prozent“ pairs in order; swapped, both are wrong', () => {
    const lead = 'Nvidia, Broadcom und Microsoft traf es am härtesten. ';
    assert.deepEqual(findings(`${lead}Die drei verloren 7,82, 6,58 und 3,75 Prozent.`), []);
    assert.deepEqual(findings(`${lead}Die drei verloren 7,82, 3,75 und 6,58 Prozent.`), [
      { code: 'figure-mismatch', text: '3,75', message: '3,75 contradicts the source, which says -6,58 %.', fix: '6,58' },
      { code: 'figure-mismatch', text: '6,58 Prozent', message: '6,58 Prozent contradicts the source, which says -3,75 %.', fix: '3,75 Prozent' },
    ]);
    assert.deepEqual(findings('Broadcom und Microsoft traf es ebenfalls. Beide verloren 3,75 und 6,58 Prozent.').map((f) => f.text), ['3,75', '6,58 Prozent']);
  });
  test('English: "Nvidia, Broadcom and Microsoft … The three fell 7.82, 3.75 and 6.58 percent": swapped values are both wrong', () => {
    const lead = 'Nvidia, Broadcom and Microsoft were hit hardest. ';
    assert.deepEqual(findings(`${lead}The three fell 7.82, 3.75 and 6.58 percent.`).filter((f) => f.code === 'figure-mismatch'), [
      { code: 'figure-mismatch', text: '3.75', message: '3.75 contradicts the source, which says -6,58 %.', fix: '6.58' },
      { code: 'figure-mismatch', text: '6.58 percent', message: '6.58 percent contradicts the source, which says -3,75 %.', fix: '3.75 percent' },
    ]);
    assert.deepEqual(findings(`${lead}The three fell 7.82, 6.58 and 3.75 percent.`).filter((f) => f.code === 'figure-mismatch'), []);
  });
});

describe('list shapes writers use, read as the writer meant', () => {
  const said = (text: string) => findings(text).map((f) => `${f.code} ${f.text}${f.fix ? ` → ${f.fix}` : ''}`);
  const shapes: Array<[string, string[]]> = [
    ['Nvidia, Broadcom and Microsoft fell 7.82%, 3.75% and 6.58%, respectively.', ['figure-mismatch 3.75% → 6.58%', 'figure-mismatch 6.58% → 3.75%']],
    ['Nvidia, Broadcom und Microsoft verloren 7,82, 3,75 beziehungsweise 6,58 Prozent.', ['figure-mismatch 3,75 → 6,58', 'figure-mismatch 6,58 Prozent → 3,75 Prozent']],
    ['Broadcom and Microsoft lost 3.75 and 6.58 percent, respectively.', ['figure-mismatch 3.75 → 6.58', 'figure-mismatch 6.58 percent → 3.75 percent']],
    ['Kursverluste am Montag:\n\n- Nvidia: 7,82 % Minus\n- Broadcom: 3,75 % Minus\n- Microsoft: 3,75 % Minus\n', ['figure-mismatch 3,75 % → 6,58 %']],
    ['Losses on Monday:\n\n- Nvidia: down 7.82%\n- Broadcom: down 3.75%\n- Microsoft: down 3.75%\n', ['figure-mismatch 3.75% → 6.58%']],
    ['| | Nvidia | Broadcom | Microsoft |\n|---|---|---|---|\n| Change | −7.82% | −3.75% | −3.75% |\n', ['figure-mismatch −3.75% → −6.58%']],
    ['| Konzern | Kursverlust |\n|---|---|\n| Nvidia | 7,82 % |\n| Broadcom | 3,75 % |\n| Microsoft | 3,75 % |\n', ['figure-mismatch 3,75 % → 6,58 %']],
    ['- Nvidia\n  - Kursverlust: 7,82 %\n- Broadcom\n  - Kursverlust: 3,75 %\n', ['figure-mismatch 3,75 % → 6,58 %']],
    ['Nvidia verlor 7,82 Prozent, Broadcom 3,75 Prozent und Microsoft 6,58 Prozent.', ['figure-mismatch 3,75 Prozent → 6,58 Prozent', 'figure-mismatch 6,58 Prozent → 3,75 Prozent']],
    ['Nvidia (−7,82 %), Broadcom (−3,75 %) und Microsoft (−6,58 %) gaben deutlich nach.', ['figure-mismatch −3,75 % → −6,58 %', 'figure-mismatch −6,58 % → −3,75 %']],
    ['Nvidia (-7.82%), Broadcom (-3.75%) and Microsoft (-6.58%) all fell.', ['figure-mismatch -3.75% → -6.58%', 'figure-mismatch -6.58% → -3.75%']],
    ['Zeitleiste:\n\n1. Juli 2023: Gründung von DeepSeek\n2. Dezember 2023: Veröffentlichung von V3\n', ['date-mismatch Dezember 2023 → Dezember 2024']],
    ['Timeline:\n\n- June 2023: DeepSeek is founded\n- December 2024: V3 is released\n', ['date-mismatch June 2023 → July 2023']],
    ['Die Supercomputer Fire-Flyer I und Fire-Flyer II kosteten eine Milliarde Yuan bzw. 200 Millionen Yuan.', ['figure-mismatch eine Milliarde Yuan → 200 Millionen Yuan', 'figure-mismatch 200 Millionen Yuan → eine Milliarde Yuan']],
    ['Fire-Flyer I and Fire-Flyer II cost €130 million and €26 million respectively.', ['figure-mismatch €130 million → €26 million', 'figure-mismatch €26 million → €130 million']],
    ['R1 scored 85 and 92 percent on HumanEval and MATH-500, respectively.', ['figure-mismatch 85 → 92', 'figure-mismatch 92 percent → 85 percent']],
    ['Auf HumanEval und MATH-500 erreichte R1 jeweils 85 bzw. 92 Prozent.', ['figure-mismatch 85 → 92', 'figure-mismatch 92 Prozent → 85 Prozent']],
  ];
  for (const [text, expected] of shapes) test(JSON.stringify(text), () => assert.deepEqual(said(text), expected));
});

describe('the publication an estimate appeared in is not what the range is about', () => {
  test('English: "estimates in MIT Technology Review run from 10,000 to 15,000 units" checks the A100 range; the wrong end is wrong', () => {
    assert.deepEqual(findings('Liang had stocked up on Nvidia A100s; estimates in MIT Technology Review run from 10,000 to 15,000 units.'), [
      { code: 'figure-mismatch', text: '15,000', message: '15,000 contradicts the source, which says 50.000.', fix: '50,000' },
    ]);
  });
  test('German: „Schätzungen in der MIT Technology Review reichen von 10.000 bis 15.000 Stück“: the wrong end is wrong', () => {
    assert.deepEqual(findings('Liang hatte sich mit Nvidia-A100-Chips eingedeckt; die Schätzungen in der MIT Technology Review reichen von 10.000 bis 15.000 Stück.'), [
      { code: 'figure-mismatch', text: '15.000', message: '15.000 contradicts the source, which says 50.000.', fix: '50.000' },
    ]);
  });
});

describe('a list of values whose names follow them after "for" or „bei“', () => {
  test('German: „7,82, 6,58 und 3,75 Prozent bei Nvidia, Broadcom und Microsoft“ pairs in order; swapped, both are wrong', () => {
    const right = 'Die Kursverluste betrugen 7,82, 6,58 und 3,75 Prozent bei Nvidia, Broadcom und Microsoft.';
    assert.deepEqual(findings(right), []);
    assert.equal(readAs(right, '6,58', 'de'), 'Broadcom · Veränderung: −6,58 %');
    assert.deepEqual(findings('Die Kursverluste betrugen 7,82, 3,75 und 6,58 Prozent bei Nvidia, Broadcom und Microsoft.'), [
      { code: 'figure-mismatch', text: '3,75', message: '3,75 contradicts the source, which says -6,58 %.', fix: '6,58' },
      { code: 'figure-mismatch', text: '6,58 Prozent', message: '6,58 Prozent contradicts the source, which says -3,75 %.', fix: '3,75 Prozent' },
    ]);
  });
  test('English: "the drops, 7.82%, 3.75% and 6.58%, for Nvidia, Broadcom and Microsoft": swapped values are both wrong', () => {
    assert.deepEqual(findings('The day\'s drops were 7.82%, 6.58% and 3.75%, for Nvidia, Broadcom and Microsoft.'), []);
    assert.deepEqual(findings('The day\'s drops were 7.82%, 3.75% and 6.58%, for Nvidia, Broadcom and Microsoft.'), [
      { code: 'figure-mismatch', text: '3.75%', message: '3.75% contradicts the source, which says -6,58 %.', fix: '6.58%' },
      { code: 'figure-mismatch', text: '6.58%', message: '6.58% contradicts the source, which says -3,75 %.', fix: '3.75%' },
    ]);
  });
  test('more names after the preposition than values, or names before the values, pair nothing with the names after', () => {
    assert.equal(readAs('Die Kursverluste betrugen 7,82 und 3,75 Prozent bei Nvidia, Broadcom und Microsoft.', '3,75 Prozent', 'de').startsWith('Broadcom'), false);
    assert.equal(readAs('The drops were 7.82% and 3.75% for Nvidia, Broadcom and Microsoft.', '3.75%', 'en').startsWith('Broadcom'), false);
    assert.deepEqual(findings('Nvidia and Microsoft fell 7.82% and 3.75%, at Broadcom and Infineon the mood was calmer.'), []);
  });
});

describe('values of a list written with a slash: „−7,82/−3,75 %“, "7.82/3.75%"', () => {
  test('German: „Für Nvidia und Microsoft standen −7,82/−3,75 %“ pairs in order with their signs; a wrong or swapped value is wrong', () => {
    const right = 'Für Nvidia und Microsoft standen −7,82/−3,75 %.';
    assert.deepEqual(findings(right), []);
    assert.equal(readAs(right, '−7,82', 'de'), 'Nvidia · Veränderung: −7,82 %');
    assert.deepEqual(findings('Für Broadcom und Nvidia notierten die Tafeln −6,58/−8,72 %.'), [
      { code: 'figure-mismatch', text: '−8,72 %', message: '−8,72 % contradicts the source, which says -7,82 %.', fix: '−7,82 %' },
    ]);
    assert.deepEqual(findings('Nvidia und Microsoft verloren 3,75/7,82 Prozent.').map((f) => `${f.code} ${f.text}`), ['figure-mismatch 3,75', 'figure-mismatch 7,82 Prozent']);
  });
  test('English: "Nvidia and Microsoft closed down 7.82/3.75%" pairs in order; swapped, both are wrong', () => {
    assert.deepEqual(findings('Nvidia and Microsoft closed down 7.82/3.75%.'), []);
    assert.equal(readAs('Nvidia and Microsoft closed down 7.82/3.75%.', '3.75%', 'en'), 'Microsoft · change: −3.75%');
    assert.deepEqual(findings('Nvidia and Microsoft closed at −3.75%/−7.82%.').map((f) => `${f.code} ${f.text}${f.fix ? ` → ${f.fix}` : ''}`), [
      'figure-mismatch −3.75% → −7.82%',
      'figure-mismatch −7.82% → −3.75%',
    ]);
  });
  test('a slash that joins no list of percentages stays no figure: „24/7 erreichbar“, "up 24/7"', () => {
    assert.deepEqual(findings('DeepSeek ist 24/7 erreichbar, Tester gaben R1 die Note 9/10.'), []);
    assert.deepEqual(findings('The DeepSeek app is up 24/7.'), []);
  });
  test('a slash with spaces around it parts two statements: „1328 / 36 %“ under „KI-Modelle weltweit / Anteil Chinas“, "1,328 / 36%"', () => {
    const cell = (label: string, value: string) => `| Kennzahl | Wert |\n|---|---|\n| ${label} | ${value} |\n`;
    assert.deepEqual(findings(cell('KI-Modelle weltweit / Anteil aus China', '1328 / 36 %')).filter((f) => f.text.startsWith('1')), []);
    assert.deepEqual(findings(cell('AI models worldwide / share from China', '1,328 / 36%')).filter((f) => f.text.startsWith('1')), []);
  });
});

describe('the words after a range are what it counts only when no article starts them', () => {
  test('German: „… war von einer Spanne zwischen 1.000 und 50.000 die Rede“ checks the A100 range: the wrong end is wrong', () => {
    assert.deepEqual(findings('Liang hortete A100-Chips. In einem Interview war von einer Spanne zwischen 1.000 und 50.000 die Rede.'), [
      { code: 'figure-mismatch', text: '1.000', message: '1.000 contradicts the source, which says 10.000.', fix: '10.000' },
    ]);
    assert.deepEqual(findings('Liang hortete A100-Chips. In einem Interview war von einer Spanne zwischen 10.000 und 50.000 die Rede.'), []);
  });
  test('English, the same shape: "a range of 1,000 to 50,000 was the talk" checks the A100 range', () => {
    assert.deepEqual(findings('Liang stockpiled A100 chips. In one interview a range of 1,000 to 50,000 was the talk.'), [
      { code: 'figure-mismatch', text: '1,000', message: '1,000 contradicts the source, which says 10.000.', fix: '10,000' },
    ]);
  });
  test('an adjective before the noun still leads to it: „sechs kleinere Versionen“, "six smaller versions"', () => {
    assert.deepEqual(findings('Neben R1 veröffentlichte DeepSeek sechs kleinere Versionen.'), []);
    assert.deepEqual(findings('Neben R1 veröffentlichte DeepSeek sieben kleinere Versionen.').map((f) => `${f.code} ${f.text}`), ['figure-mismatch sieben']);
    assert.deepEqual(findings('Alongside R1, DeepSeek released seven smaller versions.').map((f) => `${f.code} ${f.text}`), ['figure-mismatch seven']);
  });
});

describe('a range of graphics cards is a range of chips', () => {
  test('German: „zwischen 10.000 und 15.000 Grafikkarten“ checks the A100 estimate: the wrong end is wrong', () => {
    assert.deepEqual(findings('Liang hatte sich mit A100-Chips eingedeckt; die Schätzungen liegen zwischen 10.000 und 15.000 Grafikkarten.'), [
      { code: 'figure-mismatch', text: '15.000', message: '15.000 contradicts the source, which says 50.000.', fix: '50.000' },
    ]);
    assert.deepEqual(findings('Liang hatte sich mit A100-Chips eingedeckt; die Schätzungen liegen zwischen 10.000 und 50.000 Grafikkarten.'), []);
  });
  test('English: "somewhere between 10,000 and 15,000 cards" checks the A100 estimate: the wrong end is wrong', () => {
    assert.deepEqual(findings('Liang had stocked up on A100 chips; the estimates are somewhere between 10,000 and 15,000 cards.'), [
      { code: 'figure-mismatch', text: '15,000', message: '15,000 contradicts the source, which says 50.000.', fix: '50,000' },
    ]);
    assert.deepEqual(findings('Liang had stocked up on A100 chips; the estimates are somewhere between 10,000 and 50,000 cards.'), []);
  });
  test('a card that is no chip stays what it was: "the scorecard"', () => {
    assert.deepEqual(findings('The DeepSeek scorecard lists 92% on HumanEval.'), []);
  });
});

describe('a range of years behind a rival is written with its unit', () => {
  test('German: „zwei bis vier Jahre im Rückstand“: the wrong end is wrong, underlined with its unit', () => {
    assert.deepEqual(findings('Branchenkenner hatten China zwei bis vier Jahre im Rückstand gesehen.'), [
      { code: 'figure-mismatch', text: 'vier Jahre', message: 'vier Jahre contradicts the source, which says drei Jahre.', fix: 'drei Jahre' },
    ]);
    assert.deepEqual(findings('Branchenkenner hatten China zwei bis drei Jahre im Rückstand gesehen.'), []);
  });
  test('English: "two to four years behind the US": the wrong end is wrong, underlined with its unit', () => {
    assert.deepEqual(findings('Experts had put China two to four years behind the US.'), [
      { code: 'figure-mismatch', text: 'four years', message: 'four years contradicts the source, which says drei Jahre.', fix: 'three years' },
    ]);
    assert.deepEqual(findings('Experts had put China two to three years behind the US.'), []);
  });
});
