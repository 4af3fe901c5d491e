import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inPeriodStartClause } from '../server/src/core/facts/periodStart';
import { findingsWithFixes } from './support/findingsWithFixes';
import { warningsWithFixes as warnings } from './support/warningsWithFixes';

// A "since"/„seit“ clause names the day a stretch of time began: the moves the next sentence reports happened within
// it, on a day of their own, and are checked against the sources' moves like undated ones.
describe('the day a "since" clause names does not date the next sentence', () => {
  test('English: a swapped "respectively" after "Since … on January 20, 2025, …" warns on both values', () => {
    const text = '# Risk factors\n\nSince DeepSeek released the R1 model on January 20, 2025, the market prices of our suppliers have been volatile. Nvidia, Broadcom and Microsoft declined approximately 7.82%, 3.75% and 6.58%, respectively.\n';
    assert.deepEqual(warnings(text), [
      { code: 'figure-mismatch', text: '3.75%', fix: '6.58%' },
      { code: 'figure-mismatch', text: '6.58%', fix: '3.75%' },
    ]);
  });
  test('German: „Seit DeepSeek am 20. Januar 2025 R1 vorstellte, …“ before a swapped list warns on both values', () => {
    const text = '# Risiken\n\nSeit DeepSeek am 20. Januar 2025 das Modell R1 vorstellte, schwanken die Kurse unserer Zulieferer stark. Nvidia, Broadcom und Microsoft verloren 7,82, 3,75 und 6,58 Prozent.\n';
    assert.deepEqual(warnings(text), [
      { code: 'figure-mismatch', text: '3,75', fix: '6,58' },
      { code: 'figure-mismatch', text: '6,58 Prozent', fix: '3,75 Prozent' },
    ]);
  });
  test('the true list stays silent', () => {
    assert.deepEqual(warnings('# Risk factors\n\nSince DeepSeek released the R1 model on January 20, 2025, prices have been volatile. Nvidia, Broadcom and Microsoft declined approximately 7.82%, 6.58% and 3.75%, respectively.\n'), []);
  });
});

// „Seit Wochen“, "since last week" are prepositions: the main clause runs on, and a day after „und“/"and" is the day
// of that clause's event, which dates the paragraph as before.
describe('a prepositional "since"/„seit“ opens no period-start clause', () => {
  const onDay = (text: string, day: string) => findingsWithFixes(text).filter((f) => f.text.includes(day));
  test('German: „Seit Wochen wuchs die Sorge und am 27. Januar 2025 brach Nvidia ein“: the day is the sell-off\'s, no finding', () => {
    const text = '# Chips\n\nDeepSeek stellte R1 am 20. Januar vor.\n\nSeit Wochen wuchs die Sorge und am 27. Januar 2025 brach Nvidia ein. Die Aktie verlor 7,82 Prozent.\n';
    assert.deepEqual(onDay(text, '27. Januar'), []);
    assert.deepEqual(warnings(text), []);
  });
  test('English: "Since last week worry had grown, and on January 27, 2025 Nvidia plunged": no finding on the day', () => {
    const text = '# Chips\n\nDeepSeek released R1 on January 20.\n\nSince last week worry had grown and on January 27, 2025 Nvidia plunged. The stock lost 7.82%.\n';
    assert.deepEqual(onDay(text, 'January 27'), []);
    assert.deepEqual(warnings(text), []);
  });
  test('only a conjunction with its own verb opens the clause, and it ends at „und“/"and"/"but"', () => {
    const inClause = (text: string, day: string) => inPeriodStartClause(text, text.indexOf(day));
    assert.equal(inClause('Since DeepSeek released R1 on January 20, 2025, prices have been volatile.', 'January 20'), true);
    assert.equal(inClause('Prices have been volatile, ever since DeepSeek released R1 on January 20.', 'January 20'), true);
    assert.equal(inClause('Die Kurse schwanken, seitdem DeepSeek am 20. Januar 2025 R1 vorstellte.', '20. Januar'), true);
    assert.equal(inClause('Since last week worry had grown and on January 27, 2025 Nvidia plunged.', 'January 27'), false);
    assert.equal(inClause('Since Friday the mood had soured but on January 27 Nvidia plunged.', 'January 27'), false);
    assert.equal(inClause('Since January 20, 2025, prices have been volatile.', 'January 20'), false);
    assert.equal(inClause('Seit Wochen wuchs die Sorge und am 27. Januar 2025 brach Nvidia ein.', '27. Januar'), false);
    assert.equal(inClause('Seit Wochen wuchs die Sorge, doch am 27. Januar 2025 brach Nvidia ein.', '27. Januar'), false);
    assert.equal(inClause('Seit dem 20. Januar schwanken die Kurse.', '20. Januar'), false);
  });
});
