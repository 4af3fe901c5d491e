import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const DE = '---\nlang: de\n---\n\n';
/** Each misattributed-quote finding as [underlined words, where they start, fix]. */
const speakers = (text: string) =>
  runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'misattributed-quote').map((f) => [text.slice(f.start, f.end), f.start, f.fix?.newText]);

describe('a company named before a quotation speaks it only where the sentence says so', () => {
  test('German: the company the quotation is about is no speaker („Über DeepSeek sagte er: …“, „(DeepSeek war nicht der „Auserwählte“)“)', () => {
    assert.deepEqual(speakers(`${DE}Über DeepSeek sagte er: „Sie haben die Welt und auch die chinesische Regierung überrascht.“`), []);
    assert.deepEqual(speakers(`${DE}Sheehan wird deutlich (DeepSeek war nicht der „Auserwählte unter den chinesischen KI-Start-ups“).`), []);
  });
  test(`English: "On DeepSeek he said: "…"", "In his view, DeepSeek "was not the 'chosen one'…""`, () => {
    assert.deepEqual(speakers('On DeepSeek he said: "They surprised the world and the Chinese government too."'), []);
    assert.deepEqual(speakers('Matt Sheehan put it plainly. In his view, DeepSeek "was not the \'chosen one\' among Chinese AI start-ups".'), []);
  });
  test('a company that the sentence makes say the words is still its speaker (de, en)', () => {
    const de = `${DE}DeepSeek sagte: „Sie haben die Welt und auch die chinesische Regierung überrascht.“`;
    assert.deepEqual(speakers(de), [['DeepSeek', de.indexOf('DeepSeek'), 'Matt Sheehan']]);
    const deLabel = `${DE}- DeepSeek: „Sie haben die Welt und auch die chinesische Regierung überrascht.“`;
    assert.deepEqual(speakers(deLabel), [['DeepSeek', deLabel.indexOf('DeepSeek'), 'Matt Sheehan']]);
    const en = 'DeepSeek wrote on its blog: "They surprised the world and the Chinese government too."';
    assert.deepEqual(speakers(en), [['DeepSeek', 0, 'Matt Sheehan']]);
  });
  test('a person before the quotation is read as before, whatever the company (de, en)', () => {
    const de = `${DE}Über DeepSeek sagte Zihan Wang: „Sie haben die Welt und auch die chinesische Regierung überrascht.“`;
    assert.deepEqual(speakers(de), [['Zihan Wang', de.indexOf('Zihan Wang'), 'Matt Sheehan']]);
    const en = 'On DeepSeek, Zihan Wang said: "They surprised the world and the Chinese government too."';
    assert.deepEqual(speakers(en), [['Zihan Wang', en.indexOf('Zihan Wang'), 'Matt Sheehan']]);
  });
});
