import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The sources: R1's breakthrough on 20 January, the sell-off of 27 January 2025 (Nvidia −7,82 %).
const index = bundledIndex();
const EN = '---\nlang: en\ndate: 2025-02-10\n---\n';
const DE = '---\nlang: de\ndate: 2025-02-10\n---\n';
const spans = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'figure-mismatch' || f.code === 'unsourced-figure').map((f) => [f.code, text.slice(f.start, f.end), f.message]);

describe('a span counted from an event the sources do not know (my visit, our recording, tonight\'s meeting) is unsourced, never a mismatch', () => {
  test('German: „vor meinem Besuch“, „vor unserer Aufzeichnung“ stay unsourced; „nach dem Start von R1“ is still checked', () => {
    assert.deepEqual(spans(`${DE}Zwei Wochen vor meinem Besuch, am 20. Januar, hatte die Firma ihr Sprachmodell R1 vorgestellt.`), [['unsourced-figure', 'Zwei Wochen', 'No source states Zwei Wochen.']]);
    assert.deepEqual(spans(`${DE}Am Montag, dem 27. Januar 2025, also vier Tage vor unserer Aufzeichnung, fiel Nvidia.`), [['unsourced-figure', 'vier Tage', 'No source states vier Tage.']]);
    assert.deepEqual(spans(`${DE}Am Montag, dem 27. Januar 2025, also vier Tage nach dem Start von R1, fiel Nvidia.`), [['figure-mismatch', 'vier Tage', 'vier Tage contradicts the source, which says 20. Januar → 27. Januar 2025 = 7.']]);
    assert.deepEqual(spans(`${DE}Am Montag, dem 27. Januar 2025, also sieben Tage nach dem Start von R1, fiel Nvidia.`), []);
  });
  test('English: in a list item and a table cell, "before our recording", "before my visit" stay unsourced; "after the launch of R1" is still checked', () => {
    assert.deepEqual(spans(`${EN}- On January 27, four days before our recording, Nvidia fell.`), [['unsourced-figure', 'four days', 'No source states four days.']]);
    assert.deepEqual(spans(`${EN}- On January 27, four days after the launch of R1, Nvidia fell.`), [['figure-mismatch', 'four days', 'four days contradicts the source, which says 20. Januar → 27. Januar 2025 = 7.']]);
    assert.deepEqual(spans(`${EN}| Day | Note |\n|---|---|\n| January 27 | **three days before my visit**, Nvidia fell |`), [['unsourced-figure', 'three days', 'No source states three days.']]);
  });
  test('English: a span before the sell-off, the sources\' event, is borne out at a week and contradicted at three weeks', () => {
    assert.deepEqual(spans(`${EN}On January 20, DeepSeek released R1, a week before the sell-off.`), []);
    assert.deepEqual(spans(`${EN}On January 20, DeepSeek released R1, three weeks before the sell-off.`), [['figure-mismatch', 'three weeks', 'three weeks contradicts the source, which says 20. Januar → 27. Januar 2025 = 1.']]);
    assert.deepEqual(spans(`${EN}Two weeks before the sell-off, on January 20, DeepSeek released R1.`), [['figure-mismatch', 'Two weeks', 'Two weeks contradicts the source, which says 20. Januar → 27. Januar 2025 = 1.']]);
  });
  test('words that point back ("before that", „nach diesem Tag“) count from the event named before: still borne out or contradicted', () => {
    assert.deepEqual(spans(`${EN}R1 came out on January 20. The predecessor, V3, had come out one month before that.`), []);
    assert.deepEqual(spans(`${EN}R1 came out on January 20. The predecessor, V3, had come out five months before that.`), [['figure-mismatch', 'five months', 'five months contradicts the source, which says Dezember 2024 → 20. Januar = 1.']]);
    assert.deepEqual(spans(`${DE}Am 20. Januar erschien R1. Eine Woche nach diesem Tag fiel Nvidia.`), []);
    assert.deepEqual(spans(`${DE}Am 20. Januar erschien R1. Drei Wochen nach diesem Tag fiel Nvidia.`), [['figure-mismatch', 'Drei Wochen', 'Drei Wochen contradicts the source, which says 20. Januar → 27. Januar 2025 = 1.']]);
  });
});
