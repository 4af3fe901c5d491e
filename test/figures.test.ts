import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, extractFigures, runRules, type Figure, type Language } from '../server/src/core';
import { wordAlternation } from '../server/src/core/context/lexicon';
import { bundledIndex } from './support/fixtures';

function figures(text: string, language: Language, isSource = false) {
  return extractFigures(text, { language, isSource }).map((f: Figure) => ({
    text: f.text, kind: f.kind, value: f.value, ...(f.currency ? { currency: f.currency } : {}),
    ...(f.approximate ? { approximate: true } : {}), ...(f.bound ? { bound: f.bound } : {}), ...(f.range ? { range: f.range } : {}),
    ...(f.date ? { date: f.date } : {}),
  }));
}

describe('German figures', () => {
  const cases: Array<[string, object[]]> = [
    ['Das Training kostete nur 5,6 Millionen Dollar.', [{ text: '5,6 Millionen Dollar', kind: 'money', value: 5_600_000, currency: 'USD' }]],
    ['Nvidia (-7,82 %) fiel.', [{ text: '-7,82 %', kind: 'percent', value: -7.82 }]],
    ['Es beschleunigte die Verarbeitung um das 1,8-Fache.', [{ text: '1,8-Fache', kind: 'multiplier', value: 1.8 }]],
    ['Schätzungen schwanken zwischen 10.000 und 50.000 Einheiten.', [
      { text: '10.000', kind: 'count', value: 10_000, range: 'low' }, { text: '50.000', kind: 'count', value: 50_000, range: 'high' }]],
    ['Die USA starteten eine 500-Milliarden-Dollar-Initiative.', [{ text: '500-Milliarden-Dollar', kind: 'money', value: 500e9, currency: 'USD' }]],
    ['Das Unternehmen veröffentlichte sechs kleinere Versionen.', [{ text: 'sechs', kind: 'count', value: 6 }]],
    ['Fire-Flyer II kostete eine Milliarde Yuan (ca. 130 Millionen Euro).', [
      { text: 'eine Milliarde Yuan', kind: 'money', value: 1e9, currency: 'CNY' }, { text: '130 Millionen Euro', kind: 'money', value: 130e6, currency: 'EUR', approximate: true }]],
    ['Der 40-jährige Ingenieur gründete 2015 einen Fonds.', [{ text: '40-jährige', kind: 'age', value: 40 }, { text: '2015', kind: 'year', value: 2015 }]],
    ['Am 27. Januar 2025 fielen die Kurse.', [{ text: '27. Januar 2025', kind: 'date', value: 0, date: { day: 27, month: 1, year: 2025 } }]],
    ['Am 20. Januar traf er Li Qiang.', [{ text: '20. Januar', kind: 'date', value: 0, date: { day: 20, month: 1 } }]],
    ['Der Durchbruch kam am 20. Januar. Dez. 2024 war V3 erschienen.', [
      { text: '20. Januar', kind: 'date', value: 0, date: { day: 20, month: 1 } }, { text: 'Dez. 2024', kind: 'date', value: 0, date: { month: 12, year: 2024 } }]],
    ['Aktien büßten bis zu 10 % ein.', [{ text: '10 %', kind: 'percent', value: 10, bound: 'upper' }]],
    ['Es kostete rund 6 Millionen Dollar.', [{ text: '6 Millionen Dollar', kind: 'money', value: 6e6, currency: 'USD', approximate: true }]],
    ['Das sind 1.328 Modelle.', [{ text: '1.328', kind: 'count', value: 1328 }]],
    ['Eine Billion Euro ist viel.', [{ text: 'Eine Billion Euro', kind: 'money', value: 1e12, currency: 'EUR' }]],
    ['Nur ein Prozent kommt aus Talent.', [{ text: 'ein Prozent', kind: 'percent', value: 1 }]],
    ['Nvidia verlor knapp eine halbe Billion Dollar, OpenAI sammelte anderthalb Milliarden Dollar ein.', [
      { text: 'eine halbe Billion Dollar', kind: 'money', value: 0.5e12, currency: 'USD', approximate: true }, { text: 'anderthalb Milliarden Dollar', kind: 'money', value: 1.5e9, currency: 'USD' }]],
    ['Die App hatte zweieinhalb Millionen Nutzer.', [{ text: 'zweieinhalb Millionen', kind: 'count', value: 2.5e6 }]],
  ];
  for (const [text, expected] of cases) test(text, () => assert.deepEqual(figures(text, 'de'), expected));
});

describe('English figures', () => {
  const cases: Array<[string, object[]]> = [
    ['Training cost $5.6 million.', [{ text: '$5.6 million', kind: 'money', value: 5_600_000, currency: 'USD' }]],
    ['Nvidia fell 7.82 percent.', [{ text: '7.82 percent', kind: 'percent', value: 7.82 }]],
    ['Two hundred million yuan went into Fire-Flyer I.', [{ text: 'Two hundred million yuan', kind: 'money', value: 200e6, currency: 'CNY' }]],
    ['DeepSeek released twenty-one models and three thousand chips.', [{ text: 'twenty-one', kind: 'count', value: 21 }, { text: 'three thousand', kind: 'count', value: 3000 }]],
    ['R1 broke through on 20 January. Jan. 27 came next.', [
      { text: '20 January', kind: 'date', value: 0, date: { day: 20, month: 1 } }, { text: 'Jan. 27', kind: 'date', value: 0, date: { month: 1, day: 27 } }]],
    ['It sped up processing 1.8 times.', [{ text: '1.8 times', kind: 'multiplier', value: 1.8 }]],
    ['Estimates range from 10,000 to 50,000 units.', [
      { text: '10,000', kind: 'count', value: 10_000, range: 'low' }, { text: '50,000', kind: 'count', value: 50_000, range: 'high' }]],
    ['The US launched a $500 billion initiative.', [{ text: '$500 billion', kind: 'money', value: 500e9, currency: 'USD' }]],
    ['It released six smaller versions.', [{ text: 'six', kind: 'count', value: 6 }]],
    ['It cost one billion yuan.', [{ text: 'one billion yuan', kind: 'money', value: 1e9, currency: 'CNY' }]],
    ['The 40-year-old engineer founded it in 2015.', [{ text: '40-year-old', kind: 'age', value: 40 }, { text: '2015', kind: 'year', value: 2015 }]],
    ['On January 27, 2025, stocks fell.', [{ text: 'January 27, 2025', kind: 'date', value: 0, date: { month: 1, day: 27, year: 2025 } }]],
    ['On 27 Jan 2025 stocks fell.', [{ text: '27 Jan 2025', kind: 'date', value: 0, date: { day: 27, month: 1, year: 2025 } }]],
    ['The shock came on 2025-01-27.', [{ text: '2025-01-27', kind: 'date', value: 0, date: { year: 2025, month: 1, day: 27 } }]],
    ['It was founded in July 2023.', [{ text: 'July 2023', kind: 'date', value: 0, date: { month: 7, year: 2023 } }]],
    ['Stocks lost up to 10%.', [{ text: '10%', kind: 'percent', value: 10, bound: 'upper' }]],
    ['It cost about $6 million.', [{ text: '$6 million', kind: 'money', value: 6e6, currency: 'USD', approximate: true }]],
    ['That is 1.328 of something.', []],
    ['The world has 1,328 AI models.', [{ text: '1,328', kind: 'count', value: 1328 }]],
    ['Nvidia dropped -7.82%.', [{ text: '-7.82%', kind: 'percent', value: -7.82 }]],
    ['Stargate is worth half a trillion dollars.', [{ text: 'half a trillion dollars', kind: 'money', value: 0.5e12, currency: 'USD' }]],
    ['The app had one and a half million users.', [{ text: 'one and a half million', kind: 'count', value: 1.5e6 }]],
  ];
  for (const [text, expected] of cases) test(text, () => assert.deepEqual(figures(text, 'en'), expected));

  test('"1.328" is a decimal in English and a thousand in German', () => {
    assert.equal(extractFigures('We counted 1.328 models.', { language: 'en' })[0].value, 1.328);
    assert.equal(extractFigures('Wir zählten 1.328 Modelle.', { language: 'de' })[0].value, 1328);
  });
});

describe('digits that are not figures', () => {
  for (const text of ['Nvidia A100 and H800 chips', 'OpenAI GPT-4o and OpenAI o1', 'DeepSeek R1 and V3', 'FP8-Mixed-Precision-Training', 'im MATH-500-Test', 'Fire-Flyer II', 'sechs']) {
    test(text, () => assert.deepEqual(figures(text, 'de'), []));
  }
  test('a footnote marker glued to a scraped source sentence', () => {
    assert.deepEqual(figures('bei logischen Aufgaben überzeugt 18. Im HumanEval-Benchmark erreicht es 92 %', 'de', true).map((f) => f.text), ['92 %']);
    assert.deepEqual(figures('Werte, die mit Top-Modellen wie OpenAI o1 mithalten 410.', 'de', true), []);
  });
  test('a version number before a variant word of a product\'s name ("Gemini 2.0 Flash", "Claude 3 Opus") is no count', () => {
    assert.deepEqual(figures('Google charges $0.10 per million input tokens for Gemini 2.0 Flash.', 'en').map((f) => f.text), ['$0.10']);
    assert.deepEqual(figures('Gemini 1.5 Pro and Claude 3 Opus trail behind; so does Qwen 2.5-Max.', 'en'), []);
    assert.deepEqual(figures('Das Training von Claude 3.5 Sonnet habe „ein paar zehn Millionen Dollar“ gekostet.', 'de').map((f) => f.text), ['zehn Millionen Dollar']);
    assert.deepEqual(figures('Für GPT 4 Turbo zahlte Microsoft 2 Milliarden Dollar.', 'de').map((f) => f.text), ['2 Milliarden Dollar']);
  });
  test('a number between a name and any other word stays a figure ("Google 4 Satelliten", "Nvidia 7.82 Percent")', () => {
    assert.deepEqual(figures('Bisher betreiben Google 4 Satelliten und Nvidia 3 Rechenzentren, Meta 2 Milliarden Dollar.', 'de').map((f) => f.text), ['4', '3', '2 Milliarden Dollar']);
    assert.deepEqual(figures('Nvidia 7.82 Percent Down; Phase 2 Preview began; Top 3 Pro tips; Nvidia 3 Plus.', 'en').map((f) => f.text), ['7.82 Percent', '2', '3', '3']);
    // A headline in title case: "7 Small Models" is a count; "Claude 3 Opus" in the same headline is still a name.
    assert.deepEqual(figures('DeepSeek Releases 7 Small Models, Claude 3 Opus trails', 'en').map((f) => f.text), ['7']);
  });
  test('a bare number before a verb is no count ("Der Nasdaq 100 sackte um 3 % ab")', () => {
    assert.deepEqual(figures('Der Nasdaq 100 sackte um 3 % ab.', 'de').map((f) => f.text), ['3 %']);
  });
  test('a reference\'s access date ("Abgerufen am 29. Januar 2025", "Retrieved January 29, 2025") is no date; a date the prose states is', () => {
    assert.deepEqual(figures('Abgerufen am 29. Januar 2025', 'de'), []);
    assert.deepEqual(figures('Telepolis, 28. Januar 2025 (Zugriff am 3.2.2025)', 'de').map((f) => f.text), ['28. Januar 2025']);
    assert.deepEqual(figures('Nutzer riefen R1 am 27. Januar 2025 ab.', 'de').map((f) => f.text), ['27. Januar 2025']);
    assert.deepEqual(figures('Retrieved January 29, 2025', 'en'), []);
    assert.deepEqual(figures('Telepolis, January 28, 2025 (accessed on 3 February 2025)', 'en').map((f) => f.text), ['January 28, 2025']);
    assert.deepEqual(figures('Users accessed R1 on 27 January 2025.', 'en').map((f) => f.text), ['27 January 2025']);
  });
  test('the year that names a law ("Reform Act of 1995") is no date; "the act of 2023" in lower case stays one', () => {
    assert.deepEqual(figures('im Sinne des Private Securities Litigation Reform Act of 1995', 'de'), []);
    assert.deepEqual(figures('within the meaning of the Private Securities Litigation Reform Act of 1995, as amended in 2023', 'en').map((f) => f.text), ['2023']);
    assert.deepEqual(figures('an act of 2023 defiance', 'en').map((f) => f.text), ['2023']);
    assert.deepEqual(figures('VIOLATIONS OF THE SECURITIES EXCHANGE ACT OF 1934', 'en'), []);
  });
  test('English: a citation of a paragraph, section, footnote or statute title ("¶¶ 3 and 42", "§ 1331", "n. 3", "15 U.S.C.") is no figure', () => {
    assert.deepEqual(figures('See ¶¶ 3 and 42 and n. 1.', 'en'), []);
    assert.deepEqual(figures('This Court has jurisdiction under 28 U.S.C. § 1331 and § 27 of the Exchange Act, 15 U.S.C. § 78aa.', 'en'), []);
    assert.deepEqual(figures('As set forth in n. 3 and ¶ 50, Nvidia fell 7.82% on 27 January 2025.', 'en').map((f) => f.text), ['7.82%', '27 January 2025']);
    // A figure after a citation stays one: joined by "and" with a unit, or after a colon.
    assert.deepEqual(figures('As set out in ¶ 12 and 17% of the world\'s 1,328 AI models come from China.', 'en').map((f) => f.text), ['17%', '1,328']);
    assert.deepEqual(figures('See n. 3: 10,000 to 50,000 A100 chips.', 'en').map((f) => f.text), ['10,000', '50,000']);
  });
  test('German: „§§ 12 bis 14 WpHG“, „Rn. 42“, „Art. 5“ sind keine Zahlen; eine Zahl danach bleibt eine', () => {
    assert.deepEqual(figures('Siehe § 3 und §§ 12 bis 14 WpHG sowie Rn. 42 und Art. 5 Abs. 1.', 'de'), []);
    assert.deepEqual(figures('Nach § 3 stammen 36 Prozent der weltweit 1328 KI-Modelle aus China.', 'de').map((f) => f.text), ['36 Prozent', '1328']);
    assert.deepEqual(figures('Laut Rn. 12 fiel Nvidia am 27. Januar 2025 um 7,82 Prozent.', 'de').map((f) => f.text), ['27. Januar 2025', '7,82 Prozent']);
  });
});

describe('a date in digits with dots ("27.1.", "27.01.2025")', () => {
  test('with its year, anywhere; without, after "am", "vom", "bis", a weekday, or opening a line or a cell; "fell 3.5." is none', () => {
    assert.deepEqual(figures('Am 27.1. verlor Nvidia 589 Milliarden Dollar.', 'de').map((f) => [f.text, f.kind, f.date]), [['27.1.', 'date', { day: 27, month: 1 }], ['589 Milliarden Dollar', 'money', undefined]]);
    assert.deepEqual(figures('Der Kurssturz vom 27.01.2025 war historisch.', 'de').map((f) => [f.text, f.date]), [['27.01.2025', { day: 27, month: 1, year: 2025 }]]);
    assert.deepEqual(figures('Stand: 31.01.25', 'de').map((f) => [f.text, f.date]), [['31.01.25', { day: 31, month: 1, year: 2025 }]]);
    assert.deepEqual(figures('28.1.: Nvidia erholt sich', 'de').map((f) => [f.text, f.date]), [['28.1.', { day: 28, month: 1 }]]);
    assert.deepEqual(figures('Am Mo., 27.1., fiel Nvidia.', 'de').map((f) => [f.text, f.date]), [['27.1.', { day: 27, month: 1 }]]);
    // A decimal that ends a sentence stays a number.
    assert.deepEqual(figures('Nvidia rose 8.9. Then it fell 3.5.', 'en').filter((f) => f.kind === 'date'), []);
    assert.deepEqual(figures('Die Version 3.5. war schneller als GPT-3.5.', 'de').filter((f) => f.kind === 'date'), []);
  });
  test('a section number opening a sentence, a version and a day the month lacks are no dates', () => {
    assert.deepEqual(figures('1.2. Methode', 'de').filter((f) => f.kind === 'date'), []);
    assert.deepEqual(figures('Die Version 1.2.24 des Modells erschien.', 'de').filter((f) => f.kind === 'date'), []);
    assert.deepEqual(figures('Release v1.2.25 followed.', 'en').filter((f) => f.kind === 'date'), []);
    assert.deepEqual(figures('Am 31.2. fiel Nvidia.', 'de').filter((f) => f.kind === 'date'), []);
    assert.deepEqual(figures('20.1.', 'de').map((f) => [f.text, f.date]), [['20.1.', { day: 20, month: 1 }]]);
  });
});

describe('points between two sides or by a margin one outdoes the other by', () => {
  const kinds = (text: string, lang: 'de' | 'en') => figures(text, lang).filter((f) => /\p{L}/u.test(f.text)).map((f) => [f.text, f.kind]);
  test('„zwischen Nvidia und Broadcom lagen 2,5 Punkte“, "beat Microsoft\'s by 1.8 points" are percentage points, the words underlined with them', () => {
    assert.deepEqual(kinds('Zwischen Nvidia und Broadcom lagen nur 2,5 Punkte.', 'de'), [['2,5 Punkte', 'percentagePoint']]);
    assert.deepEqual(kinds('Between Nvidia and Microsoft there were about four points.', 'en'), [['four points', 'percentagePoint']]);
    assert.deepEqual(kinds("Broadcom's fall beat Microsoft's by 1.8 points.", 'en'), [['1.8 points', 'percentagePoint']]);
    assert.deepEqual(kinds('Broadcom übertraf Microsoft um knapp drei Punkte.', 'de'), [['drei Punkte', 'percentagePoint']]);
  });
  test('the first side may say what both are, and a word may set the pair against one before: „Zwischen den beiden Chipherstellern Nvidia und Broadcom sind es dagegen 2,4 Punkte“', () => {
    const points = (text: string, lang: 'de' | 'en') => kinds(text, lang).filter(([t]) => /point|punkt/i.test(t as string));
    assert.deepEqual(points('Zwischen den beiden Chipherstellern Nvidia und Broadcom sind es dagegen 2,4 Punkte.', 'de'), [['2,4 Punkte', 'percentagePoint']]);
    assert.deepEqual(points('Zwischen Nvidia und Broadcom waren es hingegen nur 1,2 Punkte.', 'de'), [['1,2 Punkte', 'percentagePoint']]);
    assert.deepEqual(points('Between the two chipmakers Nvidia and Broadcom it was just 1.24 points.', 'en'), [['1.24 points', 'percentagePoint']]);
    assert.deepEqual(points('Between Nvidia and Broadcom there were instead about four points.', 'en'), [['four points', 'percentagePoint']]);
  });
  test('"by 1.8 pts", „um 2,8 Pkt.“, „1,42 Prozentpkt.“: the shortened units too, the German full stop underlined with them', () => {
    assert.deepEqual(kinds("Broadcom's fall beat Microsoft's by 1.8 pts on Monday.", 'en'), [['1.8 pts', 'percentagePoint']]);
    assert.deepEqual(kinds('Broadcom übertraf Microsoft um 2,8 Pkt. im Minus.', 'de'), [['2,8 Pkt.', 'percentagePoint']]);
    assert.deepEqual(kinds('Der Abstand lag bei 1,42 Prozentpkt. am Montag.', 'de'), [['1,42 Prozentpkt.', 'percentagePoint']]);
    // Points a team takes are no difference: the count keeps no unit.
    assert.deepEqual(figures('Das Team holte 7 Pkt. aus drei Spielen.', 'de').map((f) => [f.text, f.kind]), [['7', 'count'], ['drei', 'count']]);
    assert.deepEqual(figures('The team took 7 pts from three games.', 'en').map((f) => [f.text, f.kind]), [['7', 'count'], ['three', 'count']]);
  });
  test('points a value rose by between two years, or a score of points, stay counts', () => {
    assert.deepEqual(figures('Zwischen 2023 und 2024 stieg der Wert um 5 Punkte.', 'de').map((f) => [f.text, f.kind]), [['2023', 'year'], ['2024', 'year'], ['5', 'count']]);
    assert.deepEqual(figures('Between 2023 and 2024 the index rose by 600 points.', 'en').filter((f) => f.kind !== 'year').map((f) => f.kind), ['count']);
    assert.deepEqual(figures('R1 erreichte 85 Punkte.', 'de').map((f) => f.kind), ['count']);
  });
});

describe('percentage points written with a hyphen („Prozent-Punkte“, "percentage-points")', () => {
  const index = bundledIndex();
  const findings = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.severity !== 'information').map((f) => [text.slice(f.start, f.end), f.message]);
  test('German: „2 Prozent-Punkte“ is a gap in points, checked against the difference of the two moves', () => {
    assert.deepEqual(figures('Der Unterschied ist nur etwa 2 Prozent-Punkte.', 'de').map((f) => [f.text, f.kind]), [['2 Prozent-Punkte', 'percentagePoint']]);
    assert.deepEqual(findings('---\nlang: de\n---\n\nNvidia verlor am 27. Januar 7,82 Prozent, Broadcom 6,58 Prozent. Der Unterschied ist nur etwa 2 Prozent-Punkte.'), [
      ['2 Prozent-Punkte', '2 Prozent-Punkte contradicts the source, which says 7,82 % − 6,58 % = 1.2 percentage points.'],
    ]);
  });
  test('English: "2 percentage-points" is a gap in points, checked against the difference of the two moves', () => {
    assert.deepEqual(figures('a gap of about 2 percentage-points', 'en').map((f) => [f.text, f.kind]), [['2 percentage-points', 'percentagePoint']]);
    assert.deepEqual(findings('On January 27, Nvidia fell 7.82% and Broadcom 6.58%, a gap of about 2 percentage-points.'), [
      ['2 percentage-points', '2 percentage-points contradicts the source, which says 7,82 % − 6,58 % = 1.2 percentage points.'],
    ]);
  });
  test('true gaps in hyphenated points stay clean, in both languages', () => {
    assert.deepEqual(findings('---\nlang: de\n---\n\nNvidia verlor am 27. Januar 7,82 Prozent, Microsoft 3,75 Prozent. Das sind etwa 4 Prozent-Punkte mehr.'), []);
    assert.deepEqual(findings('---\nlang: de\n---\n\nBei HumanEval erreicht R1 92 Prozent, bei MATH-500 85 Prozent. Das sind 7 Prozent-Punkte Abstand.'), []);
    assert.deepEqual(findings('Nvidia fell 7.82% and Microsoft 3.75% on January 27, about 4 percentage-points more.'), []);
    assert.deepEqual(findings('R1 scored 92% on HumanEval and 85% on MATH-500, 7 percentage-points apart.'), []);
  });
});

describe('a talk page\'s signature', () => {
  test('German: „14:02, 29. Jan. 2025 (CET)“ after a reply is no date; the dates of the reply are', () => {
    assert.deepEqual(figures('Der Kurssturz kam am 27. Januar. -- [[Benutzer:Kalliope|Kalliope]] 14:02, 29. Jan. 2025 (CET)', 'de').map((f) => f.text), ['27. Januar']);
    assert.deepEqual(figures('Laut Quelle 10.000 bis 50.000. -- [[Benutzer:Heribert M.|Heribert M.]] 11:20, 1. Feb.\n2025 (MEZ)', 'de').map((f) => f.text), ['10.000', '50.000']);
  });
  test('English: "14:02, 29 January 2025 (UTC)" after a reply is no date; the dates of the reply are', () => {
    assert.deepEqual(figures('R1 came out on January 20. —[[User:Ann|Ann]] ([[User talk:Ann|talk]]) 14:02, 29 January 2025 (UTC)', 'en').map((f) => f.text), ['January 20']);
  });
  test('a date after a time of day with no time zone in brackets stays a date', () => {
    assert.deepEqual(figures('Um 15:30, am 27. Januar 2025, fiel Nvidia um 7,82 Prozent.', 'de').map((f) => f.text), ['27. Januar 2025', '7,82 Prozent']);
    assert.deepEqual(figures('At 15:30, 27 January 2025 (a Monday), Nvidia fell 7.82%.', 'en').map((f) => f.text), ['27 January 2025', '7.82%']);
  });
});

describe('a chat export\'s stamp', () => {
  test('German: „[27.01.25, 14:03] Anna K.:“ and „27.01.25, 14:03 - Anna K.:“ are no dates; the message\'s are', () => {
    assert.deepEqual(figures('[28.01.25, 08:15] Petra L.: R1 kam am 20. Januar heraus', 'de').map((f) => f.text), ['20. Januar']);
    assert.deepEqual(figures('28.01.25, 08:15 - Petra L.: Die USA beschränkten den Export 2022', 'de').map((f) => f.text), ['2022']);
  });
  test('English: "[1/28/25, 8:15 AM] Pete:" and "[2025-01-28 08:15] Pete:" are no dates; the message\'s are', () => {
    assert.deepEqual(figures('[1/28/25, 8:15 AM] Pete: R1 came out on January 20', 'en').map((f) => f.text), ['January 20']);
    assert.deepEqual(figures('[2025-01-28 08:15] Pete: The US curbed exports in 2022', 'en').map((f) => f.text), ['2022']);
  });
  test('a date with a time of day in running prose stays a date', () => {
    assert.deepEqual(figures('Am 27.01.25, 15:30 Uhr, fiel Nvidia um 7,82 Prozent.', 'de').map((f) => f.text), ['27.01.25', '7,82 Prozent']);
    assert.deepEqual(figures('On 1/27/25, 3:30 PM: Nvidia fell 7.82%.', 'en').map((f) => f.text).includes('7.82%'), true);
  });
});

describe('a video timecode', () => {
  test('English: frames after the seconds ("01:14:02:11", drop-frame "01:14:02;11") are no figures; the figures of the line are', () => {
    assert.deepEqual(figures('**01:14:02:11** SOT: Nvidia lost 17 percent that day.', 'en').map((f) => f.text), ['17 percent']);
    assert.deepEqual(figures('| 01:02:14:05 | 01:02:21;10 | Nvidia down 7.82% |', 'en').map((f) => f.text), ['7.82%']);
  });
  test('German: milliseconds after the seconds („00:01:02,500“ in a subtitle file) are no figures; the figures of the cue are', () => {
    assert.deepEqual(figures('00:01:02,500 --> 00:01:05,000 Nvidia verlor 17 Prozent.', 'de').map((f) => f.text), ['17 Prozent']);
  });
  test('a time of day followed by a figure after a comma and a space keeps the figure', () => {
    assert.deepEqual(figures('Um 15:30:00, 17 Minuten nach der Eröffnung, fiel Nvidia um 7,82 Prozent.', 'de').map((f) => f.text).includes('7,82 Prozent'), true);
    assert.deepEqual(figures('At 9:30, 3 percent was gone.', 'en').map((f) => f.text), ['3 percent']);
  });
});

describe('a post\'s place in a thread', () => {
  test('"1/12" before a post and "(3/12)" after it are no figures; the figures of the post are', () => {
    assert.deepEqual(figures('1/12 What just happened? Nvidia lost 17 percent.', 'en').map((f) => f.text), ['17 percent']);
    assert.deepEqual(figures('Nvidia verlor 17 Prozent. (3/12)', 'de').map((f) => f.text), ['17 Prozent']);
    assert.deepEqual(figures('Nvidia verlor 17 Prozent. 12/12', 'de').map((f) => f.text), ['17 Prozent']);
  });
});

describe('when a comment was posted', () => {
  test('English: "5 hours ago", "58 minutes ago" after a user name are no figures; "within 3 hours" and "3 days ago" are', () => {
    assert.deepEqual(figures('**mjburgess** 5 hours ago', 'en'), []);
    assert.deepEqual(figures('> **gwern** 58 minutes ago', 'en'), []);
    assert.deepEqual(figures('Nvidia lost 7.82% within 3 hours.', 'en').map((f) => f.text), ['7.82%', '3 hours']);
    assert.deepEqual(figures('R1 came out 7 days ago and Nvidia fell 7.82%.', 'en').map((f) => f.text), ['7 days', '7.82%']);
  });
  test('German: „vor 12 Minuten“, „vor 3 Std.“ in a post\'s head are no figures; „binnen 3 Stunden“ and „vor 2 Jahren“ are', () => {
    assert.deepEqual(figures('**heiko_k** · vor 12 Minuten', 'de'), []);
    assert.deepEqual(figures('**heiko_k** · vor 3 Std.', 'de'), []);
    assert.deepEqual(figures('Nvidia verlor binnen 3 Stunden 7,82 %.', 'de').map((f) => f.text), ['3 Stunden', '7,82 %']);
    assert.deepEqual(figures('DeepSeek wurde vor 2 Jahren gegründet.', 'de').map((f) => f.text), ['2']);
  });
});

describe('a word list as a regex alternation', () => {
  test('the dot of an abbreviation („Std.“, "a.m.") is that dot, a space any white space, a closing "*" any letters', () => {
    const whole = (list: string[]) => new RegExp(`^(?:${wordAlternation(list)})$`, 'iu');
    assert.ok(whole(['std.', 'a.m.']).test('Std.'));
    assert.ok(whole(['std.', 'a.m.']).test('a.m.'));
    assert.ok(!whole(['std.', 'a.m.']).test('Stdn'));
    assert.ok(!whole(['std.', 'a.m.']).test('axmx'));
    assert.ok(whole(['im vergleich zu']).test('im\nVergleich  zu'));
    assert.ok(whole(['erhöh*']).test('erhöhte'));
  });
});

describe('a share told as a count of a count', () => {
  test('"1 in 4", "one in ten", "zwei von zehn" are percentages; "1 in 2025" is no share', () => {
    assert.deepEqual(figures('That is roughly 1 in 4. One in ten models. Zwei von zehn Modellen. He came 1 in 2025.', 'en').map((f) => [f.text, f.kind, f.value]), [
      ['1 in 4', 'percent', 25], ['One in ten', 'percent', 10], ['Zwei von zehn', 'percent', 20], ['2025', 'year', 2025],
    ]);
  });
  test('"85 von 100 Punkten", "92 out of 100 tasks", "58 von hundert" are percentages of a hundred; "30 of 120" no share', () => {
    assert.deepEqual(figures('R1 schafft 85 von 100 Punkten und 58 von hundert Aufgaben. It solves 92 out of 100 tasks.', 'en').map((f) => [f.text, f.kind, f.value]), [
      ['85 von 100', 'percent', 85], ['58 von hundert', 'percent', 58], ['92 out of 100', 'percent', 92],
    ]);
    assert.ok(!figures('It topped 30 of 120 models.', 'en').some((f) => f.kind === 'percent'));
  });
});

describe('an age said with a bare number', () => {
  test('"Er ist 40.", "He is 40.", "Liang is 40, the papers noted", "Liang Wenfeng, 40. Computer engineer": ages', () => {
    assert.deepEqual(figures('Hinter DeepSeek steht Liang Wenfeng. Er ist 40. Der Gründer ist 40 Jahre.', 'de').map((f) => [f.text, f.kind]), [['40', 'age'], ['40 Jahre', 'age']]);
    assert.deepEqual(figures('He is 40. Liang is 40, the papers noted. Its founder, Liang Wenfeng, is now 40.', 'en').map((f) => [f.text, f.kind]), [['40', 'age'], ['40', 'age'], ['40', 'age']]);
    assert.deepEqual(figures('Who is behind it? Liang Wenfeng, 40. Computer engineer from Guangdong.', 'en').map((f) => [f.text, f.kind]), [['40', 'age']]);
  });
  test('in a relative clause: "Liang Wenfeng, who is 40", "Liang Wenfeng, der 40 ist"; not "the index, which is 40", "Die Zahl der Modelle, die 40 ist"', () => {
    assert.deepEqual(figures('DeepSeek was founded by Liang Wenfeng, who is 40. Its founder, who is now 40, is shy. The index, which is 40, fell.', 'en').map((f) => [f.text, f.kind]), [['40', 'age'], ['40', 'age']]);
    assert.deepEqual(figures('Gegründet wurde DeepSeek von Liang Wenfeng, der 40 ist. Lisa Su, die inzwischen 55 Jahre alt ist, schweigt. Die Zahl der Modelle, die 40 ist, wächst.', 'de').map((f) => [f.text, f.kind]), [['40', 'age'], ['55 Jahre', 'age']]);
  });
  test('a bare number something is stays no figure: "Der Preis ist 40.", "The count is 40.", "Die Zahl der Modelle ist 40."', () => {
    assert.deepEqual(figures('Der Preis ist 40. Die Zahl der Modelle ist 40. Es ist 40.', 'de'), []);
    assert.deepEqual(figures('The count is 40. The index was 40, analysts said.', 'en'), []);
  });
  test('a full stop closes an apposition age only after a full name: "Nvidia, 17. Broadcom, 6." lists values', () => {
    assert.deepEqual(figures('Verluste: Nvidia, 17. Broadcom, 6.', 'de'), []);
  });
  test('nor in a clause about another time, which it does not date: "When he founded DeepSeek, he was 38.", "Als er DeepSeek gründete, war er 38."', () => {
    assert.deepEqual(figures('When he founded DeepSeek, he was 38.', 'en'), []);
    assert.deepEqual(figures('Als er DeepSeek gründete, war er 38.', 'de'), []);
  });
  test('"At 53, Marc Andreessen is …", "Mit 42 ist Liang …", "Sam Altman (39) said": ages opening a sentence or bracketed after a name; not "At 85, the score", "Die Modelle (36)"', () => {
    assert.deepEqual(figures('At 53, Marc Andreessen is still an optimist. At 40, he runs DeepSeek. Sam Altman (39) said so.', 'en').map((f) => [f.text, f.kind]), [['53', 'age'], ['40', 'age'], ['39', 'age']]);
    assert.deepEqual(figures('Mit 42 ist Liang der Kopf von DeepSeek. Mit 40 gilt er als scheu.', 'de').map((f) => [f.text, f.kind]), [['42', 'age'], ['40', 'age']]);
    // But not "At 85, the score …", "Mit 160 Mitarbeitern ist …", "Die Modelle (36)": no one is that old.
    assert.deepEqual(figures('At 85, the score is high. At 92, HumanEval is where R1 shines.', 'en'), []);
    assert.deepEqual(figures('Mit 160 Mitarbeitern ist DeepSeek klein.', 'de').map((f) => [f.text, f.kind]), [['160', 'count']]);
    assert.deepEqual(figures('Die Modelle (36) stammen aus China.', 'de'), []);
    assert.deepEqual(figures('The index (16) fell.', 'en'), []);
  });
  test('nor after a preposition or a genitive name: "Der Anteil von China ist 36.", "The share of China is 36.", "Nvidias Kurs ist 40."', () => {
    assert.deepEqual(figures('Der Anteil von China ist 36. Der Preis pro Aktie ist 40. Nvidias Kurs ist 40.', 'de'), []);
    assert.deepEqual(figures("The share of China is 36. Nvidia's Price is 40.", 'en'), []);
  });
});

describe('German hundreds and thousands written as one word', () => {
  test('"zehntausend bis fünfzigtausend Stück" are 10,000 and 50,000; a wrong one is contradicted with the source value', () => {
    assert.deepEqual(figures('Schätzungen reichen von zehntausend bis fünfzigtausend Stück.', 'de').map((f) => [f.text, f.value]), [['zehntausend', 1e4], ['fünfzigtausend', 5e4]]);
    assert.deepEqual(figures('Es kamen dreihundert Gäste und achtzig Journalisten.', 'de').map((f) => [f.text, f.value]), [['dreihundert', 300], ['achtzig', 80]]);
    const text = 'Liang hortete A100-Chips, Schätzungen reichen von zehntausend bis sechzigtausend Stück.';
    assert.deepEqual(runRules(analyzeDraft(text, bundledIndex()), bundledIndex()).map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]), [['figure-mismatch', 'sechzigtausend', 'fünfzigtausend']]);
  });
});

describe('a short scale word before what it counts', () => {
  test('"617bn parameters", "2.6m downloads", "10k–50k units" are counts at their scale; "a 5m wall" is not', () => {
    assert.deepEqual(figures('V3 has 617bn parameters and 2.6m downloads.', 'en').map((f) => [f.text, f.kind, f.value]), [['617bn', 'count', 617e9], ['2.6m', 'count', 2.6e6]]);
    assert.deepEqual(figures('Estimates: 10k–50k units.', 'en').map((f) => [f.text, f.kind, f.value]), [['10k', 'count', 1e4], ['50k', 'count', 5e4]]);
    // Both ends of a range written with a short scale word count, whatever follows.
    assert.deepEqual(figures('Estimates range from 10k to 50k.', 'en').map((f) => [f.text, f.value]), [['10k', 1e4], ['50k', 5e4]]);
    assert.deepEqual(figures('somewhere between 10k and 50k of them', 'en').map((f) => [f.text, f.value]), [['10k', 1e4], ['50k', 5e4]]);
    assert.deepEqual(figures('The model has 8k context and the firm filed its 10K.', 'en').map((f) => f.text), []);
    assert.deepEqual(figures('A 5m wall. Nvidia lost $589bn.', 'en').map((f) => [f.text, f.kind, f.value]), [['$589bn', 'money', 589e9]]);
  });
  test('"bn", and "mn" and "tn" glued to the number, are scales with nothing counted after them: a table cell, a line\'s end; "m" and "k" are not', () => {
    assert.deepEqual(figures('| Parameters (V3) | 671bn |', 'en').map((f) => [f.text, f.kind, f.value]), [['671bn', 'count', 671e9]]);
    assert.deepEqual(figures('| Parameter (V3) | 671 bn |', 'de').map((f) => [f.text, f.kind, f.value]), [['671 bn', 'count', 671e9]]);
    assert.deepEqual(figures('The fund manages 5mn. The loss came to 0.59tn.', 'en').map((f) => [f.text, f.value]), [['5mn', 5e6], ['0.59tn', 0.59e12]]);
    assert.deepEqual(figures('| Run | 10k |\n| Wall | 5m |', 'en'), []);
    // Apart from the number, "mn" may be minutes ("Das Training dauerte 55 mn"): it needs what it counts after it.
    assert.deepEqual(figures('Das Training dauerte 55 mn.', 'de').filter((f) => f.value !== 55), []);
  });
});

describe('a fact box line: a label, a colon, a number', () => {
  test('"Beschäftigte: rund 160", "Employees: about 160" are counts; "Founder\'s age: 40" and "Seite 3 von 40" are not', () => {
    assert.deepEqual(figures('Beschäftigte: rund 160', 'de').map((f) => [f.text, f.kind, f.value]), [['160', 'count', 160]]);
    assert.deepEqual(figures('Employees: about 160', 'en').map((f) => [f.text, f.kind, f.value]), [['160', 'count', 160]]);
    assert.deepEqual(figures("Founder's age: 40", 'en'), []);
    assert.deepEqual(figures('Seite 3 von 40.', 'de'), []);
  });
});

describe('a number before what it counts is no year', () => {
  test('"Die 2048 Chips", "2048 Nvidia-Chips", "2,048 GPUs" count; "im Jahr 2023", "2022 den Export", "in 2023 employees" are years', () => {
    assert.deepEqual(figures('Die 2048 Chips kosteten rund 60 Millionen Dollar.', 'de').map((f) => [f.text, f.kind]), [['2048', 'count'], ['60 Millionen Dollar', 'money']]);
    assert.deepEqual(figures('V3 lief auf 2048 Nvidia-Chips.', 'de').map((f) => [f.text, f.kind]), [['2048', 'count']]);
    assert.deepEqual(figures('The 2048 GPUs ran for two months.', 'en').map((f) => [f.text, f.kind]), [['2048', 'count'], ['two months', 'count']]);
    assert.deepEqual(figures('Bevor die USA 2022 den Export beschränkten, hatte DeepSeek im Jahr 2023 Mitarbeiter eingestellt.', 'de').map((f) => [f.text, f.kind]), [['2022', 'year'], ['2023', 'year']]);
    assert.deepEqual(figures('In 2023 employees were few.', 'en').map((f) => [f.text, f.kind]), [['2023', 'year']]);
  });
  test('"a headcount of roughly 200", "eine Belegschaft von gut 160" count what the noun before says', () => {
    assert.deepEqual(figures('Its headcount of roughly 200 is small.', 'en').map((f) => [f.text, f.kind]), [['200', 'count']]);
    assert.deepEqual(figures('Eine Belegschaft von gut 160 ist klein.', 'de').map((f) => [f.text, f.kind]), [['160', 'count']]);
  });
});

describe('quarters of a year', () => {
  test('"two quarters", "for three quarters in a row" are periods, not 50 % and 75 %; "two-thirds" and "three quarters of" are shares', () => {
    assert.deepEqual(figures('Over the past two quarters Nvidia lost 7.82 percent. Revenue rose for three quarters in a row.', 'en').filter((f) => f.kind === 'percent').map((f) => f.text), ['7.82 percent']);
    assert.deepEqual(figures('Nearly two-thirds of models, three quarters of the budget.', 'en').map((f) => f.text), ['two-thirds', 'three quarters']);
  });
});

describe('points compared by how far a move went', () => {
  const index = bundledIndex();
  const said = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
  test('English: "about four points further than Microsoft" is 7.82 − 3.75; six points is wrong', () => {
    assert.deepEqual(said('On January 27, 2025, Nvidia fell 7.82 percent, about four points further than Microsoft.'), []);
    assert.deepEqual(said('On January 27, 2025, Nvidia fell 7.82 percent, about six points further than Microsoft.'), [['figure-mismatch', 'six points', 'six points contradicts the source, which says 7,82 % − 3,75 % = 4.1 percentage points.']]);
  });
  test('German: "vier Punkte weiter als Microsoft"; acht Punkte are wrong', () => {
    assert.deepEqual(said('Am 27. Januar 2025 fiel Nvidia um 7,82 Prozent und damit rund vier Punkte weiter als Microsoft.'), []);
    assert.deepEqual(said('Am 27. Januar 2025 fiel Nvidia um 7,82 Prozent und damit rund acht Punkte weiter als Microsoft.').map((f) => f[1]), ['acht Punkte']);
  });
});

describe('points above or below another value', () => {
  // The source: R1 scores 92 % on HumanEval and 85 % on MATH-500, in one sentence.
  const index = bundledIndex();
  const said = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
  test('German: "mit 92 Prozent sieben Punkte über seinem MATH-500-Wert" is 92 − 85; zwölf Punkte are wrong', () => {
    assert.deepEqual(said('Im HumanEval-Benchmark lag R1 mit 92 Prozent sieben Punkte über seinem MATH-500-Wert.'), []);
    assert.deepEqual(said('Im HumanEval-Benchmark lag R1 mit 92 Prozent zwölf Punkte über seinem MATH-500-Wert.'), [['figure-mismatch', 'zwölf Punkte', 'zwölf Punkte contradicts the source, which says 92 % − 85 % = 7 percentage points.']]);
  });
  test('English: "seven points below its HumanEval score" is 92 − 85; three points are wrong', () => {
    assert.deepEqual(said("R1's MATH-500 score of 85 percent sits seven points below its HumanEval score."), []);
    assert.deepEqual(said("R1's MATH-500 score of 85 percent sits three points below its HumanEval score.").map((f) => f.slice(0, 2)), [['figure-mismatch', 'three points']]);
  });
  test('English: "1.24 points below Nvidia\'s and 2.83 points above Microsoft\'s" compare with the named companies\' falls; 3.83 is wrong', () => {
    const falls = 'On January 27, 2025, Nvidia fell 7.82%, Broadcom 6.58% and Microsoft 3.75%. ';
    assert.deepEqual(said(falls + "Broadcom's loss sat 1.24 points below Nvidia's and 2.83 points above Microsoft's."), []);
    assert.deepEqual(said(falls + "Broadcom's loss sat 1.24 points below Nvidia's and 3.83 points above Microsoft's.").map((f) => f.slice(0, 2)), [['figure-mismatch', '3.83 points']]);
    assert.deepEqual(said(falls + 'Broadcom ended 2.4 points below Nvidia.').map((f) => f.slice(0, 2)), [['figure-mismatch', '2.4 points']]);
  });
  test('German: „1,24 Punkte unter Nvidia“, „2,83 Punkte über Microsofts Minus“; 2,4 Punkte are wrong', () => {
    const falls = 'Am 27. Januar 2025 fiel Nvidia um 7,82 Prozent, Broadcom um 6,58 Prozent und Microsoft um 3,75 Prozent. ';
    assert.deepEqual(said(falls + 'Broadcom lag damit 1,24 Punkte unter Nvidia und 2,83 Punkte über Microsoft.'), []);
    assert.deepEqual(said(falls + 'Broadcom lag damit 2,4 Punkte unter Nvidia.').map((f) => f.slice(0, 2)), [['figure-mismatch', '2,4 Punkte']]);
    assert.deepEqual(said(falls + 'Microsofts Minus lag rund sechs Punkte unter Nvidias.').map((f) => f.slice(0, 2)), [['figure-mismatch', 'sechs Punkte']]);
  });
  test('"über"/"above" without a comparand compares nothing: "85 Punkte unter Standardbedingungen" is a score', () => {
    assert.deepEqual(said('Im MATH-500-Test kam DeepSeek R1 auf 85 Punkte unter Standardbedingungen.').map((f) => f.slice(0, 2)), [['unsourced-figure', '85']]);
    assert.deepEqual(said('On MATH-500, R1 scored 85 points above all open models.').map((f) => f.slice(0, 2)), [['unsourced-figure', '85']]);
    assert.deepEqual(said('Im MATH-500-Test kam DeepSeek R1 auf 85 Punkte unter OpenAI-Bedingungen.').map((f) => f.slice(0, 2)), [['unsourced-figure', '85']]);
  });
});

describe('a number word after an article names a group, as a pronoun does', () => {
  const index = bundledIndex();
  const said = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end)]);
  test('English: "the least exposed of the three, 3.75%" compares only 3.75%; 3.57% is still wrong', () => {
    assert.deepEqual(said('On 27 January 2025 Nvidia lost 7.82%, Broadcom 6.58%, and Microsoft, the least exposed of the three, 3.75%.'), []);
    assert.deepEqual(said('On 27 January 2025 Nvidia lost 7.82%, Broadcom 6.58%, and Microsoft, the least exposed of the three, 3.57%.'), [['figure-mismatch', '3.57%']]);
  });
  test('German: "der am wenigsten betroffene der drei, 3,75 %"; a count with its noun stays a figure', () => {
    assert.deepEqual(said('Am 27. Januar 2025 verlor Nvidia 7,82 %, Broadcom 6,58 % und Microsoft, der am wenigsten betroffene der drei, 3,75 %.'), []);
    assert.deepEqual(analyzeDraft('Die drei Gründer von DeepSeek, alle drei Ingenieure.', index).figures.map((f) => f.figure.kind), ['count', 'count']);
  });
});

describe('a loss in accounting notation', () => {
  // Filings and annual reports put a fall in parentheses, "(7.82)%": the bracket is the minus sign, part of the figure.
  const index = bundledIndex();
  const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
  test('English: "(7.82)%" is −7.82 percent, and "(3.57)%" in a table is Microsoft\'s −3.75 % mistyped, fixed in the same notation', () => {
    assert.deepEqual(figures('Nvidia declined (7.82)% and Microsoft (3.75) percent.', 'en'), [
      { text: '(7.82)%', kind: 'percent', value: -7.82 }, { text: '(3.75) percent', kind: 'percent', value: -3.75 }]);
    const table = '| Issuer | Change on January 27, 2025 |\n|---|---|\n| Nvidia | (7.82)% |\n| Microsoft Corporation | (3.57)% |\n';
    assert.deepEqual(findings(table), [{ code: 'figure-mismatch', text: '(3.57)%', fix: '(3.75)%' }]);
  });
  test('German: „(7,82) %“ ist −7,82 Prozent; „(3,57) %“ für Microsoft ist falsch, die Korrektur in derselben Schreibweise', () => {
    assert.deepEqual(figures('Nvidia schloss bei (7,82) %, Broadcom bei (6,58) Prozent.', 'de'), [
      { text: '(7,82) %', kind: 'percent', value: -7.82 }, { text: '(6,58) Prozent', kind: 'percent', value: -6.58 }]);
    const table = '| Aktie | Veränderung am 27. Januar 2025 |\n|---|---|\n| Nvidia | (7,82) % |\n| Microsoft | (3,57) % |\n';
    assert.deepEqual(findings(table), [{ code: 'figure-mismatch', text: '(3,57) %', fix: '(3,75) %' }]);
  });
  test('German: „55,0 (56,0) Prozent“, a report\'s prior-year value after this year\'s, is no fall; „(7,82) %“ alone is', () => {
    assert.deepEqual(figures('Die Marge von Nvidia lag bei 55,0 (56,0) Prozent.', 'de').filter((f) => f.value < 0), []);
    assert.deepEqual(findings('Die Marge von Nvidia lag bei 55,0 (56,0) Prozent.').filter((f) => f.code === 'figure-mismatch'), []);
    assert.deepEqual(figures('Die Marge von Nvidia lag bei (7,82) Prozent.', 'de').map((f) => [f.text, f.value]), [['(7,82) Prozent', -7.82]]);
  });
  test('English: "12 (13) percent", a prior-year value after this year\'s, is no fall; "(7.82)%" alone is', () => {
    const text = "Nvidia's gross margin was 75.0% (2023: 72.7%), and the tax rate 12 (13) percent.";
    assert.deepEqual(figures(text, 'en').filter((f) => f.value < 0), []);
    assert.deepEqual(findings(`---\nlang: en\n---\n\n${text}\n`).filter((f) => f.code === 'figure-mismatch' && f.text.includes('13')), []);
    assert.deepEqual(figures('The tax rate was (7.82)%.', 'en').map((f) => [f.text, f.value]), [['(7.82)%', -7.82]]);
  });
  test('a bracket round a whole figure, unit and all, is an aside, not a sign: "Microsoft (3,75 %)", "Broadcom (6.58%)"', () => {
    assert.deepEqual(figures('Nvidia (-7,82 %), Microsoft (3,75 %).', 'de').map((f) => [f.text, f.value]), [['-7,82 %', -7.82], ['3,75 %', 3.75]]);
    assert.deepEqual(figures('Broadcom (6.58%) and Nvidia (−7.82%).', 'en').map((f) => [f.text, f.value]), [['6.58%', 6.58], ['−7.82%', -7.82]]);
  });
});

describe('a heading\'s section number', () => {
  const index = bundledIndex();
  const inDraft = (text: string) => analyzeDraft(text, index).figures.map((f) => text.slice(f.span.start, f.span.end));
  const said = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end)]);
  test('"### 2.2 Das Modell", "## 4 Fazit" number a seminar paper\'s sections: no figures, no contradiction between them', () => {
    const text = '## 2 Grundlagen\n\n### 2.1 Das Unternehmen\n\nDeepSeek wurde im Juli 2023 gegründet.\n\n### 2.2 Das Modell R1\n\nR1 erreicht 92 % im HumanEval-Test.\n\n## 4 Fazit\n\nR1 ist effizient.\n';
    assert.deepEqual(inDraft(text), ['Juli 2023', '92 %']);
    assert.deepEqual(said(text), []);
  });
  test('"### 3.1 Market reaction", "## 4 Conclusion" number a report\'s sections in English too', () => {
    const text = '## 3 Analysis\n\n### 3.1 Market reaction on 27 January\n\nNvidia fell 7.82%.\n\n### 3.2 Costs\n\nTraining cost $5.6 million.\n\n## 4 Conclusion\n\nR1 is efficient.\n';
    assert.deepEqual(inDraft(text), ['27 January', '7.82%', '$5.6 million']);
    assert.deepEqual(said(text), []);
  });
  test('a heading that opens with what it states keeps its figure: a date, a count of known things, an age', () => {
    assert.deepEqual(inDraft('## 27. Januar: Nvidia fällt\n\nText.\n'), ['27. Januar']);
    assert.deepEqual(inDraft('## 7 Modelle im Test\n\nText.\n'), ['7']);
    assert.deepEqual(inDraft('## 40 Jahre alt und Gründer von DeepSeek\n\nText.\n'), ['40 Jahre']);
  });
  test('a heading that opens with a span keeps it: "## 18 Monate bis zum Durchbruch", "## 5 days that shook Nvidia"', () => {
    assert.deepEqual(inDraft('## 18 Monate bis zum Durchbruch\n\nText.\n'), ['18 Monate']);
    assert.deepEqual(inDraft('## 5 days that shook Nvidia\n\nText.\n'), ['5 days']);
  });
});

describe('a peak is the value reached, hedged, not a bound: "as much as 10%", „in der Spitze 10 Prozent“; "up to", „bis zu“ stay bounds', () => {
  const index = bundledIndex();
  const warnings = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.severity === 'warning').map((f) => [text.slice(f.start, f.end), f.code]);
  test('German: „verloren in der Spitze (um) 10 Prozent“ is a hedged value; „bis zu“ a bound; „an der Spitze“ of a ranking and „Spitzenwert“ plain values', () => {
    assert.deepEqual(figures('Infineon und SoftBank verloren in der Spitze 10 Prozent.', 'de'), [{ text: '10 Prozent', kind: 'percent', value: 10, approximate: true }]);
    assert.deepEqual(figures('Die Aktie fiel in der Spitze um 10 Prozent.', 'de'), [{ text: '10 Prozent', kind: 'percent', value: 10, approximate: true }]);
    assert.deepEqual(figures('Die Aktie fiel bis zu 10 Prozent.', 'de'), [{ text: '10 Prozent', kind: 'percent', value: 10, bound: 'upper' }]);
    assert.deepEqual(figures('Nvidia lag mit 7,82 Prozent Verlust an der Spitze.', 'de'), [{ text: '7,82 Prozent', kind: 'percent', value: 7.82 }]);
    assert.deepEqual(figures('Der Spitzenwert lag bei 10 Prozent.', 'de'), [{ text: '10 Prozent', kind: 'percent', value: 10 }]);
  });
  test('English: "shed as much as 10%", "as many as 2,048 chips" are hedged values; "up to" a bound; "twice as much as", "five times as much as", "3x as much as" compare', () => {
    assert.deepEqual(figures('Infineon and SoftBank shed as much as 10%.', 'en'), [{ text: '10%', kind: 'percent', value: 10, approximate: true }]);
    assert.deepEqual(figures('It used as many as 2,048 chips.', 'en'), [{ text: '2,048', kind: 'count', value: 2048, approximate: true }]);
    assert.deepEqual(figures('It used up to 2,048 chips.', 'en'), [{ text: '2,048', kind: 'count', value: 2048, bound: 'upper' }]);
    assert.deepEqual(figures('It cost twice as much as $10 million.', 'en').map((f) => [f.text, 'bound' in f, 'approximate' in f]), [['twice', false, false], ['$10 million', false, false]]);
    assert.deepEqual(figures('It cost five times as much as $10 million.', 'en').map((f) => [f.text, 'bound' in f, 'approximate' in f]), [['five times', false, false], ['$10 million', false, false]]);
    assert.deepEqual(figures('It cost 3x as much as $10 million.', 'en').map((f) => [f.text, 'bound' in f, 'approximate' in f]), [['3x', false, false], ['$10 million', false, false]]);
  });
  test('German: an inflated peak is contradicted, the source\'s own value is not: „in der Spitze 9,82 Prozent“, „6,5 Millionen Dollar“', () => {
    assert.deepEqual(warnings('Nvidia verlor am 27. Januar 2025 in der Spitze 9,82 Prozent.'), [['9,82 Prozent', 'figure-mismatch']]);
    assert.deepEqual(warnings('Nvidia verlor am 27. Januar 2025 in der Spitze 7,8 Prozent.'), []);
    assert.deepEqual(warnings('Das Training von R1 kostete in der Spitze 6,5 Millionen Dollar.'), [['6,5 Millionen Dollar', 'figure-mismatch']]);
    // A limit stays a bound that any smaller value keeps: nothing to contradict.
    assert.deepEqual(warnings('Ein Rechenzentrum braucht bis zu 50.000 Chips.'), []);
    assert.deepEqual(warnings('Nvidia verlor am 27. Januar 2025 bis zu 8 Prozent.'), []);
  });
  test('English: an inflated peak is contradicted, the source\'s own value is not: "as much as 9.82%", "as much as $6.5 million"', () => {
    const en = (text: string) => warnings(`---\nlang: en\n---\n\n${text}\n`);
    assert.deepEqual(en('Nvidia fell as much as 9.82% on 27 January 2025.'), [['9.82%', 'figure-mismatch']]);
    assert.deepEqual(en('Nvidia fell as much as 7.8% on 27 January 2025.'), []);
    assert.deepEqual(en('Training R1 cost as much as $6.5 million.'), [['$6.5 million', 'figure-mismatch']]);
    // A limit stays a bound: "paid up to $10 million", "fell up to 8%".
    assert.deepEqual(en('DeepSeek paid its engineers up to $10 million.'), []);
    assert.deepEqual(en('Nvidia fell up to 8% on 27 January 2025.'), []);
    assert.deepEqual(en('Fire-Flyer II cost five times as much as Fire-Flyer I.'), []);
  });
  test('a peak said of several is the largest of their values, a bound on each: Nvidia\'s 7,82 % does not contradict it', () => {
    assert.deepEqual(warnings('Nvidia, Infineon und SoftBank verloren am 27. Januar 2025 in der Spitze 10 Prozent.'), []);
    assert.deepEqual(warnings('---\nlang: en\n---\n\nOn 27 January 2025 Nvidia, Infineon and SoftBank each shed as much as 10%.\n'), []);
    assert.deepEqual(warnings('---\nlang: en\n---\n\nOn 27 January 2025 Nvidia, Infineon and SoftBank each shed as much as 15%.\n').map(([, code]) => code), ['figure-mismatch']);
  });
  test('German: the sell-off that "reached Europe and Asia: in der Spitze 10 Prozent" is borne out by „bis zu 10 %“, not contradicted by Microsoft\'s 3,75 %', () => {
    const text = '# Die Woche, in der der Burggraben leckte\n\nNvidia allein verlor am 27. Januar 2025 rund 589 Milliarden Dollar an Börsenwert. Der Absturz war etwa doppelt so groß wie der von Microsoft, und der Ausverkauf erreichte Europa und Asien: Infineon und SoftBank verloren in der Spitze 10 Prozent.\n';
    assert.deepEqual(warnings(text), []);
    assert.deepEqual(warnings(text.replace('in der Spitze 10', 'in der Spitze 15')), [['15 Prozent', 'figure-mismatch']]);
  });
  test('English: "shed as much as" is checked as "shed up to" is against the source\'s „bis zu 10 %“, in the sentence that first named the sell-off\'s day', () => {
    const index = bundledIndex();
    const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, f.severity, text.slice(f.start, f.end), f.message]);
    for (const value of ['10%', '15%', '25%']) {
      const text = `---\nlang: en\n---\n\nOn 27 January 2025 Nvidia lost about $589 billion of market value. Its fall was roughly twice Microsoft's, and the selling reached Asia: Infineon and SoftBank shed as much as ${value}.\n`;
      assert.deepEqual(findings(text), findings(text.replace('as much as', 'up to')));
    }
  });
});

describe('legal citations and parliamentary papers are no figures', () => {
  const index = bundledIndex();
  const said = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end)]);
  test('German: „§ 104 Absatz 2“, „Art. 5 Abs. 1“, „Verordnung (EU) 2021/821“, „Drucksache 20/14873“ count and date nothing', () => {
    assert.deepEqual(figures('Die Anfrage wird gemäß § 104 Absatz 2 der Geschäftsordnung beantwortet.', 'de'), []);
    assert.deepEqual(figures('Äußerungen, die unter Art. 5 Abs. 1 Satz 2 des Grundgesetzes fallen, und §§ 4 und 5 AWV.', 'de'), []);
    assert.deepEqual(figures('Nach Artikel 3 Absatz 1 der Verordnung (EU) 2021/821 in Verbindung mit § 8 Absatz 1 der AWV.', 'de'), []);
    assert.deepEqual(figures('Verordnung (EG) Nr. 428/2009 und Richtlinie 2014/65/EU', 'de'), []);
    assert.deepEqual(figures('Deutscher Bundestag – Drucksache 20/14873 – 20. Wahlperiode', 'de'), []);
    assert.deepEqual(said('---\nlang: de\n---\n\nDie Verordnung (EU) 2021/821 regelt nach Art. 3 Abs. 1 die Ausfuhr; siehe Drucksache 20/14651.\n'), []);
  });
  test('English: "Section 104(2)", "Article 5(1)(b)", "Regulation (EU) 2021/821" count and date nothing', () => {
    assert.deepEqual(figures('Under Section 104(2) and Article 5(1)(b) of Regulation (EU) 2021/821, a licence is needed.', 'en'), []);
    assert.deepEqual(said('---\nlang: en\n---\n\nRegulation (EU) 2021/821 governs such exports under Article 3 paragraph 1.\n'), []);
  });
  test('the figures beside a citation, and numbers after the same words without a citation, stay figures', () => {
    assert.deepEqual(figures('Nach § 8 Absatz 1 AWV sind 10.000 Chips genehmigungspflichtig.', 'de').map((f) => f.text), ['10.000']);
    assert.deepEqual(figures('Laut Artikel fiel Nvidia am 27. Januar 2025 um 7,82 Prozent.', 'de').map((f) => f.text), ['27. Januar 2025', '7,82 Prozent']);
    assert.deepEqual(figures('EU-Staaten kauften 2021 rund 10.000 Chips.', 'de').map((f) => f.text), ['2021', '10.000']);
    assert.deepEqual(figures('Regulation (EU) 2021/821 took effect on 9 September 2021; Nvidia fell 7.82 percent.', 'en').map((f) => f.text), ['9 September 2021', '7.82 percent']);
    assert.deepEqual(figures('The section on costs says training cost $5.6 million.', 'en').map((f) => f.text), ['$5.6 million']);
    assert.deepEqual(said('---\nlang: de\n---\n\nGemäß § 104 Absatz 2 GO-BT: Das Training von DeepSeek R1 kostete 5,6 Milliarden Dollar.\n'), [['scale-mismatch', '5,6 Milliarden Dollar']]);
  });
});

describe('thousands set apart by spaces ("10 000", "1 328") are one number', () => {
  const index = bundledIndex();
  const said = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
  test('German: „zwischen 10 000 und 60 000 Einheiten“ is a range of counts, its wrong end fixed in its own grouping', () => {
    assert.deepEqual(figures('Schätzungen liegen zwischen 10 000 und 50 000 Einheiten.', 'de'), [
      { text: '10 000', kind: 'count', value: 10_000, range: 'low' }, { text: '50 000', kind: 'count', value: 50_000, range: 'high' }]);
    assert.deepEqual(figures('Es stammen 36 Prozent der weltweit 1 328 KI-Modelle aus China.', 'de').map((f) => [f.text, f.value]), [['36 Prozent', 36], ['1 328', 1328]]);
    assert.deepEqual(said('---\nlang: de\n---\n\nLiang kaufte nach Schätzungen zwischen 10 000 und 60 000 A100-Chips.\n'), [{ code: 'figure-mismatch', text: '60 000', fix: '50 000' }]);
    assert.deepEqual(said('---\nlang: de\n---\n\nStammen 36 Prozent der weltweit 1 328 KI-Modelle aus China?\n'), []);
  });
  test('English: "10 000 to 50 000 units" and a no-break space ("1\u00a0328") read as one number', () => {
    assert.deepEqual(figures('Estimates range from 10 000 to 50 000 units.', 'en').map((f) => [f.text, f.value]), [['10 000', 10_000], ['50 000', 50_000]]);
    assert.deepEqual(figures('36 percent of the world\'s 1\u00a0328 AI models come from China.', 'en').map((f) => [f.text, f.value]), [['36 percent', 36], ['1\u00a0328', 1328]]);
    assert.deepEqual(said('---\nlang: en\n---\n\nLiang bought between 10 000 and 60 000 A100 chips.\n'), [{ code: 'figure-mismatch', text: '60 000', fix: '50 000' }]);
  });
  test('two numbers side by side stay two: after a word that numbers things, a year, a name, or with groups not of three', () => {
    assert.deepEqual(figures('In Tabelle 1 100 Zeilen.', 'de').map((f) => f.text), ['100']);
    assert.deepEqual(figures('Table 2 300 rows were added.', 'en').map((f) => f.text), ['300']);
    assert.deepEqual(figures('Am 27. Januar 2025 200 000 Downloads.', 'de').map((f) => f.text), ['27. Januar 2025', '200 000']);
    assert.deepEqual(figures('Im Jahr 2024 100 neue Modelle.', 'de').map((f) => [f.text, f.kind]), [['2024', 'year'], ['100', 'count']]);
    assert.deepEqual(extractFigures('Der Nasdaq 100 250 Punkte tiefer.', { language: 'de', masked: [{ start: 4, end: 14 }] }).map((f) => f.text), ['250 Punkte']);
    assert.deepEqual(figures('Nvidia fiel um 7 82 Prozent.', 'de').map((f) => f.text).includes('7 82 Prozent'), false);
    assert.deepEqual(figures('Es waren 10 0000 Chips.', 'de').map((f) => f.text).includes('10 0000'), false);
  });
});

describe('numbers read aloud are figures: "five point six million dollars", „fünf Komma sechs Millionen Dollar“, „achtundsiebzig Millionen“', () => {
  const index = bundledIndex();
  const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);
  test('German: „fünf Komma sechs Millionen Dollar“ is 5,6 Millionen, „sieben Komma acht zwei Prozent“ 7,82 %, „achtundsiebzig Millionen Dollar“ 78 Millionen', () => {
    assert.deepEqual(figures('Das Training kostete fünf Komma sechs Millionen Dollar.', 'de'), [{ text: 'fünf Komma sechs Millionen Dollar', kind: 'money', value: 5_600_000, currency: 'USD' }]);
    assert.deepEqual(figures('Nvidia verlor sieben Komma acht zwei Prozent.', 'de'), [{ text: 'sieben Komma acht zwei Prozent', kind: 'percent', value: 7.82 }]);
    assert.deepEqual(figures('OpenAI wandte achtundsiebzig Millionen Dollar auf.', 'de'), [{ text: 'achtundsiebzig Millionen Dollar', kind: 'money', value: 78_000_000, currency: 'USD' }]);
    assert.deepEqual(figures('Es wurde null Komma fünf Prozent schneller.', 'de').map((f) => [f.text, f.value]), [['null Komma fünf Prozent', 0.5]]);
  });
  test('English: "five point six million dollars" is $5.6 million, "seven point eight two percent" 7.82 %, "seventy-eight million dollars" $78 million', () => {
    assert.deepEqual(figures('Training cost five point six million dollars.', 'en'), [{ text: 'five point six million dollars', kind: 'money', value: 5_600_000, currency: 'USD' }]);
    assert.deepEqual(figures('Nvidia lost seven point eight two percent.', 'en'), [{ text: 'seven point eight two percent', kind: 'percent', value: 7.82 }]);
    assert.deepEqual(figures('OpenAI spent seventy-eight million dollars.', 'en'), [{ text: 'seventy-eight million dollars', kind: 'money', value: 78_000_000, currency: 'USD' }]);
    assert.deepEqual(figures('It sped up by one point eight times.', 'en').map((f) => [f.text, f.value]), [['one point eight times', 1.8]]);
  });
  test('German and English: read aloud, a true figure is backed and a wrong one contradicted, with the source\'s value as its fix', () => {
    assert.deepEqual(findings('Das Training von DeepSeek R1 kostete nur fünf Komma sechs Millionen Dollar.\n'), []);
    assert.deepEqual(findings('Das Training von DeepSeek R1 kostete nur sechs Komma fünf Millionen Dollar.\n'), [['figure-mismatch', 'sechs Komma fünf Millionen Dollar', '5,6 Millionen Dollar']]);
    assert.deepEqual(findings('---\nlang: en\n---\n\nTraining DeepSeek R1 cost only five point six million dollars.\n'), []);
    assert.deepEqual(findings('---\nlang: en\n---\n\nTraining DeepSeek R1 cost only six point five million dollars.\n'), [['figure-mismatch', 'six point five million dollars', '5.6 million dollars']]);
  });
  test('German and English guard: „ein Komma fehlt“, "at one point six engineers quit", "two points ahead" and „nach dem Komma folgen sechs Wörter“ are no decimals', () => {
    assert.deepEqual(figures('Im Satz fehlt ein Komma, sagt der Lektor.', 'de'), []);
    assert.deepEqual(figures('Nach dem Komma folgen sechs Wörter.', 'de').map((f) => [f.text, f.value]), [['sechs', 6]]);
    assert.deepEqual(figures('At one point six engineers quit.', 'en').map((f) => [f.text, f.value]), [['six', 6]]);
    assert.deepEqual(figures('It finished two points ahead of o1.', 'en').map((f) => [f.text, f.value]), [['two points', 2]]);
  });
});

describe('a day told by its ordinal and "of" is a date as written: "the 27th of January", and a wrong one is fixed with its suffix', () => {
  const index = bundledIndex();
  const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);
  test('English: "the 27th of January 2025", "the 1st of February" and "the 20th of January" are dates; R1 "on the 20th of January" is backed', () => {
    assert.deepEqual(figures('Nvidia fell on the 27th of January 2025.', 'en'), [{ text: '27th of January 2025', kind: 'date', value: 0, date: { day: 27, month: 1, year: 2025 } }]);
    assert.deepEqual(figures('The shares recovered by the 1st of February.', 'en').map((f) => f.date), [{ day: 1, month: 2 }]);
    assert.deepEqual(findings('---\nlang: en\n---\n\nDeepSeek released R1 on the 20th of January.\n'), []);
  });
  test('English: "on the 21st of January" is fixed to "20th of January", "January 21st" to "January 20th" (not "20st")', () => {
    assert.deepEqual(findings('---\nlang: en\n---\n\nDeepSeek released R1 on the 21st of January.\n'), [['date-mismatch', '21st of January', '20th of January']]);
    assert.deepEqual(findings('---\nlang: en\n---\n\nDeepSeek released R1 on January 21st.\n'), [['date-mismatch', 'January 21st', 'January 20th']]);
  });
  test('German: „am 21. Januar“ is fixed to „20. Januar“, with no suffix; „der 27. Januar“ stays backed', () => {
    assert.deepEqual(findings('Am 21. Januar gelang DeepSeek mit R1 der weltweite Durchbruch.\n'), [['date-mismatch', '21. Januar', '20. Januar']]);
    assert.deepEqual(findings('Am 27. Januar 2025 fiel Nvidia um 7,82 Prozent.\n'), []);
  });
  test('German and English guard: "the 3rd of the ten models", "two of January\'s sessions", „der 3. von zehn Plätzen“ are no dates', () => {
    assert.deepEqual(figures('It ranked the 3rd of the ten models.', 'en').filter((f) => f.kind === 'date'), []);
    assert.deepEqual(figures('Nvidia fell in two of January\'s sessions.', 'en').filter((f) => f.kind === 'date'), []);
    assert.deepEqual(figures('R1 belegte den 3. von zehn Plätzen.', 'de').filter((f) => f.kind === 'date'), []);
  });
});

describe('a footnote cited as „Fn. 7“ is a citation, like "n. 7" (one list of citation words for figures and sentences)', () => {
  test('German: „Fn. 7“ zählt nichts; eine Zahl danach bleibt eine', () => {
    assert.deepEqual(figures('Siehe Fn. 7 und Rn. 42.', 'de'), []);
    assert.deepEqual(figures('Laut Fn. 3 fiel Nvidia am 27. Januar 2025 um 7,82 Prozent.', 'de').map((f) => f.text), ['27. Januar 2025', '7,82 Prozent']);
    assert.deepEqual(figures('Vgl. Fn. 7: 36 Prozent der 1328 KI-Modelle stammen aus China.', 'de').map((f) => f.text), ['36 Prozent', '1328']);
  });
  test('English: "Fn. 12" counts nothing; a figure joined to it stays one', () => {
    assert.deepEqual(figures('See Fn. 12 and ¶ 4.', 'en'), []);
    assert.deepEqual(figures('As noted in Fn. 12, Nvidia fell 7.82% on 27 January 2025.', 'en').map((f) => f.text), ['7.82%', '27 January 2025']);
    assert.deepEqual(figures('Per Fn. 12 and 17% of the world\'s 1,328 AI models come from China.', 'en').map((f) => f.text), ['17%', '1,328']);
  });
});

describe('numbers past a hundred composed of number words', () => {
  const rules = (text: string) => runRules(analyzeDraft(text, bundledIndex()), bundledIndex()).map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);
  test('"a hundred and thirty million euros", "five hundred and eighty-nine billion dollars", "one thousand three hundred and twenty-eight" are one number each', () => {
    assert.deepEqual(figures('The second cost a billion yuan, about a hundred and thirty million euros.', 'en').map((f) => [f.text, f.value]),
      [['a billion yuan', 1e9], ['a hundred and thirty million euros', 130e6]]);
    assert.deepEqual(figures('Nvidia alone shed five hundred and eighty-nine billion dollars of market value.', 'en').map((f) => [f.text, f.value]),
      [['five hundred and eighty-nine billion dollars', 589e9]]);
    assert.deepEqual(figures('Thirty-six percent of the world\'s one thousand three hundred and twenty-eight AI models come from China.', 'en').map((f) => [f.text, f.value]),
      [['Thirty-six percent', 36], ['one thousand three hundred and twenty-eight', 1328]]);
  });
  test('„hundertdreißig Millionen Euro“, „fünfhundertneunundachtzig Milliarden Dollar“, „eintausenddreihundertachtundzwanzig“ are one number each', () => {
    assert.deepEqual(figures('Der zweite kostete eine Milliarde Yuan, etwa hundertdreißig Millionen Euro.', 'de').map((f) => [f.text, f.value]),
      [['eine Milliarde Yuan', 1e9], ['hundertdreißig Millionen Euro', 130e6]]);
    assert.deepEqual(figures('Nvidia verlor fünfhundertneunundachtzig Milliarden Dollar an Börsenwert.', 'de').map((f) => [f.text, f.value]),
      [['fünfhundertneunundachtzig Milliarden Dollar', 589e9]]);
    assert.deepEqual(figures('Sechsunddreißig Prozent der weltweit eintausenddreihundertachtundzwanzig KI-Modelle stammen aus China.', 'de').map((f) => [f.text, f.value]),
      [['Sechsunddreißig Prozent', 36], ['eintausenddreihundertachtundzwanzig', 1328]]);
  });
  test('the true values stay quiet and a wrong one is contradicted as a whole, in English and German', () => {
    assert.deepEqual(rules('Fire-Flyer II cost a billion yuan, about a hundred and thirty million euros.'), []);
    assert.deepEqual(rules('Fire-Flyer II kostete eine Milliarde Yuan, etwa hundertdreißig Millionen Euro.'), []);
    assert.deepEqual(rules('Fire-Flyer II cost a billion yuan, about a hundred and ninety million euros.').map(([code, text]) => [code, text]),
      [['figure-mismatch', 'a hundred and ninety million euros']]);
    assert.deepEqual(rules('Fire-Flyer II kostete eine Milliarde Yuan, etwa hundertneunzig Millionen Euro.').map(([code, text]) => [code, text]),
      [['figure-mismatch', 'hundertneunzig Millionen Euro']]);
  });
  test('two numbers joined by "and" stay two: ranges, pairs and counts after a hundred', () => {
    assert.deepEqual(figures('Estimates range between ten thousand and fifty thousand units.', 'en').map((f) => [f.text, f.value]), [['ten thousand', 1e4], ['fifty thousand', 5e4]]);
    assert.deepEqual(figures('Between one hundred and two hundred engineers left.', 'en').map((f) => [f.text, f.value]), [['one hundred', 100], ['two hundred', 200]]);
    assert.deepEqual(figures('Two hundred and fifty thousand people downloaded it.', 'en').map((f) => [f.text, f.value]), [['Two hundred and fifty thousand', 250_000]]);
    assert.deepEqual(figures('Hunderte Ingenieure und Tausende Nutzer testeten es.', 'de'), []);
    assert.deepEqual(figures('Zwischen hundert und zweihundert Ingenieure gingen.', 'de').map((f) => [f.text, f.value]), [['hundert', 100], ['zweihundert', 200]]);
  });
});

describe('a whole and a half in words', () => {
  const rules = (text: string) => runRules(analyzeDraft(text, bundledIndex()), bundledIndex()).map((f) => [f.code, text.slice(f.start, f.end)]);
  test('"six and a half percent" and „fünfzehneinhalb Prozent“ are one number each, not a whole and a stray half', () => {
    assert.deepEqual(figures('Broadcom fell six and a half percent.', 'en').map((f) => [f.text, f.value]), [['six and a half percent', 6.5]]);
    assert.deepEqual(figures('The index had gained twenty-four and a half percent.', 'en').map((f) => [f.text, f.value]), [['twenty-four and a half percent', 24.5]]);
    assert.deepEqual(figures('Der Index hatte fünfzehneinhalb Prozent zugelegt.', 'de').map((f) => [f.text, f.value]), [['fünfzehneinhalb Prozent', 15.5]]);
    assert.deepEqual(figures('Der Index hatte vierundzwanzigeinhalb Prozent zugelegt.', 'de').map((f) => [f.text, f.value]), [['vierundzwanzigeinhalb Prozent', 24.5]]);
  });
  test('a rounded half agrees with the source, also where the percent is carried from the sentence before; a wrong one is contradicted once', () => {
    assert.deepEqual(rules('On January 27, 2025, Broadcom fell six and a half percent.'), []);
    assert.deepEqual(rules('By the close, Nvidia had lost seven point eight two percent. Broadcom, six and a half.'), []);
    assert.deepEqual(rules('On January 27, 2025, Broadcom fell eight and a half percent.'), [['figure-mismatch', 'eight and a half percent']]);
    assert.deepEqual(rules('Am 27. Januar 2025 fiel Broadcom um achteinhalb Prozent.'), [['figure-mismatch', 'achteinhalb Prozent']]);
  });
  test('halves of spans, scales and multiples and a half on its own keep their readings', () => {
    assert.deepEqual(figures('It took two and a half years.', 'en').map((f) => [f.text, f.value]), [['two and a half years', 2.5]]);
    assert.deepEqual(figures('It cost two and a half million dollars.', 'en').map((f) => [f.text, f.value]), [['two and a half million dollars', 2.5e6]]);
    assert.deepEqual(figures('Nearly a half of the models come from China.', 'en').map((f) => [f.text, f.value]), [['a half', 50]]);
    assert.deepEqual(figures('Es dauerte zweieinhalb Jahre.', 'de').map((f) => [f.text, f.value]), [['zweieinhalb', 2.5]]);
  });
});

describe('stock indexes whose names end in a number', () => {
  const found = (text: string) => runRules(analyzeDraft(text, bundledIndex()), bundledIndex()).map((f) => [f.code, text.slice(f.start, f.end)]);
  test('"S&P 500", „Euro Stoxx 50“, „DAX-40“ are names: only the index\'s move is a figure', () => {
    assert.deepEqual(found('On January 27, 2025, the broader S&P 500 lost about 1.5 percent.'), [['unsourced-figure', 'January 27, 2025'], ['unsourced-figure', '1.5 percent']]);
    assert.deepEqual(found('The FTSE 100 and the Nikkei 225 barely moved.'), []);
    assert.deepEqual(found('Am 27. Januar 2025 verlor der Euro Stoxx 50 rund 1,2 Prozent.'), [['unsourced-figure', '27. Januar 2025'], ['unsourced-figure', '1,2 Prozent']]);
    assert.deepEqual(found('Auch der DAX-40 gab nach.'), []);
  });
  test('numbers beside an index name, and the names the sources know, keep their readings', () => {
    assert.deepEqual(found('The S&P 500 fell 500 points.'), [['unsourced-figure', '500']]);
    assert.deepEqual(found('Some 100 companies joined the index.'), [['unsourced-figure', '100']]);
    assert.deepEqual(found('Der Nasdaq 100 sackte um 3 % ab.'), []);
    assert.deepEqual(found('Der DAX verlor 400 Punkte.'), [['unsourced-figure', '400']]);
  });
});

describe('hundreds counted in teens ("thirteen hundred and twenty-eight") are one number, as „dreizehnhundertachtundzwanzig“ is', () => {
  const rules = (text: string) => runRules(analyzeDraft(text, bundledIndex()), bundledIndex()).map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);
  test('English: "thirteen hundred and twenty-eight" is 1328 and borne out; "thirteen hundred and eighty" is contradicted as a whole', () => {
    assert.deepEqual(figures("Thirty-six percent of the world's thirteen hundred and twenty-eight AI models come from China.", 'en').map((f) => [f.text, f.value]),
      [['Thirty-six percent', 36], ['thirteen hundred and twenty-eight', 1328]]);
    assert.deepEqual(rules("Thirty-six percent of the world's thirteen hundred and twenty-eight AI models come from China."), []);
    assert.deepEqual(rules("Thirty-six percent of the world's thirteen hundred and eighty AI models come from China.").map(([code, text]) => [code, text]),
      [['figure-mismatch', 'thirteen hundred and eighty']]);
  });
  test('German: „dreizehnhundertachtundzwanzig“ stays 1328; "the thirteen hundred engineers" and „dreizehn Ingenieure“ stay what they say', () => {
    assert.deepEqual(figures('Sechsunddreißig Prozent der dreizehnhundertachtundzwanzig KI-Modelle stammen aus China.', 'de').map((f) => [f.text, f.value]),
      [['Sechsunddreißig Prozent', 36], ['dreizehnhundertachtundzwanzig', 1328]]);
    assert.deepEqual(figures('About thirteen hundred engineers work there.', 'en').map((f) => [f.text, f.value]), [['thirteen hundred', 1300]]);
    assert.deepEqual(figures('Dreizehn Ingenieure und hundert Nutzer testeten es.', 'de').map((f) => [f.text, f.value]), [['Dreizehn', 13], ['hundert', 100]]);
  });
});
