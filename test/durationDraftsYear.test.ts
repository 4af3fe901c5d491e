import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDraft, runRules } from '../server/src/core';
import { extraSource, read, ROOT, withSources } from './support/fixtures';

// With the eval's distractors among the sources: an app article of February 2025 says DeepSeek topped the App Store "on
// 27 January", with no year; another dates a funding round that valued Moonshot to February 2024. The first is on the
// draft's 27 January 2025, so it is of 2025: a year, not days, from February 2024.
const index = withSources(...readdirSync(join(ROOT, 'test', 'eval', 'distractors')).sort().map((f) => extraSource(f, read(join('test', 'eval', 'distractors', f)))));
const run = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
const en = (body: string) => `---\nlang: en\n---\n\n${body}\n`;

describe('an event the draft\'s day picks out is of the draft\'s year where its source gives none', () => {
  test('German: „Am Folgetag bewertete die Presse …“, „Einen Tag später bewerteten Analysten …“ are no span to February 2024, was figure-mismatch „27 January → February 2024 = 5–33“', () => {
    assert.deepEqual(run('Am 27. Januar 2025 fielen die Kurse. Am Folgetag bewertete die Presse die Vorgänge neu.\n'), []);
    assert.deepEqual(run('Am 27. Januar 2025 brachen die Kurse von Infineon und SoftBank ein. Am Folgetag bewertete die Presse die Vorgänge des Vortags.\n'), []);
    assert.deepEqual(run('Am 27. Januar 2025 fielen die Kurse. Einen Tag später bewerteten Analysten die Lage neu.\n'), []);
  });
  test('English: "A day later, the valuation of SoftBank recovered", "The day after, …", "One day later …" are no span to February 2024', () => {
    assert.deepEqual(run(en('On 27 January 2025 shares fell. A day later, the valuation of SoftBank recovered.')), []);
    assert.deepEqual(run(en('On 27 January 2025 shares fell. The day after, SoftBank\'s valuation recovered.')), []);
    assert.deepEqual(run(en('On 27 January 2025 shares fell. One day later the valuation of Infineon recovered.')), []);
  });
  test('a span the sources do give is still checked: R1\'s release a week before the fall (de, en)', () => {
    assert.deepEqual(run('Am 20. Januar 2025 kam R1. Eine Woche später, am 27. Januar, brachen die Kurse ein.\n'), []);
    assert.deepEqual(run(en('R1 came out on 20 January 2025. Two weeks later, on 27 January, shares slumped.')).map((f) => [f[0], f[1]]), [['figure-mismatch', 'Two weeks']]);
  });
});
