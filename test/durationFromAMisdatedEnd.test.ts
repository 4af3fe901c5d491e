import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The sources: High-Flyer founded 2015, DeepSeek founded July 2023, V3 in December 2024, R1's breakthrough on 20 January
// and the headlines of 27 January 2025.
const index = bundledIndex();
const spans = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code !== 'date-mismatch' && !(f.code === 'unsourced-figure' && /^(?:Juni|June) /.test(text.slice(f.start, f.end)))).map((f) => [f.code, text.slice(f.start, f.end), f.message]);

describe('a duration whose own clause misdates its event by one part of the date still spans the two events its words name', () => {
  test('German: "im Juli 2022 gegründet, anderthalb Jahre vor dem Durchbruch" is borne out, "drei Jahre" is wrong; also in a list, bold, wrapped', () => {
    assert.deepEqual(spans('DeepSeek wurde im Juli 2022 gegründet, anderthalb Jahre vor dem Durchbruch.'), []);
    assert.deepEqual(spans('DeepSeek wurde im Juli 2022 gegründet, drei Jahre vor dem Durchbruch.'), [['figure-mismatch', 'drei Jahre', 'drei Jahre contradicts the source, which says Juli 2023 → 27. Januar 2025 = 1–2.']]);
    assert.deepEqual(spans('- DeepSeek wurde im **Juli 2022** gegründet, anderthalb Jahre vor dem Durchbruch.'), []);
    assert.deepEqual(spans('- DeepSeek wurde im Juli 2022 gegründet, fünf Jahre vor dem\n  Durchbruch.'), [['figure-mismatch', 'fünf Jahre', 'fünf Jahre contradicts the source, which says Juli 2023 → 27. Januar 2025 = 1–2.']]);
  });
  test('German: "im Juni 2023, sechs Jahre nach dem Hedgefonds High-Flyer" is wrong (2015 → Juli 2023 = 8), "acht Jahre" is borne out', () => {
    assert.deepEqual(spans('Im Juni 2023 kam DeepSeek, sechs Jahre nach dem Hedgefonds High-Flyer.'), [['figure-mismatch', 'sechs Jahre', 'sechs Jahre contradicts the source, which says 2015 → Juli 2023 = 8.']]);
    assert.deepEqual(spans('Im Juni 2023 kam DeepSeek, acht Jahre nach dem Hedgefonds High-Flyer.'), []);
  });
  test('English: "V3 came out in November 2024, three months before R1" is wrong (December 2024 → 20 January = 1), "a month" is borne out; also in a table cell', () => {
    const wrong = [['figure-mismatch', 'three months', 'three months contradicts the source, which says Dezember 2024 → 20. Januar = 1.']];
    assert.deepEqual(spans('---\nlang: en\n---\nThe V3 model came out in November 2024, roughly three months before R1 broke through on January 20.'), wrong);
    assert.deepEqual(spans('---\nlang: en\n---\nThe V3 model came out in November 2024, roughly a month before R1 broke through on January 20.'), []);
    assert.deepEqual(spans('---\nlang: en\n---\n| Model | Note |\n|---|---|\n| V3 | came out in November 2024, three months before R1 |'), wrong);
    assert.deepEqual(spans('---\nlang: en\n---\n> DeepSeek was founded in July 2022, four years before its breakthrough.'), [['figure-mismatch', 'four years', 'four years contradicts the source, which says Juli 2023 → 27. Januar 2025 = 1–2.']]);
  });
  test('a date of an event the sources do not know stays its own: another model, another company, another founding (en, de)', () => {
    // June 2024 is no slip of R1's January 2025, nor of DeepSeek's July 2023 founding that the words name.
    assert.deepEqual(spans('---\nlang: en\n---\nIn June 2024 DeepSeek released V2, eleven months after the founding.'), [['unsourced-figure', 'eleven months', 'No source states eleven months.']]);
    assert.deepEqual(spans('---\nlang: en\n---\nIn June 2024 Alibaba released Qwen2, eleven months after DeepSeek\'s founding.'), [['unsourced-figure', 'eleven months', 'No source states eleven months.']]);
    assert.deepEqual(spans('Im Juni 2024 kam Moonshot, acht Jahre nach dem Hedgefonds High-Flyer.'), [['unsourced-figure', 'acht Jahre', 'No source states acht Jahre.']]);
    assert.deepEqual(spans('Im Juni 2023 kam DeepSeek, acht Jahre nach der Gründung von Baidu.'), [['unsourced-figure', 'acht Jahre', 'No source states acht Jahre.']]);
  });
});

describe('a misdated month after the duration dates what comes next, not the duration\'s own event', () => {
  test('English: "started DeepSeek eight years after his hedge fund, and that R1 followed V3, released in December 2023, …" gets no span warning', () => {
    const text = '---\nlang: en\n---\nThe staff report noted that the founder, who is 40, started DeepSeek eight years after his hedge fund, and that R1 followed V3, released in December 2023, by about a month.';
    assert.deepEqual(spans(text).filter(([code]) => code !== 'unsourced-figure'), []);
  });
});
