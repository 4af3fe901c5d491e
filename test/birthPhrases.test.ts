import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message }));
}

const inconsistent = (text: string) => findings(text).filter((f) => f.code === 'draft-inconsistency').map((f) => f.text);

const EN = '---\nlang: en\n---\n\n';

describe('a year a verb of coming and where to says is a person’s birth („kam 1983 zur Welt“, "came into the world in 1983") is a birth year', () => {
  test('German: „1983 kam Gründer Liang Wenfeng zur Welt.“, „Er kam 1983 zur Welt.“ and „Liang erblickte 1986 das Licht der Welt.“ after „Jahrgang 1985“ contradict it', () => {
    const box = 'Liang Wenfeng, Jahrgang 1985, gilt als scheu.\n\n';
    assert.deepEqual(findings(`${box}- **1983** kam Gründer Liang Wenfeng zur Welt.\n`), [
      { code: 'unsourced-figure', text: '1985', message: 'No source states 1985.' },
      { code: 'draft-inconsistency', text: '1983', message: '1983 contradicts 1985 earlier in this draft.' },
    ]);
    assert.deepEqual(inconsistent(`${box}Was er vorher machte, ist wenig bekannt. Er kam 1983 zur Welt.\n`), ['1983']);
    assert.deepEqual(inconsistent(`${box}Liang erblickte 1986 das Licht der Welt.\n`), ['1986']);
  });
  test('English: "Liang came into the world in 1983." and "He came into the world in 1983." after "born in 1985" contradict it', () => {
    assert.deepEqual(findings(`${EN}Liang Wenfeng, born in 1985, keeps a low profile.\n\nLiang came into the world in 1983.\n`), [
      { code: 'unsourced-figure', text: '1985', message: 'No source states 1985.' },
      { code: 'draft-inconsistency', text: '1983', message: '1983 contradicts 1985 earlier in this draft.' },
    ]);
    assert.deepEqual(inconsistent(`${EN}Liang Wenfeng, born in 1985, keeps a low profile.\n\nHe came into the world in 1983.\n`), ['1983']);
  });
  test('quiet: a firm that "came into the world", „Die Firma“ or „Sie“ (die Firma), the same year restated, „das Tor zur Welt“ (German)', () => {
    const box = 'Liang Wenfeng, Jahrgang 1985, gilt als scheu.\n\n';
    assert.deepEqual(inconsistent(`${box}DeepSeek kam 2023 zur Welt.\n`), []);
    assert.deepEqual(inconsistent(`${box}Die Firma kam 2023 zur Welt, mit Geld von High-Flyer.\n`), []);
    assert.deepEqual(inconsistent(`${box}DeepSeek ist jung. Sie kam 2023 zur Welt.\n`), []);
    assert.deepEqual(inconsistent(`${box}Liang kam 1985 zur Welt.\n\nIm Jahr 2023 öffnete Liang für DeepSeek das Tor zur Welt.\n`), []);
  });
  test('quiet: "DeepSeek came into the world in 2023", "the company came into the world", "into the world market" (English)', () => {
    const box = `${EN}Liang Wenfeng, born in 1985, keeps a low profile.\n\n`;
    assert.deepEqual(inconsistent(`${box}DeepSeek came into the world in July 2023.\n`), []);
    assert.deepEqual(inconsistent(`${box}The company came into the world in 2023, funded by High-Flyer.\n`), []);
    assert.deepEqual(inconsistent(`${box}Liang came into the world in 1985.\n\nIn 2023 Liang took DeepSeek into the world market.\n`), []);
  });
});

describe('a field one enters („kam 2015 zur Welt der Hedgefonds“, "came into the world of trading") and German „Er“ after a firm are no birth', () => {
  test('German: „Er kam 2015 zur Welt der Hedgefonds“ after „wurde 1985 geboren“ is no birth; „Er kam 1983 zur Welt in Hangzhou.“ still is', () => {
    assert.deepEqual(findings('Liang Wenfeng wurde 1985 geboren. Er kam 2015 zur Welt der Hedgefonds, als er High-Flyer gründete.\n'), [
      { code: 'unsourced-figure', text: '1985', message: 'No source states 1985.' },
    ]);
    assert.deepEqual(inconsistent('Liang Wenfeng wurde 1985 geboren. Er kam 2015 zur Welt des Quant-Handels.\n'), []);
    assert.deepEqual(inconsistent('Liang Wenfeng wurde 1985 geboren. Über seine Kindheit ist wenig bekannt. Er kam 1983 zur Welt in Hangzhou.\n'), ['1983']);
  });
  test('English: "He came into the world of quantitative trading in 2015" after "born in 1985" is no birth; "into the world in 1983 in Guangdong" still is', () => {
    assert.deepEqual(findings(`${EN}Liang Wenfeng was born in 1985 in Guangdong. He came into the world of quantitative trading in 2015, when he co-founded High-Flyer.\n`), [
      { code: 'unsourced-figure', text: '1985', message: 'No source states 1985.' },
    ]);
    assert.deepEqual(inconsistent(`${EN}Liang Wenfeng was born in 1985. He came into the world of hedge funds in 2015.\n`), []);
    assert.deepEqual(inconsistent(`${EN}Liang Wenfeng was born in 1985. Little is known of his youth. He came into the world in 1983 in Guangdong.\n`), ['1983']);
  });
  test('German: „Sein Hedgefonds High-Flyer ist älter als DeepSeek. Er kam 2015 zur Welt“ is the fund’s, no birth; „Er“ after a sentence that ends on the person still is', () => {
    assert.deepEqual(findings('Liang Wenfeng ist Jahrgang 1985. Sein Hedgefonds High-Flyer ist älter als DeepSeek. Er kam 2015 zur Welt, acht Jahre vor dem Start-up.\n').map((f) => `${f.code} ${f.text}`), [
      'unsourced-figure 1985',
      'unsourced-figure acht Jahre',
    ]);
    assert.deepEqual(inconsistent('Liang Wenfeng ist Jahrgang 1985. Der Konzern DeepSeek wuchs schnell. Er kam 2023 zur Welt.\n'), []);
    assert.deepEqual(inconsistent('Liang Wenfeng ist Jahrgang 1985. High-Flyer gehört Liang Wenfeng. Er kam 1983 zur Welt.\n'), ['1983']);
  });
  test('English: "he" is never a firm, "it" never a person: "His fund High-Flyer is older than DeepSeek. He came into the world in 1983" is a birth, "It came into the world in 2023" none', () => {
    const box = `${EN}Liang Wenfeng, born in 1985, keeps a low profile.\n\n`;
    assert.deepEqual(inconsistent(`${box}His fund High-Flyer is older than DeepSeek. He came into the world in 1983.\n`), ['1983']);
    assert.deepEqual(inconsistent(`${box}DeepSeek is young. It came into the world in 2023.\n`), []);
  });
});
