import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function warnings(text: string) {
  return runRules(analyzeDraft(text, index), index)
    .filter((f) => f.severity !== 'information')
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message }));
}

const EN = '---\nlang: en\n---\n\n';

describe('„im Jahr davor“, „das Jahr zuvor“, "the year prior" date a figure a year before the one carried, as „ein Jahr davor“ does', () => {
  test('German: the Nasdaq\'s quarter gained „im Jahr davor“ (2024) is no contradiction of its 3 % fall on 27 January 2025', () => {
    const day = 'Am 27. Januar 2025 ging es an den Börsen steil bergab. Auch der Nasdaq 100 rutschte ab, um drei Prozent. ';
    assert.deepEqual(warnings(`${day}Im Jahr davor hatte der Index noch um ein Viertel zugelegt.\n`), []);
    assert.deepEqual(warnings(`${day}Das Jahr zuvor hatte der Index noch um ein Viertel zugelegt.\n`), []);
    // Without the phrase, the quarter is that day's and contradicts the fall.
    assert.deepEqual(warnings(`${day}An dem Tag hatte der Index um ein Viertel zugelegt.\n`).map((f) => [f.code, f.text]), [['figure-mismatch', 'ein Viertel']]);
  });
  test('English: the Nasdaq\'s quarter gained "the year prior" (2024) is no contradiction of its 3 % fall on 27 January 2025', () => {
    const day = `${EN}On January 27, 2025 markets tumbled. The Nasdaq 100 slid too, by three percent. `;
    assert.deepEqual(warnings(`${day}The year prior, the index had gained a quarter.\n`), []);
    assert.deepEqual(warnings(`${day}A year prior, the index had gained a quarter.\n`), []);
    assert.deepEqual(warnings(`${day}That day, the index had gained a quarter.\n`).map((f) => [f.code, f.text]), [['figure-mismatch', 'a quarter']]);
  });
  test('a year counted back that the source contradicts is still warned: „im Jahr davor … um 50 Prozent“ against 25 % in 2024 (German, English)', () => {
    assert.deepEqual(warnings('Am 27. Januar 2025 rutschte der Nasdaq 100 um drei Prozent ab. Im Jahr davor hatte der Index noch um 50 Prozent zugelegt.\n').map((f) => [f.code, f.text]), [['figure-mismatch', '50 Prozent']]);
    assert.deepEqual(warnings(`${EN}On January 27, 2025 the Nasdaq 100 slid three percent. The year prior, the index had gained 50 percent.\n`).map((f) => [f.code, f.text]), [['figure-mismatch', '50 percent']]);
  });
});
