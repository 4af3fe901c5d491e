import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
/** Every finding on the figure that is `figureText` (the last one of that text in the draft). */
const findingsOn = (text: string, figureText: string) => {
  const start = text.lastIndexOf(figureText);
  return runRules(analyzeDraft(text, index), index).filter((f) => f.start === start).map((f) => f.code);
};

describe('a day whose sentence names no event of its own is borne out by any source event of that day', () => {
  test('English: a date standing alone, between dashes, after a subject carried from the sentence before', () => {
    assert.deepEqual(findingsOn('# Markets\n\nThat Monday — January 27, 2025 — was different.\n', 'January 27, 2025'), []);
    assert.deepEqual(findingsOn('# Markets\n\nIt was January 27, 2025. A Monday.\n', 'January 27, 2025'), []);
    assert.deepEqual(findingsOn('# Markets\n\nNvidia lost 7.82 percent. That Monday — January 27, 2025 — was different.\n', 'January 27, 2025'), []);
  });

  test('German: a date standing alone, between dashes, after a subject carried from the sentence before', () => {
    assert.deepEqual(findingsOn('# Börse\n\nJener Montag – der 27. Januar 2025 – war anders.\n', '27. Januar 2025'), []);
    assert.deepEqual(findingsOn('# Börse\n\nEs war der 27. Januar 2025. Ein Montag.\n', '27. Januar 2025'), []);
    assert.deepEqual(findingsOn('# Börse\n\nNvidia verlor 7,82 Prozent. Jener Montag – der 27. Januar 2025 – war anders.\n', '27. Januar 2025'), []);
  });

  test('a day of another year, or a day the sources date nothing to, stays unsourced', () => {
    assert.deepEqual(findingsOn('# Markets\n\nThat Monday — January 27, 2026 — was different.\n', 'January 27, 2026'), ['unsourced-figure']);
    assert.deepEqual(findingsOn('# Markets\n\nThat Saturday — January 25, 2025 — was quiet.\n', 'January 25, 2025'), ['unsourced-figure']);
    assert.deepEqual(findingsOn('# Börse\n\nJener Montag – der 27. Januar 2026 – war anders.\n', '27. Januar 2026'), ['unsourced-figure']);
    assert.deepEqual(findingsOn('# Börse\n\nJener Samstag – der 25. Januar 2025 – war ruhig.\n', '25. Januar 2025'), ['unsourced-figure']);
  });

  test('a wrong day of a named event is still contradicted, not borne out by the day alone', () => {
    assert.deepEqual(findingsOn('# Markets\n\nOn January 28, 2025, Nvidia lost 7.82 percent.\n', 'January 28, 2025'), ['date-mismatch']);
    assert.deepEqual(findingsOn('# Börse\n\nAm 28. Januar 2025 verlor Nvidia 7,82 Prozent.\n', '28. Januar 2025'), ['date-mismatch']);
  });

  test('a true date of a named event stays quiet in other sentence shapes', () => {
    assert.deepEqual(findingsOn('# Markets\n\nNvidia shares fell 7.82 percent on January 27, 2025.\n', 'January 27, 2025'), []);
    assert.deepEqual(findingsOn('# Börse\n\nDie Nvidia-Aktie fiel am 27. Januar 2025 um 7,82 Prozent.\n', '27. Januar 2025'), []);
  });
});
