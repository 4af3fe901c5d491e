import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message, ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

const EN = '---\nlang: en\n---\n\n';
const wrongDay = (text: string) => [{ code: 'date-mismatch', text, message: `${text} contradicts the source, which gives 20. Januar.`, fix: text.replace(/\d+/, '20') }];

// The source: „Am 20. Januar traf sich Liang mit Premierminister Li Qiang, um über die KI-Industrie zu sprechen“.
describe('a meeting told as sitting together or at the head of government\'s is dated by the sources\' meeting', () => {
  test('German: „saß … zusammen“ with the verb after or before the day, and „saß … bei Premier(minister) …“', () => {
    assert.deepEqual(findings('Am 21. Januar saß Liang mit Premierminister Li Qiang zusammen.\n'), wrongDay('21. Januar'));
    assert.deepEqual(findings('Liang saß am 21. Januar mit Li Qiang zusammen.\n'), wrongDay('21. Januar'));
    assert.deepEqual(findings('Am 21. Januar saß Liang bei Premier Li Qiang.\n'), wrongDay('21. Januar'));
    assert.deepEqual(findings('Liang Wenfeng war am 19. Januar beim Premierminister Li Qiang zu Gast.\n'), wrongDay('19. Januar'));
    assert.deepEqual(findings('Am 19. Januar war Liang zu Gast bei Premierminister Li Qiang.\n'), wrongDay('19. Januar'));
  });

  test('English: "sat across from" and "sat opposite" the premier', () => {
    assert.deepEqual(findings(`${EN}On January 21, Liang sat across from Premier Li Qiang.\n`), wrongDay('January 21'));
    assert.deepEqual(findings(`${EN}Liang sat opposite Premier Li Qiang on January 19.\n`), wrongDay('January 19'));
  });

  test('the true day stays silent in either language', () => {
    assert.deepEqual(findings('Am 20. Januar saß Liang mit Premierminister Li Qiang zusammen.\n'), []);
    assert.deepEqual(findings('Am 20. Januar saß Liang bei Premier Li Qiang am Tisch.\n'), []);
    assert.deepEqual(findings(`${EN}On January 20, Liang sat across from Premier Li Qiang.\n`), []);
  });

  test('„mit dem Premier“ alone, without a word of meeting, dates no meeting', () => {
    assert.deepEqual(findings('Am 21. Januar sprach Liang mit Premierminister Li Qiang über Chips.\n').filter((f) => f.code === 'date-mismatch'), []);
  });

  // One is at the premier's to meet him only by sitting there or as his guest; what reached him, or what he said, on
  // another day is no meeting.
  test('„bei Premier …“ without sitting or being a guest names no meeting: „stieß bei Premier Li Qiang auf Interesse“', () => {
    const dated = (text: string) => findings(text).filter((f) => f.code === 'date-mismatch');
    assert.deepEqual(dated('Am 27. Januar 2025 stieß R1 auch bei Premier Li Qiang auf Interesse.\n'), []);
    assert.deepEqual(dated('Am 27. Januar fand R1 bei Premier Li Qiang Anklang.\n'), []);
    assert.deepEqual(dated('Am 27. Januar warb Liang bei Premier Li Qiang für mehr Rechenzentren.\n'), []);
    assert.deepEqual(dated(`${EN}Li Qiang praised R1 on Jan 27.\n`), []);
    assert.deepEqual(dated(`${EN}On January 27, R1 also found favour with Premier Li Qiang.\n`), []);
  });
});
