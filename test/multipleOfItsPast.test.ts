import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type SourceIndex } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

// A multiple that compares a thing with its own past ("verdreifacht", "dreimal so viele wie sein Vorgänger", "fielen
// jedes Jahr um den Faktor vier") is no value of a multiple that compares two things, and the other way round: an
// article of another day that says one must leave the verdict on the other as it was.
const index = bundledIndex();
const findings = (text: string, idx: SourceIndex = index) => runRules(analyzeDraft(text, idx), idx).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
function assertUnchangedBy(extra: ReturnType<typeof extraSource>, text: string, expected: Array<[string, string, string]>) {
  assert.deepEqual(findings(text), expected);
  assert.deepEqual(findings(text, withSources(extra)), expected);
}

const tripled = extraSource('2024-06-18_chipaktie.txt', 'Nvidia an der Spitze\n\nAm 18. Juni 2024 schloss die Nvidia-Aktie bei 135,58 Dollar. Seit Jahresbeginn hat sich ihr Kurs damit fast verdreifacht.\n\nNvidia shares closed at $135.58 on June 18, 2024. They have nearly tripled since the start of the year.\n');
const successor = extraSource('2024-12-27_neues-modell.txt', 'Neues Modell\n\nDas im Dezember 2024 vorgestellte Modell von DeepSeek verarbeitet rund 60 Tokens pro Sekunde, dreimal so viele wie sein Vorgänger.\n\nDeepSeek\'s model released in December 2024 processes about 60 tokens per second, three times as many as its predecessor.\n');
const yearly = extraSource('2025-02-20_kostenkurve.txt', 'Die Kostenkurve\n\nDie Kosten für Modelle von DeepSeek einer bestimmten Leistungsstufe fielen jedes Jahr etwa um den Faktor vier.\n\nThe cost of DeepSeek\'s models of a given capability fell by a factor of about four every year.\n');

describe('two names compared are no growth of one of them', () => {
  // The sources: Nvidia (-7,82 %), Microsoft (-3,75 %): 7,82 ÷ 3,75 ≈ 2,1.
  test('English: "Nvidia\'s drop was roughly three times Microsoft\'s" stays wrong beside a share price that "nearly tripled"', () => {
    assertUnchangedBy(tripled, 'On 27 January 2025, Nvidia fell 7.82 percent and Microsoft 3.75 percent. Nvidia\'s drop was roughly three times Microsoft\'s.', [
      ['figure-mismatch', 'three times', 'three times contradicts the source, which says 7,82 % ÷ 3,75 % ≈ 2.1.'],
    ]);
  });
  test('German: „Nvidias Minus war rund dreimal das von Microsoft“ likewise beside a price that „fast verdreifacht“', () => {
    assertUnchangedBy(tripled, 'Am 27. Januar 2025 fiel Nvidia um 7,82 Prozent und Microsoft um 3,75 Prozent. Nvidias Minus war rund dreimal das von Microsoft.', [
      ['figure-mismatch', 'dreimal', 'dreimal contradicts the source, which says 7,82 % ÷ 3,75 % ≈ 2.1.'],
    ]);
  });
  test('the growth itself is still borne out by the article that states it, in either language', () => {
    const idx = withSources(tripled);
    assert.deepEqual(findings('Seit Jahresbeginn hat sich der Kurs der Nvidia-Aktie bis zum 18. Juni 2024 fast verdreifacht.', idx), []);
    assert.deepEqual(findings('By June 18, 2024, Nvidia shares had nearly tripled since the start of the year.', idx), []);
  });
});

describe('a multiple of a model against its predecessor compares no two companies\' costs', () => {
  // The sources: R1's training 5,6 Millionen Dollar, GPT-4o's 78 Millionen Dollar: 78 ÷ 5,6 ≈ 13,9.
  test('English: "roughly a third of what OpenAI paid" stays wrong beside "three times as many as its predecessor"', () => {
    assertUnchangedBy(successor, 'Training R1 cost DeepSeek $5.6 million; OpenAI spent $78 million on GPT-4o. So DeepSeek did it for roughly a third of what OpenAI paid.', [
      ['figure-mismatch', 'a third', 'a third contradicts the source, which says 78 Millionen Dollar ÷ 5,6 Millionen Dollar ≈ 13.9.'],
    ]);
  });
  test('German: „rund ein Drittel dessen, was OpenAI zahlte“ beside „dreimal so viele wie sein Vorgänger“ likewise', () => {
    assertUnchangedBy(successor, 'Das Training von R1 kostete DeepSeek 5,6 Millionen Dollar, OpenAI zahlte für GPT-4o 78 Millionen Dollar. DeepSeek brauchte also rund ein Drittel dessen, was OpenAI zahlte.', [
      ['figure-mismatch', 'ein Drittel', 'ein Drittel contradicts the source, which says 78 Millionen Dollar ÷ 5,6 Millionen Dollar ≈ 13.9.'],
    ]);
  });
  test('a model against its predecessor is still borne out by the article that says so, in either language', () => {
    const idx = withSources(successor);
    assert.deepEqual(findings('DeepSeeks Modell vom Dezember 2024 verarbeitet dreimal so viele Tokens pro Sekunde wie sein Vorgänger.', idx), []);
    assert.deepEqual(findings('DeepSeek\'s December 2024 model processes three times as many tokens per second as its predecessor.', idx), []);
  });
});

describe('a rate per year is no multiple of two things', () => {
  // The sources: Fire-Flyer I 200 Millionen Yuan, Fire-Flyer II eine Milliarde Yuan: five times as much.
  test('German: „Der zweite Rechner kostete damit viermal so viel wie der erste“ stays wrong beside „fielen jedes Jahr um den Faktor vier“', () => {
    const text = 'Die Supercomputer Fire-Flyer I und Fire-Flyer II von DeepSeek kosteten 200 Millionen Yuan und eine Milliarde Yuan. Der zweite Rechner kostete damit viermal so viel wie der erste.';
    assert.deepEqual(findings(text, withSources(yearly)).filter((f) => f[1] === 'viermal'), findings(text).filter((f) => f[1] === 'viermal'));
    assert.deepEqual(findings(text).filter((f) => f[1] === 'viermal').map((f) => f[0]), ['figure-mismatch']);
  });
  test('English: "The second machine cost four times as much as the first" likewise beside "by a factor of four every year"', () => {
    const text = 'DeepSeek\'s supercomputers Fire-Flyer I and Fire-Flyer II cost 200 million yuan and one billion yuan. The second machine cost four times as much as the first.';
    assert.deepEqual(findings(text, withSources(yearly)).filter((f) => f[1] === 'four times'), findings(text).filter((f) => f[1] === 'four times'));
    assert.deepEqual(findings(text).filter((f) => f[1] === 'four times').map((f) => f[0]), ['figure-mismatch']);
  });
});
