import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const EN = '---\nlang: en\n---\n\n';
const DE = '---\nlang: de\n---\n\n';
/** Each warning as [code, underlined words as written, fix]. */
const findings = (text: string) =>
  runRules(analyzeDraft(text, index), index)
    .filter((f) => f.severity !== 'information')
    .map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);
const figureTexts = (text: string) => analyzeDraft(text, index).figures.map((f) => text.slice(f.span.start, f.span.end));

describe('HTML blocks in a draft are read as the page shows them', () => {
  test('a paragraph, a div and a list item in HTML are prose (English and German)', () => {
    assert.deepEqual(findings(`${EN}<p class="lead">Training DeepSeek R1 cost <em>$6.5 million</em>.</p>\n`), [['figure-mismatch', '$6.5 million', '$5.6 million']]);
    assert.deepEqual(findings(`${DE}<div class="box">Das Training von DeepSeek R1 kostete 6,5&nbsp;Millionen Dollar.</div>\n`), [
      ['figure-mismatch', '6,5&nbsp;Millionen Dollar', '5,6&nbsp;Millionen Dollar'],
    ]);
    assert.deepEqual(findings(`${EN}- <div>Training DeepSeek R1 cost $6.5 million.</div>\n- Nvidia fell 7.82%.\n`), [['figure-mismatch', '$6.5 million', '$5.6 million']]);
  });
  test('an HTML table is read as a table: a swapped cell is caught and fixed with its entity', () => {
    const text = `${EN}<table>\n  <caption>Monday's moves</caption>\n  <tr><th>Stock</th><th>Change</th></tr>\n  <tr><td>Nvidia</td><td>&minus;7.82%</td></tr>\n  <tr><td>Broadcom</td><td>&minus;6.85%</td></tr>\n</table>\n`;
    assert.deepEqual(findings(text), [['figure-mismatch', '&minus;6.85%', '&minus;6.58%']]);
    assert.deepEqual(figureTexts(text), ['&minus;7.82%', '&minus;6.85%']);
  });
  test('a block quote with its speaker in a footer: the wrong speaker is named', () => {
    const text = `${DE}<blockquote class="pull">\n  <p>&bdquo;Sie haben die Welt und auch die chinesische Regierung überrascht.&ldquo;</p>\n  <footer>&mdash; Thomas Qitong Cao, Tufts University</footer>\n</blockquote>\n`;
    assert.deepEqual(findings(text), [['misattributed-quote', 'Thomas Qitong Cao', 'Matt Sheehan']]);
  });
  test('comments, pre, code, script, style and attribute values are never read', () => {
    const text = [
      `${EN}<!-- Nvidia fell 99 percent. -->`, '',
      '<pre>\nNvidia   -98.0%\n</pre>', '',
      '<div title="Nvidia fell 97 percent"><code>cost = 96</code><script>var x = "95 percent";</script></div>', '',
      '<p><img alt="R1 cost $94 million" src="x.png"><style>.a { width: 93% }</style></p>', '',
    ].join('\n');
    assert.deepEqual(figureTexts(text), []);
  });
});

describe('inline HTML is read through: a figure is underlined from its first to its last written character', () => {
  test('bold around the number only: the tag stays in the range and in the fix (English and German)', () => {
    assert.deepEqual(findings(`${EN}DeepSeek says training R1 cost just <strong>$5.6</strong>\nbillion.\n`), [['scale-mismatch', '$5.6</strong>\nbillion', '$5.6</strong>\nmillion']]);
    assert.deepEqual(findings(`${DE}Das Training von DeepSeek R1 kostete nur <b>5,6</b> Milliarden Dollar.\n`), [['scale-mismatch', '5,6</b> Milliarden Dollar', '5,6</b> Millionen Dollar']]);
  });
  test('a footnote marker after a figure is no part of it; a <br> is a space', () => {
    assert.deepEqual(figureTexts(`${EN}Nvidia lost <strong>7.82%</strong><sup>1</sup>, Microsoft 3.75%<sup>[2]</sup>.\n`), ['7.82%', '3.75%']);
    assert.deepEqual(findings(`${EN}Nvidia lost <strong>7.82%</strong><sup>1</sup>, Microsoft 3.57%<sup>1</sup>.<br>Broadcom fell 6.58%.\n`), [['figure-mismatch', '3.57%', '3.75%']]);
    assert.deepEqual(findings(`${DE}Nvidia verlor am 27. Januar<br>17,28 Prozent.\n`), [['figure-mismatch', '17,28 Prozent', '7,82 Prozent']]);
  });
  test('an emoji before a figure in a <p> keeps UTF-16 offsets', () => {
    const text = `${EN}<p>🚀 Training DeepSeek R1 cost $6.5 million.</p>\n`;
    const [finding] = runRules(analyzeDraft(text, index), index);
    assert.deepEqual([finding.start - text.indexOf('$'), text.slice(finding.start, finding.end)], [0, '$6.5 million']);
  });
  test('a figure ending in a character reference ends after its ";"', () => {
    assert.deepEqual(findings(`${EN}On the MATH-500 test R1 scores 58&#x25;.\n`), [['figure-mismatch', '58&#x25;', '85&#x25;']]);
  });
  test('a link\'s address and a code span written inside an HTML block hold no figure', () => {
    const text = `${EN}<div class="note">\n*Nvidia* fell **7.82%** on January 27, 2025, and [Microsoft](https://x.com/ms-3-57) 3.75%.\n</div>\n`;
    assert.deepEqual(figureTexts(text).filter((t) => t.includes('57')), []);
    assert.deepEqual(figureTexts(`${EN}<div>\nRun \`cost = 5.6 billion\` to reproduce; R1 cost $6.5 million.\n</div>\n`), ['$6.5 million']);
  });
  test('an HTML block behind a tab partly used by its list item or block quote is left unread, never misplaced on a tag', () => {
    assert.deepEqual(findings(`${EN}- Markets\n\t<p>Nvidia fell 7.28% on January 27, 2025.</p>\n`), []);
    assert.deepEqual(findings(`${EN}>\t<p>Nvidia fell 7.28% on January 27, 2025.</p>\n`), []);
  });
  test('a fix whose changed digits run across a tag replaces them one by one and never cuts the tag', () => {
    assert.deepEqual(findings(`${EN}Nvidia fell 7.2<b>8</b>% on January 27, 2025.\n`), [['figure-mismatch', '7.2<b>8</b>%', '7.8<b>2</b>%']]);
    assert.deepEqual(findings(`${EN}Nvidia fell 7.<mark>28</mark>% on January 27, 2025.\n`), [['figure-mismatch', '7.<mark>28</mark>%', '7.<mark>82</mark>%']]);
  });
});
