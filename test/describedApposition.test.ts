import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findingsWithFixes as findings, germanDraft as german } from './support/findingsWithFixes';

describe('a date set off after a name, in words that say what the name is, is that name\'s', () => {
  test('German: „mit Kapital von High-Flyer, einem 2015 gegründeten Hedgefonds, …“ dates High-Flyer, not DeepSeek', () => {
    assert.deepEqual(findings(german('DeepSeek wurde im Juli 2023 mit Kapital von High-Flyer, einem 2015 gegründeten Hedgefonds, ins Leben gerufen.')), []);
    assert.deepEqual(findings(german('DeepSeek wurde im Juli 2023 mit Kapital von High-Flyer, einem 2016 gegründeten Hedgefonds, ins Leben gerufen.')), [
      { code: 'date-mismatch', text: '2016', fix: '2015' },
    ]);
    assert.deepEqual(findings(german('DeepSeek wurde im Juli 2023 mit Kapital von High-Flyer, gegründet 2015, ins Leben gerufen.')), []);
    assert.deepEqual(findings(german('DeepSeek wurde im Juli 2023 mit Kapital von High-Flyer, gegründet 2016, ins Leben gerufen.')), [
      { code: 'date-mismatch', text: '2016', fix: '2015' },
    ]);
  });
  test('English: "with capital from High-Flyer, a hedge fund founded in 2015" and "…, a hedge fund that dates from 2015" likewise', () => {
    assert.deepEqual(findings('DeepSeek was set up in July 2023 with capital from High-Flyer, a hedge fund founded in 2015.\n'), []);
    assert.deepEqual(findings('DeepSeek was set up in July 2023 with capital from High-Flyer, a hedge fund founded in 2016.\n'), [
      { code: 'date-mismatch', text: '2016', fix: '2015' },
    ]);
    assert.deepEqual(findings('DeepSeek was founded in July 2023 with capital from High-Flyer, a hedge fund that dates from 2015.\n'), []);
    assert.deepEqual(findings('DeepSeek was set up in July 2023 with capital from High-Flyer, a hedge fund that dates from 2016.\n'), [
      { code: 'date-mismatch', text: '2016', fix: '2015' },
    ]);
    assert.deepEqual(findings('DeepSeek was founded in July 2023 with money from High-Flyer, founded in 2015.\n'), []);
  });
  test('unchanged: the date of the sentence\'s own name, and a date not set off', () => {
    assert.deepEqual(findings(german('DeepSeek, gegründet im Juni 2023, wird von High-Flyer finanziert.')), [
      { code: 'date-mismatch', text: 'Juni 2023', fix: 'Juli 2023' },
    ]);
    assert.deepEqual(findings('DeepSeek, founded in June 2023, is backed by High-Flyer.\n'), [{ code: 'date-mismatch', text: 'June 2023', fix: 'July 2023' }]);
    assert.deepEqual(findings(german('DeepSeek wurde 2015 mit Kapital von High-Flyer gegründet.')), [{ code: 'date-mismatch', text: '2015', fix: '2023' }]);
    assert.deepEqual(findings('DeepSeek was founded in 2015 with capital from High-Flyer.\n'), [{ code: 'date-mismatch', text: '2015', fix: '2023' }]);
    assert.deepEqual(findings(german('High-Flyer finanzierte DeepSeek, ein im Juni 2023 gegründetes Start-up.')), [
      { code: 'date-mismatch', text: 'Juni 2023', fix: 'Juli 2023' },
    ]);
    assert.deepEqual(findings('High-Flyer backed DeepSeek, a start-up founded in June 2023.\n'), [{ code: 'date-mismatch', text: 'June 2023', fix: 'July 2023' }]);
  });
  test('German: an attributive participle that qualifies a name after it („…, das 2023 gegründete DeepSeek“) does not date the name before the comma', () => {
    // A list item: the participle's noun is a name of its own.
    assert.deepEqual(findings(german('Liangs Firmen sind der Hedgefonds High-Flyer, das 2023 gegründete DeepSeek und ein kleines Forschungslabor.')), []);
    assert.deepEqual(findings(german('Chinas KI-Landschaft prägen Alibaba, Tencent, das 2023 gegründete DeepSeek und einige kleinere Labore.')), []);
    // A new clause after the comma.
    assert.deepEqual(findings(german('Zuerst kam High-Flyer, das 2023 gegründete DeepSeek folgte erst später.')), []);
    // A common noun, then the name it introduces.
    assert.deepEqual(findings(german('Liangs Firmen sind der Hedgefonds High-Flyer, das 2023 gegründete Start-up DeepSeek und ein kleines Forschungslabor.')), []);
    // Still High-Flyer's where a common noun alone follows the participle.
    assert.deepEqual(findings(german('Liangs Firmen sind DeepSeek und High-Flyer, ein 2016 gegründeter Hedgefonds.')), [
      { code: 'date-mismatch', text: '2016', fix: '2015' },
    ]);
  });
  test('English: the same list and clause shapes say nothing new ("…, the 2023-founded DeepSeek", "…, and DeepSeek, founded in 2023, …")', () => {
    assert.deepEqual(findings("China's AI scene is shaped by Alibaba, Tencent, the 2023-founded DeepSeek and a few smaller labs.\n"), []);
    assert.deepEqual(findings("Liang's companies are the hedge fund High-Flyer, the start-up DeepSeek founded in 2023 and a small research lab.\n"), []);
    assert.deepEqual(findings('First came High-Flyer, and DeepSeek, founded in 2023, followed later.\n'), []);
  });
});
