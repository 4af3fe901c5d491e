import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
/** Every finding, information included: a running number must not even be an unsourced figure. */
function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
}
/** The findings on bare numbers ("3", „3a“), whatever the rows' other cells get. */
const onNumbers = (text: string) => findings(text).filter((f) => /^\d+\p{Ll}?$/u.test(f.text));
const table = (lang: string, head: string, ...rows: string[]) => `---\nlang: ${lang}\n---\n\n# T\n\n${head}\n${head.replace(/[^|]+/g, '---')}\n${rows.join('\n')}\n`;

describe('a table\'s running numbers („| Nr. |“, "| # |" over 1, 2, 3 …) are no figures', () => {
  test('German: „| 3 | 20.01.2025 | Vorstellung R1 |“ in a „Nr.“ column running 1, 2, 3, 3a has no finding on its running numbers (was figure-mismatch against the six smaller versions)', () => {
    assert.deepEqual(
      onNumbers(table('de', '| Nr. | Datum | Ereignis |', '| 1 | 2022 | US-Exportbeschränkung |', '| 2 | Juli 2023 | Gründung DeepSeek |', '| 3 | 20.01.2025 | Vorstellung R1 |', '| 3a | 21.01.2025 | Treffen Liang – Li Qiang |')),
      [],
    );
  });
  test('English: "| 1 | 20 Jan 2025 | R1 released |" under "#" running 1, 2 has no finding on its running numbers', () => {
    assert.deepEqual(onNumbers(table('en', '| # | Date | Event |', '| 1 | 20 Jan 2025 | R1 released |', '| 2 | 27 Jan 2025 | Nvidia falls |')), []);
  });
  test('German and English guard: a number under another header („Anzahl“, "Versions") or in another column is still checked', () => {
    assert.deepEqual(findings(table('de', '| Modell | Anzahl kleinerer Versionen |', '| R1 | 7 |')), [{ code: 'figure-mismatch', text: '7' }]);
    assert.deepEqual(findings(table('en', '| # | Model | Smaller versions |', '| 1 | R1 | 7 |', '| 2 | V3 | none |')), [{ code: 'figure-mismatch', text: '7' }]);
    assert.deepEqual(findings(table('de', '| Nr. | Wert | Veränderung |', '| 1 | Nvidia | −8,72 % |', '| 2 | Broadcom | −6,58 % |')), [{ code: 'figure-mismatch', text: '−8,72 %' }]);
  });
});

describe('the header word alone makes no running number: a count under „Nr.“ or "#" stays a figure', () => {
  test('English: "| Model | # |" over "| R1 smaller versions | 8 |" (one row) contradicts the six smaller versions, as under "| Count |"', () => {
    assert.deepEqual(findings(table('en', '| Model | # |', '| R1 smaller versions | 8 |')), [{ code: 'figure-mismatch', text: '8' }]);
  });
  test('English: counts under "#" that do not run 1, 2, 3 ("2", "8") are figures', () => {
    assert.deepEqual(findings(table('en', '| Model | # |', '| V3 | 2 |', '| R1 smaller versions | 8 |')), [
      { code: 'unsourced-figure', text: '2' },
      { code: 'figure-mismatch', text: '8' },
    ]);
  });
  test('German: „| Modell | Nr. |“ over „| R1 | 8 |“ (one row) contradicts the six smaller versions', () => {
    assert.deepEqual(findings(table('de', '| Modell | Nr. |', '| R1 | 8 |')), [{ code: 'figure-mismatch', text: '8' }]);
  });
  test('German: „Nr.“ cells that do not run from 1 („3“, „6“) are figures', () => {
    assert.deepEqual(onNumbers(table('de', '| Nr. | Datum | Ereignis |', '| 3 | 20.01.2025 | Vorstellung R1 |', '| 6 | 27.01.2025 | Kurssturz Nvidia |')), [
      { code: 'figure-mismatch', text: '3' },
      { code: 'figure-mismatch', text: '6' },
    ]);
    assert.deepEqual(findings(table('de', '| Modell | Nr. |', '| V3 | 2 |', '| R1 | 8 |')), [
      { code: 'unsourced-figure', text: '2' },
      { code: 'figure-mismatch', text: '8' },
    ]);
  });
  test('German: where the run breaks („1“, „2“, then „8“) the cell below is a figure again', () => {
    assert.deepEqual(onNumbers(table('de', '| Nr. | Datum | Ereignis |', '| 1 | 20.01.2025 | Vorstellung R1 |', '| 2 | 27.01.2025 | Kurssturz Nvidia |', '| 8 | 27.01.2025 | Kleinere Versionen von R1 |')), [
      { code: 'figure-mismatch', text: '8' },
    ]);
  });
});
