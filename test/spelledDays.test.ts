import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, extractFigures, hoverAt, type Language } from '../server/src/core';
import { bundledIndex } from './support/fixtures';
import { findingsWithFixes } from './support/findingsWithFixes';
import { warningsWithFixes as warnings } from './support/warningsWithFixes';

/** The dates a sentence names: their words and the day they are read as. */
function dates(text: string, language: Language) {
  return extractFigures(text, { language }).filter((f) => f.kind === 'date').map((f) => ({ text: f.text, date: f.date }));
}

function hover(text: string, words: string): string {
  const idx = bundledIndex();
  return (hoverAt(analyzeDraft(text, idx), idx, text.indexOf(words), 3, 'en')?.markdown ?? '').replace(/\*\*/g, '');
}

// A speaker says the day as an ordinal word ("the twenty-seventh of January", „am siebenundzwanzigsten Januar“): a
// keynote, a radio script or a transcript names the day of the sell-off so, and it is a day like "January 27".
describe('a day of the month spelled as an ordinal word', () => {
  test('English: "the twenty-seventh of January" and "the first of February 2025"', () => {
    assert.deepEqual(dates('That morning, the twenty-seventh of January, the market fell.', 'en'), [{ text: 'twenty-seventh of January', date: { day: 27, month: 1 } }]);
    assert.deepEqual(dates('By the first of February 2025 it was over.', 'en'), [{ text: 'first of February 2025', date: { day: 1, month: 2, year: 2025 } }]);
    assert.deepEqual(dates('On the twenty first of January it was released.', 'en'), [{ text: 'twenty first of January', date: { day: 21, month: 1 } }]);
  });
  test('German: „am siebenundzwanzigsten Januar“, „der erste Februar 2025“, „am siebten Januar“', () => {
    assert.deepEqual(dates('Am siebenundzwanzigsten Januar brach die Börse ein.', 'de'), [{ text: 'siebenundzwanzigsten Januar', date: { day: 27, month: 1 } }]);
    assert.deepEqual(dates('Der erste Februar 2025 war ein Samstag.', 'de'), [{ text: 'erste Februar 2025', date: { day: 1, month: 2, year: 2025 } }]);
    assert.deepEqual(dates('Am siebten Januar war es ruhig.', 'de'), [{ text: 'siebten Januar', date: { day: 7, month: 1 } }]);
  });
  test('ordinals that count something else are no days', () => {
    assert.deepEqual(dates('Die zweite Juli-Hälfte war ruhig, der dritte Anlauf gelang.', 'de'), []);
    assert.deepEqual(dates('It was the first of many such days; you may first need a coffee.', 'en'), []);
  });
  test('English: only "the" makes an ordinal a day; "a third of", "a fifth of" count parts, and so does an ordinal whose month names what is counted', () => {
    assert.deepEqual(dates('A third of January\'s chip orders came from China.', 'en'), []);
    assert.deepEqual(dates('Roughly a fifth of March revenue came from data centers, one tenth of April sales from China.', 'en'), []);
    assert.deepEqual(dates('Half of the second of March session was quiet; the third of January\'s orders came late.', 'en'), []);
    assert.deepEqual(dates('Half of the second of March was quiet.', 'en'), [{ text: 'second of March', date: { day: 2, month: 3 } }]);
    assert.deepEqual(dates('On the third of January it was announced.', 'en'), [{ text: 'third of January', date: { day: 3, month: 1 } }]);
  });
  test('German: „ein Drittel des Januars“, „ein Fünftel der März-Umsätze“ stay fractions', () => {
    assert.deepEqual(dates('Ein Drittel des Januars war ruhig, ein Fünftel der März-Umsätze kam aus China, die Hälfte der zweiten Märzwoche auch.', 'de'), []);
  });
  test('a fraction of a month is no date: no finding on the month, the true move after it stays silent', () => {
    const onMonth = (text: string) => findingsWithFixes(text).filter((f) => /January|March|Januar/.test(f.text));
    const chips = '# Chips\n\nA third of January\'s chip orders came from China. Nvidia fell 7.82%.\n';
    assert.deepEqual(onMonth(chips), []);
    assert.deepEqual(warnings(chips), []);
    assert.deepEqual(onMonth('# Chips\n\nRoughly a fifth of March revenue came from data centers.\n'), []);
    assert.deepEqual(onMonth('# Chips\n\nHalf of the second of March session was quiet.\n'), []);
    const chipsDe = '# Chips\n\nEin Drittel des Januars war ruhig. Nvidia verlor 7,82 Prozent.\n';
    assert.deepEqual(onMonth(chipsDe), []);
    assert.deepEqual(warnings(chipsDe), []);
  });
  test('the spoken day dates a talk about the sell-off: a swapped "respectively" is caught, its hover names the day\'s source', () => {
    const talk = (body: string) => `# The week the price of intelligence fell\n\n*Keynote address, Amsterdam, March 4, 2025.*\n\nI want to begin with a Monday: the twenty-seventh of January.\n\n${body}\n`;
    assert.deepEqual(warnings(talk('Broadcom and Microsoft closed down 3.75 and 6.58 percent respectively.')), [
      { code: 'figure-mismatch', text: '3.75', fix: '6.58' },
      { code: 'figure-mismatch', text: '6.58 percent', fix: '3.75 percent' },
    ]);
    assert.deepEqual(warnings(talk('Broadcom and Microsoft closed down 6.58 and 3.75 percent respectively.')), []);
    assert.match(hover(talk('Broadcom closed down 6.58 percent.'), 'twenty-seventh of January'), /27/);
  });
  test('German: „am siebenundzwanzigsten Januar“ dates a talk of 4 March as well', () => {
    const talk = (body: string) => `# Die Woche, in der Intelligenz billiger wurde\n\n*Vortrag in Berlin am 4. März 2025.*\n\nIch beginne mit einem Montag, dem siebenundzwanzigsten Januar.\n\n${body}\n`;
    assert.deepEqual(warnings(talk('Broadcom und Microsoft schlossen 3,75 beziehungsweise 6,58 Prozent tiefer.')), [
      { code: 'figure-mismatch', text: '3,75', fix: '6,58' },
      { code: 'figure-mismatch', text: '6,58 Prozent', fix: '3,75 Prozent' },
    ]);
  });
});
