import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules, type SourceIndex } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

// The bundled sources date R1's breakthrough to 20 January and the sell-off to 27 January 2025. An article of another
// day that dates another event of the same names (a rival's release "the same day as R1") is no source disagreeing
// about the day of the sell-off.
const all = (text: string, index: SourceIndex = bundledIndex()) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);

describe('a day the sources give another event of the draft\'s names is no rival of the day of the event it dates', () => {
  const english = extraSource('2025-02-12_scorecard.md', "---\ntitle: The reasoning scorecard\npublished: 2025-02-12\n---\n\nOpenAI says its o1 model scores 96.4 percent on MATH-500. Moonshot AI's Kimi k1.5, released on 20 January, the same day as R1, reports 96.2 percent.\n");
  const german = extraSource('2025-02-12_bestenliste.txt', 'Die Bestenliste der Denkmodelle\n\nOpenAI gibt für o1 96,4 Prozent bei MATH-500 an. Kimi k1.5 von Moonshot AI, am 20. Januar veröffentlicht, am selben Tag wie R1, kommt auf 96,2 Prozent.\n');
  test('German: „Am 27. Januar 2025 löste die Veröffentlichung … R1 einen … Kurssturz aus“ stays borne out, no source-conflict with „am 20. Januar veröffentlicht“', () => {
    const text = 'Am 27. Januar 2025 löste die Veröffentlichung des chinesischen Modells DeepSeek R1 einen der heftigsten Kursstürze der Börsengeschichte aus.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text, withSources(german)), []);
  });
  test('English: "On 27 January 2025 the release of … R1 triggered one of the sharpest sell-offs" stays borne out', () => {
    const text = 'On 27 January 2025 the release of a Chinese reasoning model, DeepSeek R1, triggered one of the sharpest sell-offs in the history of the US stock market.';
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text, withSources(english)), []);
  });
  test('English: "On Monday, January 27, 2025, shares … tumbled … after DeepSeek\'s R1 model, unveiled a week earlier" stays borne out', () => {
    const text = "On Monday, January 27, 2025, shares of the biggest US technology companies tumbled within hours after DeepSeek's R1 model, unveiled a week earlier, showed what cheap training can do.";
    assert.deepEqual(all(text), []);
    assert.deepEqual(all(text, withSources(english)), []);
  });
  test('a wrong day of the release stays wrong beside the other article (en)', () => {
    assert.deepEqual(all('DeepSeek released R1 on January 22, 2025.', withSources(english)), [['date-mismatch', 'January 22, 2025', 'January 22, 2025 contradicts the source, which gives 20 January.']]);
  });
  test('two articles that date the same release to two days still disagree (de, en)', () => {
    const rivalEn = extraSource('2025-01-29_rivals.md', "---\ntitle: China's AI rivals\npublished: 2025-01-29\n---\n\nDeepSeek released its R1 model on January 22, 2025, according to the company.\n");
    const rivalDe = extraSource('2025-01-29_rivalen.txt', 'Chinas KI-Rivalen\n\nDeepSeek hat sein Modell R1 nach eigenen Angaben am 22. Januar 2025 veröffentlicht.\n');
    const story = '“Die Geschichte hinter DeepSeek: Wie ein chinesisches Startup das Silicon Valley herausfordert” says 20. Januar';
    assert.deepEqual(all('DeepSeek released R1 on January 20, 2025.', withSources(rivalEn)), [['source-conflict', 'January 20, 2025', `The sources disagree: ${story}, “China's AI rivals” says January 22, 2025.`]]);
    assert.deepEqual(all('DeepSeek veröffentlichte R1 am 20. Januar 2025.', withSources(rivalDe)), [['source-conflict', '20. Januar 2025', `The sources disagree: ${story}, “Chinas KI-Rivalen” says 22. Januar 2025.`]]);
  });
});
