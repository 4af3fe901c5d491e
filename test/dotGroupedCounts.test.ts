import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
const german = (body: string) => `---\nlang: de\n---\n\n${body}\n`;
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;

// The sources: „Schätzungen schwanken zwischen 10.000 und 50.000 Einheiten“, „36 Prozent der weltweit 1328 KI-Modelle“.
// A German writer's English keeps German's thousands dot: nobody counts 10.000 units or 1.328 models.
describe('in English, a count of things written with a thousands dot ("10.000 units", "1.328 AI-models") is whole', () => {
  test('the sources\' counts written so are sourced, in a paragraph, a list item and a block quote', () => {
    assert.deepEqual(findings(english('Estimates of Liang\'s A100 stockpile lie between 10.000 and 50.000 units.')), []);
    assert.deepEqual(findings(english('According to a Chinese academy, 36 percent of the worldwide 1.328 AI-models come from China.')), []);
    assert.deepEqual(findings(english('- Stockpile: 10.000 to 50.000 chips')), []);
    assert.deepEqual(findings(english('> Liang stocked up on 10.000 to 50.000 A100 chips before the ban.')), []);
  });

  test('a wrong count written so contradicts the source', () => {
    assert.deepEqual(findings(english('Estimates of Liang\'s A100 stockpile lie between 10.000 and 15.000 units.')), [{ code: 'figure-mismatch', text: '15.000' }]);
    assert.deepEqual(findings(english('According to a Chinese academy, 36 percent of the worldwide 1.238 AI-models come from China.')), [{ code: 'figure-mismatch', text: '1.238' }]);
  });

  test('sums, points, spans and the comma\'s thousands keep their reading; German is read as before', () => {
    assert.deepEqual(findings(english('OpenAI spent $1.328 billion on compute.')), [{ code: 'unsourced-figure', text: '$1.328 billion' }]);
    assert.deepEqual(findings(english('Estimates of the stockpile lie between 10,000 and 15,000 units.')), [{ code: 'figure-mismatch', text: '15,000' }]);
    assert.deepEqual(findings(german('Schätzungen schwanken zwischen 10.000 und 15.000 Einheiten.')), [{ code: 'figure-mismatch', text: '15.000' }]);
    assert.deepEqual(findings(english('On January 27, 2025, Nvidia fell 7.820 percent.')), []);
  });
});
