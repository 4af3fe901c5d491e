import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, buildSourceIndex, runRules } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

// The sources: 36 Prozent der weltweit 1328 KI-Modelle stammen aus China.
const index = bundledIndex();
const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);

describe('a share restated as a fraction after a qualifier at a clause end ("…, nearly half.")', () => {
  test('English: "36% … come from China, nearly half." is a share, and wrong; "just over a third" is borne out', () => {
    assert.deepEqual(all("36% of the world's 1,328 AI models come from China, nearly half."), [['figure-mismatch', 'half', 'half contradicts the source, which says 36 Prozent.']]);
    assert.deepEqual(all("36% of the world's 1,328 AI models come from China: just over a third."), []);
    // "in half" is no share: no qualifier before it.
    assert.deepEqual(all('The export curbs cut the work in half.'), []);
  });
  test('German: "…, fast die Hälfte." likewise (German fractions are nouns, read wherever they stand)', () => {
    assert.deepEqual(all('Von den weltweit 1328 KI-Modellen stammen 36 Prozent aus China, fast die Hälfte.'), [['figure-mismatch', 'die Hälfte', 'die Hälfte contradicts the source, which says 36 Prozent.']]);
    assert.deepEqual(all('Von den weltweit 1328 KI-Modellen stammen 36 Prozent aus China, gut ein Drittel.'), []);
  });
});

describe('a multiple whose subject points back ("Das ist …-mal so viel wie …", "That is … times …") multiplies the previous sentence\'s sum', () => {
  // The sources: Project Stargate 500 Milliarden Dollar; R1's training 5,6 Millionen Dollar (÷ ≈ 89286).
  test('German: "500 Milliarden Dollar … Das ist knapp 90.000-mal so viel wie das Training von R1 gekostet hat" is borne out, 9.000-mal is wrong', () => {
    const text = 'Kurz davor hatten die USA Project Stargate angekündigt, 500 Milliarden Dollar für die KI-Infrastruktur. Das ist knapp 90.000-mal so viel wie das Training von R1 gekostet hat.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('90.000', '9.000')), [['figure-mismatch', '9.000-mal', '9.000-mal contradicts the source, which says 500 Milliarden Dollar ÷ 5,6 Millionen Dollar ≈ 89286.']]);
  });
  test('English: "$500 billion for AI infrastructure. That is nearly 90,000 times what R1 cost to train" is borne out, 900 times is wrong', () => {
    const text = 'The US then announced Project Stargate, $500 billion for AI infrastructure. That is nearly 90,000 times what R1 cost to train.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('90,000', '900')), [['figure-mismatch', '900 times', '900 times contradicts the source, which says $500 billion ÷ 5,6 Millionen Dollar ≈ 89286.']]);
  });
});

describe('a hedge before a multiplying verb ("almost doubled", "beinahe verdoppelt") reaches the verb', () => {
  // The sources: MTP and FP8 training "beschleunigte … die Verarbeitung um das 1,8-Fache".
  test('English: "almost doubled" is borne out by 1.8 times; "almost tripled" and a bare "doubled" are not', () => {
    assert.deepEqual(all('With multi-token prediction and FP8 training, DeepSeek almost doubled how fast R1 processes its data.'), []);
    assert.deepEqual(all('With multi-token prediction and FP8 training, DeepSeek almost tripled how fast R1 processes its data.'), [['figure-mismatch', 'tripled', 'tripled contradicts the source, which says 1,8-Fache.']]);
    assert.deepEqual(all('With multi-token prediction and FP8 training, DeepSeek doubled how fast R1 processes its data.'), [['figure-mismatch', 'doubled', 'doubled contradicts the source, which says 1,8-Fache.']]);
  });
  test('German: "beinahe verdoppelt" is borne out; "beinahe verdreifacht" is wrong, and only the verb is underlined', () => {
    assert.deepEqual(all('Mit Multi-Token Prediction und FP8-Training hat DeepSeek das Verarbeitungstempo von R1 beinahe verdoppelt.'), []);
    assert.deepEqual(all('Mit Multi-Token Prediction und FP8-Training hat DeepSeek das Verarbeitungstempo von R1 beinahe verdreifacht.'), [['figure-mismatch', 'verdreifacht', 'verdreifacht contradicts the source, which says 1,8-Fache.']]);
  });
});

describe('a multiple compared with a word for a kind of name ("so stark wie der Index", "as hard as the index") compares with that name', () => {
  // The sources: Nvidia (-7,82 %), Microsoft (-3,75 %); Der Nasdaq 100 sackte um 3 % ab. 7,82 ÷ 3 ≈ 2,6; 7,82 ÷ 3,75 ≈ 2,1.
  test('German: "Der Nasdaq 100 sackte um 3 Prozent ab, Nvidia fiel gut zweieinhalbmal so stark wie der Index" is borne out, not Nvidia against Microsoft; fünfmal is wrong', () => {
    assert.deepEqual(all('Der Nasdaq 100 sackte um 3 Prozent ab, Nvidia fiel damit gut zweieinhalbmal so stark wie der Index.'), []);
    assert.deepEqual(all('Der Nasdaq 100 sackte um 3 Prozent ab, Nvidia fiel damit fünfmal so stark wie der Index.'), [['figure-mismatch', 'fünfmal', 'fünfmal contradicts the source, which says 7,82 % ÷ 3 % ≈ 2.6.']]);
    // The name right before the multiple is its subject, never what it is compared with.
    assert.deepEqual(all('Nvidia fiel gut doppelt so stark wie das Unternehmen.'), []);
  });
  test('English: "The Nasdaq 100 sank 3 percent, so Nvidia fell about two and a half times as hard as the index" is borne out; five times is wrong', () => {
    assert.deepEqual(all('The Nasdaq 100 sank 3 percent, so Nvidia fell about two and a half times as hard as the index.'), []);
    assert.deepEqual(all('The Nasdaq 100 sank 3 percent, so Nvidia fell about five times as hard as the index.'), [['figure-mismatch', 'five times', 'five times contradicts the source, which says 7,82 % ÷ 3 % ≈ 2.6.']]);
  });
});

describe('a multiple with a half written apart ("two and a half times", "zweieinhalb Mal") is one multiple', () => {
  // The sources: Broadcom (-6,58 %), Microsoft (-3,75 %): 6,58 ÷ 3,75 ≈ 1,75.
  test('English: "three and a half times as hard as Microsoft" is wrong as a whole, not an unsourced "three"', () => {
    assert.deepEqual(all('Broadcom fell three and a half times as hard as Microsoft.'), [['figure-mismatch', 'three and a half times', 'three and a half times contradicts the source, which says 6,58 % ÷ 3,75 % ≈ 1.8.']]);
    assert.deepEqual(all('Broadcom fell almost twice as hard as Microsoft.'), []);
  });
  test('German, which writes the half into the number word, reads it alike: "dreieinhalb Mal so stark wie Microsoft" is wrong', () => {
    assert.deepEqual(all('Broadcom fiel dreieinhalb Mal so stark wie Microsoft.'), [['figure-mismatch', 'dreieinhalb Mal', 'dreieinhalb Mal contradicts the source, which says 6,58 % ÷ 3,75 % ≈ 1.8.']]);
  });
});

describe('a fraction written hyphened after "one" ("one-twentieth of GPT-4o\'s bill") is a fraction, as "a twentieth" is', () => {
  // The sources: R1's training 5,6 Millionen Dollar, GPT-4o's 78 Millionen Dollar: 78 ÷ 5,6 ≈ 13,9.
  test('English: "about one-twentieth of GPT-4o\'s bill" is wrong; "about one-fourteenth" is borne out', () => {
    assert.deepEqual(all("R1's training came in at about one-twentieth of GPT-4o's bill."), [['figure-mismatch', 'one-twentieth', 'one-twentieth contradicts the source, which says 78 Millionen Dollar ÷ 5,6 Millionen Dollar ≈ 13.9.']]);
    assert.deepEqual(all("R1's training came in at about one-fourteenth of GPT-4o's bill."), []);
  });
  test('German, which writes no hyphen ("ein Zwanzigstel der Kosten"), reads it alike', () => {
    assert.deepEqual(all('Das Training von R1 kostete rund ein Zwanzigstel der Kosten von GPT-4o.'), [['figure-mismatch', 'ein Zwanzigstel', 'ein Zwanzigstel contradicts the source, which says 78 Millionen Dollar ÷ 5,6 Millionen Dollar ≈ 13.9.']]);
    assert.deepEqual(all('Das Training von R1 kostete rund ein Vierzehntel der Kosten von GPT-4o.'), []);
  });
});

describe('a percentage "der Kosten von GPT-4o", "of the cost of GPT-4o" is how many times smaller one sum is, as "of GPT-4o\'s" is', () => {
  // The sources: R1's training 5,6 Millionen Dollar, GPT-4o's 78 Millionen Dollar: 5,6 ÷ 78 ≈ 7 %.
  test('German: "gut sieben Prozent der Kosten von GPT-4o" is borne out; "rund 20 Prozent der Trainingskosten für GPT-4o" is wrong', () => {
    assert.deepEqual(all('R1 kostete gut sieben Prozent der Kosten von GPT-4o.'), []);
    assert.deepEqual(all('Das Training von R1 kostete rund 20 Prozent der Trainingskosten für GPT-4o.'), [['figure-mismatch', '20 Prozent', '20 Prozent contradicts the source, which says 78 Millionen Dollar ÷ 5,6 Millionen Dollar ≈ 13.9.']]);
  });
  test('English: "about 7 percent of the cost of GPT-4o" is borne out; "about 20 percent of the training bill for GPT-4o" is wrong', () => {
    assert.deepEqual(all('Training R1 cost about 7 percent of the cost of GPT-4o.'), []);
    assert.deepEqual(all('Training R1 cost about 20 percent of the training bill for GPT-4o.'), [['figure-mismatch', '20 percent', '20 percent contradicts the source, which says 78 Millionen Dollar ÷ 5,6 Millionen Dollar ≈ 13.9.']]);
  });
});

describe('a source\'s sum compared with another ("ein Bruchteil der 78 Millionen Dollar, die OpenAI für GPT-4o aufwandte") measures what the first does', () => {
  // The bundled source: "Das Training von DeepSeek R1 kostete nur 5,6 Millionen Dollar – ein Bruchteil der 78 Millionen
  // Dollar, die OpenAI für GPT-4o aufwandte": GPT-4o's 78 million is a training cost too, though its clause says only "aufwandte".
  test('German: "rund 6.400-mal so groß wie die Trainingskosten von GPT-4o" is borne out (500 Mrd. ÷ 78 Mio. ≈ 6410), "rund 64.000-mal" is wrong', () => {
    const text = 'Stargate ist mit einer halben Billion Dollar rund 6.400-mal so groß wie die Trainingskosten von GPT-4o.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('6.400', '64.000')), [['figure-mismatch', '64.000-mal', '64.000-mal contradicts the source, which says einer halben Billion Dollar ÷ 78 Millionen Dollar ≈ 6410.']]);
  });
  test('English: a source\'s "cost only $5.6 million, a fraction of the $78 million OpenAI spent on GPT-4o" makes "6,000 times the training bill of GPT-4o" checkable', () => {
    const english = buildSourceIndex([{ id: 'r1-costs.txt', uri: 'file:///extra/r1-costs.txt', text: 'DeepSeek R1 shakes Silicon Valley\n\nTraining DeepSeek R1 cost only $5.6 million, a fraction of the $78 million OpenAI spent on GPT-4o. The US announced Project Stargate, a $500 billion initiative.\n' }]);
    const checked = (text: string) => runRules(analyzeDraft(text, english), english).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
    const text = 'Project Stargate, a $500 billion initiative, is worth more than 6,000 times the training bill of GPT-4o.';
    assert.deepEqual(checked(text), []);
    assert.deepEqual(checked(text.replace('more than 6,000', '600')), [['figure-mismatch', '600 times', '600 times contradicts the source, which says $500 billion ÷ $78 million ≈ 6410.']]);
  });
});

describe('how many times one sum goes into another ("ließe sich R1 14-mal trainieren", "paid for R1\'s training 14 times") is their ratio', () => {
  test('German: "mit diesem Budget ließe sich R1 knapp 14-mal trainieren" is borne out by 78 ÷ 5,6; "30-mal" is wrong', () => {
    const text = 'OpenAI steckte in GPT-4o 78 Millionen Dollar; mit diesem Budget ließe sich R1 knapp 14-mal trainieren.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('knapp 14-mal', '30-mal')), [['figure-mismatch', '30-mal', '30-mal contradicts the source, which says 78 Millionen Dollar ÷ 5,6 Millionen Dollar ≈ 13.9.']]);
  });
  test('English: "that budget would have paid for R1\'s training about 14 times" is borne out by 78 ÷ 5.6; "30 times" is wrong', () => {
    const text = "OpenAI put $78 million into GPT-4o; that budget would have paid for R1's training about 14 times.";
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('about 14 times', '30 times')), [['figure-mismatch', '30 times', '30 times contradicts the source, which says 78 Millionen Dollar ÷ 5,6 Millionen Dollar ≈ 13.9.']]);
  });
  test('German: "senkte die Preise dreimal" counts how often, no ratio of two sums; nor does a second sum next to "erhöhte … dreimal"', () => {
    assert.deepEqual(all('DeepSeek senkte die Preise für Entwickler dreimal.'), [['unsourced-figure', 'dreimal', 'No source states dreimal.']]);
    assert.deepEqual(all('Die Kosten für Rechenleistung stiegen im Jahr 2024 viermal.').filter((f) => f[0] === 'figure-mismatch'), []);
    assert.deepEqual(all('Nach den 78 Millionen Dollar für GPT-4o erhöhte OpenAI die Preise dreimal.').filter((f) => f[0] === 'figure-mismatch'), []);
  });
  test('English: "raised prices three times last year", "cut its API prices three times in 2024" count how often, no ratio of two sums', () => {
    assert.deepEqual(all('OpenAI raised prices three times last year.'), [['unsourced-figure', 'three times', 'No source states three times.']]);
    assert.deepEqual(all('DeepSeek cut its API prices three times in 2024.').filter((f) => f[0] === 'figure-mismatch'), []);
    assert.deepEqual(all('Spending on compute went up four times in 2024.').filter((f) => f[0] === 'figure-mismatch'), []);
    // Under a heading about prices, as a writer's section would be (review 36's probe).
    assert.deepEqual(all('# Prices\n\nOpenAI raised prices three times last year.\n\nDeepSeek cut its API prices three times in 2024.\n').filter((f) => f[0] === 'figure-mismatch'), []);
  });
});

describe('a fraction "as much" ("a tenth as much", "ein Zehntel so viel") is how many times smaller one sum is, as "a tenth of the cost" is', () => {
  // 78 ÷ 5,6 ≈ 13.9: "less than a tenth" bears it out, "less than a fiftieth" does not.
  test('English: "$78 million … against $5.6 million … R1 cost less than a tenth as much" is borne out; "a fiftieth" is wrong', () => {
    const text = '$78 million for GPT-4o against $5.6 million for R1 means R1 cost less than a tenth as much to train.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('tenth', 'fiftieth')), [['figure-mismatch', 'a fiftieth', 'a fiftieth contradicts the source, which says 78 Millionen Dollar ÷ 5,6 Millionen Dollar ≈ 13.9.']]);
  });
  test('German: "78 Millionen Dollar …, 5,6 Millionen Dollar …: R1 kostete weniger als ein Zehntel so viel" is borne out; "ein Fünfzigstel" is wrong', () => {
    const text = 'OpenAI steckte 78 Millionen Dollar in GPT-4o, DeepSeek 5,6 Millionen Dollar in R1: R1 kostete weniger als ein Zehntel so viel.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('Zehntel', 'Fünfzigstel')), [['figure-mismatch', 'ein Fünfzigstel', 'ein Fünfzigstel contradicts the source, which says 78 Millionen Dollar ÷ 5,6 Millionen Dollar ≈ 13.9.']]);
  });
});


describe('a comma before the comparand\'s clause ("so viel, wie GPT-4o gekostet hat") still names what a multiple compares with', () => {
  // The sources: Project Stargate 500 Milliarden Dollar, GPT-4o 78 Millionen Dollar: 500 Mrd. ÷ 78 Mio. ≈ 6410.
  test('German: "Das ist rund 6400-mal so viel, wie GPT-4o gekostet hat." is borne out; "64.000-mal" is wrong', () => {
    const text = 'Die USA starteten mit Project Stargate eine Initiative über 500 Milliarden Dollar. Das ist rund 6400-mal so viel, wie GPT-4o gekostet hat.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('rund 6400', 'rund 64.000')), [['figure-mismatch', '64.000-mal', '64.000-mal contradicts the source, which says 500 Milliarden Dollar ÷ 78 Millionen Dollar ≈ 6410.']]);
  });
  test('English: "That is roughly 6,400 times as much, as GPT-4o cost." is borne out; "64,000 times" is wrong', () => {
    const text = 'The US launched Project Stargate, a $500 billion initiative. That is roughly 6,400 times as much, as GPT-4o cost.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('roughly 6,400', 'roughly 64,000')), [['figure-mismatch', '64,000 times', '64,000 times contradicts the source, which says $500 billion ÷ 78 Millionen Dollar ≈ 6410.']]);
  });
});

describe('a multiple compared with the index elliptically ("so groß wie das des Index", "eight times the index\'s") compares with that name', () => {
  // The sources: Nvidia (-7,82 %), Microsoft (-3,75 %); Der Nasdaq 100 sackte um 3 % ab. 7,82 ÷ 3 ≈ 2,6; 7,82 ÷ 3,75 ≈ 2,1.
  test('German: "Nvidias Minus war gut zweieinhalbmal so groß wie das des Index" is borne out, not Nvidia against Microsoft; "achtmal" is wrong', () => {
    const text = 'Der Nasdaq 100 verlor an dem Tag 3 Prozent, Nvidias Minus war also gut zweieinhalbmal so groß wie das des Index.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('gut zweieinhalbmal', 'mehr als achtmal')), [['figure-mismatch', 'achtmal', 'achtmal contradicts the source, which says 7,82 % ÷ 3 % ≈ 2.6.']]);
  });
  test('English: "Nvidia\'s fall was about two and a half times the index\'s" is borne out; "more than eight times" is wrong', () => {
    const text = "The Nasdaq 100 lost 3% that day, so Nvidia's fall was about two and a half times the index's.";
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('about two and a half', 'more than eight')), [['figure-mismatch', 'eight times', 'eight times contradicts the source, which says 7,82 % ÷ 3 % ≈ 2.6.']]);
  });
});

describe('a fraction of the money compares two sums only where a subject needed or spent it; where it goes somewhere it is a part of one sum', () => {
  // 5,6 ÷ 78 ≈ 1/13.9: "ein Vierzehntel" bears it out, "ein Fünftel" does not; neither is a share of models (36 Prozent).
  test('German: "… DeepSeek brauchte also nur rund ein Vierzehntel des Geldes." is borne out; "ein Fünftel" is wrong', () => {
    const text = 'Das Training von R1 kostete 5,6 Millionen Dollar, das von GPT-4o bei OpenAI 78 Millionen Dollar. DeepSeek brauchte also nur rund ein Vierzehntel des Geldes.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('rund ein Vierzehntel', 'ein Fünftel')), [['figure-mismatch', 'ein Fünftel', 'ein Fünftel contradicts the source, which says 78 Millionen Dollar ÷ 5,6 Millionen Dollar ≈ 13.9.']]);
  });
  test('English: "… DeepSeek needed only about a fourteenth of the money." is borne out; "a fifth" is wrong', () => {
    const text = 'R1 cost $5.6 million to train, GPT-4o $78 million. DeepSeek needed only about a fourteenth of the money.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('about a fourteenth', 'a fifth')), [['figure-mismatch', 'a fifth', 'a fifth contradicts the source, which says 78 Millionen Dollar ÷ 5,6 Millionen Dollar ≈ 13.9.']]);
  });
  test('German: „Ein Drittel des Geldes / der Kosten floss in Rechenzeit“, „Die Hälfte des Geldes ging an Microsoft“ are parts of one sum: unsourced, no ratio', () => {
    assert.deepEqual(all('Das Training von DeepSeek R1 kostete 5,6 Millionen Dollar. Rund ein Drittel des Geldes floss in Rechenzeit.'), [['unsourced-figure', 'ein Drittel', 'No source states ein Drittel.']]);
    assert.deepEqual(all('OpenAI wandte für GPT-4o 78 Millionen Dollar auf. Die Hälfte des Geldes ging an Microsoft.'), [['unsourced-figure', 'Die Hälfte', 'No source states Die Hälfte.']]);
    assert.deepEqual(all('Das Training von DeepSeek R1 kostete 5,6 Millionen Dollar. Rund ein Drittel der Kosten floss in Rechenzeit.'), [['unsourced-figure', 'ein Drittel', 'No source states ein Drittel.']]);
  });
  test('English: "a third of the money / of the cost went into compute", "Half of the money went to Microsoft" are parts of one sum', () => {
    assert.deepEqual(all('Training DeepSeek R1 cost $5.6 million. About a third of the money went into compute.'), [['unsourced-figure', 'a third', 'No source states a third.']]);
    assert.deepEqual(all('OpenAI spent $78 million on GPT-4o. Half of the money went to Microsoft.'), [['unsourced-figure', 'Half', 'No source states Half.']]);
    assert.deepEqual(all('Training DeepSeek R1 cost $5.6 million. About a third of the cost went into compute.'), [['unsourced-figure', 'a third', 'No source states a third.']]);
  });
  test('a needing verb in an earlier clause makes no ratio: „… kostete 5,6 Millionen Dollar, ein Drittel des Geldes floss in Rechenzeit“', () => {
    // No ratio, and no source says where a third went: unsourced, as in a sentence of its own.
    assert.deepEqual(all('Das Training von R1 kostete 5,6 Millionen Dollar, ein Drittel des Geldes floss in Rechenzeit.'), [['unsourced-figure', 'ein Drittel', 'No source states ein Drittel.']]);
    assert.deepEqual(all('Training R1 cost $5.6 million, and a third of the money went into compute.'), [['unsourced-figure', 'a third', 'No source states a third.']]);
    // Spent on something: a part, not a ratio against 78 ÷ 5,6.
    assert.deepEqual(all('DeepSeek spent a third of the money on compute.'), [['unsourced-figure', 'a third', 'No source states a third.']]);
    assert.deepEqual(all('DeepSeek needed a third of the money.'), [['figure-mismatch', 'a third', 'a third contradicts the source, which says 78 Millionen Dollar ÷ 5,6 Millionen Dollar ≈ 13.9.']]);
    assert.deepEqual(all('R1 kostete nur ein Vierzehntel des Geldes, das OpenAI für GPT-4o aufwandte.'), []);
    assert.deepEqual(all('R1 cost only a fourteenth of the money OpenAI spent on GPT-4o.'), []);
  });
  test('two parts of one sum that went to other places are no draft-inconsistency; the same place with two values is', () => {
    const de = 'Das Training von R1 kostete 5,6 Millionen Dollar, ein Drittel des Geldes floss in Rechenzeit.\n\nDie Hälfte der Kosten entfiel auf Strom.';
    assert.deepEqual(all(de).filter(([code]) => code === 'draft-inconsistency'), []);
    const en = 'Training R1 cost $5.6 million, and a third of the money went into compute.\n\nHalf of the cost went to electricity.';
    assert.deepEqual(all(en).filter(([code]) => code === 'draft-inconsistency'), []);
    assert.deepEqual(all(en.replace('went to electricity', 'went into compute')).filter(([code]) => code === 'draft-inconsistency').map(([, words]) => words), ['Half']);
  });
});

describe('a part of one sum named by where it went is borne out only by a share of the same place, not by any share ("a third of the money went into compute")', () => {
  test('English: "…, and a third of the money went into compute" and "spent a third of the budget on chips" are unsourced, not backed by 36 percent of the models', () => {
    assert.deepEqual(all('Training R1 cost $5.6 million, and a third of the money went into compute.'), [['unsourced-figure', 'a third', 'No source states a third.']]);
    assert.deepEqual(all('DeepSeek spent a third of the budget on chips.').map(([code, words]) => [code, words]), [['unsourced-figure', 'a third']]);
  });
  test('German: „…, ein Drittel des Geldes floss in Rechenzeit“ und „Ein Drittel der Kosten entfiel auf Chips“ sind unbelegt', () => {
    assert.deepEqual(all('Das Training von R1 kostete 5,6 Millionen Dollar, ein Drittel des Geldes floss in Rechenzeit.'), [['unsourced-figure', 'ein Drittel', 'No source states ein Drittel.']]);
    assert.deepEqual(all('Ein Drittel der Kosten entfiel auf Chips.').map(([code, words]) => [code, words]), [['unsourced-figure', 'Ein Drittel']]);
  });
  test('German and English guard: a share of a whole that names no place is still borne out by the source\'s share', () => {
    assert.deepEqual(all('36 Prozent der weltweit 1328 KI-Modelle stammen aus China.'), []);
    assert.deepEqual(all("Just over a third of the world's 1,328 AI models come from China."), []);
    assert.deepEqual(all('R1 kostete nur ein Vierzehntel des Geldes, das OpenAI für GPT-4o aufwandte.'), []);
  });
});

describe('a relative clause after the sum ("the money that went into GPT-4o") says where the whole went: the fraction compares two sums', () => {
  test('English: "a fourteenth of the money that went into GPT-4o" is R1\'s sum against GPT-4o\'s, borne out; "a third of the money went into compute" stays a part', () => {
    assert.deepEqual(all('Training DeepSeek R1 cost only $5.6 million, a fourteenth of the money that went into GPT-4o.'), []);
    assert.deepEqual(all('Training R1 cost a fourteenth of the sum that was spent on GPT-4o.'), []);
    assert.deepEqual(all('Training DeepSeek R1 cost $5.6 million. About a third of the money went into compute.').map(([code, text]) => [code, text]), [['unsourced-figure', 'a third']]);
  });
  test('German: „ein Vierzehntel des Geldes, das in GPT-4o floss“ (the comma ends the clause) stays borne out; „ein Drittel des Geldes floss in Rechenzeit“ stays a part', () => {
    assert.deepEqual(all('Das Training von DeepSeek R1 kostete nur 5,6 Millionen Dollar, ein Vierzehntel des Geldes, das in GPT-4o floss.'), []);
    assert.deepEqual(all('Das Training von DeepSeek R1 kostete 5,6 Millionen Dollar. Etwa ein Drittel des Geldes floss in Rechenzeit.').map(([code, text]) => [code, text]), [['unsourced-figure', 'ein Drittel']]);
  });
});

describe('a percentage of one sum named by where it went is a part of that sum, as a fraction is ("30 percent of the money went into compute")', () => {
  test('English: "30 percent of the money went into compute" is unsourced, not contradicted by an unrelated 99 percent', () => {
    assert.deepEqual(all('Training R1 cost $5.6 million; 30 percent of the money went into compute.').map(([code, text]) => [code, text]), [['unsourced-figure', '30 percent']]);
    assert.deepEqual(all("36% of the world's 1,328 AI models come from China."), []);
  });
  test('German: „30 Prozent des Geldes flossen in Rechenzeit“ likewise; „36 Prozent der 1328 KI-Modelle“ stays a share borne out', () => {
    assert.deepEqual(all('Das Training von R1 kostete 5,6 Millionen Dollar. 30 Prozent des Geldes flossen in Rechenzeit.').map(([code, text]) => [code, text]), [['unsourced-figure', '30 Prozent']]);
    assert.deepEqual(all('Von den weltweit 1328 KI-Modellen stammen 36 Prozent aus China.'), []);
  });
});

describe('a share told as the rest of the share before it ("die übrigen 8 Prozent", "the remaining 64%") is what that share leaves over', () => {
  // The sources: HumanEval 92 %, MATH-500 85 %; 36 Prozent der weltweit 1328 KI-Modelle stammen aus China.
  test('German: „HumanEval: 92 Prozent. Es fehlen die übrigen 8 Prozent“ is borne out; „die restlichen 25 Prozent“ after MATH-500\'s 85 is wrong, and says 15', () => {
    assert.deepEqual(all('HumanEval: 92 Prozent. Es fehlen die übrigen 8 Prozent der Aufgaben.'), []);
    const text = 'Im MATH-500-Test erreicht R1 85 Prozent, die restlichen 25 Prozent löst es nicht.';
    assert.deepEqual(all(text), [['figure-mismatch', '25 Prozent', '25 Prozent contradicts the source, which says 100 % − 85 % = 15 %.']]);
    assert.deepEqual(runRules(analyzeDraft(text, index), index).map((f) => f.fix?.newText), ['15 Prozent']);
  });
  test('German: the share in the sentence before („36 Prozent … aus China. Die übrigen 54 Prozent …“) is what the rest is of', () => {
    assert.deepEqual(all('Laut der Akademie stammen 36 Prozent der weltweit 1328 KI-Modelle aus China. Die übrigen 54 Prozent kommen von anderswo.'), [
      ['figure-mismatch', '54 Prozent', '54 Prozent contradicts the source, which says 100 % − 36 Prozent = 64 %.'],
    ]);
    // A share between them that restates the first („also gut ein Drittel“) is not what the rest is of.
    const restated = 'Laut der Akademie stammen 36 Prozent der weltweit 1328 KI-Modelle aus China. Macht rund 480 Modelle, also gut ein Drittel. Die übrigen 54 Prozent kommen von anderswo.';
    assert.deepEqual(all(restated).filter((f) => f[1] === '54 Prozent'), [['figure-mismatch', '54 Prozent', '54 Prozent contradicts the source, which says 100 % − 36 Prozent = 64 %.']]);
    assert.deepEqual(all(restated.replace('54', '64')).filter((f) => f[1] === '64 Prozent'), []);
  });
  test('English: "the remaining 64%" after "36% … come from China" is borne out, 54% is wrong; "the remaining 6%" after a wrong 94% is the sources\' 8%', () => {
    assert.deepEqual(all("36% of the world's 1,328 AI models come from China. The remaining 64% come from everywhere else."), []);
    assert.deepEqual(all("36% of the world's 1,328 AI models come from China. The remaining 54% come from everywhere else."), [
      ['figure-mismatch', '54%', '54% contradicts the source, which says 100 % − 36 Prozent = 64 %.'],
    ]);
    const restated = "36% of the world's 1,328 AI models come from China. Call it a bit more than a third. The remaining 54% come from everywhere else.";
    assert.deepEqual(all(restated).filter((f) => f[1] === '54%'), [['figure-mismatch', '54%', '54% contradicts the source, which says 100 % − 36 Prozent = 64 %.']]);
    assert.deepEqual(all('R1 scored 92% on HumanEval. That leaves the remaining 8% of the problems unsolved.'), []);
    const text = 'On HumanEval, R1 scored 94%. That leaves the remaining 6% of the problems unsolved.';
    assert.deepEqual(all(text), [
      ['figure-mismatch', '94%', '94% contradicts the source, which says 92 %.'],
      ['figure-mismatch', '6%', '6% contradicts the source, which says 100 % − 92 % = 8 %.'],
    ]);
    assert.deepEqual(runRules(analyzeDraft(text, index), index).map((f) => f.fix?.newText), ['92%', '8%']);
  });
  test('no rest: a rise or fall before it, no article ("Other 8% gains"), a word between ("die übrigen Werte"), another paragraph', () => {
    assert.deepEqual(all('Nvidia fiel um 7,82 Prozent. Die übrigen 92 Prozent ihres Werts blieben.'), [['unsourced-figure', '92 Prozent', 'No source states 92 Prozent.']]);
    assert.deepEqual(all('R1 scored 92% on HumanEval. Other 8% gains were reported elsewhere.'), [['unsourced-figure', '8%', 'No source states 8%.']]);
    assert.deepEqual(all('Nvidia verlor 7,82 Prozent, die übrigen Werte 3,75 Prozent.'), [['figure-mismatch', '3,75 Prozent', '3,75 Prozent contradicts the source, which says -7,82 %.']]);
    assert.deepEqual(all('Laut der Akademie stammen 36 Prozent der weltweit 1328 KI-Modelle aus China.\n\nDie übrigen 64 Prozent kommen von anderswo.'), [['unsourced-figure', '64 Prozent', 'No source states 64 Prozent.']]);
    assert.deepEqual(all('Nvidia fell 7.82%. The other 6.58% drop was Broadcom\'s.'), []);
  });
});

describe('a rest is of the nearest share of its whole only: no share of something else, of a part, or of a list is skipped to reach the sources\' 36 %', () => {
  // Review 43: "die übrigen 64 Prozent der Modelle" after a benchmark's 92 % was warned with 100 % − 92 % = 8 %, and the
  // rest of "70 Prozent quelloffen" of the Chinese models, or of 36 % and 40 % together, with 100 % − 36 % = 64 %.
  test('German: the rest names its whole („der Modelle“), so a benchmark\'s 92 % between is not what it is of', () => {
    assert.deepEqual(all('Laut der Akademie stammen 36 Prozent der weltweit 1328 KI-Modelle aus China. Das bekannteste, R1, erreicht im HumanEval-Benchmark 92 Prozent. Die übrigen 64 Prozent der Modelle kommen aus anderen Ländern.'), []);
  });
  test('English: the rest names its whole ("of the models"), so a benchmark\'s 92% between is not what it is of', () => {
    assert.deepEqual(all("According to the academy, 36% of the world's 1,328 AI models come from China. The best known, R1, scores 92% on HumanEval. The remaining 64% of the models come from other countries."), []);
  });
  test('German: no whole named and two shares before it, a share of a part („Von diesen … 70 Prozent“), a rest of two shares: as before', () => {
    assert.deepEqual(all('Laut der Akademie stammen 36 Prozent der weltweit 1328 KI-Modelle aus China. Das bekannteste, R1, erreicht im HumanEval-Benchmark 92 Prozent. Die übrigen 64 Prozent kommen aus anderen Ländern.'), [['unsourced-figure', '64 Prozent', 'No source states 64 Prozent.']]);
    const part = 'Laut der chinesischen Akademie stammen 36 Prozent der weltweit 1328 KI-Modelle aus China. Von diesen chinesischen Modellen sind 70 Prozent quelloffen, die übrigen 30 Prozent proprietär.';
    assert.deepEqual(all(part).filter((f) => f[1] === '30 Prozent'), [['figure-mismatch', '30 Prozent', '30 Prozent contradicts the source, which says 36 Prozent.']]);
    assert.deepEqual(all('Von den 1328 KI-Modellen stammen 36 Prozent aus China, 40 Prozent aus den USA und die restlichen 24 Prozent aus dem Rest der Welt.').filter((f) => f[1] === '24 Prozent'), [['unsourced-figure', '24 Prozent', 'No source states 24 Prozent.']]);
  });
  test('English: no whole named and two shares before it, a share of a part ("Of those … 70%"): as before', () => {
    assert.deepEqual(all("According to the academy, 36% of the world's 1,328 AI models come from China. The best known, R1, scores 92% on HumanEval. The remaining 64% come from other countries."), [['unsourced-figure', '64%', 'No source states 64%.']]);
    const part = "According to the Chinese academy, 36% of the world's 1,328 AI models come from China. Of those Chinese models, 70% are open source; the remaining 30% are proprietary.";
    assert.deepEqual(all(part).filter((f) => f[1] === '30%'), [['unsourced-figure', '30%', 'No source states 30%.']]);
  });
});

describe('a multiple compared with a word for a kind of name an earlier sentence of the paragraph gave ("… wie das des Index", "the index\'s") compares with that name', () => {
  // The sources: Nvidia (-7,82 %), Microsoft (-3,75 %); Der Nasdaq 100 sackte um 3 % ab. 7,82 ÷ 3 ≈ 2,6; 7,82 ÷ 3,75 ≈ 2,1.
  test('German: „Der Nasdaq 100 gab 3 Prozent ab. Nvidias Minus war gut zweieinhalbmal so groß wie das des Index“ is borne out, not read against Microsoft; fünfmal is wrong', () => {
    const text = 'Der Nasdaq 100 gab 3 Prozent ab. Nvidias Minus war damit gut zweieinhalbmal so groß wie das des Index.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('gut zweieinhalbmal', 'fünfmal')), [['figure-mismatch', 'fünfmal', 'fünfmal contradicts the source, which says 7,82 % ÷ 3 % ≈ 2.6.']]);
  });
  test('English: "The Nasdaq 100 dropped 3%. That makes Nvidia\'s slide about two and a half times the index\'s" is borne out; five times is wrong', () => {
    const text = "The Nasdaq 100 dropped 3%. That makes Nvidia's slide about two and a half times the index's.";
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('two and a half', 'five')), [['figure-mismatch', 'five times', 'five times contradicts the source, which says 7,82 % ÷ 3 % ≈ 2.6.']]);
  });
  test('no such name before it in the paragraph (none, or only in the heading above): read as before, against the ratio the sources give Nvidia', () => {
    assert.deepEqual(all('Nvidias Minus war damit gut zweieinhalbmal so groß wie das des Index.'), [['figure-mismatch', 'zweieinhalbmal', 'zweieinhalbmal contradicts the source, which says 7,82 % ÷ 3,75 % ≈ 2.1.']]);
    assert.deepEqual(all("## The Nasdaq 100 dropped 3%\n\nThat makes Nvidia's slide about two and a half times the index's."), [['figure-mismatch', 'two and a half times', 'two and a half times contradicts the source, which says 7,82 % ÷ 3,75 % ≈ 2.1.']]);
    // A word for a company after the comparison does not reach back to the index.
    assert.deepEqual(all('Der Nasdaq 100 gab 3 Prozent ab. Nvidia verlor damit gut doppelt so viel wie der Konzern.'), []);
  });
});

describe('a name carried from an earlier sentence is compared with only as that day\'s two falls: another article\'s rises leave the multiple as it was read before', () => {
  // Review 43: with other days' articles indexed, "twice as hard as the index" after „Der Nasdaq 100 sackte um 3
  // Prozent ab.“ was measured against the rises of 28 January (2.6 percent ÷ 1.6 percent) or of a day in 2023.
  const rebound = extraSource('2025-01-28_rebound.md', '---\ntitle: Chip stocks rebound\npublished: 2025-01-28\n---\n\nOn Tuesday, January 28, 2025, Microsoft gained 2.9 percent and Broadcom added 2.6 percent, while the Nasdaq 100 closed 1.6 percent higher.\n');
  const gpt4 = extraSource('2023-03-15_gpt4.txt', 'GPT-4 ist da\n\nAm Dienstag, dem 14. März 2023, stellte OpenAI GPT-4 vor. Nvidia gewann 2,2 Prozent, der Nasdaq 100 schloss 2,6 Prozent höher.\n');
  const other = (text: string, ...extra: Parameters<typeof withSources>) => {
    const idx = withSources(...extra);
    return runRules(analyzeDraft(text, idx), idx).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
  };
  test('German: „Broadcom fiel mehr als doppelt so stark wie der Index“ and „Nvidia fiel … wie der Index“ after the Nasdaq\'s fall are not read against another day\'s rises', () => {
    assert.deepEqual(other('Der Nasdaq 100 sackte um 3 Prozent ab. Broadcom fiel mehr als doppelt so stark wie der Index.', rebound), []);
    assert.deepEqual(other('Der Nasdaq 100 sackte um 3 Prozent ab, der Dow Jones hielt sich. Nvidia fiel mehr als doppelt so stark wie der Index.', gpt4), []);
  });
  test('English: "Broadcom fell more than twice as hard as the index" and "Nvidia fell … as the index" after the Nasdaq\'s fall are not read against another day\'s rises', () => {
    assert.deepEqual(other('The Nasdaq 100 sank 3 percent. Broadcom fell more than twice as hard as the index.', rebound), []);
    assert.deepEqual(other('The Nasdaq 100 sank 3 percent while the Dow held up. Nvidia fell more than twice as hard as the index.', gpt4), []);
  });
});

describe('a gapped clause of its own after a comma ("…, Broadcom more than twice as much as the index") is measured with its own name or figure, not the sentence\'s first', () => {
  // Review 44, must-fix 7: with the index carried from the sentence before, the second clause was measured with
  // Microsoft's 3.75 % (3,75 % ÷ 3 % ≈ 1.3) though it is about Broadcom (6,58 % ÷ 3 % ≈ 2.2, true).
  test('German: „Microsoft verlor nur etwas mehr als der Index, Broadcom mehr als doppelt so viel wie der Index“ and with Microsoft\'s 3,75 Prozent stated: no finding', () => {
    assert.deepEqual(all('Der Nasdaq 100 sackte um 3 Prozent ab. Microsoft verlor nur etwas mehr als der Index, Broadcom mehr als doppelt so viel wie der Index.'), []);
    assert.deepEqual(all('Der Nasdaq 100 sackte um 3 Prozent ab. Microsoft verlor 3,75 Prozent, Broadcom mehr als doppelt so viel wie der Index.'), []);
  });
  test('English: "Microsoft lost only a little more than the index, Broadcom more than twice as much as the index" and with Microsoft\'s 3.75 percent stated: no finding', () => {
    assert.deepEqual(all('The Nasdaq 100 sank 3 percent. Microsoft lost only a little more than the index, Broadcom more than twice as much as the index.'), []);
    assert.deepEqual(all('The Nasdaq 100 sank 3 percent. Microsoft lost 3.75 percent, Broadcom more than twice as much as the index.'), []);
  });
  test('a clause with neither a name nor a figure of its own („… und damit …“, "…, and so …") is the sentence\'s subject\'s, as before', () => {
    assert.deepEqual(all('Der Nasdaq 100 sackte um 3 Prozent ab. Nvidia verlor 7,82 Prozent und damit mehr als doppelt so viel wie der Index.'), []);
    assert.deepEqual(all('The Nasdaq 100 sank 3 percent. Nvidia lost 7.82 percent, and so more than twice as much as the index.'), []);
  });
});

describe('a name carried from an earlier sentence is compared with under a document day no source confirms ("Stand: 28. Januar 2025"): the guess names no other day', () => {
  // The sources: Nvidia (-7,82 %), Microsoft (-3,75 %) on 27 January 2025; Der Nasdaq 100 sackte um 3 % ab. 7,82 ÷ 3 ≈ 2,6.
  test('German: „Stand: 28. Januar 2025“ above „Der Nasdaq 100 sackte um 3 Prozent ab. Nvidia fiel damit gut zweieinhalbmal so stark wie der Index“ is borne out, not read against Microsoft; fünfmal is wrong', () => {
    const text = 'Stand: 28. Januar 2025\n\nDer Nasdaq 100 sackte um 3 Prozent ab. Nvidia fiel damit gut zweieinhalbmal so stark wie der Index.';
    const stamp = ['unsourced-figure', '28. Januar 2025', 'No source states 28. Januar 2025.'];
    assert.deepEqual(all(text), [stamp]);
    assert.deepEqual(all(text.replace('gut zweieinhalbmal', 'fünfmal')), [stamp, ['figure-mismatch', 'fünfmal', 'fünfmal contradicts the source, which says 7,82 % ÷ 3 % ≈ 2.6.']]);
  });
  test('English: "As of January 28, 2025" above "The Nasdaq 100 sank 3 percent. Nvidia fell about two and a half times as hard as the index" is borne out; five times is wrong', () => {
    const text = 'As of January 28, 2025\n\nThe Nasdaq 100 sank 3 percent. Nvidia fell about two and a half times as hard as the index.';
    const stamp = ['unsourced-figure', 'January 28, 2025', 'No source states January 28, 2025.'];
    assert.deepEqual(all(text), [stamp]);
    assert.deepEqual(all(text.replace('two and a half', 'five')), [stamp, ['figure-mismatch', 'five times', 'five times contradicts the source, which says 7,82 % ÷ 3 % ≈ 2.6.']]);
  });
  test('the sentence\'s own day (28 January, which no fall of the index is dated to) and a rise under the guessed day are not measured against the index\'s fall of the 27th', () => {
    const againstTheIndex = (text: string) => all(text).filter((f) => f[0] === 'figure-mismatch' && f[2].includes('÷ 3 %'));
    assert.deepEqual(againstTheIndex('Am 28. Januar 2025 sackte der Nasdaq 100 um 3 Prozent ab. Nvidia fiel damit fünfmal so stark wie der Index.'), []);
    assert.deepEqual(againstTheIndex('On January 28, 2025, the Nasdaq 100 sank 3 percent. Nvidia fell five times as hard as the index.'), []);
    assert.deepEqual(againstTheIndex('Stand: 28. Januar 2025\n\nDer Nasdaq 100 legte um 3 Prozent zu. Nvidia stieg damit fünfmal so stark wie der Index.'), []);
    assert.deepEqual(againstTheIndex('As of January 28, 2025\n\nThe Nasdaq 100 rose 3 percent. Nvidia gained five times as much as the index.'), []);
  });
});
