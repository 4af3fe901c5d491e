import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type SourceIndex } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

// „abgegeben“, „eingebrochen“, „abgestürzt“: the participle of a separable verb says a share moved as „gab ab“ and
// „brach ein“ do. Read as no move at all, the value was any value of its names, and another day's rise that
// happened to fit bore it out.
const index = bundledIndex();
const findings = (text: string, idx: SourceIndex = index) => runRules(analyzeDraft(text, idx), idx).map((f) => [f.code, text.slice(f.start, f.end), f.message]);

const anotherDaysRise = extraSource('2025-01-22_softbank.txt', 'SoftBank nach Stargate\n\n'
  + 'Am 22. Januar 2025 stieg die SoftBank-Aktie um 10,6 Prozent.\n\n'
  + 'On January 22, 2025, SoftBank shares rose 10.6 percent.\n');
const withRise = withSources(anotherDaysRise);

function assertUnchangedByTheRise(text: string, expected: Array<[string, string, string]>) {
  assert.deepEqual(findings(text), expected);
  assert.deepEqual(findings(text, withRise), expected);
}

describe('a move in a separable verb\'s participle', () => {
  // The sources: „Tech-Aktien wie Nvidia, Infineon und SoftBank büßten bis zu 10 % ein.“
  test('German: „Infineon und SoftBank haben bis zu 15 Prozent abgegeben“ stays wrong beside another day\'s rise', () => {
    assertUnchangedByTheRise('Infineon und SoftBank haben bis zu 15 Prozent abgegeben.', [
      ['figure-mismatch', '15 Prozent', '15 Prozent contradicts the source, which says 10 %.'],
    ]);
  });
  test('German: „… sind um bis zu 15 Prozent eingebrochen“, „abgestürzt“ likewise', () => {
    for (const verb of ['eingebrochen', 'abgestürzt', 'abgerutscht']) {
      assertUnchangedByTheRise(`Infineon und SoftBank sind um bis zu 15 Prozent ${verb}.`, [
        ['figure-mismatch', '15 Prozent', '15 Prozent contradicts the source, which says 10 %.'],
      ]);
    }
  });
  test('English: "Infineon and SoftBank gave up as much as 15 percent" likewise', () => {
    assertUnchangedByTheRise('Infineon and SoftBank gave up as much as 15 percent.', [
      ['figure-mismatch', '15 percent', '15 percent contradicts the source, which says 10 %.'],
    ]);
  });
});

describe('what stays as it was', () => {
  test('a stake handed over, a discount: unchanged by the rise, in either language', () => {
    for (const text of [
      'DeepSeek hat 2024 rund 15 Prozent seiner Anteile abgegeben.',
      'SoftBank handed over a stake of 15 percent in 2024.',
      'Das Angebot wurde mit 15 Prozent Rabatt abgegeben.',
    ]) assert.deepEqual(findings(text, withRise), findings(text), text);
  });
});
