import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundledIndex, extraSource, read, ROOT, withSources } from './support/fixtures';

// The sources: High-Flyer founded 2015, DeepSeek founded July 2023, R1's breakthrough on 20 January, the sell-off on
// 27 January 2025.
const index = bundledIndex();
const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);

describe('a duration that counts from a thing it only names: a model\'s release, an organisation\'s founding', () => {
  test('German: "im Juli 2023, 18 Monate vor R1" is borne out by R1\'s release; "drei Jahre vor R1" is wrong', () => {
    assert.deepEqual(all('Gegründet wurde DeepSeek im Juli 2023, 18 Monate vor R1.'), []);
    assert.deepEqual(all('Gegründet wurde DeepSeek im Juli 2023, drei Jahre vor R1.'), [['figure-mismatch', 'drei Jahre', 'drei Jahre contradicts the source, which says Juli 2023 → 20. Januar = 1–2.']]);
  });
  test('English: "in July 2023, 18 months before R1" and "eight years after High-Flyer" are borne out; three and four years are wrong', () => {
    assert.deepEqual(all('DeepSeek was set up in July 2023, 18 months before R1.'), []);
    assert.deepEqual(all('DeepSeek was set up in July 2023, three years before R1.'), [['figure-mismatch', 'three years', 'three years contradicts the source, which says Juli 2023 → 20. Januar = 1–2.']]);
    assert.deepEqual(all('Liang started DeepSeek in July 2023, eight years after High-Flyer.'), []);
    assert.deepEqual(all('Liang started DeepSeek in July 2023, four years after High-Flyer.'), [['figure-mismatch', 'four years', 'four years contradicts the source, which says 2015 → Juli 2023 = 8.']]);
  });
});

describe('a span whose words name one event and, as its other end, a thing by its name alone ("von der Gründung bis R1") runs to that thing\'s event', () => {
  const wrong = (words: string, unit: string) => [['figure-mismatch', words, `${words} contradicts the source, which says Juli 2023 → 20. Januar = ${unit}.`]];
  test('German: "Von der Gründung bis R1 vergingen anderthalb Jahre", "Zwischen der Gründung von DeepSeek und R1 lagen 18 Monate" are borne out; three years and 30 months are wrong', () => {
    assert.deepEqual(all('Von der Gründung bis R1 vergingen anderthalb Jahre.'), []);
    assert.deepEqual(all('Von der Gründung bis R1 vergingen drei Jahre.'), wrong('drei Jahre', '1–2'));
    assert.deepEqual(all('Zwischen der Gründung von DeepSeek und R1 lagen 18 Monate.'), []);
    assert.deepEqual(all('Zwischen der Gründung von DeepSeek und R1 lagen 30 Monate.'), wrong('30 Monate', '18'));
    // Not High-Flyer's founding eight years before DeepSeek's: the other end is R1.
    assert.deepEqual(all('Zwischen der Gründung von DeepSeek und R1 lagen drei Jahre.'), wrong('drei Jahre', '1–2'));
  });
  test('English: "From the founding to R1, 18 months passed", "Between the founding and R1 lay a year and a half" are borne out; three years are wrong', () => {
    assert.deepEqual(all('From the founding to R1, 18 months passed.'), []);
    assert.deepEqual(all('From the founding to R1, 30 months passed.'), wrong('30 months', '18'));
    assert.deepEqual(all('Between the founding and R1 lay a year and a half.'), []);
    assert.deepEqual(all('Between the founding and R1 lay three years.'), wrong('three years', '1–2'));
  });
  test('a date told in the sentence before is neither end: "V3 kam im Dezember 2024. Von der Gründung bis R1 …" still spans to R1 (de, en)', () => {
    assert.deepEqual(all('Das V3-Modell kam im Dezember 2024 heraus. Von der Gründung bis R1 vergingen anderthalb Jahre.'), []);
    assert.deepEqual(all('Das V3-Modell kam im Dezember 2024 heraus. Von der Gründung bis R1 vergingen drei Jahre.'), wrong('drei Jahre', '1–2'));
    assert.deepEqual(all('V3 came out in December 2024. Between the founding and R1 lay a year and a half.'), []);
    assert.deepEqual(all('V3 came out in December 2024. Between the founding and R1 lay three years.'), wrong('three years', '1–2'));
  });
  test('a name that is who acted, not an end of the span, adds no event (de, en)', () => {
    const facts = (text: string) => analyzeDraft(text, index).figures.map((f) => f.fact.attributes.filter((a) => a === 'founding' || a === 'release'));
    assert.deepEqual(facts('DeepSeek brachte R1 anderthalb Jahre nach seiner Gründung heraus.'), [['founding', 'release']]);
    assert.deepEqual(facts('Liang gründete DeepSeek vor anderthalb Jahren.'), [['founding']]);
    assert.deepEqual(facts('Liang founded DeepSeek a year and a half ago.'), [['founding']]);
  });
});

describe('an event after "nach"/"after" that names nobody ("nach der Veröffentlichung", "after the launch") is the one of the thing named before it', () => {
  const wrong = (words: string) => [['figure-mismatch', words, `${words} contradicts the source, which says 20. Januar → 27. Januar 2025 = 7.`]];
  test('German: "R1 kam am 20. Januar heraus. Nvidia brach eine Woche nach der Veröffentlichung ein" is borne out; "drei Tage" is wrong', () => {
    const before = 'DeepSeek brachte R1 am 20. Januar heraus.';
    assert.deepEqual(all(`${before} Nvidia brach eine Woche nach der Veröffentlichung ein.`), []);
    assert.deepEqual(all(`${before} Nvidia brach drei Tage nach der Veröffentlichung ein.`), wrong('drei Tage'));
    // With nothing named before, whose release it is stays open: no source states it, and nothing is called wrong.
    assert.deepEqual(all('Nvidia brach drei Tage nach der Veröffentlichung ein.'), [['unsourced-figure', 'drei Tage', 'No source states drei Tage.']]);
  });
  test('English: "DeepSeek released R1 on January 20. Nvidia fell a week after the launch" is borne out; "three days" is wrong', () => {
    const before = 'DeepSeek released R1 on January 20.';
    assert.deepEqual(all(`${before} Nvidia fell a week after the launch.`), []);
    assert.deepEqual(all(`${before} Nvidia fell three days after the launch.`), wrong('three days'));
    assert.deepEqual(all('Nvidia fell three days after the launch.'), [['unsourced-figure', 'three days', 'No source states three days.']]);
  });
  test('a clause that names nobody ("The sell-off came …", „Der Kurssturz folgte …“) spans from the event its words count from (en, de)', () => {
    const en = 'R1 came out on January 20.';
    assert.deepEqual(all(`${en} The sell-off arrived three days after the launch.`), wrong('three days'));
    assert.deepEqual(all(`${en} The sell-off came ten days after the release.`), wrong('ten days'));
    assert.deepEqual(all(`${en} The sell-off arrived a week after the launch.`), []);
    assert.deepEqual(all(`${en} The sell-off came seven days after the release.`), []);
    const de = 'R1 kam am 20. Januar heraus.';
    assert.deepEqual(all(`${de} Der Kurssturz folgte drei Tage nach der Veröffentlichung.`), wrong('drei Tage'));
    assert.deepEqual(all(`${de} Der Kurssturz kam zehn Tage nach der Veröffentlichung.`), wrong('zehn Tage'));
    assert.deepEqual(all(`${de} Der Kurssturz folgte eine Woche nach der Veröffentlichung.`), []);
    assert.deepEqual(all(`${de} Der Kurssturz kam sieben Tage nach der Veröffentlichung.`), []);
  });
  test('a founding that names nobody stays the maker\'s, not the organisation named last (en, de)', () => {
    const codes = (text: string) => all(text).map(([code, words]) => [code, words]);
    assert.deepEqual(codes('DeepSeek, built with High-Flyer\'s capital, was founded in July 2023. R1 came out on 20 January, about 30 months after the founding.'), [['figure-mismatch', '30 months']]);
    assert.deepEqual(codes('DeepSeek, gegründet mit dem Kapital von High-Flyer, entstand im Juli 2023. R1 kam am 20. Januar heraus, rund 30 Monate nach der Gründung.'), [['figure-mismatch', '30 Monate']]);
  });
  test('of two models named before, the release is the last one\'s: "V3 came in December 2024, a month before R1 …" makes "the release" R1\'s (en, de)', () => {
    const meeting = (words: string) => [['figure-mismatch', words, `${words} contradicts the source, which says 20. Januar → 20. Januar = 0.`]];
    assert.deepEqual(all('V3 arrived in December 2024, about a month before R1 came out on January 20. Liang met Premier Li Qiang two days after the release.'), meeting('two days'));
    assert.deepEqual(all('Im Dezember 2024 erschien V3, am 20. Januar dann R1. Liang traf Premier Li Qiang zwei Tage nach der Veröffentlichung.'), meeting('zwei Tage'));
  });
});

describe('a day set off after a duration\'s clause ("…, am 27. Januar:") dates that clause, also when another duration follows', () => {
  test('German: "eine Woche nach dem Start von R1, am 27. Januar: anderthalb Jahre nach der Gründung …" is borne out; "drei Wochen" is wrong', () => {
    const text = 'Am 20. Januar kam R1. Der Kurssturz folgte eine Woche nach dem Start von R1, am 27. Januar: anderthalb Jahre nach der Gründung hatte DeepSeek die Börse erschüttert.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('eine Woche', 'drei Wochen')), [['figure-mismatch', 'drei Wochen', 'drei Wochen contradicts the source, which says 20. Januar → 27. Januar 2025 = 1.']]);
  });
  test('English: "a week after the R1 launch, on 27 January: eighteen months after its founding …" is borne out; "three weeks" is wrong', () => {
    const text = "R1 came out on 20 January. Nvidia's slide came a week after the R1 launch, on 27 January: eighteen months after its founding, DeepSeek had shaken Wall Street.";
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('a week', 'three weeks')), [['figure-mismatch', 'three weeks', 'three weeks contradicts the source, which says 20. Januar → 27. Januar 2025 = 1.']]);
  });
});

describe('a date beside "ein Jahr vor der Firmengründung" is not the founding: the words after "vor" name the event it is counted from', () => {
  // The source: "bereits 2022, ein Jahr vor der Firmengründung, beschränkten": 2022 dates the export curbs, not a founding,
  // so it is no founding that a span "from the founding" could start at.
  test('German: "Von der Gründung bis zum Durchbruch mit R1 vergingen nur drei Jahre" is wrong (Juli 2023 → 20. Januar); anderthalb Jahre are right', () => {
    assert.deepEqual(all('Von der Gründung bis zum Durchbruch mit R1 vergingen nur drei Jahre.'), [['figure-mismatch', 'drei Jahre', 'drei Jahre contradicts the source, which says Juli 2023 → 20. Januar = 1–2.']]);
    assert.deepEqual(all('Von der Gründung bis zum Durchbruch mit R1 vergingen nur anderthalb Jahre.'), []);
    assert.deepEqual(all('Die USA beschränkten den Export 2022, ein Jahr bevor Liang DeepSeek gründete.'), []);
  });
  test('English: "From its founding to the R1 breakthrough, three years passed" is wrong; 18 months are right', () => {
    assert.deepEqual(all('From its founding to the R1 breakthrough, three years passed.'), [['figure-mismatch', 'three years', 'three years contradicts the source, which says Juli 2023 → 20. Januar = 1–2.']]);
    assert.deepEqual(all('From its founding to the R1 breakthrough, 18 months passed.'), []);
    assert.deepEqual(all('The US curbed chip exports in 2022, a year before the company was founded.'), []);
  });
  test('a span of a year and a half offers no whole number of years as a fix (de, en)', () => {
    const fixes = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => f.fix?.newText);
    assert.deepEqual(fixes('Von der Gründung bis zum Durchbruch mit R1 vergingen nur drei Jahre.'), [undefined]);
    assert.deepEqual(fixes('From its founding to the R1 breakthrough, three years passed.'), [undefined]);
    assert.deepEqual(fixes('Als R1 erschien, war die Firma knapp drei Jahre alt.'), [undefined]);
    assert.deepEqual(fixes('When R1 came out, the company was three years old.'), [undefined]);
  });
});

describe('a duration whose clause names no event but the one it counts from: the subject\'s own event (a model\'s release)', () => {
  test('German: "R1 kam 18 Monate nach der Gründung" is borne out (Juli 2023 → 20. Januar); "drei Jahre" is wrong, not High-Flyer\'s eight years', () => {
    assert.deepEqual(all('R1 kam 18 Monate nach der Gründung.'), []);
    assert.deepEqual(all('R1 folgte anderthalb Jahre nach der Gründung von DeepSeek.'), []);
    assert.deepEqual(all('R1 kam drei Jahre nach der Gründung.'), [['figure-mismatch', 'drei Jahre', 'drei Jahre contradicts the source, which says Juli 2023 → 20. Januar = 1–2.']]);
  });
  test('English: "R1 arrived 18 months after the founding" is borne out; "30 months" is wrong', () => {
    assert.deepEqual(all('R1 arrived 18 months after the founding.'), []);
    assert.deepEqual(all('R1 arrived 30 months after the founding.'), [['figure-mismatch', '30 months', '30 months contradicts the source, which says Juli 2023 → 20. Januar = 18.']]);
  });
});

describe('a firm\'s age at an event it reached is the span from its founding to that event, not a person\'s age', () => {
  test('German: "Als R1 erschien, war die Firma gerade anderthalb Jahre alt" is borne out; "knapp drei Jahre alt" is wrong; Liang\'s 40 stays his age', () => {
    assert.deepEqual(all('DeepSeek wurde im Juli 2023 gegründet. Als R1 erschien, war die Firma gerade anderthalb Jahre alt.'), []);
    assert.deepEqual(all('DeepSeek wurde im Juli 2023 gegründet. Als R1 erschien, war die Firma knapp drei Jahre alt.'), [['figure-mismatch', 'drei Jahre', 'drei Jahre contradicts the source, which says Juli 2023 → 20. Januar = 1–2.']]);
    assert.deepEqual(all('Liang Wenfeng war 40 Jahre alt, als R1 erschien.'), []);
  });
  test('English: "when R1 came out, the company was barely 18 months old" is borne out; "three years old" and "30 months old" are wrong', () => {
    assert.deepEqual(all('DeepSeek was founded in July 2023. When R1 came out, the company was barely 18 months old.'), []);
    assert.deepEqual(all('DeepSeek was founded in July 2023. When R1 came out, the company was just a year and a half old.'), []);
    assert.deepEqual(all('DeepSeek was founded in July 2023. When R1 came out, the company was barely three years old.'), [['figure-mismatch', 'three years old', 'three years old contradicts the source, which says Juli 2023 → 20. Januar = 1–2.']]);
    assert.deepEqual(all('DeepSeek was founded in July 2023. When R1 came out, the company was barely 30 months old.'), [['figure-mismatch', '30 months', '30 months contradicts the source, which says Juli 2023 → 20. Januar = 18.']]);
    assert.deepEqual(all('When R1 came out, Liang was 40 years old.'), []);
  });
  test('German: "Am 20. Januar 2025 …; die Firma war da gerade anderthalb Jahre alt" is its age on the day its sentence names; "drei Jahre" is wrong', () => {
    const text = 'Am 20. Januar 2025 machte R1 DeepSeek weltweit bekannt; die Firma war da gerade anderthalb Jahre alt.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('anderthalb', 'drei')), [['figure-mismatch', 'drei Jahre', 'drei Jahre contradicts the source, which says Juli 2023 → 20. Januar = 1–2.']]);
  });
  test('English: "R1 made it known on 20 January 2025; the firm was then eighteen months old" is borne out; "three years old" is wrong', () => {
    const text = 'Its model R1 made DeepSeek known worldwide on 20 January 2025; the firm was then eighteen months old.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('eighteen months', 'three years')), [['figure-mismatch', 'three years old', 'three years old contradicts the source, which says Juli 2023 → 20. Januar = 1–2.']]);
  });
});

describe('a span that lasted up to a month named before ("da schon seit zwei Jahren", "by then … for two years") is counted to that month\'s event', () => {
  test('German: "DeepSeek entstand im Juli 2023. Die Exportbeschränkungen galten da schon seit zwei Jahren." is wrong (2022 → Juli 2023)', () => {
    assert.deepEqual(all('DeepSeek entstand im Juli 2023. Die Exportbeschränkungen galten da schon seit zwei Jahren.'), [['figure-mismatch', 'zwei Jahren', 'zwei Jahren contradicts the source, which says 2022 → Juli 2023 = 1.']]);
    assert.deepEqual(all('DeepSeek entstand im Juli 2023. Die Exportbeschränkungen galten da schon seit einem Jahr.'), []);
  });
  test('English: "DeepSeek was set up in July 2023. The export curbs had by then been in force for two years." is wrong', () => {
    assert.deepEqual(all('DeepSeek was set up in July 2023. The export curbs had by then been in force for two years.'), [['figure-mismatch', 'two years', 'two years contradicts the source, which says 2022 → Juli 2023 = 1.']]);
    assert.deepEqual(all('DeepSeek was set up in July 2023. The export curbs had by then been in force for about a year.'), []);
  });
});

describe('"acht Jahre Abstand", "a gap of eight years": a gap between two events is a span, not a count of years', () => {
  // The sources: High-Flyer founded 2015, DeepSeek founded July 2023 (eight years); "China zumindest zwei bis drei Jahre
  // im Rückstand" is how far behind, no span between two events.
  test('German: "Zwischen der Gründung von High-Flyer und der von DeepSeek: acht Jahre Abstand" is borne out; five years are wrong', () => {
    assert.deepEqual(all('Zwischen der Gründung von High-Flyer und der von DeepSeek: acht Jahre Abstand.'), []);
    assert.deepEqual(all('Liang gründete High-Flyer 2015 und DeepSeek im Juli 2023, mit fünf Jahren Abstand.'), [['figure-mismatch', 'fünf Jahren', 'fünf Jahren contradicts the source, which says 2015 → Juli 2023 = 8.']]);
  });
  test('English: "a gap of eight years" between the two foundings is borne out, not held against "zwei bis drei Jahre"; five years are wrong', () => {
    assert.deepEqual(all('Liang founded High-Flyer in 2015 and DeepSeek in July 2023, a gap of eight years.'), []);
    assert.deepEqual(all('The founding of High-Flyer and the founding of DeepSeek: a gap of five years.'), [['figure-mismatch', 'five years', 'five years contradicts the source, which says 2015 → Juli 2023 = 8.']]);
  });
});

describe('a duration that says only which way ("später", "later"), followed by its clause\'s own month, ends at that month', () => {
  // The sources: High-Flyer founded 2015, DeepSeek founded July 2023. The month after the duration is when the clause's
  // own event happened, so the event counted from lies before it; "folgte"/"followed" says what by whom it names.
  test('German: "DeepSeek folgte acht Jahre später, im Juli 2023" is borne out; "Drei Jahre später, im Juli 2023, folgte DeepSeek" is wrong', () => {
    assert.deepEqual(all('Liang gründete 2015 High-Flyer. DeepSeek folgte acht Jahre später, im Juli 2023.'), []);
    assert.deepEqual(all('Liang gründete 2015 High-Flyer. Drei Jahre später, im Juli 2023, folgte DeepSeek.'), [['figure-mismatch', 'Drei Jahre', 'Drei Jahre contradicts the source, which says 2015 → Juli 2023 = 8.']]);
    assert.deepEqual(all('Liang gründete 2015 High-Flyer. Acht Jahre später, im Juli 2023, wurde DeepSeek gegründet.'), []);
  });
  test('English: "DeepSeek was founded eight years later, in July 2023" and "followed eight years later" are borne out; five years are wrong', () => {
    assert.deepEqual(all('Liang founded High-Flyer in 2015. DeepSeek was founded eight years later, in July 2023.'), []);
    assert.deepEqual(all('Liang founded High-Flyer in 2015. DeepSeek followed eight years later, in July 2023.'), []);
    assert.deepEqual(all('Liang founded High-Flyer in 2015. DeepSeek followed five years later, in July 2023.'), [['figure-mismatch', 'five years', 'five years contradicts the source, which says 2015 → Juli 2023 = 8.']]);
  });
  test('the date before the duration is its clause\'s own as well: „Im Juli 2023, acht Jahre später, folgte DeepSeek“, "In July 2023, eight years later, DeepSeek followed"', () => {
    assert.deepEqual(all('Liang gründete 2015 den Hedgefonds High-Flyer. Im Juli 2023, acht Jahre später, folgte DeepSeek.'), []);
    assert.deepEqual(all('Liang gründete 2015 den Hedgefonds High-Flyer. Im Juli 2023 folgte acht Jahre später DeepSeek.'), []);
    assert.deepEqual(all('Liang gründete 2015 den Hedgefonds High-Flyer. Im Juli 2023, fünf Jahre später, folgte DeepSeek.'), [['figure-mismatch', 'fünf Jahre', 'fünf Jahre contradicts the source, which says 2015 → Juli 2023 = 8.']]);
    assert.deepEqual(all('Liang founded the hedge fund High-Flyer in 2015. In July 2023, eight years later, DeepSeek followed.'), []);
    assert.deepEqual(all('Liang founded the hedge fund High-Flyer in 2015. In July 2023, five years later, DeepSeek followed.'), [['figure-mismatch', 'five years', 'five years contradicts the source, which says 2015 → Juli 2023 = 8.']]);
  });
});

describe('a "später"/"later" span in months or years at a paragraph\'s start counts from the time last named, not the day', () => {
  // The sources: High-Flyer founded 2015, DeepSeek founded July 2023. The day named first (20 January) is R1's, no
  // event eight years off.
  test('German: "Mit dem Kapital des Fonds entstand acht Jahre später DeepSeek" after "2015" is borne out; five years are wrong', () => {
    const text = 'Am 20. Januar kam R1.\n\nLiang gründete 2015 High-Flyer.\n\nMit dem Kapital des Fonds entstand acht Jahre später DeepSeek.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('acht Jahre', 'fünf Jahre')), [['figure-mismatch', 'fünf Jahre', 'fünf Jahre contradicts the source, which says 2015 → Juli 2023 = 8.']]);
  });
  test('English: "Eight years later, DeepSeek was founded" after "in 2015" is borne out; five years are wrong', () => {
    const text = 'R1 came out on 20 January.\n\nLiang founded High-Flyer in 2015.\n\nEight years later, DeepSeek was founded.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('Eight years', 'Five years')), [['figure-mismatch', 'Five years', 'Five years contradicts the source, which says 2015 → Juli 2023 = 8.']]);
  });
});

describe('a span whose clause says only which way and names no event spans its own name\'s event (a firm\'s founding)', () => {
  // "zuvor" ends in "vor" but names no other event: the words after it are the clause's own.
  test('German: "den Liang Wenfeng acht Jahre zuvor … aufgebaut hatte" after "Im Juli 2023 entstand DeepSeek" is borne out; five years are wrong', () => {
    const text = 'Im Juli 2023 entstand DeepSeek. Das Geld kam aus dem Hedgefonds High-Flyer, den Liang Wenfeng acht Jahre zuvor mit zwei weiteren Ingenieuren aufgebaut hatte.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('acht Jahre', 'fünf Jahre')), [['figure-mismatch', 'fünf Jahre', 'fünf Jahre contradicts the source, which says 2015 → Juli 2023 = 8.']]);
  });
  test('English: "eight years later the fund\'s capital went into DeepSeek" is borne out; five years are wrong', () => {
    const text = "Liang set up High-Flyer in 2015 with two other engineers; eight years later the fund's capital went into DeepSeek.";
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('eight years', 'five years')), [['figure-mismatch', 'five years', 'five years contradicts the source, which says 2015 → Juli 2023 = 8.']]);
  });
});

describe('a span whose clause names an event of its own ("hired its first engineers") is not another release', () => {
  // Only a clause that names no event, or only what one drew on (the fund's capital), takes the event it counts from.
  test('German: "Zwei Jahre zuvor stellte DeepSeek die ersten Ingenieure ein" after R1\'s release is no release pair', () => {
    assert.deepEqual(all('R1 erschien am 20. Januar 2025. Zwei Jahre zuvor stellte DeepSeek die ersten Ingenieure ein.').filter(([code]) => code !== 'unsourced-figure'), []);
    assert.deepEqual(all('R1 erschien am 20. Januar 2025. Zwei Jahre zuvor hatte DeepSeek die ersten Ingenieure eingestellt.').filter(([code]) => code !== 'unsourced-figure'), []);
  });
  test('English: "Two years earlier, DeepSeek had hired its first engineers" after R1\'s release is no release pair', () => {
    assert.deepEqual(all('R1 came out on January 20, 2025. Two years earlier, DeepSeek had hired its first engineers.').filter(([code]) => code !== 'unsourced-figure'), []);
  });
});

describe('a span whose own month is wrong still spans its subject\'s event: the month is its own error', () => {
  // The sources put DeepSeek's founding in July 2023; "Juni 2023" is the error, not the eight years from 2015.
  const onSpan = (text: string) => all(text).filter(([, words]) => /Jahre|years/.test(words as string));
  test('German: "DeepSeek folgte acht Jahre später, im Juni 2023" is no wrong span; "fünf Jahre später" is', () => {
    assert.deepEqual(onSpan('Liang gründete 2015 High-Flyer. DeepSeek folgte acht Jahre später, im Juni 2023.'), []);
    assert.deepEqual(onSpan('Liang gründete 2015 High-Flyer. DeepSeek folgte fünf Jahre später, im Juni 2023.'), [['figure-mismatch', 'fünf Jahre', 'fünf Jahre contradicts the source, which says 2015 → Juli 2023 = 8.']]);
  });
  test('English: "DeepSeek followed eight years later, in June 2023" is no wrong span; "five years later" is', () => {
    assert.deepEqual(onSpan('Liang founded High-Flyer in 2015. DeepSeek followed eight years later, in June 2023.'), []);
    assert.deepEqual(onSpan('Liang founded High-Flyer in 2015. DeepSeek followed five years later, in June 2023.'), [['figure-mismatch', 'five years', 'five years contradicts the source, which says 2015 → Juli 2023 = 8.']]);
  });
});

describe('"danach", "later" after a sentence that told of an undated event do not count from a day named further back', () => {
  // The day last named is 27 January, the sell-off's own: a week after it is no span between two things of that day.
  test('German: "… bis zum weltweiten Durchbruch. Eine Woche danach verlor Nvidia …" is no wrong span', () => {
    const text = 'Am 27. Januar 2025 fiel Nvidia um 7,82 Prozent.\n\nDie Firma brauchte anderthalb Jahre von der Gründung bis zum weltweiten Durchbruch. Eine Woche danach verlor Nvidia 7,82 Prozent an Börsenwert.';
    assert.deepEqual(all(text).filter(([code]) => code === 'figure-mismatch'), []);
  });
  test('English: "… to its global breakthrough. A week later, Nvidia lost …" is no wrong span', () => {
    const text = 'On 27 January 2025 Nvidia fell 7.82%.\n\nIt took the firm 18 months from its founding to its global breakthrough. A week later, Nvidia lost 7.82% of its market value.';
    assert.deepEqual(all(text).filter(([code]) => code === 'figure-mismatch'), []);
  });
});

describe('a month set off after a span\'s relative clause ("…, im Dezember 2024", "…, in December 2024") dates that clause', () => {
  // The sources: V3 in December 2024, R1 on 20 January 2025: a month apart. The paragraph's July 2023 is DeepSeek's.
  test('German: "V3, das drei Monate vor R1 erschien, im Dezember 2024" is wrong; "einen Monat" is borne out', () => {
    const text = 'DeepSeek selbst entstand erst im Juli 2023. Bekannt wurde es in Fachkreisen mit dem Modell V3, das drei Monate vor R1 erschien, im Dezember 2024.';
    assert.deepEqual(all(text), [['figure-mismatch', 'drei Monate', 'drei Monate contradicts the source, which says Dezember 2024 → 20. Januar = 1.']]);
    assert.deepEqual(all(text.replace('drei Monate', 'einen Monat')), []);
  });
  test('English: "V3 model, which came out three months before R1, in December 2024" is wrong; "a month" is borne out', () => {
    const text = 'DeepSeek was set up in July 2023. It became known for its V3 model, which came out three months before R1, in December 2024.';
    assert.deepEqual(all(text), [['figure-mismatch', 'three months', 'three months contradicts the source, which says Dezember 2024 → 20. Januar = 1.']]);
    assert.deepEqual(all(text.replace('three months', 'a month')), []);
  });
});

describe('a span with a bound ("kein Jahr", "keine zwei Jahre", "less than a year") is held to its side of the sources\' span', () => {
  // The sources: DeepSeek founded July 2023, R1 on 20 January 2025: eighteen months, under two years, over one. Unbounded,
  // "ein Jahr" or "zwei Jahre" would pass as a rounding of the eighteen months.
  test('German: "R1 kam kein Jahr nach der Gründung" and "mehr als zwei Jahre" are wrong; "keine zwei Jahre", "mehr als ein Jahr" are borne out', () => {
    assert.deepEqual(all('R1 kam kein Jahr nach der Gründung.'), [['figure-mismatch', 'kein Jahr', 'kein Jahr contradicts the source, which says Juli 2023 → 20. Januar = 1–2.']]);
    assert.deepEqual(all('R1 kam mehr als zwei Jahre nach der Gründung.'), [['figure-mismatch', 'zwei Jahre', 'zwei Jahre contradicts the source, which says Juli 2023 → 20. Januar = 1–2.']]);
    assert.deepEqual(all('R1 kam keine zwei Jahre nach der Gründung.'), []);
    assert.deepEqual(all('R1 kam mehr als ein Jahr nach der Gründung.'), []);
  });
  test('English: "R1 arrived less than a year after the founding" and "more than two years" are wrong; "less than two years" is borne out', () => {
    assert.deepEqual(all('R1 arrived less than a year after the founding.'), [['figure-mismatch', 'a year', 'a year contradicts the source, which says Juli 2023 → 20. Januar = 1–2.']]);
    assert.deepEqual(all('R1 arrived more than two years after the founding.'), [['figure-mismatch', 'two years', 'two years contradicts the source, which says Juli 2023 → 20. Januar = 1–2.']]);
    assert.deepEqual(all('R1 arrived less than two years after the founding.'), []);
    assert.deepEqual(all('R1 arrived more than a year after the founding.'), []);
  });
  test('a negated article before anything but a unit of time is no figure: „keine Revolution“, „kein Modell“ (de), and stays none in English', () => {
    assert.deepEqual(all('Das war keine Revolution, und kein Modell kam nach der Gründung so schnell.'), []);
    assert.deepEqual(all('That was no revolution, and no model came so soon after the founding.'), []);
  });
});

describe('time that lay between two events the clause names is a span, also where a day\'s dot stands between them', () => {
  // The sources: R1's breakthrough on 20 January, the sell-off on 27 January 2025: seven days.
  test('German: „Zwischen der Vorstellung von R1 am 20. Januar und dem Kurssturz lagen zehn Tage“ is wrong; sieben Tage are borne out', () => {
    assert.deepEqual(all('Zwischen der Vorstellung von R1 am 20. Januar und dem Kurssturz lagen zehn Tage.'), [['figure-mismatch', 'zehn Tage', 'zehn Tage contradicts the source, which says 20. Januar → 27. Januar 2025 = 7.']]);
    assert.deepEqual(all('Auffällig ist, dass zwischen der Vorstellung von R1 am 20. Januar und dem Kurssturz nur fünf Tage lagen.'), [['figure-mismatch', 'fünf Tage', 'fünf Tage contradicts the source, which says 20. Januar → 27. Januar 2025 = 7.']]);
    assert.deepEqual(all('Zwischen der Vorstellung von R1 am 20. Januar und dem Kurssturz lagen sieben Tage.'), []);
  });
  test('English: "Between the release of R1 on 20 January and the crash lay ten days" and "five days lay between" are wrong; seven days are borne out', () => {
    assert.deepEqual(all('Between the release of R1 on 20 January and the crash on Wall Street lay just ten days.'), [['figure-mismatch', 'ten days', 'ten days contradicts the source, which says 20. Januar → 27. Januar 2025 = 7.']]);
    assert.deepEqual(all('Only five days lay between the release of R1 and the stock crash.'), [['figure-mismatch', 'five days', 'five days contradicts the source, which says 20. Januar → 27. Januar 2025 = 7.']]);
    assert.deepEqual(all('Between the release of R1 on 20 January and the crash on Wall Street lay just seven days.'), []);
  });
});

describe('a span told as two ages compared ("acht Jahre älter als DeepSeek", "predates DeepSeek by eight years") spans the two foundings', () => {
  // The sources: High-Flyer founded 2015, DeepSeek July 2023: eight years.
  test('German: „High-Flyer ist drei Jahre älter als DeepSeek“ and „DeepSeek ist drei Jahre jünger“ are wrong; acht Jahre are borne out', () => {
    assert.deepEqual(all('Der Hedgefonds High-Flyer ist drei Jahre älter als DeepSeek.'), [['figure-mismatch', 'drei Jahre', 'drei Jahre contradicts the source, which says 2015 → Juli 2023 = 8.']]);
    assert.deepEqual(all('DeepSeek ist drei Jahre jünger als High-Flyer.'), [['figure-mismatch', 'drei Jahre', 'drei Jahre contradicts the source, which says 2015 → Juli 2023 = 8.']]);
    assert.deepEqual(all('Der Hedgefonds High-Flyer ist acht Jahre älter als DeepSeek.'), []);
  });
  test('English: "three years older than DeepSeek" and "predates DeepSeek by three years" are wrong; eight years are borne out, also after a wrong year told before', () => {
    assert.deepEqual(all('High-Flyer is three years older than DeepSeek.'), [['figure-mismatch', 'three years', 'three years contradicts the source, which says 2015 → Juli 2023 = 8.']]);
    assert.deepEqual(all('The hedge fund High-Flyer predates DeepSeek by three years.'), [['figure-mismatch', 'three years', 'three years contradicts the source, which says 2015 → Juli 2023 = 8.']]);
    assert.deepEqual(all('High-Flyer is eight years older than DeepSeek.'), []);
    const text = 'Liang set up the hedge fund High-Flyer in 2016. The hedge fund thus predates DeepSeek by eight years.';
    assert.deepEqual(all(text), [['date-mismatch', '2016', '2016 contradicts the source, which gives 2015.']]);
  });
});

describe('„vom … bis zum …“, "from High-Flyer\'s … to the …": a span from one named event to another, without a separate article', () => {
  // The sources: High-Flyer founded 2015, DeepSeek July 2023: eight years.
  test('German: „Vom Start des Hedgefonds High-Flyer bis zur Gründung von DeepSeek brauchte Liang drei Jahre“ is wrong; acht Jahre are borne out', () => {
    assert.deepEqual(all('Vom Start des Hedgefonds High-Flyer bis zur Gründung von DeepSeek brauchte Liang drei Jahre.'), [['figure-mismatch', 'drei Jahre', 'drei Jahre contradicts the source, which says 2015 → Juli 2023 = 8.']]);
    assert.deepEqual(all('Vom Start des Hedgefonds High-Flyer bis zur Gründung von DeepSeek brauchte Liang acht Jahre.'), []);
  });
  test('English: "From High-Flyer\'s start to the founding of DeepSeek, Liang needed three years" is wrong; eight years are borne out', () => {
    assert.deepEqual(all("From High-Flyer's start to the founding of DeepSeek, Liang needed three years."), [['figure-mismatch', 'three years', 'three years contradicts the source, which says 2015 → Juli 2023 = 8.']]);
    assert.deepEqual(all("From High-Flyer's start to the founding of DeepSeek, Liang needed eight years."), []);
  });
  test('German: „Vom Hedgefonds bis zum Durchbruch mit R1 brauchte Liang knapp zehn Jahre“ is borne out', () => {
    assert.deepEqual(all('Vom Hedgefonds bis zum Durchbruch mit R1 brauchte Liang knapp zehn Jahre.'), []);
    assert.deepEqual(all('Von der Gründung von High-Flyer bis zur Gründung von DeepSeek brauchte Liang acht Jahre.'), []);
  });
  test('English: the far end takes a possessive name too: "to R1\'s breakthrough", "to DeepSeek\'s founding"', () => {
    assert.deepEqual(all("From the hedge fund to R1's breakthrough, Liang needed almost ten years."), []);
    assert.deepEqual(all("From High-Flyer's founding to DeepSeek's founding, Liang needed eight years."), []);
    assert.deepEqual(all("From High-Flyer's founding to DeepSeek's founding, Liang needed three years."), [['figure-mismatch', 'three years', 'three years contradicts the source, which says 2015 → Juli 2023 = 8.']]);
  });
});

describe('a leaning hedge on a span says on which side the true one lies: „gut zehn Jahre“ are no eight, "nearly 16 months" no eighteen', () => {
  // The sources: High-Flyer founded 2015, DeepSeek July 2023 (eight years), R1 on 20 January 2025 (eighteen months).
  // As a mere "about", each would pass.
  test('German: „gut zehn Jahre“ and „knapp sechs Jahre“ from High-Flyer to DeepSeek are wrong; „knapp neun Jahre“ are borne out', () => {
    assert.deepEqual(all('Von der Gründung von High-Flyer bis zur Gründung von DeepSeek vergingen gut zehn Jahre.'), [['figure-mismatch', 'zehn Jahre', 'zehn Jahre contradicts the source, which says 2015 → Juli 2023 = 8.']]);
    assert.deepEqual(all('Von der Gründung von High-Flyer bis zur Gründung von DeepSeek vergingen knapp sechs Jahre.'), [['figure-mismatch', 'sechs Jahre', 'sechs Jahre contradicts the source, which says 2015 → Juli 2023 = 8.']]);
    assert.deepEqual(all('Von der Gründung von High-Flyer bis zur Gründung von DeepSeek vergingen knapp neun Jahre.'), []);
  });
  test('English: "R1 arrived nearly 16 months after the founding" is wrong (eighteen); "nearly 19 months" are borne out', () => {
    assert.deepEqual(all('R1 arrived nearly 16 months after the founding.'), [['figure-mismatch', '16 months', '16 months contradicts the source, which says Juli 2023 → 20. Januar = 18.']]);
    assert.deepEqual(all('R1 arrived nearly 19 months after the founding.'), []);
  });
});

describe('a model\'s „Erscheinen“, its "appearance", is its release: the span from the founding to it is checked', () => {
  // The sources: DeepSeek founded July 2023, R1 released 20 January 2025: about eighteen months.
  // Before, neither noun named an event, so the span was taken from High-Flyer's founding to DeepSeek's (eight years).
  test('German: „Zwischen der Gründung im Juli 2023 und dem Erscheinen von R1 lagen rund anderthalb Jahre“ is borne out; drei Jahre are wrong', () => {
    assert.deepEqual(all('Zwischen der Gründung im Juli 2023 und dem Erscheinen von R1 lagen damit rund anderthalb Jahre.'), []);
    assert.deepEqual(all('Zwischen der Gründung im Juli 2023 und dem Erscheinen von R1 lagen damit rund drei Jahre.'), [['figure-mismatch', 'drei Jahre', 'drei Jahre contradicts the source, which says Juli 2023 → 20. Januar = 1–2.']]);
  });
  test('English: "Between the founding in July 2023 and the appearance of R1 lay about eighteen months" is borne out; three years are wrong', () => {
    assert.deepEqual(all('Between the founding in July 2023 and the appearance of R1 lay about eighteen months.'), []);
    assert.deepEqual(all('Between the founding in July 2023 and the appearance of R1 lay about three years.'), [['figure-mismatch', 'three years', 'three years contradicts the source, which says Juli 2023 → 20. Januar = 1–2.']]);
  });
});

describe('"just over", „etwas mehr als“ lean like „gut“: a little past the span, not any span beyond it; a bound that fails only at its edge says so', () => {
  // The sources: High-Flyer founded 2015, DeepSeek July 2023: eight years. As "more than", "just over ten years" would pass.
  test('German: „etwas mehr als acht Jahre“ and „etwas weniger als acht Jahre“ are borne out; „etwas mehr als zehn Jahre“ is wrong', () => {
    assert.deepEqual(all('Von der Gründung von High-Flyer bis zur Gründung von DeepSeek vergingen etwas mehr als acht Jahre.'), []);
    assert.deepEqual(all('Von der Gründung von High-Flyer bis zur Gründung von DeepSeek vergingen etwas weniger als acht Jahre.'), []);
    assert.deepEqual(all('Von der Gründung von High-Flyer bis zur Gründung von DeepSeek vergingen etwas mehr als zehn Jahre.'), [['figure-mismatch', 'zehn Jahre', 'zehn Jahre contradicts the source, which says 2015 → Juli 2023 = 8.']]);
    assert.deepEqual(all('Von der Gründung von High-Flyer bis zur Gründung von DeepSeek vergingen knapp über sechs Jahre.'), [['figure-mismatch', 'sechs Jahre', 'sechs Jahre contradicts the source, which says 2015 → Juli 2023 = 8.']]);
  });
  test('English: "just over eight years" and "just under eight years" are borne out; "just over ten" and "just under six years" are wrong', () => {
    assert.deepEqual(all('From the founding of High-Flyer to the founding of DeepSeek, just over eight years passed.'), []);
    assert.deepEqual(all('From the founding of High-Flyer to the founding of DeepSeek, just under eight years passed.'), []);
    assert.deepEqual(all('From the founding of High-Flyer to the founding of DeepSeek, a little more than eight years passed.'), []);
    assert.deepEqual(all('From the founding of High-Flyer to the founding of DeepSeek, just over ten years passed.'), [['figure-mismatch', 'ten years', 'ten years contradicts the source, which says 2015 → Juli 2023 = 8.']]);
    assert.deepEqual(all('From the founding of High-Flyer to the founding of DeepSeek, just under six years passed.'), [['figure-mismatch', 'six years', 'six years contradicts the source, which says 2015 → Juli 2023 = 8.']]);
  });
  test('a plain bound is still a bound: „mehr als sechs Jahre“, "more than six years", "less than ten years" are borne out', () => {
    assert.deepEqual(all('Von der Gründung von High-Flyer bis zur Gründung von DeepSeek vergingen mehr als sechs Jahre.'), []);
    assert.deepEqual(all('From the founding of High-Flyer to the founding of DeepSeek, more than six years passed.'), []);
    assert.deepEqual(all('From the founding of High-Flyer to the founding of DeepSeek, less than ten years passed.'), []);
  });
  test('German and English: "mehr als acht Jahre" where the span is eight says that the number is the source\'s, the bound is not', () => {
    assert.deepEqual(all('Von der Gründung von High-Flyer bis zur Gründung von DeepSeek vergingen mehr als acht Jahre.'), [['figure-mismatch', 'acht Jahre', "acht Jahre: the source's span is itself 2015 → Juli 2023 = 8, not more."]]);
    assert.deepEqual(all('From the founding of High-Flyer to the founding of DeepSeek, less than eight years passed.'), [['figure-mismatch', 'eight years', "eight years: the source's span is itself 2015 → Juli 2023 = 8, not less."]]);
  });
});

describe('a span between two things named with no event lies between their starts: two firms\' foundings, two models\' releases', () => {
  const run = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
  test('German: „Zwischen High-Flyer und DeepSeek liegen acht Jahre“ is borne out (2015 → Juli 2023), „sechs Jahre“ contradicted', () => {
    assert.deepEqual(run('Zwischen High-Flyer und DeepSeek liegen acht Jahre.\n'), []);
    assert.deepEqual(run('Zwischen High-Flyer und DeepSeek liegen sechs Jahre.\n').map((f) => [f.code, f.text]), [['figure-mismatch', 'sechs Jahre']]);
  });

  test('English: "Between High-Flyer and DeepSeek lie eight years" is borne out, "six years" contradicted', () => {
    assert.deepEqual(run('---\nlang: en\n---\n\nBetween High-Flyer and DeepSeek lie eight years.\n'), []);
    assert.deepEqual(run('---\nlang: en\n---\n\nBetween High-Flyer and DeepSeek lie six years.\n').map((f) => [f.code, f.text]), [['figure-mismatch', 'six years']]);
  });

  test('two models: „Zwischen V3 und R1 lagen sechs Monate“ and "Between V3 and R1 lay six months" contradict their releases (Dezember 2024 → 20. Januar)', () => {
    assert.deepEqual(run('Zwischen V3 und R1 lagen sechs Monate.\n').map((f) => [f.code, f.text]), [['figure-mismatch', 'sechs Monate']]);
    assert.deepEqual(run('---\nlang: en\n---\n\nBetween V3 and R1 lay six months.\n').map((f) => [f.code, f.text]), [['figure-mismatch', 'six months']]);
  });

  test('a firm and a person name no two starts: the span stays unsourced as before', () => {
    assert.deepEqual(run('Zwischen Liang Wenfeng und DeepSeek liegen sechs Jahre.\n').map((f) => f.code), ['unsourced-figure']);
    assert.deepEqual(run('---\nlang: en\n---\n\nBetween Liang Wenfeng and DeepSeek lie six years.\n').map((f) => f.code), ['unsourced-figure']);
  });
});

// With the eval's distractors among the sources, other articles mention V3 beside another model's launch: Alibaba's
// Qwen2.5-Max "beats DeepSeek V3", unveiled on 29 January. That is no start of V3; V3's own release is December 2024
// (26 December in its own article), R1's 20 January: knapp vier Wochen.
let distractorIndex: ReturnType<typeof withSources> | undefined;
/** The bundled two and the eval's 34 articles of other days, indexed once for the tests that need them. */
const withTheDistractors = () => (distractorIndex ??= withSources(...readdirSync(join(ROOT, 'test', 'eval', 'distractors')).sort().map((f) => extraSource(f, read(join('test', 'eval', 'distractors', f))))));

describe('a span between two things named takes each one\'s start from its own start, the first, not from a sentence that mentions it', () => {
  const withDistractors = withTheDistractors();
  const run = (text: string) => runRules(analyzeDraft(text, withDistractors), withDistractors).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
  test('German: „Zwischen V3 und R1 lagen knapp vier Wochen“ stays borne out, was figure-mismatch „20. Januar → January 29“', () => {
    assert.deepEqual(run('Zwischen V3 und R1 lagen knapp vier Wochen.\n'), []);
  });
  test('English: "Between V3 and R1 lay just under four weeks" stays borne out, was figure-mismatch "20. Januar → January 29"', () => {
    assert.deepEqual(run('---\nlang: en\n---\n\nBetween V3 and R1 lay just under four weeks.\n'), []);
  });
  test('wrong spans are still contradicted, by V3\'s release and R1\'s, not by Qwen2.5-Max\'s day', () => {
    assert.deepEqual(run('Zwischen V3 und R1 lagen sechs Monate.\n'), [['figure-mismatch', 'sechs Monate', 'sechs Monate contradicts the source, which says Dezember 2024 → 20. Januar = 1.']]);
    assert.deepEqual(run('Zwischen V3 und R1 lagen zwei Wochen.\n'), [['figure-mismatch', 'zwei Wochen', 'zwei Wochen contradicts the source, which says Dezember 2024 → 20. Januar = 3–7.']]);
    assert.deepEqual(run('---\nlang: en\n---\n\nBetween V3 and R1 lay six months.\n'), [['figure-mismatch', 'six months', 'six months contradicts the source, which says Dezember 2024 → 20. Januar = 1.']]);
    assert.deepEqual(run('---\nlang: en\n---\n\nBetween V3 and R1 lay two weeks.\n'), [['figure-mismatch', 'two weeks', 'two weeks contradicts the source, which says Dezember 2024 → 20. Januar = 3–7.']]);
  });
  test('two firms keep their foundings with the distractors too: „acht Jahre“/"eight years" borne out, „sechs Jahre“/"six years" not', () => {
    assert.deepEqual(run('Zwischen High-Flyer und DeepSeek liegen acht Jahre.\n'), []);
    assert.deepEqual(run('Zwischen High-Flyer und DeepSeek liegen sechs Jahre.\n').map((f) => [f[0], f[1]]), [['figure-mismatch', 'sechs Jahre']]);
    assert.deepEqual(run('---\nlang: en\n---\n\nBetween High-Flyer and DeepSeek lie eight years.\n'), []);
    assert.deepEqual(run('---\nlang: en\n---\n\nBetween High-Flyer and DeepSeek lie six years.\n').map((f) => [f[0], f[1]]), [['figure-mismatch', 'six years']]);
  });
});

describe('"Between X and Y there were eight years" is a span between the two, as „Zwischen X und Y vergingen acht Jahre“ is', () => {
  const run = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end)]);
  const en = (body: string) => `---\nlang: en\n---\n\n${body}\n`;
  test('English: "there were eight years" and "there were just under four weeks" are borne out, were figure-mismatch "eight … drei Jahre" and unsourced "four"', () => {
    assert.deepEqual(run(en('Between High-Flyer and DeepSeek there were eight years.')), []);
    assert.deepEqual(run(en('Between V3 and R1 there were just under four weeks.')), []);
  });
  test('English: wrong spans in that shape are contradicted by the starts, with their unit', () => {
    assert.deepEqual(run(en('Between High-Flyer and DeepSeek there were six years.')), [['figure-mismatch', 'six years']]);
    assert.deepEqual(run(en('Between V3 and R1 there were two weeks.')), [['figure-mismatch', 'two weeks']]);
  });
  test('German: „vergingen acht Jahre“ is borne out as before', () => {
    assert.deepEqual(run('Zwischen High-Flyer und DeepSeek vergingen acht Jahre.\n'), []);
  });
  test('a count of things that were there is no span: „gab es acht Mitarbeiter“, "there were eight employees", "12 model releases" stay as they were', () => {
    assert.deepEqual(run('Zwischen High-Flyer und DeepSeek gab es acht Mitarbeiter.\n'), [['unsourced-figure', 'acht']]);
    assert.deepEqual(run(en('Between High-Flyer and DeepSeek there were eight employees.')), [['unsourced-figure', 'eight']]);
    assert.deepEqual(run(en('Between January 2024 and January 2025 there were 12 model releases.')), [['figure-mismatch', '12']]);
  });
});

// With the eval's distractors among the sources, other articles date other announcements in the week after R1: Meta
// reaffirming its budget on 29 January "despite the DeepSeek scare" (the sentence before names DeepSeek, not this one),
// Mark Zuckerberg's announcement of 24 January, Microsoft's shares rising on 30 January. None of them is the sell-off
// of 27 January, and none is the other end of a span between R1's launch and the fall.
describe('a span between two things the words name (a launch and a fall) is not spanned by another article\'s announcement or rise', () => {
  const run = (text: string) => {
    const index = withTheDistractors();
    return runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
  };
  const en = (body: string) => `---\nlang: en\n---\n\n${body}\n`;
  test('German: „Zwischen der Vorstellung von R1 und dem Kursrückgang lagen genau sieben Tage“ stays borne out, was figure-mismatch „20. Januar → January 29 = 9“', () => {
    assert.deepEqual(run('Zwischen der Vorstellung von R1 und dem Kursrückgang lagen genau sieben Tage.\n'), []);
  });
  test('English: "Between the unveiling of R1 and the slump there were exactly seven days" stays borne out, was figure-mismatch "20. Januar → January 29 = 9"', () => {
    assert.deepEqual(run(en('Between the unveiling of R1 and the slump there were exactly seven days.')), []);
  });
  test('wrong spans are contradicted by R1\'s launch and the sell-off, as without the distractors (de, en)', () => {
    assert.deepEqual(run('Zwischen der Vorstellung von R1 und dem Kursrückgang lagen genau zehn Tage.\n'), [['figure-mismatch', 'zehn Tage', 'zehn Tage contradicts the source, which says 20. Januar → 27. Januar 2025 = 7.']]);
    assert.deepEqual(run(en('Between the unveiling of R1 and the slump there were exactly ten days.')), [['figure-mismatch', 'ten days', 'ten days contradicts the source, which says 20. Januar → 27. Januar 2025 = 7.']]);
  });
  test('a span from a founding to the fall, which no source dates together, stays unsourced, was figure-mismatch "28 January → 2 February = 5"', () => {
    assert.deepEqual(run('Zwischen der Gründung von DeepSeek und dem Kursrückgang lagen genau sieben Tage.\n').map((f) => f[0]), ['unsourced-figure']);
  });
  test('other shapes stay as they were: a day named before, two names of one day (de, en)', () => {
    // The meeting was on 20 January itself: two days later is wrong.
    assert.deepEqual(run('Am 20. Januar kam R1. Zwei Tage später traf sich Liang mit Premierminister Li Qiang.\n').map((f) => [f[0], f[1]]), [['figure-mismatch', 'Zwei Tage']]);
    assert.deepEqual(run(en('R1 came out on 20 January. Two days later Liang met Premier Li Qiang.')).map((f) => [f[0], f[1]]), [['figure-mismatch', 'Two days']]);
    assert.deepEqual(run('Zwischen High-Flyer und DeepSeek liegen acht Jahre.\n'), []);
    assert.deepEqual(run(en('Between High-Flyer and DeepSeek lie eight years.')), []);
  });
});

// The sources: R1's breakthrough on 20 January, Nvidia's fall on 27 January 2025; a distractor: Nvidia's record market
// value of 6 January ("nach einem Rekord von 3,66 Billionen Dollar am 6. Januar").
describe('the words after "nach" end before the clause\'s verb: „Eine Woche nach dem Durchbruch von R1 verlor Nvidia …“ counts from the breakthrough', () => {
  const on = (index: ReturnType<typeof bundledIndex>) => (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
  test('German: „Drei Wochen nach dem Durchbruch von R1 verlor Nvidia …“ is contradicted by the breakthrough and the fall, was „27. Januar 2025 → 27. Januar 2025 = 0“', () => {
    const run = on(index);
    assert.deepEqual(run('Eine Woche nach dem Durchbruch von R1 verlor Nvidia fast acht Prozent an Börsenwert.\n'), []);
    assert.deepEqual(run('Drei Wochen nach dem Durchbruch von R1 verlor Nvidia fast acht Prozent an Börsenwert.\n'), [['figure-mismatch', 'Drei Wochen', 'Drei Wochen contradicts the source, which says 20. Januar → 27. Januar 2025 = 1.']]);
  });
  test('German, with the distractors: „Eine Woche nach dessen Vorstellung verlor Nvidia … an Börsenwert“ is no span from Nvidia\'s record of 6 January, was figure-mismatch „6. Januar → 27. Januar 2025 = 3“', () => {
    const run = on(withTheDistractors());
    assert.deepEqual(run('Für 5,6 Millionen Dollar trainierte DeepSeek ein Sprachmodell. Eine Woche nach dessen Vorstellung verlor Nvidia an einem einzigen Tag fast acht Prozent an Börsenwert.\n').filter((f) => f[0] !== 'unsourced-figure' || f[1] === 'Eine Woche'), []);
  });
  test('English, where a comma ends the words after "after", stays as it was (bundled and with the distractors)', () => {
    const en = (body: string) => `---\nlang: en\n---\n\n${body}\n`;
    for (const run of [on(index), on(withTheDistractors())]) {
      assert.deepEqual(run(en('A week after the breakthrough of R1, Nvidia lost almost eight percent of its market value.')), []);
      assert.deepEqual(run(en('Three weeks after the breakthrough of R1, Nvidia lost almost eight percent of its market value.')), [['figure-mismatch', 'Three weeks', 'Three weeks contradicts the source, which says 20. Januar → 27. Januar 2025 = 1.']]);
    }
  });
});

describe('a span "after the breakthrough" right after the sentence that dated it runs from that day to the clause\'s own event, not between two releases', () => {
  const wrong = (words: string, span: string) => [['figure-mismatch', words, `${words} contradicts the source, which says 20. Januar → 27. Januar 2025 = ${span}.`]];
  test('English: "R1 broke through on January 20. The sell-off came a week after the breakthrough" is borne out; two weeks are wrong', () => {
    const before = 'R1 broke through on January 20.';
    assert.deepEqual(all(`${before} The sell-off came a week after the breakthrough.`), []);
    assert.deepEqual(all(`${before} The sell-off came seven days after that breakthrough.`), []);
    assert.deepEqual(all(`${before} The sell-off came two weeks after the breakthrough.`), wrong('two weeks', '1'));
    assert.deepEqual(all('Liang met Li Qiang on January 20. The sell-off came three days after the meeting.'), wrong('three days', '7'));
    assert.deepEqual(all('Liang met Li Qiang on January 20. The sell-off came a week after the meeting.'), []);
  });
  test('German: „R1 gelang am 20. Januar der Durchbruch. Der Kurssturz kam eine Woche nach dem Durchbruch“ is borne out; two weeks and ten days are wrong', () => {
    const before = 'R1 gelang am 20. Januar der Durchbruch.';
    assert.deepEqual(all(`${before} Der Kurssturz kam eine Woche nach dem Durchbruch.`), []);
    assert.deepEqual(all(`${before} Eine Woche nach dem Durchbruch brachen die Kurse ein.`), []);
    assert.deepEqual(all(`${before} Der Kurssturz kam zwei Wochen nach dem Durchbruch.`), wrong('zwei Wochen', '1'));
    assert.deepEqual(all(`${before} Zehn Tage nach dem Durchbruch brachen die Kurse ein.`), wrong('Zehn Tage', '7'));
    assert.deepEqual(all('Liang traf Li Qiang am 20. Januar. Der Kurssturz folgte drei Tage nach dem Treffen.'), wrong('drei Tage', '7'));
  });
});
