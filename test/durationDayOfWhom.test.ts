import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDraft, runRules } from '../server/src/core';
import { extraSource, read, ROOT, withSources } from './support/fixtures';

// With the eval's distractors among the sources: the US export rule of 13 January 2025 (an article of April), a funding
// round of February 2024 that valued Moonshot, DeepSeek topping the App Store "on 27 January" (no year in its sentence).
const index = withSources(...readdirSync(join(ROOT, 'test', 'eval', 'distractors')).sort().map((f) => extraSource(f, read(join('test', 'eval', 'distractors', f)))));
const run = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
const en = (body: string) => `---\nlang: en\n---\n\n${body}\n`;

describe('a span from the day named before to the clause\'s own day ends in what happened then to whom the clause names', () => {
  test('German: „Eine Woche zuvor, am 13. Januar, war R1 erschienen“ is a wrong date, not a span to the export rule of 13 January', () => {
    assert.deepEqual(run('Am 27. Januar 2025 fielen die Kurse. Eine Woche zuvor, am 13. Januar, war R1 erschienen.\n'), [['date-mismatch', '13. Januar', '13. Januar contradicts the source, which gives 20 January.']]);
    assert.deepEqual(run('Am 27. Januar 2025 fielen die Kurse. Zwei Wochen zuvor, am 13. Januar, war R1 erschienen.\n').map((f) => [f[0], f[1]]), [['unsourced-figure', 'Zwei Wochen'], ['date-mismatch', '13. Januar']]);
    assert.deepEqual(run('Am 27. Januar 2025 fielen die Kurse. Eine Woche zuvor, am 20. Januar, war R1 erschienen.\n'), []);
  });
  test('English: "A week earlier, on 13 January, R1 had come out" is a wrong date; two weeks are no span of the export rule\'s', () => {
    assert.deepEqual(run(en('On 27 January 2025 the shares fell. A week earlier, on 13 January, R1 had come out.')), [['date-mismatch', '13 January', '13 January contradicts the source, which gives 20 January.']]);
    assert.deepEqual(run(en('On 27 January 2025 the shares fell. Two weeks earlier, on 13 January, DeepSeek had released R1.')).map((f) => [f[0], f[1]]), [['unsourced-figure', 'Two weeks'], ['date-mismatch', '13 January']]);
    assert.deepEqual(run(en('On 27 January 2025 the shares fell. A week earlier, on 20 January, R1 had come out.')), []);
  });
});
