import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The sources: "Wir glauben fest daran, dass 99 Prozent des Erfolgs aus harter Arbeit und nur ein Prozent aus Talent
// resultieren", beschreibt das Unternehmen auf seiner Website seine Philosophie.
const index = bundledIndex();
const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);

describe('a company\'s motto („Leitspruch der Firma“, "the motto of the company") is what it says, not a stake in it', () => {
  test('German: „Zum Leitspruch der Firma gehört, dass 99 Prozent … und nur ein Prozent …“ is borne out; 90 Prozent is wrong', () => {
    const text = 'DeepSeek sitzt in Hangzhou. Zum Leitspruch der Firma gehört, dass 99 Prozent des Erfolgs aus harter Arbeit kämen und nur ein Prozent aus Talent.';
    assert.deepEqual(all(text), []);
    const wrong = 'DeepSeek sitzt in Hangzhou. Zum Leitspruch der Firma gehört, dass 90 Prozent des Erfolgs aus harter Arbeit kämen.';
    assert.deepEqual(all(wrong), [['figure-mismatch', '90 Prozent', '90 Prozent contradicts the source, which says 99 Prozent.']]);
  });
  test('English: "The motto of the company is that 99 percent … and only one percent …" is borne out; 90 percent is wrong', () => {
    const text = 'DeepSeek is based in Hangzhou. The motto of the company is that 99 percent of success comes from hard work and only one percent from talent.';
    assert.deepEqual(all(text), []);
    const wrong = 'DeepSeek is based in Hangzhou. The motto of the company is that 90 percent of success comes from hard work.';
    assert.deepEqual(all(wrong), [['figure-mismatch', '90 percent', '90 percent contradicts the source, which says 99 Prozent.']]);
  });
});

describe('a stake in the company stays a stake, and is no longer held against the motto\'s share', () => {
  test('German: „Liang hält 76 Prozent der Firma“ is a stake no source states, after the motto as alone', () => {
    const stake = 'DeepSeek sitzt in Hangzhou. Liang hält 76 Prozent der Firma.';
    assert.deepEqual(all(stake), [['unsourced-figure', '76 Prozent', 'No source states 76 Prozent.']]);
    const both = 'DeepSeek sitzt in Hangzhou. Zum Leitspruch der Firma gehört, dass 99 Prozent des Erfolgs aus harter Arbeit kämen.\n\nLiang hält 76 Prozent der Firma.';
    assert.deepEqual(all(both), [['unsourced-figure', '76 Prozent', 'No source states 76 Prozent.']]);
  });
  test('English: "Liang owns 76 percent of the company" likewise', () => {
    const stake = 'DeepSeek is based in Hangzhou. Liang owns 76 percent of the company.';
    assert.deepEqual(all(stake), [['unsourced-figure', '76 percent', 'No source states 76 percent.']]);
    const both = 'DeepSeek is based in Hangzhou. The motto of the company is that 99 percent of success comes from hard work.\n\nLiang owns 76 percent of the company.';
    assert.deepEqual(all(both), [['unsourced-figure', '76 percent', 'No source states 76 percent.']]);
  });
  test('who says a figure as before: „nach Angaben der Firma“, "according to the company"', () => {
    assert.deepEqual(all('Das Training von R1 kostete nach Angaben der Firma nur 5,6 Millionen Dollar.'), []);
    assert.deepEqual(all('Training R1 cost only $5.6 million, according to the company.'), []);
  });
});
