import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

const bundled = bundledIndex();
const withEnglish = withSources(extraSource('lambert.txt', 'DeepSeek update\n\n"Chinese labs built 36 percent of the world\'s AI models with fewer chips," said Nathan Lambert, a researcher at the Allen Institute for AI.'));
const de = (body: string) => `---\nlang: de\n---\n\n${body}`;
const findings = (text: string, index = bundled) =>
  runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'quote-mismatch' || f.code === 'figure-mismatch').map((f) => [f.code, text.slice(f.start, f.end), f.fix?.newText]);

describe('a figure changed in a translated quotation is the quotation\'s wording, not the writer\'s claim', () => {
  test('English from a German source: "95 percent of success" for „99 Prozent des Erfolgs“', () => {
    assert.deepEqual(findings('"We firmly believe that 95 percent of success comes from hard work and only one percent from talent," the company says on its website.'), [['quote-mismatch', '95 percent', '99 percent']]);
  });
  test('German from an English source: „63 Prozent der KI-Modelle der Welt“ for "36 percent of the world\'s AI models"', () => {
    assert.deepEqual(findings(de('Nathan Lambert sagt: „Chinesische Labore bauten 63 Prozent der KI-Modelle der Welt mit weniger Chips.“'), withEnglish), [['quote-mismatch', '63 Prozent', '36 Prozent']]);
  });
  test('the same figure unquoted stays a figure-mismatch; the right figure in a translation raises nothing (en, de)', () => {
    assert.deepEqual(findings('The company believes that 95 percent of success comes from hard work.'), [['figure-mismatch', '95 percent', '99 percent']]);
    assert.deepEqual(findings('"We firmly believe that 99 percent of success comes from hard work and only one percent from talent," the company says on its website.'), []);
    assert.deepEqual(findings(de('Laut Nathan Lambert bauten chinesische Labore 63 Prozent der KI-Modelle der Welt mit weniger Chips.'), withEnglish).map(([code, words]) => [code, words]), [['figure-mismatch', '63 Prozent']]);
    assert.deepEqual(findings(de('Nathan Lambert sagt: „Chinesische Labore bauten 36 Prozent der KI-Modelle der Welt mit weniger Chips.“'), withEnglish), []);
  });
});
