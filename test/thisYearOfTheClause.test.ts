import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const findings = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'draft-inconsistency').map((f) => [text.slice(f.start, f.end), f.message, f.start]);
const en = '---\nlang: en\n---\n\n';
const table = (row: string) => `\n\n| Was | Zahl |\n|---|---|\n${row}\n`;

/**
 * „Kaum ein Thema hat unsere Redaktion 2025 so beschäftigt. Wir haben in diesem Jahr 214 Artikel veröffentlicht“ … „|
 * KI-Artikel der Redaktion 2025 | 241 |“: „in diesem Jahr“ is the clause's own time, the year of the piece, not one
 * carried from the sentence before; the writer's own count of that year, restated under a label of that year, disagrees.
 */
describe('„in diesem Jahr“ and "this year" are the clause\'s own year, the piece\'s', () => {
  const de = (clause: string, later: string) => `# Jahresrückblick\n\n*Ausgabe vom 30. Dezember 2025*\n\nKaum ein Thema hat unsere Redaktion 2025 so beschäftigt wie die KI. ${clause}\n\n## Das Jahr in Zahlen${later}`;
  const english = (clause: string, later: string) => `${en}# Year in review\n\n*Issue of December 30, 2025*\n\nNo topic kept us as busy in 2025 as AI. ${clause}\n\n## The year in numbers${later}`;
  test('German: a table row and a list item of that year contradict „in diesem Jahr 214 Artikel“', () => {
    const row = de('Wir haben in diesem Jahr 214 Artikel über künstliche Intelligenz veröffentlicht.', table('| KI-Artikel der Redaktion 2025 | 241 |'));
    assert.deepEqual(findings(row), [['241', '241 contradicts 214 earlier in this draft.', row.lastIndexOf('241')]]);
    // A list item takes its year from its heading („## 2025 in Zahlen“).
    const item = de('Dieses Jahr haben wir 214 Artikel über künstliche Intelligenz veröffentlicht.', '\n\n### 2025 in Zahlen\n\n- KI-Artikel: 241\n');
    assert.deepEqual(findings(item), [['241', '241 contradicts 214 earlier in this draft.', item.lastIndexOf('241')]]);
  });
  test('English: a table row and a list item of that year contradict "214 articles this year"', () => {
    const row = english('We published 214 articles about artificial intelligence this year.', table('| AI articles of the newsroom 2025 | 241 |'));
    assert.deepEqual(findings(row), [['241', '241 contradicts 214 earlier in this draft.', row.lastIndexOf('241')]]);
    const item = english('So far this year we have published 214 articles about artificial intelligence.', '\n\n### 2025 in numbers\n\n- AI articles: 241\n');
    assert.deepEqual(findings(item), [['241', '241 contradicts 214 earlier in this draft.', item.lastIndexOf('241')]]);
  });
  test('German and English: the same count restated, another year\'s label and last year\'s count stay silent', () => {
    assert.deepEqual(findings(de('Wir haben in diesem Jahr 214 Artikel über künstliche Intelligenz veröffentlicht.', table('| KI-Artikel der Redaktion 2025 | 214 |'))), []);
    assert.deepEqual(findings(de('Wir haben in diesem Jahr 214 Artikel über künstliche Intelligenz veröffentlicht.', table('| KI-Artikel der Redaktion 2024 | 241 |'))), []);
    assert.deepEqual(findings(de('Wir haben im vergangenen Jahr 214 Artikel über künstliche Intelligenz veröffentlicht.', table('| KI-Artikel der Redaktion 2025 | 241 |'))), []);
    assert.deepEqual(findings(english('We published 214 articles about artificial intelligence this year.', table('| AI articles of the newsroom 2025 | 214 |'))), []);
    assert.deepEqual(findings(english('We published 214 articles about artificial intelligence this year.', table('| AI articles of the newsroom 2024 | 241 |'))), []);
    assert.deepEqual(findings(english('We published 214 articles about artificial intelligence last year.', table('| AI articles of the newsroom 2025 | 241 |'))), []);
  });
  test('German and English: the fact is dated by the piece\'s year, from its own clause; a date in the clause still wins', () => {
    const fact = (text: string, value: string) => analyzeDraft(text, index).figures.find((f) => f.figure.text === value)!.fact;
    const german = fact(de('Wir haben in diesem Jahr 214 Artikel veröffentlicht.', ''), '214');
    assert.deepEqual([german.time, german.timeFrom], [{ year: 2025 }, 'clause']);
    const english_ = fact(english('We published 214 articles this year.', ''), '214');
    assert.deepEqual([english_.time, english_.timeFrom], [{ year: 2025 }, 'clause']);
    const dated = fact(de('Am 27. Januar haben wir in diesem Jahr 14 Artikel veröffentlicht.', ''), '14');
    assert.equal(dated.time?.day, 27);
    // A later clause's "this year" is that clause's: "…, which it had doubled this year" is not the figure's.
    const later = fact(english('We published 214 articles, a number we doubled this year.', ''), '214');
    assert.notEqual(later.timeFrom, 'clause');
  });
});
