import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
/** Every finding, information included: a running number must not even be an unsourced figure. */
function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
}
/** The findings on bare running numbers ("3"), whatever the rows' other cells get. */
const onNumbers = (text: string) => findings(text).filter((f) => /^\d+$/.test(f.text));
const table = (lang: string, head: string, ...rows: string[]) => `---\nlang: ${lang}\n---\n\n# T\n\n${head}\n${head.replace(/[^|]+/g, '---')}\n${rows.join('\n')}\n`;

describe('a table\'s running numbers („| Nr. |“, "| # |") are no figures', () => {
  test('German: „| 3 | 20.01.2025 | Vorstellung R1 |“ under „Nr.“ has no finding on its running numbers (was figure-mismatch against the six smaller versions)', () => {
    assert.deepEqual(onNumbers(table('de', '| Nr. | Datum | Ereignis |', '| 3 | 20.01.2025 | Vorstellung R1 |', '| 6 | 27.01.2025 | Kurssturz Nvidia |')), []);
  });
  test('English: "| 1 | 20 Jan 2025 | R1 released |" under "#" has no finding on its running numbers', () => {
    assert.deepEqual(onNumbers(table('en', '| # | Date | Event |', '| 1 | 20 Jan 2025 | R1 released |', '| 2 | 27 Jan 2025 | Nvidia falls |')), []);
  });
  test('German and English guard: a number under another header („Anzahl“, "Versions") or in another column is still checked', () => {
    assert.deepEqual(findings(table('de', '| Modell | Anzahl kleinerer Versionen |', '| R1 | 7 |')), [{ code: 'figure-mismatch', text: '7' }]);
    assert.deepEqual(findings(table('en', '| # | Model | Smaller versions |', '| 1 | R1 | 7 |')), [{ code: 'figure-mismatch', text: '7' }]);
    assert.deepEqual(findings(table('de', '| Nr. | Wert | Veränderung |', '| 1 | Nvidia | −8,72 % |')), [{ code: 'figure-mismatch', text: '−8,72 %' }]);
  });
});
