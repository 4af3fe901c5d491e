import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';
import { assertUnchangedBy, findingTriples } from './support/unchangedByArticles';

// A day after the sell-off whose moves an article of that day reports: the day a fund's statement is dated.
const day29En = withSources(extraSource('2025-01-29_chips-slip.txt', 'Chip stocks slip again\n\nOn Wednesday, January 29, 2025, Nvidia fell 4.1 percent and Microsoft fell 1 percent.\n'));
const day29De = withSources(extraSource('2025-01-29_chipwerte.txt', 'Chipwerte geben wieder nach\n\nAm Mittwoch, dem 29. Januar 2025, fiel Nvidia um 4,1 Prozent, Microsoft um 1 Prozent.\n'));
const ratio = '7,82 % ÷ 3,75 % ≈ 2.1';

/** The day the draft reads a figure's fact on: "2025-01-27". */
function dayOf(text: string, figure: string): string | undefined {
  const t = analyzeDraft(text, bundledIndex()).figures.find((d) => text.slice(d.span.start, d.span.end) === figure)?.fact.time;
  return t && `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
}

describe('an undated move is of the day the draft tells its moves on, not of the day it is dated', () => {
  const en = (sentence: string) => `# Fund comments on the sell-off\n\nAMSTERDAM, January 29, 2025 -- The fund commented on the market turbulence.\n\nOn Monday, January 27, Nvidia closed 7.82% lower and Microsoft lost 3.75%.\n\nFor the fund, it was a repricing. ${sentence}\n`;
  const de = (sentence: string) => `# Fonds äußert sich zum Ausverkauf\n\nAMSTERDAM, 29. Januar 2025 -- Der Fonds äußerte sich zu den Turbulenzen an den Märkten.\n\nAm Montag, dem 27. Januar, schloss Nvidia 7,82 Prozent tiefer, Microsoft verlor 3,75 Prozent.\n\nFür den Fonds war das eine Neubewertung. ${sentence}\n`;
  test('English: "Microsoft\'s decline was only about a quarter of Nvidia\'s" stays contradicted beside a 29 January article', () => {
    assertUnchangedBy(day29En, en('Microsoft\'s decline was only about a quarter of Nvidia\'s.'), [
      ['unsourced-figure', 'January 29, 2025', 'No source states January 29, 2025.'],
      ['figure-mismatch', 'a quarter', `a quarter contradicts the source, which says ${ratio}.`],
    ]);
  });
  test('German: „Nvidia verlor damit viermal so viel wie Microsoft“ stays contradicted beside an article of the 29th', () => {
    assertUnchangedBy(day29De, de('Nvidia verlor damit viermal so viel wie Microsoft.'), [
      ['unsourced-figure', '29. Januar 2025', 'No source states 29. Januar 2025.'],
      ['figure-mismatch', 'viermal', `viermal contradicts the source, which says ${ratio}.`],
    ]);
  });
  test('a move told "today" is of the piece\'s own day, borne out by that day\'s article (English and German)', () => {
    assert.deepEqual(findingTriples(en('Today Nvidia fell 4.1%.'), day29En).filter(([code, words]) => words === '4.1%' || code !== 'unsourced-figure'), []);
    assert.deepEqual(findingTriples(de('Heute fiel Nvidia um 4,1 Prozent.'), day29De).filter(([code, words]) => words === '4,1 Prozent' || code !== 'unsourced-figure'), []);
  });
  test('a draft that tells moves on its own day too, or on no day, is read as before (English and German)', () => {
    const both = 'AMSTERDAM, January 29, 2025 -- On January 29, Nvidia fell 4.1%.\n\nOn Monday, January 27, Nvidia closed 7.82% lower.\n\nMicrosoft\'s decline was a quarter of Nvidia\'s.\n';
    assert.equal(dayOf(both, 'a quarter'), '2025-01-29');
    assert.equal(dayOf('AMSTERDAM, 29. Januar 2025 -- Nvidia verlor damit viermal so viel wie Microsoft.\n', 'viermal'), '2025-01-29');
  });
});
