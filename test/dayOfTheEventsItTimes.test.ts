import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, hoverAt, type SourceIndex } from '../server/src/core';
import { bundledIndex, extraSource, withSources } from './support/fixtures';

// The bundled sources date the sell-off, Nvidia's 7.82 % among it, to 27 January 2025. An article about another
// market's day (Tokyo's chip suppliers, US power producers) dates that day too; a draft's day that names no one is about
// the events it times, and its hover must show the article that dates those, whatever else is in the folder.
const quoted = (text: string, at: string, index: SourceIndex) => {
  const markdown = hoverAt(analyzeDraft(text, index), index, text.indexOf(at) + 1)?.markdown ?? '';
  return markdown.split('\n').find((line) => line.startsWith('> '));
};
const DEEPSEEK = '> Am **27. Januar 2025** sorgte das chinesische KI-Start-up DeepSeek für Schlagzeilen, als seine Aktie die Tech-Branche erschütterte.';

describe('a day whose clause names no one is shown with the source that dates the events it times', () => {
  const tokyo = extraSource('2025-01-27_tokyo.md', '---\ntitle: Tokyo follows\npublished: 2025-01-27\n---\n\nWorries about demand for AI chips hit the Tokyo exchange on Monday, January 27, 2025. Advantest lost 8.6 percent.\n');
  const versorger = extraSource('2025-01-27_versorger.txt', 'US-Versorger unter Druck\n\nDie Aktien der US-Stromversorger erlebten am Montag, dem 27. Januar 2025, ihren schlechtesten Tag seit Jahren, weil Anleger am Strombedarf der Rechenzentren zweifelten.\n');
  test('English: "Monday, January 27, 2025 was brutal for anyone long on AI hardware. Nvidia closed down 7.82 percent." quotes the sell-off, not Tokyo', () => {
    const text = 'Monday, January 27, 2025 was brutal for anyone long on AI hardware. Nvidia closed down 7.82 percent.';
    assert.equal(quoted(text, 'January 27, 2025', bundledIndex()), DEEPSEEK);
    assert.equal(quoted(text, 'January 27, 2025', withSources(tokyo)), DEEPSEEK);
  });
  test('German: „Am 27. Januar 2025 verloren die Aktien großer US-Technologiekonzerne …“, a country its only name, quotes the sell-off, not the power producers', () => {
    const text = 'Am 27. Januar 2025 verloren die Aktien großer US-Technologiekonzerne innerhalb weniger Stunden erheblich an Wert; Nvidia verlor 7,82 Prozent.';
    assert.equal(quoted(text, '27. Januar 2025', bundledIndex()), DEEPSEEK);
    assert.equal(quoted(text, '27. Januar 2025', withSources(versorger)), DEEPSEEK);
  });
  test('a day that times nothing of the draft keeps the article that dates its own words (en, de)', () => {
    const tokio = extraSource('2025-01-27_tokio.txt', 'Tokio im Sog\n\nDie Sorge um die Nachfrage nach KI-Chips hat am Montag, dem 27. Januar 2025, auch die Börse in Tokio erfasst. Advantest verlor 8,6 Prozent.\n');
    assert.equal(quoted('Monday, January 27, 2025 was brutal for anyone long on AI hardware.', 'January 27, 2025', withSources(tokyo)), '> Worries about demand for AI chips hit the Tokyo exchange on Monday, **January 27, 2025**.');
    assert.equal(quoted('Am Montag, dem 27. Januar 2025, traf die Sorge um KI-Chips auch Tokio.', '27. Januar 2025', withSources(tokio)), '> Die Sorge um die Nachfrage nach KI-Chips hat am Montag, dem **27. Januar 2025**, auch die Börse in Tokio erfasst.');
  });
});
