import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

/** Findings on the figures; whether a dated heading or day is sourced is the date rules' business. */
const findings = (text: string, idx = bundledIndex()) =>
  runRules(analyzeDraft(text, idx), idx).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) })).filter((f) => !(f.code === 'unsourced-figure' && /\d{4}$/.test(f.text)));
/** The same findings with the bundled articles alone and with another day's article beside them. */
function assertUnchangedBy(extra: ReturnType<typeof extraSource>, text: string, expected: Array<{ code: string; text: string }>) {
  assert.deepEqual(findings(text), expected);
  assert.deepEqual(findings(text, withSources(extra)), expected);
}

describe('a multiple of another day\'s pair narrows no multiple of the draft\'s day', () => {
  /** An article of 7 January 2025 with front matter, a heading and its paragraphs. */
  const articleOf7January = (id: string, title: string, paragraphs: string[]) =>
    extraSource(id, ['---', `title: ${title}`, 'published: 2025-01-07', '---', '', `# ${title}`, '', paragraphs.join('\n\n')].join('\n'));
  // 1,8 ÷ 0,4 = 4,5: the Nasdaq 100 and the Dow on 7 January make a ratio near "viermal", of another day.
  const german = articleOf7January('ces.md', 'Nvidia nach Rekordhoch unter Druck', [
    'Die Aktie von Nvidia ist am Dienstag, dem 7. Januar 2025, deutlich unter Druck geraten und schloss 6,2 Prozent tiefer.',
    'Der Nasdaq 100 gab am Dienstag 1,8 Prozent nach, der Dow Jones Industrial schloss 0,4 Prozent tiefer.',
  ]);
  const english = articleOf7January('ces-en.md', 'Nvidia slides after record high', [
    'Nvidia shares came under pressure on Tuesday, January 7, 2025, and closed 6.2 percent lower.',
    'The Nasdaq 100 slipped 1.8 percent on Tuesday, and the Dow Jones Industrial closed 0.4 percent lower.',
  ]);

  test('German: „fast viermal so stark wie der Nasdaq 100“ on 27 January stays contradicted', () => {
    assertUnchangedBy(german, '# 27. Januar 2025\n\nNvidia ist damit fast viermal so stark gefallen wie der Nasdaq 100.', [{ code: 'figure-mismatch', text: 'viermal' }]);
  });
  test('English: "almost four times as much value as the Nasdaq 100" on 27 January stays contradicted', () => {
    // The article of 7 January's 1.8 and 0.4 percent would make this multiple unsourced.
    assertUnchangedBy(english, '# January 27, 2025\n\nNvidia thus lost almost four times as much value as the Nasdaq 100.', [{ code: 'figure-mismatch', text: 'four times' }]);
    // Read as Nvidia's fall against the Nasdaq's of the day (fix "2.6 times"), another day's pair never came near it.
    assertUnchangedBy(english, '# January 27, 2025\n\nNvidia thus fell nearly four times as hard as the Nasdaq 100.', [{ code: 'figure-mismatch', text: 'four times' }]);
  });
  test('a true multiple of the day, and the other day\'s own figures, stay quiet (German and English)', () => {
    assertUnchangedBy(german, '# 27. Januar 2025\n\nDer Nasdaq 100 sackte um 3 Prozent ab, Nvidia fiel um 7,82 Prozent.', []);
    assertUnchangedBy(english, '# January 27, 2025\n\nThe Nasdaq 100 fell 3 percent, and Nvidia lost 7.82 percent.', []);
    assert.deepEqual(findings('Am 7. Januar 2025 gab der Nasdaq 100 um 1,8 Prozent nach, der Dow Jones Industrial um 0,4 Prozent.', withSources(german)), []);
    assert.deepEqual(findings('On January 7, 2025, the Nasdaq 100 slipped 1.8 percent and the Dow Jones Industrial 0.4 percent.', withSources(english)), []);
  });
});
