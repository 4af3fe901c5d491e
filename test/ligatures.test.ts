import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// Text copied from a PDF or an OCR scan keeps print's ligatures (ﬁ, ﬃ) in place of their letters: the word is the
// source's word, and a changed word beside it is still a misquote.
describe('a typographic ligature is read as its letters', () => {
  const idx = bundledIndex();
  const findings = (text: string) => runRules(analyzeDraft(text, idx), idx).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
  const de = (body: string) => `---\nlang: de\n---\n\n# KI\n\n${body}\n`;

  test('a quotation with „ﬁ“ and „ﬃ“ is the source\'s, in prose and in a block quote', () => {
    assert.deepEqual(findings(de('„Diese Generation junger chinesischer Forscher identiﬁziert sich stark mit der Open-Source-Kultur, weil sie so sehr davon proﬁtiert", sagt Thomas Qitong Cao.')), []);
    assert.deepEqual(findings(de('> „Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt, in der sie mit ihren begrenzten Rechenressourcen weitaus eﬃzienter umgehen müssen", sagt Matt Sheehan.')), []);
  });

  test('a changed word beside the ligature is still a quote-mismatch, on the word as written', () => {
    assert.deepEqual(findings(de('„Diese Generation junger chinesischer Forscher identiﬁziert sich stark mit der Open-Source-Kultur, weil sie so sehr davon proﬁtiert", sagt Thomas Qitong Cao.'.replace('stark', 'kaum'))), [
      { code: 'quote-mismatch', text: 'kaum' },
    ]);
    assert.deepEqual(findings(de('„Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt, in der sie mit ihren begrenzten Rechenressourcen weitaus eﬃzienter arbeiten müssen", sagt Matt Sheehan.')), [
      { code: 'quote-mismatch', text: 'arbeiten' },
    ]);
  });
});
