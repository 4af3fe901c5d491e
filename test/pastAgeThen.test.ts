import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The sources: „der 40-jährige Informatikingenieur Liang Wenfeng …, der 2015 … den Hedgefonds High-Flyer gründete“, in
// an article of January 2025: born 1984 or 1985, so 30 or 31 in 2015.
const index = bundledIndex();
const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
/** The findings on the age's own words: the sentences before may have their own. */
const on = (text: string, words: string) => all(text).filter(([, w]) => w === words);
const FOUNDED_DE = 'Im Jahr 2015 gründete Liang Wenfeng mit zwei weiteren Ingenieuren den Hedgefonds High-Flyer. ';
const FOUNDED_EN = 'Liang Wenfeng co-founded the hedge fund High-Flyer in 2015 with two other engineers. ';

describe('an age a person was "damals"/"then"/"at the time" is of the year the sentence before names', () => {
  test('German: „Damals war er 25.“ after the 2015 founding is wrong (30 or 31), „Damals war er 30.“ and „Er war damals 30 Jahre alt.“ are borne out', () => {
    assert.deepEqual(all(`${FOUNDED_DE}Damals war er 25.`), [['figure-mismatch', '25', '25 contradicts the source, which says 40-jährige.']]);
    assert.deepEqual(all(`${FOUNDED_DE}Damals war er 30.`), []);
    assert.deepEqual(all(`${FOUNDED_DE}Er war damals 25 Jahre alt.`), [['figure-mismatch', '25 Jahre', '25 Jahre contradicts the source, which says 40-jährige.']]);
    assert.deepEqual(all(`${FOUNDED_DE}Er war damals 30 Jahre alt.`), []);
  });
  test('English: "He was about 25 at the time." and "He was then 25." are wrong, "He was about 30 at the time." is borne out', () => {
    assert.deepEqual(all(`${FOUNDED_EN}He was about 25 at the time.`), [['figure-mismatch', '25', '25 contradicts the source, which says 40-jährige.']]);
    assert.deepEqual(all(`${FOUNDED_EN}He was then 25.`), [['figure-mismatch', '25', '25 contradicts the source, which says 40-jährige.']]);
    assert.deepEqual(all(`${FOUNDED_EN}He was about 30 at the time.`), []);
    assert.deepEqual(all(`${FOUNDED_EN}Liang was 30 years old at the time.`), []);
  });
  test('no person, or no word for the time gone by, reads no age then: "The team was then 25 strong.", „Damals war der Index 25.“', () => {
    // A count as before, no age: no source states it.
    assert.deepEqual(all(`${FOUNDED_EN}The team was then 25 strong.`), [['unsourced-figure', '25', 'No source states 25.']]);
    assert.deepEqual(all(`${FOUNDED_DE}Damals war der Index 25.`), []);
    assert.deepEqual(all(`${FOUNDED_EN}Nvidia was then 25.`), []);
  });
  test('a time gone by the sentences before do not date stays an age of some earlier time: no source states it, none contradicts it', () => {
    assert.deepEqual(all('Liang Wenfeng ist ein Informatikingenieur aus Guangdong. Damals war er 25.'), [['unsourced-figure', '25', 'No source states 25.']]);
    assert.deepEqual(all('Liang Wenfeng is a computer engineer from Guangdong. He was then 25.'), [['unsourced-figure', '25', 'No source states 25.']]);
  });
  test('only the year the sentence right before names itself: „Zwei Jahre später folgte High-Flyer“ names none, so „damals“ is not 2013', () => {
    assert.deepEqual(on('Im Jahr 2013 gründete Liang Wenfeng die Investmentfirma Yakebi. Zwei Jahre später folgte High-Flyer. Liang war damals 30 Jahre alt.', '30 Jahre'), [['unsourced-figure', '30 Jahre', 'No source states 30 Jahre.']]);
    assert.deepEqual(on('Liang Wenfeng set up the investment firm Yakebi in 2013. Two years later came High-Flyer. He was 30 years old at the time.', '30 years old'), [['unsourced-figure', '30 years old', 'No source states 30 years old.']]);
  });
});

describe('"damals"/"then" points back only to the one year the sentence before is of, and not past the age\'s own event (review47 M1)', () => {
  test('German: a sentence naming two years (an aside „zwei Jahre vor … Januar 2025“) dates no „damals“: 38 of 2023 is no mismatch with 40 of 2025', () => {
    assert.deepEqual(on('Liang Wenfeng gründete DeepSeek 2023, zwei Jahre vor dem Durchbruch mit R1 im Januar 2025. Damals war er 38.', '38'), [['unsourced-figure', '38', 'No source states 38.']]);
    assert.deepEqual(on('Liang Wenfeng gründete DeepSeek 2023, zwei Jahre vor dem Durchbruch mit R1 im Januar 2025. Er war damals 38 Jahre alt.', '38 Jahre'), [['unsourced-figure', '38 Jahre', 'No source states 38 Jahre.']]);
  });
  test('English: "… in 2023, two years before R1\'s breakthrough in January 2025. He was 38 at the time." is no mismatch', () => {
    assert.deepEqual(on("Liang Wenfeng founded DeepSeek in 2023, two years before R1's breakthrough in January 2025. He was 38 at the time.", '38'), [['unsourced-figure', '38', 'No source states 38.']]);
  });
  test('an age whose own clause names its event ("at the time of the founding", „bei der Gründung“) is not of the year the sentence before names', () => {
    assert.deepEqual(on('Liang Wenfeng co-founded High-Flyer with two other engineers. The fund grew quickly and by 2021 managed billions. He was 30 at the time of the founding.', '30'), [['unsourced-figure', '30', 'No source states 30.']]);
    assert.deepEqual(on('Liang Wenfeng gründete mit zwei weiteren Ingenieuren High-Flyer. Im Jahr 2021 verwaltete der Fonds schon Milliarden. Bei der Gründung war er damals 30.', '30'), [['unsourced-figure', '30', 'No source states 30.']]);
    assert.deepEqual(on('Liang Wenfeng gründete mit zwei weiteren Ingenieuren High-Flyer. Im Jahr 2021 verwaltete der Fonds schon Milliarden. Zum Zeitpunkt der Gründung war er damals 30 Jahre alt.', '30 Jahre'), [['unsourced-figure', '30 Jahre', 'No source states 30 Jahre.']]);
  });
  test('one year, named twice or in the main clause, still dates it: „Im Dezember 2024 erschien V3. Liang war damals 39 Jahre alt.“ is borne out, "… in 2015 … He was 25 at the time." stays wrong', () => {
    assert.deepEqual(on('Im Dezember 2024 erschien V3. Liang war damals 39 Jahre alt.', '39 Jahre'), []);
    assert.deepEqual(on(`${FOUNDED_EN}He was 25 at the time.`, '25'), [['figure-mismatch', '25', '25 contradicts the source, which says 40-jährige.']]);
  });
});

describe('two people\'s "damals"/"then" ages are never held against each other (review47 M6)', () => {
  test('German: Andreessen 47 in 2019 and Trump 70 in 2017 are two people, no draft-inconsistency, bare or with „Jahre alt“', () => {
    const bare = 'Tech-Investor Marc Andreessen sprach 2019 erstmals öffentlich über Chinas KI. Er war damals 47.\n\nIm Jahr 2017 trat Donald Trump sein erstes Amt an. Er war damals 70.';
    assert.deepEqual(on(bare, '70'), [['unsourced-figure', '70', 'No source states 70.']]);
    const explicit = 'Tech-Investor Marc Andreessen sprach 2019 erstmals öffentlich über Chinas KI. Er war damals 47 Jahre alt.\n\nIm Jahr 2017 trat Donald Trump sein erstes Amt an. Er war damals 70 Jahre alt.';
    assert.deepEqual(on(explicit, '70 Jahre'), [['unsourced-figure', '70 Jahre', 'No source states 70 Jahre.']]);
  });
  test('English: "He was 47 at the time." (Andreessen, 2019) and "He was 70 at the time." (Trump, 2017) are two people', () => {
    const text = "Tech investor Marc Andreessen first spoke publicly about China's AI in 2019. He was 47 at the time.\n\nIn 2017 Donald Trump took office for the first time. He was 70 at the time.";
    assert.deepEqual(on(text, '70'), [['unsourced-figure', '70', 'No source states 70.']]);
  });
  test('one person\'s ages of two years still agree or not: Liang 30 in 2015 and 38 in 2023 is clean, 30 in 2015 and 45 in 2023 is not one birth year', () => {
    assert.deepEqual(all('Liang Wenfeng gründete 2015 mit zwei weiteren Ingenieuren den Hedgefonds High-Flyer. Damals war er 30.\n\nIm Juli 2023 gründete er DeepSeek. Damals war er 38.'), []);
    assert.deepEqual(on("Liang Wenfeng co-founded the hedge fund High-Flyer in 2015 with two other engineers. He was 30 at the time.\n\nIn July 2023 he founded DeepSeek. He was 45 at the time.", '45').map(([code]) => code).filter((c) => c === 'draft-inconsistency' || c === 'figure-mismatch').length > 0, true);
  });
});

describe('„Da war er …“: the „da“ of a time, with its verb, points back as „damals“ does; the „da“ of a reason does not', () => {
  test('German: „Da war er etwa 25.“ and „Da war Liang Wenfeng also schon 25.“ after the 2015 founding are wrong, „Da war er 30.“ is borne out', () => {
    assert.deepEqual(on(`${FOUNDED_DE}Da war er etwa 25.`, '25'), [['figure-mismatch', '25', '25 contradicts the source, which says 40-jährige.']]);
    assert.deepEqual(on(`${FOUNDED_DE}Da war Liang Wenfeng also schon 25.`, '25'), [['figure-mismatch', '25', '25 contradicts the source, which says 40-jährige.']]);
    assert.deepEqual(all(`${FOUNDED_DE}Da war er 30.`), []);
    // Markdown: the line break between the two sentences changes nothing.
    assert.deepEqual(on(`${FOUNDED_DE.trim()}\nDa war er 25.`, '25'), [['figure-mismatch', '25', '25 contradicts the source, which says 40-jährige.']]);
  });
  test('a later sentence\'s year is the one „da“ points to: „Im Jahr 2023 folgte DeepSeek. Da war er 38.“', () => {
    assert.deepEqual(all(`${FOUNDED_DE}Im Juli 2023 folgte DeepSeek. Da war er 38.`), []);
    assert.deepEqual(on(`${FOUNDED_DE}Im Juli 2023 folgte DeepSeek. Da war er 43.`, '43'), [['figure-mismatch', '43', '43 contradicts the source, which says 40-jährige.']]);
  });
  test('the „da“ of a reason, another person, a thing: no age of Liang\'s then', () => {
    assert.deepEqual(on(`${FOUNDED_DE}Da er 25 war, galt er als jung.`, '25').filter(([code]) => code !== 'unsourced-figure'), []);
    assert.deepEqual(all('Im Jahr 2015 gründete Sam Altman eine Firma. Da war er 25.').filter(([code]) => code !== 'unsourced-figure'), []);
    assert.ok(all(`${FOUNDED_DE}Da war Nvidia 25.`).every(([code]) => code === 'unsourced-figure'));
  });
});
