import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const findings = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'draft-inconsistency').map((f) => [text.slice(f.start, f.end), f.message, f.start, f.fix?.newText]);
const figuresOf = (text: string) => analyzeDraft(text, index).figures.map((f) => [f.figure.text, f.figure.value]);

/**
 * „| Parameter | 761B |“, "| Parameters | 761B |": a bare "B" glued to a number is part of a model's name ("Llama 3 8B")
 * unless what it counts follows ("617B parameters"); in a table cell the row label says what it counts, so a row of
 * parameters reads it as billions, and the draft's own "671 billion parameters" is held against it.
 */
describe('a bare "B" in a table cell whose row counts parameters is billions', () => {
  const de = (row: string) => `# DeepSeek R1\n\nDas Modell DeepSeek R1 hat 671 Milliarden Parameter.\n\n## Im Überblick\n\n| Merkmal | DeepSeek R1 |\n|---|---|\n${row}\n`;
  const en = (row: string) => `---\nlang: en\n---\n\n# DeepSeek R1\n\nOur test model, DeepSeek R1, has 671 billion parameters.\n\n## At a glance\n\n| Item | DeepSeek R1 |\n|---|---|\n${row}\n`;
  test('German: „| Parameter | 761B |“ contradicts „671 Milliarden Parameter“, with the swap undone as its fix', () => {
    const text = de('| Parameter | 761B |');
    assert.deepEqual(findings(text), [['761B', '761B contradicts 671 Milliarden earlier in this draft.', text.indexOf('761B'), '671B']]);
  });
  test('English: "| Parameters | 761B |" contradicts "671 billion parameters", with the swap undone as its fix', () => {
    const text = en('| Parameters | 761B |');
    assert.deepEqual(findings(text), [['761B', '761B contradicts 671 billion earlier in this draft.', text.indexOf('761B'), '671B']]);
  });
  test('German and English: the same value restated stays silent; a row of another thing or a model\'s name keeps its "B" a name', () => {
    assert.deepEqual(findings(de('| Parameter | 671B |')), []);
    assert.deepEqual(findings(en('| Parameters | 671B |')), []);
    assert.deepEqual(figuresOf(de('| Preis | 8B |')).filter(([t]) => t === '8B' || t === '8'), []);
    assert.deepEqual(figuresOf(en('| Price | 8B |')).filter(([t]) => t === '8B' || t === '8'), []);
    assert.deepEqual(figuresOf(en('| Model | Llama 3 8B |')).filter(([t]) => t === '8B' || t === '8'), []);
    assert.deepEqual(figuresOf(`---\nlang: en\n---\n\n# Models\n\nThe 8B model runs on a laptop.\n`).filter(([t]) => t === '8B' || t === '8'), []);
  });
  test('German and English: a row label whose noun counted in billions is not its first word („Gesamtzahl der Parameter“, "Total parameters", "Active parameters") reads the "B" as billions too', () => {
    const de761 = de('| Gesamtzahl der Parameter | 761B |');
    assert.deepEqual(findings(de761), [['761B', '761B contradicts 671 Milliarden earlier in this draft.', de761.indexOf('761B'), '671B']]);
    const en761 = en('| Total parameters | 761B |');
    assert.deepEqual(findings(en761), [['761B', '761B contradicts 671 billion earlier in this draft.', en761.indexOf('761B'), '671B']]);
    assert.deepEqual(figuresOf(de('| Aktive Parameter | 37B |')).filter(([t]) => t === '37B'), [['37B', 37e9]]);
    assert.deepEqual(figuresOf(en('| Active parameters | 37B |')).filter(([t]) => t === '37B'), [['37B', 37e9]]);
  });
  test('German and English guard: parameters named only in brackets or after "per" („je“) leave the row\'s "B" a model\'s name', () => {
    assert.deepEqual(figuresOf(en('| Model (parameters) | Llama 3 8B |')).filter(([t]) => t === '8B' || t === '8'), []);
    assert.deepEqual(figuresOf(de('| Modell (Parameter) | Llama 3 8B |')).filter(([t]) => t === '8B' || t === '8'), []);
    assert.deepEqual(figuresOf(en('| Price per parameter | 8B |')).filter(([t]) => t === '8B' || t === '8'), []);
  });
});
