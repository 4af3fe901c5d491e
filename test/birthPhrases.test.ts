import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message }));
}

const EN = '---\nlang: en\n---\n\n';

describe('a year said to be a birth by a verb of coming and where to („kam 1983 zur Welt“, "came into the world in 1983") is a birth year', () => {
  test('German: „1983 kam Gründer Liang Wenfeng zur Welt.“ and „Liang erblickte 1986 das Licht der Welt.“ after „Jahrgang 1985“ contradict it', () => {
    const box = 'Liang Wenfeng, Jahrgang 1985, gilt als scheu.\n\n';
    assert.deepEqual(findings(`${box}- **1983** kam Gründer Liang Wenfeng zur Welt.\n`), [
      { code: 'unsourced-figure', text: '1985', message: 'No source states 1985.' },
      { code: 'draft-inconsistency', text: '1983', message: '1983 contradicts 1985 earlier in this draft.' },
    ]);
    assert.deepEqual(findings(`${box}Liang erblickte 1986 das Licht der Welt.\n`).filter((f) => f.code === 'draft-inconsistency').map((f) => f.text), ['1986']);
  });
  test('English: "Liang came into the world in 1983." after "born in 1985" contradicts it', () => {
    assert.deepEqual(findings(`${EN}Liang Wenfeng, born in 1985, keeps a low profile.\n\nLiang came into the world in 1983.\n`), [
      { code: 'unsourced-figure', text: '1985', message: 'No source states 1985.' },
      { code: 'draft-inconsistency', text: '1983', message: '1983 contradicts 1985 earlier in this draft.' },
    ]);
  });
  test('quiet: the same year restated, „das Tor zur Welt“, "into the world market" (German, English)', () => {
    const inconsistent = (text: string) => findings(text).filter((f) => f.code === 'draft-inconsistency');
    assert.deepEqual(inconsistent('Liang Wenfeng, Jahrgang 1985, gilt als scheu.\n\nLiang kam 1985 zur Welt.\n\nIm Jahr 2023 öffnete Liang für DeepSeek das Tor zur Welt.\n'), []);
    assert.deepEqual(inconsistent(`${EN}Liang Wenfeng, born in 1985, keeps a low profile.\n\nLiang came into the world in 1985.\n\nIn 2023 Liang took DeepSeek into the world market.\n`), []);
  });
});
