import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The sources: R1's training 5,6 Millionen Dollar, GPT-4o's 78 Millionen Dollar (78 − 5,6 = 72,4; 78 + 5,6 = 83,6).
const index = bundledIndex();
const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message, f.fix?.newText]);

const DE = 'Für das Training von R1 gab DeepSeek 5,6 Millionen Dollar aus. OpenAI hatte für GPT-4o 78 Millionen Dollar aufgewandt. ';
const EN = 'Training R1 cost $5.6 million, against the $78 million OpenAI spent on GPT-4o. ';

describe('a sum that a word for the difference names is the difference of the two sums, not either of them', () => {
  test('German: „Die Differenz zwischen beiden Rechnungen beträgt gut 72 Millionen Dollar“ is 78 − 5,6; 62 is wrong, with 72 as the fix', () => {
    assert.deepEqual(findings(`${DE}Die Differenz zwischen beiden Rechnungen beträgt gut 72 Millionen Dollar.`), []);
    assert.deepEqual(findings(`${DE}Der Unterschied liegt bei 72 Millionen Dollar.`), []);
    assert.deepEqual(findings(`${DE}Der Unterschied liegt bei 62 Millionen Dollar.`), [['figure-mismatch', '62 Millionen Dollar', '62 Millionen Dollar contradicts the source, which says 78 Millionen Dollar − 5,6 Millionen Dollar.', '72 Millionen Dollar']]);
    assert.deepEqual(findings('Das Training von R1 kostete 5,6 Millionen Dollar, OpenAI gab für GPT-4o 78 Millionen Dollar aus, eine Differenz von rund 72 Millionen Dollar.'), []);
  });
  test('English: "the difference between the bills comes to some $72 million" and "a gap of $72 million" are 78 − 5.6; $62 million is wrong', () => {
    assert.deepEqual(findings(`${EN}The difference between the bills comes to some $72 million.`), []);
    assert.deepEqual(findings('Training R1 cost $5.6 million, against the $78 million OpenAI spent on GPT-4o, a difference of some $72 million.'), []);
    assert.deepEqual(findings(`${EN}The gap is $62 million.`), [['figure-mismatch', '$62 million', '$62 million contradicts the source, which says 78 Millionen Dollar − 5,6 Millionen Dollar.', '$72 million']]);
    assert.deepEqual(findings('Training R1 cost $5.6 million, against the $78 million OpenAI spent on GPT-4o, a difference of some $52 million.').map((f) => f[0]), ['figure-mismatch']);
  });
  test('"$84 million between them", „84 Millionen Dollar zusammengenommen“ are the sum 5,6 + 78; 94 is wrong', () => {
    assert.deepEqual(findings(`${DE}Die beiden Trainings von R1 und GPT-4o kosteten knapp 84 Millionen Dollar zusammengenommen.`), []);
    assert.deepEqual(findings(`${DE}Die beiden Trainings von R1 und GPT-4o kosteten knapp 94 Millionen Dollar zusammengenommen.`), [['figure-mismatch', '94 Millionen Dollar', '94 Millionen Dollar contradicts the source, which says 5,6 Millionen Dollar + 78 Millionen Dollar.', '84 Millionen Dollar']]);
    assert.deepEqual(findings(`${EN}Had the firms pooled their budgets, they would have had around $84 million between them.`), []);
    assert.deepEqual(findings(`${EN}Had the firms pooled their budgets, they would have had around $94 million between them.`), [['figure-mismatch', '$94 million', '$94 million contradicts the source, which says 5,6 Millionen Dollar + 78 Millionen Dollar.', '$84 million']]);
  });
  test('a sum without its currency after one with it („zusammen … knapp 84 Millionen“, "together … some 84 million") is 5,6 + 78 too; 94 is wrong', () => {
    const de = `${DE}Die Differenz beträgt gut 72 Millionen Dollar, zusammen kosteten die beiden Modelle knapp 84 Millionen.`;
    assert.deepEqual(findings(de), []);
    assert.deepEqual(findings(de.replace('84', '94')).map((f) => [f[0], f[1], f[2]]), [['figure-mismatch', '94 Millionen', '94 Millionen contradicts the source, which says 5,6 Millionen Dollar + 78 Millionen Dollar.']]);
    const en = `${EN}The gap is $72 million, and together they cost some 84 million.`;
    assert.deepEqual(findings(en), []);
    assert.deepEqual(findings(en.replace('84', '94')).map((f) => [f[0], f[1], f[2]]), [['figure-mismatch', '94 million', '94 million contradicts the source, which says 5,6 Millionen Dollar + 78 Millionen Dollar.']]);
  });
  test('a word for the difference that states no sum leaves a plain sum a plain sum (de, en)', () => {
    // The gap is another value's; the sum after it is still what R1's training cost.
    assert.deepEqual(findings('Der Abstand zu OpenAI ist groß: Das Training von R1 kostete 7,6 Millionen Dollar.').map((f) => [f[0], f[1], f[3]]), [['figure-mismatch', '7,6 Millionen Dollar', '5,6 Millionen Dollar']]);
    assert.deepEqual(findings('The gap to OpenAI is wide: training R1 cost $7.6 million.').map((f) => [f[0], f[1], f[3]]), [['figure-mismatch', '$7.6 million', '$5.6 million']]);
    assert.deepEqual(findings('Das Training von R1 kostete 5,6 Millionen Dollar.'), []);
    assert.deepEqual(findings('Training R1 cost $5.6 million.'), []);
  });
});

describe('a word for the difference in another clause, or qualifying another noun, makes no sum a difference (review 42)', () => {
  test('German: „Der Rückstand Chinas ist geschrumpft, der Preis … lag bei 6,5 Millionen Dollar“ stays contradicted by 5,6', () => {
    assert.deepEqual(findings('Der Rückstand Chinas ist geschrumpft, der Preis für das Training von R1 lag bei 6,5 Millionen Dollar.').map((f) => [f[0], f[1], f[3]]), [['figure-mismatch', '6,5 Millionen Dollar', '5,6 Millionen Dollar']]);
    assert.deepEqual(findings('Der Abstand zu den USA schrumpft, der Bestand an A100-Chips liegt bei 60.000 Stück.').map((f) => [f[0], f[1], f[3]]), [['figure-mismatch', '60.000', '50.000']]);
  });
  test('English: "The margin for error was small, yet the training of R1 was just $6.5 million" and "DeepSeek\'s lead engineer says the training bill was $6.5 million" stay contradicted by 5.6', () => {
    assert.deepEqual(findings('The margin for error was small, yet the training of R1 was just $6.5 million.').map((f) => [f[0], f[1], f[3]]), [['figure-mismatch', '$6.5 million', '$5.6 million']]);
    assert.deepEqual(findings("DeepSeek's lead engineer says the training bill was $6.5 million.").map((f) => [f[0], f[1], f[3]]), [['figure-mismatch', '$6.5 million', '$5.6 million']]);
  });
});

describe('a word for the difference as a label with a colon („Differenz: rund 72 Millionen Dollar“, "The gap between the two: seven points") names the difference', () => {
  // The sources: HumanEval 92 %, MATH-500 85 % (7 points); Nvidia (-7,82 %), Broadcom (-6,58 %) (1,24 points).
  test('German: „Differenz: rund 72 Millionen Dollar“ is 78 − 5,6, 52 is wrong with 72 as the fix; „Differenz: rund 2,2 Punkte“ are percentage points, and wrong', () => {
    assert.deepEqual(findings(`${DE}Differenz: rund 72 Millionen Dollar.`), []);
    assert.deepEqual(findings(`${DE}Differenz: rund 52 Millionen Dollar.`), [['figure-mismatch', '52 Millionen Dollar', '52 Millionen Dollar contradicts the source, which says 78 Millionen Dollar − 5,6 Millionen Dollar.', '72 Millionen Dollar']]);
    assert.deepEqual(findings('Nvidia verliert 7,82 Prozent, Broadcom 6,58 Prozent. Differenz: rund 2,2 Punkte.').map((f) => f.slice(0, 3)), [['figure-mismatch', '2,2 Punkte', '2,2 Punkte contradicts the source, which says 7,82 % − 6,58 % = 1.2 percentage points.']]);
  });
  test('English: "The difference: about $72 million" is 78 − 5.6; "The gap between the two: seven points" is 92 − 85, 17 points is wrong', () => {
    assert.deepEqual(findings(`${EN}The difference: about $72 million.`), []);
    assert.deepEqual(findings('R1 scored 92% on HumanEval and 85% on MATH-500. The gap between the two: seven points.'), []);
    assert.deepEqual(findings('R1 scored 92% on HumanEval and 85% on MATH-500. The gap between the two: 17 points.').map((f) => f.slice(0, 3)), [['figure-mismatch', '17 points', '17 points contradicts the source, which says 92 % − 85 % = 7 percentage points.']]);
  });
  test('no difference: a label that is no word for one ("Cost of the two: $84 million"), a gap word whose colon a figure does not follow', () => {
    assert.deepEqual(findings(`${EN}Cost of the two: $84 million.`).map((f) => f.slice(0, 3)), [['unsourced-figure', '$84 million', 'No source states $84 million.']]);
    assert.deepEqual(findings('Nvidia fell 7.82%, Broadcom 6.58%. The lead: Nvidia, down 7.82%.'), []);
  });
});

describe('a note\'s gap word without a verb („…, Differenz gut 72 Millionen Dollar“), in a unit ("Difference in euros: …") or after the sum worked out ("is 78 − 5.6 = $72.4 million") names the difference', () => {
  test('German: „Training knapp ein Vierzehntel von GPT-4o, Differenz gut 72 Millionen Dollar“ is 78 − 5,6; 62 is wrong', () => {
    assert.deepEqual(findings(`${DE}Training knapp ein Vierzehntel von GPT-4o, Differenz gut 72 Millionen Dollar.`), []);
    assert.deepEqual(findings(`${DE}Training knapp ein Vierzehntel von GPT-4o, Differenz gut 62 Millionen Dollar.`).map((f) => [f[0], f[1], f[2]]), [['figure-mismatch', '62 Millionen Dollar', '62 Millionen Dollar contradicts the source, which says 78 Millionen Dollar − 5,6 Millionen Dollar.']]);
    assert.deepEqual(findings('Fire-Flyer I kostete 200 Millionen Yuan (26 Millionen Euro), Fire-Flyer II eine Milliarde Yuan (130 Millionen Euro). Differenz in Euro: 104 Millionen Euro.'), []);
  });
  test('English: "The absolute difference is 78 − 5.6 = $72.4 million", "Difference in euros: €104 million"; $62.4 million and €94 million are wrong', () => {
    assert.deepEqual(findings(`${EN}The absolute difference is 78 − 5.6 = $72.4 million.`), []);
    assert.deepEqual(findings(`${EN}The absolute difference is 78 − 5.6 = $62.4 million.`).map((f) => [f[0], f[1]]), [['figure-mismatch', '$62.4 million']]);
    const ff = 'Fire-Flyer I cost 200 million yuan (€26 million), Fire-Flyer II one billion yuan (€130 million). ';
    assert.deepEqual(findings(`${ff}Difference in euros: €104 million.`), []);
    assert.deepEqual(findings(`${ff}Difference in euros: €94 million.`).map((f) => [f[0], f[1], f[2]]), [['figure-mismatch', '€94 million', '€94 million contradicts the source, which says 130 Millionen Euro − 26 Millionen Euro.']]);
    // "Combined:" as a label makes the sum 26 + 130.
    assert.deepEqual(findings(`${ff}Combined: €156 million.`), []);
    assert.deepEqual(findings(`${ff}Combined: €196 million.`).map((f) => [f[0], f[1], f[2]]), [['figure-mismatch', '€196 million', '€196 million contradicts the source, which says 26 Millionen Euro + 130 Millionen Euro.']]);
  });
  test('a word that may name something else is no label: "the lead $78 million" stays a plain sum; a gap in another clause names nothing', () => {
    assert.deepEqual(findings('Training R1 cost $5.6 million, the lead $78 million.').map((f) => [f[0], f[1]]), [['unsourced-figure', '$78 million']]);
    assert.deepEqual(findings('Der Unterschied in der Qualität ist groß: Das Training von R1 kostete 7,6 Millionen Dollar.').map((f) => [f[0], f[1], f[3]]), [['figure-mismatch', '7,6 Millionen Dollar', '5,6 Millionen Dollar']]);
  });
});
