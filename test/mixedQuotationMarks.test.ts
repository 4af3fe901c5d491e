import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const findings = (text: string) =>
  runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));

describe('a German quotation closed with a straight mark („…") is a quotation', () => {
  test('German: its changed word is a quote-mismatch', () => {
    assert.deepEqual(findings('---\nlang: de\n---\n\nStacy Rasgon betont: „DeepSeek verwendet neue Technologien."'), [
      { code: 'quote-mismatch', text: 'neue', fix: 'bekannte' },
    ]);
  });
  test('English: a pasted German original with a changed word, and its speaker', () => {
    assert.deepEqual(findings('Ruth pasted Rasgon\'s quote: „DeepSeek verwendet bekannte Technologien. Die Kostenvorteile sind interessant, aber keine Sensation". Check it.'), [
      { code: 'quote-mismatch', text: 'Sensation', fix: 'Revolution' },
    ]);
    assert.deepEqual(findings('Zihan Wang said: „Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt".'), [
      { code: 'misattributed-quote', text: 'Zihan Wang', fix: 'Matt Sheehan' },
    ]);
  });
  test('a straight mark inside a German quotation closed with „…“ stays inside it; the right words raise nothing (de, en)', () => {
    assert.deepEqual(findings('---\nlang: de\n---\n\n„DeepSeek war nicht der "Auserwählte" unter den chinesischen KI-Start-ups“, sagt Sheehan.'), []);
    assert.deepEqual(findings('Sheehan put it in German: „Sie haben die Welt und auch die chinesische Regierung überrascht".'), []);
  });
  test('a „ never closed before the next quotation opens is no quotation; the next one keeps its own speaker', () => {
    assert.deepEqual(findings('---\nlang: de\n---\n\nEin „Gerücht also. Dann sagte Matt Sheehan: „Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt“ und "fertig".'), []);
  });
});
