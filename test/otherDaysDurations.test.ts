import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type SourceIndex } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

// The bundled sources: DeepSeek founded July 2023, R1's breakthrough on 20 January, the sell-off on 27 January 2025,
// the US export curbs of 2022. Each extra source is an article of another day, as the eval's distractors are: it must
// not change what a duration in the draft is measured between.
const all = (text: string, index: SourceIndex = bundledIndex()) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);

describe('a fall of a market value is one event: a record of that value on another day is not the other end of a span', () => {
  const german = extraSource('2025-02-07_chipwerte.txt', 'Chipwerte erholen sich\n\nDie Aktie von Nvidia schloss am Freitag, dem 7. Februar 2025, bei 129,84 Dollar. Der Börsenwert des Konzerns lag damit bei rund 3,2 Billionen Dollar, nach einem Rekord von 3,66 Billionen Dollar am 6. Januar.\n');
  const english = extraSource('2025-02-07_chips.md', "---\ntitle: Chip stocks recover\npublished: 2025-02-07\n---\n\nNvidia shares closed at $129.84 on Friday, February 7, 2025. The company's market value stood at about $3.2 trillion, after a record of $3.66 trillion on January 6.\n");
  test('German: „Eine Woche danach verlor allein Nvidia … an Börsenwert“ is not „6. Januar → 27. Januar = 3“ weeks', () => {
    const text = 'Die Firma brauchte anderthalb Jahre von der Gründung bis zum weltweiten Durchbruch. Eine Woche danach verlor allein Nvidia knapp 600 Milliarden Dollar an Börsenwert.';
    const expected = [['unsourced-figure', 'anderthalb Jahre', 'No source states anderthalb Jahre.'], ['unsourced-figure', '600 Milliarden Dollar', 'No source states 600 Milliarden Dollar.']];
    assert.deepEqual(all(text), expected);
    assert.deepEqual(all(text, withSources(german)), expected);
  });
  test('English: "A week later, Nvidia alone lost … in market value" is not measured from the record to the sell-off or on to February 7', () => {
    const text = 'The firm needed a year and a half from its founding to its worldwide breakthrough. A week later, Nvidia alone lost nearly $600 billion in market value.';
    const expected = [['unsourced-figure', 'a year and a half', 'No source states a year and a half.'], ['unsourced-figure', '$600 billion', 'No source states $600 billion.']];
    assert.deepEqual(all(text), expected);
    assert.deepEqual(all(text, withSources(english)), expected);
  });
  // The words after "nach"/"after" may name the record though the reader finds no event in them ("its record high"):
  // the record is then the span's start, not folded into the fall, and no two things of the sell-off's own day are.
  test('German: „Drei Wochen nach seinem Rekordhoch verlor Nvidia … an Börsenwert“ stays borne out by 6. Januar → 27. Januar', () => {
    // „7,82 Prozent“ is no longer inside the words after „nach“ (they end before „verlor“): Nvidia's fall bears it out.
    assert.deepEqual(all('Drei Wochen nach seinem Rekordhoch verlor Nvidia 7,82 Prozent an Börsenwert.', withSources(german)), []);
  });
  test('English: "Three weeks after its record high, Nvidia lost … of its market value" is not "27. Januar → 27. Januar = 0"', () => {
    // The record is told in the German article: a draft is checked against articles in either language.
    assert.deepEqual(all('Three weeks after its record high, Nvidia lost 7.82 percent of its market value.', withSources(german)), []);
  });
  test('where the words after "nach" name the record, the record is the span\'s start (de)', () => {
    // „Drei Wochen nach seinem Rekord“: 6 January → 27 January, from the article that tells the record.
    assert.deepEqual(all('Drei Wochen nach seinem Rekord verlor Nvidia an einem Tag 589 Milliarden Dollar an Börsenwert.', withSources(german)), [['unsourced-figure', '589 Milliarden Dollar', 'No source states 589 Milliarden Dollar.']]);
  });
});

describe('a span before a sell-off is not measured to another day\'s rally that shares only the share price', () => {
  const german = extraSource('2025-01-30_microsoft.txt', 'Microsoft legt zu\n\nAm 30. Januar 2025 stieg die Aktie von DeepSeek-Partner Microsoft um 4 Prozent.\n');
  const english = extraSource('2025-01-30_microsoft.md', '---\ntitle: Microsoft gains\npublished: 2025-01-30\n---\n\nOn January 30, 2025, Microsoft shares rose 4 percent after the company added DeepSeek R1 to its cloud.\n');
  test('German: „Der Durchbruch … kam nur drei Tage vor dem Kurssturz“ stays wrong (20. → 27. Januar), not borne out by 27. → 30. Januar', () => {
    const text = 'Der Durchbruch von DeepSeek R1 kam nur drei Tage vor dem Kurssturz.';
    const expected = [['figure-mismatch', 'drei Tage', 'drei Tage contradicts the source, which says 20. Januar → 27. Januar 2025 = 7.']];
    assert.deepEqual(all(text), expected);
    assert.deepEqual(all(text, withSources(german)), expected);
  });
  test('English: "came just three days before the sell-off" stays wrong; "a week before the sell-off" stays borne out', () => {
    const wrong = 'The breakthrough of DeepSeek R1 came just three days before the sell-off.';
    const expected = [['figure-mismatch', 'three days', 'three days contradicts the source, which says 20. Januar → 27. Januar 2025 = 7.']];
    assert.deepEqual(all(wrong), expected);
    assert.deepEqual(all(wrong, withSources(english)), expected);
    assert.deepEqual(all("DeepSeek's breakthrough with R1 came only a week before the sell-off.", withSources(english)), []);
  });
  test('a rise the clause itself tells is still measured from the sell-off (en)', () => {
    const rebound = extraSource('2025-01-28_rebound.md', '---\ntitle: Nvidia rebounds\npublished: 2025-01-28\n---\n\nNvidia shares rose 8.9 percent on January 28, 2025, a day after the sell-off.\n');
    assert.deepEqual(all('A day after the sell-off, Nvidia shares rose again.', withSources(rebound)), []);
  });
});

describe('of two spans that fit the draft as well, the one shown is between events of whom the draft names', () => {
  const german = extraSource('2023-03-15_gpt4.txt', 'GPT-4 ist da\n\nChatGPT wurde am 30. November 2022 gegründet und erreichte im Januar 2023 geschätzt 100 Millionen Nutzer.\n');
  const english = extraSource('2023-03-15_gpt4.md', '---\ntitle: GPT-4 arrives\npublished: 2023-03-15\n---\n\nChatGPT, launched on November 30, 2022, reached an estimated 100 million monthly users in January 2023.\n');
  test('German: „Das war 2 Jahre vor der Gründung von DeepSeek“ after the export curbs of 2022 cites DeepSeek\'s article, not ChatGPT\'s launch', () => {
    const text = 'Die USA beschränkten den Chip-Export 2022. Das war 2 Jahre vor der Gründung von DeepSeek.';
    const expected = [['figure-mismatch', '2 Jahre', '2 Jahre contradicts the source, which says 2022 → Juli 2023 = 1.']];
    assert.deepEqual(all(text), expected);
    assert.deepEqual(all(text, withSources(german)), expected);
  });
  test('English: "That was two years before DeepSeek was founded" cites 2022 → July 2023, not November 30, 2022', () => {
    const text = 'The US curbed chip exports in 2022. That was two years before DeepSeek was founded.';
    const expected = [['figure-mismatch', 'two years', 'two years contradicts the source, which says 2022 → Juli 2023 = 1.']];
    assert.deepEqual(all(text), expected);
    assert.deepEqual(all(text, withSources(english)), expected);
  });
  test('a span the draft gets right stays borne out beside the other article (de, en)', () => {
    assert.deepEqual(all('Die USA beschränkten den Chip-Export 2022. Das war ein Jahr vor der Gründung von DeepSeek.', withSources(german)), []);
    assert.deepEqual(all('The US curbed chip exports in 2022. That was a year before DeepSeek was founded.', withSources(english)), []);
  });
});

describe("a heading's day is not an end of a span whose words name both its events", () => {
  // Another day's article that dates a fall to the heading's day (28 January) and another two days later: the span
  // between R1's release and the sell-off the words name is not measured from the day the piece appeared.
  const german = extraSource('2025-01-30_microsoft.txt', 'Microsoft verliert\n\nDie Börse erholte sich am 28. Januar 2025, einen Tag nach dem Ausverkauf, nur teilweise: Der Nasdaq 100 fiel erneut um 0,3 Prozent. Am 30. Januar 2025 verlor die Aktie von Microsoft 6,2 Prozent.\n');
  const english = extraSource('2025-01-30_microsoft.md', '---\ntitle: Microsoft slides\npublished: 2025-01-30\n---\n\nMarkets recovered only partly on January 28, 2025, the day after the sell-off: the Nasdaq 100 fell another 0.3 percent. On January 30, 2025, Microsoft shares lost 6.2 percent.\n');
  const heading = (day: string, body: string) => `## ${day}\n\n${body}\n`;
  const warnings = (text: string, index?: SourceIndex) => all(text, index).filter(([code]) => code !== 'unsourced-figure');
  test('German: „Eine Woche vor dem Kurssturz hatte DeepSeek R1 vorgestellt“ under 28 January stays borne out, not „28. Januar 2025 → 30. Januar 2025“', () => {
    const text = heading('Dienstag, 28. Januar 2025', 'Eine Woche vor dem Kurssturz hatte DeepSeek R1 vorgestellt.');
    assert.deepEqual(warnings(text), []);
    assert.deepEqual(warnings(text, withSources(german)), []);
  });
  test('German: „Drei Tage vor dem Kurssturz …“ under 28 January stays wrong by 20. Januar → 27. Januar', () => {
    const text = heading('Dienstag, 28. Januar 2025', 'Drei Tage vor dem Kurssturz hatte DeepSeek R1 vorgestellt.');
    const expected = [['figure-mismatch', 'Drei Tage', 'Drei Tage contradicts the source, which says 20. Januar → 27. Januar 2025 = 7.']];
    assert.deepEqual(warnings(text), expected);
    assert.deepEqual(warnings(text, withSources(german)), expected);
  });
  test('English: "The sell-off came three days after the R1 launch" under 28 January stays wrong by 20 → 27 January, not 20 → 28', () => {
    const text = heading('Tuesday, 28 January 2025', 'The sell-off came exactly three days after the R1 launch.');
    const expected = [['figure-mismatch', 'three days', 'three days contradicts the source, which says 20. Januar → 27. Januar 2025 = 7.']];
    assert.deepEqual(warnings(text), expected);
    assert.deepEqual(warnings(text, withSources(english)), expected);
  });
  test('English: "The sell-off came exactly a week after the R1 launch" under 28 January stays borne out', () => {
    const text = heading('Tuesday, 28 January 2025', 'The sell-off came exactly a week after the R1 launch.');
    assert.deepEqual(warnings(text), []);
    assert.deepEqual(warnings(text, withSources(english)), []);
  });
  // Where the words name only one event ("zuvor", "earlier"), the heading's day is the other end, as before.
  test('a span with no event after "vor"/"after" still counts from the heading\'s day (de, en)', () => {
    const expected = (word: string) => [['figure-mismatch', word, `${word} contradicts the source, which says 20. Januar → 27. Januar 2025 = 7.`]];
    assert.deepEqual(warnings(heading('Montag, 27. Januar 2025', 'Drei Tage zuvor hatte DeepSeek R1 vorgestellt.'), withSources(german)), expected('Drei Tage'));
    assert.deepEqual(warnings(heading('Montag, 27. Januar 2025', 'Eine Woche zuvor hatte DeepSeek R1 vorgestellt.'), withSources(german)), []);
    assert.deepEqual(warnings(heading('Monday, 27 January 2025', 'DeepSeek had released R1 three days earlier.'), withSources(english)), expected('three days'));
  });
});
