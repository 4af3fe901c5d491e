import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, hoverAt, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
const german = (body: string) => `---\nlang: de\n---\n\n${body}\n`;
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;

// The sources: Nvidia (-7,82 %), Microsoft (-3,75 %) und Broadcom (-6,58 %); training R1 5,6 Millionen Dollar; DeepSeek
// founded in July 2023. An exam or a quiz lists wrong values beside the right one on purpose: the reader picks one.
describe('the options of a multiple-choice question ("A. 3.75%", "b) Juli 2022") state nothing', () => {
  test('English: options under the question in its paragraph get no finding, wrong ones included', () => {
    assert.deepEqual(findings(english('**1. By how much did Nvidia\'s share price fall on January 27, 2025?**\nA. 3.75%\nB. 6.58%\nC. 7.82%\nD. 17.8%')), []);
    assert.deepEqual(findings(english('**2. What did DeepSeek say it spent on training R1?**\nA. $5.6 million\nB. $56 million\nC. $5.6 billion\nD. $78 million')), []);
  });

  test('German: „a)“, „b)“, „c)“ under the question, in a block quote too', () => {
    assert.deepEqual(findings(german('Wann wurde DeepSeek gegründet?\na) 2015\nb) Juli 2022\nc) Juli 2023')), []);
    assert.deepEqual(findings(german('> Um wie viel Prozent fiel Microsoft am 27. Januar 2025?\n> a) 3,75 %\n> b) 6,58 %\n> c) 17 %')), []);
  });

  test('options under a bold question line of their paragraph, with brackets', () => {
    assert.deepEqual(findings(german('**Frage 4: Um wie viel fiel Broadcom am 27. Januar 2025?**\n(a) 3,75 %\n(b) 6,58 %\n(c) 7,82 %')), []);
  });

  test('the question itself is still read: its date gets the source in its hover', () => {
    const text = english('**1. By how much did Nvidia\'s share price fall on January 27, 2025?**\nA. 3.75%\nB. 6.58%\nC. 7.82%');
    const at = text.indexOf('January 27, 2025');
    assert.match(hoverAt(analyzeDraft(text, index), index, at + 1)?.markdown ?? '', /27\. Januar 2025/);
  });

  test('the answer key after the options is a claim: a wrong value there is still caught', () => {
    assert.deepEqual(findings(english('**1. By how much did Nvidia\'s share price fall on January 27, 2025?**\nA. 3.75%\nB. 6.58%\nC. 7.82%\n\n**1. C.** Nvidia lost 7.82%; Broadcom fell 6.85%.')), [{ code: 'figure-mismatch', text: '6.85%' }]);
    assert.deepEqual(findings(german('Wann wurde DeepSeek gegründet?\na) 2015\nb) Juli 2022\nc) Juli 2023\n\nLösung: c). DeepSeek wurde im Juli 2022 gegründet.')), [{ code: 'date-mismatch', text: 'Juli 2022' }]);
  });
});

describe('lettered lines that are no options keep their claims', () => {
  test('a deposition\'s or an interview\'s answer "A." after a question states its figures', () => {
    assert.deepEqual(findings(english('Q. How much did Broadcom fall on January 27, 2025?\nA. Broadcom fell 6.85 percent.')), [{ code: 'figure-mismatch', text: '6.85 percent' }]);
  });

  test('a pub quiz\'s numbered answer "**A2.**" after its question is the answer', () => {
    assert.deepEqual(findings(english('**Q2.** By how much did Microsoft drop on January 27, 2025?\n**A2.** 6.58%.')), [{ code: 'figure-mismatch', text: '6.58%' }]);
  });

  test('lettered items after a statement, not a question, are claims', () => {
    assert.deepEqual(findings(english('On January 27, 2025, the chip stocks fell:\n(a) Nvidia fell 7.82%;\n(b) Microsoft fell 3.75%;\n(c) Broadcom fell 6.85%.')), [{ code: 'figure-mismatch', text: '6.85%' }]);
    assert.deepEqual(findings(german('Am 27. Januar 2025 gaben nach:\n\n- a) Nvidia um 7,82 %\n- b) Microsoft um 3,75 %\n- c) Broadcom um 6,85 %')), [{ code: 'figure-mismatch', text: '6,85 %' }]);
  });

  test('letters that do not run from "A" on, or fewer than three, are no options', () => {
    assert.deepEqual(findings(english('Did Broadcom fall on January 27, 2025?\nB. Broadcom fell 6.85%.\nC. Microsoft fell 3.75%.\nD. Nvidia fell 7.82%.')), [{ code: 'figure-mismatch', text: '6.85%' }]);
    assert.deepEqual(findings(german('Wie stark fiel Broadcom am 27. Januar 2025?\na) Broadcom fiel um 6,85 %.\nb) Microsoft fiel um 3,75 %.')), [{ code: 'figure-mismatch', text: '6,85 %' }]);
  });
});
