import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}
const mismatches = (text: string) => findings(text).filter((f) => f.code === 'figure-mismatch' || f.code === 'date-mismatch');
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;

describe('a heading of another weekday ("## Dienstag" after "## Montag, 27. Januar 2025") is a day the last date is not: "the day before" under it does not count back from that date', () => {
  test('German: „Am Vortag hatte sich Nvidia erholt.“ under „## Dienstag“ is no "27. Januar 2025 → 27. Januar 2025 = 0"', () => {
    assert.deepEqual(mismatches('## Montag, 27. Januar 2025\n\nNvidia verlor 7,82 Prozent.\n\n## Dienstag\n\nAm Vortag hatte sich Nvidia erholt.\n'), []);
    assert.deepEqual(mismatches('## Montag, 27. Januar 2025\n\nNvidia verlor 7,82 Prozent.\n\n## Dienstag\n\nTags zuvor hatte Nvidia verloren.\n'), []);
  });
  test('English: "One day before, Nvidia had lost ground." under "## Tuesday" is no "27 January 2025 → 27 January 2025 = 0"; "The previous day" and "The day before" stay quiet too', () => {
    assert.deepEqual(mismatches(english('## Monday, 27 January 2025\n\nNvidia fell 7.82%.\n\n## Tuesday\n\nOne day before, Nvidia had lost ground.')), []);
    assert.deepEqual(mismatches(english('## Monday, 27 January 2025\n\nNvidia fell 7.82%.\n\n## Tuesday\n\nThe previous day, Nvidia rebounded.')), []);
    assert.deepEqual(mismatches(english('## Monday, 27 January 2025\n\nNvidia fell 7.82%.\n\n## Tuesday\n\nThe day before, Nvidia had recovered.')), []);
  });
  test('German and English guard: under a heading of the same weekday, a duration still counts back from the last date ("Eine Woche zuvor" = 20 January)', () => {
    // R1 came out on 20 January: a week before Monday 27 January is borne out, two weeks is not.
    assert.deepEqual(mismatches('## Montag, 27. Januar 2025\n\nNvidia verlor 7,82 Prozent.\n\n## Montag\n\nEine Woche zuvor hatte DeepSeek R1 vorgestellt.\n'), []);
    assert.deepEqual(mismatches('## Montag, 27. Januar 2025\n\nNvidia verlor 7,82 Prozent.\n\nZwei Wochen zuvor hatte DeepSeek R1 vorgestellt.\n').map((f) => f.code), ['figure-mismatch']);
    assert.deepEqual(mismatches(english('## Monday, 27 January 2025\n\nNvidia fell 7.82%.\n\nTwo weeks earlier, DeepSeek had released R1.')).map((f) => f.code), ['figure-mismatch']);
  });
});
