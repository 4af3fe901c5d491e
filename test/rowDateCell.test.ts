import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extraSource, withSources } from './support/fixtures';
import { warningsWithFixes as warnings } from './support/warningsWithFixes';
import { findingsWithFixes as findings } from './support/findingsWithFixes';

// The rebound of Tuesday 28 January, the day after the sell-off the bundled articles report, as a wire story tells it.
const reboundEn = extraSource('2025-01-28_wire.txt', 'Nvidia claws back ground a day after the DeepSeek rout\n\nNEW YORK, January 28, 2025 — Shares of Nvidia rebounded on Tuesday, rising 8.9 percent as investors picked up chip stocks a day after a sell-off triggered by the Chinese start-up DeepSeek.\n');

const de = (head: string, ...rows: string[]) => `---\nlang: de\n---\n\n# Chronologie\n\n${head}\n${head.replace(/[^|]+/g, '---')}\n${rows.join('\n')}\n`;
const en = (head: string, ...rows: string[]) => `---\nlang: en\n---\n\n# Timeline\n\n${head}\n${head.replace(/[^|]+/g, '---')}\n${rows.join('\n')}\n`;

describe('a row\'s date cell dates the cells right of it', () => {
  test('German: „| Nvidia | 28.01.2025 | −7,82 % |“ misdates the fall of the 27th, as „Am 28.01.2025 verlor Nvidia 7,82 %“ does', () => {
    const text = de('| Wert | Datum | Veränderung |', '| Nvidia | 28.01.2025 | −7,82 % |');
    assert.deepEqual(warnings(text), [{ code: 'date-mismatch', text: '28.01.2025', fix: '27.01.2025' }]);
  });
  test('English: "| Nvidia | 28 Jan 2025 | −7.82% |" likewise', () => {
    const text = en('| Name | Date | Move |', '| Nvidia | 28 Jan 2025 | −7.82% |');
    assert.deepEqual(warnings(text), [{ code: 'date-mismatch', text: '28 Jan 2025', fix: '27 Jan 2025' }]);
  });
  test('the right day stays clean, row after row', () => {
    assert.deepEqual(warnings(de('| Wert | Datum | Veränderung |', '| Nvidia | 27.01.2025 | −7,82 % |', '| Microsoft | 27.01.2025 | −3,75 % |')), []);
    assert.deepEqual(warnings(en('| Name | Date | Move |', '| Nvidia | 27 Jan 2025 | −7.82% |', '| Microsoft | 27 Jan 2025 | −3.75% |')), []);
  });
  test('the misdated fall is still a wrong date with another day\'s rebound among the sources', () => {
    assert.deepEqual(warnings(de('| Wert | Datum | Veränderung |', '| Nvidia | 28.01.2025 | −7,82 % |'), withSources(reboundEn)), [{ code: 'date-mismatch', text: '28.01.2025', fix: '27.01.2025' }]);
    assert.deepEqual(warnings(en('| Name | Date | Move |', '| Nvidia | 28 Jan 2025 | −7.82% |'), withSources(reboundEn)), [{ code: 'date-mismatch', text: '28 Jan 2025', fix: '27 Jan 2025' }]);
  });
});

describe('a date cell that is not the row\'s first is the day of what the other cells tell', () => {
  test('German: „| 3a | 21.01.2025 | Treffen Liang – Li Qiang |“ misdates the meeting of the 20th', () => {
    const text = de('| Nr. | Datum | Ereignis |', '| 3a | 21.01.2025 | Treffen Liang – Li Qiang |');
    assert.deepEqual(warnings(text), [{ code: 'date-mismatch', text: '21.01.2025', fix: '20.01.2025' }]);
  });
  test('English: "| 3a | 21 Jan 2025 | Liang meets Li Qiang |" likewise', () => {
    const text = en('| Step | Date | Event |', '| 3a | 21 Jan 2025 | Liang meets Li Qiang |');
    assert.deepEqual(warnings(text), [{ code: 'date-mismatch', text: '21 Jan 2025', fix: '20 Jan 2025' }]);
  });
});

describe('what a row\'s date does not date', () => {
  test('the next row, whose own cells give no date', () => {
    // "| | Broadcom | −6.58% |" below a row of the 28th: Broadcom's fall of the 27th is not misdated.
    assert.deepEqual(warnings(en('| Date | Name | Move |', '| 27 Jan 2025 | Nvidia | −7.82% |', '| | Broadcom | −6.58% |')), []);
    assert.deepEqual(warnings(de('| Datum | Wert | Veränderung |', '| 27.01.2025 | Nvidia | −7,82 % |', '| | Broadcom | −6,58 % |')), []);
  });
  test('a cell that only mentions a date among other words („Stand 28.01.2025“, "as of 28 Jan 2025")', () => {
    assert.deepEqual(warnings(de('| Wert | Hinweis | Veränderung |', '| Nvidia | Stand 28.01.2025 | −7,82 % |')), []);
    assert.deepEqual(warnings(en('| Name | Note | Move |', '| Nvidia | as of 28 Jan 2025 | −7.82% |')), []);
  });
  test('a wrong value keeps its own finding and gains none on its date', () => {
    assert.deepEqual(warnings(de('| Wert | Datum | Veränderung |', '| Nvidia | 27.01.2025 | −8,72 % |')), [{ code: 'figure-mismatch', text: '−8,72 %', fix: '−7,82 %' }]);
    assert.deepEqual(warnings(en('| Name | Date | Move |', '| Nvidia | 27 Jan 2025 | −8.72% |')), [{ code: 'figure-mismatch', text: '−8.72%', fix: '−7.82%' }]);
  });
});

describe('a date column of when the row\'s report appeared dates no event in the row', () => {
  // A press review: the articles of the 28th report the sell-off of the 27th.
  test('German: „| 28.01.2025 | Handelsblatt | Nvidia verlor 7,82 Prozent |“ under „| Erschienen |“ is no misdated fall', () => {
    const text = de('| Erschienen | Medium | Meldung |', '| 28.01.2025 | Handelsblatt | Nvidia verlor 7,82 Prozent |', '| 28.01.2025 | FAZ | Broadcom büßte 6,58 Prozent ein |');
    assert.deepEqual(findings(text), [{ code: 'unsourced-figure', text: '28.01.2025' }, { code: 'unsourced-figure', text: '28.01.2025' }]);
  });
  test('English: "| 28 Jan 2025 | Reuters | Nvidia lost 7.82 percent |" under "| Published |" likewise', () => {
    const text = en('| Published | Outlet | Headline |', '| 28 Jan 2025 | Reuters | Nvidia lost 7.82 percent |', '| 28 Jan 2025 | FT | Broadcom shed 6.58 percent |');
    assert.deepEqual(findings(text), [{ code: 'unsourced-figure', text: '28 Jan 2025' }, { code: 'unsourced-figure', text: '28 Jan 2025' }]);
  });
  test('wherever the column stands, and under the other words for it („Stand“, „Datum der Meldung“, "As of", "Source date")', () => {
    assert.deepEqual(warnings(de('| Wert | Stand | Veränderung |', '| Nvidia | 28.01.2025 | −7,82 % |')), []);
    assert.deepEqual(warnings(de('| Medium | Datum der Meldung | Meldung |', '| Handelsblatt | 21.01.2025 | Treffen Liang – Li Qiang |')), []);
    assert.deepEqual(warnings(en('| Name | As of | Move |', '| Nvidia | 28 Jan 2025 | −7.82% |')), []);
    assert.deepEqual(warnings(en('| Outlet | Source date | Headline |', '| Reuters | 21 Jan 2025 | Liang meets Li Qiang |')), []);
  });
  test('a column of the event\'s own date still dates the row beside a publication column', () => {
    assert.deepEqual(warnings(de('| Erschienen | Datum | Wert | Veränderung |', '| 29.01.2025 | 28.01.2025 | Nvidia | −7,82 % |')), [{ code: 'date-mismatch', text: '28.01.2025', fix: '27.01.2025' }]);
    assert.deepEqual(warnings(en('| Published | Date | Name | Move |', '| 29 Jan 2025 | 28 Jan 2025 | Nvidia | −7.82% |')), [{ code: 'date-mismatch', text: '28 Jan 2025', fix: '27 Jan 2025' }]);
  });
  test('a wrong value under a publication column keeps its own finding', () => {
    assert.deepEqual(warnings(de('| Erschienen | Wert | Veränderung |', '| 28.01.2025 | Nvidia | −8,72 % |')), [{ code: 'figure-mismatch', text: '−8,72 %', fix: '−7,82 %' }]);
    assert.deepEqual(warnings(en('| Published | Name | Move |', '| 28 Jan 2025 | Nvidia | −8.72% |')), [{ code: 'figure-mismatch', text: '−8.72%', fix: '−7.82%' }]);
  });
});
