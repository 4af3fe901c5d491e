import { describe, test } from 'node:test';
import { extraSource, withSources } from './support/fixtures';
import assert from 'node:assert/strict';
import { assertEachUnchangedBy, assertUnchangedBy, findingTriples } from './support/unchangedByArticles';

// A multiple of two companies' moves ("fell four times as hard as Microsoft") is the ratio of their moves of one day.
// An article about other days, with other falls of the same two companies, must leave the verdict as it was.

const otherDays = extraSource('2024-09-04_chipwerte-ausverkauf.txt', 'Ausverkauf bei Chipwerten\n\n'
  + 'Am 3. September 2024 fiel die Nvidia-Aktie um 9,5 Prozent, Microsoft gab 1,9 Prozent nach. Am 6. September verlor Nvidia weitere 4,1 Prozent, Microsoft 1,6 Prozent.\n\n'
  + 'On September 3, 2024, Nvidia shares fell 9.5 percent and Microsoft lost 1.9 percent. On September 6, Nvidia fell another 4.1 percent and Microsoft 1.6 percent.\n');
const withOtherDays = withSources(otherDays);


describe('a multiple of two moves compares the moves of one day', () => {
  // The sources: Nvidia (-7,82 %), Microsoft (-3,75 %) on 27 January 2025: 7,82 ÷ 3,75 ≈ 2,1.
  test('English: "fell about four times as hard as Microsoft" stays wrong beside another day\'s falls, and "twice as hard" stays true', () => {
    assertUnchangedBy(withOtherDays, '# Markets\n\nNvidia fell about four times as hard as Microsoft.\n\nNvidia fell roughly twice as hard as Microsoft.\n', [
      ['figure-mismatch', 'four times', 'four times contradicts the source, which says 7,82 % ÷ 3,75 % ≈ 2.1.'],
    ]);
  });
  test('German: „fiel etwa viermal so stark wie Microsoft“ likewise, „rund doppelt so stark“ stays true', () => {
    assertUnchangedBy(withOtherDays, '# Kurse\n\nNvidia fiel etwa viermal so stark wie Microsoft.\n\nNvidia fiel rund doppelt so stark wie Microsoft.\n', [
      ['figure-mismatch', 'viermal', 'viermal contradicts the source, which says 7,82 % ÷ 3,75 % ≈ 2.1.'],
    ]);
  });
  test('English: "Broadcom fell nearly twice as hard as Microsoft" stays true beside another day\'s falls', () => {
    assertUnchangedBy(withOtherDays, 'Broadcom fell nearly twice as hard as Microsoft.', []);
  });
  test('German: „Broadcom fiel fast doppelt so stark wie Microsoft“ likewise', () => {
    assertUnchangedBy(withOtherDays, 'Broadcom fiel fast doppelt so stark wie Microsoft.', []);
  });
});

describe('what stays as it was', () => {
  test('a multiple of a model\'s own speed, of an unknown count, or a frequency says nothing new, in either language', () => {
    assertEachUnchangedBy(withOtherDays, [
      'DeepSeek says R1 answers three times as fast as it did in December.',
      'DeepSeek R1 antwortet laut DeepSeek dreimal so schnell wie im Dezember.',
      'At times as many as 40 engineers worked on V3.',
      'Zeitweise arbeiteten bis zu 40 Ingenieure an V3.',
      'Nvidia shares traded four times as often as usual.',
    ]);
  });
});

describe('a multiple of speed is no comparison of two moves', () => {
  // The sources: Multi-Token Prediction sped the processing up „um das 1,8-Fache“; the training costs 78 and 5,6 Millionen.
  test('English: "1.8 times as fast as before" is not measured against the ratio of the training costs', () => {
    const found = findingTriples('Thanks to multi-token prediction, DeepSeek processes data 1.8 times as fast as before.\n');
    assert.ok(!found.some(([code]) => code === 'figure-mismatch'), JSON.stringify(found));
  });
  test('German: „1,8-mal so schnell wie zuvor“ likewise', () => {
    const found = findingTriples('Dank Multi-Token Prediction verarbeitet DeepSeek Daten 1,8-mal so schnell wie zuvor.\n');
    assert.ok(!found.some(([code]) => code === 'figure-mismatch'), JSON.stringify(found));
  });
});
