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
});
