import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';
import { isPageStampDate } from '../server/src/core/facts/updateStamp';
import type { Figure } from '../server/src/core/types';

/** Findings on the figures; whether a dated line is sourced is the date rules' business. */
const findings = (text: string, idx = bundledIndex()) =>
  runRules(analyzeDraft(text, idx), idx).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) })).filter((f) => !(f.code === 'unsourced-figure' && /\d{4}$/.test(f.text)));
/** The same findings with the bundled articles alone and with the broadcast day's articles beside them. */
function assertUnchangedBy(extra: Array<ReturnType<typeof extraSource>>, text: string, expected: Array<{ code: string; text: string }>) {
  assert.deepEqual(findings(text), expected);
  assert.deepEqual(findings(text, withSources(...extra)), expected);
}

describe('a script\'s broadcast day is not the day of the market it reports', () => {
  // Nvidia's rebound on 28 January, a day's event of Nvidia's on the day the script airs, and a Friday's market of
  // 24 January (another day's Nvidia and Microsoft): with both, the old reading made the 27 January ratio another day's.
  const distractor = (name: string) => extraSource(name, readFileSync(`test/eval/distractors/${name}`, 'utf8'));
  const airDayArticles = ['2025-01-28_nvidia-rebound.txt', '2025-01-24_wall-street-friday.txt'].map(distractor);
  const german = (sentence: string) => ['Sendung: Dienstag, 28. Januar 2025, 19:00 Uhr · Redaktion: Wirtschaft', '',
    'SPRECHER: Am Montag, dem 27. Januar 2025, rutschten die Technologiewerte ab.', '', `SPRECHER: ${sentence}`].join('\n');
  const english = (sentence: string) => ['Aired: Tuesday, January 28, 2025 · Desk: Business', '',
    'ANCHOR: On Monday, January 27, 2025, tech stocks slid.', '', `ANCHOR: ${sentence}`].join('\n');

  test('German: „dreimal so viel wie Microsoft“ under „Sendung: Dienstag, 28. Januar 2025“ stays contradicted', () => {
    assertUnchangedBy(airDayArticles, german('Nvidia verliert damit mehr als dreimal so viel wie Microsoft.'), [{ code: 'figure-mismatch', text: 'dreimal' }]);
  });
  test('English: "three times as much as Microsoft" under "Aired: Tuesday, January 28, 2025" stays contradicted', () => {
    assertUnchangedBy(airDayArticles, english('Nvidia thus lost more than three times as much as Microsoft.'), [{ code: 'figure-mismatch', text: 'three times' }]);
  });
  test('the true multiple, and the broadcast day\'s own move, stay quiet (German and English)', () => {
    assertUnchangedBy(airDayArticles, german('Nvidia verliert damit gut doppelt so viel wie Microsoft.'), []);
    assertUnchangedBy(airDayArticles, english('Nvidia thus lost about twice as much as Microsoft.'), []);
    // A script aired on the day of the fall reports that day's moves.
    assertUnchangedBy(airDayArticles, 'Sendung: Montag, 27. Januar 2025, 19:00 Uhr\n\nSPRECHER: Nvidia verliert heute 7,82 Prozent, Microsoft 3,75 Prozent.', []);
    assertUnchangedBy(airDayArticles, 'Aired: Monday, January 27, 2025\n\nANCHOR: Nvidia lost 7.82 percent today, Microsoft 3.75 percent.', []);
  });
});

describe('a broadcast line stamps the page with its day, a weekday before the date or not', () => {
  /** Whether the date at `date` in `text` is read as the page's stamp. */
  const stamps = (text: string, date: string) => isPageStampDate(text, { start: text.indexOf(date) } as Figure);
  test('German: „Sendung: Dienstag, 28. Januar 2025“ and „Stand: Montag, 3. Februar 2025“ are stamps', () => {
    assert.equal(stamps('Sendung: Dienstag, 28. Januar 2025, 19:00 Uhr · Redaktion: Wirtschaft', '28. Januar'), true);
    assert.equal(stamps('Ratgeber KI · Stand: Montag, 3. Februar 2025', '3. Februar'), true);
  });
  test('English: "Aired: Tuesday, January 28, 2025" and "Broadcast: 28 January 2025" are stamps', () => {
    assert.equal(stamps('Aired: Tuesday, January 28, 2025 · Desk: Business', 'January 28'), true);
    assert.equal(stamps('Broadcast: 28 January 2025', '28 January'), true);
  });
  test('a date the text tells of is no stamp (German and English)', () => {
    assert.equal(stamps('In der Sendung vom Dienstag, 28. Januar 2025, ging es um Nvidia.', '28. Januar'), false);
    assert.equal(stamps('Montag, 27. Januar 2025: Nvidia verliert 17 Prozent.', '27. Januar'), false);
    assert.equal(stamps('The broadcast on Tuesday, January 28, 2025, covered Nvidia.', 'January 28'), false);
    assert.equal(stamps('Monday, January 27, 2025: Nvidia lost 17 percent.', 'January 27'), false);
  });
});
