import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';
import { assertUnchangedBy, findingTriples } from './support/unchangedByArticles';

/** The time the draft reads a figure's fact with: "2024", "2025-01". */
function timeOf(text: string, figure: string): string | undefined {
  const f = analyzeDraft(text, bundledIndex()).figures.find((d) => text.slice(d.span.start, d.span.end) === figure);
  const t = f?.fact.time;
  return t && [t.year, t.month, t.day].filter((x) => x !== undefined).map((x) => String(x).padStart(2, '0')).join('-');
}

// Articles of 2024 that state moves of Nvidia, Microsoft and the Nasdaq 100 on a day of that year.
const year2024En = withSources(extraSource('2024-09-03_chip-slide.txt', 'Chip stocks in a year of records\n\nIn 2024, Nvidia\'s shares rose 171 percent. On September 3, 2024, Nvidia fell 9.5 percent and Microsoft fell 1.9 percent.\nOn September 3, 2024, the Nasdaq 100 fell 5 percent.\n'));
const year2024De = withSources(extraSource('2024-09-03_chipwerte.txt', 'Chipwerte im Rekordjahr\n\nIm Jahr 2024 stieg die Nvidia-Aktie um 171 Prozent. Am 3. September 2024 fiel Nvidia um 9,5 Prozent, Microsoft um 1,9 Prozent.\nAm 3. September 2024 fiel der Nasdaq 100 um 5 Prozent.\n'));
const ratio = '7,82 % ÷ 3,75 % ≈ 2.1';

describe('a year told in the pluperfect is that clause\'s, not the next sentences\'', () => {
  const en = (sentence: string) => `# Tech sell-off\n\nOn Monday, January 27, 2025, technology shares sold off. Nvidia lost 7.82% and Microsoft 3.75%.\n\n${sentence}\n`;
  const de = (sentence: string) => `# Ausverkauf bei Tech-Werten\n\nAm Montag, dem 27. Januar 2025, brachen die Technologiewerte ein. Nvidia verlor 7,82 Prozent, Microsoft 3,75 Prozent.\n\n${sentence}\n`;
  test('English: after "had gained 25% over 2024", "five times Microsoft\'s" is still 27 January\'s, contradicted', () => {
    assertUnchangedBy(year2024En, en('The Nasdaq 100 had gained 25% over 2024. Nvidia\'s drop was about five times Microsoft\'s.'), [['figure-mismatch', 'five times', `five times contradicts the source, which says ${ratio}.`]]);
  });
  test('German: after „hatte 2024 noch um 25 Prozent zugelegt“, „fünfmal so viel wie Microsoft“ is still contradicted', () => {
    assertUnchangedBy(year2024De, de('Der Nasdaq 100 hatte 2024 noch um 25 Prozent zugelegt. Nvidia verlor damit fünfmal so viel wie Microsoft.'), [['figure-mismatch', 'fünfmal', `fünfmal contradicts the source, which says ${ratio}.`]]);
  });
  test('a year told in the simple past, or with "had" as a verb of its own, still dates the next sentence (English and German)', () => {
    assert.equal(timeOf('In 2024, Nvidia rose 171%. Microsoft gained 12%.', '12%'), '2024');
    assert.equal(timeOf('Nvidia had a record year in 2024. Microsoft gained 12%.', '12%'), '2024');
    assert.equal(timeOf('Im Jahr 2024 stieg Nvidia um 171 Prozent. Microsoft legte um 12 Prozent zu.', '12 Prozent'), '2024');
    assert.equal(timeOf('Nvidia hatte 2024 einen Rekordumsatz. Microsoft legte um 12 Prozent zu.', '12 Prozent'), '2024');
  });
});

describe('the year of a change noun ("a 25% gain in 2024") is that change\'s, not its sentence\'s', () => {
  const en = (sentence: string) => `# Tech sell-off\n\nOn Monday, January 27, 2025, technology shares sold off.\n\n${sentence}\n`;
  const de = (sentence: string) => `# Ausverkauf bei Tech-Werten\n\nAm Montag, dem 27. Januar 2025, brachen die Technologiewerte ein.\n\n${sentence}\n`;
  /** What is underlined, with the bundled articles and with the articles of 2024 beside them. */
  const underlined = (text: string, more: typeof year2024En) => [findingTriples(text), findingTriples(text, more)].map((fs) => fs.map(([code, words]) => [code, words]));
  test('English: "from a 25% gain in 2024 to a 5% loss in a single session": the 5% is the day\'s, contradicted', () => {
    const text = en('The Nasdaq 100 went from a 25% gain in 2024 to a 5% loss in a single session.');
    assert.deepEqual(underlined(text, year2024En), [[['figure-mismatch', '5%']], [['figure-mismatch', '5%']]]);
  });
  test('German: „von einem Plus von 25 Prozent im Jahr 2024 zu einem Minus von 5 Prozent“: the 5 Prozent is contradicted', () => {
    const text = de('Der Nasdaq 100 kam von einem Plus von 25 Prozent im Jahr 2024 zu einem Minus von 5 Prozent an einem einzigen Tag.');
    assertUnchangedBy(year2024De, text, [['figure-mismatch', '5 Prozent', '5 Prozent contradicts the source, which says 3 %.']]);
  });
  test('the change the year is the period of keeps it; a verb\'s year dates its whole clause (English and German)', () => {
    assert.equal(timeOf(en('The Nasdaq 100 went from a 25% gain in 2024 to a 5% loss in a single session.'), '25%'), '2024');
    assert.equal(timeOf(de('Der Nasdaq 100 kam von einem Plus von 25 Prozent im Jahr 2024 zu einem Minus von 5 Prozent.'), '25 Prozent'), '2024');
    assert.equal(timeOf('Nvidia fell 17% in January 2025, Microsoft 3.75%.', '3.75%'), '2025-01');
    assert.equal(timeOf('Nvidia fiel um 17 Prozent im Januar 2025, Microsoft um 3,75 Prozent.', '3,75 Prozent'), '2025-01');
  });
});
