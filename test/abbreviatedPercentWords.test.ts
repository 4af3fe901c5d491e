import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';
import { warningsWithFixes as warnings } from './support/warningsWithFixes';

// Teletext pages, agency wires and their tables shorten „Prozent“ to „Proz.“ or write „v. H.“ (vom Hundert), English
// desks "pct" and "per cent": each is the figure's unit as the word is, read over the whole "-7,82 Proz.".
describe('„Proz.“, „v. H.“, "pct" and "per cent" are percent, like „Prozent“ and "percent"', () => {
  const idx = bundledIndex();
  const findings = (text: string) => runRules(analyzeDraft(text, idx), idx).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
  const de = (body: string) => `---\nlang: de\n---\n\n# Börse\n\n${body}\n`;
  const en = (body: string) => `---\nlang: en\n---\n\n# Markets\n\n${body}\n`;

  test('the true moves are borne out on all their words, in prose, a list, bold and a quote', () => {
    assert.deepEqual(findings(de('Am 27. Januar 2025 fiel die Nvidia-Aktie um 7,82 Proz. Microsoft verlor 3,75 Proz.')), []);
    assert.deepEqual(findings(de('- Broadcom: -6,58 Proz.\n- Nvidia: -7,82 Proz.')), []);
    assert.deepEqual(findings(de('Der Nasdaq 100 sackte um **3 Proz.** ab, nachdem er 2024 um 25 Proz. zugelegt hatte.')), []);
    assert.deepEqual(findings(de('> Im HumanEval-Test erreichte DeepSeek R1 92 v. H., im MATH-500-Test 85 v. H.')), []);
    assert.deepEqual(findings(en('On January 27, 2025, Nvidia shares fell 7.82 pct and Microsoft lost 3.75 pct.')), []);
    assert.deepEqual(findings(en('Broadcom fell 6.58 per\ncent on January 27, 2025.')), []);
  });

  test('a wrong value is a figure-mismatch on its whole words, its fix written with the draft\'s abbreviation', () => {
    assert.deepEqual(warnings(de('Am 27. Januar 2025 fiel die Nvidia-Aktie um 8,72 Proz. Microsoft verlor 5,37 Proz.'), idx), [
      { code: 'figure-mismatch', text: '8,72 Proz.', fix: '7,82 Proz.' },
      { code: 'figure-mismatch', text: '5,37 Proz.', fix: '3,75 Proz.' },
    ]);
    assert.deepEqual(warnings(de('- Broadcom: -6,85 Proz.'), idx), [{ code: 'figure-mismatch', text: '-6,85 Proz.', fix: '-6,58 Proz.' }]);
    assert.deepEqual(warnings(de('Der Nasdaq 100 sackte um **13 Proz.** ab, nachdem er 2024 um 52 Proz. zugelegt hatte.'), idx), [
      { code: 'figure-mismatch', text: '13 Proz.', fix: '3 Proz.' },
      { code: 'figure-mismatch', text: '52 Proz.', fix: '25 Proz.' },
    ]);
    assert.deepEqual(warnings(de('> Im HumanEval-Test erreichte DeepSeek R1 92 v. H., im MATH-500-Test 58 v. H.'), idx), [
      { code: 'figure-mismatch', text: '58 v. H.', fix: '85 v. H.' },
    ]);
    assert.deepEqual(warnings(de('Laut der Studie stammen 63 Proz. der 1328 KI-Modelle aus China.'), idx), [
      { code: 'figure-mismatch', text: '63 Proz.', fix: '36 Proz.' },
    ]);
    assert.deepEqual(warnings(en('On January 27, 2025, Nvidia shares fell 8.72 pct and Microsoft lost 3.75 pct.'), idx), [
      { code: 'figure-mismatch', text: '8.72 pct', fix: '7.82 pct' },
    ]);
    assert.deepEqual(warnings(en('Broadcom fell 6.85 per\ncent on January 27, 2025.'), idx), [{ code: 'figure-mismatch', text: '6.85 per\ncent', fix: '6.58 per\ncent' }]);
  });

  test('the full stop of „Proz.“ still ends a sentence before a capital, and „Proz.“ a list of moves', () => {
    assert.deepEqual(warnings(de('Nvidia verlor 7,28 Proz., Microsoft 3,75 Proz. und Broadcom 6,85 Proz. Das war am 27. Januar 2025.'), idx), [
      { code: 'figure-mismatch', text: '7,28 Proz.', fix: '7,82 Proz.' },
      { code: 'figure-mismatch', text: '6,85 Proz.', fix: '6,58 Proz.' },
    ]);
  });

  // Review of session 62: „Proz.-Punkte“ and „Proz.-Pkt.“ are percentage points, as „Prozentpunkte“ and „Prozentpkt.“ are.
  test('„Proz.-Punkte“ and „Proz.-Pkt.“ are points: the index\'s fall in points is a mismatch, a gain of 5 points unsourced', () => {
    assert.deepEqual(findings(de('Der Nasdaq 100 sackte am 27. Januar 2025 um 3 Proz.-Punkte ab.')), [{ code: 'figure-mismatch', text: '3 Proz.-Punkte' }]);
    assert.deepEqual(findings(de('Laut der Akademie stammen 36 Proz. der weltweit 1328 KI-Modelle aus China, 5 Proz.-Pkt. mehr als im Vorjahr.')), [{ code: 'unsourced-figure', text: '5 Proz.-Pkt.' }]);
  });
});

