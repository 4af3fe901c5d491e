import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

/** The figures' findings (a heading's or a stamp's own date is the date rules' business), with the sources given. */
const findings = (text: string, idx = bundledIndex()) =>
  runRules(analyzeDraft(text, idx), idx).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), fix: f.fix?.newText })).filter((f) => !/\d{4}$/.test(f.text));

// Every distractor article of the eval: Nvidia's −4,1 % and Microsoft's moves of 29 January, the rebound of the 28th.
const distractors = () => withSources(...readdirSync('test/eval/distractors').map((name) => extraSource(name, readFileSync(`test/eval/distractors/${name}`, 'utf8'))));
let withDistractors: ReturnType<typeof distractors> | undefined;

/** The same findings with the bundled articles alone and with the distractors beside them. */
function assertUnchanged(text: string, expected: Array<{ code: string; text: string }>) {
  const strip = (list: ReturnType<typeof findings>) => list.map(({ code, text }) => ({ code, text }));
  assert.deepEqual(strip(findings(text)), expected, 'bundled sources');
  assert.deepEqual(strip(findings(text, (withDistractors ??= distractors()))), expected, 'with the distractors');
}

const de = (heading: string, ...paragraphs: string[]) => ['---', 'lang: de', '---', '', heading, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
const en = (heading: string, ...paragraphs: string[]) => ['---', 'lang: en', '---', '', heading, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');

describe("a piece's own day does not date a move it tells after the fact", () => {
  const briefingDe = '# Regierungspressekonferenz vom 29. Januar 2025';
  const briefingEn = '# Press briefing of 29 January 2025';

  test('German: the 27th\'s −7,82 % and −3,75 % told on the 29th are borne out, not held against the 29th\'s moves', () => {
    assertUnchanged(de(briefingDe, 'Ein Kursrückgang von 7,82 Prozent bei Nvidia und 3,75 Prozent bei Microsoft ist kein Grund zur Panik.'), []);
    assertUnchanged(de(briefingDe, 'Nvidia hat 7,82 Prozent verloren.'), []);
    assertUnchanged(de(briefingDe, '- Nvidia verlor **7,82 Prozent**,', '- Microsoft gab 3,75 Prozent ab.'), []);
    assertUnchanged(de(briefingDe, '> Die Nvidia-Aktie ist um 7,82 Prozent\n> eingebrochen.'), []);
  });
  test('English: the same moves told in a briefing of the 29th', () => {
    assertUnchanged(en(briefingEn, 'A drop of 7.82 percent at Nvidia and 3.75 percent at Microsoft is no reason to panic.'), []);
    assertUnchanged(en(briefingEn, 'Nvidia lost 7.82 percent.'), []);
    assertUnchanged(en(briefingEn, '| Stock | Move |\n|---|---|\n| Nvidia | fell 7.82 percent |'), []);
  });

  test('a wrong value keeps its finding: another amount, another company\'s amount, the other way (German)', () => {
    assertUnchanged(de(briefingDe, 'Nvidia hat 17,82 Prozent verloren.'), [{ code: 'figure-mismatch', text: '17,82 Prozent' }]);
    assertUnchanged(de(briefingDe, 'Microsoft hat 7,82 Prozent verloren.'), [{ code: 'figure-mismatch', text: '7,82 Prozent' }]);
    assertUnchanged(de(briefingDe, 'Nvidia hat 7,82 Prozent zugelegt.'), [{ code: 'figure-mismatch', text: '7,82 Prozent' }]);
  });
  test('a wrong value keeps its finding: another amount, another company\'s amount, the other way (English)', () => {
    assertUnchanged(en(briefingEn, 'Nvidia lost 17.82 percent.'), [{ code: 'figure-mismatch', text: '17.82 percent' }]);
    assertUnchanged(en(briefingEn, 'Microsoft lost 7.82 percent.'), [{ code: 'figure-mismatch', text: '7.82 percent' }]);
    assertUnchanged(en(briefingEn, 'Nvidia gained 7.82 percent.'), [{ code: 'figure-mismatch', text: '7.82 percent' }]);
  });

  test('a move told as of the piece\'s day, or a day its sentence states, is that day\'s (German and English)', () => {
    const idx = (withDistractors ??= distractors());
    // The 29th's own move is Nvidia's −4,1 %: the 27th's value told „heute“ is wrong for that day.
    assert.deepEqual(findings(de(briefingDe, 'Heute fiel Nvidia um 7,82 Prozent.'), idx), [{ code: 'figure-mismatch', text: '7,82 Prozent', fix: '4,1 Prozent' }]);
    assert.deepEqual(findings(en(briefingEn, 'Today Nvidia fell 7.82 percent.'), idx), [{ code: 'figure-mismatch', text: '7.82 percent', fix: '4.1 percent' }]);
    assert.deepEqual(findings(de(briefingDe, 'Heute fiel Nvidia um 4,1 Prozent.'), idx), []);
    // The day before as its sentence says it, under the stamp of a broadcast of the 28th.
    assertUnchanged(de('**Dienstag, 28. Januar 2025**', 'Gestern fiel die Nvidia-Aktie um 17,82 Prozent.'), [{ code: 'figure-mismatch', text: '17,82 Prozent' }]);
    assertUnchanged(de('# Hörerfragen', 'Sendung vom Dienstag, 28. Januar 2025, 18:05 bis 19:00 Uhr · Moderation: Anna Berg', 'Nvidia sackte um 17,82 Prozent ab.'), [{ code: 'figure-mismatch', text: '17,82 Prozent' }]);
    assertUnchanged(de('# Hörerfragen', 'Sendung vom Dienstag, 28. Januar 2025, 18:05 bis 19:00 Uhr · Moderation: Anna Berg', 'Nvidia sackte um 7,82 Prozent ab.'), []);
  });
});
