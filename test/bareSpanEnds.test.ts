import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The sources: High-Flyer founded 2015, DeepSeek founded July 2023, V3 in December 2024, R1's breakthrough on 20 January
// and the headlines and the sell-off of 27 January 2025.
const index = bundledIndex();
const EN = '---\nlang: en\ndate: 2025-02-10\n---\n';
const DE = '---\nlang: de\ndate: 2025-02-10\n---\n';
const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);

describe('"from founding to breakthrough", „von Gründung bis Durchbruch“: a span between two events named without an article', () => {
  test('English: the span from DeepSeek\'s founding to R1\'s breakthrough is borne out at 18 months and contradicted at 12 or six', () => {
    assert.deepEqual(findings(`${EN}From founding to global breakthrough, DeepSeek needed about 18 months.`), []);
    assert.deepEqual(findings(`${EN}From founding to global breakthrough, DeepSeek needed about 12 months.`), [['figure-mismatch', '12 months', '12 months contradicts the source, which says Juli 2023 → 27. Januar 2025 = 18.']]);
    assert.deepEqual(findings(`${EN}The period from founding to the R1 breakthrough was approximately eighteen months.`), []);
    assert.deepEqual(findings(`${EN}The period from founding to the R1 breakthrough was approximately six months.`), [['figure-mismatch', 'six months', 'six months contradicts the source, which says Juli 2023 → 20. Januar = 18.']]);
  });
  test('English: in bold, in a heading, and with a second span glued on (from breakthrough to sell-off: a week, not three)', () => {
    assert.deepEqual(findings(`${EN}**From founding to breakthrough, DeepSeek needed 18 months.**`), []);
    assert.deepEqual(findings(`${EN}## From founding to breakthrough: 30 months for DeepSeek`), [['figure-mismatch', '30 months', '30 months contradicts the source, which says Juli 2023 → 27. Januar 2025 = 18.']]);
    assert.deepEqual(findings(`${EN}From founding to breakthrough, DeepSeek needed 18 months, and from breakthrough to sell-off a week.`), []);
    assert.deepEqual(findings(`${EN}From founding to breakthrough, DeepSeek needed 18 months, and from breakthrough to sell-off three weeks.`), [['figure-mismatch', 'three weeks', 'three weeks contradicts the source, which says 20. Januar → 27. Januar 2025 = 1.']]);
  });
  test('English: another end (V3\'s release) is borne out by its own date; from launch to the sell-off are seven days, not three', () => {
    assert.deepEqual(findings(`${EN}From founding to the V3 release, DeepSeek needed about 17 months.`), []);
    assert.deepEqual(findings(`${EN}From launch to the sell-off, R1 needed seven days.`), []);
    assert.deepEqual(findings(`${EN}From launch to the sell-off, R1 needed three days.`), [['figure-mismatch', 'three days', 'three days contradicts the source, which says 20. Januar → 27. Januar 2025 = 7.']]);
  });
  test('German: a list item and a block quote with bold; drei Jahre are wrong, anderthalb Jahre borne out', () => {
    assert.deepEqual(findings(`${DE}> Von Gründung bis zum Durchbruch brauchte DeepSeek **anderthalb Jahre**.`), []);
    assert.deepEqual(findings(`${DE}> Von Gründung bis zum Durchbruch brauchte DeepSeek **drei Jahre**.`), [['figure-mismatch', 'drei Jahre', 'drei Jahre contradicts the source, which says Juli 2023 → 27. Januar 2025 = 1–2.']]);
    assert.deepEqual(findings(`${DE}- Von Gründung bis Durchbruch brauchte DeepSeek 18 Monate.`), []);
    assert.deepEqual(findings(`${DE}- Von Gründung bis Durchbruch brauchte DeepSeek zehn Monate.`), [['figure-mismatch', 'zehn Monate', 'zehn Monate contradicts the source, which says Juli 2023 → 27. Januar 2025 = 18.']]);
  });
  test('another company\'s founding and breakthrough, or no event at all, stay unsourced', () => {
    assert.deepEqual(findings(`${EN}From founding to breakthrough, High-Flyer needed about 18 months.`), [['unsourced-figure', '18 months', 'No source states 18 months.']]);
    assert.deepEqual(findings(`${EN}From start to finish, the review of DeepSeek took two weeks.`), [['unsourced-figure', 'two weeks', 'No source states two weeks.']]);
    assert.deepEqual(findings(`${DE}Von Start bis Ziel brauchte der Läufer zwei Stunden.`), [['unsourced-figure', 'zwei Stunden', 'No source states zwei Stunden.']]);
  });
});
