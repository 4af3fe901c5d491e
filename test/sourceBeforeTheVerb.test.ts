import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
}

const EN = '---\nlang: en\n---\n\n';

describe('„Laut Telepolis wurde DeepSeek … gegründet“: the verb after the source ends its phrase, the name after the verb is what the fact is about', () => {
  test('German: the founding month „laut Telepolis“, „laut Marc Andreessen“, „Telepolis zufolge“ is DeepSeek\'s and borne out', () => {
    assert.deepEqual(findings('Laut Telepolis wurde DeepSeek im Juli 2023 gegründet.\n'), []);
    assert.deepEqual(findings('Laut Marc Andreessen war DeepSeek im Juli 2023 gegründet worden.\n'), []);
    assert.deepEqual(findings('Telepolis zufolge wurde DeepSeek im Juli 2023 gegründet.\n'), []);
  });
  test('German: a wrong founding month after the source is contradicted, not unsourced', () => {
    assert.deepEqual(findings('Laut Telepolis wurde DeepSeek im Juli 2022 gegründet.\n'), [['date-mismatch', 'Juli 2022', 'Juli 2022 contradicts the source, which gives Juli 2023.']]);
  });
  test('the source itself is still only who reports: „laut der chinesischen Akademie“ names no subject, and English sets the source off with a comma', () => {
    assert.deepEqual(findings('Laut der chinesischen Akademie stammen 36 Prozent der weltweit 1328 KI-Modelle aus China.\n'), []);
    assert.deepEqual(findings(`${EN}According to Telepolis, DeepSeek was founded in July 2023.\n`), []);
    assert.deepEqual(findings(`${EN}According to Telepolis, DeepSeek was founded in July 2022.\n`), [['date-mismatch', 'July 2022', 'July 2022 contradicts the source, which gives Juli 2023.']]);
  });
});
