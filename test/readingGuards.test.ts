import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// Words that keep a new reading from reaching too far (review33). The sources: „der 40-jährige Liang Wenfeng“; China liege
// „zwei bis drei Jahre im Rückstand“; Nvidia fiel am 27. Januar 2025 um 7,82 Prozent.
const index = bundledIndex();
const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);

describe('a clause that names the founder but whose subject is a pronoun is about that person', () => {
  test('German: „Mit 45 Jahren hat er den Gründer interviewt“ is the interviewer\'s age; „Der Gründer ist 42 Jahre alt“ is the founder\'s', () => {
    assert.deepEqual(all('DeepSeek-Gründer Liang Wenfeng ist 40 Jahre alt. Matt Sheehan verfolgt DeepSeek seit Jahren. Mit 45 Jahren hat er den Gründer schon oft interviewt.'), [['unsourced-figure', '45 Jahren', undefined]]);
    assert.deepEqual(all('DeepSeek-Gründer Liang Wenfeng leitet die Firma. Der Gründer ist 42 Jahre alt.'), [['figure-mismatch', '42 Jahre', '40 Jahre']]);
  });
  test('English: "At 45, he has interviewed the founder" is the interviewer\'s age; "The founder is 42" is the founder\'s', () => {
    assert.deepEqual(all("DeepSeek's founder, Liang Wenfeng, is 40. Matt Sheehan has followed the company for years. At 45, he has interviewed the founder often."), [['unsourced-figure', '45', undefined]]);
    assert.deepEqual(all("DeepSeek's founder is Liang Wenfeng. The founder is 42 years old."), [['figure-mismatch', '42 years old', '40 years old']]);
  });
});

describe('„Stand:“ / "As of:" dates what follows; an update stamp does not', () => {
  test('German: „Stand: 20. Januar 2025 – Nvidia verlor 7,82 Prozent.“ is the wrong day', () => {
    assert.deepEqual(all('Stand: 20. Januar 2025 – Nvidia verlor 7,82 Prozent.'), [['date-mismatch', '20. Januar 2025', '27. Januar 2025']]);
  });
  test('English: "As of: January 20, 2025 – Nvidia lost 7.82 percent." is the wrong day', () => {
    assert.deepEqual(all('As of: January 20, 2025 – Nvidia lost 7.82 percent.'), [['date-mismatch', 'January 20, 2025', 'January 27, 2025']]);
  });
});

describe('a gap of years behind a rival is a lag, not a span between two events', () => {
  test('German: „im Abstand von fünf Jahren hinter den USA“ is held against „zwei bis drei Jahre im Rückstand“', () => {
    assert.deepEqual(all('Branchenkenner sahen China im Abstand von fünf Jahren hinter den USA.'), [['figure-mismatch', 'fünf Jahren', 'drei Jahren']]);
  });
  test('English: "trailing the US by a gap of five years" is held against it too', () => {
    assert.deepEqual(all('Industry insiders saw China trailing the US by a gap of five years.'), [['figure-mismatch', 'five', 'three']]);
  });
});

describe('a bracket whose words end in a score word holds a score; a job title holds an age', () => {
  test('German: „(92, Testwert)“ is a score; „(42, Test-Ingenieur)“ is an age', () => {
    assert.deepEqual(all('Liang Wenfeng (92, Testwert) leitet DeepSeek.'), []);
    assert.deepEqual(all('Liang Wenfeng (42, Test-Ingenieur) leitet DeepSeek.'), [['figure-mismatch', '42', '40']]);
  });
  test('English: "(92, HumanEval score)" is a score; "(42, test engineer by training)" is an age', () => {
    assert.deepEqual(all('Liang Wenfeng (92, HumanEval score) runs DeepSeek.'), []);
    assert.deepEqual(all('Liang Wenfeng (42, test engineer by training) runs DeepSeek.'), [['figure-mismatch', '42', '40']]);
  });
});
