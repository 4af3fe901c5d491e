import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { extractFigures } from '../server/src/core/figures/extractFigures';
import { rewriteWithSourceValue } from '../server/src/core/figures/rewriteFigure';
import { spelledNumber } from '../server/src/core/figures/spellNumber';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
/** Each finding of a code as [underlined words, where they start, fix]. */
const findings = (text: string, code: string) =>
  runRules(analyzeDraft(text, index), index).filter((f) => f.code === code).map((f) => [text.slice(f.start, f.end), f.start, f.fix?.newText]);
/** The first figure of a draft's sentence, rewritten with the value of the first figure of a German source's. */
const rewrite = (draft: string, source: string, language: 'de' | 'en') =>
  rewriteWithSourceValue(extractFigures(draft, { language })[0], extractFigures(source, { language: 'de' })[0], language);
/** The finding on `words` has exactly this fix, and the fix put in reads as `fixed`. */
const assertFix = (text: string, code: string, words: string, fix: string, fixed: string) => {
  assert.deepEqual(findings(text, code), [[words, text.indexOf(words), fix]]);
  assert.equal(text.replace(words, fix), fixed);
};

describe('a number spelt past twelve is fixed in words: „fünfzigtausend“, "fifty thousand"', () => {
  test('German and English drafts against the source\'s digits', () => {
    assertFix('Liang soll sich rechtzeitig vierzigtausend A100-Chips gesichert haben.', 'figure-mismatch', 'vierzigtausend', 'fünfzigtausend',
      'Liang soll sich rechtzeitig fünfzigtausend A100-Chips gesichert haben.');
    assertFix('Liang reportedly stockpiled forty thousand A100 chips in time.', 'figure-mismatch', 'forty thousand', 'fifty thousand',
      'Liang reportedly stockpiled fifty thousand A100 chips in time.');
    assert.equal(rewrite('Es kamen zweihundert Gäste.', 'Es kamen 350 Gäste.', 'de'), 'dreihundertfünfzig');
    assert.equal(rewrite('About two hundred and twenty guests came.', 'Es kamen 1.328 Gäste.', 'en'), 'one thousand three hundred and twenty-eight');
  });
  test('a writer who spells only the small numbers gets digits for a large one, as does one whose sentence opens with it', () => {
    assert.equal(rewrite('Es kamen sieben Gäste.', 'Es kamen 1.328 Gäste.', 'de'), '1328');
    assert.equal(rewrite('Only seven guests came.', 'Es kamen 1.328 Gäste.', 'en'), '1328');
    assert.equal(rewrite('Fünfzig Milliarden Dollar will Stargate investieren.', 'Stargate soll 500 Milliarden Dollar investieren.', 'de'), '500 Milliarden Dollar');
    assert.equal(rewrite('Fifty billion dollars is what Stargate will invest.', 'Stargate soll 500 Milliarden Dollar investieren.', 'en'), '500 billion dollars');
  });
  test('the words of whole numbers (de, en)', () => {
    assert.deepEqual([21, 101, 1000, 201_001, 999_999].map((n) => spelledNumber(n, 'de')),
      ['einundzwanzig', 'hunderteins', 'tausend', 'zweihunderteintausendeins', 'neunhundertneunundneunzigtausendneunhundertneunundneunzig']);
    assert.deepEqual([21, 101, 50_000, 1_328].map((n) => spelledNumber(n, 'en')), ['twenty-one', 'one hundred one', 'fifty thousand', 'one thousand three hundred twenty-eight']);
    assert.deepEqual([0, 2.5, 1_000_000].map((n) => spelledNumber(n, 'de')), [undefined, undefined, undefined]);
  });
});

describe('a scale word fixed in the number it then has: „1 Milliarde“, never „1 Milliarden“; in the draft\'s case', () => {
  test('German draft: singular for one, plural for more', () => {
    assertFix('Der zweite Supercomputer, Fire-Flyer II, kostete 2 Milliarden Yuan.', 'figure-mismatch', '2 Milliarden Yuan', '1 Milliarde Yuan',
      'Der zweite Supercomputer, Fire-Flyer II, kostete 1 Milliarde Yuan.');
    assert.equal(rewrite('Es kostete 2 Milliarden Yuan.', 'Es kostete 1 Milliarde Yuan.', 'de'), '1 Milliarde Yuan');
    assert.equal(rewrite('Es kostete 1 Milliarde Yuan.', 'Es kostete 2 Milliarden Yuan.', 'de'), '2 Milliarden Yuan');
    assert.equal(rewrite('Es kostete 1 Mrd. Yuan.', 'Es kostete 2 Milliarden Yuan.', 'de'), '2 Mrd. Yuan');
  });
  test('English draft: digits as the draft writes them, the scale word in its case', () => {
    assertFix('The second supercomputer, Fire-Flyer II, cost 2 billion yuan.', 'figure-mismatch', '2 billion yuan', '1 billion yuan',
      'The second supercomputer, Fire-Flyer II, cost 1 billion yuan.');
    assert.equal(rewrite('It cost 2 Billion yuan.', 'Es kostete 1 Milliarde Yuan.', 'en'), '1 Billion yuan');
    assert.equal(rewrite('IT COST 2 BILLION YUAN.', 'Es kostete 1 Milliarde Yuan.', 'en'), '1 BILLION YUAN');
  });
  test('"¥200k" against 200 million: "¥200M" — a lower-case "k" says nothing of the writer\'s case', () => {
    assert.equal(rewrite('It raised ¥200k.', 'Es kostete 200 Millionen Yuan.', 'en'), '¥200M');
    assert.equal(rewrite('It raised $5.6m.', 'Es kostete 5,6 Milliarden Dollar.', 'en'), '$5.6bn');
  });
});

describe('decimals a table sets for its layout stay: "+25.00%", „25,00 %“', () => {
  test('zeros after the point are kept, a figure\'s own decimals are not copied', () => {
    assertFix('The Nasdaq-100 rose +35.00% in calendar year 2024.', 'figure-mismatch', '+35.00%', '+25.00%', 'The Nasdaq-100 rose +25.00% in calendar year 2024.');
    assertFix('Der Nasdaq-100 legte 2024 um 35,00 % zu.', 'figure-mismatch', '35,00 %', '25,00 %', 'Der Nasdaq-100 legte 2024 um 25,00 % zu.');
    assert.equal(rewrite('Die Aktie stieg um 35,50 %.', 'Die Aktie stieg um 25 %.', 'de'), '25 %');
    assert.equal(rewrite('It rose 1,000 points.', 'Er stieg um 2.000 Punkte.', 'en'), '2,000');
  });
});

describe('a month is fixed in the draft\'s form: "Dec 2024", „Dez. 2024“', () => {
  test('abbreviations answered with abbreviations, in the draft\'s case and language', () => {
    assertFix('DeepSeek V3 was released in Nov 2024.', 'date-mismatch', 'Nov 2024', 'Dec 2024', 'DeepSeek V3 was released in Dec 2024.');
    assertFix('DeepSeek-V3 erschien im Nov. 2024.', 'date-mismatch', 'Nov. 2024', 'Dez. 2024', 'DeepSeek-V3 erschien im Dez. 2024.');
    assert.equal(rewrite('RELEASED NOV 2024.', 'Veröffentlicht im Dezember 2024.', 'en'), 'DEC 2024');
    assert.equal(rewrite('Erschienen am 3. Nov. 2024.', 'Veröffentlicht am 3. März 2024.', 'de'), '3. März 2024');
  });
  test('a month written in full stays in full', () => {
    assert.equal(rewrite('Released September 2024.', 'Veröffentlicht im Dezember 2024.', 'en'), 'December 2024');
    assert.equal(rewrite('Released May 2024.', 'Veröffentlicht im Dezember 2024.', 'en'), 'December 2024');
    assert.equal(rewrite('Erschienen im Mai 2024.', 'Veröffentlicht im Dezember 2024.', 'de'), 'Dezember 2024');
  });
});

describe('a fix never says its scale twice, and a German scale noun keeps its capital', () => {
  test('„zweihundert Millionen Yuan“ against „eine Milliarde Yuan“: digits before the scale word, not „tausend Millionen“', () => {
    assertFix('Der zweite Supercomputer, Fire-Flyer II, soll zweihundert Millionen Yuan gekostet haben.', 'figure-mismatch', 'zweihundert Millionen Yuan', '1000 Millionen Yuan',
      'Der zweite Supercomputer, Fire-Flyer II, soll 1000 Millionen Yuan gekostet haben.');
    assertFix('The second supercomputer, Fire-Flyer II, is said to have cost two hundred million yuan.', 'figure-mismatch', 'two hundred million yuan', '1000 million yuan',
      'The second supercomputer, Fire-Flyer II, is said to have cost 1000 million yuan.');
  });
  test('„5,6 tausend Dollar“ against 5,6 Millionen: „5,6 Millionen Dollar“, a noun in German', () => {
    const text = '---\nlang: de\n---\n\nDas Training von DeepSeek R1 kostete nur 5,6 tausend Dollar, ein Bruchteil der 78 Millionen Dollar für GPT-4o.';
    assert.deepEqual(findings(text, 'scale-mismatch'), [['5,6 tausend Dollar', text.indexOf('5,6 tausend'), '5,6 Millionen Dollar']]);
  });
});

describe('a share told as a count of a whole is fixed as a count: "480 of the world\'s 1,328", never "36"', () => {
  test('the count the source\'s share makes of the draft\'s whole, rounded as the draft rounds (en, de)', () => {
    assertFix("China has 580 of the world's 1,328 AI models.", 'figure-mismatch', '580', '480', "China has 480 of the world's 1,328 AI models.");
    assertFix("China has 487 of the world's 1,328 AI models.", 'figure-mismatch', '487', '478', "China has 478 of the world's 1,328 AI models.");
    assertFix('China stellt rund 580 der weltweit 1328 KI-Modelle.', 'figure-mismatch', 'rund 580', 'rund 480', 'China stellt rund 480 der weltweit 1328 KI-Modelle.');
    assert.deepEqual(findings("China has 478 of the world's 1,328 AI models.", 'figure-mismatch'), []);
  });
  test('the whole a share is of, named as a share\'s or by a partitive opening, is fixed with the source\'s whole, not China\'s part', () => {
    assertFix("China's share of the world's 1,238 AI models is 36%.", 'figure-mismatch', '1,238', '1,328', "China's share of the world's 1,328 AI models is 36%.");
    assertFix("Of the world's 1,238 AI models, 36% come from China.", 'figure-mismatch', '1,238', '1,328', "Of the world's 1,328 AI models, 36% come from China.");
    assertFix('Chinas Anteil an den weltweit 1238 KI-Modellen liegt bei 36 Prozent.', 'figure-mismatch', '1238', '1328', 'Chinas Anteil an den weltweit 1328 KI-Modellen liegt bei 36 Prozent.');
    // A count of China's own is its part: "China's 580 AI models" is checked against 36 % × 1328 ≈ 478; so is one after
    // "Of the" or a share's words that do not say it is all of them (review of session 60).
    const onThe580 = (text: string) => findings(text, 'figure-mismatch').filter(([words]) => words === '580');
    assert.deepEqual(onThe580('Of the 580 AI models from China, 40 percent are open source.'), [['580', 7, '478']]);
    assert.deepEqual(onThe580('Von den 580 chinesischen KI-Modellen sind 40 Prozent frei lizenziert.'), [['580', 8, '478']]);
    assert.deepEqual(onThe580("The share of the 580 Chinese AI models in the world's total is 36%."), [['580', 17, '478']]);
    assert.deepEqual(onThe580('Of all 580 Chinese AI models, 40 percent are open source.'), [['580', 7, '478']]);
    assert.deepEqual(onThe580('Von allen 580 chinesischen KI-Modellen sind 40 Prozent frei lizenziert.'), [['580', 10, '478']]);
    assertFix("China's 580 AI models make it the second-largest producer.", 'figure-mismatch', '580', '478', "China's 478 AI models make it the second-largest producer.");
  });
});
