import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;

describe('a press release\'s "About" section is about its own firm: "The company" under "## About Nordlicht Capital" is no source\'s company', () => {
  test('German: „Das Unternehmen wurde 2016 … gegründet.“ under „## Über Nordlicht Capital“ is unsourced, not DeepSeek\'s founding (fix 2023)', () => {
    const release = (heading: string) => `Das Training von DeepSeek R1 kostete nur 5,6 Millionen Dollar.\n\n## ${heading}\n\nDas Unternehmen wurde 2016 in Frankfurt gegründet.\n`;
    assert.deepEqual(findings(release('Über Nordlicht Capital')), [{ code: 'unsourced-figure', text: '2016' }]);
    // A heading about a firm the sources know keeps that firm's facts checked.
    assert.deepEqual(findings(release('Über DeepSeek')), [{ code: 'date-mismatch', text: '2016', fix: '2023' }]);
    assert.deepEqual(findings(release('Über uns')), [{ code: 'date-mismatch', text: '2016', fix: '2023' }]);
  });
  test('English: "The company was founded in 2016" under "## About Nordlicht Capital" is unsourced, not DeepSeek\'s founding', () => {
    const release = (heading: string) => english(`DeepSeek's R1 model cost only $5.6 million to train.\n\n## ${heading}\n\nThe company was founded in 2016 in Frankfurt.`);
    assert.deepEqual(findings(release('About Nordlicht Capital')), [{ code: 'unsourced-figure', text: '2016' }]);
    assert.deepEqual(findings(release('About DeepSeek')), [{ code: 'date-mismatch', text: '2016', fix: '2023' }]);
    assert.deepEqual(findings(release('About the company')), [{ code: 'date-mismatch', text: '2016', fix: '2023' }]);
  });
});
