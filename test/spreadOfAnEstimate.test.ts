import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The source: „Schätzungen schwanken zwischen 10.000 und 50.000 Einheiten“ (Liang's A100 chips).
const index = bundledIndex();
const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message, f.fix?.newText]);

describe('the difference between the ends of an estimate is a count of its own: 50.000 − 10.000', () => {
  test('German: „der Unterschied beträgt 40.000 Einheiten“ is borne out (was contradicted by 10.000); 30.000 is wrong', () => {
    const before = 'Liang soll sich mit A100-Chips eingedeckt haben. Die Schätzungen reichen von 10.000 bis 50.000 Stück, ';
    assert.deepEqual(findings(`${before}der Unterschied beträgt 40.000 Einheiten.`), []);
    assert.deepEqual(findings(`${before}der Unterschied beträgt 30.000 Einheiten.`), [['figure-mismatch', '30.000', '30.000 contradicts the source, which says 50.000 − 10.000.', '40.000']]);
  });
  test('English: "a spread of 40,000 chips" and "The difference is 40,000 chips" are borne out; 30,000 is wrong', () => {
    assert.deepEqual(findings('Estimates of his A100 hoard run from 10,000 to 50,000, a spread of 40,000 chips.'), []);
    assert.deepEqual(findings('Estimates of his A100 hoard run from 10,000 to 50,000. The difference is 40,000 chips.'), []);
    assert.deepEqual(findings('Estimates of his A100 hoard run from 10,000 to 50,000. The difference is 30,000 chips.'), [['figure-mismatch', '30,000', '30,000 contradicts the source, which says 50.000 − 10.000.', '40,000']]);
  });
  test('the ends themselves and their ratio keep their readings (de, en)', () => {
    assert.deepEqual(findings('Liang soll 10.000 bis 60.000 A100-Chips gekauft haben.').map((f) => [f[0], f[1]]), [['figure-mismatch', '60.000']]);
    assert.deepEqual(findings('Liang is said to have bought 10,000 to 60,000 A100 chips.').map((f) => [f[0], f[1]]), [['figure-mismatch', '60,000']]);
    for (const text of ['Die Schätzungen für Liangs A100-Chips reichen von 10.000 bis 50.000 Stück; die obere ist fünfmal so hoch wie die untere.', 'Estimates of his A100 hoard run from 10,000 to 50,000; the high one is five times the low one.']) assert.deepEqual(findings(text), [], text);
  });
});
