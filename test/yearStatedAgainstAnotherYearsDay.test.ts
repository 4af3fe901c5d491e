import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type SourceIndex } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

// A value the draft's clause states for a year ("hatte 2024 um 25 Prozent zugelegt", "after gaining 25% in 2024") is
// another fact than a move a source's article dates, by its own date only, to a day of another year: that move must
// neither contradict nor bear out the year's value (the eval's distractors: Microsoft's 4.5 % of 29 January 2025).
const all = (text: string, index: SourceIndex = bundledIndex()) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);

const german = extraSource('2025-01-29_microsoft.txt', 'Microsoft nach Quartalszahlen schwächer\n\nREDMOND, 29. Januar 2025 – Microsoft legte nach Börsenschluss Zahlen vor.\n\nDie Microsoft-Aktie fiel nachbörslich um 4,5 Prozent, weil das Cloud-Geschäft Azure langsamer wuchs.\n');
const english = extraSource('2025-01-29_microsoft.md', '---\ntitle: Microsoft slips after its quarter\npublished: 2025-01-29\n---\n\nREDMOND, Jan 29, 2025 — Microsoft reported its quarter after the close.\n\nMicrosoft shares fell 4.5 percent in extended trading as its Azure cloud business grew more slowly.\n');

describe("a value stated for a year is not contradicted by a move an article of another year's day reports", () => {
  test('German: „Microsoft hatte 2024 um 25 Prozent zugelegt“ stays unsourced beside the 4,5 Prozent of 29 January 2025', () => {
    const text = 'Am 27. Januar 2025 sackte der Nasdaq 100 um 3 % ab. Microsoft hatte 2024 um 25 Prozent zugelegt.';
    const expected = [['unsourced-figure', '2024', 'No source states 2024.'], ['unsourced-figure', '25 Prozent', 'No source states 25 Prozent.']];
    assert.deepEqual(all(text, withSources(german)).filter((f) => f[1] !== '27. Januar 2025'), expected);
  });
  test('English: "Microsoft had gained 25% in 2024" stays unsourced beside the 4.5 percent of January 29, 2025', () => {
    const text = 'On 27 January 2025 the Nasdaq 100 fell 3%. Microsoft had gained 25% in 2024.';
    const expected = [['unsourced-figure', '25%', 'No source states 25%.'], ['unsourced-figure', '2024', 'No source states 2024.']];
    assert.deepEqual(all(text, withSources(english)).filter((f) => f[1] !== '27 January 2025'), expected);
  });
  test('English: "after gaining 25% in 2024" beside the Nasdaq\'s fall of the day reads as without the other article', () => {
    const text = 'On 27 January 2025 the Nasdaq 100 fell only 3%, after gaining 25% in 2024. Microsoft had gained 30% in 2024.';
    assert.deepEqual(all(text, withSources(english)), all(text));
  });
  test('two values stated for the same year still disagree in the draft (de, en)', () => {
    assert.deepEqual(all('Microsoft hatte 2024 um 25 Prozent zugelegt.\n\nMicrosoft hatte 2024 um 12 Prozent zugelegt.', withSources(german)).filter(([code]) => code !== 'unsourced-figure'),
      [['draft-inconsistency', '12 Prozent', '12 Prozent contradicts 25 Prozent earlier in this draft.']]);
    assert.deepEqual(all('Microsoft had gained 25% in 2024.\n\nMicrosoft had gained 12% in 2024.', withSources(english)).filter(([code]) => code !== 'unsourced-figure'),
      [['draft-inconsistency', '12%', '12% contradicts 25% earlier in this draft.']]);
  });
});

describe('what the change leaves as it was: a day of the same year, and a year a source states', () => {
  test('German: „Am 29. Januar 2025 fiel die Microsoft-Aktie um 6,5 Prozent“ is still contradicted by that day\'s 4,5 Prozent', () => {
    const text = 'Am 29. Januar 2025 fiel die Microsoft-Aktie nachbörslich um 6,5 Prozent.';
    assert.deepEqual(all(text, withSources(german)).filter(([code]) => code === 'figure-mismatch'), [['figure-mismatch', '6,5 Prozent', '6,5 Prozent contradicts the source, which says 4,5 Prozent.']]);
  });
  test('English: "On January 29, 2025, Microsoft shares fell 6.5 percent" is still contradicted by that day\'s 4.5 percent', () => {
    const text = 'On January 29, 2025, Microsoft shares fell 6.5 percent in extended trading.';
    assert.deepEqual(all(text, withSources(english)).filter(([code]) => code === 'figure-mismatch'), [['figure-mismatch', '6.5 percent', '6.5 percent contradicts the source, which says 4.5 percent.']]);
  });
  test('a year a source states in its own clause still decides a value the draft states for that year (de, en)', () => {
    const yearOfTheSource = extraSource('2025-01-03_microsoft.txt', 'Microsoft baut Rechenzentren\n\nDie Microsoft-Aktie stieg am 3. Januar um 1,1 Prozent. Im Jahr 2024 hatte sie rund 12 Prozent zugelegt.\n');
    const index = withSources(yearOfTheSource);
    assert.deepEqual(all('Microsoft hatte 2024 um 25 Prozent zugelegt.', index).filter(([code]) => code === 'figure-mismatch'), [['figure-mismatch', '25 Prozent', '25 Prozent contradicts the source, which says 12 Prozent.']]);
    assert.deepEqual(all('Microsoft had gained 25% in 2024.', index).filter(([code]) => code === 'figure-mismatch'), [['figure-mismatch', '25%', '25% contradicts the source, which says 12 Prozent.']]);
  });
});

// The year must be the figure's own clause's: a year of a background clause („obwohl er 2024 …“, "although it had
// gained 25% in 2024") that closes before the figure (at „;“, at „, und“ with a new subject) is not the next clause's,
// whose "bis zu 10 %" is the 27 January article's and stays borne out.
describe("a background clause's year does not date the clause after it", () => {
  test('German: „…, obwohl er 2024 noch um 25 Prozent zugelegt hatte; Werte wie Infineon und SoftBank verloren bis zu 10 Prozent“ stays silent', () => {
    assert.deepEqual(all('Der Nasdaq 100 gab um 3 Prozent nach, obwohl er 2024 noch um 25 Prozent zugelegt hatte; Werte wie Infineon und SoftBank verloren bis zu 10 Prozent.'), []);
  });
  test('German: „…, obwohl er 2024 noch um 25 Prozent zugelegt hatte, und Infineon und SoftBank büßten bis zu 10 Prozent ein“ stays silent', () => {
    assert.deepEqual(all('Der Nasdaq 100 gab um 3 Prozent nach, obwohl er 2024 noch um 25 Prozent zugelegt hatte, und Infineon und SoftBank büßten bis zu 10 Prozent ein.'), []);
  });
  test('English: "…, although it had gained 25% in 2024; stocks such as Infineon and SoftBank lost up to 10%" stays silent', () => {
    assert.deepEqual(all('The Nasdaq 100 fell 3%, although it had gained 25% in 2024; stocks such as Infineon and SoftBank lost up to 10%.'), []);
  });
  test('English: "…, although it had gained 25% in 2024, and Infineon and SoftBank lost up to 10%" stays silent', () => {
    assert.deepEqual(all('The Nasdaq 100 fell 3%, although it had gained 25% in 2024, and Infineon and SoftBank lost up to 10%.'), []);
  });
  test("the background clause's own figure still has its year: a loss of 25% in 2024 is still caught (de, en)", () => {
    assert.deepEqual(all('Der Nasdaq 100 gab um 3 Prozent nach, obwohl er 2024 noch um 25 Prozent verloren hatte; Werte wie Infineon und SoftBank verloren bis zu 10 Prozent.'),
      [['figure-mismatch', '25 Prozent', '25 Prozent says it fell, but the source says it rose: 25 %.']]);
    assert.deepEqual(all('The Nasdaq 100 fell 3%, although it had lost 25% in 2024, and Infineon and SoftBank lost up to 10%.'),
      [['figure-mismatch', '25%', '25% says it fell, but the source says it rose: 25 %.']]);
  });
});
