import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type SourceIndex, type SourceInput } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

/** Every finding on a draft: its code and its words. */
function findings(text: string, idx: SourceIndex): { code: string; text: string }[] {
  return runRules(analyzeDraft(text, idx), idx).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
}

/** The draft's findings are `expected` with the bundled articles, and still with `extra` (other days' events) beside them. */
function assertFindingsUnchangedBy(extra: SourceInput, text: string, expected: { code: string; text: string }[]): void {
  assert.deepEqual(findings(text, bundledIndex()), expected);
  assert.deepEqual(findings(text, withSources(extra)), expected);
}

// Other articles' events of the days after the sell-off: what another company (or DeepSeek itself) did that day.
const otherEventsDe = extraSource('2025-01-30_andere.txt', 'Microsoft und DeepSeek\n\nDas Modell R1 ist seit dem 29. Januar 2025 über Microsofts Plattform Azure verfügbar. Die Aktie von Microsoft hat am 30. Januar 2025 um 6,2 Prozent nachgegeben. Taiwan verbot DeepSeek am 31. Januar in Behörden.\n');
const otherEventsEn = extraSource('2025-01-30_others.md', '---\ntitle: After the sell-off\npublished: 2025-01-31\n---\n\nAlibaba on Wednesday, January 29, 2025, released Qwen2.5-Max, which it says outperforms DeepSeek V3. Microsoft shares lost 6.2 percent on January 30. Taiwan banned DeepSeek in government agencies on January 31.\n');

describe('a day that names no event is borne out only by an event the draft tells of that day', () => {
  const de = (dateline: string, body: string) => `# Europas Antwort auf DeepSeek\n\n${dateline}\n\n${body}\n`;
  const en = (dateline: string, body: string) => `# Europe's answer to DeepSeek\n\n${dateline}\n\n${body}\n`;

  test('German: the day of the debate („Mittwoch, 29. Januar 2025 – Straßburg“) stays unsourced beside another article\'s event of that day', () => {
    const text = de('**Mittwoch, 29. Januar 2025 – Straßburg**', 'Nvidia verlor am 27. Januar 7,82 Prozent, Microsoft 3,75 Prozent.');
    const expected = [{ code: 'unsourced-figure', text: '29. Januar 2025' }];
    assertFindingsUnchangedBy(otherEventsDe, text, expected);
  });
  test('English: a bold dateline, a list item and a block quote of later days stay unsourced', () => {
    const text = en('**Wednesday, 29 January 2025 – Strasbourg**', 'Nvidia lost 7.82 percent on January 27, Microsoft 3.75 percent.\n\n- Thursday, 30 January 2025, Brussels\n\n> Friday, 31 January 2025 – London');
    const expected = [
      { code: 'unsourced-figure', text: '29 January 2025' },
      { code: 'unsourced-figure', text: '30 January 2025' },
      { code: 'unsourced-figure', text: '31 January 2025' },
    ];
    assertFindingsUnchangedBy(otherEventsEn, text, expected);
  });
  test('German: the day of the moves the draft tells is still borne out, and a wrong move under it still caught', () => {
    const text = de('Jener Montag – der 27. Januar 2025 – war anders.', 'Nvidia verlor an diesem Tag 17,82 Prozent.');
    const expected = [{ code: 'figure-mismatch', text: '17,82 Prozent' }];
    assertFindingsUnchangedBy(otherEventsDe, text, expected);
  });
  test('English: "January 27, 2025. A Monday." over the day\'s fall is borne out; a wrong fall is still caught', () => {
    const text = en('January 27, 2025. A Monday.', 'Nvidia closed down 7.82 percent. Broadcom lost 6.85 percent.');
    const expected = [{ code: 'figure-mismatch', text: '6.85 percent' }];
    assertFindingsUnchangedBy(otherEventsEn, text, expected);
  });
  test('a draft that tells the later day\'s event keeps that day borne out', () => {
    const text = en('**Thursday, 30 January 2025 – Redmond**', 'Microsoft shares lost 6.2 percent on January 30.');
    assert.deepEqual(findings(text, withSources(otherEventsEn)), []);
  });
});
