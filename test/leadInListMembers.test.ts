import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readAs, warningsWithMessages as findings } from './support/warningsWithMessages';

describe('a lead line lists the names, the items under it give one value each', () => {
  const german = (a: string, b: string, c: string) =>
    `Die Schlusskurse der drei US-Konzerne Nvidia, Microsoft und Broadcom am 27. Januar 2025, in dieser Reihenfolge:\n\n- minus ${a} Prozent\n- minus ${b} Prozent\n- minus ${c} Prozent\n`;
  test('German: each item is the member of its place; a wrong item warns with its member\'s value', () => {
    const right = german('7,82', '3,75', '6,58');
    assert.deepEqual(findings(right), []);
    assert.equal(readAs(right, '6,58 Prozent', 'de'), 'Broadcom · Veränderung · 27. Jan. 2025: −6,58 Prozent');
    assert.deepEqual(findings(german('7,82', '3,75', '6,85')), [
      { code: 'figure-mismatch', text: '6,85 Prozent', message: '6,85 Prozent contradicts the source, which says -6,58 %.', fix: '6,58 Prozent' },
    ]);
  });
  test('German: swapped items both warn, each with the other\'s value', () => {
    assert.deepEqual(findings(german('7,82', '6,58', '3,75')), [
      { code: 'figure-mismatch', text: '6,58 Prozent', message: '6,58 Prozent contradicts the source, which says -3,75 %.', fix: '3,75 Prozent' },
      { code: 'figure-mismatch', text: '3,75 Prozent', message: '3,75 Prozent contradicts the source, which says -6,58 %.', fix: '6,58 Prozent' },
    ]);
  });
  test('English: "How Nvidia, Microsoft and Broadcom closed on January 27, 2025, in that order:" then one move per bullet', () => {
    const english = (a: string, b: string, c: string) => `How Nvidia, Microsoft and Broadcom closed on January 27, 2025, in that order:\n\n- down ${a}%\n- down ${b}%\n- down ${c}%\n`;
    const right = english('7.82', '3.75', '6.58');
    assert.deepEqual(findings(right), []);
    assert.equal(readAs(right, '3.75%', 'en'), 'Microsoft · change · 27 Jan 2025: −3.75%');
    assert.deepEqual(findings(english('7.82', '6.58', '3.75')), [
      { code: 'figure-mismatch', text: '6.58%', message: '6.58% contradicts the source, which says -3,75 %.', fix: '3.75%' },
      { code: 'figure-mismatch', text: '3.75%', message: '3.75% contradicts the source, which says -6,58 %.', fix: '6.58%' },
    ]);
  });
  test('a lead that does not say its items follow the names in order gives them no owner by place: „Nvidia und Microsoft im Überblick:“', () => {
    const text = 'Nvidia und Microsoft am 27. Januar 2025 im Überblick:\n\n- Kurssturz um 7,82 Prozent\n- Kurssturz um 3,75 Prozent\n';
    assert.equal(readAs(text, '3,75 Prozent', 'en'), 'share price · 27 Jan 2025: 3,75 Prozent');
  });
  test('„jeweils“ in a lead says "each", not "in this order": a value true of all three stays silent (review51)', () => {
    assert.deepEqual(findings('Nvidia, Microsoft und Broadcom verloren am 27. Januar jeweils kräftig:\n\n- mehr als 3 Prozent an einem Tag\n'), []);
  });
  test('an item that names its own owner keeps it, and a paragraph after the list ends the lead', () => {
    const text = 'On January 27, 2025, Nvidia and Microsoft closed down:\n\n- Microsoft 3.75%\n- Nvidia 7.82%\n\nBroadcom lost 6.58%.\n';
    assert.deepEqual(findings(text), []);
    assert.equal(readAs(text, '6.58%', 'en'), 'Broadcom · change · 27 Jan 2025: −6.58%');
  });
});
