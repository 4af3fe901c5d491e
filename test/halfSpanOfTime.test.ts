import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The sources: DeepSeek founded in July 2023, V3 in December 2024, R1's breakthrough on 20 January (2025).
const index = bundledIndex();
const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);

describe('a span told in halves is told to half its unit: half a year is not the month between V3 and R1', () => {
  test('German: „Ein halbes Jahr später folgte R1“ after V3 in December 2024 is wrong; „Einen Monat danach“ is right', () => {
    const v3 = 'Im Dezember 2024 brachte DeepSeek das Modell V3 heraus. ';
    assert.deepEqual(findings(`${v3}Ein halbes Jahr später folgte R1.`), [['figure-mismatch', 'Ein halbes Jahr', 'Ein halbes Jahr contradicts the source, which says Dezember 2024 → 20. Januar = 0.']]);
    assert.deepEqual(findings(`${v3}Einen Monat danach folgte R1.`), []);
  });
  test('English: "R1 followed half a year later" after V3 in December 2024 is wrong; "a month later" is right', () => {
    const v3 = 'DeepSeek released V3 in December 2024. ';
    assert.deepEqual(findings(`${v3}R1 followed half a year later.`), [['figure-mismatch', 'half a year', 'half a year contradicts the source, which says Dezember 2024 → 20. Januar = 0.']]);
    assert.deepEqual(findings(`${v3}R1 followed a month later.`), []);
  });
  test('another shape, which the age of a firm already reads in halves, stays: half a year old is wrong, a year and a half is right (de, en)', () => {
    const founded = { de: 'DeepSeek wurde im Juli 2023 gegründet. ', en: 'DeepSeek was founded in July 2023. ' };
    assert.deepEqual(findings(`${founded.de}Als R1 erschien, war die Firma erst ein halbes Jahr alt.`), [['figure-mismatch', 'ein halbes Jahr', 'ein halbes Jahr contradicts the source, which says Juli 2023 → 20. Januar = 1–2.']]);
    assert.deepEqual(findings(`${founded.en}When R1 came out, the company was just half a year old.`), [['figure-mismatch', 'half a year', 'half a year contradicts the source, which says Juli 2023 → 20. Januar = 1–2.']]);
    for (const text of [`${founded.de}Als R1 erschien, war die Firma anderthalb Jahre alt.`, `${founded.en}When R1 came out, the company was just a year and a half old.`]) assert.deepEqual(findings(text), [], text);
  });
});
