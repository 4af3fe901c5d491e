import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findingsWithFixes as findings, germanDraft as german } from './support/findingsWithFixes';

describe('a superscript footnote marker after a name does not hide the name', () => {
  test('German: „| Nvidia¹ | −7,82 % |“ in a table row is Nvidia\'s fall, and a neighbour\'s value in a marked row is wrong', () => {
    const table = (nvidia: string, microsoft: string) =>
      german(`| Unternehmen | Kurs am 27. Januar 2025 |\n|---|---|\n| Nvidia¹ | ${nvidia} |\n| Microsoft² | ${microsoft} |\n| Nasdaq 100³ | −3 % |\n\n¹ Chipkonzern. ² Softwarekonzern. ³ Index.\n`);
    assert.deepEqual(findings(table('−7,82 %', '−3,75 %')), []);
    assert.deepEqual(findings(table('−7,82 %', '−6,58 %')), [{ code: 'figure-mismatch', text: '−6,58 %', fix: '−3,75 %' }]);
  });
  test('English: "| Nvidia¹ | −7.82% |" likewise', () => {
    const table = (nvidia: string, microsoft: string) =>
      `| Company | Move on January 27, 2025 |\n|---|---|\n| Nvidia¹ | ${nvidia} |\n| Microsoft² | ${microsoft} |\n| Nasdaq 100³ | −3% |\n\n¹ Chipmaker. ² Software. ³ Index.\n`;
    assert.deepEqual(findings(table('−7.82%', '−3.75%')), []);
    assert.deepEqual(findings(table('−7.82%', '−6.58%')), [{ code: 'figure-mismatch', text: '−6.58%', fix: '−3.75%' }]);
  });
  test('in a sentence: „Nvidia¹ fiel um 7,82 %, Broadcom² um 6,58 %“ and "Nvidia¹ fell 7.82%, Broadcom² 6.58%" are true', () => {
    assert.deepEqual(findings(german('Am 27. Januar 2025 fiel Nvidia¹ um 7,82 %, Broadcom² um 6,58 %.\n')), []);
    assert.deepEqual(findings('On January 27, 2025 Nvidia¹ fell 7.82%, Broadcom² 6.58%.\n'), []);
    assert.deepEqual(findings(german('Am 27. Januar 2025 fiel Nvidia¹ um 6,58 %.\n')), [{ code: 'figure-mismatch', text: '6,58 %', fix: '7,82 %' }]);
    assert.deepEqual(findings('On January 27, 2025 Nvidia¹ fell 6.58%.\n'), [{ code: 'figure-mismatch', text: '6.58%', fix: '7.82%' }]);
  });
  test('not a marker: a digit written on the line is part of the word; a model\'s number stays its own', () => {
    // "Nvidia1" is no spelling of Nvidia: a typed digit glued to a word makes another word.
    assert.deepEqual(findings(german('Am 27. Januar 2025 fiel Nvidia1 um 6,58 %.\n')), findings(german('Am 27. Januar 2025 fiel Xyzzy um 6,58 %.\n')));
    assert.deepEqual(findings('On January 27, 2025 Nvidia1 fell 6.58%.\n'), findings('On January 27, 2025 Xyzzy fell 6.58%.\n'));
    // A model's number stays its own: "R1²" is R1 with a marker, not "R12".
    assert.deepEqual(findings(german('Im HumanEval-Test erreicht R1² 92 %.\n')), []);
    assert.deepEqual(findings('On HumanEval, R1² scores 92%.\n'), []);
    assert.deepEqual(findings(german('Im HumanEval-Test erreicht R1² 85 %.\n')), [{ code: 'figure-mismatch', text: '85 %', fix: '92 %' }]);
    assert.deepEqual(findings('On HumanEval, R1² scores 85%.\n'), [{ code: 'figure-mismatch', text: '85%', fix: '92%' }]);
  });
});

describe('a footnote mark after the period ends the sentence, whether or not the parser saw its definition', () => {
  // The first paragraph of a draft is read without the notes at its end: its "[^1]" stays text.
  test('English: the sentence after "over 2024.[^1]" is Microsoft\'s, and the one before is the Nasdaq\'s', () => {
    const draft = (microsoft: string) => `The Nasdaq 100 fell 3 per cent, having risen 25 per cent over 2024.[^1] Microsoft, OpenAI's principal backer, lost ${microsoft}.\n\n[^1]: Share prices as reported.\n`;
    assert.deepEqual(findings(draft('6.58 per cent')), [{ code: 'figure-mismatch', text: '6.58 per cent', fix: '3.75 per cent' }]);
    assert.deepEqual(findings(draft('3.75 per cent')), []);
  });
});
