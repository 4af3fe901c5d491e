import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, parseMarkdown, parseMarkdownChunked, runRules } from '../server/src/core';
import { bundledIndex, read } from './support/fixtures';

const index = bundledIndex();
const figureTexts = (markdown: string) => analyzeDraft(markdown, index).figures.map((f) => markdown.slice(f.span.start, f.span.end));

describe('only prose is read', () => {
  test('code blocks, inline code, HTML comments and code, link URLs and frontmatter are skipped', () => {
    const markdown = [
      '---', 'title: costs $9 million', 'lang: en', '---', '',
      'Training cost $5.6 million, not `$7 million` as [this page](https://x.test/$8-million) says.', '',
      '```', 'Nvidia fell 99 percent.', '```', '',
      '<!-- Nvidia fell 98 percent. -->', '',
      '<pre>Nvidia fell 98 percent.</pre>', '',
      '    indented code: 97 percent', '',
    ].join('\n');
    assert.deepEqual(figureTexts(markdown), ['$5.6 million']);
  });
  test('link text is prose', () => {
    assert.deepEqual(figureTexts('Training R1 cost [$5.6 million](https://x.test).'), ['$5.6 million']);
  });
  test('headings, list items, block quotes and table cells are prose', () => {
    const markdown = '# R1 cost $5.6 million\n\n- Nvidia fell 7.82%\n\n> Microsoft fell 3.75%\n\n| Company | Drop |\n|---|---|\n| Broadcom | 6.58% |\n';
    assert.deepEqual(figureTexts(markdown), ['$5.6 million', '7.82%', '3.75%', '6.58%']);
  });
  test('a table cell is matched with its row: a wrong benchmark score is found', () => {
    const markdown = '| Benchmark | DeepSeek R1 |\n|---|---|\n| HumanEval | 92% |\n| MATH-500 | 86% |\n';
    const findings = runRules(analyzeDraft(markdown, index), index);
    assert.deepEqual(findings.map((f) => [f.code, markdown.slice(f.start, f.end)]), [['figure-mismatch', '86%']]);
  });
  test('frontmatter lang decides how "1.328" reads', () => {
    assert.equal(analyzeDraft('---\nlang: de\n---\n\nEs gibt 1.328 KI-Modelle weltweit.', index).figures[0].figure.value, 1328);
    assert.equal(analyzeDraft('---\nlang: en\n---\n\nThere are 1.328 models.', index).figures[0].figure.value, 1.328);
  });
  test('the language is detected from the text', () => {
    assert.equal(analyzeDraft('Das ist ein Text über die KI und den Markt.', index).language, 'de');
    assert.equal(analyzeDraft('This is a text about the AI market and the chips.', index).language, 'en');
  });
});

describe('offsets are UTF-16 code units', () => {
  test('a figure after an emoji', () => {
    const markdown = '🚀 Training DeepSeek R1 cost $6.5 million.';
    const [finding] = runRules(analyzeDraft(markdown, index), index);
    assert.deepEqual([finding.start, finding.end], [29, 41]); // 🚀 is two UTF-16 code units
    assert.equal(markdown.slice(finding.start, finding.end), '$6.5 million');
  });
  test('Windows line endings', () => {
    const markdown = '# Draft\r\n\r\nTraining DeepSeek R1\r\ncost $6.5 million.\r\n';
    const [finding] = runRules(analyzeDraft(markdown, index), index);
    assert.equal(markdown.slice(finding.start, finding.end), '$6.5 million');
  });
  test('escapes and entities keep their source offsets', () => {
    const markdown = 'Training \\*DeepSeek R1\\* &amp; more cost $6.5 million.';
    const [finding] = runRules(analyzeDraft(markdown, index), index);
    assert.equal(markdown.slice(finding.start, finding.end), '$6.5 million');
  });
  test('parseMarkdown maps every prose character back', () => {
    const markdown = 'A **bold 5,6 Millionen** and _italic_ text.';
    const [block] = parseMarkdown(markdown).blocks;
    for (let i = 0; i < block.text.length; i++) assert.equal(markdown[block.offsets[i]], block.text[i]);
  });
});

describe('any text is a valid draft', () => {
  for (const [name, text] of [
    ['empty', ''], ['only whitespace', '  \n\n \t'], ['unbalanced quotes', '„Er sagte "es kostet $5 million'], ['lone surrogate', 'R1 \uD800 cost $6.5 million'],
    ['deeply nested lists', Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')], ['binary-looking', '\u0000\u0001\u0002\uFFFF 5 %'],
  ]) {
    test(name, () => {
      const draft = analyzeDraft(text, index);
      for (const f of runRules(draft, index)) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end);
    });
  }
});

describe('parsing chunk by chunk', () => {
  const documents: Array<[string, string]> = [
    ['the English sample', read('samples/drafts/deepseek-en.md')],
    ['the German sample', read('samples/drafts/deepseek-de.md')],
    ['a fenced block with blank lines', 'Intro 5 %.\n\n```\ncode\n\nmore 7 %\n```\n\nAfter 9 %.\n'],
    ['a comment with blank lines', 'A.\n\n<!-- newsproof-disable\n\nstill a comment -->\n\nB 5 %.\n'],
    ['a loose list with an indented continuation', '- one\n\n    continued 5 %\n\n- two\n\nText.\n'],
    ['frontmatter with a blank line', '---\nlang: de\n\ntitle: x\n---\n\nText 1.328 Modelle.\n'],
    ['Windows line endings', '# Title\r\n\r\nText 5 %.\r\n\r\n| a | b |\r\n|---|---|\r\n| 1 % | 2 % |\r\n'],
  ];
  for (const [name, text] of documents) {
    test(`${name}: the same prose as parsing the whole`, () => assert.deepEqual(parseMarkdownChunked(text), parseMarkdown(text)));
  }
});

describe('Markdown beyond what the parser reads in linear time', () => {
  test('a list nested 40 deep is read as plain text, line by line, without its markers', () => {
    const markdown = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- Nvidia fell 7.82 % on day ${i}`).join('\r\n');
    const parsed = parseMarkdownChunked(markdown);
    assert.deepEqual(parsed.plain, [{ start: 0, end: markdown.length }]);
    assert.equal(parsed.blocks.length, 40);
    const last = parsed.blocks[39];
    assert.equal(last.text, 'Nvidia fell 7.82 % on day 39');
    assert.equal(markdown.slice(last.offsets[0], last.offsets[last.text.length - 1] + 1), 'Nvidia fell 7.82 % on day 39');
  });
  test('quotes nested 40 deep on one line, and a list nested 20 deep (still Markdown)', () => {
    assert.deepEqual(parseMarkdownChunked(`${'> '.repeat(40)}Nvidia fell 7.82 %.`).blocks.map((b) => b.text), ['Nvidia fell 7.82 %.']);
    const twenty = Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
    assert.equal(parseMarkdownChunked(twenty).plain, undefined);
    assert.deepEqual(parseMarkdownChunked(twenty), parseMarkdown(twenty));
  });
  test('a paragraph of 20,000 figures is read in pieces, every figure found once, each range exact', () => {
    const markdown = `Die Kurse: ${Array.from({ length: 2_000 }, (_, i) => `${i + 1},5 %`).join(', ')}.`;
    const figures = analyzeDraft(markdown, index).figures;
    assert.equal(figures.length, 2_000);
    assert.deepEqual(figures.map((f) => markdown.slice(f.span.start, f.span.end)), Array.from({ length: 2_000 }, (_, i) => `${i + 1},5 %`));
  });
});
