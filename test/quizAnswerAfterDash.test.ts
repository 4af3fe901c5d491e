import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();

function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), message: f.message, fix: f.fix?.newText }));
}

const sentencesOf = (text: string) => analyzeDraft(text, index).sentences.map((s) => s.sentence.text);

const DE = '---\nlang: de\n---\n\n';
const EN = '---\nlang: en\n---\n\n';

describe('a quiz or FAQ answer set off from its question by a dash („? – Am 21. Januar 2025.“) is told what the question asks', () => {
  test('German: „Wann stellte DeepSeek R1 vor? – Am 21. Januar 2025.“ is a release date the source contradicts; „Wann wurde DeepSeek gegründet? – Im Juni 2023.“ too', () => {
    assert.deepEqual(findings(`${DE}## Quiz\n\n1. Wann stellte DeepSeek R1 vor? – Am 21. Januar 2025.\n2. Wann wurde DeepSeek gegründet? – Im Juni 2023.\n`), [
      { code: 'date-mismatch', text: '21. Januar 2025', message: '21. Januar 2025 contradicts the source, which gives 20. Januar.', fix: '20. Januar 2025' },
      { code: 'date-mismatch', text: 'Juni 2023', message: 'Juni 2023 contradicts the source, which gives Juli 2023.', fix: 'Juli 2023' },
    ]);
    assert.deepEqual(findings(`${DE}1. Wann stellte DeepSeek R1 vor? – Am 20. Januar 2025.\n`), []);
  });
  test('English: "When did DeepSeek release R1? – On January 21, 2025." and "When was DeepSeek founded? — In June 2023." are contradicted', () => {
    assert.deepEqual(findings(`${EN}## Quiz\n\n1. When did DeepSeek release R1? – On January 21, 2025.\n2. When was DeepSeek founded? — In June 2023.\n`), [
      { code: 'date-mismatch', text: 'January 21, 2025', message: 'January 21, 2025 contradicts the source, which gives 20. Januar.', fix: 'January 20, 2025' },
      { code: 'date-mismatch', text: 'June 2023', message: 'June 2023 contradicts the source, which gives Juli 2023.', fix: 'July 2023' },
    ]);
  });
  test('sentences: the answer after "? –" is its own; a dash after a question that goes on in lower case („Was tun? – fragte er“) is not, nor a dash after a statement', () => {
    assert.deepEqual(sentencesOf(`${DE}Wann wurde DeepSeek gegründet? – Im Juli 2023.\n`), ['Wann wurde DeepSeek gegründet?', 'Im Juli 2023.']);
    assert.deepEqual(sentencesOf(`${DE}„Was tun? – fragte er sich 2023.“\n`).length, 1);
    assert.deepEqual(sentencesOf(`${EN}DeepSeek was founded in July 2023 – In Hangzhou, that is.\n`).length, 1);
  });
  test('quiet: a reflexive „stellte sich … vor“ asks for no release (German); "When did Liang meet Li Qiang? – On January 20." is borne out (English)', () => {
    assert.deepEqual(findings(`${DE}Wie stellte sich Liang vor? – Am 21. Januar 2025 im Fernsehen.\n`).filter((f) => f.code !== 'unsourced-figure'), []);
    assert.deepEqual(findings(`${EN}When did Liang meet Premier Li Qiang? – On January 20.\n`), []);
  });
});
