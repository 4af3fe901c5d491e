import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const german = (body: string) => `---\nlang: de\n---\n\n${body}\n`;
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;
function inconsistencies(text: string) {
  return runRules(analyzeDraft(text, index), index)
    .filter((f) => f.code === 'draft-inconsistency')
    .map((f) => ({ text: text.slice(f.start, f.end), message: f.message }));
}

describe('an operating result (EBIT, „operatives Ergebnis“, "operating income") is a fact of its own, restated or not', () => {
  test('German: „operatives Ergebnis“, „EBIT“ and „Betriebsergebnis“ of one company and year state one fact; two values contradict', () => {
    const first = 'Nvidia erzielte 2024 ein operatives Ergebnis von 81,5 Milliarden Dollar.\n\n';
    assert.deepEqual(inconsistencies(german(`${first}Im Jahr 2024 lag das EBIT von Nvidia bei 62,4 Milliarden Dollar.`)), [
      { text: '62,4 Milliarden Dollar', message: '62,4 Milliarden Dollar contradicts 81,5 Milliarden Dollar earlier in this draft.' },
    ]);
    assert.deepEqual(inconsistencies(german(`${first}Das Betriebsergebnis von Nvidia betrug 2024 62,4 Milliarden Dollar.`)).map((f) => f.text), ['62,4 Milliarden Dollar']);
    assert.deepEqual(inconsistencies(german(`${first}Der operative Gewinn von Nvidia lag 2024 bei 62,4 Milliarden Dollar.`)).map((f) => f.text), ['62,4 Milliarden Dollar']);
  });
  test('English: "operating income", "operating profit" and "EBIT" of one company and year state one fact; two values contradict', () => {
    const first = "Nvidia's operating income rose to $32.9 billion in 2024.\n\n";
    assert.deepEqual(inconsistencies(english(`${first}In 2024, Nvidia's operating profit came to $28.4 billion.`)), [
      { text: '$28.4 billion', message: '$28.4 billion contradicts $32.9 billion earlier in this draft.' },
    ]);
    assert.deepEqual(inconsistencies(english(`${first}In 2024, Nvidia's EBIT was $28.4 billion.`)).map((f) => f.text), ['$28.4 billion']);
  });
  test('German and English: "EBIT" is the measure, not an unknown company, so the company of the sentence before stays its owner', () => {
    assert.deepEqual(inconsistencies(german('Nvidia steigerte 2024 den Umsatz auf 130,5 Milliarden Dollar. Das EBIT erreichte 81,5 Milliarden Dollar.\n\nDas operative Ergebnis von Nvidia lag 2024 bei 62,4 Milliarden Dollar.')), [
      { text: '62,4 Milliarden Dollar', message: '62,4 Milliarden Dollar contradicts 81,5 Milliarden Dollar earlier in this draft.' },
    ]);
    assert.deepEqual(inconsistencies(english("Nvidia grew its 2024 revenue to $130.5 billion. EBIT reached $81.5 billion.\n\nNvidia's operating income was $62.4 billion in 2024.")).map((f) => f.text), ['$62.4 billion']);
    // Nor is "EBITDA", another measure: the company's EBITDA and its EBIT are two facts.
    assert.deepEqual(inconsistencies(english("Nvidia grew its 2024 revenue to $130.5 billion. EBITDA reached $91.5 billion.\n\nNvidia's operating income was $62.4 billion in 2024.")), []);
  });
  test('German and English guard: the same value restated is clean; the revenue, EBITDA and another year are other facts', () => {
    assert.deepEqual(inconsistencies(german('Nvidia erzielte 2024 ein operatives Ergebnis von 81,5 Milliarden Dollar.\n\nIm Jahr 2024 lag das EBIT von Nvidia bei 81,5 Milliarden Dollar.')), []);
    assert.deepEqual(inconsistencies(german('Nvidia erzielte 2024 ein operatives Ergebnis von 81,5 Milliarden Dollar.\n\nNvidia steigerte 2024 den Umsatz auf 130,5 Milliarden Dollar. Das EBITDA von Nvidia lag 2024 bei 86,1 Milliarden Dollar.')), []);
    assert.deepEqual(inconsistencies(german('Nvidia erzielte 2024 ein operatives Ergebnis von 81,5 Milliarden Dollar.\n\nIm Jahr 2023 lag das EBIT von Nvidia bei 33 Milliarden Dollar.')), []);
    assert.deepEqual(inconsistencies(english("Nvidia's operating income rose to $32.9 billion in 2024.\n\nIn 2024, Nvidia's revenue was $60.9 billion and its EBITDA was $35.6 billion.")), []);
    assert.deepEqual(inconsistencies(english("Nvidia's operating income rose to $32.9 billion in 2024.\n\nIn 2023, Nvidia's operating profit was $4.2 billion.")), []);
  });
});
