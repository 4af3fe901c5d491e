import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, parseMarkdown, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';
import { warningsWithFixes as warnings } from './support/warningsWithFixes';

// Print, OCR scans and hard-wrapped pages break a word at a line's end with a hyphen: „5,6 Mil-\nliarden“, "per-\ncent".
// A lower-case part after a lower-case part is one word; a capital or a digit after the hyphen is a compound's own
// hyphen ("MATH-\n500"), a number word's hyphen stays ("twenty-\nfive"), a suspended one before „und“ too.
describe('a word hyphenated at a line end is read whole', () => {
  const idx = bundledIndex();
  const findings = (text: string) => runRules(analyzeDraft(text, idx), idx).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
  const de = (body: string) => `---\nlang: de\n---\n\n# Börse\n\n${body}\n`;
  const en = (body: string) => `---\nlang: en\n---\n\n# Markets\n\n${body}\n`;

  test('the true figures and quotations are borne out over the break, in prose, a list item and a block quote', () => {
    assert.deepEqual(findings(de('Der Nasdaq 100 sackte um 3 Prozent ab, ob-\nwohl er im Jahr 2024 noch um 25 Pro-\nzent zugelegt hatte.')), []);
    assert.deepEqual(findings(de('- Nvidia verlor am 27. Januar 2025 genau 7,82 Pro-\n  zent, Microsoft 3,75 Pro-\n  zent.')), []);
    assert.deepEqual(findings(de('> Das Training von DeepSeek R1 kostete nur **5,6 Mil-\n> lionen Dollar**, GPT-4o dagegen 78 Mil-\n> lionen Dollar.')), []);
    assert.deepEqual(findings(de('Marc Andreessen lobte R1 als den „spektakulärsten Durch-\nbruch, den ich je gesehen habe".')), []);
    assert.deepEqual(findings(de('Ein DeepSeek-Ingenieur: „Die Beschränkungen zwan-\ngen uns zu mehr Kreativität."')), []);
    assert.deepEqual(findings(en('Nvidia shares fell 7.82 per-\ncent on January 27, 2025, and Microsoft lost 3.75 per-\ncent.')), []);
    assert.deepEqual(findings(en('DeepSeek said training R1 cost only $5.6 mil-\nlion.')), []);
  });

  test('a wrong value over the break is caught on its whole words', () => {
    assert.deepEqual(warnings(de('DeepSeek will das Training für nur 5,6 Mil-\nliarden Dollar geschafft haben.'), idx), [
      { code: 'scale-mismatch', text: '5,6 Mil-\nliarden Dollar', fix: '5,6 Millionen Dollar' },
    ]);
    assert.deepEqual(warnings(de('Neben R1 veröffentlichte DeepSeek sie-\nben kleinere Versionen.'), idx), [{ code: 'figure-mismatch', text: 'sie-\nben', fix: 'sechs' }]);
    assert.deepEqual(warnings(de('- Broadcom verlor am 27. Januar 2025 genau 6,85 Pro-\n  zent.'), idx), [{ code: 'figure-mismatch', text: '6,85 Pro-\n  zent', fix: '6,58 Prozent' }]);
    assert.deepEqual(warnings(de('> Das Training kostete 5,6 Millionen Dollar, GPT-4o dagegen 87 Mil-\n> lionen Dollar.'), idx), [
      { code: 'figure-mismatch', text: '87 Mil-\n> lionen Dollar', fix: '78 Millionen Dollar' },
    ]);
    assert.deepEqual(findings(de('Marc Andreessen lobte R1 als den „spektakulärsten Fort-\nschritt, den ich je gesehen habe".')), [{ code: 'quote-mismatch', text: 'Fort-\nschritt' }]);
    assert.deepEqual(findings(de('Ein DeepSeek-Ingenieur: „Die Beschränkungen zwan-\ngen uns zu mehr Disziplin."')), [{ code: 'quote-mismatch', text: 'Disziplin' }]);
    assert.deepEqual(warnings(en('Nvidia shares fell 17 per-\ncent on January 27, 2025.'), idx), [{ code: 'figure-mismatch', text: '17 per-\ncent', fix: '7.82 percent' }]);
  });

  test('a capital or a digit after the hyphen keeps the compound: "MATH-\\n500" is the benchmark, its score compared', () => {
    assert.deepEqual(warnings(en('On MATH-\n500 DeepSeek R1 scored 58 percent.'), idx), [{ code: 'figure-mismatch', text: '58 percent', fix: '85 percent' }]);
    assert.deepEqual(findings(en('On MATH-\n500 DeepSeek R1 scored 85 percent.')), []);
  });

  test('a number word keeps its hyphen and a suspended hyphen stays: "twenty-\\nfive", „Mathematik-\\nund“', () => {
    assert.deepEqual(warnings(en('Alongside R1, DeepSeek released twenty-\nfive smaller versions.'), idx), [{ code: 'figure-mismatch', text: 'twenty-\nfive', fix: 'six' }]);
    assert.deepEqual(findings(de('Es ist vor allem bei Mathematik-\nund Logikaufgaben stark.')), []);
  });

  // Review of session 63: "Ten" is a number word, and "Ten-cent" was kept and read as a misspelt Tencent.
  test('a capitalised number word before a part that is no number is a name broken in two: "Ten-\\ncent" is Tencent', () => {
    assert.deepEqual(findings(de('DeepSeek konkurriert mit Alibaba und Ten-\ncent um die besten Forscher.')), []);
    assert.deepEqual(findings(en('Alongside Alibaba and Ten-\ncent, DeepSeek released six smaller versions.')), []);
    assert.deepEqual(warnings(en('Alongside Alibaba and Ten-\ncent, DeepSeek released twenty-\nfive smaller versions.'), idx), [{ code: 'figure-mismatch', text: 'twenty-\nfive', fix: 'six' }]);
  });

  // A Markdown source is parsed whole: a paragraph of 300,000 characters with one break (or one ligature) threw
  // "Maximum call stack size exceeded" (the offsets spread into push), and the CLI's check stopped.
  test('a paragraph of 300,000 characters with a broken word and a ligature is read, every offset kept', () => {
    const long = 'Die Aktie fiel stark. '.repeat(14_000);
    const text = `# Quelle\n\n${long}Das kostete 5,6 Mil-\nlionen Dollar und proﬁtierte.\n`;
    const block = parseMarkdown(text).blocks.find((b) => b.text.startsWith('Die Aktie'))!;
    assert.ok(block.text.endsWith('Das kostete 5,6 Millionen Dollar und profitierte.'));
    assert.equal(block.offsets.length, block.text.length + 1);
    const at = block.text.indexOf('Millionen');
    assert.deepEqual([block.offsets[at + 2], block.offsets[at + 3]], [text.indexOf('Mil-') + 2, text.indexOf('lionen')]);
  });
});
