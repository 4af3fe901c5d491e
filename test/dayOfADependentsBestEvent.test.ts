import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type SourceIndex } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

// A draft's day is judged by the source days of the figures it times. Those are the days of the events the figures'
// best evidence tells: not a later report of another day further down their evidence (the Nasdaq's 2.8 % of 27 February
// for "It fell 3%"), nor the first of the two days a span is counted between ("two days after the sell-off").
const all = (text: string, index: SourceIndex = bundledIndex()) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
const february = extraSource('2025-02-27_nvidia.txt', 'Nvidia nach den Zahlen\n\nAm 27. Februar 2025 brach die Nvidia-Aktie um 8,5 Prozent ein und schloss bei 120,15 Dollar. Der Nasdaq 100 fiel um 2,8 Prozent.\n');

describe('a day is not made wrong by another day\'s report among the evidence of a figure it times', () => {
  test('English: "A headline on 29 January, two days after the sell-off, … It fell 3%." stays unsourced, not "27. Februar 2025"', () => {
    const text = '**Nasdaq.** A headline on 29 January, two days after the sell-off, said the Nasdaq 100 "rose 3%" on the day. It fell 3%. The index had gained 25% in 2024.';
    const expected = [['unsourced-figure', '29 January', 'No source states 29 January.'], ['unsourced-figure', 'two days', 'No source states two days.']];
    assert.deepEqual(all(text), expected);
    assert.deepEqual(all(text, withSources(february)), expected);
  });
  test('German: „Eine Schlagzeile vom 29. Januar, zwei Tage nach dem Ausverkauf, … Er fiel um 3 %.“ stays unsourced', () => {
    const text = '**Nasdaq.** Eine Schlagzeile vom 29. Januar, zwei Tage nach dem Ausverkauf, meldete, der Nasdaq 100 sei an dem Tag um 3 % gestiegen. Er fiel um 3 %. 2024 hatte er 25 % zugelegt.';
    const expected = [['unsourced-figure', '29. Januar', 'No source states 29. Januar.'], ['unsourced-figure', 'zwei Tage', 'No source states zwei Tage.'], ['unsourced-figure', '3 %', 'No source states 3 %.']];
    assert.deepEqual(all(text), expected);
    assert.deepEqual(all(text, withSources(february)), expected);
    // The day the 3 % has in its own article (the 27 January of its dated moves), not the 27 February of another's 2.8 %.
    assert.deepEqual(all('Am 29. Januar 2025 fiel der Nasdaq 100 um 3 %.', withSources(february)), [['date-mismatch', '29. Januar 2025', '29. Januar 2025 contradicts the source, which gives 27. Januar 2025.']]);
  });
  test('a day the figure\'s own best evidence dates otherwise stays wrong beside the other article (de, en)', () => {
    assert.deepEqual(all('Am 28. Januar 2025 verlor Nvidia 7,82 Prozent.', withSources(february)), all('Am 28. Januar 2025 verlor Nvidia 7,82 Prozent.'));
    assert.deepEqual(all('On January 28, 2025, Nvidia lost 7.82 percent.', withSources(february)), all('On January 28, 2025, Nvidia lost 7.82 percent.'));
    assert.equal(all('On January 28, 2025, Nvidia lost 7.82 percent.')[0]?.[0], 'date-mismatch');
  });
});
