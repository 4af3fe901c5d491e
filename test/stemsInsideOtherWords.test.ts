import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, hoverAt, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// A lexicon stem of five letters or more also names its concept inside a German compound („Kursverlust“ is a loss).
// Some stems stand inside other words that say nothing of it: „verarbeitet“ holds „arbeit“ (the motto's hard work),
// "mistake" holds "stake", "generation" holds "ratio", „betrifft“ holds „trifft“ (a meeting), „wiederholt“ holds
// „erholt“ (a rise), „vorlegte“ holds „legte“ (a rise). Those stems count only at the start of a word.
const index = bundledIndex();
const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
const readAs = (text: string, figure: string) => {
  const hover = hoverAt(analyzeDraft(text, index), index, text.indexOf(figure))!;
  return /Read as: ([^\n]*)/.exec(hover.markdown)?.[1];
};

describe('a stem inside another word names nothing: "mistake" is no stake, „verarbeitet“ no hard work', () => {
  test('English: "My mistake: 36% of the world\'s 1,328 AI models come from China" is borne out, as without "My mistake"', () => {
    assert.deepEqual(all("My mistake: 36% of the world's 1,328 AI models come from China."), []);
    assert.deepEqual(all("36% of the world's 1,328 AI models come from China."), []);
    assert.deepEqual(all("By his own admission, Nvidia's 7.82% drop was a mistake by the market."), []);
    // With the mistake set aside (claims/retractions.ts), the value it corrects is no stake either.
    assert.deepEqual(all('A common mistake is to say Nvidia\'s drop was "4.07% bigger" than Microsoft\'s. It was 4.07 points bigger.'), []);
    assert.deepEqual(all('It is no mistake to say Nvidia lost 8.72 percent on January 27.'), [['figure-mismatch', '8.72 percent', '8.72 percent contradicts the source, which says -7,82 %.']]);
  });
  test('English: a stake said as such is still a stake no source states', () => {
    assert.deepEqual(all('Liang holds a 76% stake in DeepSeek.'), [['unsourced-figure', '76%', 'No source states 76%.']]);
    assert.deepEqual(all("Liang's stake in DeepSeek is 76%."), [['unsourced-figure', '76%', 'No source states 76%.']]);
  });
  test('German: „verarbeitet Daten 1,8-mal so schnell“ is read as a speed-up, not as the motto\'s hard work', () => {
    assert.equal(readAs('DeepSeek verarbeitet Daten 1,8-mal so schnell.', '1,8'), 'DeepSeek · speed-up: 1,8-mal');
    assert.equal(readAs('DeepSeek processes data 1.8 times as fast.', '1.8'), 'DeepSeek · speed-up: 1.8 times');
    // With no speed word left, the multiple was DeepSeek's only other one, the training costs' ratio: no speed-up.
    assert.deepEqual(all('DeepSeek verarbeitet Daten 1,8-mal so schnell.'), [['unsourced-figure', '1,8-mal', 'No source states 1,8-mal.']]);
  });
  test('German: the motto\'s „harter Arbeit“ is still the motto', () => {
    assert.deepEqual(all('DeepSeek sitzt in Hangzhou. Die Firma glaubt, dass 99 Prozent des Erfolgs aus harter Arbeit kommen.'), []);
    assert.deepEqual(all('DeepSeek sitzt in Hangzhou. Die Firma glaubt, dass 90 Prozent des Erfolgs aus harter Arbeit kommen.'), [['figure-mismatch', '90 Prozent', '90 Prozent contradicts the source, which says 99 Prozent.']]);
  });
});
