import { describe, test } from 'node:test';
import { extraSource, withSources } from './support/fixtures';
import assert from 'node:assert/strict';
import { assertEachUnchangedBy, assertUnchangedBy, findingTriples } from './support/unchangedByArticles';

// „abgegeben“, „eingebrochen“, „abgestürzt“: the participle of a separable verb says a share moved as „gab ab“ and
// „brach ein“ do. Read as no move at all, the value was any value of its names, and another day's rise that
// happened to fit bore it out.

const anotherDaysRise = extraSource('2025-01-22_softbank.txt', 'SoftBank nach Stargate\n\n'
  + 'Am 22. Januar 2025 stieg die SoftBank-Aktie um 10,6 Prozent.\n\n'
  + 'On January 22, 2025, SoftBank shares rose 10.6 percent.\n');
const withRise = withSources(anotherDaysRise);


describe('a move in a separable verb\'s participle', () => {
  // The sources: „Tech-Aktien wie Nvidia, Infineon und SoftBank büßten bis zu 10 % ein.“
  test('German: „Infineon und SoftBank haben bis zu 15 Prozent abgegeben“ stays wrong beside another day\'s rise', () => {
    assertUnchangedBy(withRise, 'Infineon und SoftBank haben bis zu 15 Prozent abgegeben.', [
      ['figure-mismatch', '15 Prozent', '15 Prozent contradicts the source, which says 10 %.'],
    ]);
  });
  test('German: „… sind um bis zu 15 Prozent eingebrochen“, „abgestürzt“ likewise', () => {
    for (const verb of ['eingebrochen', 'abgestürzt', 'abgerutscht']) {
      assertUnchangedBy(withRise, `Infineon und SoftBank sind um bis zu 15 Prozent ${verb}.`, [
        ['figure-mismatch', '15 Prozent', '15 Prozent contradicts the source, which says 10 %.'],
      ]);
    }
  });
  test('English: "Infineon and SoftBank gave up as much as 15 percent" likewise', () => {
    assertUnchangedBy(withRise, 'Infineon and SoftBank gave up as much as 15 percent.', [
      ['figure-mismatch', '15 percent', '15 percent contradicts the source, which says 10 %.'],
    ]);
  });
});

describe('what stays as it was', () => {
  test('a stake handed over, a discount: unchanged by the rise, in either language', () => {
    assertEachUnchangedBy(withRise, [
      'DeepSeek hat 2024 rund 15 Prozent seiner Anteile abgegeben.',
      'SoftBank handed over a stake of 15 percent in 2024.',
      'Das Angebot wurde mit 15 Prozent Rabatt abgegeben.',
    ]);
  });
});

describe('a participle inside another word is no move', () => {
  // The sources: HumanEval 92 %. „herangezogen“ (drawn on) holds „angezogen“ (risen) but says nothing of a move.
  test('German: „Zum Vergleich wurde der HumanEval-Wert von 95 Prozent herangezogen.“ stays a figure-mismatch', () => {
    assert.deepEqual(findingTriples('Zum Vergleich wurde der HumanEval-Wert von 95 Prozent herangezogen.\n').filter(([code]) => code === 'figure-mismatch').map(([, text]) => text), ['95 Prozent']);
  });
  test('English: "For comparison, the HumanEval score of 95 percent was drawn on." likewise', () => {
    assert.deepEqual(findingTriples('For comparison, the HumanEval score of 95 percent was drawn on.\n').filter(([code]) => code === 'figure-mismatch').map(([, text]) => text), ['95 percent']);
  });
});
