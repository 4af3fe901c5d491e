import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, buildSourceIndex, runRules, type SourceIndex } from '../server/src/core';
import { bundledInputs, read } from './support/fixtures';

const extraSource = (id: string, text: string) => ({ id, uri: `file:///extra/${id}`, text });
const withSources = (...extra: Array<{ id: string; uri: string; text: string }>) => buildSourceIndex([...bundledInputs(), ...extra]);

function findings(text: string, index: SourceIndex) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

describe('a figure a name comes with ("NAME mit/with N") is that name\'s alone', () => {
  // „… für OpenAIs GPT-4 auf etwa 78 Millionen Dollar, für Metas Llama 2 mit 70 Milliarden Parametern auf rund 3 Millionen Dollar“
  const german = extraSource('2025-02-20_ki-trainingskosten-schaetzungen.txt', read('test/eval/distractors/2025-02-20_ki-trainingskosten-schaetzungen.txt'));
  const english = extraSource('2025-02-20_training-costs.md', '---\ntitle: What training a frontier model costs\npublished: 2025-02-20\n---\n\nOutside estimates are all there is. Epoch AI puts the cost of training OpenAI\'s GPT-4 at about $78 million, and that of DeepSeek V3 with 671 billion parameters at $5.6 million.\n');

  test('German: Llama 2\'s 70 billion parameters are no parameter count of GPT-4', () => {
    assert.deepEqual(findings('OpenAIs GPT-4 hat rund 175 Milliarden Parameter.', withSources(german)), [{ code: 'unsourced-figure', text: '175 Milliarden' }]);
  });

  test('English: DeepSeek V3\'s 671 billion parameters are no parameter count of GPT-4', () => {
    assert.deepEqual(findings("OpenAI's GPT-4 has about 500 billion parameters.", withSources(english)), [{ code: 'unsourced-figure', text: '500 billion' }]);
  });
});
