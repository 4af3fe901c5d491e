import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, extractFigures, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
const figures = (text: string, language: 'de' | 'en') => extractFigures(text, { language }).map((f) => [f.text, f.value]);
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;

describe('a bare "B" glued to a number is billions where what it counts follows ("617B parameters"), a model\'s size in its name elsewhere', () => {
  test('English: "617B parameters" is 617 billion, unsourced as "617 billion parameters" is', () => {
    assert.deepEqual(figures('DeepSeek V3 has 617B parameters.', 'en'), [['617B', 617e9]]);
    assert.deepEqual(findings(english('DeepSeek V3 has 617B parameters.')), [{ code: 'unsourced-figure', text: '617B' }]);
    assert.deepEqual(findings(english('DeepSeek V3 has 617 billion parameters.')), [{ code: 'unsourced-figure', text: '617 billion' }]);
  });
  test('German: „617B Parameter“ is 617 Milliarden, as „617 Mrd. Parameter“ is', () => {
    assert.deepEqual(figures('DeepSeek V3 hat 617B Parameter.', 'de'), [['617B', 617e9]]);
    assert.deepEqual(findings('DeepSeek V3 hat 617B Parameter.'), [{ code: 'unsourced-figure', text: '617B' }]);
    assert.deepEqual(findings('DeepSeek V3 hat 617 Mrd. Parameter.'), [{ code: 'unsourced-figure', text: '617 Mrd.' }]);
  });
  test('German and English: a size in a model\'s name stays no figure ("Llama 3 8B", "the 8B model", „größer als Llama 3 70B“)', () => {
    assert.deepEqual(figures('The 8B model runs on a laptop. Llama 3 8B is smaller.', 'en'), []);
    assert.deepEqual(figures('R1 ist größer als Llama 3 70B.', 'de'), []);
    assert.deepEqual(findings(english('The 8B model runs on a laptop; Llama 3 8B is smaller.')), []);
  });
});
