import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, claimsOf, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The source: „Der Nasdaq 100 sackte um 3 % ab, obwohl er 2024 noch 25 % zugelegt hatte.“ (25 % ÷ 3 % ≈ 8.3; 3 % is
// 12 % of 25 %, an eighth.)
const index = bundledIndex();
const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
const claims = (text: string) => claimsOf(analyzeDraft(text, index), index).map((c) => [c.status, text.slice(c.start, c.end)]);

describe('two moves of one thing in one source sentence (the day\'s fall, the year\'s gain) make a ratio and a share', () => {
  test('German: „Der Rückschlag frisst nur ein Achtel des Vorjahresgewinns auf“ is borne out; „ein Viertel“ stays wrong', () => {
    const text = 'Der Nasdaq 100 sackte um 3 Prozent ab. Der Rückschlag frisst nur ein Achtel des Vorjahresgewinns auf.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(claims(text), [['supported', 'Der Nasdaq 100 sackte um 3 Prozent ab.'], ['supported', 'Der Rückschlag frisst nur ein Achtel des Vorjahresgewinns auf.']]);
    // Under the day's heading, as before: against the day's fall.
    const dated = `# Börse am 27. Januar 2025\n\n${text}`;
    assert.deepEqual(all(dated), []);
    assert.deepEqual(all(dated.replace('ein Achtel', 'ein Viertel')), [['figure-mismatch', 'ein Viertel', 'ein Viertel contradicts the source, which says 3 %.']]);
  });
  test('German: „2024 hatte er noch 25 Prozent zugelegt, das ist gut das Achtfache des Tagesverlusts“ is borne out; „das Zwanzigfache“ is wrong', () => {
    const text = 'Der Nasdaq 100 sackte um 3 Prozent ab. 2024 hatte er noch 25 Prozent zugelegt, das ist gut das Achtfache des Tagesverlusts.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text.replace('gut das Achtfache', 'das Zwanzigfache')), [['figure-mismatch', 'Zwanzigfache', 'Zwanzigfache contradicts the source, which says 25 % ÷ 3 % ≈ 8.3.']]);
  });
  test('English: "Its 2024 gain of 25% was more than eight times that loss" is borne out; "twenty times" is wrong', () => {
    const text = 'The Nasdaq 100 fell 3%. Its 2024 gain of 25% was more than eight times that loss.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(claims(text), [['supported', 'The Nasdaq 100 fell 3%.'], ['supported', 'Its 2024 gain of 25% was more than eight times that loss.']]);
    assert.deepEqual(all(text.replace('eight', 'twenty')), [['figure-mismatch', 'twenty times', 'twenty times contradicts the source, which says 25 % ÷ 3 % ≈ 8.3.']]);
  });
  test('German and English: the share is no move of its own („sackte um 12 Prozent ab“, "fell 12%" stay wrong) nor any other percentage', () => {
    assert.deepEqual(all('Der Nasdaq 100 sackte um 12 Prozent ab.'), [['figure-mismatch', '12 Prozent', '12 Prozent contradicts the source, which says 3 %.']]);
    assert.deepEqual(all('The Nasdaq 100 fell 12%.'), [['figure-mismatch', '12%', '12% contradicts the source, which says 3 %.']]);
    assert.deepEqual(all('Der Nasdaq 100 legte 2024 um 12 Prozent zu.'), [['figure-mismatch', '12 Prozent', '12 Prozent contradicts the source, which says 25 %.']]);
  });
});
