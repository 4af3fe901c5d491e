import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, buildSourceIndex, hoverAt, hoverLayers } from '../server/src/core';

const source = (id: string, text: string) => ({ id, uri: `file:///extra/${id}`, text });
/** The source sentences a hover quotes, in its order. */
const quoted = (markdown: string) => markdown.split('\n').filter((l) => l.startsWith('> ') && !l.startsWith('> —')).map((l) => l.slice(2).replace(/\*\*/g, ''));

describe('a name\'s hover shows first the sentences that state what the draft says of it', () => {
  const de = buildSourceIndex([
    source('portraet.txt', 'Die Geschichte hinter DeepSeek\n\nHinter dem Betrieb steht der 40-jährige Informatikingenieur Liang Wenfeng aus der Provinz Guangdong.\n'),
    source('symposium.txt', 'Liang Wenfeng bei Xi Jinping\n\nAm 17. Februar 2025 saß Liang Wenfeng, Gründer von DeepSeek, bei Xi Jinping in Peking.\n\nBeobachter werteten die Einladung von Liang Wenfeng als Zeichen für DeepSeek.\n\nParallel baute Liang Wenfeng die Rechenkapazitäten von DeepSeek auf.\n'),
  ]);
  const en = buildSourceIndex([
    source('profile.txt', 'The story behind DeepSeek\n\nBehind the company stands the 40-year-old engineer Liang Wenfeng from Guangdong province.\n'),
    source('symposium.txt', 'Liang Wenfeng meets Xi Jinping\n\nOn 17 February 2025 Liang Wenfeng, the founder of DeepSeek, sat with Xi Jinping in Beijing.\n\nObservers read the invitation of Liang Wenfeng as a sign for DeepSeek.\n\nMeanwhile Liang Wenfeng built the computing power of DeepSeek.\n'),
  ]);
  for (const [language, idx, text, sentences] of [
    ['German', de, 'Hinter DeepSeek steht Liang Wenfeng. Der Informatikingenieur stammt aus Guangdong. Er ist 40 Jahre alt.', ['Hinter dem Betrieb steht der 40-jährige Informatikingenieur Liang Wenfeng aus der Provinz Guangdong.', 'Am 17. Februar 2025 saß Liang Wenfeng, Gründer von DeepSeek, bei Xi Jinping in Peking.', 'Beobachter werteten die Einladung von Liang Wenfeng als Zeichen für DeepSeek.']],
    ['English', en, 'DeepSeek is run by Liang Wenfeng. The engineer comes from Guangdong. He is 40 years old.', ['Behind the company stands the 40-year-old engineer Liang Wenfeng from Guangdong province.', 'On 17 February 2025 Liang Wenfeng, the founder of DeepSeek, sat with Xi Jinping in Beijing.', 'Observers read the invitation of Liang Wenfeng as a sign for DeepSeek.']],
  ] as const) {
    test(`${language}: the source of the paragraph's age of the name before the other day's mentions`, () => {
      const analysis = analyzeDraft(text, idx);
      const at = text.indexOf('Liang');
      const hover = hoverAt(analysis, idx, at)!.markdown;
      assert.deepEqual(quoted(hover), sentences);
      assert.match(hover, /\*…and 1 more source sentence\.\*$/);
      // The server's hovers, made all at once, say the same.
      const layer = hoverLayers(analysis, idx, [])[1].find((h) => h.start === at)!;
      assert.equal(layer.markdown, hover);
    });
  }
});

describe('a figure\'s hover shows first the source facts of its subject, attribute and time', () => {
  const en = buildSourceIndex([
    source('deepseek.txt', 'DeepSeek shakes the market\n\nOn 27 January 2025 the Chinese start-up DeepSeek made headlines as its shares shook the tech sector.\n'),
    source('power.txt', 'Power stocks crushed\n\nShares of US power producers suffered their worst day in years on Monday, January 27, 2025, as investors questioned the cost of training AI models on costly chips.\n'),
    source('tokyo.txt', 'Tokyo chip suppliers\n\nThe worry about chips and the cost of training AI models hit the shares of Tokyo chip suppliers on Monday, 27 January 2025.\n'),
    source('europe.txt', 'Europe\n\nThe cost of AI chips and the training of models weighed on shares in Europe on 27 January 2025.\n'),
  ]);
  test('English: DeepSeek\'s sell-off of 27 January before other shares\' day', () => {
    const text = 'The sell-off of DeepSeek shares on Monday, 27 January, asked how much the training of models on chips really costs.';
    const hover = hoverAt(analyzeDraft(text, en), en, text.indexOf('27 January'))!.markdown;
    assert.deepEqual(quoted(hover), [
      'On 27 January 2025 the Chinese start-up DeepSeek made headlines as its shares shook the tech sector.',
      'The worry about chips and the cost of training AI models hit the shares of Tokyo chip suppliers on Monday, 27 January 2025.',
      'The cost of AI chips and the training of models weighed on shares in Europe on 27 January 2025.',
    ]);
  });
  const de = buildSourceIndex([
    source('deepseek.txt', 'DeepSeek erschüttert die Börse\n\nAm 27. Januar 2025 sorgte das chinesische Start-up DeepSeek für Schlagzeilen, als seine Aktie die Tech-Branche erschütterte.\n'),
    source('tokio.txt', 'Tokios Chipzulieferer\n\nDie Sorge um die Kosten für das Training von KI-Modellen auf teuren Chips hat am Montag, dem 27. Januar 2025, die Aktien der Chipzulieferer in Tokio erfasst.\n'),
    source('europa.txt', 'Europa\n\nDie Kosten für KI-Chips und das Training von Modellen belasteten am 27. Januar 2025 die Aktien in Europa.\n'),
    source('versorger.txt', 'Versorger\n\nDie Aktien der US-Stromerzeuger erlebten am Montag, dem 27. Januar 2025, ihren schlechtesten Tag seit Jahren, als Anleger die Kosten für das Training von KI-Modellen auf Chips bezweifelten.\n'),
  ]);
  test('German: DeepSeeks Kurssturz vom 27. Januar vor dem Tag anderer Aktien', () => {
    const text = 'Der Ausverkauf der DeepSeek-Aktie am Montag, dem 27. Januar, fragte, wie viel das Training von Modellen auf Chips wirklich kostet.';
    const hover = hoverAt(analyzeDraft(text, de), de, text.indexOf('27. Januar'))!.markdown;
    assert.deepEqual(quoted(hover), [
      'Am 27. Januar 2025 sorgte das chinesische Start-up DeepSeek für Schlagzeilen, als seine Aktie die Tech-Branche erschütterte.',
      'Die Sorge um die Kosten für das Training von KI-Modellen auf teuren Chips hat am Montag, dem 27. Januar 2025, die Aktien der Chipzulieferer in Tokio erfasst.',
      'Die Kosten für KI-Chips und das Training von Modellen belasteten am 27. Januar 2025 die Aktien in Europa.',
    ]);
  });
});
