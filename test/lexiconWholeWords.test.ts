import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({
    code: f.code, text: text.slice(f.start, f.end), message: f.message, ...(f.fix ? { fix: f.fix.newText } : {}),
  }));
}

describe('an irregular past of a move ("fell", "rose", "sank") is a whole word, not the start of another', () => {
  test('English: "fellow" did not fall, so "Microsoft and its fellow software makers rose 3.75 percent" is a wrong direction', () => {
    assert.deepEqual(findings('Microsoft and its fellow software makers rose 3.75 percent.'), [{
      code: 'figure-mismatch', text: '3.75 percent', message: '3.75 percent says it rose, but the source says it fell: -3,75 %.',
    }]);
    assert.deepEqual(findings('Microsoft and its fellow software makers fell 3.75 percent.'), []);
  });
  test('German: "Sankt" did not sink, so "Microsofts Aktie stieg in Sankt Gallen um 3,75 Prozent" is a wrong direction', () => {
    assert.deepEqual(findings('Microsofts Aktie stieg in Sankt Gallen um 3,75 Prozent.'), [{
      code: 'figure-mismatch', text: '3,75 Prozent', message: '3,75 Prozent says it rose, but the source says it fell: -3,75 %.',
    }]);
    assert.deepEqual(findings('Microsofts Aktie sank in Sankt Gallen um 3,75 Prozent.'), []);
    assert.deepEqual(findings('Microsofts Aktie fiel um 3,75 Prozent, nachdem die Kurse am Vortag sanken.'), []);
  });
});
