import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type SourceIndex } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

const findings = (text: string, index: SourceIndex) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end)]);

// An article of November 2024 that dates a release by its day and month alone: "November 20" is of 2024.
const previewDe = extraSource('2024-11-21_vorschau.txt', 'DeepSeek zeigt Vorschau auf Reasoning-Modell\n\nHangzhou, 21. November 2024 – Das chinesische KI-Start-up DeepSeek hat am 20. November das Modell R1-Lite-Preview veröffentlicht.\n');
const previewEn = extraSource('2024-11-21_preview.md', '---\ntitle: DeepSeek previews a reasoning model\npublished: 2024-11-21\n---\n\nHANGZHOU, November 21, 2024 - The Chinese AI start-up DeepSeek released its R1-Lite-Preview model on November 20.\n');

describe('a source date without its year is compared in the year its article reads it in', () => {
  test('German: „DeepSeek Coder (November 2023)“ is not borne out by a „20. November“ of 2024', () => {
    const text = 'Die Liste nennt die Modelle mit dem Monat ihrer Veröffentlichung:\n\n- **DeepSeek Coder** (November 2023) – Modell für Programmieraufgaben\n';
    assert.deepEqual(findings(text, bundledIndex()), [['unsourced-figure', 'November 2023']]);
    assert.deepEqual(findings(text, withSources(previewDe)), [['unsourced-figure', 'November 2023']]);
  });
  test('English: "DeepSeek Coder (November 2023)" is not borne out by a "November 20" of 2024', () => {
    const text = 'The list gives each model with the month it came out:\n\n- **DeepSeek Coder** (November 2023) - a model for programming\n';
    assert.deepEqual(findings(text, bundledIndex()), [['unsourced-figure', 'November 2023']]);
    assert.deepEqual(findings(text, withSources(previewEn)), [['unsourced-figure', 'November 2023']]);
  });
  test('the right year is still borne out: „R1-Lite-Preview erschien im November 2024“, "released in November 2024"', () => {
    assert.deepEqual(findings('DeepSeek veröffentlichte R1-Lite-Preview im November 2024.', withSources(previewDe)), []);
    assert.deepEqual(findings('DeepSeek released R1-Lite-Preview in November 2024.', withSources(previewEn)), []);
  });
});
