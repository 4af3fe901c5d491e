import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import type { SentenceFacts } from '../server/src/core/analysis/analyzedSentence';
import type { Fact } from '../server/src/core/facts/fact';
import { evidenceKeptFor } from '../server/src/core/match/keptEvidence';
import type { SourceIndex } from '../server/src/core/sources/sourceIndex';
import type { Figure } from '../server/src/core/types';
import { extraSource, withSources } from './support/fixtures';

/** How often `evidenceKeptFor` had to read, and what it answered. */
function reader() {
  let reads = 0;
  return { read: () => (reads++, ['evidence']), reads: () => reads };
}

const figure = { kind: 'percent', value: 7.82 } as unknown as Figure;
const move: Fact = { figure, entities: ['Nvidia'], attributes: ['fall'], timeFrom: 'document' };
const days = [{ year: 2025, month: 1, day: 27 }];

describe('a move matched again with the days its draft names takes the evidence of its first reading', () => {
  test('the same fact told the days is not read again, and each caller gets an array of its own', () => {
    const [index, sentence, r] = [{} as SourceIndex, {} as SentenceFacts, reader()];
    const first = evidenceKeptFor(index, sentence, move, false, r.read);
    const again = evidenceKeptFor(index, sentence, { ...move, days }, false, r.read);
    assert.equal(r.reads(), 1);
    assert.deepEqual(again, ['evidence']);
    assert.notEqual(again, first);
  });
  test('a repeated paragraph\'s fact (its attributes read afresh, the same words) is the same fact', () => {
    const [index, sentence, r] = [{} as SourceIndex, {} as SentenceFacts, reader()];
    evidenceKeptFor(index, sentence, move, false, r.read);
    evidenceKeptFor(index, sentence, { ...move, attributes: ['fall'], entities: ['Nvidia'], days }, false, r.read);
    assert.equal(r.reads(), 1);
  });
  test('another fact, sentence, index or reading of derived values is read afresh', () => {
    const [index, sentence, r] = [{} as SourceIndex, {} as SentenceFacts, reader()];
    evidenceKeptFor(index, sentence, move, false, r.read);
    evidenceKeptFor(index, sentence, { ...move, attributes: ['rise'], days }, false, r.read);
    evidenceKeptFor(index, sentence, { ...move, entities: ['Broadcom'], days }, false, r.read);
    evidenceKeptFor(index, {} as SentenceFacts, { ...move, days }, false, r.read);
    evidenceKeptFor({} as SourceIndex, sentence, { ...move, days }, false, r.read);
    evidenceKeptFor(index, sentence, { ...move, days }, true, r.read);
    assert.equal(r.reads(), 6);
  });
  test('a fact of no one day (a cost), or one its own sentence dates, is not kept', () => {
    const [index, sentence, r] = [{} as SourceIndex, {} as SentenceFacts, reader()];
    const cost: Fact = { figure, entities: ['DeepSeek'], attributes: ['cost'] };
    const dated: Fact = { ...move, time: days[0], timeFrom: 'sentence' };
    evidenceKeptFor(index, sentence, cost, false, r.read);
    evidenceKeptFor(index, sentence, { ...cost, days }, false, r.read);
    evidenceKeptFor(index, sentence, dated, false, r.read);
    evidenceKeptFor(index, sentence, { ...dated, days }, false, r.read);
    assert.equal(r.reads(), 4);
  });
});

describe('a draft repeating a move of a day it names: every paragraph keeps its verdict', () => {
  const german = extraSource('2025-01-30_microsoft.txt', 'Microsoft enttäuscht\n\nDie Aktie von Microsoft hat am 30. Januar 2025 um 6,2 Prozent nachgegeben, so stark wie seit Jahren nicht mehr.\n');
  const english = extraSource('2025-01-30_microsoft.md', '---\ntitle: Microsoft slides\npublished: 2025-01-30\n---\n\nMicrosoft shares lost 6.2 percent on January 30, 2025, the day after the company reported its quarter.\n');
  const findings = (text: string, index: SourceIndex) => runRules(analyzeDraft(text, index), index).filter((f) => f.severity !== 'information').map((f) => ({ code: f.code, start: f.start, text: text.slice(f.start, f.end), fix: f.fix?.newText }));
  const twice = (head: string, move: string) => `${head}${move}\n\n${move}\n`;
  test('German: "mehr als sechs Prozent" is wrong in both paragraphs, against the 3,75 Prozent of 27 January', () => {
    const text = twice('# Eine Firma aus China\n\nAm 20. Januar stellte DeepSeek R1 vor. Eine Woche später, am 27. Januar, gab es an der Börse große Aufregung.\n\n', 'Die Aktie von Microsoft verlor mehr als sechs Prozent.');
    const at = [text.indexOf('sechs Prozent'), text.lastIndexOf('sechs Prozent')];
    assert.deepEqual(findings(text, withSources(german)), at.map((start) => ({ code: 'figure-mismatch', start, text: 'sechs Prozent', fix: '3,75 Prozent' })));
  });
  test('English: "more than six percent" is wrong in both paragraphs, against the 3.75 percent of January 27', () => {
    const text = twice('# A company from China\n\nDeepSeek released R1 on January 20. A week later, on January 27, the markets panicked.\n\n', 'Microsoft shares lost more than six percent.');
    const at = [text.indexOf('six percent'), text.lastIndexOf('six percent')];
    assert.deepEqual(findings(text, withSources(english)), at.map((start) => ({ code: 'figure-mismatch', start, text: 'six percent', fix: '3.75 percent' })));
  });
});
