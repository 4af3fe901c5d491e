import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, extractFigures, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The writer's own lengths of time (a fund's holding period, a start-up's runway, a panel's length): no source states them.
const index = bundledIndex();
const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
const en = (body: string) => `---\nlang: en\n---\n\n${body}\n`;
const de = (body: string) => `---\nlang: de\n---\n\n${body}\n`;
const texts = (text: string, language: 'de' | 'en') => extractFigures(text, { language }).map((f) => f.text);

describe('a length of time in minutes, hours, days, weeks or months is underlined with its unit, as a span is', () => {
  test('German: „über 18 Monate aufgebaut“, „in den vergangenen 24 Monaten“, „Dauer: 90 Minuten“ are unsourced with their units', () => {
    assert.deepEqual(findings(de('Die Position in Nvidia haben wir über 18 Monate schrittweise aufgebaut.')), [['unsourced-figure', '18 Monate', 'No source states 18 Monate.']]);
    assert.deepEqual(findings(de('Die in den vergangenen 24 Monaten aufgebaute Position haben wir nicht verkauft.')), [['unsourced-figure', '24 Monaten', 'No source states 24 Monaten.']]);
    assert.deepEqual(findings(de('**Dauer:** 90 Minuten')), [['unsourced-figure', '90 Minuten', 'No source states 90 Minuten.']]);
  });
  test('English: "Runway is 19 months", "a project period of 36 months", "the panel runs 75 minutes" are unsourced with their units', () => {
    assert.deepEqual(findings(en('Runway is 19 months at the current burn.')), [['unsourced-figure', '19 months', 'No source states 19 months.']]);
    assert.deepEqual(findings(en('The budget covers a project period of 36 months.')), [['unsourced-figure', '36 months', 'No source states 36 months.']]);
    assert.deepEqual(findings(en('The panel runs 75 minutes.')), [['unsourced-figure', '75 minutes', 'No source states 75 minutes.']]);
  });
  test('German and English: weeks, days and hours too, in words or digits', () => {
    assert.deepEqual(texts('Der Umbau dauerte sechs Wochen und 12 Stunden.', 'de'), ['sechs Wochen', '12 Stunden']);
    assert.deepEqual(texts('The rebuild took six weeks and 12 hours.', 'en'), ['six weeks', '12 hours']);
  });
  test('other shapes stay as they were: years (an age reads them), compounds, adjectives and sums of money (de, en)', () => {
    assert.deepEqual(texts('Er ist 40 Jahre alt und zahlt 18 Monatsraten.', 'de'), ['40 Jahre', '18']);
    assert.deepEqual(texts('He is 40 years old and pays 18 monthly instalments.', 'en'), ['40 years old', '18']);
    assert.deepEqual(texts('Das Projekt läuft fünf Jahre.', 'de'), ['fünf']);
    assert.deepEqual(texts('The project runs five years.', 'en'), ['five']);
    assert.deepEqual(texts('Die Firma verbrennt 95.000 Euro im Monat.', 'de'), ['95.000 Euro']);
    assert.deepEqual(texts('The company burns $95,000 a month.', 'en'), ['$95,000']);
  });
});
