import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { SourceIndex } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';
import { warningsWithFixes as warnings, type WarningWithFix } from './support/warningsWithFixes';

// Every article about the same companies on other days: the 28th has Nvidia's rebound (+8.9 %), Microsoft's (+2.9 %)
// and Broadcom's (+2.6 %); one of 26 February says Nvidia lost „rund ein Fünftel" since its record high.
let distracted: SourceIndex | undefined;
const otherDays = () => (distracted ??= withSources(...readdirSync('test/eval/distractors').filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => extraSource(f, readFileSync(`test/eval/distractors/${f}`, 'utf8')))));

/** The same warnings with the bundled articles alone and with the articles of other days beside them. */
function sameWithOtherDays(text: string, expected: WarningWithFix[]): void {
  assert.deepEqual(warnings(text, bundledIndex()), expected);
  assert.deepEqual(warnings(text, otherDays()), expected);
}

const de = (stamp: string, body: string) => `---\nlang: de\n---\n\n# Radio Lindenau\n\n${stamp}\n\n${body}\n`;
const en = (stamp: string, body: string) => `---\nlang: en\n---\n\n# Radio Lindenau\n\n${stamp}\n\n${body}\n`;
const DE_STAMP = '**Sendung vom Dienstag, 28. Januar 2025, 18:05 bis 19:00 Uhr · Moderation: Timo Brandt**';
const EN_STAMP = '**Broadcast of Tuesday, 28 January 2025, 6:05 to 7 pm · Host: Tim Brand**';

// „Sendung vom Dienstag, 28. Januar 2025“ is the day the programme airs, as „Sendung: Dienstag, 28. Januar 2025“ is: a
// page stamp. Tuesday's rebound in another article is no value of the Monday's fall the guests talk about.
describe('a broadcast stamp joined by „vom“/"of" is the day the piece airs, not the day of its moves', () => {
  test('German: the true falls of the 27th stay clean beside the 28th\'s rebound; the wrong ones stay caught', () => {
    sameWithOtherDays(de(DE_STAMP, 'Nvidia sackte um 7,82 Prozent ab. Microsoft und Broadcom verloren 3,75 beziehungsweise 6,58 Prozent.'), []);
    sameWithOtherDays(de(DE_STAMP, 'Nvidia sackte um 17,82 Prozent ab. Microsoft verlor 3,75 Prozent.'), [{ code: 'figure-mismatch', text: '17,82 Prozent', fix: '7,82 Prozent' }]);
  });

  test('English: "Broadcast of Tuesday, 28 January 2025" the same', () => {
    sameWithOtherDays(en(EN_STAMP, 'Nvidia slumped 7.82 percent. Microsoft and Broadcom lost 3.75 and 6.58 percent respectively.'), []);
    sameWithOtherDays(en(EN_STAMP, 'Nvidia slumped 17.82 percent. Microsoft lost 3.75 percent.'), [{ code: 'figure-mismatch', text: '17.82 percent', fix: '7.82 percent' }]);
  });

  test('a stamp of a later day: the true fall of the Nasdaq 100 stays clean, a wrong one stays caught', () => {
    sameWithOtherDays(de('**Sendung vom Montag, 3. Februar 2025**', 'Der Nasdaq 100 fiel um 3 Prozent.'), []);
    sameWithOtherDays(de('**Sendung vom Montag, 3. Februar 2025**', 'Der Nasdaq 100 fiel um 13 Prozent.'), [{ code: 'figure-mismatch', text: '13 Prozent', fix: '3 Prozent' }]);
  });

  test('a date inside a sentence is no stamp: "The broadcast of 28 January 2025 showed …" keeps its date-mismatch', () => {
    sameWithOtherDays('The broadcast of 28 January 2025 showed how Nvidia fell 7.82 percent.\n', [{ code: 'date-mismatch', text: '28 January 2025', fix: '27 January 2025' }]);
    sameWithOtherDays('Die Sendung vom 28. Januar 2025 zeigte, wie Nvidia um 7,82 Prozent fiel.\n', [{ code: 'date-mismatch', text: '28. Januar 2025', fix: '27. Januar 2025' }]);
  });
});

// A page told on a day cannot tell what happened after it: a source's value of a later day neither bears out nor
// contradicts what the page says.
describe('a piece dated only by its stamp tells nothing of later days', () => {
  test('German: under „Sendung: Dienstag, 28. Januar 2025“ the wrong 17,82 is not borne out by February\'s „rund ein Fünftel“', () => {
    sameWithOtherDays(de('**Sendung: Dienstag, 28. Januar 2025**', 'Nvidia sackte um 17,82 Prozent ab.'), [{ code: 'figure-mismatch', text: '17,82 Prozent', fix: '7,82 Prozent' }]);
    sameWithOtherDays(de(DE_STAMP, '- **Nvidia sackte um 17,82 Prozent ab.**'), [{ code: 'figure-mismatch', text: '17,82 Prozent', fix: '7,82 Prozent' }]);
  });

  test('English: "Aired: Tuesday, 28 January 2025" the same, in a block quote', () => {
    sameWithOtherDays(en('**Aired: Tuesday, 28 January 2025**', '> Nvidia slumped 17.82 percent.'), [{ code: 'figure-mismatch', text: '17.82 percent', fix: '7.82 percent' }]);
  });

  test('a move told "yesterday" under a dated line keeps its catch', () => {
    sameWithOtherDays('**Dienstag, 28. Januar 2025**\n\nGestern fiel die Nvidia-Aktie um 17,82 Prozent.\n', [{ code: 'figure-mismatch', text: '17,82 Prozent', fix: '7,82 Prozent' }]);
    sameWithOtherDays(de(DE_STAMP, 'Gestern fiel die Nvidia-Aktie um 17,82 Prozent.'), [{ code: 'figure-mismatch', text: '17,82 Prozent', fix: '7,82 Prozent' }]);
  });
});
