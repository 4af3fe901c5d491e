import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { describeFact } from '../server/src/core/facts/describeFact';
import { bundledIndex } from './support/fixtures';

// Words and shapes the fact reading took for something they are not: a founding, a claim, a count.
const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}
const readAs = (text: string, figure: string, language: 'de' | 'en' = 'en') => {
  const f = analyzeDraft(text, index).figures.find((x) => x.figure.text === figure)!;
  return describeFact(f.fact, language);
};

describe('what something rests on is no founding: „gründet (sich) auf“, "founded on/upon"', () => {
  test('German: „gründet sich auf“, „gründen auf“ found nothing; „gegründet“ still does', () => {
    assert.deepEqual(findings('Die Strategie von DeepSeek gründet sich auf Entscheidungen, die Liang 2016 traf.'), [{ code: 'unsourced-figure', text: '2016' }]);
    assert.equal(readAs('DeepSeeks Modelle gründen auf Ideen aus dem Jahr 2016.', '2016', 'de'), 'DeepSeek: 2016');
    assert.deepEqual(findings('Das Vertrauen der Anleger gründete auf Zahlen aus dem Jahr 2016.'), [{ code: 'unsourced-figure', text: '2016' }]);
    assert.deepEqual(findings('DeepSeek wurde 2021 gegründet.'), [{ code: 'date-mismatch', text: '2021', fix: '2023' }]);
  });
  test('English: "founded on/upon" an idea founds nothing; "founded on 17 July 2023" is a founding', () => {
    assert.deepEqual(findings('DeepSeek\'s approach is founded on a 2016 idea.'), [{ code: 'unsourced-figure', text: '2016' }]);
    assert.deepEqual(findings('DeepSeek\'s approach is founded upon trading strategies from 2016.'), [{ code: 'unsourced-figure', text: '2016' }]);
    assert.equal(readAs('DeepSeek was founded on 17 July 2023.', '17 July 2023'), 'DeepSeek · founding: 17 July 2023');
    assert.deepEqual(findings('DeepSeek was founded on 17 July 2022.').map((f) => `${f.code} ${f.text}`), ['date-mismatch 17 July 2022']);
  });
});

describe('an age in apposition with its unit written is an age, not a count: "Informatikingenieur, 46 Jahre."', () => {
  test('German: „Informatikingenieur, 46 Jahre“ closed by a full stop after a role, not a full name', () => {
    assert.deepEqual(findings('Liang Wenfeng ist Informatikingenieur, 46 Jahre.'), [{ code: 'figure-mismatch', text: '46 Jahre', fix: '40 Jahre' }]);
    assert.deepEqual(findings('Liang Wenfeng ist Informatikingenieur, 40 Jahre.'), []);
    assert.equal(readAs('Liang Wenfeng ist Informatikingenieur, 40 Jahre.', '40 Jahre', 'de'), 'Liang Wenfeng · Alter: 40 Jahre');
    // A bare number still closes an apposition with a full stop only after a full name: "Nvidia, 17." lists values.
    assert.equal(readAs('Liang Wenfeng, 40. Informatikingenieur aus Guangdong.', '40', 'de'), 'Liang Wenfeng · Alter: 40');
    assert.deepEqual(findings('Nvidia, 17. Broadcom, 6.'), []);
  });
  test('English: "a computer engineer, 46 years" after a lower-case word, closed by a comma or a full stop', () => {
    assert.deepEqual(findings('Liang Wenfeng is a computer engineer, 46 years.'), [{ code: 'figure-mismatch', text: '46 years', fix: '40 years' }]);
    assert.deepEqual(findings('Liang Wenfeng is a computer engineer, 40 years.'), []);
    assert.deepEqual(findings('DeepSeek was founded by Liang Wenfeng, a computer engineer, 46 years, from Guangdong.').map((f) => `${f.code} ${f.text}`), ['figure-mismatch 46 years']);
  });
});

describe('a rival\'s benchmark score is not the model\'s the source scores ("keeps up with o1")', () => {
  // The source: "Im HumanEval-Benchmark … erreicht es 92 %, im mathematischen MATH-500-Test 85 % – Werte, die mit
  // Top-Modellen wie OpenAI o1 mithalten." The 85 % are R1's; o1 is named and kept out of the score.
  test('English: o1\'s own score on MATH-500 is unsourced, not a wrong 85 percent; R1\'s wrong score is still wrong', () => {
    assert.deepEqual(findings('OpenAI\'s o1 scores 96 percent on MATH-500.'), [{ code: 'unsourced-figure', text: '96 percent' }]);
    assert.deepEqual(findings('On MATH-500, o1 reaches 96 percent.'), [{ code: 'unsourced-figure', text: '96 percent' }]);
    assert.deepEqual(findings('OpenAI\'s o1 scores 85 percent on MATH-500.'), [{ code: 'unsourced-figure', text: '85 percent' }]);
    assert.deepEqual(findings('DeepSeek R1 scores 95 percent on MATH-500, keeping up with OpenAI\'s o1.'), [{ code: 'figure-mismatch', text: '95 percent', fix: '85 percent' }]);
    assert.deepEqual(findings('DeepSeek R1 scores 85 percent on MATH-500, keeping up with OpenAI\'s o1.'), []);
  });
  test('German: „Im MATH-500-Test erreicht OpenAIs o1 96 Prozent“ is o1\'s score; R1\'s wrong score is still wrong', () => {
    assert.deepEqual(findings('Im MATH-500-Test erreicht OpenAIs o1 96 Prozent.'), [{ code: 'unsourced-figure', text: '96 Prozent' }]);
    assert.deepEqual(findings('OpenAI o1 kommt im MATH-500-Test auf 96 Prozent.'), [{ code: 'unsourced-figure', text: '96 Prozent' }]);
    assert.deepEqual(findings('DeepSeek R1 erreicht im MATH-500-Test 95 Prozent und hält damit mit OpenAI o1 mit.'), [{ code: 'figure-mismatch', text: '95 Prozent', fix: '85 Prozent' }]);
    assert.deepEqual(findings('DeepSeek R1 erreicht im MATH-500-Test 85 Prozent und hält damit mit OpenAI o1 mit.'), []);
  });
});

describe('a question that asks what the founder set up: the role\'s company is not the founded thing', () => {
  // "DeepSeek's founder" names whose founder acts; in a question that asks what he set up, DeepSeek is not the answer.
  test('English: "Which hedge fund did DeepSeek\'s founder set up in 2015?" is no date-mismatch against DeepSeek\'s founding', () => {
    assert.deepEqual(findings('Which hedge fund did DeepSeek\'s founder set up in 2015?').filter((f) => f.code === 'date-mismatch'), []);
    assert.deepEqual(findings('**6. How old is DeepSeek\'s founder, and what did he set up in 2015?**').filter((f) => f.code === 'date-mismatch'), []);
    // Still a founding of DeepSeek where the question asks when: "When was DeepSeek founded, in 2022?"
    assert.deepEqual(findings('Was DeepSeek founded in 2021?').map((f) => `${f.code} ${f.text}`), ['date-mismatch 2021']);
  });
  test('German: „Was gründete DeepSeek-Gründer Liang 2015?“, „Welchen Hedgefonds gründete der DeepSeek-Gründer 2015?“', () => {
    assert.deepEqual(findings('Welchen Hedgefonds gründete der DeepSeek-Gründer 2015?').filter((f) => f.code === 'date-mismatch'), []);
    assert.deepEqual(findings('Was gründete DeepSeek-Gründer Liang 2015?').filter((f) => f.code === 'date-mismatch'), []);
    assert.deepEqual(findings('Wurde DeepSeek 2021 gegründet?').map((f) => `${f.code} ${f.text}`), ['date-mismatch 2021']);
  });
});

describe('a date followed by a span from another event ("2022, ein Jahr vor der Firmengründung") is not that event\'s date', () => {
  // The source: "…, bereits 2022, ein Jahr vor der Firmengründung, beschränkten": 2022 is the export restriction's year.
  test('German: „DeepSeek wurde 2022 gegründet.“ is a date-mismatch; the restriction\'s year is still checked', () => {
    assert.deepEqual(findings('DeepSeek wurde 2022 gegründet.'), [{ code: 'date-mismatch', text: '2022', fix: '2023' }]);
    assert.deepEqual(findings('Die USA beschränkten die Chipexporte nach China schon 2022, ein Jahr vor der Gründung von DeepSeek.'), []);
    assert.deepEqual(findings('Die USA beschränkten die Chipexporte nach China schon 2021, ein Jahr vor der Gründung von DeepSeek.').map((f) => `${f.code} ${f.text}`), ['date-mismatch 2021']);
    assert.deepEqual(findings('Am 20. Januar, eine Woche vor dem Kurssturz, veröffentlichte DeepSeek R1.').filter((f) => f.code !== 'unsourced-figure'), []);
  });
  test('English: "DeepSeek was founded in 2022." is a date-mismatch; "in 2022, a year before the company was founded" dates the restriction', () => {
    assert.deepEqual(findings('DeepSeek was founded in 2022.'), [{ code: 'date-mismatch', text: '2022', fix: '2023' }]);
    assert.equal(readAs('The US restricted chip exports to China in 2022, a year before the company was founded.', '2022'), 'China · export controls: 2022');
  });
});

describe('what a question asks for takes no company from the heading', () => {
  test('English: a quiz question under a heading that names DeepSeek is no DeepSeek founding', () => {
    assert.deepEqual(findings('# The Friday quiz: the DeepSeek week\n\n**6. How old is DeepSeek\'s founder, and what did he set up in 2015?**\n').filter((f) => f.code === 'date-mismatch'), []);
    assert.deepEqual(findings('# DeepSeek\n\nWhich hedge fund did DeepSeek\'s founder set up in 2016?\n'), [{ code: 'unsourced-figure', text: '2016' }]);
  });
  test('German: „Welchen Hedgefonds gründete der DeepSeek-Gründer 2016?“ unter einer Überschrift mit DeepSeek', () => {
    assert.deepEqual(findings('## Die DeepSeek-Woche\n\nWelchen Hedgefonds gründete der DeepSeek-Gründer 2016?\n'), [{ code: 'unsourced-figure', text: '2016' }]);
    assert.deepEqual(findings('## Die DeepSeek-Woche\n\nWurde DeepSeek 2021 gegründet?\n').map((f) => `${f.code} ${f.text}`), ['date-mismatch 2021']);
  });
});

describe('review mends: readings that were too broad', () => {
  const codes = (text: string) => findings(text).map((f) => `${f.code} ${f.text}`);
  test('an age set before a noun is that noun\'s, not a firm\'s age at an event (de, en)', () => {
    assert.ok(!codes('When R1 came out, DeepSeek\'s 40-year-old founder became famous.').some((c) => c.startsWith('figure-mismatch')));
    assert.ok(!codes('Als R1 erschien, stellte DeepSeek einen 25-jährigen Ingenieur ein.').some((c) => c.startsWith('figure-mismatch')));
  });
  test('a yes/no question and a relative "was"/"which" ask for nothing: the founding year is checked (de, en)', () => {
    assert.deepEqual(codes('Was the company set up by DeepSeek\'s founder in 2021?'), ['date-mismatch 2021']);
    assert.deepEqual(codes('Did DeepSeek\'s founder set up the start-up in 2021, which many doubt?'), ['date-mismatch 2021']);
    assert.deepEqual(codes('Hat der DeepSeek-Gründer, was viele nicht wissen, das Start-up 2021 gegründet?'), ['date-mismatch 2021']);
  });
  test('„gründete auf eigene Faust“, "founded on a Monday" are foundings (de, en)', () => {
    assert.deepEqual(codes('Liang gründete auf eigene Faust 2021 das Start-up DeepSeek.'), ['date-mismatch 2021']);
    assert.deepEqual(codes('DeepSeek was founded on a Monday in 2021.'), ['date-mismatch 2021']);
  });
  test('a heading\'s date after "vom", "for" or in brackets is the issue\'s day, not its events\' (de, en)', () => {
    assert.ok(!codes('## Newsletter vom 28. Januar 2025\n\nNvidia verlor 7,82 Prozent, Microsoft 3,75 Prozent.\n').some((c) => c.startsWith('date-mismatch')));
    assert.ok(!codes('## Ausgabe 12 (28.01.2025)\n\nNvidia verlor 7,82 Prozent.\n').some((c) => c.startsWith('date-mismatch')));
    assert.ok(!codes('## Morning briefing for January 28, 2025\n\nNvidia lost 7.82 percent and Microsoft 3.75 percent.\n').some((c) => c.startsWith('date-mismatch')));
  });
  test('"in the week", „in der Woche“ in passing make no week\'s move of a day\'s (de, en)', () => {
    assert.deepEqual(codes('On January 27, 2025, Nvidia lost 7.82 percent, the worst start in the week for years.'), []);
    assert.deepEqual(codes('Am 27. Januar 2025 verlor Nvidia 7,82 Prozent, der schlechteste Start in der Woche seit Jahren.'), []);
  });
});

describe('under a daily heading, a clause that looks back by days is of the day before: the heading\'s date is then no event\'s', () => {
  test('German: „Am Vortag war Nvidia um 9,82 Prozent gefallen“ under 28 January is 27 January\'s move, and the heading no wrong date', () => {
    const text = '## Dienstag, 28. Januar 2025\n\nAm Vortag war Nvidia um 9,82 Prozent gefallen.\n';
    assert.deepEqual(findings(text).filter((f) => f.code !== 'unsourced-figure'), [{ code: 'figure-mismatch', text: '9,82 Prozent', fix: '7,82 Prozent' }]);
    assert.equal(readAs(text, '9,82 Prozent', 'de'), 'Nvidia · Veränderung · 27. Jan. 2025: −9,82 Prozent');
    assert.equal(readAs('## Dienstag, 28. Januar 2025\n\nVor dem Wochenende fiel Nvidia um 9,82 Prozent.\n', '9,82 Prozent', 'de'), 'Nvidia · Veränderung · 28. Jan. 2025: −9,82 Prozent');
  });
  test('English: "Yesterday Nvidia fell 9.82 percent" under 28 January is 27 January\'s move; "Nvidia fell 9.82 percent" is the heading\'s day\'s', () => {
    const text = '---\nlang: en\n---\n\n## Tuesday, 28 January 2025\n\nYesterday Nvidia fell 9.82 percent.\n';
    assert.deepEqual(findings(text).filter((f) => f.code !== 'unsourced-figure'), [{ code: 'figure-mismatch', text: '9.82 percent', fix: '7.82 percent' }]);
    assert.equal(readAs(text, '9.82 percent'), 'Nvidia · change · 27 Jan 2025: −9.82 percent');
    assert.equal(readAs('---\nlang: en\n---\n\n## Tuesday, 28 January 2025\n\nNvidia fell 9.82 percent, extending yesterday\'s losses.\n', '9.82 percent'), 'Nvidia · change · 28 Jan 2025: −9.82 percent');
  });
});
