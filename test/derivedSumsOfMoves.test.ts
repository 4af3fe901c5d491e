import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, claimsOf, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The source: „Innerhalb weniger Stunden stürzten die Kurse von Branchengrößen wie Nvidia (-7,82 %), Microsoft (-3,75 %)
// und Broadcom (-6,58 %) ab.“ Together 18,15 percentage points; on average 6,05 %.
const index = bundledIndex();
const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
const warnings = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.severity !== 'information').map((f) => [f.code, text.slice(f.start, f.end), f.message]);
const claims = (text: string) => claimsOf(analyzeDraft(text, index), index).map((c) => [c.status, text.slice(c.start, c.end)]);

const SUM = 'contradicts the source, which says 7,82 % + 3,75 % + 6,58 % = 18.15 percentage points.';
const MEAN = 'contradicts the source, which says (7,82 % + 3,75 % + 6,58 %) ÷ 3 ≈ 6.05 %.';

describe('the sum and the average of one sentence\'s moves the same way', () => {
  const de = 'Nvidia verlor 7,82 Prozent, Microsoft 3,75 Prozent und Broadcom 6,58 Prozent.';
  test('German: „Zusammen verloren die drei 18,15 Prozentpunkte, im Schnitt gut sechs Prozent“ is borne out', () => {
    const text = `${de} Zusammen verloren sie 18,15 Prozentpunkte, im Schnitt gut sechs Prozent.`;
    assert.deepEqual(all(text), []);
    assert.deepEqual(claims(text)[1], ['supported', 'Zusammen verloren sie 18,15 Prozentpunkte, im Schnitt gut sechs Prozent.']);
    assert.deepEqual(warnings(`${de} Zusammen verloren die drei Konzerne 18,15 Prozentpunkte.`), []);
  });
  test('German: a wrong sum and a wrong average are each contradicted', () => {
    assert.deepEqual(warnings(`${de} Zusammen verloren die drei Konzerne 17,15 Prozentpunkte.`), [['figure-mismatch', '17,15 Prozentpunkte', `17,15 Prozentpunkte ${SUM}`]]);
    assert.deepEqual(warnings(`${de} Zusammen verloren sie 17,15 Prozentpunkte.`), [['figure-mismatch', '17,15 Prozentpunkte', `17,15 Prozentpunkte ${SUM}`]]);
    // Eight is about Nvidia's fall, but no average of the three.
    assert.deepEqual(warnings(`${de} Im Durchschnitt verloren die drei Konzerne acht Prozent.`), [['figure-mismatch', 'acht Prozent', `acht Prozent ${MEAN}`]]);
  });
  test('English: "Together the three lost 18.15 points, an average of about 6%" is borne out', () => {
    const text = 'Nvidia fell 7.82%, Microsoft 3.75% and Broadcom 6.58%. Together they lost 18.15 points, an average of about 6%.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(claims(text)[1], ['supported', 'Together they lost 18.15 points, an average of about 6%.']);
    assert.deepEqual(warnings(text.replace('they', 'the three')), []);
  });
  test('English: a wrong sum and a wrong average are each contradicted', () => {
    const en = 'Nvidia fell 7.82%, Microsoft 3.75% and Broadcom 6.58%.';
    assert.deepEqual(warnings(`${en} Together the three lost 17.15 points.`), [['figure-mismatch', '17.15 points', `17.15 points ${SUM}`]]);
    assert.deepEqual(warnings(`${en} On average, the three fell 8%.`), [['figure-mismatch', '8%', `8% ${MEAN}`]]);
  });
  test('German and English: „summieren sich auf“, "sum to" add up as „zusammen“ does', () => {
    assert.deepEqual(warnings(`${de} Die drei Verluste summieren sich auf 18,15 Prozentpunkte.`), []);
    assert.deepEqual(warnings(`${de} Die drei Verluste summieren sich auf 17,15 Prozentpunkte.`), [['figure-mismatch', '17,15 Prozentpunkte', `17,15 Prozentpunkte ${SUM}`]]);
    const en = 'Nvidia fell 7.82%, Microsoft 3.75% and Broadcom 6.58%.';
    assert.deepEqual(warnings(`${en} The three losses sum to 18.15 points.`), []);
    assert.deepEqual(warnings(`${en} The three losses sum to 17.15 points.`), [['figure-mismatch', '17.15 points', `17.15 points ${SUM}`]]);
  });
  test('German and English: a move said without "zusammen" or "average" is each one\'s own, as before', () => {
    assert.deepEqual(warnings('Nvidia verlor am 27. Januar 2025 sechs Prozent.'), [['figure-mismatch', 'sechs Prozent', 'sechs Prozent contradicts the source, which says -7,82 %.']]);
    assert.deepEqual(warnings('On 27 January 2025 Nvidia fell 6%.'), [['figure-mismatch', '6%', '6% contradicts the source, which says -7,82 %.']]);
    assert.deepEqual(all('Insgesamt fiel Nvidia am 27. Januar 2025 um 7,82 Prozent.'), []);
    assert.deepEqual(all('In all, Nvidia fell 7.82% on 27 January 2025.'), []);
  });
  test('German and English: an average borne out by the sources\' Monday says nothing of the session\'s date above it', () => {
    const de = '**Mittwoch, 29. Januar 2025 – Straßburg**\n\nNvidia verlor 7,82 Prozent, Microsoft 3,75 Prozent und Broadcom 6,58 Prozent. Zusammen haben die drei Konzerne an diesem Montag im Schnitt rund sechs Prozent verloren.';
    assert.deepEqual(warnings(de), []);
    const en = '**Wednesday, 29 January 2025 – Strasbourg**\n\nNvidia fell 7.82%, Microsoft 3.75% and Broadcom 6.58%. On that Monday the three lost an average of about 6%.';
    assert.deepEqual(warnings(en), []);
  });
  test('German and English: the score pair (92 %, 85 %) moved nowhere, so its average is no move', () => {
    assert.deepEqual(warnings('R1 erreichte bei HumanEval 92 Prozent und bei MATH-500 85 Prozent, im Schnitt also 88,5 Prozent.'), []);
    assert.deepEqual(warnings('R1 scored 92% on HumanEval and 85% on MATH-500, an average of 88.5%.'), []);
  });
});
