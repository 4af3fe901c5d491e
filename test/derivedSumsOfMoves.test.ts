import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, claimsOf, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The source: „Innerhalb weniger Stunden stürzten die Kurse von Branchengrößen wie Nvidia (-7,82 %), Microsoft (-3,75 %)
// und Broadcom (-6,58 %) ab.“ Together 18,15 percentage points; on average 6,05 %.
const index = bundledIndex();
const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
const warnings = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.severity !== 'information').map((f) => [f.code, text.slice(f.start, f.end), f.message]);
const claims = (text: string) => claimsOf(analyzeDraft(text, index), index).map((c) => [c.status, text.slice(c.start, c.end)]);

const SUM = 'contradicts the source, which says 7,82 % + 3,75 % + 6,58 % = 18.15 percentage points.';
const MEAN = 'contradicts the source, which says (7,82 % + 3,75 % + 6,58 %) ÷ 3 ≈ 6.05 %.';

describe('the sum and the average of one sentence\'s moves the same way', () => {
  const de = 'Nvidia verlor 7,82 Prozent, Microsoft 3,75 Prozent und Broadcom 6,58 Prozent.';
  test('German: „Zusammen verloren die drei 18,15 Prozentpunkte, im Schnitt gut sechs Prozent“ is borne out', () => {
    const text = `${de} Zusammen verloren sie 18,15 Prozentpunkte, im Schnitt gut sechs Prozent.`;
    assert.deepEqual(all(text), []);
    assert.deepEqual(claims(text)[1], ['supported', 'Zusammen verloren sie 18,15 Prozentpunkte, im Schnitt gut sechs Prozent.']);
    assert.deepEqual(warnings(`${de} Zusammen verloren die drei Konzerne 18,15 Prozentpunkte.`), []);
  });
  test('German: a wrong sum and a wrong average are each contradicted', () => {
    assert.deepEqual(warnings(`${de} Zusammen verloren die drei Konzerne 17,15 Prozentpunkte.`), [['figure-mismatch', '17,15 Prozentpunkte', `17,15 Prozentpunkte ${SUM}`]]);
    assert.deepEqual(warnings(`${de} Zusammen verloren sie 17,15 Prozentpunkte.`), [['figure-mismatch', '17,15 Prozentpunkte', `17,15 Prozentpunkte ${SUM}`]]);
    // Eight is about Nvidia's fall, but no average of the three.
    assert.deepEqual(warnings(`${de} Im Durchschnitt verloren die drei Konzerne acht Prozent.`), [['figure-mismatch', 'acht Prozent', `acht Prozent ${MEAN}`]]);
  });
  test('English: "Together the three lost 18.15 points, an average of about 6%" is borne out', () => {
    const text = 'Nvidia fell 7.82%, Microsoft 3.75% and Broadcom 6.58%. Together they lost 18.15 points, an average of about 6%.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(claims(text)[1], ['supported', 'Together they lost 18.15 points, an average of about 6%.']);
    assert.deepEqual(warnings(text.replace('they', 'the three')), []);
  });
  test('English: a wrong sum and a wrong average are each contradicted', () => {
    const en = 'Nvidia fell 7.82%, Microsoft 3.75% and Broadcom 6.58%.';
    assert.deepEqual(warnings(`${en} Together the three lost 17.15 points.`), [['figure-mismatch', '17.15 points', `17.15 points ${SUM}`]]);
    assert.deepEqual(warnings(`${en} On average, the three fell 8%.`), [['figure-mismatch', '8%', `8% ${MEAN}`]]);
  });
  test('German and English: „summieren sich auf“, "sum to" add up as „zusammen“ does', () => {
    assert.deepEqual(warnings(`${de} Die drei Verluste summieren sich auf 18,15 Prozentpunkte.`), []);
    assert.deepEqual(warnings(`${de} Die drei Verluste summieren sich auf 17,15 Prozentpunkte.`), [['figure-mismatch', '17,15 Prozentpunkte', `17,15 Prozentpunkte ${SUM}`]]);
    const en = 'Nvidia fell 7.82%, Microsoft 3.75% and Broadcom 6.58%.';
    assert.deepEqual(warnings(`${en} The three losses sum to 18.15 points.`), []);
    assert.deepEqual(warnings(`${en} The three losses sum to 17.15 points.`), [['figure-mismatch', '17.15 points', `17.15 points ${SUM}`]]);
  });
  test('German and English: a move said without "zusammen" or "average" is each one\'s own, as before', () => {
    assert.deepEqual(warnings('Nvidia verlor am 27. Januar 2025 sechs Prozent.'), [['figure-mismatch', 'sechs Prozent', 'sechs Prozent contradicts the source, which says -7,82 %.']]);
    assert.deepEqual(warnings('On 27 January 2025 Nvidia fell 6%.'), [['figure-mismatch', '6%', '6% contradicts the source, which says -7,82 %.']]);
    assert.deepEqual(all('Insgesamt fiel Nvidia am 27. Januar 2025 um 7,82 Prozent.'), []);
    assert.deepEqual(all('In all, Nvidia fell 7.82% on 27 January 2025.'), []);
  });
  test('German and English: an average borne out by the sources\' Monday says nothing of the session\'s date above it', () => {
    const de = '**Mittwoch, 29. Januar 2025 – Straßburg**\n\nNvidia verlor 7,82 Prozent, Microsoft 3,75 Prozent und Broadcom 6,58 Prozent. Zusammen haben die drei Konzerne an diesem Montag im Schnitt rund sechs Prozent verloren.';
    assert.deepEqual(warnings(de), []);
    const en = '**Wednesday, 29 January 2025 – Strasbourg**\n\nNvidia fell 7.82%, Microsoft 3.75% and Broadcom 6.58%. On that Monday the three lost an average of about 6%.';
    assert.deepEqual(warnings(en), []);
  });
  test('German and English: the score pair (92 %, 85 %) moved nowhere, so its average is no move', () => {
    assert.deepEqual(warnings('R1 erreichte bei HumanEval 92 Prozent und bei MATH-500 85 Prozent, im Schnitt also 88,5 Prozent.'), []);
    assert.deepEqual(warnings('R1 scored 92% on HumanEval and 85% on MATH-500, an average of 88.5%.'), []);
  });
});

const mismatch = (text: string, figure: string, says: string) => ['figure-mismatch', figure, `${figure} contradicts the source, which says ${says}.`];

describe('a number beside an amount „insgesamt“ names no parts of a sum of money (review 49, M0)', () => {
  test('German: „in drei Monaten“, „in drei Phasen“, „in den kommenden drei Jahren“ leave a wrong total contradicted', () => {
    const de = ['Das Training von DeepSeek R1 kostete insgesamt 6,6 Millionen Dollar, verteilt über drei Monate.', 'Insgesamt kostete das Training von DeepSeek R1 in drei Phasen 6,6 Millionen Dollar.'];
    for (const text of de) assert.deepEqual(warnings(text), [mismatch(text, '6,6 Millionen Dollar', '5,6 Millionen Dollar')]);
    const stargate = 'Project Stargate soll in den kommenden drei Jahren insgesamt 600 Milliarden Dollar investieren.';
    assert.deepEqual(warnings(stargate), [mismatch(stargate, '600 Milliarden Dollar', '500-Milliarden-Dollar')]);
  });
  test('English: "over three months", "in three phases" leave a wrong total contradicted', () => {
    for (const text of ['In total, training DeepSeek R1 cost $6.6 million over three months.', 'In total, training DeepSeek R1 cost $6.6 million in three phases.']) {
      assert.deepEqual(warnings(text), [mismatch(text, '$6.6 million', '5,6 Millionen Dollar')]);
    }
  });
  test('German and English: „die drei Konzerne“, "the three" still name the parts of a sum of moves', () => {
    assert.deepEqual(warnings('Nvidia verlor 7,82 Prozent, Microsoft 3,75 Prozent und Broadcom 6,58 Prozent. Die drei Konzerne verloren zusammen 17,15 Prozentpunkte.'), [['figure-mismatch', '17,15 Prozentpunkte', `17,15 Prozentpunkte ${SUM}`]]);
    assert.deepEqual(warnings('Nvidia fell 7.82%, Microsoft 3.75% and Broadcom 6.58%. The three lost 17.15 points together.'), [['figure-mismatch', '17.15 points', `17.15 points ${SUM}`]]);
  });
});

describe('a word for a sum or an average governs the first change after it in its clause (review 49, M4)', () => {
  test('German: „im Schnitt rund sechs Prozent, Nvidia sogar 7,82 Prozent“ is borne out, „Nvidia sogar 9 Prozent“ contradicted', () => {
    // The average names no firm: Nvidia is its own clause's („sechs Prozent“ is borne out by the three's mean).
    assert.deepEqual(all('Am 27. Januar 2025 verloren die drei Chipwerte im Schnitt rund sechs Prozent, Nvidia sogar 7,82 Prozent.'), [['unsourced-figure', 'drei', 'No source states drei.']]);
    const wrong = 'Am 27. Januar 2025 verloren die drei Chipwerte im Schnitt rund sechs Prozent, Nvidia sogar 9 Prozent.';
    assert.deepEqual(warnings(wrong), [mismatch(wrong, '9 Prozent', '-7,82 %')]);
    const alone = 'Zusammen verloren die drei Konzerne 18,15 Prozentpunkte, Nvidia allein 9 Prozent.';
    assert.deepEqual(warnings(alone), [mismatch(alone, '9 Prozent', '-7,82 %')]);
    assert.deepEqual(all(alone.replace('9 Prozent', '7,82 Prozent')), [['unsourced-figure', 'drei', 'No source states drei.']]);
  });
  test('English: "about 6% on average, Nvidia as much as 7.82%" is borne out, "Nvidia alone 9%" contradicted', () => {
    assert.deepEqual(all('On 27 January 2025 the three chip stocks lost about 6% on average, Nvidia as much as 7.82%.'), [['unsourced-figure', 'three', 'No source states three.']]);
    const wrong = 'On 27 January 2025 the three chip stocks lost about 6% on average, Nvidia as much as 9%.';
    assert.deepEqual(warnings(wrong), [mismatch(wrong, '9%', '-7,82 %')]);
    const alone = 'Together the three lost 18.15 points, Nvidia alone 9%.';
    assert.deepEqual(warnings(alone), [mismatch(alone, '9%', '-7,82 %')]);
    assert.deepEqual(all(alone.replace('9%', '7.82%')), [['unsourced-figure', 'three', 'No source states three.']]);
  });
  test('German and English: a name\'s own clause after the word is its plain move, however it is told', () => {
    assert.deepEqual(warnings('Insgesamt fielen die Kurse am 27. Januar 2025 deutlich, Nvidia verlor 7,82 Prozent und Broadcom 6,58 Prozent.'), []);
    const de = 'Im Schnitt fielen die Kurse am 27. Januar 2025 deutlich, Nvidia verlor 9 Prozent.';
    assert.deepEqual(warnings(de), [mismatch(de, '9 Prozent', '-7,82 %')]);
    assert.deepEqual(warnings('Overall, shares fell sharply on 27 January 2025, with Nvidia down 7.82% and Broadcom down 6.58%.'), []);
    const en = 'On average, shares fell sharply on 27 January 2025, with Nvidia down 9%.';
    assert.deepEqual(warnings(en), [mismatch(en, '9%', '-7,82 %')]);
  });
  test('German and English: an average said of one name is that name\'s move', () => {
    assert.deepEqual(warnings('Nvidia verlor am 27. Januar 2025 im Schnitt 7,82 Prozent.'), []);
    const de = 'Nvidia verlor am 27. Januar 2025 im Schnitt 9 Prozent.';
    assert.deepEqual(warnings(de), [mismatch(de, '9 Prozent', '-7,82 %')]);
    const en = 'Overall, Nvidia lost 9% on average on 27 January 2025.';
    assert.deepEqual(warnings(en), [mismatch(en, '9%', '-7,82 %')]);
  });
});

describe('a sum or an average of the firms a sentence names is of their moves only (review 49, M1)', () => {
  test('German: two of the three added up or averaged are borne out, a wrong sum of two is contradicted by theirs', () => {
    assert.deepEqual(all('Nvidia und Broadcom verloren am 27. Januar 2025 zusammen 14,4 Prozentpunkte.'), []);
    assert.deepEqual(all('Microsoft und Broadcom verloren am 27. Januar 2025 im Schnitt 5,2 Prozent.'), []);
    const wrong = 'Nvidia und Broadcom verloren am 27. Januar 2025 zusammen 15,4 Prozentpunkte.';
    assert.deepEqual(warnings(wrong), [mismatch(wrong, '15,4 Prozentpunkte', '7,82 % + 6,58 % = 14.4 percentage points')]);
    const percent = 'Nvidia und Microsoft büßten am 27. Januar 2025 zusammen 11,57 Prozent ein.';
    assert.deepEqual(warnings(percent), [['figure-mismatch', '11,57 Prozent', '11,57 Prozent is a sum in percentage points, not percent: 7,82 % + 3,75 % = 11.57 percentage points.']]);
  });
  test('English: two of the three added up or averaged are borne out, a wrong average of two is contradicted by theirs', () => {
    assert.deepEqual(all('Together, Nvidia and Broadcom lost 14.4 points on 27 January 2025.'), []);
    assert.deepEqual(all('Microsoft and Broadcom fell by an average of 5.2% on 27 January 2025.'), []);
    const wrong = 'Microsoft and Broadcom fell by an average of 6.2% on 27 January 2025.';
    assert.deepEqual(warnings(wrong), [mismatch(wrong, '6.2%', '(3,75 % + 6,58 %) ÷ 2 ≈ 5.17 %')]);
    const percent = 'Together, Nvidia and Microsoft lost 11.57% on 27 January 2025.';
    assert.deepEqual(warnings(percent), [['figure-mismatch', '11.57%', '11.57% is a sum in percentage points, not percent: 7,82 % + 3,75 % = 11.57 percentage points.']]);
  });
  test('German and English: a sum of two is not the sum of all three, nor of another two', () => {
    // 14,4 is Nvidia's and Broadcom's sum: said of the three, or of Nvidia and Microsoft, it is wrong.
    const de = 'Nvidia verlor 7,82 Prozent, Microsoft 3,75 Prozent und Broadcom 6,58 Prozent. Die drei Konzerne verloren zusammen 14,4 Prozentpunkte.';
    assert.deepEqual(warnings(de), [['figure-mismatch', '14,4 Prozentpunkte', `14,4 Prozentpunkte ${SUM}`]]);
    const en = 'Nvidia and Microsoft together lost 14.4 points on 27 January 2025.';
    assert.deepEqual(warnings(en), [mismatch(en, '14.4 points', '7,82 % + 3,75 % = 11.57 percentage points')]);
  });
});

describe('points after „insgesamt“ or „im Schnitt“ are percentage points only where the sentence tells of moves (review 49, M2)', () => {
  test('German: a benchmark score „insgesamt auf 92 Punkte“ stays a score, unsourced as before', () => {
    const text = 'Im HumanEval-Benchmark kam DeepSeek R1 insgesamt auf 92 Punkte.';
    assert.deepEqual(all(text), [['unsourced-figure', '92', 'No source states 92.']]);
    assert.deepEqual(all('Im Schnitt erreichte R1 im HumanEval-Benchmark 92 Punkte.'), [['unsourced-figure', '92', 'No source states 92.']]);
  });
  test('English: a benchmark score "92 points" after "on average" stays a score, unsourced as before', () => {
    assert.deepEqual(all('On average, R1 scored 92 points on HumanEval.'), [['unsourced-figure', '92', 'No source states 92.']]);
    assert.deepEqual(all('In total, DeepSeek R1 reached 92 points on HumanEval.'), [['unsourced-figure', '92', 'No source states 92.']]);
  });
});

describe('a sum of moves past a German date and with its names first (review 49, M5)', () => {
  test('German: „Zusammen verloren Nvidia, Microsoft und Broadcom am 27. Januar 2025 …“ is the sum, not the gap of two', () => {
    assert.deepEqual(warnings('Zusammen verloren Nvidia, Microsoft und Broadcom am 27. Januar 2025 18,15 Prozentpunkte.'), []);
    assert.deepEqual(warnings('Zusammen verloren Nvidia, Microsoft und Broadcom am 27. Januar 2025 17,15 Prozentpunkte.'), [['figure-mismatch', '17,15 Prozentpunkte', `17,15 Prozentpunkte ${SUM}`]]);
    assert.deepEqual(warnings('Nvidia verlor 7,82 Prozent, Microsoft 3,75 Prozent und Broadcom 6,58 Prozent. 17,15 Prozentpunkte verloren die drei Konzerne zusammen.'), [['figure-mismatch', '17,15 Prozentpunkte', `17,15 Prozentpunkte ${SUM}`]]);
  });
  test('English: "Together Nvidia, Microsoft and Broadcom lost 17.15 points" is read as a sum', () => {
    assert.deepEqual(warnings('Together Nvidia, Microsoft and Broadcom lost 18.15 points on 27 January 2025.'), []);
    assert.deepEqual(warnings('Together Nvidia, Microsoft and Broadcom lost 17.15 points on 27 January 2025.'), [['figure-mismatch', '17.15 points', `17.15 points ${SUM}`]]);
    assert.deepEqual(warnings('Nvidia fell 7.82%, Microsoft 3.75% and Broadcom 6.58%. The three lost 17.15 points between them.'), [['figure-mismatch', '17.15 points', `17.15 points ${SUM}`]]);
  });
});
