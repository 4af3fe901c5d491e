import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type SourceIndex } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

// „Durch MTP und FP8 beschleunigte es die Verarbeitung um das 1,8-Fache“: the pronoun is the company or model named
// before, and MTP and FP8 are what it got the speed-up with; a draft giving the figure to the company is sourced.
function findings(text: string, index: SourceIndex) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}

describe('a pronoun that acts by means is the one named before, not its means', () => {
  const german = withSources(extraSource('mistral.txt', 'Mistral legt nach\n\nMistral AI stellte am 3. März 2025 ein neues Modell vor. Durch MTP und FP8-Training beschleunigte es die Antworten um das 2,4-Fache.\n'));
  const english = withSources(extraSource('mistral.md', '---\ntitle: Mistral speeds up\n---\n\nMistral AI released a new model on March 3, 2025. Thanks to MTP and FP8 training, it answered 2.4 times faster.\n'));
  test('German source: „beschleunigte es … dank MTP“ is Mistral AI\'s figure; a wrong factor is a figure-mismatch', () => {
    assert.deepEqual(findings('Mistral AI beschleunigte die Antworten dank MTP um das 2,4-Fache.', german), []);
    assert.deepEqual(findings('Mistral AI answers 2.4 times faster thanks to MTP.', german), []);
    assert.deepEqual(findings('Mistral AI beschleunigte die Antworten dank MTP um das 3,4-Fache.', german), [{ code: 'figure-mismatch', text: '3,4-Fache', fix: '2,4-Fache' }]);
  });
  test('English source: "Thanks to MTP and FP8 training, it answered 2.4 times faster" is Mistral AI\'s figure; a wrong factor is a figure-mismatch', () => {
    assert.deepEqual(findings('Mistral AI answers 2.4 times faster thanks to MTP and FP8.', english), []);
    assert.deepEqual(findings('Mistral AI antwortet dank MTP 2,4-mal so schnell.', english), []);
    assert.deepEqual(findings('Mistral AI answers 3.4 times faster thanks to MTP and FP8.', english), [{ code: 'figure-mismatch', text: '3.4 times', fix: '2.4 times' }]);
  });
  test('the bundled source\'s „beschleunigte es … um das 1,8-Fache“ is DeepSeek\'s, not Nvidia\'s, whose chips the sentence before names', () => {
    const index = bundledIndex();
    assert.deepEqual(findings('R1 ist dank MTP 1,8-mal so schnell.', index), []);
    assert.deepEqual(findings("DeepSeek's R1 processes 1.8 times faster thanks to MTP and FP8.", index), []);
    assert.deepEqual(findings('Nvidia processes 1.8 times faster thanks to MTP.', index), [{ code: 'unsourced-figure', text: '1.8 times' }]);
  });
  test('the words of the means say how, not what the figure measures: "Multi-Token" makes the speed-up no cost ratio', () => {
    const index = bundledIndex();
    // With the cost mistyped, no ratio of the sources' costs is 14; the speed-up of 1.8 is still no other value of it.
    const english = findings('Training R1 reportedly cost DeepSeek $5.6 billion, a sliver of the $78 million OpenAI spent on GPT-4o, which makes the American model nearly fourteen times as expensive.', index);
    assert.deepEqual(english.filter((f) => f.text === 'fourteen times' && f.code !== 'unsourced-figure'), []);
    const german = findings('Das Training von R1 kostete DeepSeek angeblich 5,6 Milliarden Dollar, ein Bruchteil der 78 Millionen Dollar, die OpenAI für GPT-4o aufwandte: Das US-Modell war damit fast vierzehnmal so teuer.', index);
    assert.deepEqual(german.filter((f) => f.text === 'vierzehnmal' && f.code !== 'unsourced-figure'), []);
  });
  test('a draft\'s own pronoun acting by means is the one it named before', () => {
    const index = bundledIndex();
    assert.deepEqual(findings('DeepSeek baute R1 auf H800-Chips. Durch MTP und FP8 beschleunigte es die Verarbeitung um das 1,8-Fache.', index), []);
    assert.deepEqual(findings('DeepSeek built R1 on H800 chips. Through MTP and FP8, it sped up processing 2.8-fold.', index).map((f) => [f.code, f.text]), [['figure-mismatch', '2.8-fold']]);
  });
});
