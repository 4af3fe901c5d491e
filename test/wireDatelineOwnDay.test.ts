import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type SourceIndex } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

// A wire story's dateline is the day it was filed, which no source states: another agency's story filed the same day
// ("NEW YORK, January 28, 2025 — Shares of Nvidia rebounded …") does not bear it out.
const all = (text: string, index: SourceIndex = bundledIndex()) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);

describe('a wire story\'s dateline stays the piece\'s own day beside another article filed that day', () => {
  const english = extraSource('2025-01-28_rebound.txt', 'Nvidia rebounds\n\nNEW YORK, January 28, 2025 — Shares of Nvidia rebounded on Tuesday, rising 8.9 percent as investors picked up chip stocks a day after a sell-off triggered by DeepSeek.\n');
  const german = extraSource('2025-01-28_erholung.txt', 'Nvidia erholt sich\n\nNEW YORK, 28. Januar 2025 – Die Aktie von Nvidia hat sich am Dienstag erholt und 8,9 Prozent gewonnen, einen Tag nach dem Kurssturz, den DeepSeek ausgelöst hatte.\n');
  test('English: "BEIJING/NEW YORK, Jan 28 (Wire) - …" stays unsourced', () => {
    const text = 'BEIJING/NEW YORK, Jan 28 (Wire) - A little-known Chinese artificial intelligence startup knocked hundreds of billions of dollars off US technology stocks.';
    const expected = [['unsourced-figure', 'Jan 28', 'No source states Jan 28.']];
    assert.deepEqual(all(text), expected);
    assert.deepEqual(all(text, withSources(english)), expected);
  });
  test('German: „PEKING/NEW YORK, 28. Januar 2025 (dpa) - …“ stays unsourced', () => {
    const text = 'PEKING/NEW YORK, 28. Januar 2025 (dpa) - Ein kaum bekanntes chinesisches KI-Start-up hat US-Technologiewerte hunderte Milliarden Dollar gekostet.';
    const expected = [['unsourced-figure', '28. Januar 2025', 'No source states 28. Januar 2025.']];
    assert.deepEqual(all(text), expected);
    assert.deepEqual(all(text, withSources(german)), expected);
  });
  test('a day set off by dashes inside a sentence is an event\'s day, borne out by the article that dates it (en, de)', () => {
    assert.deepEqual(all('On January 28, 2025 - a day after the sell-off - Nvidia shares rebounded.', withSources(english)), []);
    assert.deepEqual(all('Am Montag, 27. Januar 2025 – dem Tag des Kurssturzes – verlor Nvidia 7,82 Prozent.', withSources(german)), []);
  });
});
