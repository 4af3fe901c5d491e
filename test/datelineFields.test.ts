import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

const distractor = (name: string) => extraSource(name, readFileSync(`test/eval/distractors/${name}`, 'utf8'));
/** Articles that date other companies' events on 29 and 30 January 2025 (Alibaba's Qwen2.5-Max, Microsoft's quarter). */
const otherEventsOfTheDay = () => withSources(distractor('2025-01-29_china-ki-rivalen.txt'), distractor('2025-01-30_microsoft-meta-quartal.txt'));
/** Every distractor article: Nvidia's own move of 29 January among them. */
const allDistractors = () => withSources(...readdirSync('test/eval/distractors').filter((f) => /\.(txt|md)$/.test(f)).sort().map(distractor));
const findings = (text: string, idx = bundledIndex()) => runRules(analyzeDraft(text, idx), idx).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
/** The same findings with the bundled articles alone and with other companies' events of the dateline's day beside them. */
function assertUnchangedByOtherEvents(text: string, expected: Array<{ code: string; text: string }>) {
  assert.deepEqual(findings(text), expected);
  assert.deepEqual(findings(text, otherEventsOfTheDay()), expected);
}

describe('a draft\'s dateline is its own day, which no article\'s event of that day bears out', () => {
  const german = (dateline: string, sentence: string) => `---\nlang: de\n---\n# Rede im Plenum\n\n${dateline}\n\n${sentence}\n`;
  const english = (dateline: string, sentence: string) => `---\nlang: en\n---\n# Quiz night\n\n${dateline}\n\n${sentence}\n`;

  test('German: „**Mittwoch, 29. Januar 2025 – Straßburg**“ and a list item „**Sitzung:** Donnerstag, 30. Januar 2025 · **Ort:** Rathaus“ stay unsourced', () => {
    assertUnchangedByOtherEvents(german('**Mittwoch, 29. Januar 2025 – Straßburg**', 'Am 27. Januar 2025 fiel die Nvidia-Aktie um 7,82 Prozent.'), [{ code: 'unsourced-figure', text: '29. Januar 2025' }]);
    assertUnchangedByOtherEvents(german('- **Sitzung:** Donnerstag, 30. Januar 2025 · **Ort:** Rathaus', 'Am 27. Januar 2025 fiel die Nvidia-Aktie um 7,82 Prozent.'), [{ code: 'unsourced-figure', text: '30. Januar 2025' }]);
  });
  test('English: "**Wednesday, 29 January 2025 · Venue: The Crown · Host: Sam**" and a quoted "**Meeting held:** Thursday, January 30, 2025 · **Item:** 4b" stay unsourced', () => {
    assertUnchangedByOtherEvents(english('**Wednesday, 29 January 2025 · Venue: The Crown · Host: Sam**', 'On 27 January 2025 Nvidia fell 7.82 percent.'), [{ code: 'unsourced-figure', text: '29 January 2025' }]);
    assertUnchangedByOtherEvents(english('> **Meeting held:** Thursday, January 30, 2025 · **Item:** 4b', 'On January 27, 2025, Nvidia fell 7.82 percent.'), [{ code: 'unsourced-figure', text: 'January 30, 2025' }]);
  });
  test('a wrong move told under the dateline is still caught with the articles of its day (German and English)', () => {
    // Nvidia's 7.82 percent fell on the 27th, not on the dateline's day.
    const idx = allDistractors();
    assert.deepEqual(findings(german('**Mittwoch, 29. Januar 2025 – Straßburg**', 'Heute fiel die Nvidia-Aktie um 7,82 Prozent.'), idx).map((f) => f.code), ['unsourced-figure', 'figure-mismatch']);
    assert.deepEqual(findings(english('**Wednesday, January 29, 2025 – Brussels**', 'Today Nvidia fell 7.82 percent.'), idx).map((f) => f.code), ['unsourced-figure', 'figure-mismatch']);
  });
  test('a day of what a line tells is no dateline: its wrong figure or date is still caught (German and English)', () => {
    assertUnchangedByOtherEvents(german('**27. Januar 2025 · Nvidia fällt um 17 Prozent**', 'Die Aktie brach ein.'), [{ code: 'figure-mismatch', text: '17 Prozent' }]);
    assertUnchangedByOtherEvents(english('**January 28, 2025 · Nvidia falls 7.82 percent**', 'Shares slid.'), [{ code: 'date-mismatch', text: 'January 28, 2025' }]);
  });
});
