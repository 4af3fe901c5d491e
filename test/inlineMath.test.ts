import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
const german = (body: string) => `---\nlang: de\n---\n\n${body}\n`;
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;

describe('inline math pasted from LaTeX ($7.82\\%$, $20\\times$, $1.8$) is read as it prints, not as dollars', () => {
  test('English: a percentage in math is sourced; a wrong one, another company\'s, is caught on the notation as written', () => {
    assert.deepEqual(findings(english('On 27 January 2025, Nvidia lost $7.82\\%$ of its value.')), []);
    assert.deepEqual(findings(english('On 27 January 2025, Nvidia lost $8.72\\%$ of its value.')), [{ code: 'figure-mismatch', text: '8.72\\%' }]);
    assert.deepEqual(findings(english('On 27 January 2025, Broadcom lost $7.82\\%$ of its value.')), [{ code: 'figure-mismatch', text: '7.82\\%' }]);
    assert.deepEqual(findings(english('According to a Chinese academy, $63\\%$ of the world\'s 1,328 AI models come from China.')), [{ code: 'figure-mismatch', text: '63\\%' }]);
  });
  test('a multiple ($20\\times$) and a bare number ($1.8$) in math are the figures they print', () => {
    assert.deepEqual(findings(english('R1 was roughly $14\\times$ cheaper to train than GPT-4o.')), []);
    assert.deepEqual(findings(english('R1 was roughly $20\\times$ cheaper to train than GPT-4o.')), [{ code: 'figure-mismatch', text: '20\\times' }]);
    assert.deepEqual(findings(english('Multi-token prediction sped up processing by a factor of $1.8$.')), []);
    assert.deepEqual(findings(german('R1 war rund $20\\times$ billiger als GPT-4o.')), [{ code: 'figure-mismatch', text: '20\\times' }]);
  });
  test('a table cell, a list item wrapped over two lines, a block quote and a second sentence with another year', () => {
    const table = '| Security | Change |\n|---|---|\n| Nvidia | $-7.82\\%$ |\n| Microsoft | $-6.58\\%$ |';
    assert.deepEqual(findings(english(table)), [{ code: 'figure-mismatch', text: '-6.58\\%' }]);
    assert.deepEqual(findings(english('- On 27 January 2025, Microsoft lost\n  $3.75\\%$ of its value.')), []);
    assert.deepEqual(findings(english('> On 27 January 2025, Microsoft lost $5.73\\%$ of its value.')), [{ code: 'figure-mismatch', text: '5.73\\%' }]);
    assert.deepEqual(findings(english('On 27 January 2025, Nvidia lost $7.82\\%$. In 2024 the Nasdaq~100 had gained $52\\%$.')), [{ code: 'figure-mismatch', text: '52\\%' }]);
    assert.deepEqual(findings(english('On 27 January 2025, Nvidia lost $7.82\\%$. In 2023 the Nasdaq~100 had gained $25\\%$.')), [{ code: 'date-mismatch', text: '2023' }]);
  });
  test('German: a decimal comma in braces and a thin space ($7{,}82\\,\\%$) print „7,82 %“', () => {
    assert.deepEqual(findings(german('Am 27. Januar 2025 verlor Nvidia $7{,}82\\,\\%$ an Wert.')), []);
    assert.deepEqual(findings(german('Am 27. Januar 2025 verlor Nvidia $8{,}72\\,\\%$ an Wert.')), [{ code: 'figure-mismatch', text: '8{,}72\\,\\%' }]);
    assert.deepEqual(findings(german('> Am 27. Januar 2025 verlor Microsoft $3{,}75\\,\\%$.')), []);
    assert.deepEqual(findings(german('Der Nasdaq 100 hatte 2023 noch $25\\,\\%$ zugelegt. Am 27. Januar 2025 fiel er um $13\\,\\%$.')), [
      { code: 'date-mismatch', text: '2023' },
      { code: 'figure-mismatch', text: '13\\,\\%' },
    ]);
  });
  test('a typeface or text command in math prints its argument: $\\mathbf{7.82}\\%$, $7{,}82\\,\\text{\\%}$', () => {
    assert.deepEqual(findings(english('On 27 January 2025, Nvidia lost $\\mathbf{7.82}\\%$ of its value.')), []);
    assert.deepEqual(findings(english('On 27 January 2025, Nvidia lost $7.82\\,\\text{\\%}$ of its value.')), []);
    assert.deepEqual(findings(english('On 27 January 2025, Nvidia lost $\\mathbf{8.72}\\%$ of its value.')), [{ code: 'figure-mismatch', text: '8.72}\\%' }]);
    assert.deepEqual(findings(german('Am 27. Januar 2025 verlor Nvidia $7{,}82\\,\\text{\\%}$ an Wert.')), []);
    assert.deepEqual(findings(german('- Am 27. Januar 2025 verlor Nvidia $\\mathrm{8{,}72}\\,\\%$ an Wert.')), [{ code: 'figure-mismatch', text: '8{,}72}\\,\\%' }]);
  });
  test('a name with a digit between two dollar signs is prose, not math: "R1 $6.5M\\*, V3 C$ 78M"', () => {
    assert.deepEqual(findings(english('- Training R1 $6.5M\\*, V3 C$ 78M')), [{ code: 'figure-mismatch', text: '$6.5M' }]);
    assert.deepEqual(findings(english('Training cost: R1 $5.6M\\*, GPT-4o US$ 87M.')), [{ code: 'figure-mismatch', text: 'US$ 87M' }]);
  });
  test('dollar amounts stay dollars: a pair with a space inside its signs, after a country, or escaped is no math', () => {
    assert.deepEqual(findings(english('Training R1 cost between $5 and $6 million, GPT-4o cost $78 million.')), [{ code: 'unsourced-figure', text: '$5' }]);
    assert.deepEqual(findings(english('Training R1 cost $6.5 million, GPT-4o cost $78 million.')), [{ code: 'figure-mismatch', text: '$6.5 million' }]);
    assert.deepEqual(findings(english('Training R1 cost \\$6.5~million, against the \\$78~million OpenAI spent on GPT-4o.')), [{ code: 'figure-mismatch', text: '$6.5~million' }]);
    assert.deepEqual(findings(german('Das Training kostete 5,6 Mio. $ und GPT-4o 78 Mio. $ laut OpenAI.')), []);
    assert.deepEqual(findings(german('Das Training kostete US$6,5 Mio. und GPT-4o US$78 Mio.')), [{ code: 'figure-mismatch', text: 'US$6,5 Mio.' }]);
  });
  test('prose between two dollar amounts is no math, whatever escape, footnote or brace stands in it', () => {
    assert.deepEqual(findings(english('Training R1 cost $6.5 million\\* and GPT-4o US$ 87 million.')), [
      { code: 'figure-mismatch', text: '$6.5 million' }, { code: 'figure-mismatch', text: 'US$ 87 million' },
    ]);
    assert.deepEqual(findings(english('R1 cost $6.5 million[^1] and GPT-4o US$ 87 million.')), [
      { code: 'figure-mismatch', text: '$6.5 million' }, { code: 'figure-mismatch', text: 'US$ 87 million' },
    ]);
    assert.deepEqual(findings(english('Training R1 cost $5.6 million\\* and GPT-4o US$ 78 million.')), []);
    assert.deepEqual(findings(german('Das Training von R1 kostete 6,5 Mio. US$\\*, das von GPT-4o 87 Mio. US$.')), [
      { code: 'figure-mismatch', text: '6,5 Mio. US$' }, { code: 'figure-mismatch', text: '87 Mio. US$' },
    ]);
  });
  test('an exponent\'s or an index\'s group keeps its braces: "$10^{6}$ dollars" is no scale, "$x_{1}$" no figure', () => {
    assert.deepEqual(findings(english('The ratio $10^{6}$ dollars.')), []);
    assert.deepEqual(findings(english('The ratio $\\frac{1}{2}$ and $10^{6}$ dollars; on 27 January 2025 Nvidia fell $7.82\\%$.')).filter((f) => f.code !== 'unsourced-figure'), []);
  });
});
