import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { describeFact } from '../server/src/core/facts/describeFact';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index)
    .filter((f) => f.severity !== 'information')
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message, ...(f.fix ? { fix: f.fix.newText } : {}) }));
}
const readAs = (text: string, figure: string, language: 'de' | 'en') => {
  const f = analyzeDraft(text, index).figures.find((x) => x.figure.text === figure)!;
  return describeFact(f.fact, language);
};

describe('a verbless list whose owners are in the sentence before is not told by the sentence after', () => {
  const before = 'Das Training von R1 und das von GPT-4o verschlangen sehr unterschiedliche Summen. ';
  const after = ' Beim Urteil „Preis-Leistung“ liegt das chinesische Modell deshalb klar vorn.';
  test('German: „Die Beträge: 5,6 beziehungsweise 87 Millionen Dollar.“ before „Preis-Leistung“ is R1\'s and GPT-4o\'s cost, not a benchmark score', () => {
    const text = `${before}Die Beträge: 5,6 beziehungsweise 87 Millionen Dollar.${after}`;
    assert.equal(readAs(text, '87 Millionen Dollar', 'de'), 'GPT-4o: 87 Millionen Dollar');
    assert.deepEqual(findings(text), [
      { code: 'figure-mismatch', text: '87 Millionen Dollar', message: '87 Millionen Dollar contradicts the source, which says 78 Millionen Dollar.', fix: '78 Millionen Dollar' },
    ]);
    assert.deepEqual(findings(`${before}Die Beträge: 5,6 beziehungsweise 78 Millionen Dollar.${after}`), []);
  });
  test('English: "The numbers: $5.6 million and $87 million respectively." before "On performance …" keeps its owners', () => {
    const text = 'R1 and GPT-4o were trained for very different sums. The numbers: $5.6 million and $87 million respectively. On performance the Chinese model is far ahead.';
    assert.equal(readAs(text, '$87 million', 'en'), 'GPT-4o: $87 million');
    assert.deepEqual(findings(text), [
      { code: 'figure-mismatch', text: '$87 million', message: '$87 million contradicts the source, which says 78 Millionen Dollar.', fix: '$78 million' },
    ]);
  });
  test('German, negative: a fragment that names no owner („5,6 Millionen Dollar. So wenig soll das Training gekostet haben.“) is still told by the next sentence', () => {
    assert.equal(readAs('Nur 5,6 Millionen Dollar. So wenig soll das Training gekostet haben.', '5,6 Millionen Dollar', 'de'), 'Kosten: 5,6 Millionen Dollar');
  });
  test('English, negative: "Only $5.6 million. That is what training R1 cost." is still told by the next sentence', () => {
    assert.match(readAs('Only $5.6 million. That is what training R1 cost.', '$5.6 million', 'en'), /cost/);
  });
});
