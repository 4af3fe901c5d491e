import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findingTriples } from './support/unchangedByArticles';
import { dayOfThatWeekday } from '../server/src/core/facts/weekdays';

const MONDAY = { date: { year: 2025, month: 1, day: 27 } };
const FRIDAY = { date: { year: 2025, month: 2, day: 7 } };
const YEARLESS_MONDAY = { date: { month: 1, day: 27 } };

describe('"an jenem Montag", "that Monday" point back to the last Monday named, not the last day', () => {
  test('the last day of the weekday named, counted in the document\'s year where it gives none (German and English)', () => {
    assert.equal(dayOfThatWeekday('Der Konzern büßte an jenem Montag 7,28 Prozent ein.', [MONDAY, FRIDAY], undefined), MONDAY);
    assert.equal(dayOfThatWeekday('The company lost 7.28% that Monday.', [YEARLESS_MONDAY, FRIDAY], 2025), YEARLESS_MONDAY);
    assert.equal(dayOfThatWeekday('Am selben Freitag endete die Umfrage.', [MONDAY, FRIDAY], undefined), FRIDAY);
  });
  test('no day where the words name no weekday, or no day of it was named', () => {
    assert.equal(dayOfThatWeekday('An jenem Tag verlor Nvidia 7,82 Prozent.', [MONDAY, FRIDAY], undefined), undefined);
    assert.equal(dayOfThatWeekday('That Tuesday, Nvidia rebounded.', [MONDAY, FRIDAY], undefined), undefined);
    assert.equal(dayOfThatWeekday('The company lost 7.28% that Monday.', [YEARLESS_MONDAY], undefined), undefined);
  });

  // The piece is about Monday 27 January; R1's Monday, the 20th, is named after it.
  const german = (sentence: string) => ['# Schülerzeitung', '', 'Am 27. Januar 2025 stürzten die Aktien ab. Nvidia verlor 7,82 Prozent. Am 27. Januar 2025 war Panik.', '', 'DeepSeek hatte R1 am 20. Januar vorgestellt.', '',
    'Vom 3. bis 7. Februar haben wir in den Pausen gefragt, wie ihr KI nutzt.', '', '### Noch einmal zu Nvidia', '', sentence, ''].join('\n');
  const english = (sentence: string) => ['# School paper', '', 'On January 27, 2025, chip stocks crashed. Nvidia lost 7.82%. January 27, 2025 was a day of panic.', '', 'DeepSeek had presented R1 on January 20.', '',
    'From February 3 to February 7 we asked students how they use AI.', '', '### Nvidia again', '', sentence, ''].join('\n');
  /** The findings on the last paragraph's figure, not the survey's own days. */
  const onFigure = (text: string) => findingTriples(text).filter(([, words]) => /%|Prozent/.test(words));

  test('German: „an jenem Montag 7,28 Prozent“ after a survey that ended on a Friday is checked against the Monday\'s source', () => {
    assert.deepEqual(onFigure(german('Der Konzern büßte an jenem Montag 7,28 Prozent ein.')), [['figure-mismatch', '7,28 Prozent', '7,28 Prozent contradicts the source, which says -7,82 %.']]);
  });
  test('English: "lost 7.28% that Monday" after a survey that ended on a Friday is checked against the Monday\'s source', () => {
    assert.deepEqual(onFigure(english('The company lost 7.28% that Monday.')), [['figure-mismatch', '7.28%', '7.28% contradicts the source, which says -7,82 %.']]);
  });
  test('the true value that Monday stays silent (German and English)', () => {
    assert.deepEqual(onFigure(german('Der Konzern büßte an jenem Montag 7,82 Prozent ein.')), []);
    assert.deepEqual(onFigure(english('The company lost 7.82% that Monday.')), []);
  });
});
