import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const DE = '---\nlang: de\n---\n\n';
const PAPAILIOPOULOS_DE = '„DeepSeek konzentrierte sich auf präzise Antworten statt auf die Detaillierung jedes logischen Schritts, was die Rechenzeit deutlich reduzierte.“';
const PAPAILIOPOULOS_EN = '"DeepSeek concentrated on precise answers rather than detailing every logical step, which significantly reduced computing time."';
/** Each misattributed-quote finding as [underlined words, where they start, fix]. */
const speakers = (text: string) =>
  runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'misattributed-quote').map((f) => [text.slice(f.start, f.end), f.start, f.fix?.newText]);

describe('„X zitiert Y: „…““, "X quotes Y: "…"": the person cited before the colon speaks', () => {
  test('German: the cited person is right, or is the one wrongly named', () => {
    assert.deepEqual(speakers(`${DE}Cao zitiert Dimitris Papailiopoulos vom Microsoft AI Frontiers Lab: ${PAPAILIOPOULOS_DE}`), []);
    const wrong = `${DE}Cao zitiert dazu Matt Sheehan: ${PAPAILIOPOULOS_DE}`;
    assert.deepEqual(speakers(wrong), [['Matt Sheehan', wrong.indexOf('Matt Sheehan'), 'Dimitris Papailiopoulos']]);
  });
  test('English: "Cao quotes Dimitris Papailiopoulos of Microsoft\'s AI Frontiers Lab: "…""', () => {
    assert.deepEqual(speakers(`Cao quotes Dimitris Papailiopoulos of Microsoft's AI Frontiers Lab: ${PAPAILIOPOULOS_EN}`), []);
    const wrong = `Cao quotes Matt Sheehan: ${PAPAILIOPOULOS_EN}`;
    assert.deepEqual(speakers(wrong), [['Matt Sheehan', wrong.indexOf('Matt Sheehan'), 'Dimitris Papailiopoulos']]);
  });
  test('without a verb of citing the first person still speaks; a cited person whose clause goes on is not read (de, en)', () => {
    const de = `${DE}Cao lobt Dimitris Papailiopoulos: ${PAPAILIOPOULOS_DE}`;
    assert.deepEqual(speakers(de), [['Cao', de.indexOf('Cao'), 'Papailiopoulos']]);
    const en = `Cao praised Dimitris Papailiopoulos: ${PAPAILIOPOULOS_EN}`;
    assert.deepEqual(speakers(en), [['Cao', en.indexOf('Cao'), 'Papailiopoulos']]);
    assert.deepEqual(speakers(`Cao quotes Matt Sheehan, then says in his own words: ${PAPAILIOPOULOS_EN}`), [['Cao', 0, 'Dimitris Papailiopoulos']]);
  });
});
