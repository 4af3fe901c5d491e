import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyzeDraft, buildSourceIndex, extractFigures, hoverAt, runRules } from '../server/src/core';
import { compareFigures } from '../server/src/core/match/agreement';
import { describeFact } from '../server/src/core/facts/describeFact';
import { isNumberCell } from '../server/src/core/figures/bareNumber';
import { bundledIndex, read, extraSource, withSources } from './support/fixtures';

const index = bundledIndex();
/** The bundled articles and a few more (other days, other companies). */
/** One more article, as a writer's folder would hold it. */
/** The findings a draft gets from the bundled articles, which one more article about another day must not change. */
function assertUnchangedBy(extra: { id: string; uri: string; text: string }, text: string, expected: Array<{ code: string; text: string; fix?: string }>) {
  const codeAndText = (list: ReturnType<typeof findings>) => (expected.some((e) => e.fix) ? list : list.map(({ code, text: t }) => ({ code, text: t })));
  assert.deepEqual(codeAndText(findings(text)), expected);
  assert.deepEqual(codeAndText(findings(text, withSources(extra))), expected);
}
/** An article of the evaluation set's distractors: real-looking news about the same companies on another day. */
const distractor = (file: string) => extraSource(file, read(`test/eval/distractors/${file}`));

function findings(text: string, idx = index) {
  return runRules(analyzeDraft(text, idx), idx).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}
const readAs = (text: string, figure: string, language: 'de' | 'en' = 'en') => {
  const f = analyzeDraft(text, index).figures.find((x) => x.figure.text === figure)!;
  return describeFact(f.fact, language);
};

describe('a year\'s value near another day\'s', () => {
  // An article about a day in April reports a move near the one a draft gives for a whole year: the draft's year is
  // not that day by mistake; only the very value would say so.
  const english = extraSource('2025-04-10_tariffs.md', '---\ntitle: Tariff shock hits Wall Street again\npublished: 2025-04-10\n---\n\nOn April 10, US stocks gave back part of the previous day\'s gains. Nvidia fell 5.9 percent, Microsoft 2.3 percent.\n');
  const german = extraSource('2025-04-10_zollschock.txt', 'Zollschock: Wall Street bricht erneut ein\n\nAm 10. April gaben die US-Börsen ihre Gewinne vom Vortag zum Teil wieder ab. Nvidia büßte 5,9 Prozent ein, Microsoft 2,3 Prozent.\n');
  const dateFindings = (text: string, extra: ReturnType<typeof extraSource>) => findings(text, withSources(extra)).filter((f) => f.code === 'date-mismatch');
  test('English: "rose about 2 percent in 2024" is no date-mismatch beside Microsoft\'s 2.3 percent of April 10', () => {
    assert.deepEqual(dateFindings('Microsoft rose about 2 percent in 2024.', english), []);
  });
  test('German: „gewann 2024 rund 2 Prozent“ ist kein falsches Datum neben Microsofts 2,3 Prozent vom 10. April', () => {
    assert.deepEqual(dateFindings('Microsoft gewann 2024 rund 2 Prozent.', german), []);
  });
});

describe('facts across sentences', () => {
  test('an edit to the paragraph before changes what an unchanged paragraph\'s figure is about, and undoing it changes it back', () => {
    const tail = '\n\nThe shares lost 17 percent within hours.\n';
    assert.equal(readAs(`Nvidia had a bad day in January 2025.${tail}`, '17 percent'), 'Nvidia · share price: −17 percent');
    assert.equal(readAs(`Tesla had a bad day in January 2025.${tail}`, '17 percent'), 'share price: −17 percent');
    assert.equal(readAs(`Nvidia had a bad day in January 2025.${tail}`, '17 percent'), 'Nvidia · share price: −17 percent');
  });

  test('German: the age two sentences after the name belongs to the person named', () => {
    const text = 'DeepSeek wurde von Liang Wenfeng gegründet. Das Startup sitzt in Hangzhou. Der Gründer ist 40 Jahre alt.';
    assert.deepEqual(findings(text), []);
    assert.equal(readAs(text, '40 Jahre', 'de'), 'Liang Wenfeng · Alter: 40 Jahre');
    assert.deepEqual(findings(text.replace('40', '45')), [{ code: 'figure-mismatch', text: '45 Jahre', fix: '40 Jahre' }]);
  });
  test('an age is underlined as the figure and its unit: "[42 Jahre] alt", "[41-year-old]", "[41 years old]"', () => {
    const lead = 'DeepSeek wurde von Liang Wenfeng gegründet. ';
    assert.deepEqual(findings(`${lead}Er ist 42 Jahre alt.`), [{ code: 'figure-mismatch', text: '42 Jahre', fix: '40 Jahre' }]);
    assert.deepEqual(findings(`${lead}Ihr Gründer ist Liang Wenfeng, 42 Jahre alt, Informatikingenieur aus Guangdong.`), [{ code: 'figure-mismatch', text: '42 Jahre', fix: '40 Jahre' }]);
    assert.deepEqual(findings(`${lead}Er ist heute 45 Jahre alt und stammt aus Guangdong.`).map((f) => f.text), ['45 Jahre']);
    assert.deepEqual(findings(`${lead}Er ist 40 Jahre alt.`), []);
    assert.deepEqual(findings('DeepSeek was founded by Liang Wenfeng. The 41-year-old is an engineer.').map((f) => f.text), ['41-year-old']);
    assert.deepEqual(findings('DeepSeek was founded by Liang Wenfeng. He is 41 years old.').map((f) => f.text), ['41 years old']);
  });
  test('English: "it" takes the company of the sentence before', () => {
    assert.deepEqual(findings('DeepSeek is a Chinese start-up. It was founded in July 2023.'), []);
    assert.deepEqual(findings('DeepSeek is a Chinese start-up. It was founded in June 2023.'), [{ code: 'date-mismatch', text: 'June 2023', fix: 'July 2023' }]);
  });
  test('a date carries forward within a paragraph', () => {
    const text = 'Am 27. Januar 2025 geriet die Börse in Panik. Innerhalb weniger Stunden verlor Nvidia 7,82 Prozent.';
    assert.deepEqual(findings(text), []);
    assert.equal(readAs(text, '7,82 Prozent', 'de'), 'Nvidia · Veränderung · 27. Jan. 2025: −7,82 Prozent');
  });
  test('a fragment is read with the sentence after it', () => {
    assert.deepEqual(findings('5,6 Millionen Dollar. So wenig soll das Training von DeepSeek R1 gekostet haben.'), []);
    assert.deepEqual(findings('6,5 Millionen Dollar. So wenig soll das Training von DeepSeek R1 gekostet haben.'), [{ code: 'figure-mismatch', text: '6,5 Millionen Dollar', fix: '5,6 Millionen Dollar' }]);
  });
  test('German: the answer under a question heading gives the figure the question asks for („Wie alt ist …?“ „45 Jahre.“)', () => {
    const faq = (answer: string) => `## Wie alt ist Gründer Liang Wenfeng?\n\n${answer} Öffentlich tritt er kaum auf.\n`;
    // The years are part of the answer: the finding and its fix span them, so the fix leaves „40 Jahre.“, not „40.“
    assert.deepEqual(findings(faq('45 Jahre.')), [{ code: 'figure-mismatch', text: '45 Jahre', fix: '40 Jahre' }]);
    assert.deepEqual(findings(faq('40 Jahre.')), []);
    assert.equal(readAs(faq('40 Jahre.'), '40 Jahre', 'de'), 'Liang Wenfeng · Alter: 40 Jahre');
    const cost = (sum: string) => `## Wie viel hat das Training von DeepSeek R1 gekostet?\n\nNur ${sum}.\n`;
    assert.deepEqual(findings(cost('6,5 Millionen Dollar')), [{ code: 'figure-mismatch', text: '6,5 Millionen Dollar', fix: '5,6 Millionen Dollar' }]);
    assert.deepEqual(findings(cost('5,6 Millionen Dollar')), []);
  });
  test('German: an answer fragment is told by the question before it, not by the sentence after it', () => {
    const text = '## Wann wurde das Unternehmen DeepSeek gegründet?\n\nIm Juli 2023. Schon im Dezember 2024 sorgte das Vorgängermodell V3 für Aufsehen.\n';
    assert.deepEqual(findings(text), []);
    assert.equal(readAs(text, 'Juli 2023', 'de'), 'DeepSeek · Gründung: Juli 2023');
    assert.deepEqual(findings(text.replace('Juli 2023', 'Juni 2023')), [{ code: 'date-mismatch', text: 'Juni 2023', fix: 'Juli 2023' }]);
  });
  test('English: the answer under a question heading gives the figure the question asks for ("How old is …?" "45 years.")', () => {
    const faq = (answer: string) => `## How old is DeepSeek founder Liang Wenfeng?\n\n${answer} He rarely appears in public.\n`;
    assert.deepEqual(findings(faq('45 years.')), [{ code: 'figure-mismatch', text: '45 years', fix: '40 years' }]);
    assert.deepEqual(findings(faq('40 years.')), []);
    const founded = (date: string) => `## When was DeepSeek founded?\n\nIn ${date}. Its V3 model made waves in December 2024.\n`;
    assert.deepEqual(findings(founded('June 2023')), [{ code: 'date-mismatch', text: 'June 2023', fix: 'July 2023' }]);
    assert.deepEqual(findings(founded('July 2023')), []);
    assert.deepEqual(findings('## What did it cost to train DeepSeek R1?\n\nJust $6.5 million.\n'), [{ code: 'figure-mismatch', text: '$6.5 million', fix: '$5.6 million' }]);
  });
  test('English: a quiz answer right after its question is about whom and what the question asks ("… come from China?" "Answer: 36%.")', () => {
    const quiz = (share: string) => `**What share of the world's AI models come from China?**\nAnswer: ${share}.\n`;
    assert.equal(readAs(quiz('36%'), '36%'), 'China · share: 36%');
    assert.deepEqual(findings(quiz('36%')), []);
  });
  test('an answer that names a place of its own is about that place, not the question\'s ("In Europe, it is 10%.", „In Europa sind es 10 Prozent.“)', () => {
    const warned = (text: string) => findings(text).filter((f) => f.code !== 'unsourced-figure');
    const en = (answer: string) => `## What share of the world's AI models come from China?\n\n${answer}\n`;
    assert.deepEqual(warned(en('In Europe, it is 10%.')), []);
    assert.deepEqual(warned(en('In the United States, 40% are built.')), []);
    assert.deepEqual(warned(en('It is 10%.')), [{ code: 'figure-mismatch', text: '10%', fix: '36%' }]);
    const de = (answer: string) => `## Welcher Anteil der KI-Modelle stammt aus China?\n\n${answer}\n`;
    assert.deepEqual(warned(de('In Europa sind es 10 Prozent.')), []);
    assert.deepEqual(warned(de('Es sind 10 Prozent.')), [{ code: 'figure-mismatch', text: '10 Prozent', fix: '36 Prozent' }]);
  });
  test('a question is answered by the sentence right after it only: the next fragment is no founding', () => {
    const de = '## Wann wurde DeepSeek gegründet?\n\nIm Juli 2023. Dann im Dezember 2024 der erste große Auftritt.\n';
    assert.deepEqual(findings(de).filter((f) => f.code === 'date-mismatch'), []);
    const en = '## When was DeepSeek founded?\n\nIn July 2023. Then, in December 2024, its first big splash.\n';
    assert.deepEqual(findings(en).filter((f) => f.code === 'date-mismatch'), []);
  });
  test('German: „nach Angaben der Firma“ says who gives the figure, not a stake in the firm', () => {
    assert.deepEqual(findings('Das Training von DeepSeek R1 kostete nach Angaben der Firma nur 6,5 Millionen Dollar.'), [{ code: 'figure-mismatch', text: '6,5 Millionen Dollar', fix: '5,6 Millionen Dollar' }]);
    assert.deepEqual(findings('## Wie viel hat das Training von R1 gekostet?\n\nNach Angaben der Firma nur 6,5 Millionen Dollar.\n'), [{ code: 'figure-mismatch', text: '6,5 Millionen Dollar', fix: '5,6 Millionen Dollar' }]);
    assert.equal(readAs('High-Flyer hielt 2023 einen Anteil der Firma von 80 Prozent.', '80 Prozent', 'de'), 'High-Flyer · Beteiligung · 2023: 80 Prozent');
  });
  test('English: "says a spokesman of the firm" says who gives the figure, not a stake in the firm', () => {
    assert.deepEqual(findings('## What did it cost to train R1?\n\nJust $6.5 million, says a spokesman of the firm.\n'), [{ code: 'figure-mismatch', text: '$6.5 million', fix: '$5.6 million' }]);
    assert.equal(readAs('High-Flyer held 80 percent of the company in 2023.', '80 percent'), 'High-Flyer · stake · 2023: 80 percent');
  });
  test('a later clause keeps its own subject: "…, während OpenAI … aufwandte"', () => {
    const text = 'Das eigentliche Aufsehen erregte R1. Dessen Training soll nur 5,6 Milliarden Dollar gekostet haben, während OpenAI für GPT-4o 78 Millionen Dollar aufwandte.';
    assert.deepEqual(findings(text), [{ code: 'scale-mismatch', text: '5,6 Milliarden Dollar', fix: '5,6 Millionen Dollar' }]);
  });
});

describe('the same digits in another scale about the subject and another name', () => {
  // A sentence that names a second name in passing ("an answer to China's progress") makes a value that names no
  // attribute about both; the same digits with another scale word about the first are still its value, misscaled.
  test('English: "is worth $500 million and was an answer to China\'s progress" is a scale-mismatch of Stargate\'s', () => {
    const text = 'Project Stargate is worth $500 million and was presented as a direct answer to China\'s progress.';
    assert.deepEqual(findings(text), [{ code: 'scale-mismatch', text: '$500 million', fix: '$500 billion' }]);
    assert.deepEqual(findings(text.replace('million', 'billion')), []);
  });
  test('German: „ist 500 Millionen Dollar schwer und gilt als Antwort auf Chinas Fortschritte“ ist ein scale-mismatch', () => {
    const text = 'Project Stargate ist 500 Millionen Dollar schwer und gilt als direkte Antwort auf Chinas Fortschritte.';
    assert.deepEqual(findings(text), [{ code: 'scale-mismatch', text: '500 Millionen Dollar', fix: '500 Milliarden Dollar' }]);
    assert.deepEqual(findings(text.replace('Millionen', 'Milliarden')), []);
  });
  test('the same digits about other names than the source\'s stay unsourced, in either language', () => {
    const other = (text: string) => findings(text).filter((f) => f.code !== 'unsourced-figure');
    assert.deepEqual(other('OpenAI is worth $500 million and was presented as a direct answer to China\'s progress.'), []);
    assert.deepEqual(other('OpenAI ist 500 Millionen Dollar schwer und gilt als direkte Antwort auf Chinas Fortschritte.'), []);
  });
});

describe('an entry heading names what its section is about', () => {
  // Glossary and encyclopedia entries: the heading is the name, the body says "It", "The company", „Es“, „Das
  // Unternehmen“; a name the sentence before mentions in passing is not what they mean.
  test('English: "It is …" and "It was …" after a sentence naming others in passing are the entry\'s', () => {
    const stargate = (sum: string) => `## Project Stargate\n\nA US initiative, launched at the time of the DeepSeek sell-off. It is worth ${sum}.\n`;
    assert.deepEqual(findings(stargate('$500 million')), [{ code: 'scale-mismatch', text: '$500 million', fix: '$500 billion' }]);
    assert.equal(readAs(stargate('$500 million'), '$500 million'), 'Project Stargate: $500 million');
    const r1 = '## DeepSeek R1\n\nA reasoning model. The company trained it on Nvidia H800 chips. It was released alongside six smaller versions.\n';
    assert.equal(readAs(r1, 'six'), 'DeepSeek R1 · release: six');
  });
  test('English: "The company" opening a sentence is the entry\'s company, not one named in passing', () => {
    const text = '## DeepSeek\n\nA Chinese AI start-up whose model rattled Nvidia. The company was founded in June 2023.\n';
    assert.deepEqual(findings(text), [{ code: 'date-mismatch', text: 'June 2023', fix: 'July 2023' }]);
  });
  test('German: „Sie ist …“, „Es erschien …“ nach einem Satz, der andere nur nebenbei nennt, meinen den Eintrag', () => {
    const stargate = (sum: string) => `## Project Stargate\n\nEine US-Initiative für KI-Infrastruktur, vorgestellt fast zeitgleich mit dem Kurssturz nach DeepSeek. Sie ist ${sum} schwer.\n`;
    assert.deepEqual(findings(stargate('500 Millionen Dollar')), [{ code: 'scale-mismatch', text: '500 Millionen Dollar', fix: '500 Milliarden Dollar' }]);
    const r1 = '## DeepSeek R1\n\nEin Reasoning-Modell. Trainiert hat das Unternehmen es auf H800-Chips von Nvidia. Es erschien zusammen mit sechs kleineren Versionen, die auf Laptops laufen.\n';
    assert.equal(readAs(r1, 'sechs', 'de'), 'DeepSeek R1 · Veröffentlichung: sechs');
  });
  test('German: „Das Unternehmen“ am Satzanfang ist die Firma des Eintrags', () => {
    const text = '## DeepSeek\n\nEin chinesisches KI-Start-up, dessen Modell Nvidia erschütterte. Das Unternehmen wurde im Juni 2023 gegründet.\n';
    assert.deepEqual(findings(text), [{ code: 'date-mismatch', text: 'Juni 2023', fix: 'Juli 2023' }]);
  });
  test('a name that opened the sentence before is still what "it" means, entry heading or not', () => {
    assert.equal(readAs('## DeepSeek R1\n\nA reasoning model. Nvidia sold its H800 chips to the company. It was released alongside six smaller versions.\n', 'six'), 'Nvidia · release: six');
    assert.equal(readAs('## Nvidia\n\nEin Chipkonzern. DeepSeek trainierte auf seinen H800-Chips. Es brachte sechs kleinere Versionen heraus.\n', 'sechs', 'de').startsWith('DeepSeek'), true);
  });
});

describe('lists that distribute', () => {
  test('German "jeweils" pairs the supercomputers of the sentence before with their costs, in order', () => {
    const text = 'Aus den Chips entstanden die Supercomputer Fire-Flyer I und Fire-Flyer II. Sie kosteten jeweils 200 Millionen und eine Milliarde Yuan.';
    assert.deepEqual(findings(text), []);
    assert.deepEqual(findings(text.replace('200 Millionen und eine Milliarde', 'eine Milliarde und 200 Millionen')).map((f) => f.code), ['figure-mismatch', 'figure-mismatch']);
  });
  test('English "respectively" with the names after the values; swapped values are both wrong', () => {
    assert.deepEqual(findings('R1 scored 92 and 85 percent on HumanEval and MATH-500 respectively.'), []);
    assert.deepEqual(findings('R1 scored 85 and 92 percent on HumanEval and MATH-500 respectively.'), [
      { code: 'figure-mismatch', text: '85', fix: '92' },
      { code: 'figure-mismatch', text: '92 percent', fix: '85 percent' },
    ]);
  });
  test('a list of companies and a list of values pair in order', () => {
    assert.deepEqual(findings('Nvidia, Microsoft und Broadcom verloren 7,82, 3,75 und 6,58 Prozent.'), []);
    assert.deepEqual(findings('Nvidia, Microsoft und Broadcom verloren 3,75, 7,82 und 6,58 Prozent.').map((f) => `${f.code} ${f.text}`), ['figure-mismatch 3,75', 'figure-mismatch 7,82']);
  });
  test('a name that picks one member of a source list: the other member\'s value bears nothing out (German and English)', () => {
    const de = 'Im HumanEval-Test für Programmieraufgaben kommt R1 auf 92 Prozent, in MATH-500 auf 85 Prozent.';
    assert.deepEqual(findings(de), []);
    assert.deepEqual(findings(de.replace('92 Prozent', 'X').replace('85 Prozent', '92 Prozent').replace('X', '85 Prozent')), [
      { code: 'figure-mismatch', text: '85 Prozent', fix: '92 Prozent' },
      { code: 'figure-mismatch', text: '92 Prozent', fix: '85 Prozent' },
    ]);
    assert.deepEqual(findings('On HumanEval, R1 scored 85 percent.'), [{ code: 'figure-mismatch', text: '85 percent', fix: '92 percent' }]);
  });
  test('a heading\'s bare figure under a title is too weak a reading to be wrong; a heading that says whose and what is checked', () => {
    assert.deepEqual(findings('# Die DeepSeek-Woche\n\n## Freitag: 40\n\nSo alt ist der Gründer.'), [{ code: 'unsourced-figure', text: '40' }]);
    // "That much is what Nvidia lost" points back to it and says whose and what: it is checked (below).
    assert.deepEqual(findings('# The DeepSeek week\n\n## Monday: 17 percent\n\nNvidia lost a lot.'), [{ code: 'unsourced-figure', text: '17 percent' }]);
    assert.deepEqual(findings('# The DeepSeek week\n\n## Monday: Nvidia lost 17 percent'), [{ code: 'figure-mismatch', text: '17 percent', fix: '7.82 percent' }]);
  });
  test('a heading\'s figure is told by the sentence under it that points back to it ("So viel …", "That is how much …")', () => {
    assert.deepEqual(findings('## Dienstag: 6,58 Prozent\n\nSo viel gab die Broadcom-Aktie am 27. Januar 2025 ab.'), []);
    assert.deepEqual(findings('## Dienstag: 8,58 Prozent\n\nSo viel gab die Broadcom-Aktie am 27. Januar 2025 ab.'), [{ code: 'figure-mismatch', text: '8,58 Prozent', fix: '6,58 Prozent' }]);
    assert.deepEqual(findings('## Tuesday: 3.75 percent\n\nThat is how much Microsoft shares lost on 27 January 2025.'), []);
    assert.deepEqual(findings('## Tuesday: 4.75 percent\n\nThat is how much Microsoft shares lost on 27 January 2025.'), [{ code: 'figure-mismatch', text: '4.75 percent', fix: '3.75 percent' }]);
    assert.deepEqual(findings('# The DeepSeek week\n\n## Monday: 17 percent\n\nThat much is what Nvidia lost.'), [{ code: 'figure-mismatch', text: '17 percent', fix: '7.82 percent' }]);
    // A sentence that does not point back tells the heading nothing; nor does "So alt …" a bare number, which is no age.
    assert.deepEqual(findings('## Dienstag: 6,58 Prozent\n\nBroadcom gab am 27. Januar 2025 deutlich nach.'), [{ code: 'unsourced-figure', text: '6,58 Prozent' }]);
    assert.deepEqual(findings('## Freitag: 40\n\nSo alt ist Liang Wenfeng, der Gründer von DeepSeek.'), [{ code: 'unsourced-figure', text: '40' }]);
  });
  test('a bare count in a score table takes no subject from the rows and paragraphs before to be wrong; a row or header that says what it counts is checked', () => {
    const de = '# Quiz\n\nDeepSeek veröffentlichte neben R1 auch sechs kleinere Versionen.\n\n## Auswertung\n\n| Punkte | Urteil |\n|---|---|\n| 13–15 | Hervorragend, Sie lesen DeepSeek-Meldungen. |\n| 8–12 | Solide. |\n';
    assert.deepEqual(findings(de).map((f) => `${f.code} ${f.text}`), ['unsourced-figure 13', 'unsourced-figure 15', 'unsourced-figure 8', 'unsourced-figure 12']);
    const en = '# Quiz\n\nLiang Wenfeng founded High-Flyer in 2015 with two other engineers.\n\n## Scoring\n\n| Points | Verdict |\n|---|---|\n| 10 | Liang Wenfeng would be proud of you. |\n| 7 | Well done. |\n';
    assert.deepEqual(findings(en).map((f) => `${f.code} ${f.text}`), ['unsourced-figure 10', 'unsourced-figure 7']);
    const deRow = '# DeepSeek in Zahlen\n\n| Kennzahl | Wert |\n|---|---|\n| Mitgründer von High-Flyer | 5 |\n';
    assert.deepEqual(findings(deRow), [{ code: 'figure-mismatch', text: '5', fix: '2' }]);
    const enHeader = '# DeepSeek\n\nBesides R1, DeepSeek also released smaller versions.\n\n| Release | Smaller versions |\n|---|---|\n| R1 | 8 |\n';
    assert.deepEqual(findings(enHeader), [{ code: 'figure-mismatch', text: '8', fix: '6' }]);
  });
  test('a count of the group a member is picked from is no value of that member: "von den drei Konzernen", "of the three companies"', () => {
    assert.equal(readAs('Von den drei Konzernen verlor Nvidia am 27. Januar 2025 am meisten.', 'drei', 'de'), 'drei');
    assert.equal(readAs('Of the three companies, Nvidia lost the most on 27 January 2025.', 'three'), 'three');
    assert.deepEqual(findings('Unter den drei Chipwerten fiel Broadcom um 6,58 Prozent.'), [{ code: 'unsourced-figure', text: 'drei' }]);
    // The count itself is still checked against what its noun counts.
    assert.deepEqual(findings('DeepSeek veröffentlichte neben R1 kleinere Versionen. Von den acht kleineren Versionen läuft jede auf Laptops.'), [{ code: 'figure-mismatch', text: 'acht', fix: 'sechs' }]);
  });
  test('a list restated in brackets in another currency pairs in the same order (English and German, true and swapped)', () => {
    assert.deepEqual(findings('Liang built two supercomputers, Fire-Flyer I and Fire-Flyer II, for 200 million yuan and one billion yuan (about €26 million and €130 million) respectively.'), []);
    assert.deepEqual(findings('Liang baute zwei Supercomputer, Fire-Flyer I und Fire-Flyer II, für 200 Millionen beziehungsweise eine Milliarde Yuan (rund 130 und 26 Millionen Euro).'), [
      { code: 'figure-mismatch', text: '130', fix: '26' },
      { code: 'figure-mismatch', text: '26 Millionen Euro', fix: '130 Millionen Euro' },
    ]);
  });
  test('"respectively" pairs the names before it, not a name after it ("…, such as o1")', () => {
    assert.deepEqual(findings('R1 reached 85 and 92 percent on HumanEval and MATH-500 respectively, scores that keep up with top models such as o1.'), [
      { code: 'figure-mismatch', text: '85', fix: '92' },
      { code: 'figure-mismatch', text: '92 percent', fix: '85 percent' },
    ]);
  });
  test('"130 beziehungsweise 26 Millionen" in euros: the scale word is written for both, the names are the sentence before\'s', () => {
    const text = 'Fire-Flyer I kostete 200 Millionen Yuan, Fire-Flyer II eine Milliarde Yuan. In Euro waren das etwa 26 beziehungsweise 130 Millionen.';
    assert.deepEqual(findings(text), []);
    assert.deepEqual(findings(text.replace('26 beziehungsweise 130', '130 beziehungsweise 26')), [
      { code: 'figure-mismatch', text: '130', fix: '26' },
      { code: 'figure-mismatch', text: '26 Millionen', fix: '130 Millionen' },
    ]);
  });
  test('a range is compared end by end', () => {
    assert.deepEqual(findings('Schätzungen reichen von 10.000 bis 60.000 Stück der A100-Chips.'), [{ code: 'figure-mismatch', text: '60.000', fix: '50.000' }]);
  });
});

describe('direction', () => {
  test('German "legte … zu" against a source fall', () => {
    assert.deepEqual(findings('Der Nasdaq 100 legte um 3 Prozent zu.').map((f) => `${f.code} ${f.text}`), ['figure-mismatch 3 Prozent']);
  });
  test('English: a rise in its own clause, a fall in the next', () => {
    assert.deepEqual(findings('Microsoft gained 3.75 percent, while chip stocks plunged.').map((f) => `${f.code} ${f.text}`), ['figure-mismatch 3.75 percent']);
  });
  test('a bound ("bis zu 10 Prozent") that rose where the source says it fell', () => {
    assert.deepEqual(findings('Infineon und SoftBank legten um bis zu 10 Prozent zu.').map((f) => `${f.code} ${f.text}`), ['figure-mismatch 10 Prozent']);
    assert.deepEqual(findings('Shares of Infineon and SoftBank rose by up to 10 percent.').map((f) => `${f.code} ${f.text}`), ['figure-mismatch 10 percent']);
    assert.deepEqual(findings('Tech-Aktien wie Infineon und SoftBank verloren bis zu 10 Prozent.'), []);
  });
  test('a fall with a year in a later clause is not about that year', () => {
    assert.deepEqual(findings('Der Nasdaq 100 sackte um 3 % ab, obwohl er 2024 noch 25 % zugelegt hatte.'), []);
  });
});

describe('a date in a later clause does not time the figure before it', () => {
  // A sell-off of another year (3 September 2024, 279 Milliarden Dollar) is no other value of a loss the draft times by
  // the year of a later clause: "where it started 2024" says when the stock stood where, not when the $598bn went.
  test('English: "$598bn wiped off …, the stock trades above where it started 2024, having risen 171% last year" is not of 2024', () => {
    const text = "## 27 January 2025\n\nEven after the $598bn wiped off Nvidia's value, the stock trades above where it started 2024, having risen about 171% last year.";
    assert.equal(readAs(text, '$598bn'), 'Nvidia · change · 27 Jan 2025: $598bn');
    assertUnchangedBy(distractor('2024-09-04_nvidia-ausverkauf.txt'), text, [{ code: 'unsourced-figure', text: '27 January 2025' }, { code: 'unsourced-figure', text: '$598bn' }, { code: 'unsourced-figure', text: '2024' }, { code: 'unsourced-figure', text: '171%' }]);
  });
  test('German: „schrumpfte um 598 Milliarden Dollar, mehr als der ganze Konzern 2020 wert war“ ist kein Wert von 2020', () => {
    const text = 'Der Börsenwert von Nvidia schrumpfte um 598 Milliarden Dollar, mehr als der ganze Konzern 2020 wert war.';
    assert.equal(readAs(text, '598 Milliarden Dollar', 'de'), 'Nvidia · Bewertung: 598 Milliarden Dollar');
    const earlier = extraSource('2020-03_nvidia.txt', 'Nvidia im Corona-Crash\n\nIm März 2020 schrumpfte der Börsenwert von Nvidia binnen Wochen um 50 Milliarden Dollar.\n');
    assertUnchangedBy(earlier, text, [{ code: 'unsourced-figure', text: '598 Milliarden Dollar' }, { code: 'unsourced-figure', text: '2020' }]);
  });
  test('a duration keeps the date of its other event after it: "eight months after GPT-4o, which OpenAI released in March 2024", „acht Monate nach GPT-4o, das OpenAI im März 2024 vorgestellt hatte“', () => {
    assert.equal(readAs('R1 arrived more than eight months after GPT-4o, which OpenAI released in March 2024.', 'eight months'), 'DeepSeek R1 · Mar 2024: eight months');
    assert.equal(readAs('R1 kam mehr als acht Monate nach GPT-4o, das OpenAI im März 2024 vorgestellt hatte.', 'acht Monate', 'de'), 'DeepSeek R1 · Veröffentlichung · März 2024: acht Monate');
  });
});

describe('an apposition or a speech aside is no later clause: the date after it is the figure\'s', () => {
  // Another day's 8.5 percent (27 February) must not bear out a draft's 8.5 percent it dates 27 January past a comma.
  const february = extraSource('2025-02-27_nvidia-blackwell.md', '---\ntitle: Nvidia slides despite Blackwell beat\npublished: 2025-02-28\n---\n\nInvestors were not convinced. On February 27, 2025, Nvidia shares plunged 8.5 percent to $120.15. Broadcom lost 7.1 percent, Microsoft slipped 1.3 percent. The Nasdaq 100 fell 2.8 percent.\n');
  test('English: "fell 8.5 percent, its worst day in years, on January 27, 2025" is of 27 January', () => {
    const text = 'February 28, 2025\n\nOn February 27, 2025, Nvidia shares fell 8.5 percent.\n\nA month earlier Nvidia fell 8.5 percent, its worst day in years, on January 27, 2025.';
    const fact = analyzeDraft(text, index).figures.filter((x) => x.figure.text === '8.5 percent').pop()!.fact;
    assert.equal(describeFact(fact, 'en'), 'Nvidia · change · 27 Jan 2025: −8.5 percent');
    assert.deepEqual(findings(text, withSources(february)).filter((f) => f.code !== 'unsourced-figure'), [{ code: 'figure-mismatch', text: '8.5 percent', fix: '7.82 percent' }]);
  });
  test('German: „verlor 8,5 Prozent, und zwar am 27. Januar 2025“ ist vom 27. Januar', () => {
    const text = '28. Februar 2025\n\nAm 27. Februar 2025 fiel Nvidia um 8,5 Prozent.\n\nEinen Monat zuvor verlor Nvidia 8,5 Prozent, und zwar am 27. Januar 2025.';
    const fact = analyzeDraft(text, index).figures.filter((x) => x.figure.text === '8,5 Prozent').pop()!.fact;
    assert.equal(describeFact(fact, 'de'), 'Nvidia · Veränderung · 27. Jan. 2025: −8,5 Prozent');
    assert.deepEqual(findings(text, withSources(february)).filter((f) => f.code !== 'unsourced-figure'), [{ code: 'figure-mismatch', text: '8,5 Prozent', fix: '7,82 Prozent' }]);
  });
  test('"last year" after a speech aside: "$78 million on GPT-4o, the company said, last year", „…, so das Unternehmen, im vergangenen Jahr“ is of 2024', () => {
    assert.equal(readAs('January 28, 2025\n\nOpenAI spent $78 million on GPT-4o, the company said, last year.', '$78 million'), 'OpenAI · cost · 2024: $78 million');
    assert.equal(readAs('28. Januar 2025\n\nOpenAI gab 78 Millionen Dollar für GPT-4o aus, so das Unternehmen, im vergangenen Jahr.', '78 Millionen Dollar', 'de'), 'OpenAI · Kosten · 2024: 78 Millionen Dollar');
  });
});

describe('the same key at another time, about another company: another fact', () => {
  const extra = [
    extraSource('nvidia-march.txt', 'Nvidia erholt sich\n\nAm 3. März 2025 fiel die Nvidia-Aktie um 3 Prozent. Microsoft legte am selben Tag 2,5 Prozent zu.\n\nOpenAI wurde im Dezember 2015 gegründet.\n'),
    extraSource('softbank-stargate.txt', 'SoftBank nach Stargate\n\nAm 22. Januar 2025 stieg SoftBank in Tokio um 6,7 Prozent. Die Aktie hatte 2024 um 65 Prozent zugelegt.\n'),
    extraSource('sap-january.txt', 'Europas Börsen am 27. Januar\n\nAm 27. Januar 2025 verlor SAP 2 Prozent, ASML fiel um 7 Prozent.\n'),
  ];
  const wider = withSources(...extra);
  for (const text of [
    'Am 27. Januar 2025 verlor Nvidia innerhalb weniger Stunden 7,82 Prozent.',
    'Am 27. Januar 2025 verlor Nvidia innerhalb weniger Stunden 3 Prozent.',
    'Microsoft fell 3.75 percent on January 27, 2025.',
    'DeepSeek was founded in July 2023.',
    'DeepSeek was founded in December 2015.',
    'Infineon und SoftBank legten am 27. Januar 2025 um bis zu 10 Prozent zu.',
    'Der Nasdaq 100 fiel um 3 Prozent. Im Vorjahr war der Index noch um 52 Prozent gestiegen.',
  ]) {
    test(`changes no verdict: ${text}`, () => assert.deepEqual(findings(text, wider), findings(text)));
  }
});

describe('a source\'s day without its year is a day of the year its article is about', () => {
  // "am Dienstag, dem 11. März" in an article that dates its news March 2025 is 11 March 2025: a day's move then, no other
  // value of a rise the draft states for all of 2024.
  const german = extraSource('2025-03-12_copilot.md', '---\ntitle: Microsoft legt nach Copilot-Preissenkung zu\npublished: 2025-03-12\nlang: de\n---\n\nMicrosoft hat am 10. März 2025 die Preise für seine Copilot-Abos gesenkt. Die Aktie von Microsoft legte am Dienstag, dem 11. März, um 4,5 Prozent zu.\n');
  const english = extraSource('2025-03-14_chips.md', '---\ntitle: Chip stocks slide as export worries return\npublished: 2025-03-14\nlang: en\n---\n\nThe Commerce Department said on 13 March 2025 that it would review licences for AI chips. Microsoft shares rose 4.1 percent on Friday, 14 March, the best day since October.\n');
  test('German: „hatte im Jahr 2024 noch 12 Prozent zugelegt“ is not contradicted by a move of 11 March', () => {
    assertUnchangedBy(german, 'Die Microsoft-Aktie hatte im Jahr 2024 noch 12 Prozent zugelegt.', [{ code: 'unsourced-figure', text: '2024' }, { code: 'unsourced-figure', text: '12 Prozent' }]);
  });
  test('English: "had risen 12 percent in 2024" is not contradicted by a move on Friday, 14 March', () => {
    assertUnchangedBy(english, 'In 2024, Microsoft\'s shares had risen 12 percent.', [{ code: 'unsourced-figure', text: '2024' }, { code: 'unsourced-figure', text: '12 percent' }]);
  });
});

describe('a week\'s move is no day\'s', () => {
  // A weekly round-up dated by the week's last day: its move over five days is no other value of that day's own move.
  const german = extraSource('2025-01-31_wochenbilanz.md', '---\ntitle: "Wochenbilanz: Tech-Werte erholen sich nur langsam"\npublished: 2025-01-31\nlang: de\n---\n\nDie Anleger blieben auch nach dem Schock vom Montag vorsichtig. Am Freitag, dem 31. Januar 2025, schloss der Nasdaq 100 die Woche 1,6 Prozent tiefer.\n');
  const english = extraSource('2025-01-31_weekly.md', '---\ntitle: "Weekly wrap: chip stocks end a bruising week"\npublished: 2025-01-31\nlang: en\n---\n\nInvestors stayed cautious after Monday\'s rout. On Friday, 31 January 2025, Microsoft ended the week 6.5 percent lower.\n');
  test('German: „gab am 31. Januar 2025 um 0,2 Prozent nach“ is not contradicted by „schloss … die Woche 1,6 Prozent tiefer“', () => {
    // (The day itself is the round-up's, which names it.)
    assert.deepEqual(findings('Am Freitag, dem 31. Januar 2025, gab der Nasdaq 100 um 0,2 Prozent nach.', withSources(german)), [{ code: 'unsourced-figure', text: '0,2 Prozent' }]);
  });
  test('English: "slipped 1.2 percent on 31 January 2025" is not contradicted by "ended the week 6.5 percent lower"', () => {
    assert.deepEqual(findings('On Friday, 31 January 2025, Microsoft shares slipped 1.2 percent.', withSources(english)), [{ code: 'unsourced-figure', text: '1.2 percent' }]);
  });
  test('the week\'s own value is borne out by it, in either language', () => {
    assert.deepEqual(findings('For the week, the Nasdaq 100 lost 1.6 percent.', withSources(german)), []);
    assert.deepEqual(findings('Microsoft verlor auf Wochensicht 6,5 Prozent.', withSources(english)), []);
  });
});

describe('a day\'s move is no year\'s', () => {
  // A day given without its year and a year given alone share no part of a date: still, a move on a day is not the
  // move over a whole year, whichever year the day falls in.
  const german = extraSource('2025-03-12_copilot.md', '---\ntitle: Microsoft nach der Copilot-Preissenkung\npublished: 2025-03-12\nlang: de\n---\n\nMicrosoft hat am 10. März 2025 die Preise für seine Copilot-Abos gesenkt. Im Jahr 2024 hatte die Microsoft-Aktie rund 12 Prozent zugelegt.\n');
  const english = extraSource('2025-03-14_copilot.md', '---\ntitle: Microsoft after the Copilot price cut\npublished: 2025-03-14\nlang: en\n---\n\nMicrosoft cut the prices of its Copilot plans on 10 March 2025. Microsoft\'s shares had gained 12 percent in 2024.\n');
  test('German: „Am 29. Januar legte Microsoft um 4 Prozent zu“ is not contradicted by 2024\'s 12 Prozent', () => {
    assertUnchangedBy(german, 'Am 29. Januar legte Microsoft um 4 Prozent zu.', [{ code: 'unsourced-figure', text: '29. Januar' }, { code: 'unsourced-figure', text: '4 Prozent' }]);
  });
  test('English: "On 29 January, Microsoft rose 4 percent" is not contradicted by 2024\'s 12 percent', () => {
    assertUnchangedBy(english, 'On 29 January, Microsoft rose 4 percent.', [{ code: 'unsourced-figure', text: '29 January' }, { code: 'unsourced-figure', text: '4 percent' }]);
  });
});

describe('an estimate whose subject only a heading gives says nothing of what it measures', () => {
  // Another article's estimate of DeepSeek's downloads is no other value of "the highest estimate" in a list under a
  // heading about DeepSeek: the list does not say of what.
  const german = extraSource('2025-03-05_downloads.md', '---\ntitle: DeepSeek-App verliert an Schwung\npublished: 2025-03-05\nlang: de\n---\n\nDer Marktforscher Sensor Tower schätzt die Downloads der DeepSeek-App im Februar 2025 auf 12 Millionen, nach 33 Millionen im Januar.\n');
  const english = extraSource('2025-03-05_downloads_en.md', '---\ntitle: DeepSeek\'s app loses momentum\npublished: 2025-03-05\nlang: en\n---\n\nSensor Tower estimates that DeepSeek\'s app was downloaded 12 million times in February 2025, after 33 million in January.\n');
  test('German: „- die höchste Schätzung: 20 Millionen“ under „# DeepSeek“', () => {
    assertUnchangedBy(german, '# DeepSeek\n\n## Was die Analysten erwarten\n\n- die höchste Schätzung: 20 Millionen\n', [{ code: 'unsourced-figure', text: '20 Millionen' }]);
  });
  test('English: "- the highest estimate: 20 million" under "# DeepSeek"', () => {
    assertUnchangedBy(english, '# DeepSeek\n\n## What analysts expect\n\n- the highest estimate: 20 million\n', [{ code: 'unsourced-figure', text: '20 million' }]);
  });
  test('an estimate that says of what is still checked', () => {
    assert.deepEqual(findings('# DeepSeek\n\n- estimated downloads in February 2025: 20 million\n', withSources(english)).map((f) => `${f.code} ${f.text}`), ['figure-mismatch 20 million']);
  });
});

describe('a day named only for someone else is no day the sources date the draft\'s value to', () => {
  // Another company's article of the day a draft's sentence carries ("Ein Kommentar vom 31. Januar …") names that day,
  // but says nothing of what the draft's subject did then: the subject's move of another day still bears the value out,
  // and its rise over a year does not contradict it.
  const german = extraSource('2025-01-31_samsung.txt', 'Samsung meldet Gewinnrückgang\n\nAm 31. Januar legte Samsung Electronics seine Zahlen für das vierte Quartal vor. Der operative Gewinn lag bei 6,5 Billionen Won.\n');
  const english = extraSource('2025-01-30_sap.md', '---\ntitle: "SAP beats forecasts"\npublished: 2025-01-30\nlang: en\n---\n\nOn January 30, SAP reported cloud revenue growth of 27 percent for the fourth quarter.\n');
  test('German: „Der Nasdaq 100 war um 3 Prozent gefallen“ after „Ein Kommentar vom 31. Januar“ keeps its verdict beside Samsung\'s 31. Januar', () => {
    assertUnchangedBy(german, 'Ein Kommentar vom 31. Januar nannte den Ausverkauf übertrieben. Der Nasdaq 100 war um 3 Prozent gefallen.', [{ code: 'unsourced-figure', text: '31. Januar' }]);
  });
  test('English: "The Nasdaq 100 had fallen 3%" after "A column on 30 January" keeps its verdict beside SAP\'s January 30', () => {
    assertUnchangedBy(english, 'A column on 30 January called the sell-off overdone. The Nasdaq 100 had fallen 3%.', [{ code: 'unsourced-figure', text: '30 January' }]);
  });
});

describe('a firm that exists since a year was founded then', () => {
  // „Die Firma gibt es seit 2015“: a year something has existed since is when it began, unlike "the first meeting since
  // 2018", which dates an earlier meeting; only a firm's existing says so, not the export curbs'.
  const dates = (text: string) => findings(text).filter((f) => f.code === 'date-mismatch');
  test('German: „gibt es schon seit 2015“, „existiert seit Juli 2015“ is a founding', () => {
    assert.deepEqual(dates('DeepSeek gibt es schon seit 2015.'), [{ code: 'date-mismatch', text: '2015', fix: '2023' }]);
    assert.deepEqual(dates('Das Start-up DeepSeek existiert seit Juli 2015.'), [{ code: 'date-mismatch', text: 'Juli 2015', fix: 'Juli 2023' }]);
    assert.deepEqual(findings('High-Flyer gibt es seit 2015.'), []);
    assert.deepEqual(dates('Die Exportbeschränkungen gibt es seit 2022.'), []);
  });
  test('English: "has been around since 2015", "has existed since July 2015" is a founding', () => {
    assert.deepEqual(dates('DeepSeek has been around since 2015.'), [{ code: 'date-mismatch', text: '2015', fix: '2023' }]);
    assert.deepEqual(dates('The startup DeepSeek has existed since July 2015.'), [{ code: 'date-mismatch', text: 'July 2015', fix: 'July 2023' }]);
    assert.deepEqual(findings('High-Flyer has been around since 2015.'), []);
    assert.deepEqual(dates('Export curbs have existed since 2022.'), []);
  });
});

describe('a founding set off after another firm\'s name is that firm\'s', () => {
  // An article about another company that mentions DeepSeek in the same sentence: the date its participle sets off after
  // the company's name is that company's founding, not DeepSeek's, and no source conflict with DeepSeek's Juli 2023.
  const german = extraSource('2025-01-28_aleph-alpha.txt', 'Aleph Alpha lobt DeepSeek\n\nDas Heidelberger KI-Unternehmen Aleph Alpha, gegründet im August 2019, lobt DeepSeeks sparsamen Ansatz.\n');
  const english = extraSource('2025-01-28_cohere.md', '---\ntitle: "Cohere weighs in"\npublished: 2025-01-28\nlang: en\n---\n\nThe Toronto AI company Cohere, founded in May 2019, praised DeepSeek\'s frugal approach.\n');
  test('German: „Aleph Alpha, gegründet im August 2019, lobt DeepSeeks …“ is no founding of DeepSeek', () => {
    assertUnchangedBy(german, 'DeepSeek wurde im Juli 2023 gegründet.', []);
  });
  test('English: "Cohere, founded in May 2019, praised DeepSeek\'s …" is no founding of DeepSeek, though Cohere is no known name', () => {
    assertUnchangedBy(english, 'DeepSeek was founded in July 2023.', []);
  });
  test('a noun of a name before the comma was founded, not the name: "DeepSeek\'s parent, founded in 2015, …", „Die Muttergesellschaft von DeepSeek, gegründet 2015, …“', () => {
    const dates = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.severity === 'warning').map((f) => [f.code, text.slice(f.start, f.end)]);
    assert.deepEqual(dates("DeepSeek's parent, founded in 2015, is the hedge fund High-Flyer."), []);
    assert.deepEqual(dates('---\nlang: de\n---\n\nDie Muttergesellschaft von DeepSeek, gegründet 2015, heißt High-Flyer.'), []);
  });
});

describe('hover names the fact it read', () => {
  test('English', () => {
    const text = 'On January 27, 2025, Nvidia fell 7.82 percent.';
    const hover = hoverAt(analyzeDraft(text, index), index, text.indexOf('7.82'))!;
    assert.ok(hover.markdown.startsWith('**7.82 percent**: supported by the sources.\n\nRead as: Nvidia · change · 27 Jan 2025: −7.82 percent\n\n> '), hover.markdown);
  });
});

describe('a bare sum takes the currency of the paragraph\'s sum before it', () => {
  test('"Gemessen daran sind die knapp sechs Millionen für R1 ein Rundungsfehler": the training cost, not six versions', () => {
    const text = '---\nlang: de\n---\nMit Project Stargate starteten die USA eine Initiative über 500 Milliarden Dollar. Gemessen daran sind die knapp sechs Millionen für R1 ein Rundungsfehler.\n';
    assert.deepEqual(findings(text), []);
    assert.match(hoverAt(analyzeDraft(text, index), index, text.indexOf('sechs'))!.markdown, /kostete nur \*\*5,6 Millionen Dollar\*\*/);
  });
  test('English: "Next to that, the six million for R1 is a rounding error"', () => {
    const text = 'The US launched Project Stargate, a $500 billion initiative. Next to that, the six million for R1 is a rounding error.';
    assert.deepEqual(findings(text), []);
    assert.match(hoverAt(analyzeDraft(text, index), index, text.indexOf('six'))!.markdown, /kostete nur \*\*5,6 Millionen Dollar\*\*/);
  });
});

describe('approximate and derived values', () => {
  test('fractions are shares; a qualifier bounds them but stays outside what is underlined', () => {
    assert.deepEqual(findings('Laut einer chinesischen Akademie stammt inzwischen rund ein Drittel der weltweit 1328 KI-Modelle aus China.'), []);
    assert.deepEqual(findings('36 percent of the 1,328 AI models come from China, more than a third.'), []);
    assert.deepEqual(findings('Laut einer chinesischen Akademie stammt inzwischen fast die Hälfte der weltweit 1328 KI-Modelle aus China.').map((f) => `${f.code} ${f.text}`), ['figure-mismatch die Hälfte']);
  });
  test('"a fifth of what" and "zehnmal so teuer" are ratios of two source figures', () => {
    assert.deepEqual(findings('Training R1 cost $5.6 million, against the $78 million OpenAI spent on GPT-4o: less than a tenth of what GPT-4o cost.'), []);
    assert.deepEqual(findings('R1 cost about a fifth of what OpenAI spent on GPT-4o.').map((f) => f.code), ['figure-mismatch']);
    assert.deepEqual(findings('Fire-Flyer II war zehnmal so teuer wie Fire-Flyer I.').map((f) => `${f.code} ${f.text}`), ['figure-mismatch zehnmal']);
  });
  test('a multiple with a half ("two and a half times") is fixed as a whole, without its hedge ("about")', () => {
    assert.deepEqual(findings('Fire-Flyer II cost about two and a half times as much as Fire-Flyer I.').map((f) => [f.code, f.text, f.fix]), [['figure-mismatch', 'two and a half times', 'five times']]);
    assert.deepEqual(findings('Fire-Flyer II kostete etwa 2,5-mal so viel wie Fire-Flyer I.').map((f) => [f.code, f.text, f.fix]), [['figure-mismatch', '2,5-mal', '5,0-mal']]);
  });
  test('a duration between two events is checked against their dates, across the two articles', () => {
    const text = 'Am 20. Januar traf sich Liang Wenfeng mit Premierminister Li Qiang. Das Treffen fand damit nur drei Tage vor dem Kurssturz statt.';
    assert.deepEqual(findings(text), [{ code: 'figure-mismatch', text: 'drei Tage', fix: 'sieben Tage' }]);
    assert.deepEqual(findings(text.replace('drei Tage', 'sieben Tage')), []);
  });
  test('"sieben Tage später": one end is the event on the draft\'s date, the other what happened then', () => {
    const text = 'Am 20. Januar 2025 traf Liang den chinesischen Premier; sieben Tage später brach die Börse ein.';
    assert.deepEqual(findings(text), []);
    assert.deepEqual(findings(text.replace('sieben', 'drei')), [{ code: 'figure-mismatch', text: 'drei Tage', fix: 'sieben Tage' }]);
  });
});

describe('a date is judged by the events it times', () => {
  test('German and English: the day of the fall the sources give is the fix', () => {
    assert.deepEqual(findings('Am 28. Januar 2025 fiel Nvidia um 7,82 Prozent.'), [{ code: 'date-mismatch', text: '28. Januar 2025', fix: '27. Januar 2025' }]);
    assert.deepEqual(findings('On January 28, 2025, Nvidia fell 7.82 percent.'), [{ code: 'date-mismatch', text: 'January 28, 2025', fix: 'January 27, 2025' }]);
    assert.deepEqual(findings('On January 27, 2025, Nvidia fell 7.82 percent.'), []);
  });
  test('a day that times no figure of the draft is borne out by the source that dates the same event of the same one to it (German and English)', () => {
    const text = 'Berechne, um wie viele Prozentpunkte die Nvidia-Aktie am 27. Januar stärker fiel als die Microsoft-Aktie.';
    assert.deepEqual(findings(text), []);
    assert.match(hoverAt(analyzeDraft(text, index), index, text.indexOf('27.'))!.markdown, /Am \*\*27\. Januar 2025\*\* sorgte/);
    assert.deepEqual(findings('Nvidia\'s shares fell sharply on 27 January.'), []);
    // Another day, another year: a fall on another day is another fact, which no source states.
    assert.deepEqual(findings('Die Nvidia-Aktie brach am 28. Januar ein.'), [{ code: 'unsourced-figure', text: '28. Januar' }]);
    assert.deepEqual(findings('Nvidia\'s shares fell sharply on 27 January 2024.'), [{ code: 'unsourced-figure', text: '27 January 2024' }]);
  });
  test('a duration in years between two foundings', () => {
    assert.deepEqual(findings('DeepSeek was founded in 2023. Eight years earlier, Liang Wenfeng founded the hedge fund High-Flyer.'), []);
    assert.deepEqual(findings('DeepSeek was founded in 2023. Six years earlier, Liang Wenfeng founded the hedge fund High-Flyer.').map((f) => `${f.code} ${f.text}`), ['figure-mismatch Six years']);
  });
});

describe('a date that dates a span\'s end is the day of the span\'s event', () => {
  // The sources found High-Flyer in 2015 and DeepSeek in July 2023: "followed eight years later" is DeepSeek's founding.
  test('German: „DeepSeek folgte acht Jahre später, im Juni 2023“ dates the founding, and the month is wrong', () => {
    const lead = 'Liang gründete 2015 den Hedgefonds High-Flyer. ';
    assert.deepEqual(findings(`${lead}DeepSeek folgte acht Jahre später, im Juni 2023.`), [{ code: 'date-mismatch', text: 'Juni 2023', fix: 'Juli 2023' }]);
    assert.deepEqual(findings(`${lead}Acht Jahre später, im Juli 2022, folgte DeepSeek.`), [{ code: 'date-mismatch', text: 'Juli 2022', fix: 'Juli 2023' }]);
    assert.deepEqual(findings(`${lead}DeepSeek folgte acht Jahre später, im Juli 2023.`), []);
  });
  test('English: "DeepSeek followed eight years later, in June 2023" dates the founding, and the month is wrong', () => {
    const lead = 'Liang founded the hedge fund High-Flyer in 2015. ';
    assert.deepEqual(findings(`${lead}DeepSeek followed eight years later, in June 2023.`), [{ code: 'date-mismatch', text: 'June 2023', fix: 'July 2023' }]);
    assert.deepEqual(findings(`${lead}DeepSeek followed eight years later, in July 2023.`), []);
  });
  test('a span that counts from the date, or from another named event, lends it no event (German and English)', () => {
    assert.deepEqual(findings('Answer: July 2023; R1 followed about 18 months later.').filter((f) => f.code === 'date-mismatch'), []);
    assert.deepEqual(findings('Antwort: Juli 2023; R1 folgte etwa 18 Monate später.').filter((f) => f.code === 'date-mismatch'), []);
    assert.deepEqual(findings('DeepSeek\'s R1 reached the world on 20 January 2025, about a month after the company\'s V3 model had caused a stir.').filter((f) => f.code === 'date-mismatch'), []);
  });
});

describe('a duration where the draft\'s own day is wrong', () => {
  test('a duration is checked where the draft\'s own day is wrong too: "On 21 January …, a day after the launch of R1" (German and English)', () => {
    // The sources put the meeting with Li Qiang and R1's breakthrough both on 20 January.
    assert.deepEqual(findings('Am 21. Januar 2025 traf Liang Premierminister Li Qiang, einen Tag nach dem Start von R1.').map((f) => `${f.code} ${f.text}`), [
      'date-mismatch 21. Januar 2025', 'figure-mismatch einen Tag',
    ]);
    assert.deepEqual(findings('On 21 January 2025 Liang met Premier Li Qiang, a day after the launch of R1.').map((f) => `${f.code} ${f.text}`), [
      'date-mismatch 21 January 2025', 'figure-mismatch a day',
    ]);
    // A day the sources know nothing of, of an event they do not have, counts from no pair of their events.
    assert.deepEqual(findings('A headline on 29 January, two days after the sell-off, said the index had recovered.').filter((f) => f.text === 'two days').map((f) => f.code), ['unsourced-figure']);
  });
});

describe('a day named earlier', () => {
  test('"an jenem Montag" is the day last named, also in the paragraph before', () => {
    const text = 'Am 27. Januar 2025 gerieten die Börsen in Panik.\n\nDass Microsoft an jenem Montag um 3,75 Prozent zulegte, zeigt: Nicht jeder verliert.';
    const f = analyzeDraft(text, index).figures.find((x) => x.figure.text === '3,75 Prozent')!;
    assert.deepEqual(f.fact.time, { day: 27, month: 1, year: 2025 });
    assert.deepEqual(findings(text).map((x) => `${x.code} ${x.text}`), ['figure-mismatch 3,75 Prozent']);
  });
});

describe('the examples the fact model was built for', () => {
  test('"after losing 25 percent" where the index gained', () => {
    assert.deepEqual(findings('The Nasdaq 100 fell 3 percent on the day, after losing 25 percent in 2024.').map((f) => `${f.code} ${f.text}`), ['figure-mismatch 25 percent']);
  });
  test('a swapped pair in brackets, each with its company', () => {
    assert.deepEqual(findings('Die Kurse fielen: Nvidia (-3,75 %), Microsoft (-7,82 %).').map((f) => `${f.code} ${f.text}`), ['figure-mismatch -3,75 %', 'figure-mismatch -7,82 %']);
  });
  test('the draft against itself, text against table', () => {
    const text = "DeepSeek's V3 has 671 billion parameters.\n\n| Model | Parameters |\n|-------|-----------|\n| V3    | 617 billion |\n";
    assert.deepEqual(findings(text).filter((f) => f.code === 'draft-inconsistency').map((f) => f.text), ['617 billion']);
  });
});

describe('what writers leave out', () => {
  test('a sum without its currency after one with it ("78 Millionen Dollar, R1 nur 5,6 Millionen")', () => {
    assert.deepEqual(findings('Das Training von GPT-4o kostete OpenAI 78 Millionen Dollar, R1 nur 5,6 Millionen.'), []);
  });
  test('"10.000 bis 50.000 A100-Chips": a hyphenated noun counts what its last part names', () => {
    assert.deepEqual(findings('Liang Wenfeng hatte sich vorher mit 10.000 bis 50.000 A100-Chips eingedeckt.'), []);
  });
  test('one sentence, two events: the founding year is checked against the founding', () => {
    assert.deepEqual(findings('Das Start-up DeepSeek wurde 2023 gegründet und hat mit R1 ein Modell vorgestellt, das im HumanEval-Benchmark 92 Prozent erreicht.'), []);
  });
});

describe('names a writer shortens', () => {
  test('"Fire-Flyer I and II … respectively" pairs each cost with its machine; "Nvidia A100s" are chips', () => {
    assert.deepEqual(findings('The supercomputers Fire-Flyer I and II cost 200 million and one billion yuan respectively.'), []);
    assert.deepEqual(findings('Liang bought somewhere between 10,000 and 50,000 Nvidia A100s.'), []);
    assert.deepEqual(findings('Liang bought somewhere between 10,000 and 60,000 Nvidia A100s.').map((f) => `${f.code} ${f.text}`), ['figure-mismatch 60,000']);
  });
});

describe('what an attribute can be about', () => {
  test('"announces … worth $500 billion" is the initiative\'s size; "Stargate" is Project Stargate', () => {
    assert.deepEqual(findings('The US announces Project Stargate worth $500 billion.'), []);
    assert.deepEqual(findings('Stargate: **$500 billion**.'), []);
  });
  test('a place beside a founding is where, not who', () => {
    assert.deepEqual(findings('DeepSeek ist ein Start-up. Es sitzt in Hangzhou und wurde im Juli 2023 gegründet.'), []);
  });
  test('a day is no benchmark score: "reached", "erreichte" with a date say when, not what was scored', () => {
    assert.deepEqual(findings('Am 20. Januar 2025 erreichte DeepSeeks R1 die Öffentlichkeit.'), []);
    assert.deepEqual(findings('DeepSeek\'s R1 reached the world on 20 January 2025.'), []);
    assert.equal(readAs('DeepSeek\'s R1 reached the world on 20 January 2025.', '20 January 2025'), 'DeepSeek: 20 January 2025');
    // A score is still one: "erreichte 85 Prozent" is R1's score on MATH-500.
    assert.deepEqual(findings('R1 erreichte in MATH-500 92 Prozent.'), [{ code: 'figure-mismatch', text: '92 Prozent', fix: '85 Prozent' }]);
  });
});

describe('a quoted statement judged false', () => {
  test('a quiz\'s or fact check\'s statement in quotation marks that the next words call false is no claim of the draft (German and English)', () => {
    const en = '*"Project Stargate is a $500 million programme."* False again: it is a $500 billion initiative.';
    assert.deepEqual(findings(en), []);
    const de = '*„Das Training von R1 kostete 6,5 Millionen Dollar.“* Falsch: Es waren 5,6 Millionen Dollar.';
    assert.deepEqual(findings(de), []);
    // Said by someone and called false later in the sentence: not a statement set apart for a verdict.
    const said = '"R1 cost $6.5 million." That is what Liang said, and it is false.';
    assert.deepEqual(findings(said), [{ code: 'figure-mismatch', text: '$6.5 million', fix: '$5.6 million' }]);
  });
  test('a next sentence that only begins with the word judges nothing: "Falsch sei daran nichts", "Wrong as it may sound"', () => {
    const de = '„Das Training von DeepSeek R1 kostete 6,5 Millionen Dollar.“ Falsch sei daran nichts, sagte Liang.';
    assert.deepEqual(findings(de), [{ code: 'figure-mismatch', text: '6,5 Millionen Dollar', fix: '5,6 Millionen Dollar' }]);
    const en = '"Training DeepSeek R1 cost $6.5 million." Wrong as it may sound, that is what the company told investors.';
    assert.deepEqual(findings(en), [{ code: 'figure-mismatch', text: '$6.5 million', fix: '$5.6 million' }]);
  });
});

describe('someone the sources do not know', () => {
  test('"Der DAX schloss 0,5 Prozent tiefer" is about the DAX, not the company before', () => {
    assert.deepEqual(findings('Am 27. Januar 2025 fiel Nvidia um 7,82 Prozent. Der DAX schloss rund 0,5 Prozent tiefer.').map((f) => `${f.code} ${f.text}`), ['unsourced-figure 0,5 Prozent']);
  });
});

describe('a sum in the wrong currency', () => {
  test('English: the amount is right, the currency is not; the fix keeps the draft\'s way of writing it', () => {
    const text = 'Training DeepSeek R1 cost 5.6 million euros.';
    const [finding] = runRules(analyzeDraft(text, index), index);
    assert.equal(finding.code, 'figure-mismatch');
    assert.equal(text.slice(finding.start, finding.end), '5.6 million euros');
    assert.equal(finding.message, '5.6 million euros is in another currency than the source, which says 5,6 Millionen Dollar.');
    assert.equal(finding.fix?.newText, '5.6 million dollars');
    assert.deepEqual(findings('Training DeepSeek R1 cost €5.6 million.'), [{ code: 'figure-mismatch', text: '€5.6 million', fix: '$5.6 million' }]);
  });
  test('German, and a conversion in brackets is no wrong currency', () => {
    assert.deepEqual(findings('Das Training von DeepSeek R1 kostete 5,6 Millionen Euro.'), [{ code: 'figure-mismatch', text: '5,6 Millionen Euro', fix: '5,6 Millionen Dollar' }]);
    assert.deepEqual(findings('Fire-Flyer I kostete 200 Millionen Yuan (ca. 26 Millionen Euro).'), []);
    assert.deepEqual(findings('Fire-Flyer II kostete 130 Millionen Euro.'), []);
  });
});

describe('the draft against itself, far apart', () => {
  const text = [
    '---', 'lang: en', '---', '', '# DeepSeek in numbers', '',
    'DeepSeek employs about 160 people. R1 has 671 billion parameters.', '',
    '## Later', '',
    'With a staff of 200, DeepSeek is tiny next to OpenAI.', '',
    "The model's 617 billion parameters make it one of the largest open models.", '',
    '| Fact | Value |', '|---|---|', '| Parameters | 761 billion |', '',
  ].join('\n');
  test('a count after "a staff of", a model named sections ago, a table row that names no one', () => {
    assert.deepEqual(findings(text).filter((f) => f.code === 'draft-inconsistency').map((f) => f.text), ['200', '617 billion', '761 billion']);
  });
});

describe('lists and ranges a writer shortens', () => {
  test('"umgerechnet 26 beziehungsweise 130 Millionen Euro": the conversions pair with the machines in order', () => {
    assert.deepEqual(findings('Fire-Flyer I kostete rund 200 Millionen Yuan, Fire-Flyer II rund eine Milliarde Yuan, umgerechnet etwa 26 beziehungsweise 130 Millionen Euro.'), []);
    assert.deepEqual(findings('Fire-Flyer I kostete rund 200 Millionen Yuan, Fire-Flyer II rund eine Milliarde Yuan, umgerechnet etwa 130 beziehungsweise 26 Millionen Euro.').map((f) => `${f.code} ${f.text}`), ['figure-mismatch 130', 'figure-mismatch 26 Millionen Euro']);
  });
  test('the end of a range in a list item without a noun after it', () => {
    assert.deepEqual(findings('---\nlang: en\n---\n\n- A100 chips: between 10,000 and 50,000\n- A100 chips: between 10,000 and 60,000\n'), [{ code: 'figure-mismatch', text: '60,000', fix: '50,000' }]);
  });
  test('a sentence that sums up the one before is not a fragment of the next', () => {
    const text = 'R1 cost $5.6 million to train, against $78 million for GPT-4o. That is less than a tenth of the American figure. On HumanEval R1 scores 92 percent.';
    assert.deepEqual(findings(text).filter((f) => f.code !== 'unsourced-figure'), []);
  });
});

describe('fixes written as the writer writes', () => {
  test('a fix that crosses a scale takes the source\'s scale word, abbreviated where the draft abbreviates', () => {
    assert.deepEqual(findings('| Rechner | Kosten |\n|---|---|\n| Fire-Flyer I | 1 Mrd. Yuan |\n| Fire-Flyer II | 200 Mio. Yuan |\n'), [
      { code: 'figure-mismatch', text: '1 Mrd. Yuan', fix: '200 Mio. Yuan' },
      { code: 'figure-mismatch', text: '200 Mio. Yuan', fix: '1 Mrd. Yuan' },
    ]);
    assert.deepEqual(findings('Project Stargate ist eine Initiative im Umfang von 500 Mio. Dollar.'), [{ code: 'scale-mismatch', text: '500 Mio. Dollar', fix: '500 Mrd. Dollar' }]);
  });
});

describe('a scale word in a table header', () => {
  // "cost (million yuan)" over "| Fire-Flyer I | 200 |": the cell is 200 million yuan, not 200 yuan whose digits are
  // the source's with the wrong scale.
  test('English: "(million yuan)", "(million euros)" and "($m)" scale the bare cells under them', () => {
    const table = '| Machine | Cost (million yuan) | Cost (million euros) |\n|---|---|---|\n| Fire-Flyer I | 200 | 26 |\n| Fire-Flyer II | 1,000 | 130 |\n';
    assert.deepEqual(findings(table), []);
    assert.deepEqual(findings('| Model | Training cost ($m) |\n|---|---|\n| DeepSeek R1 | 5.6 |\n| GPT-4o | 87 |\n'), [{ code: 'figure-mismatch', text: '87', fix: '78' }]);
  });
  test('German: „(Mio. Yuan)“ und „in Millionen Euro“ skalieren die nackten Zahlen darunter', () => {
    const table = 'Die Kosten der beiden Rechner im Überblick.\n\n| Rechner | Kosten (Mio. Yuan) | Kosten in Millionen Euro |\n|---|---|---|\n| Fire-Flyer I | 200 | 26 |\n| Fire-Flyer II | 1.000 | 130 |\n';
    assert.deepEqual(findings(table), []);
    assert.deepEqual(findings('| Modell | Trainingskosten (Mio. Dollar) |\n|---|---|\n| DeepSeek R1 | 5,6 |\n| GPT-4o | 87 |\n'), [{ code: 'figure-mismatch', text: '87', fix: '78' }]);
  });
  test('a scale word that belongs to a number in the label scales nothing', () => {
    assert.deepEqual(findings('| Claim | Verdict |\n|---|---|\n| Training for $5.6 million | 14 |\n').filter((f) => f.code !== 'unsourced-figure'), []);
  });
});

describe('a number with a fraction is no count of things', () => {
  // The source counts "die beiden Supercomputer": a share or index value of 0.83 in Fire-Flyer II's row is no number of
  // supercomputers, and no wrong one.
  test('English: "| Fire-Flyer II | 0.83 |" under "share_of_total" does not contradict "the two supercomputers"', () => {
    assert.deepEqual(findings('| machine | share_of_total |\n|---|---|\n| Fire-Flyer I | 0.17 |\n| Fire-Flyer II | 0.83 |\n').filter((f) => f.code !== 'unsourced-figure'), []);
  });
  test('German: „Fire-Flyer II: 0,83.“ widerspricht „die beiden Supercomputer“ nicht', () => {
    assert.deepEqual(findings('Die Rechner im Vergleich. Fire-Flyer II: 0,83. Fire-Flyer I: 0,17.').filter((f) => f.code !== 'unsourced-figure'), []);
  });
});

describe('a company no source knows', () => {
  test('is someone else: its figures are not compared with other companies\' facts', () => {
    assert.deepEqual(findings('Shares of Galyx Dynamics fell 4.6 percent on 27 January 2025.').filter((f) => f.code !== 'unsourced-figure'), []);
    assert.deepEqual(findings('Die Aktie von Quanta Labs fiel am 27. Januar 2025 um 4,6 Prozent.').filter((f) => f.code !== 'unsourced-figure'), []);
    assert.deepEqual(findings('Nvidia fell 4.6 percent on 27 January 2025.').filter((f) => f.code !== 'unsourced-figure').map((f) => f.code), ['figure-mismatch']);
  });
});

describe('a currency named with its country', () => {
  test('"US-Dollar", "US dollars", "USD" are the dollar, not the USA or a company no source knows', () => {
    for (const text of ['Das Training von R1 kostete 5,6 Millionen US-Dollar.', 'Training R1 cost a mere 5.6 million US dollars.', 'Training R1 cost USD 5.6 million.', 'Training R1 cost 5.6 million USD.', 'Training R1 cost US$5.6 million.']) {
      assert.deepEqual(findings(text), [], text);
    }
    assert.deepEqual(findings('Training R1 cost 5.6 billion US dollars.'), [{ code: 'scale-mismatch', text: '5.6 billion US dollars', fix: '5.6 million US dollars' }]);
  });
});

describe('another version is another model', () => {
  const extra = [{ id: 'v3.txt', uri: 'file:///extra/v3.txt', text: 'DeepSeek V3 im Test\n\nIm MATH-500-Test erreichte DeepSeek V3 im Dezember 90,2 Prozent. Es übertrifft OpenAI\'s GPT-4o and Meta\'s Llama.\n' }];
  const wider = withSources(...extra);
  test('a wrong score for R1 is judged by R1\'s score, not V3\'s, and a list of two names is two names', () => {
    const text = 'On MATH-500, DeepSeek R1 scores 58 percent.';
    assert.deepEqual(findings(text, wider), [{ code: 'figure-mismatch', text: '58 percent', fix: '85 percent' }]);
    assert.ok(!wider.names.entries.some((e) => e.canonical.includes(' and ')));
  });
});

describe('a duration to an event dated by its month', () => {
  test('a duration in days or weeks to an event the sources date by its month alone spans that month (German and English)', () => {
    // V3 "im Dezember 2024", R1 on 20 January: three to seven weeks apart, so "a week before" is wrong and has no one fix.
    assert.deepEqual(findings('V3 erschien im Dezember 2024, eine Woche vor R1.'), [{ code: 'figure-mismatch', text: 'eine Woche' }]);
    assert.deepEqual(findings('V3 erschien im Dezember 2024, fünf Wochen vor R1.'), []);
    const en = 'V3 appeared in December 2024, a week before R1.';
    assert.deepEqual(runRules(analyzeDraft(en, index), index).map((f) => [f.code, en.slice(f.start, f.end), f.message, f.fix]), [
      ['figure-mismatch', 'a week', 'a week contradicts the source, which says Dezember 2024 → 20. Januar = 3–7.', undefined],
    ]);
    assert.deepEqual(findings('V3 appeared in December 2024, three weeks before R1.'), []);
  });
});

describe('relative times', () => {
  test('"im Vorjahr", "a year earlier": the year before the paragraph\'s date', () => {
    const de = 'Der Nasdaq 100 fiel am 27. Januar 2025 um 3 Prozent. Im Vorjahr war der Index noch um 52 Prozent gestiegen.';
    assert.equal(readAs(de, '52 Prozent', 'de'), 'Nasdaq 100 · Aktienkurs · 2024: +52 Prozent');
    assert.deepEqual(findings(de).filter((f) => f.code !== 'unsourced-figure'), [{ code: 'figure-mismatch', text: '52 Prozent', fix: '25 Prozent' }]);
    const en = 'The Nasdaq 100 fell 3 percent on 27 January 2025. A year earlier it had gained 25 percent.';
    assert.match(readAs(en, '25 percent'), /· 2024: \+25 percent$/);
  });
});

describe('values a writer computes from two facts', () => {
  test('years between two foundings, in German and English, across sentences', () => {
    const before = 'Liang Wenfeng gründete 2015 den Hedgefonds High-Flyer. ';
    assert.deepEqual(findings(`${before}Mit dessen Kapital entstand acht Jahre später DeepSeek.`), []);
    assert.deepEqual(findings(`${before}Mit dessen Kapital entstand sechs Jahre später DeepSeek.`), [{ code: 'figure-mismatch', text: 'sechs Jahre', fix: 'acht Jahre' }]);
    assert.deepEqual(findings('Eight years before DeepSeek, Liang Wenfeng and two other engineers had started a hedge fund, High-Flyer.'), []);
    assert.deepEqual(findings('Five years before DeepSeek, Liang Wenfeng and two other engineers had started a hedge fund, High-Flyer.'), [{ code: 'figure-mismatch', text: 'Five years', fix: 'Eight years' }]);
  });
  test('"Das sind knapp 480 Modelle": a share of a count, summed up in the next sentence about a country', () => {
    assert.deepEqual(findings('Laut der Akademie stammen 36 Prozent der weltweit 1328 KI-Modelle aus China. Das sind knapp 480 Modelle.'), []);
  });
  test('"That works out to", „Das ergibt“ sum up the sentence before as "That is" does: a wrong product of its share and count is caught', () => {
    const en = "China now accounts for 36% of the world's 1,328 AI models. That works out to about ";
    assert.deepEqual(findings(`${en}480 models.`), []);
    assert.deepEqual(findings(`${en}640 models.`), [{ code: 'figure-mismatch', text: '640', fix: '478' }]);
    const de = 'China stellt 36 Prozent der weltweit 1328 KI-Modelle. Das ergibt rund ';
    assert.deepEqual(findings(`${de}480 Modelle.`), []);
    assert.deepEqual(findings(`${de}640 Modelle.`), [{ code: 'figure-mismatch', text: '640', fix: '478' }]);
  });
  test('"36% to be precise", „genau genommen 36 Prozent“ give the share before them more exactly: China\'s, not what the next clause moves', () => {
    const en = "China now accounts for roughly a third of the world's 1,328 AI models, ";
    const nasdaq = ', and the Nasdaq 100 had fallen 25% in 2024.';
    assert.deepEqual(findings(`${en}36% to be precise${nasdaq}`).filter((f) => f.text === '36%'), []);
    assert.equal(readAs(`${en}36% to be precise${nasdaq}`, '36%'), 'China · share: 36%');
    assert.deepEqual(findings(`${en}46% to be precise.`), [{ code: 'figure-mismatch', text: '46%', fix: '36%' }]);
    const de = 'China stellt inzwischen rund ein Drittel der weltweit 1328 KI-Modelle, ';
    const nasdaqDe = ', und der Nasdaq 100 hatte 2024 25 Prozent verloren.';
    assert.deepEqual(findings(`${de}genau genommen 36 Prozent${nasdaqDe}`).filter((f) => f.text === '36 Prozent'), []);
    assert.deepEqual(findings(`${de}36 Prozent, um genau zu sein${nasdaqDe}`).filter((f) => f.text === '36 Prozent'), []);
    assert.deepEqual(findings(`${de}genau genommen 46 Prozent.`), [{ code: 'figure-mismatch', text: '46 Prozent', fix: '36 Prozent' }]);
  });
  test('"less than a tenth of the American figure" is the ratio of the two costs before it', () => {
    const text = 'R1 cost $5.6 million to train, against $78 million for GPT-4o. That is less than a tenth of the American figure.';
    assert.deepEqual(findings(text), []);
    assert.equal(readAs(text, 'a tenth'), 'DeepSeek R1: a tenth');
  });
  test('percentage points between two companies\' falls; "Prozentpunkte" is no benchmark score', () => {
    const de = 'Am 27. Januar 2025 fiel Nvidia um 7,82 Prozent, Microsoft um 3,75 Prozent. Nvidias Minus war gut 4 Prozentpunkte größer als das von Microsoft. Microsoft lag 2,4 Prozentpunkte hinter Nvidia.';
    assert.deepEqual(findings(de), [{ code: 'figure-mismatch', text: '2,4 Prozentpunkte', fix: '4,1 Prozentpunkte' }]);
    const drafted = analyzeDraft(de, index).figures.find((f) => f.figure.text === '2,4 Prozentpunkte')!;
    assert.equal(drafted.match.evidence[0].figure.text, '7,82 % − 3,75 % = 4.1 percentage points');
    assert.deepEqual(findings('On 27 January 2025 Nvidia lost 7.82 percent and Broadcom 6.58 percent: Nvidia fell 1.2 percentage points more than Broadcom.'), []);
  });
});

describe('a bound on "a year"', () => {
  test('"höchstens ein Jahr", "at most a year" are figures, checked against "zwei bis drei Jahre im Rückstand"', () => {
    assert.deepEqual(findings('Chinas Rückstand bezifferten Branchenkenner auf höchstens ein Jahr.'), [{ code: 'figure-mismatch', text: 'ein Jahr' }]);
    assert.deepEqual(findings('Experts put China at most a year behind.'), [{ code: 'figure-mismatch', text: 'a year' }]);
    assert.deepEqual(findings('Ein Jahr später kam R1.').filter((f) => f.text.includes('Ein')), []);
  });
});

describe('a ratio of two other models\' figures', () => {
  test('GPT-4\'s 78 and Llama 2\'s 3 million (≈ 26) bear out no ratio to GPT-4o\'s bill (German and English)', () => {
    const costs = withSources(
      extraSource('aiindex.txt', 'Was KI-Training kostet\n\nDer AI Index der Stanford-Universität beziffert die reinen Rechenkosten für das Training von OpenAIs GPT-4 auf etwa 78 Millionen Dollar, für Metas Llama 2 auf rund 3 Millionen Dollar.\n'),
      extraSource('aiindex-en.txt', 'What AI training costs\n\nStanford\'s AI Index puts the compute cost of training OpenAI\'s GPT-4 at about $78 million and Meta\'s Llama 2 at around $3 million.\n'),
    );
    const en = 'DeepSeek says it trained R1 for $5.6 million. That is a fraction of what its American rivals spend: less than a twentieth of OpenAI\'s bill for GPT-4o, if the numbers are to be believed.';
    const de = 'Das Training von DeepSeek R1 kostete 5,6 Millionen Dollar, weniger als ein Zwanzigstel dessen, was OpenAI für GPT-4o ausgab.';
    for (const idx of [index, costs]) {
      assert.deepEqual(findings(en, idx), [{ code: 'figure-mismatch', text: 'a twentieth' }]);
      assert.deepEqual(findings(de, idx), [{ code: 'figure-mismatch', text: 'ein Zwanzigstel' }]);
    }
  });
});

describe('who a figure is about', () => {
  test('a relative clause between commas is about its name, not about the figure outside it', () => {
    assert.deepEqual(findings('Nvidia, dessen H100-Chips unter die US-Exportbeschränkungen fallen, wurde 1993 gegründet.').map((f) => f.code), ['unsourced-figure']);
    assert.deepEqual(findings('Nvidia, whose H100 chips fall under the US export curbs, was founded in 1993.').map((f) => f.code), ['unsourced-figure']);
  });
  test('"Micron, der Speicher für Nvidias Beschleuniger liefert, fiel um 11,7 Prozent" is Micron\'s fall, no other value of Nvidia\'s', () => {
    const micron = extraSource('micron.txt', 'Chipwerte im Sog von DeepSeek\n\nAm 27. Januar 2025 gaben die Chipwerte weltweit nach. Der Speicherhersteller Micron, der Hochleistungsspeicher für Nvidias Beschleuniger liefert, fiel um 11,7 Prozent.\n');
    assertUnchangedBy(micron, 'Am 27. Januar 2025 verlor Nvidia 7,82 Prozent.', []);
    const micronEn = extraSource('micron-en.txt', 'Chip stocks in DeepSeek\'s wake\n\nOn 27 January 2025 chip stocks fell worldwide. The memory maker Micron, which supplies memory for Nvidia\'s accelerators, fell 11.7 percent.\n');
    assertUnchangedBy(micronEn, 'On 27 January 2025 Nvidia lost 7.82 percent.', []);
    // A noun in apposition is no relative clause: the name before it is still whose the figure is.
    assert.deepEqual(findings('Am 27. Januar 2025 verlor Nvidia, der Chipkonzern aus Kalifornien, 17,82 Prozent.').filter((f) => f.code !== 'unsourced-figure').map((f) => `${f.code} ${f.text} ${f.fix}`), ['figure-mismatch 17,82 Prozent 7,82 Prozent']);
  });
  test('"19 million times, roughly three times DeepSeek\'s monthly total" counts OpenAI\'s downloads: DeepSeek is what they are compared with', () => {
    assertUnchangedBy(distractor('2025-02-03_deepseek-app-downloads-weltweit.md'), "DeepSeek's chatbot app had been downloaded some 2.6 million times by the weekend before the sell-off.", [{ code: 'unsourced-figure', text: '2.6 million' }]);
    const de = extraSource('downloads.txt', 'Downloads im Januar\n\nDie App von OpenAI wurde im Januar weltweit rund 19 Millionen Mal heruntergeladen, gut das Dreifache von DeepSeek.\n');
    assertUnchangedBy(de, 'Die App von DeepSeek wurde bis zum Wochenende rund 2,6 Millionen Mal heruntergeladen.', [{ code: 'unsourced-figure', text: '2,6 Millionen' }]);
  });
  test('a shared country does not make a company\'s founding the year of export curbs; a country\'s own curbs still are', () => {
    assert.deepEqual(findings('| Unternehmen | gegründet | Sitz |\n|---|---|---|\n| Nvidia | 1994 | USA |\n').map((f) => f.code), ['unsourced-figure']);
    assert.deepEqual(findings('- **2022:** Die USA beschränken den Export moderner Grafikprozessoren nach China.'), []);
    assert.deepEqual(findings('---\nlang: en\n---\n\nDeepSeek used H800 chips, after US export curbs of 2021 on chips such as the H100.').map((f) => `${f.code} ${f.text} ${f.fix}`), ['date-mismatch 2021 2022']);
  });
});

describe('"the company" after a name earlier in its sentence', () => {
  const wider = withSources(distractor('2025-01-24_wall-street-friday.txt'));
  const whose = (text: string, figure: string, idx = wider) => analyzeDraft(text, idx).figures.find((x) => x.figure.text === figure)!.fact.primary;
  test('English: "Meta Platforms rose … after Zuckerberg said the company would spend $60 billion" is Meta\'s, not the Nvidia of the paragraph before', () => {
    const text = 'Nvidia shares fell 3.1 percent on Friday.\n\nMeta Platforms bucked the trend, rising 1.7 percent to a record after Chief Executive Mark Zuckerberg said the company would spend $60 billion on capital expenditure this year.';
    assert.deepEqual(whose(text, '$60 billion'), ['Meta Platforms']);
    const draft = "Bottom line: R1 was trained for $5.6bn, about 1/14th of what GPT-4o cost, and Nvidia's $598bn wipeout shows how hard that hit investors.";
    assert.deepEqual(findings(draft, wider).filter((f) => f.text === '$598bn'), findings(draft).filter((f) => f.text === '$598bn'));
  });
  test('German: „…, nachdem Zuckerberg angekündigt hatte, der Konzern werde 60 Milliarden Dollar ausgeben“', () => {
    const text = 'Nvidia fiel am Freitag um 3,1 Prozent.\n\nMeta Platforms legte dagegen 1,7 Prozent zu, nachdem Mark Zuckerberg angekündigt hatte, der Konzern werde in diesem Jahr 60 Milliarden Dollar investieren.';
    const who = whose(text, '60 Milliarden Dollar') ?? [];
    assert.ok(who.includes('Meta Platforms') && !who.includes('Nvidia'), who.join(', '));
  });
  test('in its own clause the company is another: „High-Flyer finanzierte die Firma, die im Juli 2023 gegründet wurde“', () => {
    const text = 'Wer DeepSeek verstehen will, muss auf Liang Wenfeng schauen. Sein Hedgefonds High-Flyer finanzierte die Firma, die erst im Juli 2023 gegründet wurde.';
    assert.deepEqual(findings(text), []);
  });
});

describe('where a fact happened is not who it is about', () => {
  test('"US tech stocks on January 27, 2025" under a heading on Wall Street keeps the bundled source in the hover (English and German)', () => {
    const wider = withSources(...readdirSync('test/eval/distractors').map(distractor));
    for (const text of ['# DeepSeek R1, the model that rattled Wall Street\n\nA Chinese start-up wiped billions off US tech stocks on January 27, 2025.\n', '# DeepSeek R1, das Modell, das die Wall Street erschütterte\n\nEin chinesisches Start-up vernichtete am 27. Januar 2025 Milliarden an US-Technologiewerten.\n']) {
      const date = text.match(/January 27, 2025|27\. Januar 2025/)![0];
      for (const idx of [index, wider]) {
        assert.deepEqual(findings(text, idx).filter((f) => f.text === date), []);
        assert.match(hoverAt(analyzeDraft(text, idx), idx, text.indexOf(date))!.markdown, /sorgte das chinesische KI-Start-up DeepSeek für Schlagzeilen/);
      }
    }
  });
});

describe('"an diesem Tag", "that day"', () => {
  test('is the day last named, not a year a clause mentions in between', () => {
    const de = 'Am 27. Januar 2025 verlor Nvidia 7,82 Prozent, nachdem die Aktie 2024 noch gestiegen war. Allein Nvidia büßte an diesem Tag knapp 600 Milliarden Dollar an Börsenwert ein.';
    assert.match(readAs(de, '600 Milliarden Dollar', 'de'), /^Nvidia · Bewertung · 27. Jan. 2025: /);
  });
  test('also where a line breaks between its words, so a market value of another month is no other value of it', () => {
    const de = 'Sendung vom 3. Februar 2025\n\nAm 27. Januar fiel Nvidia um 7,82 Prozent.\n\nAllein beim Chipkonzern lösen sich an\ndiesem Tag rund 589 Milliarden Dollar Börsenwert in Luft auf.';
    assert.match(readAs(de, '589 Milliarden Dollar', 'de'), /^Nvidia · .* · 27\. Jan\.: 589 Milliarden Dollar$/);
    const en = 'Broadcast of 3 February 2025\n\nOn 27 January Nvidia fell 7.82 percent.\n\nThe chipmaker alone lost about $589 billion of market value on the same\nday.';
    assert.match(readAs(en, '$589 billion'), /^Nvidia · .* · 27 Jan: \$589 billion$/);
  });
});

describe('articles about the same companies on other days', () => {
  const extra = [
    extraSource('rebound.txt', 'Nvidia claws back ground\n\nNEW YORK, January 28, 2025 — Shares of Nvidia rebounded on Tuesday, rising 8.9 percent.\n\nIn Tokyo, SoftBank shares fell 8.3 percent on Tuesday before paring losses.\n'),
    { id: 'rivals.txt', uri: 'file:///extra/rivals.txt', text: 'Chinas KI-Rivalen\n\nAlibaba Group on Wednesday, January 29, 2025, released Qwen2.5-Max, a large language model it says outperforms DeepSeek V3, OpenAI\'s GPT-4o and Meta\'s Llama 3.1 405B on several benchmarks. The model was pre-trained on more than 20 trillion tokens, the company said.\n' },
  ];
  const wider = withSources(...extra);
  test('"on Tuesday" after "January 28, 2025" is the 28th: a fall that day is no source for a bound on the 27th', () => {
    assert.deepEqual(findings('## 27. Januar 2025\n\nTech-Aktien wie Infineon und SoftBank: bis zu 12 % Verlust.', wider).filter((f) => f.code !== 'unsourced-figure'), [{ code: 'figure-mismatch', text: '12 %', fix: '10 %' }]);
  });
  test('what a new model "outperforms" is not what was released that day', () => {
    const released = analyzeDraft('Alibaba released Qwen2.5-Max on January 29, 2025, a model it says outperforms DeepSeek V3 and GPT-4o.', index).figures[0];
    assert.deepEqual(released.fact.primary, ['Alibaba']);
    assert.deepEqual(findings('The V3 model, which had appeared in November 2024, was already turning heads.', wider), [{ code: 'date-mismatch', text: 'November 2024', fix: 'December 2024' }]);
  });
  // A chat exported on the 28th about Monday's fall: the rebound of the 28th ("legte 2,6 Prozent zu") is not the value
  // of the fall the writer got wrong.
  const german = extraSource('2025-01-28_erholung.md', '---\ntitle: Chipwerte erholen sich\npublished: 2025-01-28\nlang: de\n---\n\nAm Dienstag, dem 28. Januar 2025, erholten sich die Technologiewerte. Microsoft legte 2,9 Prozent zu, Broadcom gewann 2,6 Prozent.\n');
  const movesIn = (text: string, idx = index) => findings(text, idx).filter((f) => f.code !== 'unsourced-figure');
  const english = extraSource('2025-01-28_rebound.md', '---\ntitle: Chip stocks bounce back\npublished: 2025-01-28\n---\n\nOn Tuesday, January 28, 2025, tech shares recovered. Microsoft gained 2.9 percent and Broadcom added 2.6 percent.\n');
  test('German: a move the other way on the day a heading only guesses is the next day\'s rebound, no fix for a swapped pair', () => {
    const deText = '# Redaktionschat, Dienstag, 28. Januar 2025\n\nFür die Grafik: Broadcom und Microsoft verloren 3,75 beziehungsweise 6,58 Prozent.\n';
    const deSwapped = [{ code: 'figure-mismatch', text: '3,75', fix: '6,58' }, { code: 'figure-mismatch', text: '6,58 Prozent', fix: '3,75 Prozent' }];
    assert.deepEqual(movesIn(deText), deSwapped);
    assert.deepEqual(movesIn(deText, withSources(german)), deSwapped);
  });
  test('English: a move the other way on the day a heading only guesses is the next day\'s rebound, no fix for a swapped pair', () => {
    const enText = '# Desk chat, Tuesday 28 January 2025\n\nFor the chart: Broadcom and Microsoft fell 3.75% and 6.58% respectively.\n';
    const enSwapped = [{ code: 'figure-mismatch', text: '3.75%', fix: '6.58%' }, { code: 'figure-mismatch', text: '6.58%', fix: '3.75%' }];
    assert.deepEqual(movesIn(enText), enSwapped);
    assert.deepEqual(movesIn(enText, withSources(english)), enSwapped);
  });
  test('the other way by the same amount on a guessed day is still a wrong direction', () => {
    assert.deepEqual(movesIn('# Desk chat, Tuesday 28 January 2025\n\nMicrosoft fell 2.9% today.\n', withSources(english)).map((f) => f.code), ['figure-mismatch']);
  });
  test('a value stated for one of the names the draft gives bears it out, however the rest of the sentence weighs', () => {
    assert.deepEqual(findings('Seine beiden Supercomputer kosteten 200 Millionen Yuan und eine Milliarde Yuan, Fire-Flyer II war also fünfmal so teuer wie Fire-Flyer I.', wider), []);
  });
});

describe('lists a writer shortens further', () => {
  test('"bei Broadcom 3,75": a decimal after the next name takes the percent before it, so a swap is caught', () => {
    assert.deepEqual(findings('Am 27. Januar 2025 fielen die Kurse. Bei Microsoft waren es 6,58 Prozent, bei Broadcom 3,75.').filter((f) => f.code !== 'unsourced-figure'), [
      { code: 'figure-mismatch', text: '6,58 Prozent', fix: '3,75 Prozent' },
      { code: 'figure-mismatch', text: '3,75', fix: '6,58' },
    ]);
    assert.deepEqual(findings('Nvidia lost 7.82 percent, Microsoft 3.75 and Broadcom 3.58.'), [{ code: 'figure-mismatch', text: '3.58', fix: '6.58' }]);
  });
  test('"founded in 2015 and 2023 respectively" pairs the years with the names', () => {
    assert.deepEqual(findings('High-Flyer and DeepSeek were founded in 2015 and 2023 respectively.'), []);
    assert.deepEqual(findings('High-Flyer und DeepSeek wurden 2023 beziehungsweise 2015 gegründet.'), [
      { code: 'date-mismatch', text: '2023', fix: '2015' },
      { code: 'date-mismatch', text: '2015', fix: '2023' },
    ]);
  });
});

describe('direction in more wordings', () => {
  test('"ended the day up", "schloss höher" is a rise; "gave up", "lost up to" are not', () => {
    assert.deepEqual(findings('Broadcom ended the day up 6.58%.').map((f) => f.code), ['figure-mismatch']);
    assert.deepEqual(findings('Broadcom schloss 6,58 Prozent höher.').map((f) => f.code), ['figure-mismatch']);
    assert.deepEqual(findings('Infineon and SoftBank were among the tech names that gave up as much as 10 percent.'), []);
    assert.deepEqual(findings('Stocks such as Nvidia, Infineon and SoftBank lost up to 10 percent.'), []);
  });
  test('a fraction that "eingebüßt" where the source says the index gained it', () => {
    assert.deepEqual(findings('Der Nasdaq 100 sackte um 3 Prozent ab. Für einen Index, der 2024 ein Viertel eingebüßt hatte, war das bitter.'), [{ code: 'figure-mismatch', text: 'ein Viertel' }]);
  });
  test('a rebound the writer dates to the day after the fall is that day\'s move, not a wrong value of the fall', () => {
    const moves = (text: string) => findings(text).filter((f) => f.code !== 'unsourced-figure');
    assert.deepEqual(moves('Am 27. Januar 2025 verlor die Nvidia-Aktie 7,82 Prozent. Am Dienstag erholte sich die Nvidia-Aktie um 8,9 Prozent.'), []);
    assert.deepEqual(moves('Am Dienstag, dem 28. Januar 2025, legte Nvidia um 8,9 Prozent zu.'), []);
    assert.deepEqual(moves('On January 27, 2025, Nvidia fell 7.82 percent. On Tuesday, Nvidia shares rebounded 8.9 percent.'), []);
    // Misdated in the same direction, or the other direction on the same day: still the source's move.
    assert.deepEqual(moves('Am 27. Januar 2025 verlor die Nvidia-Aktie 7,82 Prozent. Am Dienstag fiel die Nvidia-Aktie um 17 Prozent.'), [{ code: 'figure-mismatch', text: '17 Prozent', fix: '7,82 Prozent' }]);
    assert.deepEqual(moves('On January 27, 2025, Nvidia rose 7.82 percent.').map((f) => f.code), ['figure-mismatch']);
  });
});

describe('a multiple written as one word', () => {
  test('a multiple written as one word is read in English as in German: "threefold", "das Dreifache"', () => {
    // Multi-token prediction sped processing up 1.8-fold ("um das 1,8-Fache").
    assert.deepEqual(findings('Multi-token prediction sped up processing threefold.'), [{ code: 'figure-mismatch', text: 'threefold' }]);
    assert.deepEqual(findings('Multi-Token Prediction beschleunigte die Verarbeitung um das Dreifache.'), [{ code: 'figure-mismatch', text: 'Dreifache' }]);
    assert.deepEqual(findings('Multi-token prediction sped up processing nearly twofold.'), []);
    assert.deepEqual(extractFigures('The problem is manifold, and scaffolding matters.', { language: 'en' }), []);
  });
});

describe('words around a figure', () => {
  test('"einer Initiative über 500 Millionen Dollar" says its size, not "more than"', () => {
    assert.deepEqual(findings('Washington antwortet mit Project Stargate, einer Initiative über 500 Millionen Dollar.'), [{ code: 'scale-mismatch', text: '500 Millionen Dollar', fix: '500 Milliarden Dollar' }]);
  });
  test('"acht Jahre bevor er DeepSeek ins Leben rief" is the time between two foundings', () => {
    const before = '2015 hatte Liang Wenfeng den Hedgefonds High-Flyer gegründet, ';
    assert.deepEqual(findings(`${before}acht Jahre bevor er DeepSeek ins Leben rief.`), []);
    assert.deepEqual(findings(`${before}drei Jahre bevor er DeepSeek ins Leben rief.`), [{ code: 'figure-mismatch', text: 'drei Jahre', fix: 'acht Jahre' }]);
  });
  test('"mit weniger als einem Zehntel davon" is a ratio to the sum before', () => {
    assert.deepEqual(findings('Das Training von GPT-4o soll 78 Millionen Dollar gekostet haben. R1 kam also mit weniger als einem Zehntel davon aus.'), []);
    assert.deepEqual(findings('Das Training von GPT-4o soll 78 Millionen Dollar gekostet haben. R1 kam mit der Hälfte davon aus.').map((f) => `${f.code} ${f.text}`), ['figure-mismatch der Hälfte']);
  });
  test('a motto the source quotes without naming whose it is still bears out the company\'s', () => {
    assert.deepEqual(findings('DeepSeek gibt sich bescheiden: 99 Prozent des Erfolgs kämen aus harter Arbeit, nur ein Prozent aus Talent.').filter((f) => f.text === '99 Prozent'), []);
  });
});

describe('a short quotation and a fraction without its article', () => {
  test('„Sputnik-Moment“ is Andreessen\'s when the draft says someone "sprach von" it; a scare quote is no one\'s', () => {
    assert.deepEqual(findings('Donald Trump sprach von einem „Sputnik-Moment“. Das Bild ist schief.'), [{ code: 'misattributed-quote', text: 'Donald Trump', fix: 'Marc Andreessen' }]);
    assert.deepEqual(findings('Donald Trump sieht das anders als viele, die vom „Sputnik-Moment“ reden.'), []);
  });
  test('"more than half of the world\'s 1,328 AI models" is a share, checked against 36 percent', () => {
    const text = "According to a Chinese academy, more than half of the world's 1,328 AI models now come from China.";
    assert.deepEqual(findings(text), [{ code: 'figure-mismatch', text: 'half' }]);
    assert.deepEqual(findings(text.replace('half', 'a third')), []);
  });
});

describe('ratios of two changes', () => {
  test('"Microsoft\'s loss was roughly half of Nvidia\'s" is 3.75 % ÷ 7.82 %', () => {
    const list = 'Nvidia, Microsoft and Broadcom lost 7.82, 3.75 and 6.58 percent. ';
    assert.deepEqual(findings(`${list}Microsoft's loss was roughly half of Nvidia's.`), []);
    assert.deepEqual(findings(`${list}Microsoft's loss was a quarter of Nvidia's.`), [{ code: 'figure-mismatch', text: 'a quarter' }]);
    const quarter = analyzeDraft(`${list}Microsoft's loss was a quarter of Nvidia's.`, index).figures.find((f) => f.figure.text === 'a quarter')!;
    assert.equal(quarter.match.evidence[0].figure.text, '7,82 % ÷ 3,75 % ≈ 2.1');
  });
});

describe('names a source does not have', () => {
  test('„Unser Ziel ist es …“: a capitalised determiner makes no role, so "Ziel" is no company', () => {
    const source = extraSource('llama.txt', 'Meta stellt Llama 4 vor\n\n„Unser Ziel ist es, die weltweit führende KI zu bauen“, sagte Konzernchef Mark Zuckerberg.\n');
    const names = withSources(source).names.entries.map((e) => e.canonical);
    assert.ok(names.includes('Mark Zuckerberg'));
    assert.ok(!names.includes('Ziel'));
  });
});

describe('one in four', () => {
  test('"one in four" is a share told as a fraction is: German "eines von vier", and a qualifier bounds it but is not underlined', () => {
    // 36 Prozent der weltweit 1328 KI-Modelle stammen aus China: more than one in four, more than one in three.
    const en = (share: string) => findings(`36 percent of the world's 1,328 AI models come from China, ${share}.`);
    assert.deepEqual(en('more than one in four'), []);
    assert.deepEqual(en('almost one in two'), [{ code: 'figure-mismatch', text: 'one in two' }]);
    const de = (share: string) => findings(`Von den weltweit 1328 KI-Modellen stammt inzwischen ${share} aus China.`);
    assert.deepEqual(de('mehr als eines von drei'), []);
    assert.deepEqual(de('etwa eines von vier'), [{ code: 'figure-mismatch', text: 'eines von vier' }]);
  });
  test('a share restated after "also mehr als", "that is, more than" restates the figure before it, its bound outside what is underlined', () => {
    assert.deepEqual(findings('36 Prozent der weltweit 1328 KI-Modelle kommen inzwischen aus der Volksrepublik, also mehr als jedes dritte.'), []);
    assert.deepEqual(findings('36 percent of the world\'s 1,328 AI models now come from China, that is, more than one in three.'), []);
    assert.deepEqual(findings('36 Prozent der weltweit 1328 KI-Modelle kommen inzwischen aus der Volksrepublik, also weniger als jedes vierte.').map((f) => [f.code, f.text]), [['figure-mismatch', 'jedes vierte']]);
    assert.deepEqual(findings('36 percent of the world\'s 1,328 AI models now come from China, that is, less than one in four.').map((f) => [f.code, f.text]), [['figure-mismatch', 'one in four']]);
  });
});

describe('"share of", "share from"', () => {
  test('is a part of a whole, not a share price: no inconsistency with a share price later', () => {
    const text = '---\nlang: en\n---\n\n| Fact | Value |\n|---|---|\n| AI models worldwide / share from China | 1,328 / 36% |\n\nOn 27 January 2025 Nvidia fell 7.82%.\n';
    assert.deepEqual(findings(text), []);
  });
});

describe('more values a writer computes', () => {
  const list = 'On Monday, 27 January 2025, Nvidia, Microsoft and Broadcom fell 7.82%, 3.75% and 6.58% respectively. ';
  test('"nearly three points bigger than Microsoft\'s" is a difference of two falls in percentage points', () => {
    assert.deepEqual(findings(`${list}Broadcom's drop was nearly three points bigger than Microsoft's.`), []);
    assert.deepEqual(findings(`${list}Broadcom's drop was five points bigger than Microsoft's.`), [{ code: 'figure-mismatch', text: 'five points', fix: '2.8 points' }]);
  });
  test('"2.8 points worse than Microsoft", "about 1.2 points bigger.", "2,8 Punkte schlechter": a comparative alone makes points a difference', () => {
    assert.deepEqual(findings(`${list}Broadcom ended 2.8 points worse than Microsoft, and Nvidia's drop was about 1.2 points bigger.`), []);
    assert.deepEqual(findings(`${list}Broadcom ended five points worse than Microsoft.`), [{ code: 'figure-mismatch', text: 'five points', fix: '2.8 points' }]);
    const de = 'Am 27. Januar 2025 fielen Nvidia, Microsoft und Broadcom um 7,82 %, 3,75 % und 6,58 %. ';
    assert.deepEqual(findings(`${de}Broadcom schnitt 2,8 Punkte schlechter ab als Microsoft.`), []);
    assert.deepEqual(findings(`${de}Nvidia lag fünf Punkte schlechter als Microsoft.`), [{ code: 'figure-mismatch', text: 'fünf Punkte', fix: '4,1 Punkte' }]);
  });
  test('"1.2 points short of Nvidia\'s", "1,2 Punkte geringer", "glimpflicher": points short of another\'s fall are a difference too', () => {
    assert.deepEqual(findings(`${list}Broadcom's fall was about 1.2 points short of Nvidia's.`), []);
    assert.deepEqual(findings(`${list}Broadcom's fall was 2.3 points short of Nvidia's.`), [{ code: 'figure-mismatch', text: '2.3 points', fix: '1.2 points' }]);
    const de = 'Am 27. Januar 2025 fielen Nvidia, Microsoft und Broadcom um 7,82 %, 3,75 % und 6,58 %. ';
    assert.deepEqual(findings(`${de}Broadcoms Minus fiel rund 1,2 Punkte geringer aus als das von Nvidia.`), []);
    assert.deepEqual(findings(`${de}Broadcom kam 2,3 Punkte glimpflicher davon als Nvidia.`), [{ code: 'figure-mismatch', text: '2,3 Punkte', fix: '1,2 Punkte' }]);
  });
  test('"zwischen Nvidia und Broadcom lagen 1,2 Punkte", "between Broadcom and Microsoft there were 2.8 points": points between two named sides are their gap', () => {
    const de = 'Am 27. Januar 2025 fielen Nvidia, Microsoft und Broadcom um 7,82 %, 3,75 % und 6,58 %. ';
    assert.deepEqual(findings(`${de}Zwischen Nvidia und Broadcom lagen nur rund 1,2 Punkte.`), []);
    assert.deepEqual(findings(`${de}Zwischen Nvidia und Broadcom lagen nur 2,5 Punkte.`), [{ code: 'figure-mismatch', text: '2,5 Punkte', fix: '1,2 Punkte' }]);
    // A chat leaves out the verb.
    assert.deepEqual(findings(`${de}Und zw. Nvidia und Broadcom nur ca. 2,5 Punkte.`), [{ code: 'figure-mismatch', text: '2,5 Punkte', fix: '1,2 Punkte' }]);
    assert.deepEqual(findings(`${list}Between Broadcom and Microsoft there were about 2.8 points.`), []);
    assert.deepEqual(findings(`${list}Between Broadcom and Microsoft there were 1.8 points.`), [{ code: 'figure-mismatch', text: '1.8 points', fix: '2.8 points' }]);
  });
  test('"beat Microsoft\'s by 2.8 points", "übertraf Microsoft um 2,8 Punkte": the margin one side outdoes another by is their gap', () => {
    assert.deepEqual(findings(`${list}Broadcom's fall beat Microsoft's by 2.8 points.`), []);
    assert.deepEqual(findings(`${list}Broadcom's fall beat Microsoft's by 1.8 points.`), [{ code: 'figure-mismatch', text: '1.8 points', fix: '2.8 points' }]);
    const de = 'Am 27. Januar 2025 fielen Nvidia, Microsoft und Broadcom um 7,82 %, 3,75 % und 6,58 %. ';
    assert.deepEqual(findings(`${de}Broadcoms Minus übertraf das von Microsoft um rund 2,8 Punkte.`), []);
    assert.deepEqual(findings(`${de}Broadcoms Minus übertraf das von Microsoft um 1,8 Punkte.`), [{ code: 'figure-mismatch', text: '1,8 Punkte', fix: '2,8 Punkte' }]);
  });
  test('a margin over a side no two source figures share is no gap of another pair: "lagged the Nasdaq 100 by 4.82 points", "exceeds it by …"', () => {
    const warnings = (text: string) => findings(text).filter((f) => f.code === 'figure-mismatch');
    // Nvidia's 7.82 % against the index's 3 %: not Nvidia's and Microsoft's 4.1 points.
    assert.deepEqual(warnings(`${list}Nvidia lagged the Nasdaq 100 by 4.82 percentage points.`), []);
    assert.deepEqual(warnings(`${list}Nvidia's drop exceeds it by 4.82 points.`), []);
    const de = 'Am 27. Januar 2025 fielen Nvidia, Microsoft und Broadcom um 7,82 %, 3,75 % und 6,58 %. ';
    assert.deepEqual(warnings(`${de}Nvidia übertraf den Nasdaq 100 um 4,82 Prozentpunkte.`), []);
    // The side named is one of the pair: the gap is still checked.
    assert.deepEqual(warnings(`${list}Nvidia lagged Microsoft by 4.82 percentage points.`), [{ code: 'figure-mismatch', text: '4.82 percentage points', fix: '4.1 percentage points' }]);
  });
  test('"seven percentage points apart" is R1\'s two scores, not the rival it "holds its own against"', () => {
    assert.deepEqual(findings('R1 scores 92% on HumanEval and 85% on MATH-500, seven percentage points apart, and holds its own against OpenAI\'s o1.'), []);
  });
  test('"a saving of about 93 percent" is how much less one sum is than the other', () => {
    const text = 'Training R1 reportedly cost $5.6 million against $78 million for GPT-4o, a saving of about 93 percent.';
    assert.deepEqual(findings(text), []);
    // A derived saving bears a figure out, but is too loose a reading to contradict one.
    assert.deepEqual(findings(text.replace('93', '70')).map((f) => `${f.code} ${f.text}`), ['unsourced-figure 70 percent']);
  });
  test('", and R1 came with six smaller versions" is a clause of its own', () => {
    assert.deepEqual(findings('Multi-token prediction and FP8 training made processing 1.8 times faster, and R1 came with six smaller versions that run on laptops.'), []);
  });
});

describe('figures a sentence or a cell leaves bare', () => {
  test('"36 Prozent. So groß ist … der Anteil der Volksrepublik": the fragment is about the place the next sentence names', () => {
    assert.deepEqual(findings('36 Prozent. So groß ist nach Angaben einer chinesischen Akademie der Anteil der Volksrepublik an den weltweit 1328 KI-Modellen.'), []);
  });
  test('"| Smaller versions released with R1 | seven |": a number alone in a cell is the row\'s count', () => {
    const table = (n: string) => `---\nlang: en\n---\n\n| Item | Value |\n|---|---|\n| Smaller versions released with R1 | ${n} |\n`;
    assert.deepEqual(findings(table('six')), []);
    assert.deepEqual(findings(table('seven')).map((f) => `${f.code} ${f.text}`), ['figure-mismatch seven']);
  });
  test('"| Beschäftigte | ca. 160 |", "| Employees | about 160 |": a hedged number alone in a cell is the row\'s count too', () => {
    const de = (cell: string) => `# DeepSeek auf einen Blick\n\n| Angabe | Wert |\n|---|---|\n| Beschäftigte | ${cell} |\n`;
    assert.deepEqual(findings(de('ca. 160')), [{ code: 'unsourced-figure', text: '160' }]);
    assert.deepEqual(findings(de('~160')), [{ code: 'unsourced-figure', text: '160' }]);
    const en = (cell: string) => `---\nlang: en\n---\n\n| Item | Value |\n|---|---|\n| Smaller versions released with R1 | ${cell} |\n`;
    assert.deepEqual(findings(en('about seven')).map((f) => `${f.code} ${f.text}`), ['figure-mismatch seven']);
    assert.deepEqual(findings(en('about six')), []);
  });
  test('"| Beschäftigte | mehr als 160 |", "| Employees | over 160 |": a bound alone with a number in a cell is read like a hedge (rev34)', () => {
    const de = (cell: string) => `# DeepSeek auf einen Blick\n\n| Angabe | Wert |\n|---|---|\n| Beschäftigte | ${cell} |\n`;
    for (const cell of ['mehr als 160', 'über 160', '> 160', 'rd. 160']) assert.deepEqual(findings(de(cell)).map((f) => f.code), ['unsourced-figure'], cell);
    const en = (cell: string) => `---\nlang: en\n---\n\n| Item | Value |\n|---|---|\n| Employees | ${cell} |\n`;
    for (const cell of ['more than 160', 'over 160', '> 160', 'up to 160']) assert.deepEqual(findings(en(cell)).map((f) => f.code), ['unsourced-figure'], cell);
  });
  test('"| Donnerstag | 63 % | Chinas Anteil an allen KI-Modellen |": a row labelled by a weekday or a date says in its words what its number is', () => {
    const de = (n: string) => `# Die Zahlen der Woche\n\n| Tag | Zahl | Worum es ging |\n|---|---|---|\n| Donnerstag | ${n} % | Chinas Anteil an allen KI-Modellen |\n`;
    assert.deepEqual(findings(de('36')), []);
    assert.deepEqual(findings(de('63')), [{ code: 'figure-mismatch', text: '63 %', fix: '36 %' }]);
    const en = (n: string) => `---\nlang: en\n---\n\n# Numbers of the week\n\n| Day | Number | What it was |\n|---|---|---|\n| Thursday | ${n}% | China's share of all AI models |\n`;
    assert.deepEqual(findings(en('36')), []);
    assert.deepEqual(findings(en('63')), [{ code: 'figure-mismatch', text: '63%', fix: '36%' }]);
    const dated = de('63').replace('| Donnerstag |', '| 30. Januar 2025 |');
    assert.deepEqual(findings(dated).filter((f) => f.text === '63 %'), [{ code: 'figure-mismatch', text: '63 %', fix: '36 %' }]);
  });
  test('"| 13–15 | Liang did, aged about 30. |": a sentence whose last word is a number after a hedge is no number cell', () => {
    assert.equal(isNumberCell('Liang did, aged about 30.'), false);
    assert.equal(isNumberCell('rund 160'), true);
  });
});

describe('the day a draft is about', () => {
  const selloff = extraSource('selloff.txt', 'Nvidia verliert an einem Tag 279 Milliarden Dollar an Börsenwert\n\nSchwache Daten haben am 3. September 2024 einen Ausverkauf ausgelöst. Der Börsenwert von Nvidia schrumpfte damit um 279 Milliarden Dollar.\n');
  const wider = withSources(selloff);
  const draft = '# DeepSeek and the markets\n\nOn 27 January 2025 Nvidia fell 7.82 percent.\n\nIn one session, Nvidia lost almost $600 billion of its market value.\n';
  test('dates a market figure that has no date of its own: a loss on another day months before is no source', () => {
    assert.deepEqual(findings(draft, wider), [{ code: 'unsourced-figure', text: '$600 billion' }]);
    assert.deepEqual(findings(draft.replace('On 27 January 2025 ', 'On 3 September 2024 ').replace('7.82', '9.5'), wider).filter((f) => f.text.includes('billion')), [{ code: 'figure-mismatch', text: '$600 billion', fix: '$279 billion' }]);
  });
  test('is a guess the hover does not show as the fact\'s date', () => {
    const f = analyzeDraft(draft, wider).figures.find((x) => x.figure.text === '$600 billion')!;
    assert.equal(describeFact(f.fact, 'en'), 'Nvidia · valuation: $600 billion');
  });
});

describe('how close a hedged figure claims to be', () => {
  test('"rund 6 Millionen Dollar" bears out 5,6 Millionen; "about $589 billion" then "$598 billion" contradict each other', () => {
    assert.deepEqual(findings('Das Training von DeepSeek R1 kostete rund 6 Millionen Dollar.'), []);
    const text = 'On 27 January 2025 Nvidia lost about $589 billion in market value.\n\nNvidia\'s loss in market value that day was $598 billion, the largest in US history.';
    assert.deepEqual(findings(text).filter((f) => f.code === 'draft-inconsistency').map((f) => f.text), ['$598 billion']);
  });
});

describe('durations, which way and from when', () => {
  test('"eine Woche vor dem Kurssturz", "a week before": an article before a unit of time is one', () => {
    assert.deepEqual(findings('Am 20. Januar traf Liang Wenfeng den Premierminister Li Qiang, eine Woche vor dem Kurssturz.'), []);
    assert.deepEqual(findings('Am 20. Januar traf Liang Wenfeng den Premierminister Li Qiang, einen Tag vor dem Kurssturz.').map((f) => `${f.code} ${f.text}`), ['figure-mismatch einen Tag']);
  });
  test('"Das war 2022, ein Jahr bevor er DeepSeek gründete": years from the sentence\'s own year', () => {
    const text = 'Als die USA den Export moderner Grafikprozessoren nach China beschränkten, hatte Liang vorgesorgt. Das war 2022, ein Jahr bevor er DeepSeek gründete.';
    assert.deepEqual(findings(text), []);
  });
  test('"zwei Wochen später" lies after the date it is read with, not before', () => {
    const extra = [extraSource('msft.txt', 'Microsoft baut aus\n\nDie Microsoft-Aktie stieg am 3. Januar 2025 um 1,1 Prozent.\n')];
    const wider = withSources(...extra);
    const text = 'Am 20. Januar gelang DeepSeek mit R1 der Durchbruch. Zwei Wochen später brachen an der Börse die Kurse ein.';
    assert.deepEqual(findings(text, wider).filter((f) => f.text === 'Zwei Wochen').map((f) => f.code), ['figure-mismatch']);
  });
});

describe('what a source sentence does not say', () => {
  const extra = [
    extraSource('funding.txt', 'OpenAI raises money\n\nOpenAI is raising new money in 2025. SoftBank will provide $30 billion of the total.\n'),
    extraSource('strom.txt', 'Europas Börsen\n\n„Der Markt stellt die Frage, wie viel Strom und Rechenleistung KI wirklich braucht“, sagte Jochen Stanzl.\n'),
  ];
  const wider = withSources(...extra);
  test('a sum a sentence gives no attribute is no other value of a valuation', () => {
    assert.deepEqual(findings('Ein mit rund 157 Milliarden Dollar bewertetes OpenAI muss sich seitdem erklären.', wider).map((f) => f.code), ['unsourced-figure']);
  });
  test('"Rechenleistung KI": a common acronym after a noun is no name', () => {
    assert.ok(!wider.names.entries.some((e) => e.canonical === 'KI'));
  });
});

describe('a bound bears out only a value of what it measures', () => {
  // "weniger als der Hälfte der aktiven Parameter", "up to 50 messages a day": true of any smaller value, so of a heading's
  // figure whose paragraph says what it is only by chance.
  test('German: "## Montag: 7,82 Prozent" is not borne out by another model\'s "weniger als der Hälfte"', () => {
    const text = '# Die Zahl des Tages – die DeepSeek-Woche\n\n## Montag: 7,82 Prozent\n\nSo viel verlor die Aktie von Nvidia am 27. Januar 2025.\n';
    // The sentence under the heading points back to it ("So viel verlor …"): it is Nvidia's fall, which the source states.
    assertUnchangedBy(distractor('2025-04-07_meta-llama4.txt'), text, []);
  });
  test('English: "## Friday: 40" is not borne out by "up to 50 messages a day"', () => {
    const text = "# DeepSeek's week in numbers\n\n## Friday: 40\n\nThat is how old Liang Wenfeng, the founder of DeepSeek, is.\n";
    assertUnchangedBy(distractor('2024-11-21_deepseek-r1-lite-preview.txt'), text, [{ code: 'unsourced-figure', text: '40' }]);
  });
});

describe('what a review of these rules found', () => {
  test('an article after a bound keeps its unit in the underline: "less than a percent", "höchstens ein Prozent"', () => {
    assert.deepEqual(analyzeDraft('Nvidia lost less than a percent on the day.', index).figures.map((f) => f.figure.text), ['a percent']);
    assert.deepEqual(analyzeDraft('Nvidia verlor höchstens ein Prozent heute.', index).figures.map((f) => f.figure.text), ['ein Prozent']);
  });
  test('German "über" is still "more than" after a noun without an article', () => {
    const figure = analyzeDraft('Am Montag verlor Nvidia an der Börse über 17 Prozent.', index).figures[0];
    assert.equal(figure.figure.bound, 'lower');
  });
  test('"higher", "up" say which way only right beside the change', () => {
    assert.deepEqual(findings('Microsoft gave back 3.75 percent, a higher toll than analysts expected.'), []);
    assert.deepEqual(findings("Nvidia's stock ended up 7.8 percent lower."), []);
  });
  test('"rund 1300" claims two digits, not four', () => {
    assert.deepEqual(findings('Weltweit gibt es rund 1300 KI-Modelle, 36 Prozent davon stammen aus China.'), []);
  });
  test('a derived saving bears out only a draft that says less: "80 Prozent teurer" is not borne out', () => {
    assert.notDeepEqual(findings('Fire-Flyer I kostete 200 Millionen Yuan, Fire-Flyer II eine Milliarde Yuan, also 80 Prozent teurer.').map((f) => f.code), []);
  });
  test('"started the training", "the startup behind R1" name no founding and no lead', () => {
    assert.deepEqual(findings('DeepSeek started the training of R1 in 2024.').filter((f) => f.code === 'date-mismatch'), []);
  });
  test('"Zwei Jahre, bevor DeepSeek gegründet wurde": the comma German requires still makes a duration', () => {
    assert.equal(analyzeDraft('Zwei Jahre, bevor DeepSeek gegründet wurde, gründete Liang Wenfeng High-Flyer.', index).figures[0].figure.durationUnit, 365);
  });
  test('"85 Punkte vor allem in Mathematik" is no difference in percentage points', () => {
    assert.notEqual(analyzeDraft('R1 erreichte 85 Punkte vor allem in Mathematik.', index).figures[0]?.figure.kind, 'percentagePoint');
  });
});

describe('an acronym and the words it stands for', () => {
  test('"Multi-Token Prediction (MTP)" in a source makes the words a name of MTP: a draft that writes them out is checked', () => {
    assert.ok(index.names.entries.find((e) => e.canonical === 'MTP')?.aliases.includes('Multi-Token Prediction'));
    assert.deepEqual(findings('Dank Multi-Token Prediction lief die Verarbeitung um das 2,8-Fache schneller.'), [{ code: 'figure-mismatch', text: '2,8-Fache', fix: '1,8-Fache' }]);
  });
});

describe('"the company" after a rival named in contrast', () => {
  test('"OpenAI, for its part, spent …" is an aside: "The company" next is the story\'s company', () => {
    const text = '# DeepSeek explained\n\nTraining R1 cost $5.6 million. OpenAI, for its part, spent $78 million on GPT-4o.\n\nThe company also put out seven smaller versions that run on laptops.\n';
    assert.equal(readAs(text, 'seven'), 'DeepSeek · smaller versions: seven');
    assert.deepEqual(findings(text), [{ code: 'figure-mismatch', text: 'seven', fix: 'six' }]);
  });
});

describe('words that only look like others', () => {
  test('"closing" holds "losing" but is no loss: a price in a closing thought is a price', () => {
    const f = analyzeDraft("Ben's closing thought: at $16 per million output tokens, o1 is hard to justify.", index).figures[0];
    assert.ok(!f.fact.attributes.includes('fall'));
  });
  test('a bound is borne out within its order of magnitude: "up to $40 billion" is no source for a price of $16', () => {
    const extra = extraSource('round.txt', 'OpenAI raises money\n\nOpenAI is in talks to raise up to $40 billion in a round led by SoftBank.\n');
    const f = analyzeDraft('At $16 per million output tokens, OpenAI o1 is hard to justify.', withSources(extra)).figures[0];
    assert.notEqual(f.match.status, 'supported');
  });
});

describe('whose money, which company', () => {
  test('"Mit dem Kapital aus High-Flyer wurde 2023 die Firma DeepSeek gegründet" dates DeepSeek, not High-Flyer', () => {
    assert.deepEqual(findings('High-Flyer and DeepSeek were founded in 2023 and 2015 respectively.'), [
      { code: 'date-mismatch', text: '2023', fix: '2015' },
      { code: 'date-mismatch', text: '2015', fix: '2023' },
    ]);
  });
  test('"finanzierte die Firma, die im Juli 2023 gegründet wurde" still points back to the company before', () => {
    assert.deepEqual(findings('Wer DeepSeek verstehen will, muss auf Liang Wenfeng schauen. Liang Wenfengs Hedgefonds High-Flyer finanzierte die Firma, die erst im Juli 2023 gegründet wurde.'), []);
  });
});

describe('sources about other companies and other days change no verdict', () => {
  test('a subject guessed from the paragraph bears a value out but is no ground to call one wrong that a source states about another model', () => {
    const qwen = extraSource('qwen.txt', "Alibaba ships Qwen3\n\nAlibaba's Qwen3 comes in smaller versions; the smallest has 8 billion parameters.\n");
    const text = 'DeepSeek trained R1 for $5.6 million.\n\nThe company also put out six smaller versions. The smallest has 1.5 billion parameters.\n';
    assert.deepEqual(findings(text, withSources(qwen)), [{ code: 'unsourced-figure', text: '1.5 billion' }]);
  });
  test('a German noun after a compound is no category: "nach US-Börsenschluss Zahlen" makes no name "Zahlen", "die Cloud-Plattform Azure" does', () => {
    const nvidia = extraSource('nvidia.txt', 'Nvidia legt Zahlen vor\n\nDer Chipkonzern Nvidia hat am 26. Februar 2025 nach US-Börsenschluss Zahlen für das vierte Quartal vorgelegt. Microsoft baut die Cloud-Plattform Azure aus.\n');
    const names = withSources(nvidia).names.entries.map((e) => e.canonical);
    assert.ok(!names.includes('Zahlen'));
    assert.ok(names.includes('Azure'));
  });
  test('a genitive on the first word of a known name is the name: "Nvidias H100" is Nvidia\'s H100', () => {
    const chips = extraSource('chips.txt', 'Exportregeln\n\nDer Typ Nvidia H100 darf nicht nach China geliefert werden.\n');
    assert.deepEqual(findings('Statt Nvidias H100 nutzte DeepSeek die für China gedrosselten H800-Chips.', withSources(chips)), []);
  });
  test('an update of a model is another release than its launch: its date neither conflicts with nor dates "the R1 launch"', () => {
    const update = extraSource('update.txt', "DeepSeek updates R1\n\nThe Chinese AI company DeepSeek released an update of its reasoning model on May 28, 2025.\n");
    const text = '- **27 January 2025**: Five days after the R1 launch, tech shares tumble: Nvidia -7.82%, Microsoft -3.75%.\n';
    assert.deepEqual(findings(text, withSources(update)), findings(text));
  });
  test('"five days after the R1 launch" is not counted from another company\'s announcement that shares a word with the sentence', () => {
    const stargate = extraSource('stargate.txt', 'Stargate\n\nSoftBank Group shares jumped 10.6 percent in Tokyo on January 22, 2025, a day after the company, OpenAI and Oracle announced a joint venture called Stargate.\n');
    const text = '- **27 January 2025**: Five days after the R1 launch, tech shares tumble: Nvidia -7.82%, Microsoft -3.75%.\n';
    assert.deepEqual(findings(text, withSources(stargate)), findings(text));
    assert.ok(findings(text).some((f) => f.text === 'Five days' && f.code === 'figure-mismatch' && f.fix === 'Seven days'));
  });
  test('the other event of a duration is what the words after "vor" name: a week before the crash, not before a quarterly report', () => {
    const report = extraSource('report.txt', 'Nvidia legt Zahlen vor\n\nDer Chipkonzern Nvidia hat am 26. Februar 2025 Zahlen vorgelegt. Die Aktie stieg am 27. Januar 2025 nicht.\n');
    assert.deepEqual(findings('Am 20. Januar traf Liang Premierminister Li Qiang, eine Woche vor dem Kurssturz.', withSources(report)), []);
    assert.deepEqual(findings('Am 20. Januar traf Liang Premierminister Li Qiang, zwei Wochen vor dem Kurssturz.', withSources(report)), [{ code: 'figure-mismatch', text: 'zwei Wochen', fix: 'eine Woche' }]);
  });
});

describe('tables that name no one', () => {
  test('"| Co-founders of that | two other engineers |": the same count of the same people bears the row out; another count is unsourced', () => {
    const table = (n: string) => `# DeepSeek R1\n\n| Item | Value |\n|---|---|\n| Founder's earlier firm | High-Flyer hedge fund |\n| Co-founders of that | ${n} other engineers |\n`;
    assert.deepEqual(findings(table('two')), []);
    assert.deepEqual(findings(table('three')), [{ code: 'unsourced-figure', text: 'three' }]);
  });
});

describe('words for export curbs', () => {
  test('a ban is an export curb: "Das Verbot erließen die USA 2023", "The US banned the chips in 2023" are dated by the curbs of 2022', () => {
    assert.deepEqual(findings('Liang kaufte die Chips vor dem Exportverbot. Das Verbot erließen die USA 2023.'), [{ code: 'date-mismatch', text: '2023', fix: '2022' }]);
    assert.deepEqual(findings('The US banned exports of such chips to China in 2023.'), [{ code: 'date-mismatch', text: '2023', fix: '2022' }]);
    assert.deepEqual(findings('Das Verbot erließen die USA 2022.'), []);
  });
  test('German: a stop of exports is an export curb: „Ausfuhrstopp 2023“ is dated by the curbs of 2022', () => {
    assert.deepEqual(findings('Die USA verhängten 2023 einen Ausfuhrstopp für moderne Grafikprozessoren nach China.'), [{ code: 'date-mismatch', text: '2023', fix: '2022' }]);
    assert.deepEqual(findings('Die USA verhängten 2022 eine Ausfuhrsperre für moderne Grafikprozessoren nach China.'), []);
  });
  test('English: a curb is an export curb: "US curbs … came in 2023" is dated by the curbs of 2022', () => {
    assert.deepEqual(findings('US curbs on chips like the H100 came in 2023.'), [{ code: 'date-mismatch', text: '2023', fix: '2022' }]);
    assert.deepEqual(findings('The U.S. first curbed sales of advanced graphics processors to China in 2022.'), []);
  });
  test('a curb of something else, an export that grew and a closed port are no export curbs: their years stay unsourced', () => {
    assert.deepEqual(findings('Nvidia curbed its spending in 2022.'), [{ code: 'unsourced-figure', text: '2022' }]);
    assert.deepEqual(findings('Regulators curbed their enthusiasm in 2023.'), [{ code: 'unsourced-figure', text: '2023' }]);
    assert.deepEqual(findings('Die Ausfuhren Chinas stiegen 2023 stark.'), [{ code: 'unsourced-figure', text: '2023' }]);
    assert.deepEqual(findings('Der Hafen wurde 2023 gesperrt.'), [{ code: 'unsourced-figure', text: '2023' }]);
  });
});

describe('export curbs beside the chips and buyers they hit', () => {
  // The curbs are the country's act: the chip maker, the chip or the buyer a draft names beside them is whom they hit.
  test('German: „vor den Exportbeschränkungen von 2021“ beside Liang is dated by the curbs of 2022', () => {
    assert.deepEqual(findings('Liang habe sich vor den Exportbeschränkungen von 2021 mit Chips eingedeckt.'), [{ code: 'date-mismatch', text: '2021', fix: '2022' }]);
    assert.deepEqual(findings('Liang habe sich vor den Exportbeschränkungen von 2022 mit Chips eingedeckt.'), []);
  });
  test('English: "before the 2021 export curbs" beside Nvidia\'s A100 is dated by the curbs of 2022', () => {
    assert.deepEqual(findings('How many Nvidia A100 chips he stockpiled before the 2021 export curbs is unclear.'), [{ code: 'date-mismatch', text: '2021', fix: '2022' }]);
    assert.deepEqual(findings('How many Nvidia A100 chips he stockpiled before the 2022 export curbs is unclear.'), []);
  });
  test('another country\'s curbs, a company\'s founding and a day of other export rules stay unsourced', () => {
    assert.deepEqual(findings('Japan\'s export curbs on chip tools came in 2023.'), [{ code: 'unsourced-figure', text: '2023' }]);
    assert.deepEqual(findings('Japans Exportbeschränkungen für Chipwerkzeuge kamen 2023.'), [{ code: 'unsourced-figure', text: '2023' }]);
    assert.deepEqual(findings('Nvidia, whose H100 chips fall under the export curbs, was founded in 1993.'), [{ code: 'unsourced-figure', text: '1993' }]);
    assert.deepEqual(findings('Nvidias H20 fiel im April 2025 unter neue Exportregeln.'), [{ code: 'unsourced-figure', text: 'April 2025' }]);
  });
  // Review 43, must-fix 9: a year of the clause's verb is the chip's or the purchase's, the curbs only its background.
  test('German: a year the curbs\' own phrase gives („Exportkontrollen aus dem Jahr 2021“, „verhängt im Jahr 2021“) is theirs', () => {
    assert.deepEqual(findings('Die Exportkontrollen aus dem Jahr 2021 trafen Nvidias A100-Chips.'), [{ code: 'date-mismatch', text: '2021', fix: '2022' }]);
    assert.deepEqual(findings('Die Exportbeschränkungen, verhängt im Jahr 2021, trafen Nvidias A100-Chips.'), [{ code: 'date-mismatch', text: '2021', fix: '2022' }]);
  });
  test('English: a year the curbs\' own phrase gives ("curbs imposed in 2021", "the export curbs of 2021") is theirs', () => {
    assert.deepEqual(findings('The export curbs imposed in 2021 hit Nvidia\'s A100 chips.'), [{ code: 'date-mismatch', text: '2021', fix: '2022' }]);
    assert.deepEqual(findings('The export curbs of 2021 hit Nvidia\'s A100 chips.'), [{ code: 'date-mismatch', text: '2021', fix: '2022' }]);
  });
  test('German: a year of the chip or of a purchase before the curbs stays unsourced', () => {
    assert.deepEqual(findings('Als Antwort auf die Exportbeschränkungen entwickelte Nvidia 2023 den gedrosselten H800-Chip.'), [{ code: 'unsourced-figure', text: '2023' }]);
    assert.deepEqual(findings('Liang kaufte seine A100-Chips 2021, noch vor den Exportbeschränkungen.'), [{ code: 'unsourced-figure', text: '2021' }]);
    assert.deepEqual(findings('Der 2023 gedrosselte H800-Chip umging die Exportbeschränkungen.'), [{ code: 'unsourced-figure', text: '2023' }]);
    assert.deepEqual(findings('Die Firma lagerte ihre A100-Chips 2021 ein, lange vor den Exportbeschränkungen von 2022.'), [{ code: 'unsourced-figure', text: '2021' }]);
  });
  test('English: a year of the chip or of a purchase before the curbs stays unsourced', () => {
    assert.deepEqual(findings('In response to the export curbs, Nvidia developed the throttled H800 chip in 2023.'), [{ code: 'unsourced-figure', text: '2023' }]);
    assert.deepEqual(findings('Liang bought his A100 chips in 2021, before the export curbs.'), [{ code: 'unsourced-figure', text: '2021' }]);
    assert.deepEqual(findings('The H800 chip, throttled in 2023, got around the export curbs.'), [{ code: 'unsourced-figure', text: '2023' }]);
    assert.deepEqual(findings('The firm stored its A100 chips in 2021, long before the 2022 export curbs.'), [{ code: 'unsourced-figure', text: '2021' }]);
  });
});

describe("the writer's own arithmetic", () => {
  test('a ratio worked out from the sentence\'s own figures is not held against a ratio of other figures in the sources', () => {
    const en = "Hannah points out what it costs to use: $2.19 per million output tokens through DeepSeek's API, against $60 for OpenAI's o1, which makes R1 more than 25 times cheaper for developers.";
    assert.deepEqual(findings(en), [{ code: 'unsourced-figure', text: '$2.19' }, { code: 'unsourced-figure', text: '$60' }, { code: 'unsourced-figure', text: '25 times' }]);
    const de = 'Die Nutzung kostet 2,19 Dollar pro Million Tokens über DeepSeeks API, bei OpenAIs o1 sind es 60 Dollar, womit R1 für Entwickler mehr als 25-mal günstiger ist.';
    assert.deepEqual(findings(de).map((f) => f.code), ['unsourced-figure', 'unsourced-figure', 'unsourced-figure']);
  });
});

describe('names no source knows', () => {
  test('"…, während der Dow Jones 0,7 Prozent im Plus schloss": the unknown name of the figure\'s own clause is its subject, not the index of the clause before', () => {
    assert.deepEqual(findings('Der Nasdaq 100 sackte um 3 Prozent ab, während der Dow Jones sogar 0,7 Prozent im Plus schloss.'), [{ code: 'unsourced-figure', text: '0,7 Prozent' }]);
    assert.deepEqual(findings('The Nasdaq 100 slid 3 percent, while the Dow Jones closed 0.7 percent higher.'), [{ code: 'unsourced-figure', text: '0.7 percent' }]);
  });
});

describe('how it was done is not who did it', () => {
  test('"Durch MTP und FP8-Training beschleunigte es …": the means stay part of the fact, but no ratio of benchmark scores is a speed-up', () => {
    assert.deepEqual(findings('Die Beschränkungen der USA für Hochleistungschips hatten das Start-up DeepSeek nicht gebremst: Es nutzte gedrosselte H800-Chips und beschleunigte die Verarbeitung per Software um das 1,8-Fache.'), [{ code: 'unsourced-figure', text: '1,8-Fache' }]);
    assert.deepEqual(findings('Multi-token prediction and FP8 training made processing 1.8 times faster.'), []);
    assert.deepEqual(findings('Multi-token prediction and FP8 training made processing 8.1 times faster.'), [{ code: 'figure-mismatch', text: '8.1 times', fix: '1.8 times' }]);
  });
});

describe('a market value on another day', () => {
  const week = extraSource('week.txt', 'Chipwerte erholen sich\n\nDie Aktie von Nvidia schloss am Freitag, dem 7. Februar 2025, bei 129,84 Dollar. Der Börsenwert des Konzerns lag damit bei rund 3,2 Billionen Dollar.\n');
  test('a loss dated within its paragraph is not the market value of a day ten days later', () => {
    const text = 'Am 27. Januar 2025 verlor Nvidia 7,82 Prozent an Wert. Allein der Konzern büßte an diesem Tag rund 590 Milliarden Dollar an Börsenwert ein.';
    assert.deepEqual(findings(text, withSources(week)), findings(text));
  });
  test('nor is a loss the draft dates only by the day it is about', () => {
    const text = '# Der DeepSeek-Schock\n\nAm 27. Januar 2025 brachen die Chipwerte ein.\n\n## Nvidia\n\nAm härtesten traf es den Chipkonzern Nvidia. An der Börse lösten sich knapp 590 Milliarden Dollar Börsenwert in Luft auf.\n';
    assert.deepEqual(findings(text, withSources(week)), findings(text));
  });
});

describe('another version of a model', () => {
  test('"OpenAI\'s GPT-4o" and GPT-4 are two models: GPT-4\'s training cost is no other value of GPT-4o\'s', () => {
    const gpt4 = extraSource('gpt4.txt', "Training data\n\nAlibaba says Qwen 2.5-Max beats OpenAI's GPT-4o. OpenAI's chief executive Sam Altman said in 2023 that training GPT-4 had cost more than $100 million.\n");
    const text = 'Dort sitzt DeepSeek, ein Start-up, das erst im Juli 2023 gegründet wurde. Sein Modell R1 soll im Training gerade einmal 5,6 Millionen Dollar gekostet haben. OpenAI ließ sich GPT-4o 78 Millionen Dollar kosten.';
    assert.deepEqual(findings(text, withSources(gpt4)), []);
  });
});

describe('stock symbols', () => {
  test('"$NVDA 📉 -7.82%": a company\'s stock symbol names the company the sources know', () => {
    const text = '2/12 The damage, all within a few hours:\n$NVDA 📉 -7.82%\n$AVGO 📉 -5.68%\n$MSFT 📉 -3.75%\n';
    assert.deepEqual(findings(text), [{ code: 'figure-mismatch', text: '-5.68%', fix: '-6.58%' }]);
    assert.deepEqual(findings('Die Aktie (NVDA) verlor 7,82 Prozent.'), []);
  });
});

describe('a figure in a relative clause', () => {
  test('"Microsoft, which gained 3.75 percent on the day, …" ends with its clause: the loss after it is another\'s, so the rise is wrong', () => {
    const text = 'Selectively. Microsoft, which gained 3.75 percent on the day, looks less exposed than Nvidia, whose roughly $589 billion loss in market value shows how crowded the trade was.';
    assert.deepEqual(findings(text).filter((f) => f.code !== 'unsourced-figure'), [{ code: 'figure-mismatch', text: '3.75 percent' }]);
    assert.deepEqual(findings('Microsoft, das am Montag 3,75 Prozent einbüßte, steht besser da als Nvidia, dessen Aktie stieg.').filter((f) => f.code !== 'unsourced-figure'), []);
  });
});

describe('a table of the day\'s moves', () => {
  test('a cell is read with its row\'s label and its column\'s header, not the row\'s other values; "+3 %" is a rise', () => {
    const table = (nasdaq: string) => `## Die Zahlen des 27. Januar 2025\n\n| Wert | Veränderung | Bemerkung |\n|---|---|---|\n| Nvidia | −7,82 % | Börsenwert −590 Mrd. Dollar |\n| Nasdaq 100 | ${nasdaq} | |\n`;
    assert.deepEqual(findings(table('−3 %')).filter((f) => f.code !== 'unsourced-figure'), []);
    assert.ok(!findings(table('−3 %')).some((f) => f.text === '−7,82 %'));
    assert.deepEqual(findings(table('+3 %')).filter((f) => f.code !== 'unsourced-figure'), [{ code: 'figure-mismatch', text: '+3 %' }]);
  });
});

describe('a table cell is about its row and its column', () => {
  test('"| MATH-500 | 58 % |" under "| Benchmark | DeepSeek R1 |" is R1\'s score: V3\'s and o1\'s MATH-500 scores are other facts', () => {
    const all = withSources(distractor('2024-12-27_deepseek-v3.txt'), distractor('2025-02-12_reasoning-benchmarks-scorecard.md'));
    const byColumn = '| Benchmark | DeepSeek R1 |\n|-----------|-------------|\n| HumanEval | 92 % |\n| MATH-500 | 58 % |\n';
    assert.deepEqual(findings(byColumn), [{ code: 'figure-mismatch', text: '58 %', fix: '85 %' }]);
    assert.deepEqual(findings(byColumn, all), [{ code: 'figure-mismatch', text: '58 %', fix: '85 %' }]);
    const byRow = '| Modell | HumanEval | MATH-500 |\n|---|---|---|\n| DeepSeek R1 | 92 % | 88 % |\n';
    assert.deepEqual(findings(byRow), [{ code: 'figure-mismatch', text: '88 %', fix: '85 %' }]);
    assert.deepEqual(findings(byRow, all), [{ code: 'figure-mismatch', text: '88 %', fix: '85 %' }]);
  });
});

describe('a model\'s breakthrough and its other versions', () => {
  const lite = extraSource('lite.txt', "DeepSeek previews a reasoning model\n\nThe Chinese AI lab DeepSeek on Wednesday, November 20, released R1-Lite-Preview, a reasoning model that it says matches OpenAI's o1-preview.\n");
  test('R1\'s worldwide breakthrough is when it came out: "eine Woche zuvor … vorgestellt" counts from it', () => {
    assert.deepEqual(findings('Am 27. Januar 2025 stürzten die Chipwerte ab. Auslöser war DeepSeek, das eine Woche zuvor sein Modell R1 vorgestellt hatte.'), []);
    assert.deepEqual(findings('Am 27. Januar 2025 stürzten die Chipwerte ab. Auslöser war DeepSeek, das zwei Wochen zuvor sein Modell R1 vorgestellt hatte.'), [{ code: 'figure-mismatch', text: 'zwei Wochen', fix: 'eine Woche' }]);
  });
  test('the words naming a duration\'s other event are not the date\'s: the sell-off on 27 January is no release of R1', () => {
    assert.deepEqual(findings('Looking back, the sell-off on 27 January 2025 came just two days after R1\'s breakthrough.'), [{ code: 'figure-mismatch', text: 'two days', fix: 'seven days' }]);
  });
  test('"R1-Lite-Preview" is a model of its own: its release neither conflicts with R1\'s nor dates V3\'s', () => {
    const r1 = 'R1 broke through on 20 January 2025.';
    assert.deepEqual(findings(r1, withSources(lite)), findings(r1));
    const v3 = 'Das V3-Modell war bereits im November 2024 veröffentlicht worden.';
    assert.deepEqual(findings(v3, withSources(lite)), [{ code: 'date-mismatch', text: 'November 2024', fix: 'Dezember 2024' }]);
    assert.ok(withSources(lite).names.entries.some((e) => e.canonical === 'R1-Lite-Preview'));
  });
});

describe('a stake in a company', () => {
  test('"84 percent of the company" is a stake, no share of the world\'s models; two stakes of one founder contradict each other', () => {
    assert.deepEqual(findings('Liang Wenfeng founded DeepSeek. He reportedly controls about 84 percent of the company.'), [{ code: 'unsourced-figure', text: '84 percent' }]);
    const both = 'Liang Wenfeng founded DeepSeek. He reportedly controls about 84 percent of the company.\n\nAnd with Liang holding 48 percent of DeepSeek, the company is not for sale.\n';
    assert.deepEqual(findings(both).map((f) => [f.code, f.text]), [['unsourced-figure', '84 percent'], ['draft-inconsistency', '48 percent']]);
  });
});

describe('a sum that says nothing of what', () => {
  test('"The $5.6 million model" in a title is borne out by the very sum in a source; another sum stays unsourced', () => {
    assert.deepEqual(findings('# Compute & Capital, episode 112: "The $5.6 million model"\n'), []);
    assert.deepEqual(findings('# Compute & Capital, episode 112: "The $6.5 million model"\n'), [{ code: 'unsourced-figure', text: '$6.5 million' }]);
  });
});

describe('prices per token', () => {
  test('"$0.55 per 1M input tokens" is a price: the same price given otherwise later contradicts it', () => {
    const text = 'Using R1 via the API costs little: $0.55 per 1M input tokens.\n\nR1 at $0.45 per 1M input tokens is hard to ignore.\n';
    assert.deepEqual(findings(text).map((f) => [f.code, f.text]), [['unsourced-figure', '$0.55'], ['draft-inconsistency', '$0.45']]);
    assert.deepEqual(findings('Durch Multi-Token Prediction beschleunigte DeepSeek die Verarbeitung um das 1,8-Fache.'), []);
  });
});

describe('a share as a count of a count', () => {
  test('"That\'s roughly 1 in 4" after "36% … come from China" is wrong, with no made-up fix', () => {
    assert.deepEqual(findings("Big picture: 36% of the world's 1,328 AI models now come from China. That's roughly 1 in 4."), [{ code: 'figure-mismatch', text: '1 in 4' }]);
    assert.deepEqual(findings("Big picture: 36% of the world's 1,328 AI models now come from China. That's more than 1 in 3."), []);
  });
});

describe('"eine Woche später" at a paragraph\'s start', () => {
  test('counts from the day last named in the paragraph before', () => {
    const text = (n: string) => `Am 20. Januar gelang DeepSeek mit R1 der Durchbruch. Am selben Tag traf Liang Premierminister Li Qiang.\n\n${n} später brachen die Kurse ein. Nvidia verlor 7,82 Prozent.\n`;
    const aboutTheWeek = (n: string) => findings(text(n)).filter((f) => /Woche/.test(f.text));
    assert.deepEqual(aboutTheWeek('Eine Woche'), []);
    assert.deepEqual(aboutTheWeek('Zwei Wochen'), [{ code: 'figure-mismatch', text: 'Zwei Wochen', fix: 'Eine Woche' }]);
  });
});

describe('a duration before a figure moves its sentence off the day carried from before', () => {
  test('German: „Am 20. Januar … Eine Woche später fielen Nvidia, Broadcom und Microsoft um …“ is the 27th\'s move, checked as such', () => {
    const text = (values: string) => `Am 20. Januar stellte DeepSeek das Modell R1 vor. Eine Woche später fielen Nvidia, Broadcom und Microsoft um ${values} Prozent.`;
    assert.deepEqual(findings(text('7,82, 6,58 und 3,75')), []);
    assert.equal(readAs(text('7,82, 6,58 und 3,75'), '6,58', 'de'), 'Broadcom · Veränderung · 27. Jan.: −6,58 %');
    assert.deepEqual(findings(text('7,82, 3,75 und 6,58')), [
      { code: 'figure-mismatch', text: '3,75', fix: '6,58' },
      { code: 'figure-mismatch', text: '6,58 Prozent', fix: '3,75 Prozent' },
    ]);
  });
  test('English: "… on 20 January. The selling hit a week after the launch: Nvidia, Broadcom and Microsoft fell …" is not the 20th\'s move', () => {
    const text = (values: string) => `DeepSeek released R1 on 20 January. The selling hit the AI complex a week after the launch: Nvidia, Broadcom and Microsoft fell ${values} respectively.`;
    assert.deepEqual(findings(text('7.82%, 6.58% and 3.75%')), []);
    assert.deepEqual(findings(text('7.82%, 3.75% and 6.58%')), [
      { code: 'figure-mismatch', text: '3.75%', fix: '6.58%' },
      { code: 'figure-mismatch', text: '6.58%', fix: '3.75%' },
    ]);
  });
  test('German: „seit zwei Jahren“ counts up to the carried day and keeps it', () => {
    const text = 'Am 27. Januar 2025 verlor Nvidia viel. Die Beschränkungen galten seit zwei Jahren, Broadcom fiel um 3,75 Prozent.';
    assert.deepEqual(findings(text).filter((f) => f.text === '3,75 Prozent'), [{ code: 'figure-mismatch', text: '3,75 Prozent', fix: '6,58 Prozent' }]);
  });
});

describe('an update stamp at an item\'s start dates the writing, not the events', () => {
  test('German: „**Aktualisiert: 28.01.2025, 11:40 Uhr** - Nvidia hatte am Montag 7,82 Prozent eingebüßt, Broadcom …“ are Monday\'s moves', () => {
    const text = (broadcom: string) => `**Aktualisiert: 28.01.2025, 11:40 Uhr** - Nvidia hatte am Montag 7,82 Prozent eingebüßt, Broadcom ${broadcom} Prozent.`;
    assert.deepEqual(findings(text('6,58')), [{ code: 'unsourced-figure', text: '28.01.2025' }]);
    assert.equal(readAs(text('6,58'), '6,58 Prozent', 'de'), 'Broadcom · Veränderung · 27. Jan. 2025: 6,58 Prozent');
    assert.deepEqual(findings(text('3,75')).filter((f) => f.text !== '28.01.2025'), [{ code: 'figure-mismatch', text: '3,75 Prozent', fix: '6,58 Prozent' }]);
  });
  test('English: "Updated: January 28, 2025, 11:40 GMT – Nvidia had lost 7.82% on Monday, Broadcom …" likewise', () => {
    const text = (broadcom: string) => `Updated: January 28, 2025, 11:40 GMT – Nvidia had lost 7.82% on Monday, Broadcom ${broadcom}.`;
    // The stamp's day is the day of writing: no date-mismatch against the sell-off's 27 January.
    assert.deepEqual(findings(text('6.58%')), [{ code: 'unsourced-figure', text: 'January 28, 2025' }]);
    assert.deepEqual(findings(text('3.75%')), [{ code: 'unsourced-figure', text: 'January 28, 2025' }, { code: 'figure-mismatch', text: '3.75%', fix: '6.58%' }]);
  });
});

describe('a live blog\'s day', () => {
  test('a loss under the heading of 27 January is not the market value of 7 February', () => {
    const week = extraSource('week.txt', 'Chipwerte erholen sich\n\nDie Aktie von Nvidia schloss am Freitag, dem 7. Februar 2025, bei 129,84 Dollar. Der Börsenwert des Konzerns lag damit bei rund 3,2 Billionen Dollar.\n');
    const text = '# Liveblog, 27. Januar 2025\n\n**22:05 Uhr** – Der Kursrutsch hat bei Nvidia knapp 590 Milliarden Dollar an Börsenwert vernichtet.\n';
    assert.deepEqual(findings(text, withSources(week)), findings(text));
  });
});

describe('a piece dated by a day the sources name only for something else', () => {
  // A weekly piece dated by its own issue line: that some source names the day (another company's release) does not make
  // its undated market figures that day's rather than the sell-off's.
  test('English: the sell-off\'s moves in a piece dated 31 January stay borne out beside a release of that day', () => {
    const o3 = extraSource('o3-mini.txt', 'OpenAI releases o3-mini\n\nOn January 31, 2025, OpenAI released o3-mini, a smaller reasoning model, for free users of ChatGPT.\n');
    const text = '# The week in AI\n\n*Friday, 31 January 2025*\n\nBroadcom dropped 6.58%, close to 2.8 percentage points more than Microsoft. Microsoft rose 3.75%.\n\nThat was on Monday, 27 January 2025.\n';
    assertUnchangedBy(o3, text, [{ code: 'unsourced-figure', text: '31 January 2025' }, { code: 'figure-mismatch', text: '3.75%' }]);
  });
  test('German: likewise', () => {
    const o3 = extraSource('o3-mini-de.txt', 'OpenAI veröffentlicht o3-mini\n\nAm 31. Januar 2025 hat OpenAI das kleinere Denkmodell o3-mini für alle Nutzer von ChatGPT freigegeben.\n');
    const text = '# Die KI-Woche\n\n*Freitag, 31. Januar 2025*\n\nBroadcom verlor 6,58 Prozent, fast 2,8 Prozentpunkte mehr als Microsoft. Microsoft legte 3,75 Prozent zu.\n\nDas war am Montag, dem 27. Januar 2025.\n';
    assertUnchangedBy(o3, text, [{ code: 'unsourced-figure', text: '31. Januar 2025' }, { code: 'figure-mismatch', text: '3,75 Prozent' }]);
  });
});

describe('a dateline', () => {
  const marketsOn28 = extraSource('2025-01-28-markets', 'Am 28. Januar 2025 erholten sich die Chipwerte. Nvidia legte 8,9 Prozent zu.');
  test('a heading that says what happened on the day is borne out by the source that dates it so', () => {
    assertUnchangedBy(marketsOn28, '# Börsenbericht: Ausverkauf bei Chipwerten – Montag, 27. Januar 2025\n', []);
  });
  test('a newsletter\'s own date is no fact of a source of that day', () => {
    assertUnchangedBy(marketsOn28, '# The AI Brief — Tuesday, 28 January 2025\n', [{ code: 'unsourced-figure', text: '28 January 2025' }]);
  });
});

describe("the piece's own date", () => {
  test('English: "Published 31 January 2025." is no release of the title\'s company, nor borne out by a release of that day', () => {
    const text = '# The Friday quiz: how closely did you follow the DeepSeek week?\n\n*Fifteen questions on the Chinese start-up that rattled Wall Street.\nPublished 31 January 2025.*\n';
    assertUnchangedBy(distractor('2025-01-31_openai-finanzierung.txt'), text, [{ code: 'unsourced-figure', text: 'Fifteen' }, { code: 'unsourced-figure', text: '31 January 2025' }]);
  });
  test('German: "Stand der Angaben: 31. Januar 2025." is not borne out by a ban of that day', () => {
    const text = '# Was bedeutet DeepSeek für mein Depot?\n\n*Aus unserem Anlegermagazin. Stand der\nAngaben: 31. Januar 2025. Dies ist keine Anlageberatung.*\n';
    assertUnchangedBy(distractor('2025-02-17_deepseek-app-suedkorea.txt'), text, [{ code: 'unsourced-figure', text: '31. Januar 2025' }]);
  });
  test('a sentence that says what was published on the day is still checked', () => {
    assert.deepEqual(findings('Veröffentlicht wurde R1 am 21. Januar 2025.').map((f) => f.code), ['date-mismatch']);
    assert.deepEqual(findings('Published on 21 January 2025, R1 matched o1.').map((f) => f.code), ['date-mismatch']);
  });
});

describe('a move on the day a draft is about', () => {
  const swapped = '# Börsenbericht vom 27. Januar 2025\n\n## Die Verlierer\n\nAuch die übrigen Schwergewichte standen unter Druck. Broadcom und Microsoft verloren 3,75 beziehungsweise 6,58 Prozent.\n';
  const expected = [{ code: 'figure-mismatch', text: '3,75', fix: '6,58' }, { code: 'figure-mismatch', text: '6,58 Prozent', fix: '3,75 Prozent' }];
  test('is not the move of a source\'s paragraph a month later', () => {
    assertUnchangedBy(distractor('2025-02-27_nvidia-quartal-blackwell.txt'), swapped, expected);
  });
  test('is not the move of an article about another day, months before', () => {
    assertUnchangedBy(distractor('2024-09-04_nvidia-ausverkauf.txt'), swapped, expected);
  });
  test('a day no source names is the one finding; a move in a later paragraph is not made unsourced by it', () => {
    const wrongYear = 'Am 27. Januar 2026 erschütterte DeepSeek die Tech-Branche.\n\nTech-Aktien wie Nvidia, Infineon und SoftBank verloren bis zu 10 %.\n';
    assert.deepEqual(findings(wrongYear), [{ code: 'unsourced-figure', text: '27. Januar 2026' }]);
    assert.deepEqual(findings(wrongYear.replace('2026', '2025')), []);
  });
});

describe('a comparison is not growth', () => {
  const tripled = extraSource('2024-11-21-nvidia.txt', 'Reaktion der Börse\n\nTrotz der Rekordzahlen verlor die Nvidia-Aktie im nachbörslichen Handel zeitweise 2,5 Prozent. Am folgenden Handelstag, dem 21. November 2024, schloss sie nur 0,5 Prozent höher bei 146,67 Dollar. Seit Jahresbeginn hat sich der Kurs damit fast verdreifacht.');
  test('German: "dreimal so viel wie" Microsoft is a ratio of the two losses, not a share price that tripled', () => {
    const text = 'Am 27. Januar 2025 verlor Nvidia 7,82 Prozent und Microsoft 3,75 Prozent.\n\nNvidia verlor damit dreimal so viel wie der Softwarekonzern aus Redmond.';
    assert.deepEqual(findings(text, withSources(tripled)).map((f) => [f.code, f.text]), [['figure-mismatch', 'dreimal']]);
  });
  test('nor by a comparison of one company\'s sales with the year before, which says nothing of a fall', () => {
    const text = 'Am 27. Januar 2025 verlor Nvidia 7,82 Prozent und Microsoft 3,75 Prozent.\n\nNvidia verlor damit dreimal so viel wie der Softwarekonzern aus Redmond.';
    assertUnchangedBy(distractor('2024-06-18_nvidia-wertvollstes-unternehmen.txt'), text, [{ code: 'figure-mismatch', text: 'dreimal' }]);
  });
  test('English: "three times as much as" likewise', () => {
    const text = 'On January 27, 2025, Nvidia fell 7.82 percent and Microsoft 3.75 percent.\n\nNvidia thus lost three times as much as Microsoft.';
    assert.deepEqual(findings(text, withSources(tripled)).map((f) => [f.code, f.text]), [['figure-mismatch', 'three times']]);
  });
});

describe('another day bears no guessed day out', () => {
  test('"+3 %" for the Nasdaq in a piece about 27 January 2025 is still a wrong direction beside the Nasdaq\'s rise of March 2023', () => {
    const text = 'Am 27. Januar 2025 brachen die Kurse ein. Nvidia verlor 7,82 Prozent.\n\nNur der Nasdaq 100 hielt sich wacker und schloss 3 Prozent im Plus.\n';
    assertUnchangedBy(distractor('2023-03-15_openai-gpt4.txt'), text, [{ code: 'figure-mismatch', text: '3 Prozent' }]);
  });
  test('nor a day the paragraph states and the sources name: "legte um 3 Prozent zu" on 27 January 2025', () => {
    const text = 'Am 27. Januar 2025 brachen die Kurse ein. Der Nasdaq 100 dagegen legte um 3 Prozent zu, nachdem er 2024 noch 25 Prozent gewonnen hatte.';
    assertUnchangedBy(distractor('2023-03-15_openai-gpt4.txt'), text, [{ code: 'figure-mismatch', text: '3 Prozent' }]);
  });
  test('a list after "Die Bilanz des Tages:" is dated by the paragraph that introduces it, not by the issue\'s date', () => {
    const text = '# Das Wichtigste der Woche\n\nAusgabe vom 1. Februar 2025.\n\n## Börse: der schwarze Montag\n\nAm Montag, dem 27. Januar 2025, rauschten die Chipwerte in die Tiefe. Die Bilanz des Tages:\n\n- **Nvidia** verlor 7,82 Prozent, **Microsoft** 3,75 Prozent.\n- **Broadcom** gab um 6,58 Prozent nach.\n';
    assert.deepEqual(findings(text), [{ code: 'unsourced-figure', text: '1. Februar 2025' }]);
  });
});

describe('a round figure of another scale', () => {
  const june2024 = distractor('2024-06-18_nvidia-wertvollstes-unternehmen.txt');
  test('"$589bn" lost is not "rund eine Billion Dollar" of market value a year and a half before', () => {
    const text = 'Nvidia fell 7.82 percent on January 27, 2025.\n\n- 💥 Nvidia\'s market value: down $589bn, the biggest one-day loss in US history\n';
    assertUnchangedBy(june2024, text, [{ code: 'unsourced-figure', text: '$589bn' }]);
  });
  test('German: "rund 590 Milliarden Dollar" on the day the paragraph names likewise', () => {
    const text = 'Am 27. Januar 2025 verlor Nvidia 7,82 Prozent an Wert. Allein der Konzern büßte an diesem Tag rund 590 Milliarden Dollar an Börsenwert ein.';
    assertUnchangedBy(june2024, text, [{ code: 'unsourced-figure', text: '590 Milliarden Dollar' }]);
  });
});

describe('what only a person has', () => {
  test('"Satya Nadella, 57, … DeepSeek" is Nadella\'s age, not DeepSeek\'s: a 40-year-old behind DeepSeek is not contradicted by it', () => {
    const text = 'DeepSeek was founded in 2023 by a 40-year-old hedge fund manager.';
    const nadella = extraSource('2025-01-30-microsoft.txt', 'Microsoft nach Zahlen\n\nKonzernchef Satya Nadella, 57, ging in der Telefonkonferenz auch auf DeepSeek ein. Das chinesische Start-up habe echte Innovationen gezeigt.');
    assert.deepEqual(findings(text, withSources(nadella)).filter((f) => f.text === '40-year-old').map((f) => f.code), findings(text).filter((f) => f.text === '40-year-old').map((f) => f.code));
    assert.deepEqual(findings('Microsoft-Chef Satya Nadella, 55, sprach über DeepSeek.', withSources(nadella)), [{ code: 'figure-mismatch', text: '55', fix: '57' }]);
  });
});

describe('the other event of a duration', () => {
  test('"the R1 launch" is not o3-mini\'s, released "a smaller reasoning model" in a paragraph that named R1 before', () => {
    const text = '- **27 January 2025**: Five days after the R1 launch, tech shares tumble: Nvidia -7.82%.\n';
    assertUnchangedBy(distractor('2025-01-31_openai-finanzierung.txt'), text, [{ code: 'figure-mismatch', text: 'Five days', fix: 'Seven days' }]);
  });
  test('"two weeks before the sell-off" counts to the fall of 27 January, not to a day shares rose', () => {
    const text = 'Liang met Premier Li Qiang on January 20 to discuss the AI industry, two weeks before the sell-off, Reuters reported.';
    assertUnchangedBy(distractor('2025-01-03_microsoft-rechenzentren.txt'), text, [{ code: 'figure-mismatch', text: 'two weeks', fix: 'one week' }]);
  });
});

describe('the two events of a duration are the draft\'s', () => {
  test('German: "Sieben Jahre lagen zwischen den beiden Gründungen" are High-Flyer\'s and DeepSeek\'s, not another article\'s founding of 2016', () => {
    const text = 'Im Jahr 2015 gründete Liang Wenfeng mit zwei anderen Ingenieuren den Hedgefonds High-Flyer. Mit dessen Geld entstand im Juli 2023 DeepSeek. Sieben Jahre lagen also zwischen den beiden Gründungen.';
    assertUnchangedBy(distractor('2025-06-13_meta-scale-ai.txt'), text, [{ code: 'figure-mismatch', text: 'Sieben Jahre', fix: 'Acht Jahre' }]);
  });
  test('English: "seven years between the two foundings", with Scale AI founded in 2016 in another article', () => {
    const text = 'In 2015 Liang Wenfeng set up the hedge fund High-Flyer. DeepSeek was founded in July 2023. Seven years passed between the two foundings.';
    const mismatch = (idx = index) => findings(text, idx).filter((f) => f.code === 'figure-mismatch');
    assert.deepEqual(mismatch(), [{ code: 'figure-mismatch', text: 'Seven years', fix: 'Eight years' }]);
    assert.deepEqual(mismatch(withSources(distractor('2025-06-13_meta-scale-ai.txt'))), mismatch());
  });
  test('"2019 verwaltete High-Flyer zehn Milliarden Yuan" is how big the fund was, no event a duration counts from', () => {
    // "nach High-Flyer" names the fund's founding (2015), which bears the eight years to DeepSeek's (July 2023) out.
    assertUnchangedBy(distractor('2025-02-18_liang-wenfeng-xi-symposium.txt'), 'Acht Jahre nach High-Flyer folgte DeepSeek, finanziert aus dem Kapital des Fonds.', []);
    assertUnchangedBy(distractor('2025-02-18_liang-wenfeng-xi-symposium.txt'), 'Eight years after High-Flyer came DeepSeek, paid for with the capital of the fund.', []);
    assertUnchangedBy(distractor('2025-02-18_liang-wenfeng-xi-symposium.txt'), 'Vier Jahre nach High-Flyer folgte DeepSeek, finanziert aus dem Kapital des Fonds.', [{ code: 'figure-mismatch', text: 'Vier Jahre' }]);
  });
  test('"Zwei Tage später traf sich Liang mit Li Qiang": a meeting of Liang\'s, not someone else\'s that week', () => {
    const de = 'Am 20. Januar kam R1. Zwei Tage später traf sich Liang mit Premierminister Li Qiang, um über die KI-Industrie zu sprechen.';
    const en = 'R1 came out on 20 January. Two days later Liang met Premier Li Qiang to discuss the AI industry.';
    const wider = withSources(distractor('2025-02-05_alphabet-capex-big-tech.md'), distractor('2025-01-24_meta-capex.txt'));
    const duration = (text: string, idx = index) => findings(text, idx).filter((f) => /Zwei Tage|Two days/.test(f.text));
    assert.deepEqual(duration(de, wider), [{ code: 'figure-mismatch', text: 'Zwei Tage' }]);
    assert.deepEqual(duration(de, wider), duration(de));
    assert.deepEqual(duration(en, wider), [{ code: 'figure-mismatch', text: 'Two days' }]);
    assert.deepEqual(duration(en, wider), duration(en));
  });
});

describe('"Das ist nicht einmal ein Zehntel"', () => {
  const costs = 'Das Training von DeepSeek R1 soll gerade einmal 5,6 Millionen Dollar gekostet haben. OpenAI hat für GPT-4o 78 Millionen Dollar ausgegeben. ';
  test('compares the two sums before it: true as "not even a tenth", wrong as "more than a tenth"', () => {
    assert.deepEqual(findings(`${costs}Das ist nicht einmal ein Zehntel.`), []);
    assert.deepEqual(findings(`${costs}Das ist mehr als ein Zehntel.`).map((f) => [f.code, f.text]), [['figure-mismatch', 'ein Zehntel']]);
  });
  test('English: "That\'s not even a tenth" likewise, and a distractor\'s 10.6 percent rise bears none of it out', () => {
    const english = 'Training DeepSeek R1 reportedly cost just $5.6 million. OpenAI spent $78 million on GPT-4o. ';
    assertUnchangedBy(distractor('2025-01-22_stargate-softbank.txt'), `${english}That's not even a tenth.`, []);
  });
});

describe('fractions beyond a tenth, and a sum made do with', () => {
  const costs = 'Das Training von DeepSeek R1 kostete 5,6 Millionen Dollar, GPT-4o verschlang bei OpenAI 78 Millionen. ';
  test('German: "mit weniger als einem Zehntel aus", "rund ein Vierzehntel von GPT-4o" compare the two costs, no benchmark score', () => {
    assert.deepEqual(findings(`${costs}R1 kam also mit weniger als einem Zehntel aus, mit rund einem Vierzehntel, um genau zu sein.`), []);
    assert.deepEqual(findings('R1 kostete damit rund ein Vierzehntel von GPT-4o.'), []);
    assert.deepEqual(findings(`${costs}R1 kam mit weniger als einem Zwanzigstel aus.`).map((f) => [f.code, f.text]), [['figure-mismatch', 'einem Zwanzigstel']]);
  });
  test('English: "less than a twentieth of OpenAI\'s bill" is wrong, "about a fourteenth of GPT-4o" right; "nearly two-thirds" is a share', () => {
    const english = 'Training DeepSeek R1 reportedly cost $5.6 million. ';
    assert.deepEqual(findings(`${english}That is less than a twentieth of OpenAI's bill for GPT-4o.`).map((f) => [f.code, f.text]), [['figure-mismatch', 'a twentieth']]);
    assert.deepEqual(findings(`${english}A model that costs about a fourteenth of GPT-4o keeps pace with it.`), []);
    assert.deepEqual(findings('Of the world\'s 1,328 AI models, nearly two-thirds now come from China.').map((f) => [f.code, f.text]), [['figure-mismatch', 'two-thirds']]);
  });
});

describe('shares of two wholes', () => {
  const h20 = distractor('2025-04-16_nvidia-h20-exportregel.md');
  test('English: "4.7% of the growth fund" is neither a sixth of an H100\'s computing power nor 13 percent of Nvidia\'s revenue', () => {
    assertUnchangedBy(h20, 'Nvidia is 4.7% of the growth fund; we propose no change before Q2.', [{ code: 'unsourced-figure', text: '4.7%' }]);
  });
  test('German: "4,7 Prozent des Wachstumsfonds" likewise', () => {
    assertUnchangedBy(h20, 'Nvidia macht 4,7 Prozent des Wachstumsfonds aus; wir schlagen keine Änderung vor.', [{ code: 'unsourced-figure', text: '4,7 Prozent' }]);
  });
  // Not contradicted by the 36 percent; borne out by 5,6 ÷ 78 of the two sums (a share of the sum, not of the models).
  test('a share of what OpenAI spent is no share of the world\'s AI models (36 Prozent der weltweit 1328 KI-Modelle)', () => {
    assert.deepEqual(findings('R1 cost $5.6 million to train, roughly 7% of the $78 million OpenAI spent on GPT-4o.'), []);
    assert.deepEqual(findings('Das Training von R1 kostete 5,6 Millionen Dollar, rund 7 Prozent der 78 Millionen Dollar, die OpenAI für GPT-4o ausgab.'), []);
  });
  test('a share of the same whole is still checked', () => {
    assert.deepEqual(findings('China stellt inzwischen 46 Prozent der weltweit 1328 KI-Modelle.').map((f) => [f.code, f.text]), [['figure-mismatch', '46 Prozent']]);
  });
});

describe('a share of the rest', () => {
  test('German: "stammen nicht aus China", "aus dem Rest der Welt" is what the 36 percent leave: 64 percent', () => {
    assert.deepEqual(findings('Rund zwei Drittel der weltweit 1328 KI-Modelle stammen nicht aus China.'), []);
    assert.deepEqual(findings('Gut ein Drittel der weltweit 1328 KI-Modelle kommt aus dem Rest der Welt.').map((f) => [f.code, f.text]), [['figure-mismatch', 'ein Drittel']]);
    assert.deepEqual(findings('Von den weltweit 1328 KI-Modellen stammen 70 Prozent nicht aus China.'), [{ code: 'figure-mismatch', text: '70 Prozent', fix: '64 Prozent' }]);
  });
  test('English: "from outside China", "from the rest of the world"; the message says what the sources\' share leaves', () => {
    assert.deepEqual(findings("Nearly two-thirds of the world's 1,328 AI models come from outside China."), []);
    const text = "Only a third of the world's 1,328 AI models come from the rest of the world.";
    const found = runRules(analyzeDraft(text, index), index);
    assert.deepEqual(found.map((f) => [f.code, text.slice(f.start, f.end), f.message]), [['figure-mismatch', 'a third', 'a third contradicts the source, which says 100 % − 36 Prozent = 64 %.']]);
  });
});

describe('a share is no gap between two things', () => {
  // "about 63 percent below o1-mini" says how far one price lies under another, not what part of a whole something is.
  test('English: "roughly 7% of the $78 million" is not contradicted by a price "63 percent below" another', () => {
    const text = 'Answer: $5.6 million, roughly 7% of the $78 million OpenAI spent on GPT-4o.';
    assertUnchangedBy(distractor('2025-02-12_reasoning-benchmarks-scorecard.md'), text, []);
  });
  test('German: "rund 7 Prozent der 78 Millionen Dollar" is not contradicted by "rund 63 Prozent unter o1-mini"', () => {
    const prices = extraSource('preise.txt', 'OpenAI senkt Preise\n\nOpenAI senkte den Preis von o3-mini auf 1,10 Dollar je Million Token, rund 63 Prozent unter o1-mini. Die Kosten für GPT-4o blieben gleich.\n');
    const text = 'Was kostete das Training von R1? 5,6 Millionen Dollar, rund 7 Prozent der 78 Millionen Dollar, die OpenAI für GPT-4o ausgab.';
    assertUnchangedBy(prices, text, []);
  });
});

describe('a rise in other words', () => {
  test('"verteuerte sich", "kletterte", "erholte sich" say a share rose; where it fell, each is a wrong direction', () => {
    for (const verb of ['verteuerte sich um', 'kletterte um', 'erholte sich um']) {
      assert.deepEqual(findings(`Am 27. Januar 2025 brachen die Kurse ein. Die Nvidia-Aktie ${verb} 7,82 Prozent.`).map((f) => [f.code, f.text]), [['figure-mismatch', '7,82 Prozent']], verb);
    }
    assert.deepEqual(findings('Am 27. Januar 2025 brachen die Kurse ein. Die Nvidia-Aktie verbilligte sich um 7,82 Prozent.'), []);
  });
});

describe('"doubled down" is no doubling', () => {
  test('"the largest U.S. technology companies doubled down on AI spending" contradicts no multiple of a cost', () => {
    const text = 'OpenAI steckte in GPT-4o 78 Millionen Dollar; mit diesem Budget ließe sich R1 knapp 14-mal trainieren.';
    assertUnchangedBy(distractor('2025-02-05_alphabet-capex-big-tech.md'), text, []);
  });
  test('the idiom states no figure; a doubling still does', () => {
    assert.deepEqual(extractFigures('Big Tech doubled down on AI spending.', { language: 'en' }).map((f) => f.text), []);
    assert.deepEqual(extractFigures('Nvidia\'s revenue doubled in a year.', { language: 'en' }).map((f) => f.text), ['doubled']);
  });
});

describe('a rise or a fall in the words of market reports', () => {
  const nasdaq = (words: string) => `Der Nasdaq 100 ${words}.`;
  test('German: "ging nach oben", "notierte fester", "rückte vor", "machte gut", "schoss in die Höhe", "Aufschlag" say Nvidia rose where it fell', () => {
    for (const words of ['ging am 27. Januar 2025 um 7,82 Prozent nach oben', 'notierte am 27. Januar 2025 7,82 Prozent fester', 'rückte am 27. Januar 2025 um 7,82 Prozent vor', 'machte am 27. Januar 2025 7,82 Prozent gut', 'schoss am 27. Januar 2025 um 7,82 Prozent in die Höhe', 'ging am 27. Januar 2025 mit einem Aufschlag von 7,82 Prozent aus dem Handel', 'verbesserte sich am 27. Januar 2025 um 7,82 Prozent']) {
      assert.deepEqual(findings(`Die Nvidia-Aktie ${words}.`).map((f) => [f.code, f.text]), [['figure-mismatch', '7,82 Prozent']], words);
    }
    assert.deepEqual(findings('Die Nvidia-Aktie schloss am 27. Januar 2025 7,82 Prozent leichter.'), []);
    // A podcast's spoken German: "ging es um 7,82 Prozent rauf/runter".
    assert.deepEqual(findings('Am 27. Januar 2025 ging es für Nvidia um 7,82 Prozent rauf.').map((f) => [f.code, f.text]), [['figure-mismatch', '7,82 Prozent']]);
    assert.deepEqual(findings('Am 27. Januar 2025 ging es für Nvidia um 7,82 Prozent runter.'), []);
    assert.deepEqual(findings('Für Microsoft ging es am 27. Januar 2025 um 3,75 Prozent aufwärts.').map((f) => [f.code, f.text]), [['figure-mismatch', '3,75 Prozent']]);
    assert.deepEqual(findings('Am 27. Januar 2025 ging es für die Nvidia-Aktie 7,82 Prozent bergauf.').map((f) => [f.code, f.text]), [['figure-mismatch', '7,82 Prozent']]);
    assert.deepEqual(findings('Am 27. Januar 2025 ging es für die Nvidia-Aktie 7,82 Prozent bergab.'), []);
  });
  test('German: "ging nach unten", "schloss leichter", "musste abgeben", "schmierte ab", "Abschlag" say the Nasdaq fell in 2024 where it rose', () => {
    for (const words of ['ging im Jahr 2024 um 25 Prozent nach unten', 'schloss im Jahr 2024 25 Prozent leichter', 'notierte im Jahr 2024 25 Prozent schwächer', 'musste im Jahr 2024 25 Prozent abgeben', 'schmierte im Jahr 2024 um 25 Prozent ab', 'ermäßigte sich im Jahr 2024 um 25 Prozent', 'ging im Jahr 2024 mit einem Abschlag von 25 Prozent aus dem Handel']) {
      assert.deepEqual(findings(nasdaq(words)).map((f) => [f.code, f.text]), [['figure-mismatch', '25 Prozent']], words);
    }
    assert.deepEqual(findings(nasdaq('notierte im Jahr 2024 25 Prozent fester')), []);
  });
  test('English: "advanced", "added", "rebounded", "recovered", "spiked", "increased" say Nvidia rose; "retreated", "cratered", "took a hit", "eased" say the Nasdaq fell', () => {
    for (const verb of ['advanced', 'added', 'rebounded', 'recovered', 'popped', 'spiked', 'increased', 'firmed']) {
      assert.deepEqual(findings(`Nvidia's stock ${verb} 7.82% on January 27, 2025.`).map((f) => [f.code, f.text]), [['figure-mismatch', '7.82%']], verb);
    }
    for (const words of ['retreated 25%', 'nosedived 25%', 'cratered 25%', 'took a 25% hit', 'sold off 25%', 'skidded 25%', 'eased 25%']) {
      assert.deepEqual(findings(`The Nasdaq 100 ${words} in 2024.`).map((f) => [f.code, f.text]), [['figure-mismatch', '25%']], words);
    }
    assert.deepEqual(findings("Nvidia's stock eased 7.82% on January 27, 2025."), []);
    assert.deepEqual(findings('On January 27, 2025, Microsoft finished 3.75% in positive territory.').map((f) => [f.code, f.text]), [['figure-mismatch', '3.75%']]);
    assert.deepEqual(findings('On January 27, 2025, Microsoft finished 3.75% in negative territory.'), []);
    assert.deepEqual(findings('Advanced chips aside, the Nasdaq 100 had added 25% in 2024.'), []);
  });
});

describe('a rise or a fall in market words', () => {
  test('"in the green", "Kurssprung" say a share rose where it fell; "in the red", "Kurssturz" agree', () => {
    for (const text of ['Nvidia ended 7.82 percent in the green on January 27.', 'Ein Kurssprung von 7,82 Prozent bei Nvidia folgte am 27. Januar.']) {
      assert.deepEqual(findings(text).map((f) => [f.code, f.text]), [['figure-mismatch', text.match(/7[.,]82 (?:percent|Prozent)/)![0]]], text);
    }
    for (const text of ['Nvidia ended 7.82 percent in the red on January 27.', 'Ein Kurssturz von 7,82 Prozent bei Nvidia folgte am 27. Januar.']) assert.deepEqual(findings(text), [], text);
  });
  test('investors are not an investment: "as investors rotated out of Nvidia" leaves Broadcom\'s rise to compare', () => {
    assert.deepEqual(findings('Broadcom gained 6.58% as investors rotated out of Nvidia.').map((f) => [f.code, f.text]), [['figure-mismatch', '6.58%']]);
    assert.deepEqual(findings('Broadcom tumbled 6.58% as investors fled chip stocks.'), []);
  });
});

describe('a date set off by commas is an aside\'s', () => {
  test('"The Nasdaq 100, up a quarter in 2024, fell 3% on January 27, 2025": the fall is the 27th\'s, not 2024\'s', () => {
    assert.deepEqual(findings('The Nasdaq 100, up a quarter in 2024, fell 3% on January 27, 2025.').filter((f) => f.code !== 'unsourced-figure'), []);
    assert.deepEqual(findings('Der Nasdaq 100, 2024 noch ein Viertel im Plus, fiel am 27. Januar 2025 um 3 Prozent.').filter((f) => f.code !== 'unsourced-figure'), []);
    // The 27th is the day the source's article tells its dated falls on, so its undated 3 % too: the day is borne out.
    assert.deepEqual(findings('The Nasdaq 100, up a quarter in 2024, fell 5% on January 27, 2025.').map((f) => [f.code, f.text]), [['figure-mismatch', '5%']]);
  });
});

describe('a score told as a share of a hundred', () => {
  test('"92 out of 100 tasks", "85 von 100 Punkten" are the benchmark scores; another count warns with the source\'s', () => {
    assert.deepEqual(findings('R1 solves 92 out of 100 HumanEval tasks.'), []);
    assert.deepEqual(findings('Im MATH-500-Test schafft R1 85 von 100 Punkten.'), []);
    assert.deepEqual(findings('R1 solves 95 out of 100 HumanEval tasks.').map((f) => [f.code, f.text]), [['figure-mismatch', '95 out of 100']]);
  });
});

describe('a scale written as a capital letter', () => {
  test('"$5.6B" is billions and "¥200K" thousands, each fixed in the same style; "Llama 3 8B" is a name', () => {
    assert.deepEqual(findings('R1 cost $5.6B to train.'), [{ code: 'scale-mismatch', text: '$5.6B', fix: '$5.6M' }]);
    assert.deepEqual(findings('Fire-Flyer I cost ¥200K.'), [{ code: 'scale-mismatch', text: '¥200K', fix: '¥200M' }]);
    assert.deepEqual(findings('R1 cost $5.6M to train. Stargate is a $500B project.'), []);
    assert.deepEqual(findings('The Llama 3 8B model is small.'), []);
  });
});

describe('ratios in other words: a factor, triple, a fraction of a name, half of', () => {
  const codes = (text: string) => findings(text).map((f) => [f.code, f.text]);
  test('"by a factor of 14", "um den Faktor 14" compare the two training costs; a factor of 4 is wrong', () => {
    assert.deepEqual(findings('By a factor of 14, GPT-4o was the costlier model to train than DeepSeek R1.'), []);
    assert.deepEqual(codes('By a factor of 4, GPT-4o was the costlier model to train than DeepSeek R1.'), [['figure-mismatch', 'a factor of 4']]);
    assert.deepEqual(findings('Das Training von GPT-4o war um den Faktor 14 teurer als das von DeepSeek R1.'), []);
    assert.deepEqual(codes('Das Training von GPT-4o war um den Faktor 4 teurer als das von DeepSeek R1.'), [['figure-mismatch', 'Faktor 4']]);
  });
  test('"triple Microsoft\'s drop" is three times, "nearly double" about twice: Broadcom lost 6.58 %, Microsoft 3.75 %', () => {
    assert.deepEqual(findings("On January 27, 2025, Broadcom lost 6.58%, nearly double Microsoft's drop."), []);
    assert.deepEqual(codes("On January 27, 2025, Broadcom lost 6.58%, triple Microsoft's drop."), [['figure-mismatch', 'triple']]);
  });
  test('"ein Fünftel von Fire-Flyer II" is Fire-Flyer I\'s cost against the other, not a part of it; "Half of" opens a share', () => {
    assert.deepEqual(findings('Fire-Flyer I kostete nur ein Fünftel von Fire-Flyer II.'), []);
    assert.deepEqual(codes('Fire-Flyer I kostete nur ein Zehntel von Fire-Flyer II.'), [['figure-mismatch', 'ein Zehntel']]);
    assert.deepEqual(codes("Half of the world's 1,328 AI models come from China."), [['figure-mismatch', 'Half']]);
  });
});

describe('review: contrasts, dates beside a weekday, citations in brackets', () => {
  test('"aus China und nicht aus den USA", "nicht aus Europa, sondern aus China" are China\'s share, not the rest\'s', () => {
    assert.deepEqual(findings('Laut der Akademie stammen 36 Prozent der weltweit 1328 KI-Modelle aus China und nicht aus den USA.'), []);
    assert.deepEqual(findings("According to the academy, 36 percent of the world's 1,328 AI models come from China and not from the US."), []);
    assert.deepEqual(findings('Laut der Akademie stammen 36 Prozent der KI-Modelle nicht aus Europa, sondern aus China.'), []);
    assert.deepEqual(findings('R1 erreichte im HumanEval-Benchmark 92 Prozent und schnitt nicht in allen Tests so gut ab.'), []);
  });
  test('"Am Montag, dem 27. Januar 2025, fiel Nvidia um 7,82 Prozent, nach dem Rekordjahr 2024": the fall is the 27th\'s', () => {
    const warnings = (text: string) => findings(text).filter((f) => f.code !== 'unsourced-figure');
    assert.deepEqual(warnings('Am Montag, dem 27. Januar 2025, fiel Nvidia um 7,82 Prozent, nach dem Rekordjahr 2024.'), []);
    assert.deepEqual(warnings('Nvidia, the chipmaker, fell 7.82% on Monday, January 27, 2025, a year after its 2024 rally.'), []);
  });
  test('a number in brackets after a publication is a citation, not an age; "1 in 100 countries" is no share', () => {
    assert.deepEqual(findings('Liang stocked up on A100 chips early, as reported by the Washington Post (23).').filter((f) => f.code !== 'unsourced-figure'), []);
    assert.deepEqual(findings("DeepSeek's app hit number 1 in 100 countries.").filter((f) => f.code !== 'unsourced-figure'), []);
  });
});

describe('a move its article dates to no day', () => {
  // A scraped article that names no date at all: its "Broadcom lost 4.9 percent" may be any day's, so it is no value of
  // Broadcom's fall in a piece about 27 January 2025, whose wrong figure keeps the bundled article's fix.
  const english = extraSource('chips-slide.txt', 'Chip stocks slide again\n\nOn Thursday, US stocks gave back part of their gains. Nvidia fell 5.9 percent.\n\nThe chipmaker Broadcom lost 4.9 percent. Analysts spoke of a broad sell-off.\n');
  const german = extraSource('zollschock.txt', 'Zollschock: Wall Street bricht erneut ein\n\nAm 10. April gaben die US-Börsen Gewinne wieder ab. Nvidia büßte 5,9 Prozent ein.\n\nDer Chipkonzern Broadcom gab 4,9 Prozent nach. Analysten sprachen von einem Ausverkauf.\n');
  test('English: Broadcom\'s wrong fall of the day is still fixed to 6.58 percent', () => {
    assertUnchangedBy(english, 'Nvidia fell 7.82 percent on 27 January 2025.\n\nThe chip sell-off spread. Broadcom lost 6.85 percent.', [{ code: 'figure-mismatch', text: '6.85 percent', fix: '6.58 percent' }]);
  });
  test('German: Broadcoms falscher Kursverlust des Tages wird weiter zu 6,58 Prozent', () => {
    assertUnchangedBy(german, 'Nvidia verlor am 27. Januar 2025 7,82 Prozent.\n\nDer Ausverkauf erfasste alle Chipwerte. Broadcom verlor 6,85 Prozent.', [{ code: 'figure-mismatch', text: '6,85 Prozent', fix: '6,58 Prozent' }]);
  });
});

describe('people counted and ages said another way', () => {
  test('"ein Start-up mit 200 Leuten" counts the staff the draft gave as 160 before', () => {
    const text = 'DeepSeek hat rund 160 Beschäftigte.\n\nEin Start-up mit 200 Leuten hat gezeigt, dass es auch ohne Milliardenbudgets geht.\n';
    assert.deepEqual(findings(text).map((f) => [f.code, f.text]), [['unsourced-figure', '160'], ['draft-inconsistency', '200']]);
  });
  test('"Mit 40 Jahren hat er …" is the age of the person before, "im Alter von", "at the age of" likewise', () => {
    const person = 'DeepSeek wurde von Liang Wenfeng gegründet. Das Start-up macht dem Silicon Valley Angst. ';
    assert.deepEqual(findings(`${person}Mit 40 Jahren hat er erreicht, wovon andere träumen.`), []);
    assert.deepEqual(findings(`${person}Mit 45 Jahren hat er erreicht, wovon andere träumen.`), [{ code: 'figure-mismatch', text: '45 Jahren', fix: '40 Jahren' }]);
    assert.deepEqual(findings('Liang Wenfeng, who founded DeepSeek, is a computer engineer. At the age of 45 he is among the richest men in China.'), [{ code: 'figure-mismatch', text: '45', fix: '40' }]);
    assert.deepEqual(findings(`${person}Mit 40 Jahren Erfahrung ist er ein Veteran.`).map((f) => f.text), ['40']);
  });
});

describe('a start is a release or a founding', () => {
  test('"drei Tage nach dem Start von R1" counts from R1\'s release on 20 January; one week is right', () => {
    const text = 'Der Kurssturz vom 27. Januar 2025 kam nur drei Tage nach dem Start von R1.';
    assert.deepEqual(findings(text).map((f) => [f.code, f.text]), [['figure-mismatch', 'drei Tage']]);
    assert.deepEqual(findings(text.replace('drei Tage', 'eine Woche')), []);
  });
});

describe('a sum restated in another currency', () => {
  test('a zero dropped: "about €13 million" for the 130 million euros of Fire-Flyer II', () => {
    assert.deepEqual(findings('Fire-Flyer II cost one billion yuan, about €13 million.'), [{ code: 'figure-mismatch', text: '€13 million', fix: '€130 million' }]);
    assert.deepEqual(findings('Fire-Flyer II cost one billion yuan, about €130 million.'), []);
  });
  test('the euro sum in brackets is of the supercomputer its yuan sum is of: "¥1bn (~€130bn)" has the wrong scale', () => {
    assert.deepEqual(findings('- 🏗️ Fire-Flyer II supercomputer: ¥1bn (~€130bn)\n'), [{ code: 'scale-mismatch', text: '€130bn', fix: '€130m' }]);
    assert.deepEqual(findings('- 🏗️ Fire-Flyer II supercomputer: ¥1bn (~€130m)\n'), []);
  });
});

describe('how often, not how many times more', () => {
  test('"downloaded 2.6 million times" counts downloads: a later "1.6 million downloads" contradicts it; "a million times faster" still compares', () => {
    const text = "DeepSeek's chatbot app had been downloaded some 2.6 million times by then.\n\nBy the weekend, DeepSeek's app had 1.6 million downloads.\n";
    assert.deepEqual(findings(text).map((f) => [f.code, f.text]), [['unsourced-figure', '2.6 million'], ['draft-inconsistency', '1.6 million']]);
    assert.equal(analyzeDraft('Die App wurde 2,6 Millionen Mal heruntergeladen.', index).figures[0].figure.kind, 'count');
    assert.equal(analyzeDraft('The new chip is a million times faster.', index).figures[0].figure.kind, 'multiplier');
  });
});

describe('"im Vorjahr" counts from now', () => {
  test('the year before the piece\'s own, not before a year an earlier sentence gave: a 2023 distractor changes nothing', () => {
    const text = '# Börse am 27. Januar 2025\n\nDer Nasdaq 100, der 2024 noch um ein Viertel zugelegt hatte, gab 3 Prozent nach. Wer im Vorjahr 25 Prozent gewonnen hat, kann das verkraften.\n';
    assertUnchangedBy(distractor('2023-03-15_openai-gpt4.txt'), text, []);
    assert.equal(readAs(text, '25 Prozent', 'de'), 'Nasdaq 100 · Veränderung · 2024: +25 Prozent');
  });
});

describe('German verbs split around a figure', () => {
  test('"gab 3 Prozent nach", "brach um 7,82 Prozent ein" fall; "zog um 7,82 Prozent an" rises where the source says it fell', () => {
    const day = 'Am 27. Januar 2025 brachen die Kurse ein. ';
    assert.deepEqual(findings(`${day}Der Nasdaq 100 gab 3 Prozent nach.`), []);
    assert.deepEqual(findings(`${day}Die Nvidia-Aktie brach um 7,82 Prozent ein.`), []);
    assert.deepEqual(findings(`${day}Die Nvidia-Aktie zog um 7,82 Prozent an.`).map((f) => [f.code, f.text]), [['figure-mismatch', '7,82 Prozent']]);
    assert.deepEqual(findings(`${day}Der Nasdaq 100 ging um 3 Prozent zurück.`), []);
  });
  test('a relative clause\'s year is its own: "Der Nasdaq 100, der 2024 … zugelegt hatte, gab 3 Prozent nach"', () => {
    assert.deepEqual(findings('# Börse am 27. Januar 2025\n\nDer Nasdaq 100, der 2024 noch um ein Viertel zugelegt hatte, gab 3 Prozent nach.\n'), []);
  });
});

describe('a date is shown with the events it times', () => {
  test('another company\'s news of the same day does not become the source of "27 January 2025: … Nvidia -7.82%"', () => {
    const text = '- **27 January 2025**: Tech shares tumble: Nvidia -7.82%, Microsoft -3.75%, Broadcom -6.58%.\n';
    const wider = withSources(distractor('2025-01-27_japan-chipzulieferer.txt'));
    const hover = hoverAt(analyzeDraft(text, wider), wider, text.indexOf('27 January'))!.markdown;
    assert.match(hover, /Am \*\*27\. Januar 2025\*\*/);
    assert.doesNotMatch(hover, /Tokio/);
    assert.deepEqual(findings(text, wider), []);
  });
});

describe('a date that gives background is not when the next sentences happen', () => {
  test('"nachdem er 2024 noch 25 % zugelegt hatte": the next sentence\'s fall is not dated 2024, and a 2024 sell-off is not its source', () => {
    const text = '# Börse am 27. Januar 2025\n\nDer Nasdaq 100 sackte um 3 % ab, nachdem er 2024 noch 25 % zugelegt hatte. Tech-Aktien wie Nvidia, Infineon und SoftBank verloren bis zu 10 %.\n';
    const wider = withSources(distractor('2024-09-04_nvidia-ausverkauf.txt'));
    assert.equal(readAs(text, '10 %', 'de'), 'Nvidia · Aktienkurs · 27. Jan. 2025: −10 %');
    assert.doesNotMatch(hoverAt(analyzeDraft(text, wider), wider, text.indexOf('10 %'))!.markdown, /nvidia-ausverkauf/);
  });
  test('"on January 27, 2025, a day after R1\'s breakthrough on January 20": "the same Monday" is the 27th', () => {
    const text = 'Nvidia did slide 7.82 percent, but on January 27, 2025, a day after R1\'s global breakthrough on January 20. On the same Monday Microsoft shed 3.75 percent and Broadcom tumbled 6.48 percent.';
    assert.deepEqual(findings(text).filter((f) => f.text.includes('6.48')), [{ code: 'figure-mismatch', text: '6.48 percent', fix: '6.58 percent' }]);
  });
});

describe('guesses on both sides', () => {
  test('"a $2.4m budget for Q1 pilots" after a bullet on Nvidia is no wrong value of a cost a paragraph about Nvidia\'s customers states', () => {
    const text = '## Our exposure\n\n- Nvidia is 4.7% of the growth fund; we propose no change before Q2.\n- Ask: approve a $2.4m budget for Q1 pilots with open models.\n';
    assertUnchangedBy(distractor('2024-12-27_deepseek-v3.txt'), text, [{ code: 'unsourced-figure', text: '4.7%' }, { code: 'unsourced-figure', text: '$2.4m' }]);
  });
  test('"$2.4m" is not "zwei Dollar" a million times: the writer\'s digits must be the source\'s, rounded at most', () => {
    const wider = withSources(extraSource('gpu.txt', 'GPU-Stunden\n\nDeepSeek zahlte zwei Dollar pro GPU-Stunde für das Training.\n'));
    assert.deepEqual(findings('DeepSeek paid $2.4m per GPU hour for training.', wider).map((f) => f.code), ['figure-mismatch']);
    assert.deepEqual(findings('DeepSeek paid $2m per GPU hour for training.', wider).map((f) => f.code), ['scale-mismatch']);
  });
});

describe('a table row labelled by a name', () => {
  const table = '## Slide 1: the sell-off\n\n| Name | Share price |\n|---|---|\n| Broadcomm | -6.58% |\n| S&P 500 | -1.5% |\n';
  test('a misspelt label is the name it nearly is; a label no source knows is someone else, whatever another day\'s article says', () => {
    assertUnchangedBy(distractor('2025-01-28_nvidia-rebound.txt'), table, [
      { code: 'name-spelling', text: 'Broadcomm', fix: 'Broadcom' },
      { code: 'unsourced-figure', text: '-1.5%' },
    ]);
  });
});

describe('"Der Chipkonzern, 1993 gegründet, verlor an jenem Montag 7,82 Prozent seines Börsenwerts"', () => {
  const text = 'Am 27. Januar 2025 stürzten die Kurse. Am härtesten traf es Nvidia. Der Chipkonzern, 1993 gegründet und seit Jahren der große Gewinner des KI-Booms, verlor an jenem Montag 7,82 Prozent seines Börsenwerts.';
  test('the founding year times the founding, not the fall; a fall of a market value is the share price\'s; "der Chipkonzern" is Nvidia', () => {
    assert.match(readAs(text, '7,82 Prozent', 'de'), /^Nvidia · \S+ · 27\. Jan\. 2025: /);
    assert.deepEqual(findings(text), [{ code: 'unsourced-figure', text: '1993' }]);
  });
  test('another company founded in 1993 by a Liang is no source for Nvidia\'s founding year', () => {
    assertUnchangedBy(distractor('2025-01-27_datacenter-hardware.txt'), text, [{ code: 'unsourced-figure', text: '1993' }]);
  });
});

describe('a footnote reference after a sentence', () => {
  // "[^1]" after the period kept the sentence open: the next sentence's subject took over the year and the figure.
  test('English: the sentence after "35 per cent.[^1]" is Microsoft\'s, and the one before is the Nasdaq\'s', () => {
    const text = 'The Nasdaq 100 fell 3 per cent; in the year before it had risen 35 per cent.[^1] Microsoft lost 6.58 per cent.\n\n[^1]: Share prices as reported.\n';
    assert.deepEqual(findings(text), [
      { code: 'figure-mismatch', text: '35 per cent', fix: '25 per cent' },
      { code: 'figure-mismatch', text: '6.58 per cent', fix: '3.75 per cent' },
    ]);
  });
  test('German: der Satz nach „2024.[^1]“ gehört Microsoft, der davor dem Nasdaq 100', () => {
    const text = 'Der Nasdaq 100 fiel um 3 Prozent, nachdem er 2024 noch 35 Prozent zugelegt hatte.[^1] Microsoft verlor 6,58 Prozent.\n\n[^1]: Kurse laut Bericht.\n';
    assert.deepEqual(findings(text), [
      { code: 'figure-mismatch', text: '35 Prozent', fix: '25 Prozent' },
      { code: 'figure-mismatch', text: '6,58 Prozent', fix: '3,75 Prozent' },
    ]);
  });
});

describe('a percentage of a company\'s own value', () => {
  test('English: "lost 8.82 per cent of its value" is a share-price fall, not a share of something', () => {
    assert.deepEqual(findings('On 27 January 2025 Nvidia lost 8.82 per cent of its value.'), [{ code: 'figure-mismatch', text: '8.82 per cent', fix: '7.82 per cent' }]);
    assert.deepEqual(findings('On 27 January 2025 Nvidia lost 7.82 per cent of its value.'), []);
  });
  test('German: „büßte 8,82 Prozent von seinem Wert ein“, „verlor 8,82 Prozent des Werts“ sind Kursverluste', () => {
    assert.deepEqual(findings('Am 27. Januar 2025 büßte Nvidia 8,82 Prozent von seinem Wert ein.'), [{ code: 'figure-mismatch', text: '8,82 Prozent', fix: '7,82 Prozent' }]);
    assert.deepEqual(findings('Am 27. Januar 2025 verlor Nvidia 8,82 Prozent des Werts.'), [{ code: 'figure-mismatch', text: '8,82 Prozent', fix: '7,82 Prozent' }]);
    assert.deepEqual(findings('Am 27. Januar 2025 verlor Nvidia 7,82 Prozent des Werts.'), []);
  });
});

describe('a name no source knows, opening the clause', () => {
  test('"Der Dow Jones hatte … 0,9 Prozent gewonnen" after a sentence on Nvidia and Microsoft is the Dow\'s, not theirs', () => {
    const text = '## Dienstag, 28. Januar 2025\n\nZur Erinnerung: Nvidia hatte am Montag 7,82 Prozent verloren, Microsoft 3,75 Prozent. Der Dow Jones hatte als einziger großer US-Index 0,9 Prozent gewonnen.\n';
    assertUnchangedBy(distractor('2025-01-28_nvidia-rebound.txt'), text, [{ code: 'unsourced-figure', text: '28. Januar 2025' }, { code: 'unsourced-figure', text: '0,9 Prozent' }]);
  });
  test('"The Nasdaq Composite\'s 3.4% fall" is the Composite\'s, not DeepSeek\'s of the paragraph before', () => {
    const text = '# What the papers say: DeepSeek and the Monday that shook tech\n\nOn 27 January 2025 a Chinese start-up wiped billions off the biggest names in tech.\n\nThe Nasdaq Composite\'s 3.4% fall, one columnist wrote, was a reminder of how much of the market now rides on a handful of chip companies.\n';
    assertUnchangedBy(distractor('2025-01-28_nvidia-rebound.txt'), text, [{ code: 'unsourced-figure', text: '3.4%' }]);
  });
});

describe('a value about someone its paragraph only suggests', () => {
  test('says nothing of what a table row\'s value is: a fund weight is not a week\'s index move', () => {
    const text = '| Name | Fund weight |\n|---|---|\n| Nvidia | 4.1% |\n';
    assertUnchangedBy(distractor('2024-11-21_nvidia-quartalszahlen.txt'), text, [{ code: 'unsourced-figure', text: '4.1%' }]);
  });
});

describe('an English past perfect clause gives background', () => {
  test('"an index that had risen 25% in 2024" does not date the next sentence\'s fall', () => {
    const text = '# Markets on 27 January 2025\n\nThe Nasdaq 100 slid 3%, a jolt for an index that had risen 25% in 2024. Infineon and SoftBank lost up to 10%.\n';
    assert.match(readAs(text, '10%'), /27 Jan 2025/);
  });
});

describe('a background clause keeps its time to itself', () => {
  // A participle or "nach einem Plus" clause gave its year to the next sentence, whose figure then had no source.
  test('"having risen 35 per cent over 2024", "nach einem Plus von 35 Prozent im Jahr 2024" do not date the next sentence', () => {
    const english = '# Markets on 27 January 2025\n\nThe Nasdaq 100 fell 3 per cent, having risen 35 per cent over 2024. Microsoft lost 6.58 per cent.\n';
    assert.match(readAs(english, '6.58 per cent'), /27 Jan 2025/);
    assert.deepEqual(findings(english).filter((f) => f.text === '6.58 per cent'), [{ code: 'figure-mismatch', text: '6.58 per cent', fix: '3.75 per cent' }]);
    const german = '# Märkte am 27. Januar 2025\n\nDer Nasdaq 100 fiel um 3 Prozent, nach einem Plus von 35 Prozent im Jahr 2024. Microsoft verlor 6,58 Prozent.\n';
    assert.match(readAs(german, '6,58 Prozent', 'de'), /27\. Jan\.? 2025|27 Jan 2025/);
    assert.deepEqual(findings(german).filter((f) => f.text === '6,58 Prozent'), [{ code: 'figure-mismatch', text: '6,58 Prozent', fix: '3,75 Prozent' }]);
  });
  // "after a year in which it had gained 25%" was read as a gain on the Monday and warned against the day's 3 %.
  test('a figure in a background clause without a date of its own takes neither the sentence\'s day nor the paragraph\'s', () => {
    const english = '# Markets on 27 January 2025\n\nThe Nasdaq 100 rose 3% on Monday, after a year in which it had gained 25%.\n';
    assert.deepEqual(findings(english).filter((f) => f.text === '25%'), []);
    assert.doesNotMatch(readAs(english, '25%'), /27 Jan/);
    const german = '# Märkte am 27. Januar 2025\n\nDer Nasdaq 100 stieg am Montag um 3 Prozent, nachdem er ein Jahr lang um 25 Prozent zugelegt hatte.\n';
    assert.deepEqual(findings(german).filter((f) => f.text === '25 Prozent'), []);
    assert.doesNotMatch(readAs(german, '25 Prozent', 'de'), /27/);
  });
});

describe('the fix for a number word before a scale word', () => {
  // "zwei Milliarden" where the source says "eine Milliarde Yuan" was offered "1 Milliarden": the number word was
  // replaced by the source's value at the draft's scale in digits, the scale word left in the plural.
  test('German and English: "eine Milliarde", "one billion", in the draft\'s words', () => {
    assert.deepEqual(findings('Fire-Flyer II kostete zwei Milliarden Yuan.'), [{ code: 'figure-mismatch', text: 'zwei Milliarden Yuan', fix: 'eine Milliarde Yuan' }]);
    assert.deepEqual(findings('Fire-Flyer II cost two billion yuan.'), [{ code: 'figure-mismatch', text: 'two billion yuan', fix: 'one billion yuan' }]);
    assert.deepEqual(findings('Fire-Flyer II kostete Drei Milliarden Yuan.'), [{ code: 'figure-mismatch', text: 'Drei Milliarden Yuan', fix: 'Eine Milliarde Yuan' }]);
    assert.deepEqual(findings('Am 27. Januar 2025 verlor Nvidia zehn Prozent.'), [{ code: 'figure-mismatch', text: 'zehn Prozent', fix: '7,82 Prozent' }]);
  });
});

describe('fixes for sums a writer spells with an article', () => {
  test('"jeweils eine Milliarde Yuan und 200 Millionen Yuan" swapped: each fix in the writer\'s words', () => {
    assert.deepEqual(findings('Fire-Flyer I und Fire-Flyer II kosteten jeweils eine Milliarde Yuan und 200 Millionen Yuan.'), [
      { code: 'figure-mismatch', text: 'eine Milliarde Yuan', fix: '200 Millionen Yuan' },
      { code: 'figure-mismatch', text: '200 Millionen Yuan', fix: 'eine Milliarde Yuan' },
    ]);
  });
  test('English: the source\'s "eine Milliarde Yuan" is put in as "1 billion yuan", not "eine billion yuan"', () => {
    assert.deepEqual(findings('Fire-Flyer I and Fire-Flyer II cost 1 billion yuan and 200 million yuan respectively.'), [
      { code: 'figure-mismatch', text: '1 billion yuan', fix: '200 million yuan' },
      { code: 'figure-mismatch', text: '200 million yuan', fix: '1 billion yuan' },
    ]);
    assert.deepEqual(findings('Fire-Flyer II cost 200 million yuan.'), [{ code: 'figure-mismatch', text: '200 million yuan', fix: '1 billion yuan' }]);
    assert.deepEqual(findings('Fire-Flyer II kostete 200 Millionen Yuan.'), [{ code: 'figure-mismatch', text: '200 Millionen Yuan', fix: 'eine Milliarde Yuan' }]);
  });
});

describe('a column header that is a date', () => {
  test('"| Nasdaq 100 | -3% | +25% |" under "| Index | 27 Jan 2025 | 2024 |": each value is its column\'s, and a wrong sign in the 2024 column is a wrong direction', () => {
    const table = '| Index | 27 Jan 2025 | 2024 |\n|---|---|---|\n| Nasdaq 100 | -3% | +25% |\n';
    assert.match(readAs(table, '+25%'), /2024/);
    assert.deepEqual(findings(table).filter((f) => f.text.includes('%')), []);
    assert.deepEqual(findings(table.replace('+25%', '−25%')).filter((f) => f.text.includes('%')).map((f) => [f.code, f.text]), [['figure-mismatch', '−25%']]);
  });
});

describe('a span between two events, in no direction', () => {
  const text = (span: string) => `Schon 2015 hat Liang mit zwei weiteren Ingenieuren den Hedgefonds High-Flyer gegründet, mit dessen Geld entstand im Juli 2023 DeepSeek. Zwischen den beiden Gründungen liegen also ${span}.`;
  test('"Zwischen den beiden Gründungen liegen sechs Jahre" is checked against the two founding years', () => {
    assert.deepEqual(findings(text('acht Jahre')).filter((f) => f.text.includes('Jahre')), []);
    assert.deepEqual(findings(text('sechs Jahre')).filter((f) => f.text.includes('Jahre')), [{ code: 'figure-mismatch', text: 'sechs Jahre', fix: 'acht Jahre' }]);
  });
});

describe('"the growth fund"', () => {
  test('is a kind of fund, not a rise: Nvidia\'s weight in it is no share price that rose 2.2 percent in March 2023', () => {
    const text = '- Nvidia is 4.7% of the growth fund; we propose no change before Q2.\n';
    assertUnchangedBy(distractor('2023-03-15_openai-gpt4.txt'), text, [{ code: 'unsourced-figure', text: '4.7%' }]);
  });
});

describe('relative days and weeks told loosely', () => {
  test('"a day after", "a week before": the unit is the word after the article, not the event named after it', () => {
    const text = 'Nvidia slid 7.82 percent on January 27, 2025, a day after R1\'s global breakthrough on January 20.';
    assert.deepEqual(findings(text).filter((f) => f.text === 'a day'), [{ code: 'figure-mismatch', text: 'a day', fix: 'seven days' }]);
    assert.deepEqual(findings(text.replace('a day after', 'a week after')).filter((f) => /week/.test(f.text)), []);
  });
  test('"am Tag darauf", "the next day": one day after the event the sentence is dated by', () => {
    const de = 'Den Durchbruch brachte am 20. Januar das Modell R1; am Tag darauf traf sich Gründer Liang Wenfeng mit Premierminister Li Qiang.';
    // The two articles date R1's breakthrough 20 and 27 January: a source-conflict on the date, whatever the duration.
    const onTheDay = (text: string) => findings(text).filter((f) => f.code !== 'source-conflict');
    assert.deepEqual(onTheDay(de), [{ code: 'figure-mismatch', text: 'am Tag darauf' }]);
    assert.deepEqual(onTheDay(de.replace('am Tag darauf', 'am selben Tag')), []);
    const en = 'R1 broke through on January 20. The next day, founder Liang Wenfeng met Premier Li Qiang.';
    assert.deepEqual(onTheDay(en).map((f) => [f.code, f.text]), [['figure-mismatch', 'The next day']]);
    // "the day after Beijing's announcement" is a day; "on the day, after losing 25 %" is not.
    const figures = (text: string) => analyzeDraft(text, index).figures.map((f) => f.figure.text);
    assert.deepEqual(figures("Nvidia fell 7.82 percent on January 27, the day after Beijing's announcement."), ['7.82 percent', 'January 27', 'the day after']);
    assert.deepEqual(figures('The Nasdaq 100 slid 3% on the day after losing 25% over 2024.'), ['3%', '25%', '2024']);
  });
  test('a loose duration no source can measure says nothing; a numbered one is unsourced', () => {
    assert.deepEqual(findings('DeepSeek hired its first engineers a week after the founding.'), []);
    assert.deepEqual(findings('DeepSeek hired its first engineers three weeks after the founding.').map((f) => f.code), ['unsourced-figure']);
  });
  test('the other event may be on the draft\'s own date: "on 20 January, a week before R1\'s breakthrough"', () => {
    assert.deepEqual(findings('Liang met Premier Li Qiang on 20 January, a week before R1\'s breakthrough.').map((f) => [f.code, f.text, f.fix]), [['figure-mismatch', 'a week', undefined]]);
  });
  test('a fall on a day is an event: "a week before the crash" counts to the day the shares fell', () => {
    const text = 'R1 broke through on Jan 20, a week before the crash.';
    assert.deepEqual(findings(text).filter((f) => /week/.test(f.text)), []);
    assert.deepEqual(findings(text.replace('a week', 'three weeks')).filter((f) => /weeks/.test(f.text)).map((f) => f.code), ['figure-mismatch']);
  });
  test('"eine Woche nach dem Durchbruch, am 27. Januar": the breakthrough lies before the date, and is DeepSeek\'s (R1\'s)', () => {
    const text = '## Und wann kam der Kurssturz bei DeepSeek?\n\nEine Woche nach dem Durchbruch, am Montag, dem 27. Januar.\n';
    const weeks = (idx = index) => findings(text, idx).filter((f) => /Woche/.test(f.text));
    assert.deepEqual(weeks(), []);
    assert.deepEqual(weeks(withSources(distractor('2025-02-05_alphabet-capex-big-tech.md'))), []);
  });
  test('"Nach dem Ausverkauf am Vortag" under 28 January: the day before is the sell-off, not two other things of the 28th', () => {
    const text = '## Dienstag, 28. Januar 2025\n\nNach dem Ausverkauf am Vortag blicken die Anleger gespannt nach New York.\n';
    assert.deepEqual(findings(text, withSources(distractor('2025-02-05_alphabet-capex-big-tech.md'), distractor('2025-01-28_nvidia-rebound.txt'))).filter((f) => f.text === 'am Vortag'), []);
  });
  test('"18 months after the founding": months are counted from month to month', () => {
    const text = (n: string) => `The start-up was founded in July 2023. In January 2025, ${n} months after the founding, R1 came out.`;
    assert.deepEqual(findings(text('18')).filter((f) => /months/.test(f.text)), []);
    assert.deepEqual(findings(text('30')).filter((f) => /months/.test(f.text)).map((f) => [f.code, f.fix]), [['figure-mismatch', '18 months']]);
  });
  test('counted in days: "gut zwei Wochen" are not the seven days from the breakthrough to the sell-off', () => {
    const text = 'Seinen Durchbruch hatte DeepSeek mit R1 am 20. Januar, gut zwei Wochen vor dem Ausverkauf.';
    const weeks = (text: string) => findings(text).filter((f) => /Woche/.test(f.text)).map((f) => [f.code, f.text]);
    assert.deepEqual(weeks(text), [['figure-mismatch', 'zwei Wochen']]);
    assert.deepEqual(weeks(text.replace('gut zwei Wochen', 'gut eine Woche')), []);
  });
});

describe('a sum changed by, a sum it came to', () => {
  test('"knocked $600 billion off Nvidia\'s market value" is no other value of what it climbed back to on another day', () => {
    const text = 'A Chinese start-up with a cheap model knocked almost $600 billion off Nvidia\'s market value.';
    assertUnchangedBy(distractor('2025-02-05_alphabet-capex-big-tech.md'), text, [{ code: 'unsourced-figure', text: '$600 billion' }]);
  });
  test('what a loss was put at is a change, and a change that vanished is one too: the draft against itself', () => {
    const text = 'Nvidia\'s loss in market value was put at $589 billion on that Monday.\n\nThe $859 billion that vanished from Nvidia\'s market value is not the real story.';
    assert.deepEqual(findings(text).map((f) => [f.code, f.text]), [['unsourced-figure', '$589 billion'], ['draft-inconsistency', '$859 billion']]);
  });
  test('a sum that was wiped out or „ausradiert“ is a loss: a later "weniger"/"less" sum is another value of it', () => {
    const inconsistent = (text: string) => findings(text).filter((f) => f.code === 'draft-inconsistency').map((f) => f.text);
    const german = 'Am 27. Januar wurden bei Nvidia 589 Milliarden Dollar Börsenwert ausradiert.\n\nKnapp eine halbe Billion Dollar weniger Börsenwert bei Nvidia an einem einzigen Tag.\n';
    const english = 'On 27 January, $589 billion of Nvidia\'s market value was wiped out.\n\nNvidia ended the day with half a trillion dollars less market value.\n';
    assert.deepEqual(inconsistent(german), ['eine halbe Billion Dollar']);
    assert.deepEqual(inconsistent(english), ['half a trillion dollars']);
    assert.deepEqual(inconsistent(english.replace('was wiped out', 'was wiped off the map')), ['half a trillion dollars']);
    const attributesOf = (text: string, figure: string) => analyzeDraft(text, index).figures.find((x) => x.figure.text === figure)!.fact.attributes;
    assert.ok(attributesOf(german, '589 Milliarden Dollar').includes('fall'));
    assert.ok(attributesOf(english, '$589 billion').includes('fall'));
    assert.deepEqual(inconsistent(german.replace('Knapp eine halbe Billion', 'Fast 590 Milliarden')), []);
    assert.deepEqual(inconsistent(english.replace('half a trillion dollars', 'almost $590 billion')), []);
  });
  test('"down $589bn", "a $589 billion loss" are changes; "Apple mit 3,68 Billionen" is a level, whatever its day', () => {
    const ces = distractor('2025-01-07_nvidia-ces-rekordhoch.md');
    assertUnchangedBy(ces, '- 💥 Nvidia\'s market value: down $589bn, the biggest one-day loss in US history', [{ code: 'unsourced-figure', text: '$589bn' }]);
    assertUnchangedBy(ces, 'Nvidia\'s one-day loss in market value was $598 billion, the largest in US history.', [{ code: 'unsourced-figure', text: '$598 billion' }]);
  });
  test('an undated market value may be any day\'s: a day\'s level in another article does not contradict it', () => {
    const text = '- 589 Milliarden Dollar Börsenwert waren damit bei Nvidia an einem Tag weg (Bloomberg).';
    assertUnchangedBy(distractor('2025-01-07_nvidia-ces-rekordhoch.md'), text, [{ code: 'unsourced-figure', text: '589 Milliarden Dollar' }]);
  });
});

describe('words that only look like a move or a change', () => {
  const attributesOf = (text: string, figure: string) => analyzeDraft(text, index).figures.find((f) => f.figure.text === figure)!.fact.attributes;
  test('"entfällt", "gefällt" are no fall; "30 Prozent höher als" compares, nothing moved', () => {
    assert.deepEqual(attributesOf('Auf Nvidia entfällt ein Marktanteil von 80 Prozent.', '80 Prozent').includes('fall'), false);
    assert.deepEqual(attributesOf('Das Modell gefällt 60 Prozent der Entwickler.', '60 Prozent').includes('fall'), false);
    assert.deepEqual(attributesOf('Die Kosten sind 30 Prozent höher als bei OpenAI.', '30 Prozent').includes('rise'), false);
    assert.deepEqual(attributesOf('Der S&P 500 schließt 0,9 Prozent höher.', '0,9 Prozent').includes('rise'), true);
  });
  test('a loss named earlier in the sentence does not make a cost a change: "Trotz Kursverlust kostete das Training nur 7 Millionen Dollar"', () => {
    assert.deepEqual(findings('Trotz Kursverlust kostete das Training von DeepSeek R1 nur 7 Millionen Dollar.'), [{ code: 'figure-mismatch', text: '7 Millionen Dollar', fix: '5,6 Millionen Dollar' }]);
  });
  test('points apart after a semicolon are another pair\'s difference', () => {
    const text = 'R1 erreicht 92 % auf HumanEval und 85 % auf MATH-500; bei GPQA liegen o1 und R1 drei Punkte auseinander.';
    assert.deepEqual(findings(text).filter((f) => f.text === 'drei Punkte').map((f) => f.code), ['unsourced-figure']);
  });
});

describe('which day an undated value is', () => {
  const fridayReport = () => distractor('2025-01-24_wall-street-friday.txt');
  test('a piece about 24 January says nothing of the 27th: "fällt um 1,5 Prozent" under a heading of the 27th is no other value of the Friday\'s fall', () => {
    const text = '## Montag, 27. Januar 2025\n\nDer S&P 500 fällt um 1,5 Prozent.\n';
    assertUnchangedBy(fridayReport(), text, [{ code: 'unsourced-figure', text: '27. Januar 2025' }, { code: 'unsourced-figure', text: '1,5 Prozent' }]);
  });
  test('two pieces about days three days apart: the draft\'s undated move is not the Friday report\'s', () => {
    const text = 'Am 27. Januar 2025 sorgte DeepSeek für Schlagzeilen.\n\nThe broader Nasdaq Composite closed 3.1% lower.\n';
    assert.deepEqual(findings(text, withSources(fridayReport())).filter((f) => f.text === '3.1%').map((f) => f.code), ['unsourced-figure']);
  });
  test('a move stated only for a year is not the same time as a move on 27 January 2025: no source-conflict', () => {
    const text = '## Montag, 27. Januar 2025\n\nDie Nvidia-Aktie rutscht ab. Microsoft gibt 3,75 Prozent nach.\n';
    assert.deepEqual(findings(text, withSources(fridayReport())).filter((f) => f.text === '3,75 Prozent'), []);
  });
  test('"schließt 0,9 Prozent höher": the word beside the change says it moved, so the day is part of the fact', () => {
    const text = '## Dienstag, 28. Januar 2025\n\nDer S&P 500 schließt 0,9 Prozent höher.\n';
    assertUnchangedBy(fridayReport(), text, [{ code: 'unsourced-figure', text: '28. Januar 2025' }, { code: 'unsourced-figure', text: '0,9 Prozent' }]);
  });
  test('a draft that says nothing of what is borne out by every source that agrees: the hover keeps the release', () => {
    const text = 'Das Modell V3 folgte im Dezember 2024.';
    const wider = withSources(distractor('2025-02-20_ki-trainingskosten-schaetzungen.txt'));
    assert.match(hoverAt(analyzeDraft(text, wider), wider, text.indexOf('Dezember'))!.markdown, /Das im \*\*Dezember 2024\*\* veröffentlichte \*\*V3\*\*-Modell/);
  });
  test('an app\'s chart place is counted per country: the top of the UK App Store on 27 January is not the US store\'s', () => {
    const text = 'DeepSeek\'s app topped the US App Store on January 26.';
    assertUnchangedBy(distractor('2025-02-03_deepseek-app-downloads-weltweit.md'), text, [{ code: 'unsourced-figure', text: 'January 26' }]);
  });
  test('"the Philadelphia Semiconductor Index" is an index, not a person called Index: "den Index" is not its surname', () => {
    const sox = withSources(distractor('2025-01-27_chipausruester-weltweit.txt')).names.entries.find((e) => e.canonical.endsWith('Semiconductor Index'))!;
    assert.deepEqual([sox.kind, sox.aliases.includes('Index')], ['organisation', false]);
  });
  test('"Jahrgang 1985" and later "der 1986 geborene Liang": one person is born once', () => {
    const text = 'Liang Wenfeng, Jahrgang 1985, stammt aus Guangdong.\n\nDer 1986 geborene Liang dürfte die neue Rolle genießen.\n';
    assert.deepEqual(findings(text).map((f) => [f.code, f.text]), [['unsourced-figure', '1985'], ['draft-inconsistency', '1986']]);
  });
  test('"fast das Vierzigfache", "almost forty times": the hedge changes the multiple but is not underlined with it, nor is the article', () => {
    assert.deepEqual(findings('OpenAI gab für GPT-4o fast das Vierzigfache dessen aus, was das Training von DeepSeek R1 kostete.').map((f) => [f.code, f.text]), [['figure-mismatch', 'Vierzigfache']]);
    assert.deepEqual(findings('OpenAI spent almost forty times what the training of DeepSeek R1 cost on GPT-4o.').map((f) => [f.code, f.text]), [['figure-mismatch', 'forty times']]);
  });
  test('"400 Millionen Dollar – mehr als das Fünffache dessen, was GPT-4o kostete" is a sum and a multiple, not a range', () => {
    const text = 'Zehntausend H100 zu je 40.000 Dollar kosten 400 Millionen Dollar – mehr als das Fünffache dessen, was GPT-4o im Training kostete.';
    const sum = analyzeDraft(text, index).figures.find((x) => x.figure.text === '400 Millionen Dollar')!;
    assert.deepEqual([sum.figure.range, sum.fact.entities.includes('GPT-4o')], [undefined, false]);
  });
  test('"92% on HumanEval and 85% on MATH-500, twelve points apart": the difference of the two before it', () => {
    const text = 'R1 scores 92% on HumanEval and 85% on MATH-500, twelve points apart.';
    assert.deepEqual(findings(text).map((f) => [f.code, f.text, f.fix]), [['figure-mismatch', 'twelve points', 'seven points']]);
    assert.deepEqual(findings(text.replace('twelve', 'seven')), []);
  });
  test('a count written at the draft\'s scale keeps no trailing zeros: "0.26 million", not "0.260000 million"', () => {
    const text = 'In France, the DeepSeek app was downloaded 2.6 million times in the week to 2 February.';
    const wider = withSources(distractor('2025-02-03_deepseek-app-downloads-weltweit.md'));
    assert.deepEqual(findings(text, wider).filter((f) => f.text === '2.6 million').map((f) => f.fix), ['0.26 million']);
  });
  test('"an analyst who covers Nvidia and Broadcom" names two companies, not one called "Nvidia and Broadcom"', () => {
    const wider = withSources(distractor('2025-01-24_wall-street-friday.txt'));
    assert.deepEqual(wider.names.entries.filter((e) => /Nvidia and/.test(e.canonical)), []);
    const text = 'Nvidia and Broadcom fell 7.82 and 6.58 percent respectively.';
    assert.deepEqual(findings(text, wider), []);
  });
  test('"the United States" is a country, not a person whose surname is "States": "Status" is no misspelling of it', () => {
    const wider = withSources(distractor('2025-02-03_deepseek-app-downloads-weltweit.md'));
    assert.deepEqual(wider.names.entries.filter((e) => e.canonical === 'United States').map((e) => [e.kind, e.aliases]), [['place', []]]);
    assert.deepEqual(findings('**Status:** draft for the board, not for circulation.', wider), []);
  });
  test('"Chinese Android stores" names no person "Chinese": "A Chinese start-up" is not about it', () => {
    const wider = withSources(distractor('2025-02-03_deepseek-app-downloads-weltweit.md'));
    assert.deepEqual(wider.names.entries.filter((e) => e.canonical === 'Chinese Android').map((e) => [e.kind, e.aliases]), [['organisation', []]]);
    const founder = analyzeDraft('A Chinese start-up knocked Nvidia down. Its founder is 40 years old.', wider).figures.find((f) => f.figure.text === '40 years old')!;
    assert.deepEqual(founder.fact.entities.includes('Chinese Android'), false);
  });
  test('the two ends of a range are no list: "MIT Technology Review reported that Liang … from 10,000 to 50,000 units"', () => {
    const text = "MIT Technology Review reported that founder Liang Wenfeng had stocked up on Nvidia's A100 chips in time, with estimates ranging from 10,000 to 50,000 units.";
    const high = analyzeDraft(text, index).figures.find((x) => x.figure.text === '50,000')!;
    assert.deepEqual(high.fact.entities, ['Liang Wenfeng', 'Nvidia', 'A100']);
  });
  test('"R1 reached 85 and 92 percent on HumanEval and MATH-500 respectively": the list says on what, R1 is still whose', () => {
    const f = analyzeDraft('R1 reached 85 and 92 percent on HumanEval and MATH-500 respectively.', index).figures.find((x) => x.figure.text === '92 percent')!;
    assert.deepEqual(f.fact.entities, ['MATH-500', 'DeepSeek R1', 'DeepSeek']);
  });
  test('"auf dem Niveau von OpenAI o1", "on a par with o1": what a score is measured against is not whose it is', () => {
    const whose = (text: string) => analyzeDraft(text, index).figures.find((x) => x.figure.text === '58 Prozent' || x.figure.text === '58%')!.fact.entities;
    assert.deepEqual(whose('Im mathematischen MATH-500-Test erreicht R1 58 Prozent, das sind Werte auf dem Niveau von OpenAI o1.'), ['MATH-500', 'DeepSeek R1', 'DeepSeek']);
    assert.deepEqual(whose('On MATH-500 R1 scores 58%, on a par with OpenAI o1.'), ['MATH-500', 'DeepSeek R1', 'DeepSeek']);
  });
});

describe('names that are no list', () => {
  test('without "respectively" names pair with values only when joined as one list: "… more than the Nasdaq 100, which slid 3%" (English and German)', () => {
    assert.deepEqual(findings('Nvidia lost more than Microsoft did and far more than the Nasdaq 100, which slid 3% after losing 25% in 2024.'), [
      { code: 'figure-mismatch', text: '25%' },
    ]);
    assert.deepEqual(findings('Nvidia verlor mehr als Microsoft und weit mehr als der Nasdaq 100, der um 3 Prozent nachgab, nachdem er 2024 noch 25 Prozent verloren hatte.'), [
      { code: 'figure-mismatch', text: '25 Prozent' },
    ]);
  });
});

describe('a table cell is about its row\'s label and its column\'s header', () => {
  const moves = '| Name | 27 Jan | Fund weight | Comment |\n|---|---|---|---|\n| Microsoft | -3.75% | 5.2% | largest holding |\n| Nasdaq 100 | -3% | benchmark | index, not a holding |\n';
  test('a comment in another cell ("largest holding") does not make the day\'s move a holding, nor the fund weight another value of it', () => {
    // (The header "27 Jan" is a figure of its own: hovering it shows the day's source sentence.)
    const found = findings(`Monday, 27 January 2025: share price changes on the day.\n\n${moves}`).filter((f) => f.text !== '27 Jan');
    assert.deepEqual(found, [{ code: 'unsourced-figure', text: '5.2%' }]);
  });
  test('"| Nvidia | 1994 | USA |": the row is Nvidia\'s, not the country\'s in another cell', () => {
    const text = 'Nvidia, dessen H100-Chips unter die US-Exportbeschränkungen fallen, wurde 1993 gegründet.\n\n| Unternehmen | gegründet | Sitz |\n|---|---|---|\n| DeepSeek | 2023 | Hangzhou |\n| Nvidia | 1994 | USA |\n';
    assert.deepEqual(findings(text), [
      { code: 'unsourced-figure', text: '1993' },
      { code: 'draft-inconsistency', text: '1994' },
    ]);
  });
});

describe('a relative clause at the end of a sentence', () => {
  test('"das 5,6-Millionen-Dollar-Modell, das die Chipaktien abstürzen ließ": the clause is about the model, not the sum (German and English)', () => {
    assert.deepEqual(findings('Ein Faden über DeepSeek, das 5,6-Millionen-Dollar-Modell, das die Chipaktien abstürzen ließ.'), []);
    assert.deepEqual(findings('A thread on DeepSeek, the $5.6 million model, which sent chip stocks tumbling.'), []);
  });
  test('"the $5.6m model that crushed chip stocks": without a comma, a clause after the figure\'s noun is about the noun; "the $78 million that OpenAI spent" says what the sum is', () => {
    assert.deepEqual(findings('A thread on DeepSeek, the $5.6m model that crushed chip stocks on Jan 27.'), []);
    assert.equal(readAs('A thread on DeepSeek, the $5.6m model that crushed chip stocks on Jan 27.', '$5.6m'), 'DeepSeek · 27 Jan: $5.6m');
    assert.equal(readAs("R1's training bill was $5.6 million, against $78 million that OpenAI spent on GPT-4o.", '$78 million'), 'OpenAI · cost: $78 million');
    // A clause with a subject of its own says whose the figure is: "the 20,000 chips that High-Flyer bought".
    assert.deepEqual(findings('Those 20,000 chips that High-Flyer bought in 2021 were A100s.').filter((f) => f.code === 'figure-mismatch'), [{ code: 'figure-mismatch', text: '20,000', fix: '50,000' }]);
  });
  test('"covers a training run, not the hardware DeepSeek owned": what a figure is not says nothing of what it is (German and English)', () => {
    assert.deepEqual(findings('Die 5,6 Millionen Dollar decken nur den Trainingslauf, nicht die Hardware von DeepSeek und nicht die Jahre bei High-Flyer.'), []);
    assert.deepEqual(findings('The $5.6 million covers a training run, not the hardware DeepSeek already owned, and not the years of work at High-Flyer that preceded it.'), []);
  });
  test('a day guessed from the piece\'s date prefers the source\'s fact of that day to the one of the day after', () => {
    const text = "Nvidia's worst day came on 27 January 2025.\n\n## Should we buy the dip?\n\nSelectively. Microsoft, which gained 3.75 percent on the day, looks less exposed than Nvidia, whose roughly $589 billion loss in market value shows how crowded the trade was.";
    const all = withSources(...readdirSync('test/eval/distractors').map(distractor));
    const fixes = (idx = index) => findings(text, idx).filter((f) => f.code === 'figure-mismatch');
    assert.deepEqual(fixes(), [{ code: 'figure-mismatch', text: '3.75 percent' }]);
    assert.deepEqual(fixes(all), [{ code: 'figure-mismatch', text: '3.75 percent' }]);
  });
});

describe('the day of a model', () => {
  test('"V3 vom November 2024", "V3 dropped in Dec 2024": a model\'s day right after its name is its release (German and English)', () => {
    assert.deepEqual(findings('Schon der Vorgänger V3 vom November 2024 hatte Fachleute beeindruckt.'), [{ code: 'date-mismatch', text: 'November 2024', fix: 'Dezember 2024' }]);
    assert.deepEqual(findings('The timeline is wild. V3 dropped in Dec 2024.'), []);
    assert.equal(readAs('The timeline is wild. V3 dropped in Dec 2024.', 'Dec 2024'), 'V3 · release: Dec 2024');
  });
  test('German: a list\'s label „V3: Dez. 2023“ and an item „das Modell V3 im Dezember 2023“ date its release', () => {
    assert.deepEqual(findings('- Gründung DeepSeek: Juli 2023\n- V3: Dez. 2023\n- R1: 20. Januar 2025\n'), [{ code: 'date-mismatch', text: 'Dez. 2023', fix: 'Dez. 2024' }]);
    assert.deepEqual(findings('Die Eckdaten: High-Flyer 2015, DeepSeek im Juli 2023, das Modell V3 im Dezember 2023 und R1 am 20. Januar 2025.'), [{ code: 'date-mismatch', text: 'Dezember 2023', fix: 'Dezember 2024' }]);
    assert.deepEqual(findings('Die Eckdaten: High-Flyer 2015, DeepSeek im Juli 2023, das V3-Modell im Dezember 2024 und R1 am 20. Januar 2025.'), []);
  });
  test('English: a list\'s label "V3: December 2023" and an item "the V3 model in December 2023" date its release', () => {
    assert.deepEqual(findings('- V3: December 2023\n- R1: 20 January 2025\n'), [{ code: 'date-mismatch', text: 'December 2023', fix: 'December 2024' }]);
    assert.deepEqual(findings('The milestones: High-Flyer in 2015, DeepSeek in July 2023, the V3 model in December 2023 and R1 on 20 January 2025.'), [{ code: 'date-mismatch', text: 'December 2023', fix: 'December 2024' }]);
  });
  test('a model named as what a day\'s event was about is not dated by "on" (German and English)', () => {
    assert.deepEqual(findings('Wall Street panicked over R1 on 27 January 2025.'), []);
    assert.deepEqual(findings('Die Börse geriet wegen R1 am 27. Januar in Panik.'), []);
  });
  test('German: a sentence that goes on past "R1 am 27. Januar 2025" tells of that day, not of R1\'s release', () => {
    assert.deepEqual(findings('R1 am 27. Januar 2025 war ein Schock für die Anleger.'), []);
    assert.deepEqual(findings('Die Anleger waren verunsichert, und R1 am 27. Januar 2025 wurde zum Thema des Tages.'), []);
    assert.deepEqual(findings('- App-Ausfall, und R1 am 28. Januar 2025 war stundenlang offline').filter((f) => f.code === 'date-mismatch'), []);
    assert.deepEqual(findings('Die Eckdaten: DeepSeek im Juli 2023, das Modell V3 im Dezember 2023 und R1 am 20. Januar 2025.'), [{ code: 'date-mismatch', text: 'Dezember 2023', fix: 'Dezember 2024' }]);
  });
  test('English: a sentence that goes on past "R1 on 27 January 2025" tells of that day, not of R1\'s release', () => {
    assert.deepEqual(findings('R1 on 27 January 2025 was a shock to investors.'), []);
    assert.deepEqual(findings('Investors were rattled, and R1 on 27 January 2025 became the story of the day.'), []);
    assert.deepEqual(findings('- App outage, and R1 on 28 January 2025 was offline for hours').filter((f) => f.code === 'date-mismatch'), []);
    assert.deepEqual(findings('The milestones: DeepSeek in July 2023, the V3 model in December 2023 and R1 on 20 January 2025.'), [{ code: 'date-mismatch', text: 'December 2023', fix: 'December 2024' }]);
  });
  test('a day after the name that a sentence tells of otherwise keeps its own reading ("am 20. Januar, mit R1" after "Durchbruch")', () => {
    assert.deepEqual(findings('Den weltweiten Durchbruch schaffte die Firma aber erst einen Monat später, am 20. Januar, mit R1.').filter((f) => f.text === '20. Januar'), []);
  });
});

describe('names other articles seem to hold', () => {
  test('"schwache Renditen Anleger" lends no surname "Anleger" where other articles write "die Anleger": "Anlegern", "Ableger" are no misspellings of it', () => {
    const wider = withSources(...readdirSync('test/eval/distractors').map(distractor));
    assert.deepEqual(wider.names.entries.filter((e) => e.aliases.includes('Anleger')), []);
    assert.deepEqual(findings('Viele Anlegern fürchten den Ableger aus China.', wider).filter((f) => f.code === 'name-spelling'), []);
  });
  test('"der dritte Versuch Nvidias" is no name: Nvidia\'s figures stay Nvidia\'s', () => {
    const wider = withSources(distractor('2025-04-16_nvidia-h20-exportregel.md'));
    assert.deepEqual(wider.names.entries.filter((e) => /Nvidias/.test([e.canonical, ...e.aliases].join())).map((e) => e.canonical), []);
  });
  test('"S&P 500" is one name, not "P 500"', () => {
    const wider = withSources(distractor('2025-01-24_wall-street-friday.txt'));
    assert.deepEqual(wider.names.entries.filter((e) => /P 500/.test(e.canonical)).map((e) => e.canonical), ['S&P 500']);
  });
});

describe('the year a span starts from', () => {
  test('"das erste Treffen dieser Art seit 2018" dates no meeting: "traf Xi Jinping im Jahr 2025" is not contradicted (German and English)', () => {
    const de = extraSource('xi.txt', 'Liang Wenfeng bei Xi Jinping\n\nVor gut vier Wochen kannte ihn kaum jemand. Xi Jinping empfing am Montag Unternehmer im Großen Saal des Volkes, unter ihnen Alibaba-Gründer Jack Ma und DeepSeek-Chef Liang Wenfeng.\n\nEs war das erste Treffen dieser Art seit 2018.\n');
    const en = extraSource('xi-en.txt', 'Liang Wenfeng meets Xi Jinping\n\nFour weeks ago hardly anyone knew him. On Monday Xi Jinping received entrepreneurs in the Great Hall of the People, among them Alibaba founder Jack Ma and DeepSeek chief Liang Wenfeng.\n\nIt was the first meeting of its kind since 2018.\n');
    const drafts: Array<[typeof de, string]> = [[de, 'Liang Wenfeng traf Xi Jinping im Jahr 2025.'], [en, 'Liang Wenfeng met Xi Jinping in 2025.'], [en, '# Board meeting, Q1 2025: what DeepSeek means for our AI exposure\n']];
    for (const [source, text] of drafts) assertUnchangedBy(source, text, [{ code: 'unsourced-figure', text: '2025' }]);
  });
});

describe('a sum that leaves out its currency', () => {
  test('"OpenAI hat für GPT-4o 78 Millionen ausgegeben" after "5,6 Millionen Dollar" is in dollars (German and English)', () => {
    const before = 'Das Training soll gerade einmal 5,6 Millionen Dollar gekostet haben. ';
    assert.deepEqual(findings(`${before}OpenAI hat für GPT-4o 78 Millionen ausgegeben.`), []);
    assert.deepEqual(findings(`${before}OpenAI hat für GPT-4o 87 Millionen ausgegeben.`), [{ code: 'figure-mismatch', text: '87 Millionen', fix: '78 Millionen' }]);
    assert.deepEqual(findings('Training R1 cost just $5.6 million. OpenAI spent 78 million on GPT-4o.'), []);
  });
  test('"wandte … 78 Millionen auf, knapp das Vierzehnfache": the particle ends the figure\'s clause, not the sentence', () => {
    assert.deepEqual(findings('Das Training von R1 kostete 5,6 Millionen Dollar. OpenAI wandte für GPT-4o 78 Millionen auf, knapp das Vierzehnfache.'), []);
  });
});

describe('what other articles say of other things', () => {
  const all = () => withSources(...readdirSync('test/eval/distractors').map(distractor));
  test('"Broadcom added 2.5 percent" (no word for what) is no other value of a fund\'s weight in Broadcom', () => {
    const text = 'The fund holds Broadcom at a weight of 1.3% and Nvidia at 4.1%.';
    const broadcom = (idx = index) => findings(text, idx).filter((f) => f.text === '1.3%');
    assert.deepEqual(broadcom(), [{ code: 'unsourced-figure', text: '1.3%' }]);
    assert.deepEqual(broadcom(all()), [{ code: 'unsourced-figure', text: '1.3%' }]);
  });
  test('a writer\'s bound is near what it bounds, within twice or half of it: "more than a third" is not borne out by 80 percent, "less than a tenth" not by 1.6 percent', () => {
    const [third] = extractFigures('more than a third of the models', { language: 'en', isSource: false });
    const [tenth] = extractFigures('weniger als ein Zehntel', { language: 'de', isSource: false });
    const [source80] = extractFigures('80 percent', { language: 'en', isSource: true });
    const [source36] = extractFigures('36 Prozent', { language: 'de', isSource: true });
    const [source16] = extractFigures('1,6 Prozent', { language: 'de', isSource: true });
    assert.equal(compareFigures(third, source80), 'differs');
    assert.equal(compareFigures(third, source36), 'agrees');
    assert.notEqual(compareFigures(tenth, source16), 'agrees');
  });
});

describe('a value whose subject another article only guesses', () => {
  const quarterDe = extraSource('quartal.txt', 'Nvidia legt Quartalszahlen vor\n\nDer Chipkonzern Nvidia hat am 26. Februar 2025 Zahlen vorgelegt. Der Umsatz stieg um 78 Prozent auf 39,3 Milliarden Dollar.\n\nDas Rechenzentrumsgeschäft trug 35,6 Milliarden Dollar bei, ein Plus von 93 Prozent. Mit Blackwell erzielte Nvidia bereits 11 Milliarden Dollar Umsatz.\n');
  const quarterEn = extraSource('quarter.txt', 'Nvidia reports its quarter\n\nThe chipmaker Nvidia reported results on February 26, 2025. Revenue rose 78 percent to $39.3 billion.\n\nThe data-centre business contributed $35.6 billion, up 93 percent. Blackwell already brought Nvidia $11 billion in sales.\n');
  test('"Das Rechenzentrumsgeschäft trug 35,6 Milliarden Dollar bei" after a paragraph on Nvidia is no other value of Nvidia\'s loss in market value (German and English)', () => {
    assertUnchangedBy(quarterDe, 'Nvidia verlor knapp 59 Milliarden Dollar an Börsenwert.', [{ code: 'unsourced-figure', text: '59 Milliarden Dollar' }]);
    assertUnchangedBy(quarterEn, 'Nvidia lost almost $59 billion in market value.', [{ code: 'unsourced-figure', text: '$59 billion' }]);
  });
  test('what the article states of Nvidia by name still contradicts a wrong value', () => {
    const text = 'Der Umsatz von Nvidia stieg um 78 Prozent auf 38 Milliarden Dollar.';
    assert.deepEqual(findings(text, withSources(quarterDe)).filter((f) => f.code !== 'unsourced-figure'), [{ code: 'figure-mismatch', text: '38 Milliarden Dollar', fix: '39,3 Milliarden Dollar' }]);
  });
});

describe('derived values and the draft against itself', () => {
  test('a figure recalled by what it measures with a slip of scale contradicts the earlier one: "Ein Modell mit 671 Millionen Parametern"', () => {
    const found = findings('R1 hat 671 Milliarden Parameter. Weiter unten im Text: Ein Modell mit 671 Millionen Parametern schlug damals alle.');
    assert.deepEqual(found.filter((f) => f.code === 'draft-inconsistency'), [{ code: 'draft-inconsistency', text: '671 Millionen' }]);
  });
  test('"halb so viel", "half as much" are multiples, checked as such (German and English)', () => {
    assert.deepEqual(findings('Das Training kostete 5,6 Millionen Dollar. OpenAI gab für GPT-4o 78 Millionen Dollar aus, also halb so viel.'), [{ code: 'figure-mismatch', text: 'halb' }]);
    assert.deepEqual(findings('Training R1 cost $5.6 million. OpenAI spent $78 million on GPT-4o, half as much.'), [{ code: 'figure-mismatch', text: 'half' }]);
  });
  test('"about 7 % of GPT-4o\'s $78 million" is a ratio of two sums, not a share of a whole', () => {
    assert.deepEqual(findings("R1's training cost $5.6 million, about 7 % of GPT-4o's $78 million."), []);
  });
  test('a table row the writer\'s possessive opens ("| GPUs in our own clusters (H100 equivalents) | 3,200 |") is the writer\'s, whatever chip it counts in', () => {
    const estimates = distractor('2025-02-20_ki-trainingskosten-schaetzungen.txt');
    assertUnchangedBy(estimates, '| Item | Figure |\n|---|---|\n| GPUs in our own clusters (H100 equivalents) | 3,200 |\n', [{ code: 'unsourced-figure', text: '3,200' }]);
    assertUnchangedBy(estimates, '| Posten | Zahl |\n|---|---|\n| GPUs in unseren eigenen Clustern (H100-Äquivalente) | 3.200 |\n', [{ code: 'unsourced-figure', text: '3.200' }]);
    // A name before the possessive is still whose the row is.
    assert.deepEqual(findings('| Item | Figure |\n|---|---|\n| Nvidia share price, our estimate | -17.82% |\n').filter((f) => f.code !== 'unsourced-figure'), [{ code: 'figure-mismatch', text: '-17.82%', fix: '-7.82%' }]);
  });
  test('the writer\'s own budget ("we set aside $42 million", "Wir haben 42 Millionen Dollar zurückgelegt") is no other value of the story\'s company\'s cost', () => {
    assert.deepEqual(findings('DeepSeek trained R1 for $5.6 million. Our own budget: we set aside $42 million for compute this year.'), [{ code: 'unsourced-figure', text: '$42 million' }]);
    assert.deepEqual(findings('DeepSeek trainierte R1 für 5,6 Millionen Dollar. Unser eigenes Budget: Wir haben 42 Millionen Dollar für Rechenleistung zurückgelegt.'), [{ code: 'unsourced-figure', text: '42 Millionen Dollar' }]);
  });
});

describe('a bound of nothing in particular', () => {
  test('"einem Abschlag von bis zu zehn Prozent" bears out no fund weight of 4.1 % (German and English), only its own value', () => {
    const de = extraSource('hynix.txt', 'Chipwerte weltweit\n\nDer koreanische Speicherhersteller SK Hynix, Nvidias wichtigster Lieferant für HBM-Speicher, ist an der Börse in Seoul erst am 31. Januar wieder handelbar; Analysten rechnen dann mit einem Abschlag von bis zu zehn Prozent.\n');
    const en = extraSource('hynix-en.txt', 'Chip stocks worldwide\n\nThe Korean memory maker SK Hynix, Nvidia\'s main supplier of HBM memory, will not trade in Seoul until January 31; analysts then expect a drop of up to ten percent.\n');
    assertUnchangedBy(de, '| Name | Fondsgewicht |\n|---|---|\n| Nvidia | 4,1 % |\n', [{ code: 'unsourced-figure', text: '4,1 %' }]);
    assertUnchangedBy(en, 'The fund holds Nvidia at a weight of 4.1%.', [{ code: 'unsourced-figure', text: '4.1%' }]);
    assert.deepEqual(findings('Analysts expect SK Hynix to drop up to ten percent.', withSources(en)), []);
  });
});

describe('ordinary news prose the new readings must leave alone', () => {
  test('a source whose sum leaves out its currency and is part of a ratio is indexed (no crash); the currency stops at the paragraph', () => {
    const extra = extraSource('ratio.md', '# OpenAI-Kosten\n\nOpenAI gab 100 Millionen Dollar für GPT-4o aus. Rund 40 Prozent der 78 Millionen kostete das Training.\n');
    assert.doesNotThrow(() => withSources(extra));
    const text = 'Das Training kostete 5,6 Millionen Dollar.\n\nOpenAI hat für GPT-4o 78 Millionen ausgegeben.';
    assert.equal(analyzeDraft(text, index).figures.find((f) => f.figure.text === '78 Millionen')!.fact.figure.kind, 'count');
  });
  test('"wie wir berichteten", "as we reported" report the story\'s figure, not the writer\'s own (German and English)', () => {
    const codes = (text: string) => findings(text).map(({ code, text: t }) => ({ code, text: t }));
    assert.deepEqual(codes('Nvidia stand am Montag im Fokus. Wie wir berichteten, brach die Aktie um 17 Prozent ein.').filter((f) => f.text === '17 Prozent'), [{ code: 'figure-mismatch', text: '17 Prozent' }]);
    assert.deepEqual(codes('Nvidia was in focus on Monday. As we reported, the stock fell 17 percent that day.').filter((f) => f.text === '17 percent'), [{ code: 'figure-mismatch', text: '17 percent' }]);
  });
  test('"25% of Microsoft\'s revenue" is a share of a whole, not a ratio of two values', () => {
    assert.equal(analyzeDraft("Azure brought in 25% of Microsoft's revenue.", index).figures[0].figure.kind, 'percent');
  });
  test('a decimal comma ends no clause: "brach um 7,82 Prozent auf 118,42 Dollar ein" is a fall', () => {
    assert.equal(readAs('Die Nvidia-Aktie brach um 7,82 Prozent auf 118,42 Dollar ein.', '7,82 Prozent', 'de'), 'Nvidia · Aktienkurs: −7,82 Prozent');
  });
  test('a list of genitives or hyphenated names is still one list: "Nvidias, Microsofts und Broadcoms Aktien", "Nvidia-, Microsoft- und Broadcom-Aktien"', () => {
    for (const names of ['Nvidias, Microsofts und Broadcoms Aktien', 'Die Nvidia-, Microsoft- und Broadcom-Aktien']) {
      const figures = analyzeDraft(`${names} fielen um 7,82, 3,75 und 6,58 Prozent.`, index).figures;
      assert.deepEqual(figures.map((f) => f.fact.primary), [['Nvidia'], ['Microsoft'], ['Broadcom']], names);
    }
  });
  test('"twice that month", "halb so wild", "half as bad" are no multiples; "doppelt so teuer" is one', () => {
    const words = (text: string, language: 'de' | 'en') => extractFigures(text, { language, isSource: false }).map((f) => f.text);
    assert.deepEqual(words('The app topped the charts twice that month.', 'en'), []);
    assert.deepEqual(words('Das ist halb so wild, und half as bad.', 'de'), []);
    assert.deepEqual(words('Der neue Rechner war doppelt so teuer wie der alte.', 'de'), ['doppelt']);
  });
  test('the full stop after a short month name ends the sentence: "am 3. Mai.", "on 4 June."', () => {
    assert.deepEqual(extractFigures('Das war am 3. Mai. Dann kam der Juni.', { language: 'de', isSource: false }).map((f) => f.text), ['3. Mai']);
    assert.deepEqual(extractFigures('That was on 4 June. Then came July.', { language: 'en', isSource: false }).map((f) => f.text), ['4 June']);
  });
});

describe('a founder is who someone is, not a founding', () => {
  test('"Liang Wenfeng, Gründer des KI-Start-ups DeepSeek, gehörte am 17. Februar 2025 zu …" dates no founding (German and English)', () => {
    const de = extraSource('xi.txt', 'Liang Wenfeng bei Xi Jinping\n\nAm Montag saß er im Großen Saal des Volkes: Liang Wenfeng, Gründer des KI-Start-ups DeepSeek, gehörte am 17. Februar 2025 zu den Unternehmern, mit denen Xi Jinping sprach.\n');
    const en = extraSource('xi-en.txt', 'Liang Wenfeng meets Xi Jinping\n\nLiang Wenfeng, the founder of DeepSeek, was among the entrepreneurs Xi Jinping met on February 17, 2025.\n');
    assertUnchangedBy(de, 'Liang Wenfeng gründete DeepSeek im Mai 2023.', [{ code: 'date-mismatch', text: 'Mai 2023', fix: 'Juli 2023' }]);
    assertUnchangedBy(en, 'Liang Wenfeng set up DeepSeek in May 2023.', [{ code: 'date-mismatch', text: 'May 2023', fix: 'July 2023' }]);
    // The act beside the role still dates the founding.
    assertUnchangedBy(en, 'DeepSeek-Gründer Liang Wenfeng gründete das Start-up im Mai 2023.', [{ code: 'date-mismatch', text: 'Mai 2023', fix: 'Juli 2023' }]);
  });
});

describe('an age said with a bare number is the person\'s', () => {
  test('"He is 40." two sentences after the name: the hover shows the source\'s age; "He is 41." contradicts it', () => {
    const text = 'Its founder is Liang Wenfeng. He trained as a computer engineer. He is 40.';
    assert.match(hoverAt(analyzeDraft(text, index), index, text.lastIndexOf('40'))!.markdown, /der \*\*40-jährige\*\* Informatikingenieur/);
    assert.deepEqual(findings(text.replace('He is 40', 'He is 41')), [{ code: 'figure-mismatch', text: '41', fix: '40' }]);
  });
  test('"Er ist 40." in German, and "Liang Wenfeng, 40." closed by a full stop', () => {
    const text = 'Hinter DeepSeek steht Liang Wenfeng. Er kommt aus Guangdong. Er ist 40.';
    assert.match(hoverAt(analyzeDraft(text, index), index, text.lastIndexOf('40'))!.markdown, /der \*\*40-jährige\*\* Informatikingenieur/);
    assert.deepEqual(findings('Who is behind it? Liang Wenfeng, 42. Computer engineer from Guangdong.'), [{ code: 'figure-mismatch', text: '42', fix: '40' }]);
  });
  test('English: "Its founder, Liang Wenfeng, is 40 and a computer engineer": the clause going on after "and" keeps the age (w34a)', () => {
    const text = 'Its founder, Liang Wenfeng, is 40 and a computer engineer from Guangdong.';
    assert.deepEqual(findings(text), []);
    assert.match(hoverAt(analyzeDraft(text, index), index, text.indexOf('40'))!.markdown, /der \*\*40-jährige\*\* Informatikingenieur/);
    assert.deepEqual(findings(text.replace('is 40', 'is 42')), [{ code: 'figure-mismatch', text: '42', fix: '40' }]);
    // A figure after "and" lists values: no age.
    assert.deepEqual(analyzeDraft('Liang Wenfeng is 40 and 50 percent.', index).figures.map((f) => f.figure.kind), ['percent', 'percent']);
  });
  test('English: "Liang, a computer engineer from Guangdong, is 42.": an apposition between the person and "is" keeps the age', () => {
    const text = 'Liang, a computer engineer from Guangdong, is 40.';
    assert.match(hoverAt(analyzeDraft(text, index), index, text.indexOf('40'))!.markdown, /der \*\*40-jährige\*\* Informatikingenieur/);
    assert.deepEqual(findings(text.replace('is 40', 'is 42')), [{ code: 'figure-mismatch', text: '42', fix: '40' }]);
    assert.deepEqual(findings('Liang Wenfeng, the founder of DeepSeek, is 41 and a computer engineer.'), [{ code: 'figure-mismatch', text: '41', fix: '40' }]);
    // Only after a person: a company with an apposition has no age.
    assert.deepEqual(analyzeDraft('Nvidia, the chip maker, was 40 at the close.', index).figures.filter((f) => f.figure.kind === 'age'), []);
  });
  test('German: „Liang, ein Informatikingenieur aus Guangdong, ist 42.“ and „Liang Wenfeng, der Gründer von DeepSeek, ist 41 und …“', () => {
    const text = '---\nlang: de\n---\n\nLiang, ein Informatikingenieur aus Guangdong, ist 40.';
    assert.match(hoverAt(analyzeDraft(text, index), index, text.lastIndexOf('40'))!.markdown, /der \*\*40-jährige\*\* Informatikingenieur/);
    assert.deepEqual(findings(text.replace('ist 40', 'ist 42')), [{ code: 'figure-mismatch', text: '42', fix: '40' }]);
    assert.deepEqual(findings('---\nlang: de\n---\n\nLiang Wenfeng, der Gründer von DeepSeek, ist 41 und stammt aus Guangdong.'), [{ code: 'figure-mismatch', text: '41', fix: '40' }]);
    assert.deepEqual(analyzeDraft('---\nlang: de\n---\n\nNvidia, der Chipkonzern, war 40 Punkte im Minus.', index).figures.filter((f) => f.figure.kind === 'age'), []);
  });
  test('a thing that "was 26 and …" has no age: only a person goes on after "and"/"und" (rev34)', () => {
    const kinds = (text: string) => analyzeDraft(text, index).figures.map((f) => f.figure.kind);
    assert.deepEqual(kinds('Revenue was 26 and margins held.'), ['count']);
    assert.deepEqual(kinds('Accuracy was 79 and rising.'), ['count']);
    assert.deepEqual(kinds('---\nlang: de\n---\n\nUmsatz war 60 und stieg.'), ['count']);
    assert.deepEqual(kinds('He is 40 and a computer engineer.'), ['age']);
    assert.deepEqual(kinds('---\nlang: de\n---\n\nEr ist 40 und stammt aus Guangdong.'), ['age']);
  });
  test('German: „Liang Wenfeng ist 40 und stammt aus Guangdong“ (w34a)', () => {
    const text = '---\nlang: de\n---\n\nLiang Wenfeng ist 40 und stammt aus Guangdong.';
    assert.deepEqual(findings(text), []);
    assert.match(hoverAt(analyzeDraft(text, index), index, text.indexOf('40'))!.markdown, /der \*\*40-jährige\*\* Informatikingenieur/);
    assert.deepEqual(findings(text.replace('ist 40', 'ist 42')), [{ code: 'figure-mismatch', text: '42', fix: '40' }]);
  });
});

describe('an age of another year', () => {
  // An article of May 2024 gives the founder's age then: it is no value of his age in a piece about January 2025, so a
  // wrong age there keeps the bundled article's fix, not last year's age.
  const english = extraSource('2024-05-07_v2.txt', 'DeepSeek unveils V2\n\nOn May 6, 2024, DeepSeek released its V2 model. Founder Liang Wenfeng, then 39 years old, rarely gives interviews.\n');
  const german = extraSource('2024-05-07_v2-de.txt', 'DeepSeek stellt V2 vor\n\nDas Start-up DeepSeek hat am 6. Mai 2024 sein Modell V2 veröffentlicht. Gründer Liang Wenfeng, damals 39 Jahre alt, gibt selten Interviews.\n');
  test('English: "42 years old" in a piece about 27 January 2025 is still fixed to 40, not to the 39 of May 2024', () => {
    assertUnchangedBy(english, 'On 27 January 2025 Nvidia fell 7.82 percent.\n\nA profile called Liang Wenfeng 42 years old.', [{ code: 'figure-mismatch', text: '42 years old', fix: '40 years old' }]);
  });
  test('German: „42 Jahre alt“ in einem Stück über den 27. Januar 2025 wird weiter zu 40, nicht zu den 39 vom Mai 2024', () => {
    assertUnchangedBy(german, 'Am 27. Januar 2025 verlor Nvidia 7,82 Prozent.\n\nSein Partner sagt, Liang Wenfeng sei 42 Jahre alt.', [{ code: 'figure-mismatch', text: '42 Jahre', fix: '40 Jahre' }]);
  });
  test('an age no year between can account for is still wrong, against the other year\'s age alone: "der 55-jährige Liang", "the 55-year-old Liang"', () => {
    for (const [extra, text] of [[german, 'Am 27. Januar 2025 verlor Nvidia 7,82 Prozent.\n\nDer 55-jährige Liang Wenfeng leitet DeepSeek.'], [english, 'On 27 January 2025 Nvidia fell 7.82 percent.\n\nThe 55-year-old Liang Wenfeng leads DeepSeek.']] as const) {
      assert.deepEqual(findings(text, buildSourceIndex([extra])).filter((f) => f.code === 'figure-mismatch').map((f) => f.text), [text.includes('55-jährige') ? '55-jährige' : '55-year-old']);
    }
  });
});

describe('an age of a time gone by that no sentence dates', () => {
  // „Liang war damals 30 Jahre alt“ after „Zwei Jahre später folgte High-Flyer“: the age of a year only the sentences
  // before tell, and no value of his age in a piece about January 2025: neither the fix of a wrong age nor a backing.
  const german = extraSource('2025-02-18_liang-werdegang.txt', 'Liang Wenfeng bei Xi Jinping\n\nPeking, 18.02.2025 – Liang Wenfeng traf am 17. Februar 2025 Xi Jinping. 2013 gründete Liang die Firma Yakebi. Zwei Jahre später folgte High-Flyer. Liang war damals 30 Jahre alt.\n');
  const english = extraSource('2025-02-18_liang-career.txt', 'Liang Wenfeng meets Xi Jinping\n\nBeijing, February 18, 2025 – Liang Wenfeng met Xi Jinping on February 17, 2025. In 2013 Liang set up the firm Yakebi. Two years later came High-Flyer. Liang Wenfeng was then 30 years old.\n');
  test('German: „45 Jahre alt“ is still fixed to the 40 of January 2025, not to the 30 „damals“', () => {
    assertUnchangedBy(german, 'Am 27. Januar 2025 verlor Nvidia 7,82 Prozent.\n\nLiang Wenfeng ist 45 Jahre alt.', [{ code: 'figure-mismatch', text: '45 Jahre', fix: '40 Jahre' }]);
  });
  test('English: "45 years old" is still fixed to the 40 of January 2025, not to the 30 "then"', () => {
    assertUnchangedBy(english, 'On 27 January 2025 Nvidia fell 7.82 percent.\n\nLiang Wenfeng is 45 years old.', [{ code: 'figure-mismatch', text: '45 years old', fix: '40 years old' }]);
  });
  test('a true age of now beside it stays quiet and keeps its hover: „Liang Wenfeng ist heute 40“, "Liang Wenfeng is 40 now"', () => {
    assertUnchangedBy(german, 'Am 27. Januar 2025 verlor Nvidia 7,82 Prozent.\n\nLiang Wenfeng ist heute 40 Jahre alt.', []);
    assertUnchangedBy(english, 'On 27 January 2025 Nvidia fell 7.82 percent.\n\nLiang Wenfeng is 40 years old now.', []);
  });
  test('a draft\'s own „damals“ is no age of now: „Damals war er 30 Jahre alt, heute ist er 40“, "Back then he was 30, and today he is 40"', () => {
    const warnings = (text: string, idx = index) => findings(text, idx).filter((f) => f.code !== 'unsourced-figure');
    for (const text of ['Am 27. Januar 2025 verlor Nvidia 7,82 Prozent.\n\nLiang Wenfeng gründete High-Flyer. Damals war er 30 Jahre alt, heute ist er 40.', 'On 27 January 2025 Nvidia fell 7.82 percent.\n\nLiang Wenfeng founded High-Flyer. Back then he was 30, and today he is 40.']) {
      assert.deepEqual(warnings(text), []);
      assert.deepEqual(warnings(text, withSources(german, english)), []);
    }
  });
  test('the age of now in the same sentence is still read: „Heute ist er 42 Jahre alt, damals war er 30“, "Today he is 42; back then he was 30"', () => {
    const wrong = (text: string) => findings(text, withSources(german, english)).filter((f) => f.code === 'figure-mismatch').map((f) => [f.text, f.fix]);
    assert.deepEqual(wrong('Am 27. Januar 2025 verlor Nvidia 7,82 Prozent.\n\nLiang Wenfeng gründete High-Flyer. Heute ist er 42 Jahre alt, damals war er 30.'), [['42 Jahre', '40 Jahre']]);
    assert.deepEqual(wrong('On 27 January 2025 Nvidia fell 7.82 percent.\n\nLiang Wenfeng founded High-Flyer. Today he is 42; back then he was 30.'), [['42', '40']]);
  });
  test('an age of then older than the age of now is still wrong: „Der Gründer, damals 41, kaufte Chips“, "The founder, then aged 41, bought chips"', () => {
    const wrong = (text: string) => findings(text).filter((f) => f.code === 'figure-mismatch').map((f) => f.text);
    assert.deepEqual(wrong('Am 27. Januar 2025 verlor Nvidia 7,82 Prozent.\n\nLiang Wenfeng, damals 41 Jahre alt, kaufte Chips.'), ['41 Jahre']);
    assert.deepEqual(wrong('On 27 January 2025 Nvidia fell 7.82 percent.\n\nLiang Wenfeng, then aged 41, bought chips.'), ['41']);
  });
  test('an age its sentence dates is still counted to the piece\'s year: „Als Liang 2015 High-Flyer gründete, war er damals 20“, "In 2015, when he founded High-Flyer, he was then 20"', () => {
    const wrong = (text: string) => findings(text).filter((f) => f.code === 'figure-mismatch').map((f) => f.text);
    assert.deepEqual(wrong('Am 27. Januar 2025 verlor Nvidia 7,82 Prozent.\n\nAls Liang Wenfeng 2015 High-Flyer gründete, war er damals 20 Jahre alt.'), ['20 Jahre']);
    assert.deepEqual(wrong('On 27 January 2025 Nvidia fell 7.82 percent.\n\nWhen Liang Wenfeng founded High-Flyer in 2015, he was then 20 years old.'), ['20 years old']);
  });
});

describe('an age a source dates, as the fix of an age of now', () => {
  // „nahm er 2002, mit 17 Jahren, sein Studium auf“: 17 in 2002 is 40 in January 2025; a fix to „17 Jahre“ would be wrong.
  const german = extraSource('2025-02-18_liang-studium.txt', 'Liang Wenfeng bei Xi Jinping\n\nPeking, 18.02.2025 – Liang Wenfeng traf am 17. Februar 2025 Xi Jinping. In Zhanjiang aufgewachsen, nahm er 2002, mit 17 Jahren, sein Studium der Elektronik auf.\n');
  const english = extraSource('2025-02-18_liang-studies.txt', 'Liang Wenfeng meets Xi Jinping\n\nBeijing, February 18, 2025 – Liang Wenfeng met Xi Jinping on February 17, 2025. He grew up in Zhanjiang and in 2002, at the age of 17, began studying electronics at Zhejiang University.\n');
  const ages = (text: string, extra: ReturnType<typeof extraSource>) => findings(text, buildSourceIndex([extra])).filter((f) => f.code !== 'unsourced-figure');
  test('German: „Liang Wenfeng ist 45 Jahre alt“ is fixed to 40 Jahre, not to the 17 of 2002', () => {
    assert.deepEqual(ages('Am 27. Januar 2025 verlor Nvidia 7,82 Prozent.\n\nLiang Wenfeng ist 45 Jahre alt.', german), [{ code: 'figure-mismatch', text: '45 Jahre', fix: '40 Jahre' }]);
  });
  test('English: "Liang Wenfeng is 45 years old" is fixed to 40 years old, not to the 17 of 2002', () => {
    assert.deepEqual(ages('On 27 January 2025 Nvidia fell 7.82 percent.\n\nLiang Wenfeng is 45 years old.', english), [{ code: 'figure-mismatch', text: '45 years old', fix: '40 years old' }]);
  });
  test('the true age of now stays quiet: „Liang Wenfeng ist 40 Jahre alt“, "the 40-year-old Liang Wenfeng"', () => {
    assert.deepEqual(ages('Am 27. Januar 2025 verlor Nvidia 7,82 Prozent.\n\nLiang Wenfeng ist 40 Jahre alt.', german), []);
    assert.deepEqual(ages('On 27 January 2025 Nvidia fell 7.82 percent.\n\nThe 40-year-old Liang Wenfeng runs DeepSeek.', english), []);
  });
  test('an age the draft dates is counted to its own year: „Als er 2015 High-Flyer gründete, war Liang Wenfeng 25“ → 30', () => {
    assert.deepEqual(ages('Am 27. Januar 2025 verlor Nvidia 7,82 Prozent.\n\nAls Liang Wenfeng 2015 High-Flyer gründete, war er 25 Jahre alt.', german), [{ code: 'figure-mismatch', text: '25 Jahre', fix: '30 Jahre' }]);
    assert.deepEqual(ages('On 27 January 2025 Nvidia fell 7.82 percent.\n\nWhen Liang Wenfeng founded High-Flyer in 2015, he was 25 years old.', english), [{ code: 'figure-mismatch', text: '25 years old', fix: '30 years old' }]);
  });
});

describe('the draft against itself does not depend on which sources date the draft\'s own day', () => {
  // A sum stated for no day is read as of the day the piece is about; an article of that day among the sources must not
  // make it another day's than the sum the draft stated a paragraph before.
  test('German: "Sendung: 3. Februar 2025" … 589 Milliarden am 27. Januar … 500 Milliarden "an einem einzigen Tag", with or without an article of 3 February', () => {
    const extra = extraSource('2025-02-03_chipwerte.txt', 'Chipwerte erholen sich\n\nAm 3. Februar 2025 stieg die Nvidia-Aktie um 2,8 Prozent. Am 3. Februar 2025 legte auch Broadcom zu.\n');
    const text = 'Sendung: 3. Februar 2025\n\nAm 27. Januar lösten sich bei Nvidia 589 Milliarden Dollar Börsenwert auf.\n\nNvidia verlor an einem einzigen Tag 500 Milliarden Dollar Börsenwert.\n';
    assertUnchangedBy(extra, text, [{ code: 'unsourced-figure', text: '3. Februar 2025' }, { code: 'unsourced-figure', text: '27. Januar' }, { code: 'unsourced-figure', text: '589 Milliarden Dollar' }, { code: 'draft-inconsistency', text: '500 Milliarden Dollar' }]);
  });
  test('English: "Newsletter, February 3, 2025" … $589 billion on January 27 … $500 billion "in a single day", with or without an article of February 3', () => {
    const extra = extraSource('2025-02-03_chips.txt', 'Chip stocks recover\n\nOn February 3, 2025, Nvidia shares rose 2.8 percent. Broadcom also gained on February 3, 2025.\n');
    const text = 'Newsletter, February 3, 2025\n\nOn January 27, Nvidia lost $589 billion in market value.\n\nNvidia lost $500 billion in market value in a single day.\n';
    assertUnchangedBy(extra, text, [{ code: 'unsourced-figure', text: 'February 3, 2025' }, { code: 'unsourced-figure', text: '$589 billion' }, { code: 'draft-inconsistency', text: '$500 billion' }]);
  });
});

describe('age and birth year are one fact seen two ways', () => {
  test('German: "40 Jahre alt" in a piece about January 2025, later "Der Jahrgang 1986 … mit seiner Firma": born 1984 or 1985', () => {
    const text = 'Am 27. Januar 2025 stürzte die Nvidia-Aktie ab.\n\n## Wer ist der Gründer?\n\nLiang Wenfeng ist 40 Jahre alt.\n\n## Zum Schluss\n\nUnterm Strich: Der Jahrgang 1986 brauchte mit seiner Firma gerade anderthalb Jahre bis zum Durchbruch.\n';
    const inconsistent = runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'draft-inconsistency');
    assert.deepEqual(inconsistent.map((f) => [text.slice(f.start, f.end), f.message, f.related[0].message]), [['1986', '1986 contradicts 40 Jahre earlier in this draft.', 'Earlier: Liang Wenfeng ist 40 Jahre alt.']]);
    assert.deepEqual(findings(text.replace('1986', '1985')).filter((f) => f.code === 'draft-inconsistency'), []);
  });
  test('English: "Liang Wenfeng, born in 1990" and later "the 40-year-old founder" of January 2025 disagree; "born in 1985" agrees', () => {
    const text = 'On January 27, 2025, Nvidia fell 17 percent. DeepSeek was founded by Liang Wenfeng, born in 1990.\n\nThe 40-year-old founder has been quiet since.\n';
    assert.deepEqual(findings(text).filter((f) => f.code === 'draft-inconsistency').map((f) => f.text), ['40-year-old']);
    assert.deepEqual(findings(text.replace('1990', '1985')).filter((f) => f.code === 'draft-inconsistency'), []);
  });
  test('someone else\'s birth year is no one\'s the draft dates: "Sein Vater wurde 1955 geboren", "His co-founder was born in 1990"; "The founder was born in 1990" is', () => {
    const inconsistent = (text: string) => findings(text).filter((f) => f.code === 'draft-inconsistency').map((f) => f.text);
    assert.deepEqual(inconsistent('Am 27. Januar 2025 war Liang Wenfeng 40 Jahre alt. Sein Vater wurde 1955 geboren.'), []);
    assert.deepEqual(inconsistent('On January 27, 2025, Liang Wenfeng was 40. His co-founder was born in 1990.'), []);
    assert.deepEqual(inconsistent('On January 27, 2025, Liang Wenfeng was 40. The founder was born in 1990.'), ['1990']);
  });
  test('an age is the person its sentence names, whoever else the paragraph carries into it: after an analyst\'s quotation, "ein Gründer Jahrgang 1982" is Liang\'s', () => {
    const inconsistent = (text: string) => findings(text).filter((f) => f.code === 'draft-inconsistency').map((f) => f.text);
    const german = 'Thomas Altmann, QC Partners: „Das ist die Angst vor dem Fall des US-Monopols.“\n\nDer Grund für die Angst heißt DeepSeek. Ihr Gründer ist Liang Wenfeng, 40 Jahre alt, Informatikingenieur aus der Provinz Guangdong.\n\n„Die Chinesen mussten effizienter arbeiten“, sagte der Forscher Dimitris Papailiopoulos.\n\nEine junge Firma, ein Gründer Jahrgang 1982 und ein Modell, das die Branche erschüttert.\n';
    const english = 'Analyst Thomas Altmann of QC Partners: "This is the fear of the fall of the US monopoly."\n\nThe reason for the fear is DeepSeek. Its founder is Liang Wenfeng, 40 years old, an engineer from Guangdong.\n\n"The Chinese had to work more efficiently," said the researcher Dimitris Papailiopoulos.\n\nA young company, a founder born in 1982 and a model that shook the industry.\n';
    assert.deepEqual(inconsistent(german), ['1982']);
    assert.deepEqual(inconsistent(english), ['1982']);
    assert.deepEqual(inconsistent(german.replace('1982', '1985')), []);
    assert.deepEqual(inconsistent(english.replace('1982', '1985')), []);
  });
  test('a birth year is the person\'s, named nearest, and dates nothing else: "der 1986 geborene Liang" is Liang\'s birth', () => {
    const f = analyzeDraft('Am 27. Januar 2025 gründete DeepSeek nichts. Der 1986 geborene Liang Wenfeng leitet die Firma.', index).figures.find((x) => x.figure.text === '1986')!;
    assert.deepEqual([f.fact.entities, f.fact.attributes], [['Liang Wenfeng'], ['birth']]);
  });
});

describe('a birth year dates nothing but the birth', () => {
  const inconsistent = (text: string) => findings(text).filter((f) => f.code === 'draft-inconsistency').map((f) => f.text);
  test('German: "Der 1985 geborene Gründer traf am 20. Januar 2025 Li Qiang": the meeting\'s day is no birth, and agrees with "40 Jahre alt"', () => {
    const text = 'Liang Wenfeng ist 40 Jahre alt.\n\nDer 1985 geborene Gründer traf am 20. Januar 2025 Premierminister Li Qiang.\n';
    assert.deepEqual(inconsistent(text), []);
    assert.equal(readAs(text, '20. Januar 2025', 'de'), 'Li Qiang · Treffen: 20. Januar 2025');
  });
  test('German: after "Liang Wenfeng, Jahrgang 1985, …" the next sentence is not of 1985: its 200 staff contradict the 160 of the end of 2024', () => {
    const text = 'Ende 2024 hatte DeepSeek 160 Mitarbeiter.\n\nLiang Wenfeng, Jahrgang 1985, leitet die Firma. DeepSeek beschäftigt 200 Mitarbeiter.\n';
    assert.deepEqual(inconsistent(text), ['200']);
    assert.equal(readAs(text, '200', 'de'), 'DeepSeek · Belegschaft: 200');
  });
  test('English: after "Liang Wenfeng, born in 1985, …" the next sentence is not of 1985: its 200 staff contradict the 160 of the end of 2024', () => {
    const text = 'At the end of 2024, DeepSeek had 160 employees.\n\nLiang Wenfeng, born in 1985, runs the company. DeepSeek employs 200 people.\n';
    assert.deepEqual(inconsistent(text), ['200']);
    assert.equal(readAs(text, '200'), 'DeepSeek · staff: 200');
  });
});

describe('a birth year said of a noun is that noun\'s person\'s', () => {
  const inconsistent = (text: string) => findings(text).filter((f) => f.code === 'draft-inconsistency').map((f) => f.text);
  test('German: "der 1990 geborene Gründer traf … Li Qiang" is the founder\'s birth, and contradicts his 40 years', () => {
    const text = 'Am 27. Januar 2025 fiel die Nvidia-Aktie. Liang Wenfeng ist 40 Jahre alt.\n\nAm 20. Januar traf der 1990 geborene Gründer Premierminister Li Qiang.\n';
    assert.deepEqual(inconsistent(text), ['1990']);
    assert.equal(readAs(text, '1990', 'de'), 'Liang Wenfeng · Geburt: 1990');
    assert.deepEqual(inconsistent(text.replace('1990', '1985')), []);
    // Someone else's: "Sein 1990 geborener Mitgründer".
    assert.deepEqual(inconsistent(text.replace('der 1990 geborene Gründer', 'sein 1990 geborener Mitgründer')), []);
  });
  test('English: "the founder, who was born in 1990, met Premier Li Qiang" is the founder\'s birth, and contradicts his 40 years', () => {
    const text = 'On January 27, 2025, Nvidia shares fell. Liang Wenfeng is 40 years old.\n\nOn January 20, the founder, who was born in 1990, met Premier Li Qiang.\n';
    assert.deepEqual(inconsistent(text), ['1990']);
    assert.equal(readAs(text, '1990'), 'Liang Wenfeng · birth: 1990');
    assert.deepEqual(inconsistent(text.replace('1990', '1985')), []);
    assert.deepEqual(inconsistent(text.replace('the founder, who was born in 1990,', 'his co-founder, born in 1990,')), []);
  });
});

describe('an age is counted from the year it is told of', () => {
  const inconsistent = (text: string) => findings(text).filter((f) => f.code === 'draft-inconsistency').map((f) => f.text);
  test('German: "Als er 2015 High-Flyer gründete, war er 30 Jahre alt" agrees with "1985 geboren" in a piece of 2025', () => {
    const text = 'Am 27. Januar 2025 fiel die Nvidia-Aktie. Liang Wenfeng wurde 1985 in Guangdong geboren.\n\nAls er 2015 den Hedgefonds High-Flyer gründete, war er 30 Jahre alt.\n';
    assert.deepEqual(inconsistent(text), []);
    assert.deepEqual(inconsistent(text.replace('1985', '1980')), ['30 Jahre']);
    // An age said as of now, in a sentence that names another year, is not of that year.
    assert.deepEqual(inconsistent('Am 27. Januar 2025 fiel die Nvidia-Aktie.\n\n- **Gründer:** Liang Wenfeng, 40, zuvor Mitgründer des Hedgefonds High-Flyer (2015)\n\nLiang Wenfeng, 1985 in der Provinz Guangdong geboren, meidet die Bühne.\n'), []);
  });
  test('English: "he was 30" when he co-founded High-Flyer in 2015, and "at the age of 38" in 2023, agree with "born in 1985"', () => {
    const text = 'On January 27, 2025, Nvidia shares fell. Liang Wenfeng was born in 1985 in Guangdong.\n\nWhen he co-founded the hedge fund High-Flyer in 2015, he was 30. He founded DeepSeek in 2023 at the age of 38.\n';
    assert.deepEqual(inconsistent(text), []);
    assert.deepEqual(inconsistent(text.replace('1985', '1980')), ['30', '38']);
    assert.deepEqual(inconsistent('On January 27, 2025, Nvidia shares fell.\n\n- **Founder:** Liang Wenfeng, 40, previously a co-founder of the hedge fund High-Flyer (2015)\n\nLiang Wenfeng, born in 1985 in Guangdong, avoids the stage.\n'), []);
  });
});

describe('an age the sources back is theirs as of their year, in a draft that names no day', () => {
  const inconsistent = (text: string) => findings(text).filter((f) => f.code === 'draft-inconsistency').map((f) => f.text);
  test('German: a newsletter\'s "Gründer Liang Wenfeng ist 40 Jahre alt" and "Liang Wenfeng wurde 1990 geboren" disagree; 1985 agrees', () => {
    const text = '> **Das Wichtigste**\n> - Gründer Liang Wenfeng ist 40 Jahre alt.\n\n## Der Gründer\n\nLiang Wenfeng wurde 1990 geboren. Er gründete 2015 den Hedgefonds High-Flyer.\n';
    assert.deepEqual(inconsistent(text), ['1990']);
    assert.deepEqual(inconsistent(text.replace('1990', '1985')), []);
  });
  test('English: a newsletter\'s "Founder Liang Wenfeng is 40 years old" and "Liang Wenfeng was born in 1990" disagree; 1985 agrees', () => {
    const text = '> **At a glance**\n> - Founder Liang Wenfeng is 40 years old.\n\n## The founder\n\nLiang Wenfeng was born in 1990. He co-founded the hedge fund High-Flyer in 2015.\n';
    assert.deepEqual(inconsistent(text), ['1990']);
    assert.deepEqual(inconsistent(text.replace('1990', '1985')), []);
  });
});

describe('a model\'s day: the day it broke through is the day it came out', () => {
  test('German: "seit dem 20. Januar auf dem Markt" is borne out by "Am 20. Januar gelang der Firma mit R1 der weltweite Durchbruch"; another day is wrong', () => {
    assert.deepEqual(findings('DeepSeek R1 ist seit dem 20. Januar auf dem Markt.'), []);
    assert.deepEqual(findings('DeepSeek R1 erschien am 21. Januar.'), [{ code: 'date-mismatch', text: '21. Januar', fix: '20. Januar' }]);
  });
  test('English: "was released on 20 January 2025" holds, "came out on 22 January 2025" is wrong', () => {
    assert.deepEqual(findings('DeepSeek R1 was released on 20 January 2025.'), []);
    assert.deepEqual(findings('DeepSeek R1 came out on 22 January 2025.'), [{ code: 'date-mismatch', text: '22 January 2025', fix: '20 January 2025' }]);
  });
  test('the day its maker made headlines is another event: no disagreement of the sources about the model\'s day', () => {
    assert.deepEqual(findings('Den Durchbruch brachte am 20. Januar das Modell R1.'), []);
    assert.deepEqual(findings('R1 made headlines on 20 January.'), []);
  });
  test('a date in a relative clause is about the phrase the clause follows, not the clause before it', () => {
    const text = 'R1 arrived 18 months after the founding, and more than eight months after GPT-4o, which OpenAI released in March 2024.';
    assert.equal(readAs(text, 'March 2024'), 'GPT-4o · release: March 2024');
    assert.deepEqual(findings(text).filter((f) => f.text === 'March 2024'), [{ code: 'unsourced-figure', text: 'March 2024' }]);
  });
});

describe('what a multiple after a figure compares it with', () => {
  test('German: "mit einer halben Billion Dollar fast 90.000-mal so groß wie die Trainingskosten von R1" is Stargate\'s sum, not a training cost', () => {
    const text = 'Stargate ist mit einer halben Billion Dollar fast 90.000-mal so groß wie die Trainingskosten von R1.';
    assert.equal(readAs(text, 'einer halben Billion Dollar', 'de'), 'Project Stargate: einer halben Billion Dollar');
    assert.deepEqual(findings(text).filter((f) => f.text.includes('Billion')), []);
  });
  test('English: "That\'s half a trillion dollars, ≈90,000x R1\'s training bill" after Stargate\'s $500B is borne out', () => {
    const text = 'The US answer is Project Stargate, a $500B push for AI infrastructure. That\'s half a trillion dollars, ≈90,000x R1\'s training bill, ≈640x what GPT-4o cost.';
    assert.deepEqual(findings(text).filter((f) => f.text.includes('trillion')), []);
    assert.equal(readAs(text, 'half a trillion dollars'), 'Project Stargate: half a trillion dollars');
  });
});

describe('a part of a whole told as a count', () => {
  // The source: "stammen inzwischen 36 Prozent der weltweit 1328 KI-Modelle aus der Volksrepublik" (≈ 478).
  const message = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
  test('German: "rund 480 der weltweit 1328 KI-Modelle" is the share, 36 %; "rund 700 der …" contradicts it', () => {
    assert.deepEqual(findings('Rund 480 der weltweit 1328 KI-Modelle stammen inzwischen aus China.'), []);
    assert.deepEqual(message('Rund 700 der weltweit 1328 KI-Modelle stammen inzwischen aus China.'), [['figure-mismatch', 'Rund 700', 'Rund 700 contradicts the source, which says 36 Prozent.']]);
  });
  test('English: "roughly 480 of the world\'s 1,328 AI models"; "roughly 900 of …" contradicts it', () => {
    assert.deepEqual(findings("Roughly 480 of the world's 1,328 AI models now come from China."), []);
    assert.deepEqual(message("Roughly 900 of the world's 1,328 AI models now come from China."), [['figure-mismatch', 'Roughly 900', 'Roughly 900 contradicts the source, which says 36 Prozent.']]);
  });
  test('"That\'s ~580 models" after China\'s 36 % of 1,328 is compared with China\'s part, not with the whole', () => {
    assert.deepEqual(findings("China now produces 36% of the world's 1,328 AI models. That's ~480 models."), []);
    assert.deepEqual(findings("China now produces 36% of the world's 1,328 AI models. That's ~580 models."), [{ code: 'figure-mismatch', text: '580', fix: '478' }]);
    assert.deepEqual(findings('China stellt inzwischen 36 Prozent der weltweit 1328 KI-Modelle, also rund 600 Modelle.'), [{ code: 'figure-mismatch', text: '600', fix: '478' }]);
    // The whole a share is of stays the whole: a wrong one is corrected to the source's whole.
    assert.deepEqual(findings("36% of the world's 1,238 AI models now come from China."), [{ code: 'figure-mismatch', text: '1,238', fix: '1,328' }]);
  });
});


describe('a first-person quotation is its speaker\'s, and "the company" is no hedge fund', () => {
  // The source: „Wir glauben fest daran, dass 99 Prozent des Erfolgs …“, beschreibt das Unternehmen, two paragraphs
  // after "den Hedgefonds High-Flyer" and one after "das Startup DeepSeek": DeepSeek's 99 percent, not China's 36.
  test('English: "…," the company writes, after the hedge fund High-Flyer — 89 percent is corrected to 99, not 36', () => {
    const text = 'DeepSeek was founded in July 2023. Liang Wenfeng founded the hedge fund High-Flyer in 2015.\n\n"We firmly believe that 89 percent of success comes from hard work", the company writes.';
    // A figure of a translated quotation that its own source sentence contradicts is the quotation's wording changed.
    assert.deepEqual(findings(text), [{ code: 'quote-mismatch', text: '89 percent', fix: '99 percent' }]);
    assert.deepEqual(findings(text.replace('89', '99')), []);
  });
  test('a person\'s "we" is what the person watched: "We saw the stock lose 9.5 percent," Matt Sheehan said is Nvidia\'s figure', () => {
    assert.deepEqual(findings('Nvidia shares crashed on January 27, 2025. "We saw the stock lose 9.5 percent in a day," Matt Sheehan said.'), [{ code: 'figure-mismatch', text: '9.5 percent', fix: '7.82 percent' }]);
  });
  test('German: "Die Firma sagt, 89 Prozent …" after den Hedgefonds High-Flyer — corrected to 99 Prozent', () => {
    const text = 'DeepSeek wurde im Juli 2023 gegründet. Liang Wenfeng gründete 2015 den Hedgefonds High-Flyer.\n\nDie Firma sagt, 89 Prozent des Erfolgs kämen aus harter Arbeit.';
    assert.deepEqual(findings(text), [{ code: 'figure-mismatch', text: '89 Prozent', fix: '99 Prozent' }]);
    assert.deepEqual(findings(text.replace('89', '99')), []);
  });
});

describe('an arrow or a chart emoji says which way a change went', () => {
  test('German bullets: "📈", "▲" before a fall are figure-mismatch; "📉", "▼" are true', () => {
    assert.deepEqual(findings('- 📉 Nvidia: 7,82 Prozent am 27. Januar 2025'), []);
    assert.deepEqual(findings('- 📈 Nvidia: 7,82 Prozent am 27. Januar 2025').map((f) => [f.code, f.text]), [['figure-mismatch', '7,82 Prozent']]);
    assert.deepEqual(findings('- ▼ Microsoft 3,75 % (27. Januar 2025)'), []);
    assert.deepEqual(findings('- ▲ Microsoft 3,75 % (27. Januar 2025)').map((f) => [f.code, f.text]), [['figure-mismatch', '3,75 %']]);
  });
  test('English: a mark before the figure or right after it; a mark before another figure is not this one\'s', () => {
    assert.deepEqual(findings('- 📈 Nvidia: 7.82% on January 27, 2025').map((f) => [f.code, f.text]), [['figure-mismatch', '7.82%']]);
    assert.deepEqual(findings('Nvidia 7.82% ↑ on January 27, 2025.').map((f) => [f.code, f.text]), [['figure-mismatch', '7.82%']]);
    assert.deepEqual(findings('Nvidia 7.82% ↓ on January 27, 2025.'), []);
    assert.deepEqual(findings('On January 27, 2025: Nasdaq 100 ▼ 3%, Microsoft ▼ 3.75%.'), []);
  });
  test('a mark right after a figure is that figure\'s, a mark a sentence away is no one\'s, and a verb says it better', () => {
    assert.deepEqual(findings('The Nasdaq 100 slumped 3% 📉, although it had gained 25% in 2024.'), []);
    assert.deepEqual(findings('📉 Ein schwarzer Montag – doch am Ende des Monats hatte sich Nvidia um 7,82 Prozent erholt.').map((f) => [f.code, f.text]), [['figure-mismatch', '7,82 Prozent']]);
  });
});

describe('a move stated for no day is one of the days the draft names', () => {
  // "On Jan 27, the market woke up. 👇 … Microsoft: -4.5%": another day's move of the same share (the rebound of the
  // 28th, a rise on 3 January or 5 February) is another fact, not the value the writer got wrong.
  test('English: the sell-off\'s value stays the fix beside the rebound of the next day and another month\'s rise', () => {
    const text = '# What a week\n\nOn Jan 27, the market woke up.\n\nMicrosoft fell 4.5%.\n';
    assertUnchangedBy(distractor('2025-02-05_alphabet-capex-big-tech.md'), text, [{ code: 'figure-mismatch', text: '4.5%', fix: '3.75%' }]);
    assertUnchangedBy(distractor('2025-01-28_nvidia-rebound.txt'), text, [{ code: 'figure-mismatch', text: '4.5%', fix: '3.75%' }]);
  });
  test('German: a rise where the sources say the share fell that day is not another day\'s rise', () => {
    const text = '# Was für eine Woche\n\nAm 27. Januar wachte die Börse auf.\n\nDie Microsoft-Aktie stieg um 3,75 Prozent.\n';
    // (No fix: the sources give the magnitude, the draft the wrong direction.)
    assert.deepEqual(findings(text, withSources(distractor('2025-01-03_microsoft-rechenzentren.txt'))), [{ code: 'figure-mismatch', text: '3,75 Prozent' }]);
    assertUnchangedBy(distractor('2025-01-03_microsoft-rechenzentren.txt'), '# Was für eine Woche\n\nAm 27. Januar wachte die Börse auf.\n\nMicrosoft verlor 4,5 Prozent.\n', [{ code: 'figure-mismatch', text: '4,5 Prozent', fix: '3,75 Prozent' }]);
  });
  test('a move of a day the draft names is still compared with it, and a draft that names no day with any', () => {
    assertUnchangedBy(distractor('2025-02-05_alphabet-capex-big-tech.md'), '# Quiz\n\nPublished 31 January 2025.\n\nQ: What happened on 27 January 2025?\n\nAnswer: Microsoft\'s shares fell 5%.\n', [{ code: 'unsourced-figure', text: '31 January 2025' }, { code: 'figure-mismatch', text: '5%', fix: '3.75%' }]);
    assert.deepEqual(findings('Microsoft fell 4.5%.', withSources(distractor('2025-01-28_nvidia-rebound.txt'))).map((f) => f.code), ['figure-mismatch']);
  });
  test('a draft that names only a day no source reports a move on (R1\'s release) still gets its wrong move caught', () => {
    assert.deepEqual(findings('# DeepSeek\n\nAm 20. Januar 2025 stellte DeepSeek sein Modell R1 vor.\n\n## Die Folgen\n\nDie Nvidia-Aktie verlor 9,5 Prozent, Microsoft 3,75 Prozent.\n'), [{ code: 'figure-mismatch', text: '9,5 Prozent', fix: '7,82 Prozent' }]);
    assert.deepEqual(findings('# DeepSeek\n\nDeepSeek released R1 on January 20, 2025.\n\n## The fallout\n\nNvidia lost 9.5 percent, Microsoft 3.75 percent.\n'), [{ code: 'figure-mismatch', text: '9.5 percent', fix: '7.82 percent' }]);
  });
});

describe('a release day whose subject a source leaves open among several', () => {
  // A scorecard's "Mistral's Codestral 25.01, released on 13 January" (a name no source list knows) after a paragraph on
  // GPT-4o and Qwen2 is no day of GPT-4o's release.
  const scorecard = () => distractor('2025-02-12_reasoning-benchmarks-scorecard.md');
  test('English: "OpenAI released GPT-4o in May 2024" stays unsourced, in prose and in a table', () => {
    assertUnchangedBy(scorecard(), 'OpenAI released GPT-4o in May 2024.', [{ code: 'unsourced-figure', text: 'May 2024' }]);
    assertUnchangedBy(scorecard(), '| Model | Released |\n|---|---|\n| GPT-4o | May 2024 |\n', [{ code: 'unsourced-figure', text: 'May 2024' }]);
  });
  test('German: likewise', () => {
    assertUnchangedBy(scorecard(), 'OpenAI veröffentlichte GPT-4o im Mai 2024.', [{ code: 'unsourced-figure', text: 'Mai 2024' }]);
  });
  test('a release day whose sentence points back to one subject ("Es erschien am 28. Januar 2025") still tells a wrong day', () => {
    const qwen = extraSource('qwen.txt', 'Alibaba legt nach\n\nDer chinesische Konzern Alibaba hat ein neues Sprachmodell vorgestellt. Es erschien am 28. Januar 2025, mitten in den Feiertagen.\n');
    assert.deepEqual(findings('Alibaba veröffentlichte Qwen2.5-Max am 29. Januar 2025.', withSources(qwen)), [{ code: 'date-mismatch', text: '29. Januar 2025', fix: '28. Januar 2025' }]);
    assert.deepEqual(findings('R1 was released on 22 January 2025.', withSources(scorecard())), [{ code: 'date-mismatch', text: '22 January 2025', fix: '20 January 2025' }]);
  });
});

describe('a day borne out only by a sentence about no one the draft names', () => {
  // "Die Sorge … hat am Montag, dem 27. Januar 2025, auch die Börse in Tokio erfasst" names no one; the sources date
  // Nvidia's fall to that day, and that is the source a hover shows, with the Tokyo article in the folder or not.
  const tokyo = () => distractor('2025-01-27_japan-chipzulieferer.txt');
  const evidenceOf = (text: string, date: string, idx: ReturnType<typeof withSources>) => analyzeDraft(text, idx).figures.find((f) => f.figure.text === date)!.match.evidence.map((e) => e.at.sentence.text);
  test('German: "die Nvidia-Aktie fiel am 27. Januar" shows the sentence that dates the sell-off', () => {
    const text = 'Am 27. Januar rauschten die Aktien der großen Chipkonzerne in die Tiefe, allen voran Nvidia.';
    const shown = evidenceOf(text, '27. Januar', index);
    assert.match(shown[0], /^Am 27\. Januar 2025 sorgte das chinesische KI-Start-up DeepSeek/);
    assert.deepEqual(evidenceOf(text, '27. Januar', withSources(tokyo())), shown);
  });
  test('English: likewise', () => {
    const text = 'On 27 January, Nvidia\'s shares fell hard.';
    const shown = evidenceOf(text, '27 January', index);
    assert.match(shown[0], /^Am 27\. Januar 2025 sorgte/);
    assert.deepEqual(evidenceOf(text, '27 January', withSources(tokyo())), shown);
  });
});

describe('one value said of each of several names is checked for each of them', () => {
  // "Nvidia and Broadcom each lost 7.82%": Broadcom lost 6.58 %, so the value is wrong for one of the two; read as
  // a fact of both at once, Nvidia's 7.82 % bore it out. No one value fixes it: Broadcom's makes it Nvidia's wrong one.
  test('German: "jeweils", "beide" give the value to each name; a value only one of them has is the other\'s wrong one', () => {
    assert.deepEqual(findings('Am 27. Januar 2025 verloren Nvidia und Broadcom jeweils 7,82 Prozent.'), [{ code: 'figure-mismatch', text: '7,82 Prozent' }]);
    assert.deepEqual(findings('Am 27. Januar 2025 gaben Nvidia und Microsoft beide um 3,75 Prozent nach.'), [{ code: 'figure-mismatch', text: '3,75 Prozent' }]);
    assert.deepEqual(findings('Die Supercomputer Fire-Flyer I und Fire-Flyer II kosteten jeweils 200 Millionen Yuan.'), [{ code: 'figure-mismatch', text: '200 Millionen Yuan' }]);
    assert.equal(readAs('Am 27. Januar 2025 verloren Nvidia und Broadcom jeweils 7,82 Prozent.', '7,82 Prozent', 'de'), 'Nvidia, Broadcom (jeweils) · Veränderung · 27. Jan. 2025: −7,82 Prozent');
    // A clause between the word and the value gives the value to one of them.
    assert.deepEqual(findings('Microsoft und Nvidia: Am 27. Januar 2025 verloren beide, der Chipkonzern 7,82 Prozent.'), []);
  });
  test('English: "each", "both", "apiece"; two values in a list and a sum of both are not one value each', () => {
    assert.deepEqual(findings('On January 27, 2025, Nvidia and Broadcom each lost 7.82%.'), [{ code: 'figure-mismatch', text: '7.82%' }]);
    assert.deepEqual(findings('On January 27, 2025, both Nvidia and Microsoft fell 3.75%.'), [{ code: 'figure-mismatch', text: '3.75%' }]);
    assert.deepEqual(findings('Fire-Flyer I and Fire-Flyer II cost 1 billion yuan apiece.'), [{ code: 'figure-mismatch', text: '1 billion yuan' }]);
    assert.deepEqual(findings('On January 27, 2025, Nvidia and Broadcom lost 7.82% and 6.58% respectively.'), []);
    assert.deepEqual(findings('Fire-Flyer I and Fire-Flyer II cost 1.2 billion yuan together.'), []);
    assert.equal(readAs('On January 27, 2025, Nvidia and Broadcom each lost 7.82%.', '7.82%'), 'Nvidia, Broadcom (each) · change · 27 Jan 2025: −7.82%');
    assert.deepEqual(findings('Microsoft and Nvidia, both down on January 27, 2025, the latter 7.82 percent.'), []);
  });
});

describe('a date of a move the sources date', () => {
  // "## Die Kursverluste von Nvidia, Microsoft und Broadcom am 27. Januar 2025" over a list of the falls: the sources
  // date Nvidia's fall to that day, but only a price or a release was looked up by its day, so the date was unsourced.
  test('German: the day of the falls a heading names is borne out; another day is not', () => {
    assert.deepEqual(findings('## Die Kursverluste von Nvidia, Microsoft und Broadcom am 27. Januar 2025\n\nText.\n'), []);
    assert.deepEqual(findings('## Die Kursverluste von Nvidia, Microsoft und Broadcom am 28. Januar 2025\n\nText.\n'), [{ code: 'unsourced-figure', text: '28. Januar 2025' }]);
  });
  test('English: the same', () => {
    assert.deepEqual(findings('## The losses of Nvidia, Microsoft and Broadcom on January 27, 2025\n\nText.\n'), []);
    assert.deepEqual(findings('## The losses of Nvidia, Microsoft and Broadcom on January 28, 2025\n\nText.\n'), [{ code: 'unsourced-figure', text: 'January 28, 2025' }]);
  });
});

describe('a dash after a label says what the label is, as a colon does', () => {
  // "- Broadcom – minus 7,82 Prozent", "Fire-Flyer I – Supercomputer …, Kosten: eine Milliarde Yuan": the dash started
  // another statement, so the label was no one's name for the value; the value went to a name guessed from before, and
  // any source value of anyone bore it out.
  test('German: a list and a glossary whose lines put a dash after the name; a dash pair in prose keeps its aside', () => {
    assert.deepEqual(findings('- Nvidia – minus 7,82 Prozent\n- Microsoft – minus 3,75 Prozent\n- Broadcom – minus 6,58 Prozent\n'), []);
    assert.deepEqual(findings('- Nvidia – minus 7,82 Prozent\n- Microsoft – minus 3,75 Prozent\n- Broadcom – minus 7,82 Prozent\n'), [
      { code: 'figure-mismatch', text: '7,82 Prozent', fix: '6,58 Prozent' },
    ]);
    assert.deepEqual(findings('Fire-Flyer I – Supercomputer von High-Flyer, Kosten: eine Milliarde Yuan.'), [
      { code: 'figure-mismatch', text: 'eine Milliarde Yuan', fix: '200 Millionen Yuan' },
    ]);
    assert.equal(readAs('Liang Wenfeng – Gründer von DeepSeek, 40 Jahre alt.', '40 Jahre', 'de'), 'Liang Wenfeng · Alter: 40 Jahre');
    assert.deepEqual(findings('Die Aktie von Microsoft – einst Liebling der Anleger – fiel am 27. Januar 2025 um 3,75 Prozent.'), []);
  });
  test('English: the same with an em dash', () => {
    assert.deepEqual(findings('- Nvidia — down 7.82 percent\n- Microsoft — down 6.58 percent\n- Broadcom — down 3.75 percent\n'), [
      { code: 'figure-mismatch', text: '6.58 percent', fix: '3.75 percent' },
      { code: 'figure-mismatch', text: '3.75 percent', fix: '6.58 percent' },
    ]);
    assert.deepEqual(findings('Fire-Flyer II — High-Flyer\'s supercomputer, cost one billion yuan.'), []);
    assert.equal(readAs('Liang Wenfeng — DeepSeek\'s founder, 42 years old.', '42 years old'), 'Liang Wenfeng · age: 42 years old');
  });
});

describe('a benchmark scored on before is whose no later figure is', () => {
  // "**Benchmarks:** HumanEval 92 %, MATH-500 85 %" then "**Trainingskosten:** 6,5 Millionen Dollar": the cost was read as
  // HumanEval's, the benchmarks being the nearest names, so a wrong cost was unsourced or the draft against itself.
  const readOf = (text: string, figure: string, language: 'de' | 'en') => {
    const f = analyzeDraft(text, index).figures.find((x) => x.figure.text === figure)!;
    return describeFact(f.fact, language);
  };
  test('German: the cost under a bold lead-in of benchmark scores is the heading\'s model\'s, and a wrong one is fixed', () => {
    const draft = (cost: string) => `## DeepSeek R1\n\n- **Benchmarks:** HumanEval 92 %, MATH-500 85 %\n- **Trainingskosten:** ${cost}\n`;
    assert.deepEqual(findings(draft('5,6 Millionen Dollar')), []);
    assert.equal(readOf(draft('5,6 Millionen Dollar'), '5,6 Millionen Dollar', 'de'), 'DeepSeek R1 · Kosten: 5,6 Millionen Dollar');
    assert.deepEqual(findings(draft('6,5 Millionen Dollar')), [{ code: 'figure-mismatch', text: '6,5 Millionen Dollar', fix: '5,6 Millionen Dollar' }]);
  });
  test('English: the same under "**Benchmarks:**"; a score on a benchmark still carries the model to the next score', () => {
    const draft = (cost: string) => `## DeepSeek R1\n\n- **Benchmarks:** HumanEval 92%, MATH-500 85%\n- **Training cost:** ${cost}\n`;
    assert.deepEqual(findings(draft('$5.6 million')), []);
    assert.deepEqual(findings(draft('$6.5 million')), [{ code: 'figure-mismatch', text: '$6.5 million', fix: '$5.6 million' }]);
    assert.equal(readOf('DeepSeek R1 scored 92 percent on the HumanEval benchmark. Training cost only $5.6 million.', '$5.6 million', 'en'), 'DeepSeek R1 · cost: $5.6 million');
  });
});

describe('a list of name-and-value pairs writes its unit once, after the last value', () => {
  // "Nvidia minus 7,82, Microsoft minus 3,75 und Broadcom minus 6,58 Prozent": the bare values before the last take its
  // unit, and each is the value of the known name before it. Read as bare numbers they were unsourced or no figures at
  // all, and the last value, read as Nvidia's, was borne out whatever the order: a swapped list passed.
  test('German: each bare value is a percentage of the name before it; a swapped pair is caught with each one\'s fix', () => {
    assert.deepEqual(findings('Am 27. Januar 2025 hieß es: Nvidia minus 7,82, Microsoft minus 3,75 und Broadcom minus 6,58 Prozent.'), []);
    assert.deepEqual(findings('Am 27. Januar 2025 hieß es: Nvidia minus 6,58, Microsoft minus 3,75 und Broadcom minus 7,82 Prozent.'), [
      { code: 'figure-mismatch', text: '6,58', fix: '7,82' },
      { code: 'figure-mismatch', text: '7,82 Prozent', fix: '6,58 Prozent' },
    ]);
    assert.deepEqual(findings('Die Benchmarks: HumanEval 85, MATH-500 92 Prozent.'), [
      { code: 'figure-mismatch', text: '85', fix: '92' },
      { code: 'figure-mismatch', text: '92 Prozent', fix: '85 Prozent' },
    ]);
    assert.equal(readAs('Am 27. Januar 2025 verloren Nvidia 7,82 und Broadcom 6,58 Prozent.', '7,82', 'de'), 'Nvidia · Veränderung · 27. Jan. 2025: −7,82 %');
  });
  test('English: "Nvidia down 3.75, Microsoft down 7.82 percent" is caught; the true order is clean', () => {
    assert.deepEqual(findings('On January 27, 2025, Nvidia was down 7.82, Microsoft down 3.75, Broadcom down 6.58 percent.'), []);
    assert.deepEqual(findings('On January 27, 2025, Nvidia was down 3.75, Microsoft down 7.82 percent.'), [
      { code: 'figure-mismatch', text: '3.75', fix: '7.82' },
      { code: 'figure-mismatch', text: '7.82 percent', fix: '3.75 percent' },
    ]);
    assert.equal(readAs('On January 27, 2025, Nvidia was down 7.82, Microsoft down 3.75 percent.', '7.82'), 'Nvidia · change · 27 Jan 2025: −7.82 %');
  });
  test('only a known name heads a pair: a place, a chapter or a version number stays no figure (German and English)', () => {
    const figures = (text: string) => analyzeDraft(text, index).figures.map((f) => f.figure.text);
    assert.deepEqual(figures('Platz 1, Nvidia mit minus 7,82 Prozent, Platz 2, Broadcom mit minus 6,58 Prozent.'), ['7,82 Prozent', '6,58 Prozent']);
    assert.deepEqual(figures('Kapitel 3, Nvidia mit 7,82 Prozent.'), ['7,82 Prozent']);
    assert.deepEqual(figures('Version 3, Modell 4, Microsoft 3,75 Prozent.'), ['3,75 Prozent']);
    assert.deepEqual(figures('Chapter 3, Nvidia at 7.82 percent.'), ['7.82 percent']);
    assert.deepEqual(figures('DeepSeek version 3, Nvidia down 7.82 percent.'), ['7.82 percent']);
    assert.deepEqual(figures('Number 1, Nvidia, fell 7.82 percent; number 2, Broadcom, 6.58 percent.'), ['7.82 percent', '6.58 percent']);
  });
});

describe('a currency named for what follows is nearer than the sum before it', () => {
  // "Zusammen kosteten beide 1,2 Milliarden Yuan; in Euro waren das etwa 26 und 130 Millionen": the bare sums took the
  // Yuan of the sum before them, so the true euro values were warned against 200 Millionen Yuan.
  test('German: "in Euro" and "in Yuan" give the bare sums after them their currency', () => {
    assert.deepEqual(findings('Zusammen kosteten Fire-Flyer I und Fire-Flyer II 1,2 Milliarden Yuan; in Euro waren das etwa 26 und 130 Millionen.'), []);
    assert.deepEqual(findings('Zusammen kosteten Fire-Flyer I und Fire-Flyer II 1,2 Milliarden Yuan; in Euro waren das etwa 26 und 310 Millionen.'), [
      { code: 'figure-mismatch', text: '310 Millionen', fix: '130 Millionen' },
    ]);
    assert.deepEqual(findings('Fire-Flyer I und Fire-Flyer II kosteten jeweils 26 und 130 Millionen Euro, in Yuan 200 Millionen und eine Milliarde.'), []);
  });
  test('English: "in euros" after a sum in yuan', () => {
    assert.deepEqual(findings('Together, Fire-Flyer I and Fire-Flyer II cost 1.2 billion yuan; in euros that was about 26 and 130 million.'), []);
    const euros = analyzeDraft('Together, Fire-Flyer I and Fire-Flyer II cost 1.2 billion yuan; in euros that was about 26 and 130 million.', index).figures.map((f) => f.figure.currency);
    assert.deepEqual(euros, ['CNY', 'EUR', 'EUR']);
  });
});

describe('a bound is no value written in the wrong unit', () => {
  // "mehr als 3 Prozent" is no 3 that could be the 2.8 percentage points between Broadcom's and Microsoft's falls.
  test('German and English: "mehr als 3 Prozent", "more than 3%" are not called percentage points', () => {
    const mismatches = (text: string) => findings(text).filter((f) => f.code === 'figure-mismatch');
    assert.deepEqual(mismatches('Am 27. Januar 2025 verlor Broadcom mehr als 3 Prozent.'), []);
    assert.deepEqual(mismatches('On January 27, 2025, Broadcom lost more than 3%.'), []);
    assert.deepEqual(findings('Am 27. Januar 2025 verlor Microsoft mehr als 3 Prozent.'), []);
    assert.deepEqual(findings('On January 27, 2025, Broadcom lost more than 5%.'), []);
  });
});

describe('programming is no investment programme', () => {
  // "Programmieraufgaben", "Programmiertest", "for programming" held the stem "programm" of an investment programme:
  // HumanEval's 92 % and a draft's benchmark scores were read as investments, so a score said next to the word was
  // another fact than the source's and called unsourced, and one said without it another fact than the draft's.
  const hover = (text: string, figure: string) => {
    const a = analyzeDraft(text, index);
    const f = a.figures.find((x) => x.figure.text === figure)!;
    return hoverAt(a, index, f.span.start + 1)?.markdown.replace(/\*\*/g, '') ?? '';
  };
  test('German: a benchmark list whose names say "Programmiertest" is the source\'s, with its sentence in the hover', () => {
    const text = 'Im Programmiertest HumanEval schafft R1 92 Prozent, im Mathetest MATH-500 85 Prozent.';
    assert.deepEqual(findings(text), []);
    assert.match(hover(text, '85 Prozent'), /im mathematischen MATH-500-Test 85 %/);
    assert.deepEqual(findings('Im Programmiertest HumanEval schafft R1 85 Prozent, im Mathetest MATH-500 92 Prozent.').map((f) => f.text), ['85 Prozent', '92 Prozent']);
  });
  test('English: "for programming" beside a score; an investment programme is still one', () => {
    const text = 'R1 scored 92% on HumanEval, for programming; 85% on MATH-500, for mathematics.';
    assert.deepEqual(findings(text), []);
    assert.match(hover(text, '85%'), /im mathematischen MATH-500-Test 85 %/);
    assert.equal(readAs('Project Stargate is a $500 billion program for AI.', '$500 billion'), 'Project Stargate · investment: $500 billion');
  });
});

describe('a programme that came out is software, not an investment', () => {
  // „Im Dezember 2023 hatte die Firma ein anderes Programm herausgebracht“: "Programm" is an investment word, so the
  // date was read as an investment's day, matched no release and was only called unsourced.
  const before = 'R1 rechnet fast dreimal so schnell wie vorher.';
  test('German: a programme brought out is a model released, and a wrong year of it contradicts the source', () => {
    const text = `${before} Im Dezember 2023 hatte die Firma ein anderes Programm herausgebracht.`;
    assert.deepEqual(findings(text).filter((f) => f.code !== 'figure-mismatch').map(({ code, text: t }) => ({ code, text: t })), [{ code: 'date-mismatch', text: 'Dezember 2023' }]);
    assert.doesNotMatch(readAs(text, 'Dezember 2023', 'de'), /Investition/);
  });
  const concepts = (text: string, figure: string) => [...analyzeDraft(text, index).figures.find((x) => x.figure.text === figure)!.figure.localConcepts].sort();
  test('English: a program released or shipped is a model released, not an investment', () => {
    assert.deepEqual(concepts('In December 2023 the company had released another program.', 'December 2023'), ['model', 'release', 'startup']);
    assert.deepEqual(concepts('DeepSeek shipped a new program in December 2023.', 'December 2023'), ['model', 'name:DeepSeek', 'release']);
  });
  test('German: an investment programme put out or announced stays an investment', () => {
    assert.match(readAs('Das Investitionsprogramm Stargate über 500 Milliarden Dollar wurde im Januar 2025 veröffentlicht.', '500 Milliarden Dollar', 'de'), /Investition/);
    assert.match(readAs('Das Programm Stargate über 500 Milliarden Dollar wurde im Januar 2025 vorgestellt.', '500 Milliarden Dollar', 'de'), /Investition/);
    assert.deepEqual(findings('Das Programm Stargate soll 500 Milliarden Dollar kosten.'), []);
    assert.match(readAs('Die Regierung brachte ein Programm über zehn Milliarden Yuan heraus.', 'zehn Milliarden Yuan', 'de'), /Investition/);
  });
  test('English: an investment program published, or a program announced, stays an investment', () => {
    assert.match(readAs('The $500 billion Stargate investment program was published in January 2025.', '$500 billion'), /investment/);
    assert.match(readAs('OpenAI announced a $500 billion program for AI infrastructure.', '$500 billion'), /investment/);
    assert.match(readAs('OpenAI published a $500 billion program for AI infrastructure.', '$500 billion'), /investment/);
    assert.equal(readAs('Project Stargate is a $500 billion program for AI.', '$500 billion'), 'Project Stargate · investment: $500 billion');
  });
});

describe('a range whose start is a number word that leaves out the thousands', () => {
  // "zehn- bis fünfzigtausend" is 10.000 bis 50.000: "zehn" alone was unsourced and the end was no figure at all.
  test('German: "von zehn- bis fünfzigtausend" is the source\'s range; "bis achtzigtausend" contradicts its end', () => {
    const text = 'Wie viele A100-Chips Liang hortete, weiß niemand; die Schätzungen reichen von zehn- bis fünfzigtausend.';
    assert.deepEqual(findings(text), []);
    assert.equal(analyzeDraft(text, index).figures.find((f) => f.figure.text === 'zehn')?.figure.value, 10_000);
    assert.deepEqual(findings(text.replace('fünfzigtausend', 'achtzigtausend')), [{ code: 'figure-mismatch', text: 'achtzigtausend', fix: 'fünfzigtausend' }]);
  });
  test('English: "from ten to fifty thousand"; "ten to eighty thousand" contradicts its end', () => {
    const text = 'Nobody knows how many A100 chips Liang hoarded; estimates range from ten to fifty thousand.';
    assert.deepEqual(findings(text), []);
    assert.deepEqual(findings(text.replace('fifty thousand', 'eighty thousand')), [{ code: 'figure-mismatch', text: 'eighty thousand', fix: 'fifty thousand' }]);
  });
});

describe('a multiple of one thing\'s past is no multiple of two things', () => {
  // "mehr als doppelt so viel wie ein Jahr zuvor" (Nvidia's revenue against its own of a year before) is no value of
  // "fast doppelt so viel wie der Nasdaq 100" (Nvidia's fall against the index's), neither wrong nor right.
  const blackwell = () => distractor('2025-02-27_nvidia-quartal-blackwell.txt');
  const capRecord = () => distractor('2024-06-18_nvidia-wertvollstes-unternehmen.txt');
  test('German: Nvidia\'s fall against the Nasdaq 100\'s stays wrong beside a year\'s revenue growth', () => {
    assertUnchangedBy(blackwell(), 'Die Nvidia-Aktie hat am 27. Januar knapp acht Prozent verloren, fast doppelt so viel wie der Nasdaq 100.', [{ code: 'figure-mismatch', text: 'doppelt' }]);
    assertUnchangedBy(capRecord(), 'Microsoft verlor am 27. Januar weniger als ein Drittel dessen, was Nvidia verlor.', [{ code: 'figure-mismatch', text: 'ein Drittel' }]);
  });
  test('English: likewise, and "a third of what Nvidia did" compares with Nvidia', () => {
    assertUnchangedBy(blackwell(), 'Nvidia fell almost 8 percent on 27 January, nearly twice as much as the Nasdaq 100.', [{ code: 'figure-mismatch', text: 'twice' }]);
    assertUnchangedBy(capRecord(), 'Microsoft lost less than a third of what Nvidia did on 27 January.', [{ code: 'figure-mismatch', text: 'a third' }]);
  });
});

describe('a piece\'s own day, confirmed for someone else only', () => {
  // "Stand: 3. Februar 2025" dates a page's undated moves only as a guess; that another article reports SoftBank's shares
  // on 3 February confirms it for SoftBank, not for Microsoft, whose fall of 27 January still bears the page out.
  const softbank = extraSource('2025-02-03_softbank.txt', 'SoftBank legt zu\n\nAm 3. Februar 2025 stieg die Aktie von SoftBank um 5,2 Prozent. On February 3, 2025, SoftBank shares rose 5.2 percent.\n');
  const moves = (text: string, idx = index) => findings(text, idx).filter((f) => f.text.includes('3,75') || f.text.includes('3.75'));
  test('German: Microsoft\'s undated fall on a page of 3 February stays borne out', () => {
    const text = '*Stand: 3. Februar 2025*\n\nDie Aktie von Microsoft verlor 3,75 Prozent.';
    assert.deepEqual(moves(text), []);
    assert.deepEqual(moves(text, withSources(softbank)), []);
  });
  test('English: likewise', () => {
    const text = '*Updated: 3 February 2025*\n\nMicrosoft shares lost 3.75 percent.';
    assert.deepEqual(moves(text), []);
    assert.deepEqual(moves(text, withSources(softbank)), []);
  });
});

describe('a stamp\'s day is no day of the events', () => {
  // "Aktualisiert: 28.01.2025, 11:40 Uhr - …", "Stand: 3. Februar 2025": the day an item or a page was written. It dates
  // none of the next sentences' moves, and another article's moves of that day (the rebound of 28 January, SoftBank on 3
  // February) neither contradict nor replace the 27 January source.
  const rebound = extraSource('2025-01-28_rebound.txt', 'Erholung an der Wall Street\n\nAm 28. Januar 2025 erholten sich die Kurse. Der Nasdaq 100 fiel dennoch um 0,3 Prozent. On January 28, 2025, the Nasdaq 100 fell 0.3 percent.\n');
  const softbank = extraSource('2025-02-03_softbank.txt', 'SoftBank legt zu\n\nAm 3. Februar 2025 stieg die Aktie von SoftBank um 5,2 Prozent. On February 3, 2025, SoftBank shares rose 5.2 percent.\n');
  const of = (text: string, figure: string, idx: ReturnType<typeof buildSourceIndex>) => findings(text, idx).filter((f) => f.text === figure);
  test('German: the sentence after an update stamp is not of the stamp\'s day', () => {
    const text = '**Aktualisiert: 28.01.2025, 11:40 Uhr** - Nvidia hatte am Montag 7,8 Prozent eingebüßt. Der Nasdaq 100 büßte drei Prozent ein.';
    assert.deepEqual(of(text, 'drei Prozent', withSources(rebound)), []);
  });
  test('English: likewise', () => {
    const text = '**Updated: 28.01.2025, 11:40 am** - Nvidia had lost 7.8 percent on Monday. The Nasdaq 100 lost three percent.';
    assert.deepEqual(of(text, 'three percent', withSources(rebound)), []);
  });
  test('German: a page\'s „Stand:“ day is confirmed by no other article\'s move of that day', () => {
    const text = '*Ratgeber KI · Stand: 3. Februar 2025*\n\nTech-Aktien wie Infineon und SoftBank büßten bis zu 10 Prozent ein.';
    assert.deepEqual(of(text, '10 Prozent', withSources(softbank)), []);
  });
  test('English: likewise for "Updated:"', () => {
    const text = '*AI guide · Updated: 3 February 2025*\n\nTech stocks such as Infineon and SoftBank lost up to 10 percent.';
    assert.deepEqual(of(text, '10 percent', withSources(softbank)), []);
  });
});

describe('a founding or release of another firm or model', () => {
  // "2013 gründete Liang mit seinem Studienfreund Xu Jin die Investmentfirma Hangzhou Yakebi" names High-Flyer's founder,
  // not High-Flyer: it neither bears out nor rivals the year High-Flyer was founded.
  const symposium = () => distractor('2025-02-18_liang-wenfeng-xi-symposium.txt');
  test('English: a wrong founding year stays wrong beside the founding of the founder\'s earlier firm', () => {
    assertUnchangedBy(symposium(), 'High-Flyer: founded 2013 by Liang Wenfeng and two other engineers.', [{ code: 'date-mismatch', text: '2013', fix: '2015' }]);
  });
  test('German: likewise', () => {
    assertUnchangedBy(symposium(), 'High-Flyer wurde 2013 von Liang Wenfeng und zwei weiteren Ingenieuren gegründet.', [{ code: 'date-mismatch', text: '2013', fix: '2015' }]);
  });
  // An infobox's "Founded | 2016" under "## High-Flyer" is High-Flyer's founding, though its row names no one: another
  // article's firm founded that year ("Wang founded the company in 2016", about Scale AI) neither bears it out nor rivals it.
  const scale = extraSource('2025-06-13_scale.txt', 'Meta investiert in Scale AI\n\nMeta beteiligt sich mit 14,3 Milliarden Dollar an Scale AI. Alexandr Wang gründete das Unternehmen 2016 zusammen mit Lucy Guo.\n\nScale AI labels data. Alexandr Wang founded the company in 2016 with Lucy Guo.\n');
  test('English: a wrong founding year in an infobox stays wrong beside another firm founded that year', () => {
    assertUnchangedBy(scale, '## High-Flyer\n\n| High-Flyer | |\n|---|---|\n| Type | Hedge fund |\n| Founded | 2016 |', [{ code: 'date-mismatch', text: '2016', fix: '2015' }]);
  });
  test('German: likewise', () => {
    assertUnchangedBy(scale, '## High-Flyer\n\n| High-Flyer | |\n|---|---|\n| Typ | Hedgefonds |\n| Gegründet | 2016 |', [{ code: 'date-mismatch', text: '2016', fix: '2015' }]);
  });
  test('a day Zuckerberg announced something, beside DeepSeek\'s name, is no rival day of R1\'s release (German and English)', () => {
    const folder = withSources(distractor('2025-02-05_alphabet-capex-big-tech.md'), distractor('2025-02-12_reasoning-benchmarks-scorecard.md'));
    for (const text of ['DeepSeek hat R1 vorgestellt. Es war eine Woche vorher, am 20. Januar, erschienen.', 'DeepSeek unveiled R1. It had been released on 20 January.']) {
      assert.deepEqual(findings(text, folder), findings(text));
    }
  });
});

describe('a version number in a product\'s name is no figure of a source', () => {
  // "Google charges $0.10 … for Gemini 2.0 Flash", "das Training von Claude 3.5 Sonnet habe … gekostet": 2.0 and 3.5 are
  // no cost ratios, so they neither contradict nor bear out a ratio in a draft.
  test('English: a cost ratio in a table stays unsourced beside the benchmark scorecard', () => {
    const table = '| | DeepSeek R1 | OpenAI |\n|---|---|---|\n| Training cost | $5.6m | $78m (GPT-4o) |\n| Cost ratio | 1 | 13.9 |';
    assertUnchangedBy(distractor('2025-02-12_reasoning-benchmarks-scorecard.md'), table, [{ code: 'unsourced-figure', text: '1' }, { code: 'unsourced-figure', text: '13.9' }]);
  });
  test('German: a ratio of training costs stays unsourced beside "Claude 3.5 Sonnet"; a draft\'s "Gemini 2.0 Flash" is no figure', () => {
    assertUnchangedBy(distractor('2025-02-20_ki-trainingskosten-schaetzungen.txt'), 'Verhältnis der Trainingskosten bei OpenAI: 2,5', [{ code: 'unsourced-figure', text: '2,5' }]);
    assert.deepEqual(findings('Google verlangt für Gemini 2.0 Flash 0,10 Dollar pro Million Token.'), [{ code: 'unsourced-figure', text: '0,10 Dollar' }]);
  });
});

describe('a chip named with its maker in another source is still the chip', () => {
  // "Grafikprozessor vom Typ Nvidia H100" (the Llama 4 article) is a chip, not a model that "H100" would be a version of:
  // a draft's "pro H100" reads the same with that article in the folder, and SemiAnalysis's $500 million of DeepSeek's
  // hardware is no other value of what ten thousand H100s cost.
  const folder = () => withSources(distractor('2025-04-07_meta-llama4.txt'), distractor('2025-02-20_ki-trainingskosten-schaetzungen.txt'));
  const whose = (text: string, figure: string, idx = index) => analyzeDraft(text, idx).figures.find((f) => f.figure.text === figure)!.fact.primary;
  test('German: "pro H100" is the chip H100, and 400 Millionen Dollar stay unsourced', () => {
    const text = 'DeepSeek rechnet sparsam. Bei einem Stückpreis von 40.000 Dollar pro H100 summieren sich schon zehntausend solcher Chips auf 400 Millionen Dollar.';
    assert.deepEqual(whose(text, '400 Millionen Dollar', folder()), whose(text, '400 Millionen Dollar'));
    assert.deepEqual(findings(text, folder()).filter((f) => f.text !== 'zehntausend'), [{ code: 'unsourced-figure', text: '40.000 Dollar' }, { code: 'unsourced-figure', text: '400 Millionen Dollar' }]);
  });
  test('English: likewise', () => {
    const text = 'DeepSeek is frugal. At $40,000 per H100, ten thousand such chips already add up to $400 million.';
    assert.deepEqual(whose(text, '$400 million', folder()), ['H100']);
    assert.deepEqual(findings(text, folder()).filter((f) => f.text !== 'ten thousand'), [{ code: 'unsourced-figure', text: '$40,000' }, { code: 'unsourced-figure', text: '$400 million' }]);
  });
});

describe('a move that names no what is no other value of a revenue', () => {
  // "verlor 69 Milliarden Dollar" is a day's loss of a share price or a market value: a quarter's revenue or profit
  // ("der Gewinn lag bei 20,8 Milliarden Dollar"), a year's investment ("55,7 Milliarden Dollar investiert, ein Plus von
  // 75 Prozent") is another fact.
  test('German: a day\'s loss stays unsourced beside Microsoft\'s and Meta\'s quarterly figures', () => {
    const quarter = distractor('2025-01-30_microsoft-meta-quartal.txt');
    // (The day is borne out: the sources date Microsoft's fall to 27 January 2025.)
    assertUnchangedBy(quarter, 'Am 27. Januar 2025 verlor Microsoft 69 Milliarden Dollar.', [{ code: 'unsourced-figure', text: '69 Milliarden Dollar' }]);
    assertUnchangedBy(quarter, 'Am 27. Januar 2025 büßte Microsoft 69 Milliarden Dollar ein.', [{ code: 'unsourced-figure', text: '69 Milliarden Dollar' }]);
  });
  test('English: likewise beside a year\'s investment that rose ("55,7 Milliarden Dollar investiert, ein Plus von 75 Prozent")', () => {
    assertUnchangedBy(distractor('2025-01-03_microsoft-rechenzentren.txt'), 'In January, Microsoft lost $59 billion.', [{ code: 'unsourced-figure', text: '$59 billion' }]);
  });
});

describe('a benchmark score is its model\'s', () => {
  // Another model's score on the same benchmark, in an article of another week, is neither the value a draft gives for
  // R1 nor a source that bears out a wrong one.
  const english = extraSource('2025-02-14_benchmarks.md', '---\ntitle: How the new reasoning models score\npublished: 2025-02-14\n---\n\nOpenAI\'s o1 scores 96.4 percent on MATH-500, according to the company. Among the small models, o1-mini manages 90.0 percent on MATH-500.\n');
  const german = extraSource('2025-03-05_benchmarks.md', '---\ntitle: Wie gut rechnen die neuen KI-Modelle?\npublished: 2025-03-05\n---\n\nDas Modell o1 von OpenAI erzielt im MATH-500-Benchmark 96,4 Prozent. Das kleinere o1-mini kommt dort auf 90 Prozent.\n');
  test('English: R1\'s wrong MATH-500 score is still contradicted by R1\'s, not borne out by o1\'s', () => {
    assertUnchangedBy(english, 'R1 reached 92 and 96 percent on HumanEval and MATH-500 respectively.', [{ code: 'figure-mismatch', text: '96 percent', fix: '85 percent' }]);
  });
  test('German: R1s falscher MATH-500-Wert bleibt ein Fehler neben dem Wert von o1', () => {
    assertUnchangedBy(german, 'R1 erreichte im HumanEval- und im MATH-500-Test 92 beziehungsweise 96 Prozent.', [{ code: 'figure-mismatch', text: '96 Prozent', fix: '85 Prozent' }]);
  });
});

describe('a gap or ratio of the two figures its sentence gives is their arithmetic, not another pair\'s', () => {
  // Another article's two scores of other models whose gap happens to be the draft's wrong one.
  const scores = extraSource('2025-02-20_aime-scores.md', '---\ntitle: AIME scores\npublished: 2025-02-20\n---\n\nOn the AIME test, DeepSeek R1 reached 79.8 percent in the benchmark, while OpenAI\'s o1-mini reached 70.8 percent.\n');
  const punkte = extraSource('2025-02-20_aime-werte.txt', 'AIME-Werte\n\nIm Benchmark AIME erreichte DeepSeek R1 79,8 Prozent, o1-mini von OpenAI kam auf 70,8 Prozent.\n');
  test('English: "92 percent … 85 percent …, nine percentage points apart" stays wrong beside another pair nine points apart', () => {
    assertUnchangedBy(scores, 'R1 scores 92 percent on HumanEval and 85 percent on MATH-500, nine percentage points apart.', [{ code: 'figure-mismatch', text: 'nine percentage points', fix: 'seven percentage points' }]);
  });
  test('German: „92 Prozent … 85 Prozent …, neun Punkte Abstand“ bleibt falsch neben einem anderen Paar mit neun Punkten', () => {
    assertUnchangedBy(punkte, 'Im HumanEval-Test kommt R1 auf 92 Prozent und im MATH-500-Test auf 85 Prozent, ein Abstand von neun Prozentpunkten.', [{ code: 'figure-mismatch', text: 'neun Prozentpunkten', fix: 'sieben Prozentpunkten' }]);
  });
});

describe('the organisation whose founder or chief acts is not who the figure is about', () => {
  // "DeepSeek's founder set up High-Flyer in 2015": the founder acts, the year is High-Flyer's founding, not DeepSeek's.
  // Where the clause names nothing else ("DeepSeek's founder said training cost …") the organisation stays.
  test('English: a founding year of what the founder set up; a meeting of whom the chief met', () => {
    assert.equal(readAs('DeepSeek\'s founder set up High-Flyer in 2015.', '2015'), 'High-Flyer · founding: 2015');
    assert.deepEqual(findings('DeepSeek\'s founder set up High-Flyer in 2015.'), []);
    assert.deepEqual(findings('DeepSeek\'s founder set up High-Flyer in 2016.'), [{ code: 'date-mismatch', text: '2016', fix: '2015' }]);
    assert.equal(readAs('DeepSeek\'s founder met Premier Li Qiang on 21 January.', '21 January'), 'Li Qiang · meeting: 21 January');
    assert.equal(readAs('OpenAI\'s chief executive said GPT-4o cost $78 million.', '$78 million'), 'GPT-4o · cost: $78 million');
    assert.equal(readAs('DeepSeek\'s founder said training cost $5.6 million.', '$5.6 million'), 'DeepSeek · cost: $5.6 million');
  });
  test('German: "Der Gründer von DeepSeek", "Der DeepSeek-Gründer", "DeepSeeks Chef" likewise', () => {
    assert.equal(readAs('Der Gründer von DeepSeek gründete 2015 den Hedgefonds High-Flyer.', '2015', 'de'), 'High-Flyer · Gründung: 2015');
    assert.deepEqual(findings('Der DeepSeek-Gründer rief 2015 den Hedgefonds High-Flyer ins Leben.'), []);
    assert.equal(readAs('Der DeepSeek-Gründer rief 2016 den Hedgefonds High-Flyer ins Leben.', '2016', 'de'), 'High-Flyer · Gründung: 2016');
    assert.equal(readAs('DeepSeeks Chef traf am 21. Januar Premierminister Li Qiang.', '21. Januar', 'de'), 'Li Qiang · Treffen: 21. Januar');
  });
});

describe('a table row labelled by a claim, not a name', () => {
  const unknownNames = (text: string) => [...new Set(analyzeDraft(text, index).figures.flatMap((f) => f.fact.entities.filter((e) => e.startsWith('?'))))];
  test('"| Training für 5,6 Mio. Dollar |", "| Student, 25 Jahre |", "| Training for $5.6 million |" name no one; "| S&P 500 |" still does', () => {
    assert.deepEqual(unknownNames('| Behauptung | Bewertung | Quelle |\n|---|---|---|\n| Training für 5,6 Mio. Dollar | richtig | laut Firma 5,6 Mio. Dollar |\n| Student, 25 Jahre | falsch | Ingenieur, 40 Jahre |\n'), []);
    assert.deepEqual(unknownNames('| Claim | Verdict | Sources |\n|---|---|---|\n| Training for $5.6 million | true | $5.6 million, the firm says |\n'), []);
    assert.deepEqual(unknownNames('| Index | Change |\n|---|---|\n| S&P 500 | -1.5% |\n'), ['?S&P 500']);
  });
});

describe('a founding told in the present tense, as a timeline tells it', () => {
  // "| 2016 | Liang gründet … den Hedgefonds High-Flyer |": "gründet" is a founding as "gründete" is.
  test('German: a timeline row and a sentence in the present tense', () => {
    assert.deepEqual(findings('| Jahr | Ereignis |\n|---|---|\n| 2016 | Liang gründet mit zwei Kollegen den Hedgefonds High-Flyer |'), [{ code: 'date-mismatch', text: '2016', fix: '2015' }]);
    assert.deepEqual(findings('Liang Wenfeng gründet 2015 den Hedgefonds High-Flyer.'), []);
    assert.equal(readAs('Liang Wenfeng gründet 2015 den Hedgefonds High-Flyer.', '2015', 'de'), 'Liang Wenfeng · Gründung: 2015');
  });
  test('English: the same timeline row in English reads as a founding too', () => {
    assert.deepEqual(findings('| Year | Event |\n|---|---|\n| 2016 | Liang founds the hedge fund High-Flyer with two colleagues |'), [{ code: 'date-mismatch', text: '2016', fix: '2015' }]);
  });
});

describe('a day another article merely names is no source for the day of what the draft says happened', () => {
  // A preview that names the next day with nothing happening on it yet, about nothing the draft's sentence says.
  const preview = extraSource('2025-01-30_vorschau.txt', 'Wochenvorschau\n\nDer Schock über DeepSeek sitzt den Chipwerten noch in den Knochen. Am Montag (3. Februar) dürfte sich zeigen, ob die Anleger wieder mutiger werden.\n');
  test('English: "a blog post on February 3 said that training R1 had cost …" stays unsourced beside a (German) preview of that Monday', () => {
    assertUnchangedBy(preview, 'A blog post on February 3 said that training DeepSeek\'s R1 model had cost $5.6 million.', [{ code: 'unsourced-figure', text: 'February 3' }]);
  });
  test('German: „Ein Blog schrieb am 3. Februar, das Training von R1 habe … gekostet“ bleibt ohne Quelle neben der Vorschau', () => {
    assertUnchangedBy(preview, 'Ein Blog schrieb am 3. Februar, das Training von DeepSeek R1 habe 5,6 Millionen Dollar gekostet.', [{ code: 'unsourced-figure', text: '3. Februar' }]);
  });
});

describe('a lead line\'s date dates the list or table below it', () => {
  // "… im Überblick:" then a list: each item is of the lead's day as a sentence of its paragraph would be, so the items
  // the sources bear out check the lead's date (borne out: sourced; another day: the date's mistake).
  const listDe = (day: string) => `Die Kursverluste am ${day} 2025 im Überblick:\n\n- Nvidia: −7,82 %\n- Microsoft: −3,75 %\n- Broadcom: −6,58 %\n`;
  const listEn = (day: string) => `On ${day} January 2025 the biggest fallers were:\n\n- Nvidia, down 7.82 percent\n- Broadcom, down 6.58 percent\n`;
  const tableDe = (day: string) => `Die Verluste vom ${day} 2025:\n\n| Unternehmen | Veränderung |\n|---|---|\n| Nvidia | −7,82 % |\n| Broadcom | −6,58 % |\n`;
  const tableEn = (day: string) => `How the chip stocks closed on ${day} January 2025:\n\n| Company | Change |\n|---|---|\n| Nvidia | −7.82 % |\n| Microsoft | −3.75 % |\n`;
  test('German list: the right day is sourced by its items, another day is warned with the items\' day', () => {
    assert.deepEqual(findings(listDe('27. Januar')), []);
    assert.deepEqual(findings(listDe('28. Januar')), [{ code: 'date-mismatch', text: '28. Januar 2025', fix: '27. Januar 2025' }]);
  });
  test('English list: the right day is sourced by its items, another day is warned with the items\' day', () => {
    assert.deepEqual(findings(listEn('27')), []);
    assert.deepEqual(findings(listEn('24')), [{ code: 'date-mismatch', text: '24 January 2025', fix: '27 January 2025' }]);
  });
  test('German table under a lead line', () => {
    assert.deepEqual(findings(tableDe('27. Januar')), []);
    assert.deepEqual(findings(tableDe('30. Januar')), [{ code: 'date-mismatch', text: '30. Januar 2025', fix: '27. Januar 2025' }]);
  });
  test('English table under a lead line', () => {
    assert.deepEqual(findings(tableEn('27')), []);
    assert.deepEqual(findings(tableEn('29')), [{ code: 'date-mismatch', text: '29 January 2025', fix: '27 January 2025' }]);
  });
  test('an item\'s wrong value is still the figure\'s mistake, read for the lead\'s day', () => {
    const text = 'Die Kursverluste am 27. Januar 2025 im Überblick:\n\n- Nvidia: −8,82 %\n- Microsoft: −3,75 %\n';
    assert.deepEqual(findings(text), [{ code: 'figure-mismatch', text: '−8,82 %', fix: '−7,82 %' }]);
    assert.equal(readAs(text, '−8,82 %', 'de'), 'Nvidia · Veränderung · 27. Jan. 2025: −8,82 %');
  });
  test('a paragraph after the list is no item of it: the lead dates it only as a heading would', () => {
    const text = 'On 27 January 2025 the biggest fallers were:\n\n- Nvidia, down 7.82 percent\n\nMicrosoft fell 3.75 percent.\n';
    assert.equal(readAs(text, '7.82 percent'), 'Nvidia · change · 27 Jan 2025: −7.82 percent');
    assert.equal(analyzeDraft(text, index).figures.find((x) => x.figure.text === '3.75 percent')!.fact.timeFrom, 'heading');
  });
});

describe('a date in a table\'s column header dates the cells below it', () => {
  // The header "Change on 27 January 2025" is more than a bare date: its date still dates its column's cells as a
  // lead line would, so the cells the sources bear out check it.
  const de = (day: string) => `| Unternehmen | Kursverlust am ${day} 2025 |\n|---|---|\n| Nvidia | −7,82 % |\n| Broadcom | −6,58 % |\n`;
  const en = (day: string) => `| Company | Change on ${day} January 2025 |\n|---|---|\n| Nvidia | −7.82 % |\n| Microsoft | −3.75 % |\n`;
  test('German: the right day is sourced by its cells, another day is warned', () => {
    assert.deepEqual(findings(de('27. Januar')), []);
    assert.deepEqual(findings(de('28. Januar')), [{ code: 'date-mismatch', text: '28. Januar 2025', fix: '27. Januar 2025' }]);
  });
  test('English: the right day is sourced by its cells, another day is warned', () => {
    assert.deepEqual(findings(en('27')), []);
    assert.deepEqual(findings(en('29')), [{ code: 'date-mismatch', text: '29 January 2025', fix: '27 January 2025' }]);
  });
  test('a paragraph after the table is not dated by its header', () => {
    const text = `${en('29')}\nMicrosoft fell 3.75 percent.\n`;
    assert.equal(analyzeDraft(text, index).figures.find((x) => x.figure.text === '3.75 percent')!.fact.timeFrom, 'document');
  });
});

describe('words that colour a sentence are not the direction or the meaning of the figure beside them', () => {
  test('fears that went up in smoke, „Sorgen, die sich in Luft auflösten“, are no fall of the gain told in the same sentence', () => {
    assert.deepEqual(findings('Fears went up in smoke on 28 January 2025 and Nvidia gained 8.9 percent.').filter((f) => f.code === 'figure-mismatch'), []);
    assert.deepEqual(findings('Die Sorgen lösten sich am 28. Januar 2025 in Luft auf, und Nvidia legte 8,9 Prozent zu.').filter((f) => f.code === 'figure-mismatch'), []);
  });
  test('"R1 sets up a showdown" founds nothing; "Liang founds High-Flyer" still does', () => {
    assert.deepEqual(findings('On 20 January 2025, DeepSeek\'s R1 sets up a showdown with OpenAI.').filter((f) => f.code === 'date-mismatch'), []);
    assert.deepEqual(findings('| Year | Event |\n|---|---|\n| 2016 | Liang founds the hedge fund High-Flyer with two colleagues |').map((f) => f.code), ['date-mismatch']);
  });
  test('"more than half, the academy says, …" starts a clause of its own: no share of the figure before it; "…, nearly half." still is one', () => {
    assert.deepEqual(findings('Of the world\'s 1,328 AI models, 36 percent come from China; more than half, the academy says, carry a free licence.').filter((f) => f.text.includes('half')), []);
    assert.deepEqual(findings('Half, the academy says, carry a free licence.'), []);
    assert.deepEqual(findings('36% of the world\'s 1,328 AI models come from China, nearly half.').map((f) => [f.code, f.text]), [['figure-mismatch', 'half']]);
  });
  test('"The actual figure is probably higher" corrects nothing: a wrong value the draft gives a source stays wrong', () => {
    assert.deepEqual(findings('DeepSeek says training R1 cost 6.5 million dollars. The actual figure is probably higher: 60 million dollars.').filter((f) => f.code === 'figure-mismatch').map((f) => f.text), ['6.5 million dollars']);
    assert.deepEqual(findings('Laut DeepSeek kostete das Training von R1 6,5 Millionen Dollar. Die tatsächliche Zahl dürfte höher liegen: 60 Millionen Dollar.').filter((f) => f.code === 'figure-mismatch').map((f) => f.text), ['6,5 Millionen Dollar']);
  });
});

describe('a list of values shares its verb', () => {
  const messages = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
  test('English: "rose 7.82%, 3.75% and 6.58% respectively" says each of them rose; a list that fell is clean', () => {
    assert.deepEqual(messages('On January 27, Nvidia, Microsoft and Broadcom rose 7.82%, 3.75% and 6.58% respectively.'), [
      ['figure-mismatch', '7.82%', '7.82% says it rose, but the source says it fell: -7,82 %.'],
      ['figure-mismatch', '3.75%', '3.75% says it rose, but the source says it fell: -3,75 %.'],
      ['figure-mismatch', '6.58%', '6.58% says it rose, but the source says it fell: -6,58 %.'],
    ]);
    assert.deepEqual(findings('Nvidia rose 7.82 percent, Microsoft 3.75 percent and Broadcom 6.58 percent.').map((f) => f.text), ['7.82 percent', '3.75 percent', '6.58 percent']);
    assert.equal(readAs('Nvidia lost 7.82 percent, Microsoft 3.75 percent and Broadcom 6.58 percent.', '6.58 percent'), 'Broadcom · change: −6.58 percent');
    assert.deepEqual(findings('Nvidia fell 7.82 percent and Microsoft 3.75 percent, while the Nasdaq 100 had gained 25 percent over 2024.'), []);
  });
  test('German: „stiegen um 7,82, 3,75 und 6,58 Prozent“, „stieg um 7,82 Prozent, Microsoft um 3,75 Prozent“ say each rose', () => {
    assert.deepEqual(messages('Am 27. Januar stiegen Nvidia, Microsoft und Broadcom um 7,82, 3,75 und 6,58 Prozent.'), [
      ['figure-mismatch', '7,82', '7,82 says it rose, but the source says it fell: -7,82 %.'],
      ['figure-mismatch', '3,75', '3,75 says it rose, but the source says it fell: -3,75 %.'],
      ['figure-mismatch', '6,58 Prozent', '6,58 Prozent says it rose, but the source says it fell: -6,58 %.'],
    ]);
    assert.deepEqual(findings('Nvidia stieg um 7,82 Prozent, Microsoft um 3,75 Prozent und Broadcom um 6,58 Prozent.').map((f) => f.text), ['7,82 Prozent', '3,75 Prozent', '6,58 Prozent']);
    assert.equal(readAs('Nvidia fiel um 7,82 Prozent, Microsoft um 3,75 Prozent.', '3,75 Prozent', 'de'), 'Microsoft · Veränderung: −3,75 Prozent');
  });
  test('a value with words of its own between, a sign or a comparison shares nothing: "2024 waren es noch 25 %", "more than Microsoft\'s 3.75%"', () => {
    assert.equal(readAs('Der Nasdaq 100 sackte um 3 % ab, 2024 waren es noch 25 %.', '25 %', 'de'), 'Nasdaq 100 · Veränderung · 2024: 25 %');
    assert.equal(readAs('Nvidia fell 7.82%, more than Microsoft\'s 3.75%.', '3.75%'), 'Microsoft · change: 3.75%');
    assert.equal(readAs('Nvidia −7.82%, Microsoft 3.75%.', '3.75%'), 'Microsoft: 3.75%');
  });
});

describe('a sum in a list under a lead-in is what its own name cost', () => {
  const sums = (text: string) => findings(text).filter((f) => /yuan|euro/iu.test(f.text));
  test('English: "The chips ended up in two machines: Fire-Flyer I, for 200 million yuan, …" are the machines\' costs, not sums of chips', () => {
    assert.deepEqual(sums('The chips ended up in two machines: Fire-Flyer I, for 200 million yuan, and Fire-Flyer II, for one billion yuan.'), []);
    assert.equal(readAs('The chips ended up in two machines: Fire-Flyer I, for 200 million yuan, and Fire-Flyer II, for one billion yuan.', '200 million yuan'), 'Fire-Flyer I: 200 million yuan');
    assert.deepEqual(sums('The chips ended up in two machines: Fire-Flyer I, for one billion yuan, and Fire-Flyer II, for 200 million yuan.').filter((f) => f.code === 'figure-mismatch'), [{ code: 'figure-mismatch', text: '200 million yuan', fix: '1 billion yuan' }]);
  });
  test('German: „Die Chips steckten in zwei Rechnern: Fire-Flyer I für … (etwa … Euro)“: the sum and its conversion are the machine\'s; a swap is caught', () => {
    assert.deepEqual(sums('Die Chips steckten in zwei Rechnern: Fire-Flyer I für 200 Millionen Yuan (etwa 26 Millionen Euro) und Fire-Flyer II für eine Milliarde Yuan.'), []);
    assert.equal(readAs('Die Chips steckten in zwei Rechnern: Fire-Flyer I für 200 Millionen Yuan (etwa 26 Millionen Euro) und Fire-Flyer II für eine Milliarde Yuan.', '26 Millionen Euro', 'de'), 'Fire-Flyer I: 26 Millionen Euro');
    assert.deepEqual(sums('Die Chips steckten in zwei Rechnern: Fire-Flyer I für eine Milliarde Yuan (etwa 130 Millionen Euro) und Fire-Flyer II für 200 Millionen Yuan.'), [
      { code: 'figure-mismatch', text: 'eine Milliarde Yuan', fix: '200 Millionen Yuan' },
      { code: 'figure-mismatch', text: '130 Millionen Euro', fix: '26 Millionen Euro' },
      { code: 'figure-mismatch', text: '200 Millionen Yuan', fix: 'eine Milliarde Yuan' },
    ]);
  });
  test('a sum whose own words say what it is keeps it: "Liang spent heavily on chips: Nvidia A100s worth 78 million dollars"', () => {
    assert.equal(readAs('Liang spent heavily on chips: Nvidia A100s worth 78 million dollars.', '78 million dollars'), 'Liang Wenfeng · cost: 78 million dollars');
  });
});

describe('an age in a table, and the age of a firm', () => {
  test('a row or column that says "Alter" or "age" makes its whole number an age, of the person its row names (German, English)', () => {
    const de = (age: string) => `Liang Wenfeng baute DeepSeek in Hangzhou auf.\n\n| Person | Alter |\n|---|---|\n| Liang Wenfeng | ${age} |\n`;
    assert.deepEqual(findings(de('43')), [{ code: 'figure-mismatch', text: '43', fix: '40' }]);
    assert.deepEqual(findings(de('40')), []);
    const en = (age: string) => `---\nlang: en\n---\n\nDeepSeek was founded by Liang Wenfeng.\n\n| Who | What | Note |\n|---|---|---|\n| Liang Wenfeng | ${age} | his age |\n`;
    assert.deepEqual(findings(en('38 years')), [{ code: 'figure-mismatch', text: '38 years', fix: '40 years' }]);
    assert.deepEqual(findings(en('40 years')), []);
  });
  test('"Die Firma ist heute zehn Jahre alt", "The company is ten years old now": the firm\'s age, not the founder\'s named before it', () => {
    assert.deepEqual(findings('Liang Wenfeng gründete 2015 den Hedgefonds High-Flyer. Die Firma ist heute zehn Jahre alt.\n\nDer Gründer Liang Wenfeng ist 40.'), [{ code: 'unsourced-figure', text: 'zehn Jahre' }]);
    assert.deepEqual(findings('---\nlang: en\n---\n\nLiang Wenfeng set up the hedge fund High-Flyer in 2015. The company is ten years old now.\n\nIts founder, Liang Wenfeng, is 40.'), [{ code: 'unsourced-figure', text: 'ten years old' }]);
  });
});

describe('"the founder" is the person the draft named as the founder, not the last person named', () => {
  const before = (de: boolean) => (de
    ? 'Ihr Gründer Liang Wenfeng baute 2015 den Hedgefonds High-Flyer auf. Matt Sheehan vom Carnegie Endowment sieht die Exportkontrollen anders.'
    : '---\nlang: en\n---\n\nIts founder, Liang Wenfeng, set up High-Flyer in 2015. Matt Sheehan of the Carnegie Endowment sees the export curbs differently.');
  test('German: a row „Alter des Gründers“ and „Der Gründer ist 42 Jahre alt“ are Liang Wenfeng\'s age (40)', () => {
    assert.deepEqual(findings(`${before(true)}\n\n| Posten | Wert |\n|---|---|\n| Alter des Gründers | 42 |`), [{ code: 'figure-mismatch', text: '42', fix: '40' }]);
    assert.deepEqual(findings(`${before(true)}\n\n| Posten | Wert |\n|---|---|\n| Alter des Gründers | 40 |`), []);
    assert.deepEqual(findings(`${before(true)} Der Gründer ist 42 Jahre alt.`), [{ code: 'figure-mismatch', text: '42 Jahre', fix: '40 Jahre' }]);
  });
  test('English: a row "Founder\'s age" and "The founder is 42 years old" are Liang Wenfeng\'s age (40)', () => {
    assert.deepEqual(findings(`${before(false)}\n\n| Item | Value |\n|---|---|\n| Founder's age | 42 |`), [{ code: 'figure-mismatch', text: '42', fix: '40' }]);
    assert.deepEqual(findings(`${before(false)}\n\n| Item | Value |\n|---|---|\n| Age of the founder | 42 |`), [{ code: 'figure-mismatch', text: '42', fix: '40' }]);
    assert.deepEqual(findings(`${before(false)}\n\n| Item | Value |\n|---|---|\n| Founder's age | 40 |`), []);
    assert.deepEqual(findings(`${before(false)} The founder is 42 years old.`), [{ code: 'figure-mismatch', text: '42 years old', fix: '40 years old' }]);
  });
  test('a list item "DeepSeek\'s founder: 41 years old", „Der Gründer: 41 Jahre alt“ after other people were named is the founder\'s age; "The founder is Liang Wenfeng" names the founder (English, German)', () => {
    const en = (item: string) => `---\nlang: en\n---\n\nThe founder is Liang Wenfeng, a computer engineer from Guangdong. The lab\'s founder met Premier Li Qiang.\n\n1. R1 training: $5.6 million\n2. ${item}\n`;
    assert.deepEqual(findings(en("DeepSeek's founder: 41 years old")), [{ code: 'figure-mismatch', text: '41 years old', fix: '40 years old' }]);
    assert.deepEqual(findings(en("DeepSeek's founder: 40 years old")), []);
    const de = (item: string) => `DeepSeek-Gründer Liang Wenfeng ist Informatikingenieur. Matt Sheehan vom Carnegie Endowment sieht die Exportkontrollen anders.\n\n- ${item}\n`;
    assert.deepEqual(findings(de('Der Gründer: 41 Jahre alt')), [{ code: 'figure-mismatch', text: '41 Jahre', fix: '40 Jahre' }]);
    assert.deepEqual(findings(de('Der Gründer: 40 Jahre alt')), []);
  });
  test('a name owned after "the founder was" ("Li Qiang\'s guest") is not the founder', () => {
    const guest = "---\nlang: en\n---\n\nDeepSeek's founder, Liang Wenfeng, did not comment. The founder was Li Qiang's guest in Beijing.\n\nThe founder is 41 years old.\n";
    assert.deepEqual(findings(guest), [{ code: 'figure-mismatch', text: '41 years old', fix: '40 years old' }]);
    const gast = 'DeepSeek-Gründer Liang Wenfeng äußerte sich nicht. Der Gründer war Li Qiangs Gast in Peking.\n\nDer Gründer ist 41 Jahre alt.\n';
    assert.deepEqual(findings(gast), [{ code: 'figure-mismatch', text: '41 Jahre', fix: '40 Jahre' }]);
  });
  test('the writer\'s own founder („Unser Gründer: 41 Jahre“, "Our founder: 41 years old") is not Liang Wenfeng', () => {
    const de = (item: string) => `DeepSeek-Gründer Liang Wenfeng ist Informatikingenieur. Matt Sheehan vom Carnegie Endowment sieht die Exportkontrollen anders.\n\n- ${item}\n`;
    assert.deepEqual(findings(de('Unser Gründer: 41 Jahre alt')), [{ code: 'unsourced-figure', text: '41 Jahre' }]);
    assert.deepEqual(findings(de('Our founder: 41 years old')), [{ code: 'unsourced-figure', text: '41 years old' }]);
    const en = (item: string) => `---\nlang: en\n---\n\nDeepSeek's founder, Liang Wenfeng, is a computer engineer. Matt Sheehan of the Carnegie Endowment disagrees.\n\n1. ${item}\n`;
    // "Mistral's founder: 33 years old" here is already read as Liang Wenfeng's age before this change (left as is).
    assert.deepEqual(findings(en("Our founder: 40 years old")), [{ code: 'unsourced-figure', text: '40 years old' }]);
  });
});

describe('a caption\'s bracketed age with more in the bracket', () => {
  test('"Liang Wenfeng (43, links)", "Liang Wenfeng (44, right)": the age of the person before the bracket (German, English)', () => {
    assert.deepEqual(findings('*Bild: Liang Wenfeng (43, links) auf dem Podium in Peking.*'), [{ code: 'figure-mismatch', text: '43', fix: '40' }]);
    assert.deepEqual(findings('*Bild: Liang Wenfeng (40, links) auf dem Podium in Peking.*'), []);
    assert.deepEqual(findings('---\nlang: en\n---\n\n*Photo: Liang Wenfeng (44, right) on stage in Beijing.*'), [{ code: 'figure-mismatch', text: '44', fix: '40' }]);
    assert.deepEqual(findings('---\nlang: en\n---\n\n*Photo: Liang Wenfeng (40, right) on stage in Beijing.*'), []);
  });
  test('a bracket whose words say what was scored is a result, no one\'s age: "(92, HumanEval score)", „(92, HumanEval-Wert)“ (German, English)', () => {
    assert.deepEqual(findings('Das neue Modell von Liang Wenfeng (92, HumanEval-Wert) schlug die meisten Konkurrenten.'), []);
    assert.deepEqual(findings('Das neue Modell von Liang Wenfeng (92, Punktzahl im Programmiertest) schlug die meisten Konkurrenten.'), []);
    assert.deepEqual(findings('---\nlang: en\n---\n\nR1 outscored Mistral Large (81, HumanEval score) and Claude Sonnet (88, coding benchmark).'), []);
    assert.equal(analyzeDraft('R1 outscored Mistral Large (81, HumanEval score) easily.', index).figures.some((f) => f.figure.kind === 'age'), false);
    // A bracket that says what the person does is still the age.
    assert.deepEqual(findings('---\nlang: en\n---\n\n*Photo: Liang Wenfeng (44, latest results in hand) on stage.*'), [{ code: 'figure-mismatch', text: '44', fix: '40' }]);
  });
});

describe('a day named without its year is in the year of its document (dist9d)', () => {
  // A piece dated on the day it airs ("Sendung: Montag, 3. Februar 2025") that speaks of "27. Januar" twice is about 27
  // January 2025: its market figures with no day of their own are that day's, not the dateline's, whatever an article
  // about 3 February says.
  const week = distractor('2025-02-07_chipwerte-wochenbilanz.txt');
  test('German: „büßten bis zu einem Zehntel ein“ under a dateline of 3 February is the fall of the 27 January the piece speaks of', () => {
    const draft = '# Der DeepSeek-Schock\n\nSendung: Montag, 3. Februar 2025\n\nAm 27. Januar brachen die Kurse ein, Nvidia verlor am 27. Januar 7,82 Prozent.\n\nAuch in Europa und Asien erwischt es die Branche: Infineon und SoftBank büßten bis zu einem Zehntel ihres Werts ein.\n';
    assertUnchangedBy(week, draft, [{ code: 'unsourced-figure', text: '3. Februar 2025' }]);
  });
  test('English: "up to 10 percent" under a dateline of 3 February is the fall of the 27 January the piece speaks of', () => {
    const draft = '# The DeepSeek shock\n\nAired: Monday, 3 February 2025\n\nOn 27 January, markets slumped, and Nvidia lost 7.82 percent on 27 January.\n\nIn Europe and Asia too, Infineon and SoftBank lose up to 10 percent.\n';
    assertUnchangedBy(week, draft, [{ code: 'unsourced-figure', text: '3 February 2025' }]);
  });
});

describe('a fall told in the present tense', () => {
  // A ticker or a headline tells the day's move in the present: "Nvidia slips", „Nvidia bröckelt ab“ are falls as
  // "slipped" and „fiel“ are, so the value is a fall's and a rise of the same size is no match for it.
  test('English: "slips", "dips" and "sags" name a fall', () => {
    for (const verb of ['slips', 'dips', 'sags']) {
      assert.equal(readAs(`On 27 January 2025, Nvidia ${verb} 7.82 percent.`, '7.82 percent'), 'Nvidia · change · 27 Jan 2025: −7.82 percent');
    }
  });
  test('German: „bröckelt ab“ names a fall', () => {
    assert.equal(readAs('Am 27. Januar 2025 bröckelt Nvidia um 7,82 Prozent ab.', '7,82 Prozent', 'de'), 'Nvidia · Veränderung · 27. Jan. 2025: −7,82 Prozent');
  });
});

describe('a day\'s move its source dates only to a year is no rival of one stated for a day', () => {
  // A market report of Friday 24 January whose paragraph names only "2025" ("end 2025 with more than 1.3 million
  // graphics processors") gives its 0.6 percent fall no day: it may be any day's, so the sources do not disagree about
  // Microsoft's fall of 27 January.
  const friday = distractor('2025-01-24_wall-street-friday.txt');
  test('English: "Microsoft lost 3.75 percent" on the day of the DeepSeek sell-off is no source-conflict', () => {
    assertUnchangedBy(friday, '---\nlang: en\n---\n\n# The sell-off\n\nOn Monday, January 27, 2025, tech shares tumbled.\n\n- Nvidia: down 7.82%\n- Microsoft: down 3.75%\n', []);
  });
  test('German: „Microsoft verlor 3,75 Prozent“ am Tag des DeepSeek-Ausverkaufs ist kein Widerspruch der Quellen', () => {
    assertUnchangedBy(friday, '# Der Ausverkauf\n\nAm Montag, dem 27. Januar 2025, brachen die Techwerte ein.\n\nAm stärksten erwischte es Nvidia. Der Chipkonzern verlor 7,82 Prozent. Broadcom und Microsoft folgten mit 6,58 und 3,75 Prozent Minus.\n', []);
  });
});

describe('a heading of two words in capitals names no one (dist9d)', () => {
  // "STARGATE QUESTIONS" over a section of another day's market report is shouted, as "WHAT THE ANALYSTS SAY" is:
  // its capitals make no name of an ordinary word, which a draft's "Question" would then misspell.
  test('English: a table\'s "Question" is no misspelt "QUESTIONS"', () => {
    const extra = extraSource('friday.txt', 'Wall Street slips from records\n\nNvidia fell 3.1 percent on Friday.\n\nSTARGATE QUESTIONS\n\nAnalysts doubted the plan.\n');
    assertUnchangedBy(extra, '| Question | Answer |\n|---|---|\n| Who built R1? | DeepSeek |\n', []);
  });
  test('German: „Frage“ in a table is no misspelt „FRAGEN“', () => {
    const extra = extraSource('freitag.txt', 'Wall Street gibt nach\n\nNvidia fiel am Freitag um 3,1 Prozent.\n\nOFFENE FRAGEN\n\nAnalysten zweifelten an dem Plan.\n');
    assertUnchangedBy(extra, '| Frage | Antwort |\n|---|---|\n| Wer baute R1? | DeepSeek |\n', []);
  });
});

describe('a ratio compares two values of the claim\'s own day', () => {
  // The rebound of 28 January: Nvidia +8.9 %, Microsoft +2.9 % (≈ 3.1 times); the bundled article's 27 January:
  // −7.82 % and −3.75 % (≈ 2.1 times). The 27th's ratio says nothing of a ratio the draft states for the 28th.
  const rebound = distractor('2025-01-28_nvidia-rebound.txt');
  const mismatches = (text: string) => findings(text, withSources(rebound)).filter((f) => f.code === 'figure-mismatch');
  test('German: „Am 28. Januar stieg Nvidia etwa dreimal so stark wie Microsoft“ is not contradicted by the 27th\'s ratio; the 27th\'s wrong one still is', () => {
    assert.deepEqual(mismatches('Am 28. Januar 2025 stieg Nvidia etwa dreimal so stark wie Microsoft.'), []);
    assert.deepEqual(mismatches('Am 27. Januar 2025 verlor Nvidia etwa dreimal so viel wie Microsoft.'), [{ code: 'figure-mismatch', text: 'dreimal' }]);
  });
  test('English: "On January 28, Nvidia rose about three times as much as Microsoft" is not contradicted by the 27th\'s ratio; the 27th\'s wrong one still is', () => {
    assert.deepEqual(mismatches('On January 28, 2025, Nvidia rose about three times as much as Microsoft.'), []);
    assert.deepEqual(mismatches('On January 27, 2025, Nvidia lost about three times as much as Microsoft.'), [{ code: 'figure-mismatch', text: 'three times', fix: '2.1 times' }]);
  });
});

describe('a hedge that says on which side of a share the true value lies', () => {
  const de = 'Am 27. Januar verlor die Nvidia-Aktie 7,82 Prozent. Damit hatte Nvidia an einem Tag ';
  const en = 'On 27 January Nvidia shares fell 7.82%. Nvidia thus lost ';
  test('German: „gut ein Zehntel“, „ein gutes Zehntel“ for 7,82 % are too much; „knapp ein Zehntel“ is true', () => {
    assert.deepEqual(findings(`${de}gut ein Zehntel seines Kurswerts eingebüßt.`), [
      { code: 'figure-mismatch', text: 'ein Zehntel' },
    ]);
    assert.deepEqual(findings(`${de}ein gutes Zehntel seines Kurswerts eingebüßt.`).map((f) => [f.code, f.text]), [['figure-mismatch', 'ein gutes Zehntel']]);
    assert.deepEqual(findings(`${de}knapp ein Zehntel seines Kurswerts eingebüßt.`), []);
    assert.deepEqual(findings(`${de}ein knappes Zehntel seines Kurswerts eingebüßt.`), []);
  });
  test('English: "a good tenth" for 7.82% is too much; "nearly a tenth", "just under a tenth" are true', () => {
    assert.deepEqual(findings(`${en}a good tenth of its market value in a day.`), [
      { code: 'figure-mismatch', text: 'a good tenth' },
    ]);
    assert.deepEqual(findings(`${en}just over a tenth of its market value in a day.`).map((f) => [f.code, f.text]), [['figure-mismatch', 'a tenth']]);
    assert.deepEqual(findings(`${en}nearly a tenth of its market value in a day.`), []);
    assert.deepEqual(findings(`${en}just under a tenth of its market value in a day.`), []);
  });
});

describe('a filing\'s words for a founding', () => {
  // A 10-K says a company "was incorporated", a German filing that it was "ins Handelsregister eingetragen": the date is
  // its founding, checked against "Das im Juli 2023 gegründete Startup DeepSeek".
  test('English: "DeepSeek, which was incorporated in July 2022," and "DeepSeek, incorporated in July 2022," are founded a year early', () => {
    assert.deepEqual(findings('DeepSeek, which was incorporated in July 2022, released R1 on January 20, 2025.').filter((f) => f.code === 'date-mismatch'), [
      { code: 'date-mismatch', text: 'July 2022', fix: 'July 2023' }]);
    assert.deepEqual(findings('DeepSeek, incorporated in July 2022, trained R1 on H800 chips.'), [{ code: 'date-mismatch', text: 'July 2022', fix: 'July 2023' }]);
    assert.deepEqual(findings('DeepSeek was incorporated in July 2023.'), []);
  });
  test('German: „DeepSeek wurde im Juli 2022 ins Handelsregister eingetragen“ ist ein Jahr zu früh gegründet', () => {
    assert.deepEqual(findings('DeepSeek wurde im Juli 2022 ins Handelsregister eingetragen.'), [{ code: 'date-mismatch', text: 'Juli 2022', fix: 'Juli 2023' }]);
    assert.deepEqual(findings('DeepSeek wurde im Juli 2023 ins Handelsregister eingetragen.'), []);
  });
  test('English: "incorporated reinforcement learning into R1 in 2024" builds something in and founds nothing', () => {
    // German has no such second sense („ins Handelsregister eingetragen“ is only a filing): an English test only.
    const noDateMismatch = (text: string) => findings(text).filter((f) => f.code === 'date-mismatch');
    assert.deepEqual(noDateMismatch('DeepSeek released R1 on January 20, 2025. The company incorporated reinforcement learning into R1 in 2024.'), []);
    assert.deepEqual(noDateMismatch('DeepSeek released R1 on January 20, 2025. Reinforcement learning was incorporated into R1 in 2024.'), []);
    assert.deepEqual(findings('DeepSeek was incorporated in July 2022.'), [{ code: 'date-mismatch', text: 'July 2022', fix: 'July 2023' }]);
  });
});

describe('a founding told in everyday words', () => {
  const index = bundledIndex();
  const said = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);
  test('„aufgezogen“, „auf die Beine gestellt“, „aus der Taufe gehoben“ found High-Flyer: its year is checked', () => {
    assert.deepEqual(said('Liang Wenfeng hatte 2016 den Hedgefonds High-Flyer aufgezogen.'), [['date-mismatch', '2016', '2015']]);
    assert.deepEqual(said('Liang Wenfeng hatte High-Flyer 2016 auf die Beine gestellt.'), [['date-mismatch', '2016', '2015']]);
    assert.deepEqual(said('Liang Wenfeng hob High-Flyer 2016 aus der Taufe.'), [['date-mismatch', '2016', '2015']]);
  });
  test('"spun up" founds High-Flyer in English: its year is checked', () => {
    assert.deepEqual(said('Liang Wenfeng had spun up the hedge fund High-Flyer in 2016.'), [['date-mismatch', '2016', '2015']]);
  });
});

describe('an age set before a noun is a person\'s only before a person: „der 42 Jahre alte Liang“, not „der zehn Jahre alte Hedgefonds“', () => {
  test('German: „ein/der 42 Jahre alte(r) …“ before a person noun or name is checked against Liang\'s 40 years; the right age is sourced', () => {
    assert.deepEqual(findings('Ein 42 Jahre alter Informatikingenieur aus der Provinz Guangdong, Liang Wenfeng, gründete DeepSeek.'), [{ code: 'figure-mismatch', text: '42 Jahre', fix: '40 Jahre' }]);
    assert.deepEqual(findings('Der 42 Jahre alte Liang Wenfeng gründete DeepSeek in Hangzhou.'), [{ code: 'figure-mismatch', text: '42 Jahre', fix: '40 Jahre' }]);
    assert.deepEqual(findings('Ein 40 Jahre alter Informatikingenieur aus der Provinz Guangdong, Liang Wenfeng, gründete DeepSeek.'), []);
  });
  test('German: a fund\'s, a rule\'s or a chip\'s age is nobody\'s age: no figure-mismatch against his 40 years, no clash with each other', () => {
    const warnings = (text: string) => findings(text).filter((f) => f.code !== 'unsourced-figure');
    assert.deepEqual(warnings('Liang Wenfeng leitet einen zehn Jahre alten Hedgefonds.'), []);
    assert.deepEqual(warnings('Hinter DeepSeek steht Liang Wenfeng. Er leitet auch den zehn Jahre alten Hedgefonds High-Flyer.'), []);
    assert.deepEqual(warnings('Die drei Jahre alten Exportregeln der USA trafen DeepSeek hart. Liang Wenfeng nutzte die zwei Jahre alten A100-Chips.'), []);
    assert.deepEqual(warnings('Liang Wenfeng leitet einen Fonds, der zehn Jahre alt ist.'), []);
  });
  test('English: "Liang Wenfeng, 42 years of age" and "a 42-year-old hedge fund manager" are checked against his 40 years', () => {
    assert.deepEqual(findings('DeepSeek founder Liang Wenfeng, 42 years of age, set up the firm in Hangzhou.'), [{ code: 'figure-mismatch', text: '42 years of age', fix: '40 years of age' }]);
    assert.deepEqual(findings('DeepSeek was founded in Hangzhou by a 42-year-old hedge fund manager, Liang Wenfeng.'), [{ code: 'figure-mismatch', text: '42-year-old', fix: '40-year-old' }]);
    assert.deepEqual(findings('DeepSeek founder Liang Wenfeng, who is 40 years of age, set up the firm in Hangzhou.'), []);
  });
  test('English: "the ten-year-old hedge fund", "the two-year-old export rules", "a fund that is ten years of age" are no person\'s age', () => {
    const warnings = (text: string) => findings(text).filter((f) => f.code !== 'unsourced-figure');
    assert.deepEqual(warnings('Behind DeepSeek stands Liang Wenfeng. He also runs the ten-year-old hedge fund High-Flyer.'), []);
    assert.deepEqual(warnings('Liang Wenfeng runs a fund that is ten years of age.'), []);
    assert.deepEqual(warnings('The two-year-old US export rules hit DeepSeek hard. According to Liang Wenfeng, the three-year-old A100 chips were still good enough.'), []);
  });
});

describe('a date in a sentence of its own that points back ("Das war im Juli 2022.", "That was in 2015.") dates the event told just before it', () => {
  test('German: „Dann hat er DeepSeek gegründet. Das war im Juli 2022.“ is a founding date, contradicted with the source\'s; „im Juli 2023“ is backed', () => {
    const text = (date: string) => `Liang Wenfeng leitete einen Hedgefonds. Mit dem Geld von High-Flyer hat er dann DeepSeek gegründet. Das war im ${date}. Die Firma sitzt in Hangzhou.\n`;
    assert.deepEqual(findings(text('Juli 2022')), [{ code: 'date-mismatch', text: 'Juli 2022', fix: 'Juli 2023' }]);
    assert.deepEqual(findings(text('Juli 2023')), []);
    assert.match(readAs(text('Juli 2023'), 'Juli 2023', 'de'), /· Gründung: Juli 2023$/);
  });
  test('English: "Liang set up the hedge fund High-Flyer with two other engineers. That was in 2016." is contradicted; "in 2015" is backed', () => {
    const text = (year: string) => `---\nlang: en\n---\n\nLiang Wenfeng set up the hedge fund High-Flyer with two other engineers. That was in ${year}.\n`;
    assert.deepEqual(findings(text('2016')), [{ code: 'date-mismatch', text: '2016', fix: '2015' }]);
    assert.deepEqual(findings(text('2015')), []);
  });
  test('German and English guard: a date sentence that does not point back, or follows a sentence that dates its own event, or a figure of another kind, takes no event', () => {
    // Its own event, dated in its own sentence: the next sentence's year is not that event's.
    assert.deepEqual(findings('DeepSeek wurde im Juli 2023 gegründet. Das war im Jahr, als die USA den Export beschränkten: 2022.\n').filter((f) => f.code === 'date-mismatch'), []);
    assert.deepEqual(findings('---\nlang: en\n---\n\nDeepSeek was founded in July 2023. That was a busy year; in 2022 the US had restricted chip exports.\n').filter((f) => f.code === 'date-mismatch'), []);
    // No pointer: "Im Dezember 2024 erschien V3." after the founding is another event.
    assert.deepEqual(findings('Mit dem Geld von High-Flyer hat Liang dann DeepSeek gegründet. Im Dezember 2024 erschien das Modell V3.\n'), []);
    assert.deepEqual(findings('---\nlang: en\n---\n\nWith High-Flyer\'s money Liang then founded DeepSeek. In December 2024 it released V3.\n'), []);
    // A pointer before a figure that is no date: "That was 40 percent more" is no founding.
    assert.deepEqual(findings('---\nlang: en\n---\n\nWith High-Flyer\'s money Liang then founded DeepSeek. That was a bold bet with 160 staff.\n').filter((f) => f.code === 'date-mismatch'), []);
  });
});
