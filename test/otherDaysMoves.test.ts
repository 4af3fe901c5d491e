import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

type Extra = ReturnType<typeof extraSource>;

function findings(text: string, idx = bundledIndex(), warningsOnly = false) {
  return runRules(analyzeDraft(text, idx), idx)
    .filter((f) => !warningsOnly || f.severity !== 'information')
    .map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

/** A source's day that a draft names is no source's (unsourced-figure): the warnings and errors alone. */
const warnings = (text: string, idx = bundledIndex()) => findings(text, idx, true);

/** The findings the bundled articles give, which an article about the same share on another day must not change. */
function assertUnchangedBy(extra: Extra, text: string, expected: Array<{ code: string; text: string; fix?: string }>) {
  assert.deepEqual(warnings(text), expected);
  assert.deepEqual(warnings(text, withSources(extra)), expected);
}

describe('a move the draft dates to no day, beside a move a source states for a day the draft never names', () => {
  // "Die Aktie von Microsoft verlor mehr als sechs Prozent" in a piece about 27 January is not borne out by Microsoft's
  // 6.2 % of 30 January: that is another day's move, which decides nothing for the draft's, as it would not contradict it.
  const german = extraSource('2025-01-30_microsoft.txt', 'Microsoft enttäuscht\n\nDie Aktie von Microsoft hat am 30. Januar 2025 um 6,2 Prozent nachgegeben, so stark wie seit Jahren nicht mehr.\n');
  const english = extraSource('2025-01-30_microsoft.md', '---\ntitle: Microsoft slides\npublished: 2025-01-30\n---\n\nMicrosoft shares lost 6.2 percent on January 30, 2025, the day after the company reported its quarter.\n');
  const de = '# Eine Firma aus China\n\nAm 20. Januar stellte DeepSeek R1 vor. Eine Woche später, am 27. Januar, gab es an der Börse große Aufregung.\n\n## Und die anderen?\n\n';
  const en = '# A company from China\n\nDeepSeek released R1 on January 20. A week later, on January 27, the markets panicked.\n\n## And the others?\n\n';
  test('German: "mehr als sechs Prozent" stays wrong beside the 6,2 Prozent of 30 January', () => {
    assertUnchangedBy(german, `${de}Die Aktie von Microsoft verlor mehr als sechs Prozent.\n`, [{ code: 'figure-mismatch', text: 'sechs Prozent', fix: '3,75 Prozent' }]);
  });
  test('English: "more than six percent" stays wrong beside the 6.2 percent of January 30', () => {
    assertUnchangedBy(english, `${en}Microsoft shares lost more than six percent.\n`, [{ code: 'figure-mismatch', text: 'six percent', fix: '3.75 percent' }]);
  });
  test('the day\'s true move stays borne out, in a list as in a sentence', () => {
    assertUnchangedBy(german, `${de}Microsoft verlor 3,75 Prozent, Broadcom 6,58 Prozent.\n`, []);
    assertUnchangedBy(english, `${en}- Microsoft: -3.75%\n- Nvidia: -7.82%\n`, []);
  });
  test('a draft that names no day is borne out by any day\'s move, and one that names the other day by that day\'s', () => {
    assert.deepEqual(findings('Die Aktie von Microsoft verlor 6,2 Prozent.', withSources(german)), []);
    assert.deepEqual(warnings('# Quartal\n\nAm 30. Januar 2025 legte Microsoft Zahlen vor.\n\nDie Aktie verlor 6,2 Prozent.\n', withSources(german)), []);
    assert.deepEqual(findings('Microsoft shares lost 6.2 percent.', withSources(english)), []);
  });
});

describe('a move in a piece whose day is only guessed, a day from a source\'s stated move', () => {
  // A forum post of the evening of 27 January on a page whose most named day is the 28th ("NVDA hat heute 17 %
  // verloren") is about the sell-off of the 27th, not the rebound another article reports for the 28th.
  const reboundDe = extraSource('2025-01-28_erholung.txt', 'Erholung bei Nvidia\n\nAm 28. Januar 2025 erholte sich die Nvidia-Aktie um 8,9 Prozent. Am Dienstag legten auch Microsoft um 2,9 Prozent und Broadcom um 2,6 Prozent zu.\n');
  const reboundEn = extraSource('2025-01-28_rebound.md', '---\ntitle: Chip stocks rebound\npublished: 2025-01-28\n---\n\nOn Tuesday, January 28, 2025, Nvidia rose 8.9 percent. Microsoft gained 2.9 percent and Broadcom added 2.6 percent.\n');
  const threadEn = (post: string) => `# Thread: DeepSeek\n\n**a** · January 27, 2025, 10:47 pm\n\n${post}\n\n**b** · January 28, 2025, 7:31 am\n\nMeh.\n\n**c** · January 28, 2025, 8:02 am\n\nWait and see.\n`;
  const forum = (post: string) => `# Forum: DeepSeek\n\n**a** · 27.01.2025, 22:47\n\n${post}\n\n**b** · 28.01.2025, 07:31\n\nNa ja.\n\n**c** · 28.01.2025, 08:02\n\nAbwarten.\n`;
  test('German: "heute 17 Prozent verloren" on a page of the 28th stays wrong against the 7,82 Prozent of the 27th', () => {
    assertUnchangedBy(reboundDe, forum('Nvidia hat heute 17 Prozent verloren.'), [{ code: 'figure-mismatch', text: '17 Prozent', fix: '7,82 Prozent' }]);
  });
  test('English: "lost 17 percent today" on a thread of the 28th stays wrong against the 7.82 percent of the 27th', () => {
    assertUnchangedBy(reboundEn, threadEn('Nvidia lost 17 percent today.'), [{ code: 'figure-mismatch', text: '17 percent', fix: '7.82 percent' }]);
  });
  // A notebook about the sell-off of the 27th whose chart names the 28th: its undated summary's day is only guessed,
  // and a wire story of the 28th confirms that day; Broadcom's rise of 2.6 percent there is that day's own move.
  const reboundWire = extraSource('2025-01-28_wire.txt', 'Nvidia claws back ground a day after the DeepSeek rout\n\nNEW YORK, January 28, 2025 — Shares of Nvidia rebounded on Tuesday, rising 8.9 percent as investors picked up chip stocks a day after a sell-off triggered by the Chinese start-up DeepSeek.\n\nThe recovery was broad. Microsoft gained 2.9 percent and Broadcom added 2.6 percent on Tuesday, while the Nasdaq 100 closed 1.6 percent higher.\n');
  const notebookEn = (summary: string) => `---\nlang: en\n---\n\n# Notebook\n\n## The sell-off of 27 January 2025\n\n**Chart 1.** *Share-price moves on 28 January 2025, in percent.*\n\n## Summary\n\n${summary}\n`;
  const notebookDe = (summary: string) => `---\nlang: de\n---\n\n# Notizbuch\n\n## Der Ausverkauf vom 27. Januar 2025\n\n**Grafik 1.** *Kursbewegungen am 28. Januar 2025, in Prozent.*\n\n## Zusammenfassung\n\n${summary}\n`;
  test('English: "Broadcom −6.85 %" in a notebook of the sell-off stays wrong against −6.58 %, not the next day\'s rise of 2.6 percent', () => {
    assertUnchangedBy(reboundWire, notebookEn('- Nvidia −7.82 %, Broadcom −6.85 %, Microsoft −3.75 %; Nasdaq 100 −3 % after +25 % in 2024.'), [{ code: 'figure-mismatch', text: '−6.85 %', fix: '−6.58 %' }]);
    const stated = '# Notebook\n\nThe sell-off of 27 January 2025 in numbers.\n\n- Nvidia −7.82 %, Broadcom −6.85 %, Microsoft −3.75 %; Nasdaq 100 −3 % after +25 % in 2024.\n';
    assertUnchangedBy(reboundEn, stated, [{ code: 'figure-mismatch', text: '−6.85 %', fix: '−6.58 %' }]);
  });
  test('German: „Broadcom −6,85 %“ likewise, beside the rise of 2.6 percent on the 28th', () => {
    assertUnchangedBy(reboundWire, notebookDe('- Nvidia −7,82 %, Broadcom −6,85 %, Microsoft −3,75 %; Nasdaq 100 −3 % nach +25 % im Jahr 2024.'), [{ code: 'figure-mismatch', text: '−6,85 %', fix: '−6,58 %' }]);
    const stated = '# Notizbuch\n\nDer Ausverkauf vom 27. Januar 2025 in Zahlen.\n\n- Nvidia −7,82 %, Broadcom −6,85 %, Microsoft −3,75 %.\n';
    assertUnchangedBy(reboundDe, stated, [{ code: 'figure-mismatch', text: '−6,85 %', fix: '−6,58 %' }]);
  });
  test('the true moves stay borne out in either piece', () => {
    assertUnchangedBy(reboundDe, forum('Nvidia hat heute 7,82 Prozent verloren, Broadcom 6,58 Prozent.'), []);
    assertUnchangedBy(reboundEn, threadEn('| Stock | Today |\n|---|---|\n| Nvidia | −7.82 % |\n| Broadcom | −6.58 % |'), []);
  });
  test('a rise the draft reports for the guessed day itself is still read as that day\'s rebound', () => {
    assert.deepEqual(findings(forum('Nvidia hat sich heute um 8,9 Prozent erholt.'), withSources(reboundDe)).filter((f) => f.text.includes('8,9')), []);
  });
});
