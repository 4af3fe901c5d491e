import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { germanDraft as de, misattributedSpeakers as misattributed } from './support/misattributedSpeakers';

const CLAIM_DE = 'Die Rechenzeit sei deutlich gesunken, weil sich DeepSeek auf präzise Antworten statt auf die Detaillierung jedes logischen Schritts konzentriert habe.';
const CLAIM_EN = 'DeepSeek focused on precise answers instead of detailing every logical step, which cut computing time considerably.';

describe('a speaker who disputes, then states a claim after a colon, claims it', () => {
  test('German: „Cao widersprach in einem Punkt: Die Rechenzeit sei … gesunken, weil …“ is Papailiopoulos\'s claim', () => {
    assert.deepEqual(misattributed(de(`Cao widersprach in einem Punkt: ${CLAIM_DE}`)), [['Cao', 'Dimitris Papailiopoulos']]);
  });
  test('English: "Cao countered: DeepSeek focused on precise answers …" is Papailiopoulos\'s claim', () => {
    assert.deepEqual(misattributed(`Cao countered: ${CLAIM_EN}`), [['Cao', 'Dimitris Papailiopoulos']]);
  });
  test('sharing before the colon, a dispute after it, a dispute without a colon and the right speaker stay silent (de, en)', () => {
    assert.deepEqual(misattributed(de(`Cao teilte diese Sicht: ${CLAIM_DE}`)), []);
    assert.deepEqual(misattributed(de(`Cao widersprach, dass sich DeepSeek auf präzise Antworten statt auf die Detaillierung jedes logischen Schritts konzentriert habe.`)), []);
    assert.deepEqual(misattributed(de(`Papailiopoulos widersprach in einem Punkt: ${CLAIM_DE}`)), []);
    assert.deepEqual(misattributed(`Cao agreed and said: ${CLAIM_EN}`), []);
    assert.deepEqual(misattributed(`Cao countered: Sheehan had disputed that ${CLAIM_EN}`), []);
    assert.deepEqual(misattributed(`Papailiopoulos countered: ${CLAIM_EN}`), []);
  });
});
