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

/** The review's probes (session 48): a company that is its sentence's subject speaks whatever its verb of saying. */
const RASGON = 'Stacy Rasgon';
const ALTMANN = 'Thomas Altmann';
describe('a company that is the subject before a quotation speaks it, whatever its verb or pronoun', () => {
  test('German: „teilte mit“, „verkündete“, „hieß es“, „antwortete“, „sprach von“ and „sie“ for the company', () => {
    for (const [sentence, name, fix] of [
      ['Nvidia teilte mit: „DeepSeek verwendet bekannte Technologien.“', 'Nvidia', RASGON],
      ['Microsoft verkündete am Montag: „DeepSeek verwendet bekannte Technologien.“', 'Microsoft', RASGON],
      ['In einer Stellungnahme von Nvidia hieß es: „DeepSeek verwendet bekannte Technologien.“', 'Nvidia', RASGON],
      ['Nvidia antwortete: „DeepSeek verwendet bekannte Technologien.“', 'Nvidia', RASGON],
      ['Nvidia sagte, sie sehe eine „Angst vor dem Fall des US-Monopols“.', 'Nvidia', ALTMANN],
      ['Nvidia sprach von einer „Angst vor dem Fall des US-Monopols“.', 'Nvidia', ALTMANN],
    ]) {
      const de = `${DE}${sentence}`;
      assert.deepEqual(speakers(de), [[name, de.indexOf(name), fix]], sentence);
    }
  });
  test('English: "announced", "told investors", "said they", "wrote that it", "for its part, sees"', () => {
    for (const [en, fix] of [
      ['Nvidia announced: "DeepSeek uses well-known technologies."', RASGON],
      ['Nvidia told investors: "DeepSeek uses well-known technologies."', RASGON],
      ['Nvidia said they see "fear of the fall of the US monopoly".', ALTMANN],
      ['In a statement, Nvidia wrote that it saw "fear of the fall of the US monopoly".', ALTMANN],
      ['Nvidia, for its part, sees "fear of the fall of the US monopoly".', ALTMANN],
    ]) {
      assert.deepEqual(speakers(en), [['Nvidia', en.indexOf('Nvidia'), fix]], en);
    }
  });
  test('the company as topic stays no speaker with any verb: a preposition of topic, a person\'s pronoun (de, en)', () => {
    assert.deepEqual(speakers(`${DE}Zu Nvidia teilte er mit: „DeepSeek verwendet bekannte Technologien.“`), []);
    assert.deepEqual(speakers(`${DE}Über Nvidia sprach sie von einer „Angst vor dem Fall des US-Monopols“.`), []);
    assert.deepEqual(speakers('About Nvidia, she announced: "DeepSeek uses well-known technologies."'), []);
    assert.deepEqual(speakers('Nvidia, he told investors, sees "fear of the fall of the US monopoly".'), []);
  });
});
