import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extraSource, read, withSources } from './support/fixtures';
import { findingTriples as allTriples } from './support/unchangedByArticles';

// Broadcom's rise of Tuesday 28 January in another article is another day's value, not one of Monday's fall.
const rebound = withSources(extraSource('2025-01-28_nvidia-rebound.txt', read('test/eval/distractors/2025-01-28_nvidia-rebound.txt')));

/** The findings on the sentence under the heading (whether a source names the heading's day is another matter). */
const findingTriples = (text: string, index?: Parameters<typeof allTriples>[1]) => allTriples(text, index).filter(([, words]) => !/28/.test(words));

describe('a clause whose verb is left out shares its predecessor\'s day', () => {
  test('German: „Gestern verlor Nvidia 7,82 Prozent an Wert, Broadcom 6,58 Prozent“ under Tuesday\'s heading is Monday\'s fall of both', () => {
    const heading = '## Dienstag, 28. Januar 2025\n\n';
    assert.deepEqual(findingTriples(`${heading}Gestern verlor Nvidia 7,82 Prozent an Wert, Broadcom 6,58 Prozent.`), []);
    assert.deepEqual(findingTriples(`${heading}Gestern verlor Nvidia 7,82 Prozent an Wert, Broadcom 6,58 Prozent.`, rebound), []);
    const wrong = `${heading}Gestern verlor Nvidia 7,82 Prozent an Wert, Broadcom 6,85 Prozent.`;
    assert.deepEqual(findingTriples(wrong, rebound), [['figure-mismatch', '6,85 Prozent', '6,85 Prozent contradicts the source, which says -6,58 %.']]);
  });

  test('English: "Nvidia lost 7.82% yesterday, Broadcom 6.58%" under Tuesday\'s heading likewise', () => {
    const heading = '## Tuesday, January 28, 2025\n\n';
    assert.deepEqual(findingTriples(`${heading}Nvidia lost 7.82% yesterday, Broadcom 6.58%.`), []);
    assert.deepEqual(findingTriples(`${heading}Nvidia lost 7.82% yesterday, Broadcom 6.58%.`, rebound), []);
    const wrong = `${heading}Nvidia lost 7.82% yesterday, Broadcom 6.85%.`;
    assert.deepEqual(findingTriples(wrong, rebound), [['figure-mismatch', '6.85%', '6.85% contradicts the source, which says -6,58 %.']]);
  });

  test('a clause with a verb and a day of its own keeps its own day', () => {
    const text = '## Dienstag, 28. Januar 2025\n\nGestern verlor Nvidia 7,82 Prozent, heute legte Broadcom 2,6 Prozent zu.';
    assert.deepEqual(findingTriples(text, rebound), []);
    const english = '## Tuesday, January 28, 2025\n\nNvidia lost 7.82% yesterday, and today Broadcom added 2.6%.';
    assert.deepEqual(findingTriples(english, rebound), []);
  });
});
