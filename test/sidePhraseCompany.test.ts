import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message, ...(f.fix ? { fix: f.fix.newText } : {}) }));
}
const warnings = (text: string) => findings(text).filter((f) => f.code !== 'unsourced-figure').map(({ code, text: t }) => ({ code, text: t }));
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;

describe('the company of a side phrase\'s earlier move („Trotz des Rückgangs bei Microsoft …“, "After Microsoft\'s decline, …") is not whose the clause\'s figure is', () => {
  test('German: „Trotz des Rückgangs bei Microsoft legte Nvidia um 7,82 Prozent zu.“ says the rise contradicts Nvidia\'s fall, not Microsoft\'s 3,75 %', () => {
    const [finding, ...rest] = findings('Trotz des Rückgangs bei Microsoft legte Nvidia um 7,82 Prozent zu.\n');
    assert.deepEqual(rest, []);
    assert.equal(finding.code, 'figure-mismatch');
    assert.match(finding.message, /-7,82 %/);
    assert.notEqual(finding.fix, '3,75 Prozent');
  });
  test('English: "After Microsoft\'s decline, Nvidia gained 7.82%." and "After the decline at Microsoft, …" say the rise contradicts Nvidia\'s fall', () => {
    for (const sentence of ["After Microsoft's decline, Nvidia gained 7.82%.", 'After the decline at Microsoft, Nvidia gained 7.82%.']) {
      const [finding, ...rest] = findings(english(sentence));
      assert.deepEqual(rest, [], sentence);
      assert.equal(finding.code, 'figure-mismatch', sentence);
      assert.match(finding.message, /-7,82 %/, sentence);
      assert.notEqual(finding.fix, '3.75%', sentence);
    }
  });
  test('German and English guard: the true twins, a side move that governs its own figure, and a side phrase whose company is the only name', () => {
    assert.deepEqual(warnings('Nach dem Rückgang bei Microsoft verlor Nvidia 7,82 Prozent.\n'), []);
    assert.deepEqual(warnings(english("After Microsoft's decline, Nvidia fell 7.82%.")), []);
    assert.deepEqual(warnings(english('Despite the slide at Nvidia, Broadcom lost only 6.58%.')), []);
    // The move governs a figure: that figure is the side phrase's company's, and true.
    assert.deepEqual(warnings('Nach einem Verlust von 3,75 Prozent bei Microsoft verlor auch Nvidia 7,82 Prozent.\n'), []);
    assert.deepEqual(warnings(english("After Microsoft's decline of 3.75%, Nvidia fell 7.82%.")), []);
    // The side phrase names the only company: the figure stays its own.
    assert.deepEqual(warnings('Nach dem Rückgang bei Microsoft fiel die Aktie um 3,75 Prozent.\n'), []);
  });
});

describe('side phrases opened by „angesichts“ and "in the wake of" are side phrases too', () => {
  test('German: „Angesichts der Verluste von Microsoft stieg Nvidia … um 7,82 Prozent.“ says the rise contradicts Nvidia\'s fall; the fall is borne out', () => {
    assert.deepEqual(findings('Angesichts der Verluste von Microsoft stieg Nvidia am 27. Januar 2025 um 7,82 Prozent.\n').map(({ code, text, message }) => [code, text, message]),
      [['figure-mismatch', '7,82 Prozent', '7,82 Prozent says it rose, but the source says it fell: -7,82 %.']]);
    assert.deepEqual(warnings('Angesichts der Verluste von Microsoft verlor Nvidia am 27. Januar 2025 7,82 Prozent.\n'), []);
  });
  test('English: "In the wake of Microsoft\'s slide, Nvidia gained 7.82%" says the rise contradicts Nvidia\'s fall; the fall is borne out', () => {
    assert.deepEqual(findings(english('In the wake of Microsoft\'s slide, Nvidia gained 7.82% on January 27, 2025.')).map(({ code, text, message }) => [code, text, message]),
      [['figure-mismatch', '7.82%', '7.82% says it rose, but the source says it fell: -7,82 %.']]);
    assert.deepEqual(warnings(english('In the wake of Microsoft\'s slide, Nvidia lost 7.82% on January 27, 2025.')), []);
  });
});
