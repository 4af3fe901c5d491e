import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const findings = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
const german = (body: string) => `---\nlang: de\n---\n\n${body}\n`;
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;

describe('struck-through words (~~…~~) are no claim; the words after them read as if they were not there', () => {
  test('German: a struck figure, year or scale gets no finding; the corrected value after it is the claim', () => {
    assert.deepEqual(findings(german('Am 27. Januar 2025 fiel ~~Nvidia um 17 %~~ Nvidia um 7,82 %.')), []);
    assert.deepEqual(findings(german('- Microsoft ↓ ~~3,57~~ 3,75 % ggü. Vortag')), []);
    assert.deepEqual(findings(german('- Kosten ≈ 5,6 Mio. Dollar (nur Training!) ~~5,6 Mrd.~~')), []);
    assert.deepEqual(findings(german('- DeepSeek gegr. Juli 2023 in Hangzhou, ~~2022~~')), []);
  });
  test('German: a wrong value after the strike is still caught, in a list, a table and a heading', () => {
    assert.deepEqual(findings(german('Am 27. Januar 2025 fiel ~~Nvidia um 7,82 %~~ Nvidia um 17 %.')), [{ code: 'figure-mismatch', text: '17 %' }]);
    assert.deepEqual(findings(german('| Firma | Veränderung |\n|---|---|\n| Nvidia | ~~−17 %~~ −7,28 % |')), [{ code: 'figure-mismatch', text: '−7,28 %' }]);
    assert.deepEqual(findings(german('## Microsoft am 27. Januar 2025: ~~−3,75 %~~ −3,57 %')), [{ code: 'figure-mismatch', text: '−3,57 %' }]);
  });
  test('English: the struck words are skipped, the corrected value is read with the sentence\'s subject and verb', () => {
    assert.deepEqual(findings(english('On January 27, 2025, ~~Nvidia fell 17%~~ Nvidia fell 7.82%.')), []);
    assert.deepEqual(findings(english('- Microsoft: ~~3.57%~~ 3.75% down on January 27, 2025')), []);
    assert.deepEqual(findings(english('- Training cost about $5.6 million ~~$6 billion~~')), []);
    assert.deepEqual(findings(english('- DeepSeek was founded in ~~2022~~ July 2023.')), []);
    // The struck verb is no longer read: the verb after it says the direction.
    assert.deepEqual(findings(english('On January 27, 2025, **Nvidia** ~~**fell**~~ rose 7.82%.')), [{ code: 'figure-mismatch', text: '7.82%' }]);
    assert.deepEqual(findings(english('| Company | Change |\n|---|---|\n| Broadcom | ~~-6.58%~~ -6.85% |')), [{ code: 'figure-mismatch', text: '-6.85%' }]);
    assert.deepEqual(findings(english('> Broadcom ~~lost 6.58%~~ lost 6.85% on January 27, 2025.')), [{ code: 'figure-mismatch', text: '6.85%' }]);
  });
  test('a single tilde strikes nothing: "about" before a figure, a TeX tie between words; figures between two of them keep their reading', () => {
    assert.deepEqual(findings(german('Das Training kostete ~ 5,6 Mio. Dollar, rund ~6 Mrd. Dollar.')), [{ code: 'scale-mismatch', text: '6 Mrd. Dollar' }]);
    assert.deepEqual(findings(english('DeepSeek was founded in July~2023; Liang set up High-Flyer in 2016 with his Hangzhou~team.')), [{ code: 'date-mismatch', text: '2016' }]);
  });
});
