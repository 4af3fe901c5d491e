import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

/** Findings on the figures; whether a dated heading or day is sourced is the date rules' business. */
const findings = (text: string, idx = bundledIndex()) =>
  runRules(analyzeDraft(text, idx), idx).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) })).filter((f) => !(f.code === 'unsourced-figure' && /\d{4}$/.test(f.text)));
/** The same findings with the bundled articles alone and with another day's article beside them. */
function assertUnchangedBy(extra: ReturnType<typeof extraSource>, text: string, expected: Array<{ code: string; text: string }>) {
  assert.deepEqual(findings(text), expected);
  assert.deepEqual(findings(text, withSources(extra)), expected);
}

describe('a multiple of another day\'s pair narrows no multiple of the draft\'s day', () => {
  /** An article of 7 January 2025 with front matter, a heading and its paragraphs. */
  const articleOf7January = (id: string, title: string, paragraphs: string[]) =>
    extraSource(id, ['---', `title: ${title}`, 'published: 2025-01-07', '---', '', `# ${title}`, '', paragraphs.join('\n\n')].join('\n'));
  // 1,8 ÷ 0,4 = 4,5: the Nasdaq 100 and the Dow on 7 January make a ratio near "viermal", of another day.
  const german = articleOf7January('ces.md', 'Nvidia nach Rekordhoch unter Druck', [
    'Die Aktie von Nvidia ist am Dienstag, dem 7. Januar 2025, deutlich unter Druck geraten und schloss 6,2 Prozent tiefer.',
    'Der Nasdaq 100 gab am Dienstag 1,8 Prozent nach, der Dow Jones Industrial schloss 0,4 Prozent tiefer.',
  ]);
  const english = articleOf7January('ces-en.md', 'Nvidia slides after record high', [
    'Nvidia shares came under pressure on Tuesday, January 7, 2025, and closed 6.2 percent lower.',
    'The Nasdaq 100 slipped 1.8 percent on Tuesday, and the Dow Jones Industrial closed 0.4 percent lower.',
  ]);

  test('German: „fast viermal so stark wie der Nasdaq 100“ on 27 January stays contradicted', () => {
    assertUnchangedBy(german, '# 27. Januar 2025\n\nNvidia ist damit fast viermal so stark gefallen wie der Nasdaq 100.', [{ code: 'figure-mismatch', text: 'viermal' }]);
  });
  test('English: "almost four times as much value as the Nasdaq 100" on 27 January stays contradicted', () => {
    // The article of 7 January's 1.8 and 0.4 percent would make this multiple unsourced.
    assertUnchangedBy(english, '# January 27, 2025\n\nNvidia thus lost almost four times as much value as the Nasdaq 100.', [{ code: 'figure-mismatch', text: 'four times' }]);
    // Read as Nvidia's fall against the Nasdaq's of the day (fix "2.6 times"), another day's pair never came near it.
    assertUnchangedBy(english, '# January 27, 2025\n\nNvidia thus fell nearly four times as hard as the Nasdaq 100.', [{ code: 'figure-mismatch', text: 'four times' }]);
  });
  test('a true multiple of the day, and the other day\'s own figures, stay quiet (German and English)', () => {
    assertUnchangedBy(german, '# 27. Januar 2025\n\nDer Nasdaq 100 sackte um 3 Prozent ab, Nvidia fiel um 7,82 Prozent.', []);
    assertUnchangedBy(english, '# January 27, 2025\n\nThe Nasdaq 100 fell 3 percent, and Nvidia lost 7.82 percent.', []);
    assert.deepEqual(findings('Am 7. Januar 2025 gab der Nasdaq 100 um 1,8 Prozent nach, der Dow Jones Industrial um 0,4 Prozent.', withSources(german)), []);
    assert.deepEqual(findings('On January 7, 2025, the Nasdaq 100 slipped 1.8 percent and the Dow Jones Industrial 0.4 percent.', withSources(english)), []);
  });
});

describe("a multiple under a year a paragraph carries is of the day both sides' values are most reported for", () => {
  // Another article's falls of 2024: Nvidia's of 21 November, the Nasdaq's of 3 September. A year the paragraph names
  // (the index's gain over 2024) made Nvidia's 2,5 % of November the subject's value, and no value of the index matched it.
  const german = extraSource('2024-11-21_nvidia.txt', 'Nvidia nach den Quartalszahlen\n\nAm 21. November 2024 verlor die Nvidia-Aktie 2,5 Prozent. Am 3. September 2024 fiel der Nasdaq 100 um 3,1 Prozent.\n');
  const english = extraSource('2024-11-21_nvidia.md', '---\ntitle: Nvidia after earnings\npublished: 2024-11-21\n---\n\nNvidia shares lost 2.5 percent on November 21, 2024. The Nasdaq 100 fell 3.1 percent on September 3, 2024.\n');
  const findingsWithMessages = (text: string, idx = bundledIndex()) => runRules(analyzeDraft(text, idx), idx).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
  const multiples = (text: string, idx = bundledIndex()) => findingsWithMessages(text, idx).filter((f) => /mal|times/.test(f[1]));
  const de = (multiple: string) => `Der Nasdaq 100 gab um drei Prozent nach, und das nach einem Jahr 2024, in dem er um ein gutes Drittel zugelegt hatte. Nvidias Minus war rund ${multiple} so groß wie das des Index.`;
  const en = (multiple: string) => `The Nasdaq 100 fell 3 percent, after a 2024 in which it had gained a good third. Nvidia's loss was about ${multiple} that of the index.`;
  test('German: „rund zweieinhalbmal so groß wie das des Index“ stays borne out (7,82 % ÷ 3 %), not 25 % ÷ 3 % ≈ 8.3', () => {
    assert.deepEqual(multiples(de('zweieinhalbmal')), []);
    assert.deepEqual(multiples(de('zweieinhalbmal'), withSources(german)), []);
  });
  test('German: „rund fünfmal so groß“ stays wrong by 7,82 % ÷ 3 % ≈ 2.6', () => {
    const expected = [['figure-mismatch', 'fünfmal', 'fünfmal contradicts the source, which says 7,82 % ÷ 3 % ≈ 2.6.']];
    assert.deepEqual(multiples(de('fünfmal')), expected);
    assert.deepEqual(multiples(de('fünfmal'), withSources(german)), expected);
  });
  test('English: "about two and a half times that of the index" stays borne out, not 7,82 % ÷ 3,75 % ≈ 2.1', () => {
    assert.deepEqual(multiples(en('two and a half times')), []);
    assert.deepEqual(multiples(en('two and a half times'), withSources(english)), []);
  });
  test('English: "about five times" stays wrong by 7,82 % ÷ 3 % ≈ 2.6', () => {
    const expected = [['figure-mismatch', 'five times', 'five times contradicts the source, which says 7,82 % ÷ 3 % ≈ 2.6.']];
    assert.deepEqual(multiples(en('five times')), expected);
    assert.deepEqual(multiples(en('five times'), withSources(english)), expected);
  });
  // A day the sentence gives itself is the day compared: the other article's 21 November, of which it gives no value of
  // the index, is not swapped for the sell-off of 27 January.
  test('a multiple of a day its own sentence names is not read as the busiest day\'s (de, en)', () => {
    assert.deepEqual(multiples('Am 21. November 2024 fiel Nvidia zweieinhalbmal so stark wie der Nasdaq 100.', withSources(german)), [['unsourced-figure', 'zweieinhalbmal', 'No source states zweieinhalbmal.']]);
    assert.deepEqual(multiples('On November 21, 2024, Nvidia fell two and a half times as much as the Nasdaq 100.', withSources(english)), [['unsourced-figure', 'two and a half times', 'No source states two and a half times.']]);
  });
});
