import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
/** Each figure finding as [code, underlined words as written, fix]. */
const findings = (text: string) =>
  runRules(analyzeDraft(text, index), index)
    .filter((f) => f.code.endsWith('-mismatch'))
    .map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);

describe('a figure written with HTML entities is underlined and fixed as the draft writes it', () => {
  test('English: the no-break space stays "&nbsp;", the words after it keep their own place', () => {
    assert.deepEqual(findings('---\nlang: en\n---\n\nDeepSeek released R1 on January&nbsp;21, 2025. On the MATH-500 test it scores 58&nbsp;%.\n'), [
      ['date-mismatch', 'January&nbsp;21, 2025', 'January&nbsp;20, 2025'],
      ['figure-mismatch', '58&nbsp;%', '85&nbsp;%'],
    ]);
    // The "b" of "billion" is not the one in "nbsp": the scale word is replaced after the entity, not inside it.
    assert.deepEqual(findings('---\nlang: en\n---\n\nTraining R1 cost $5.6&nbsp;billion. Stargate will invest $500&#8239;million.\n'), [
      ['scale-mismatch', '$5.6&nbsp;billion', '$5.6&nbsp;million'],
      ['scale-mismatch', '$500&#8239;million', '$500&#8239;billion'],
    ]);
  });
  test('German, in a list item and in bold: „&nbsp;“ and „&#8239;“ stay', () => {
    assert.deepEqual(findings('---\nlang: de\n---\n\n- Nvidia verlor am 27.&nbsp;Januar 2025 **7,28&nbsp;%** an Wert.\n- Stargate soll 500&#8239;Millionen Dollar investieren.\n'), [
      ['figure-mismatch', '7,28&nbsp;%', '7,82&nbsp;%'],
      ['scale-mismatch', '500&#8239;Millionen Dollar', '500&#8239;Milliarden Dollar'],
    ]);
  });
  test('true figures written with entities stay clean; one written without them is fixed as before', () => {
    assert.deepEqual(findings('---\nlang: en\n---\n\nOn the MATH-500 test R1 scores 85&nbsp;%; OpenAI spent $78&#8239;million on GPT-4o.\n'), []);
    assert.deepEqual(findings('---\nlang: en\n---\n\nOn the MATH-500 test R1 scores 58 %.\n'), [['figure-mismatch', '58 %', '85 %']]);
  });
});
