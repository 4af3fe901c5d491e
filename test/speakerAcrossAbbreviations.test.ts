import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const findings = (text: string) =>
  runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));

describe('the period of an abbreviation does not end the sentence that names a quotation\'s speaker', () => {
  test('English: "X told reporters that U.S. export controls "…"" is X\'s quotation', () => {
    assert.deepEqual(findings('Zihan Wang, a former DeepSeek employee, told reporters that U.S. export controls "pushed Chinese companies into a corner where they have to use their limited computing resources far more efficiently."'), [
      { code: 'misattributed-quote', text: 'Zihan Wang', fix: 'Matt Sheehan' },
    ]);
  });
  test('German: „X sagte ca. eine Woche später: „…““ is X\'s quotation', () => {
    assert.deepEqual(findings('---\nlang: de\n---\n\nZihan Wang sagte ca. eine Woche später: „Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt.“'), [
      { code: 'misattributed-quote', text: 'Zihan Wang', fix: 'Matt Sheehan' },
    ]);
  });
  test('the right speaker across an abbreviation raises nothing (de, en)', () => {
    assert.deepEqual(findings('Matt Sheehan told reporters that U.S. export controls "pushed Chinese companies into a corner where they have to use their limited computing resources far more efficiently."'), []);
    assert.deepEqual(findings('---\nlang: de\n---\n\nMatt Sheehan sagte ca. eine Woche später: „Die US-Exportkontrollen haben chinesische Unternehmen in eine Ecke gedrängt.“'), []);
  });
  test('a real full stop still ends the sentence: a name before it does not speak the next sentence\'s quotation (de, en)', () => {
    assert.deepEqual(findings('Zihan Wang studied in Illinois. Matt Sheehan said export controls "pushed Chinese companies into a corner where they have to use their limited computing resources far more efficiently."'), []);
    assert.deepEqual(findings('---\nlang: de\n---\n\nZihan Wang forscht in Illinois. Laut Matt Sheehan haben die Kontrollen „chinesische Unternehmen in eine Ecke gedrängt“.'), []);
  });
});
