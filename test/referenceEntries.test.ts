import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
const german = (body: string) => `---\nlang: de\n---\n\n${body}\n`;
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;

// A LaTeX paper pasted into Markdown keeps its bibliography: "\bibitem{key} Authors (Year). Title. Date." points to a
// document; its year, its title's figures and its date are no claims.
describe('a LaTeX bibliography entry ("\\bibitem{…} Authors (2025). Title.") states nothing', () => {
  test('English and German entries get no finding: the year, a date, a figure in the title', () => {
    assert.deepEqual(findings(english('## References\n\n\\bibitem{deepseek2025} DeepSeek-AI (2025). \\textit{DeepSeek-R1: Incentivizing Reasoning Capability in LLMs}. arXiv:2501.12948.')), []);
    assert.deepEqual(findings(english('\\bibitem{handelsblatt2025} N.N. (2025). DeepSeek R1 -- Chinas KI-Start-up lässt Silicon Valley zittern. 27\nJanuary 2025.')), []);
    assert.deepEqual(findings(english('\\bibitem{rasgon} Rasgon, S. & Chen, L. (2025). Nvidia fell 17 percent on January 27. Bernstein.')), []);
    assert.deepEqual(findings(german('\\bibitem[o.V.]{ov2025a} o. V. (2025a). DeepSeek wurde im Juli 2022 gegründet. 28. Januar 2025.')), []);
  });

  test('the paper\'s text around the bibliography is still read: a wrong year or figure is caught', () => {
    assert.deepEqual(findings(english('DeepSeek was founded in July 2022.\n\n\\bibitem{telepolis2025} Telepolis (2025). Die Geschichte hinter DeepSeek.')), [{ code: 'date-mismatch', text: 'July 2022' }]);
    // The bibliography's end in the same paragraph, prose after it: read as any paragraph, as before.
    const closed = findings(english('\\bibitem{a} Nvidia (2025). Report.\n\\end{thebibliography}\nOn January 27, 2025, Broadcom fell 6.85 percent.'));
    assert.deepEqual(closed.filter((f) => f.code === 'figure-mismatch'), [{ code: 'figure-mismatch', text: '6.85 percent' }]);
  });

  test('without \\bibitem, "Name (Year)." is read as before: a timeline\'s or a list\'s claim', () => {
    assert.deepEqual(findings(german('## Chronik\n\n- DeepSeek-Gründung (2022).')), [{ code: 'date-mismatch', text: '2022' }]);
    assert.deepEqual(findings(english('## References\n\nTelepolis (2025). DeepSeek was founded in July 2022.')), [{ code: 'date-mismatch', text: '2025' }, { code: 'date-mismatch', text: 'July 2022' }]);
    assert.deepEqual(findings(english('> \\bibitem is a LaTeX command. DeepSeek was founded in 2022.')), [{ code: 'date-mismatch', text: '2022' }]);
  });
});
