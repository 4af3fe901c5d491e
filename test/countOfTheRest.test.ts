import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// The sources: 36 Prozent der weltweit 1328 KI-Modelle stammen aus China (≈ 478); the rest is 1328 − 478 ≈ 850.
const index = bundledIndex();
const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);
const SHARE_DE = 'Laut der Akademie stammen 36 Prozent der weltweit 1328 KI-Modelle aus China. ';
const SHARE_EN = "According to the academy, 36% of the world's 1,328 AI models come from China. ";

describe('a count told as the rest of a whole the sources split by a share is what the share leaves over', () => {
  test('German: „Außerhalb Chinas sind es knapp 850 Modelle“ is borne out, not contradicted by China\'s 478; 950 is wrong against 1328 − 478', () => {
    assert.deepEqual(all(`${SHARE_DE}Außerhalb Chinas sind es dann knapp 850 Modelle.`), []);
    assert.deepEqual(all(`${SHARE_DE}Außerhalb Chinas sind es dann knapp 950 Modelle.`), [['figure-mismatch', '950', '950 contradicts the source, which says 1328 − 36 Prozent × 1328 ≈ 849.9.']]);
    assert.deepEqual(all(`${SHARE_DE}Der Rest, knapp 850 Modelle, kommt aus anderen Ländern.`), []);
    assert.deepEqual(all(`${SHARE_DE}Die übrigen 850 Modelle kommen aus anderen Ländern.`), []);
  });
  test('English: "The other 850 or so models come from elsewhere" is borne out, not contradicted by the whole 1,328; 950 is wrong', () => {
    assert.deepEqual(all(`${SHARE_EN}The other 850 or so models come from elsewhere.`), []);
    assert.deepEqual(all(`${SHARE_EN}The rest of the world accounts for about 950 models.`), [['figure-mismatch', '950', '950 contradicts the source, which says 1328 − 36 Prozent × 1328 ≈ 849.9.']]);
    assert.deepEqual(all(`${SHARE_EN}Outside China there are roughly 850 models.`), []);
  });
  test('German: a rest word in another clause than the count, or a count its clause gives to the share\'s owner, is no rest: China\'s 850 stays wrong', () => {
    const wrong = (at: string) => [['figure-mismatch', at, `${at} contradicts the source, which says 36 Prozent × 1328 ≈ 478.1.`]];
    assert.deepEqual(all(`${SHARE_DE}Die übrigen Länder liegen weit zurück, denn China allein stellt rund 850 Modelle.`), wrong('850'));
    assert.deepEqual(all(`${SHARE_DE}Der Rest der Welt staunt: China allein kommt auf rund 850 Modelle.`), wrong('850'));
    assert.deepEqual(all(`${SHARE_DE}Der Rest der Welt staunt: China kommt auf rund 850 Modelle.`), wrong('850'));
    assert.deepEqual(all(`${SHARE_DE}Die übrigen Länder liegen weit zurück, denn allein aus der Volksrepublik stammen rund 850 Modelle.`), wrong('850'));
    // the rest as the subject of the count's own clause (after a semicolon, or with another value before) is still the rest
    assert.deepEqual(all(`${SHARE_DE}China führt; der Rest, knapp 850 Modelle, kommt von woanders.`), []);
    assert.deepEqual(all(`${SHARE_DE}Der Rest, 64 Prozent oder knapp 850 Modelle, kommt aus anderen Ländern.`).filter(([, at]) => at === '850'), []);
  });
  test('English: a rest word in another clause than the count, or a count its clause gives to the share\'s owner, is no rest: China\'s 850 stays wrong', () => {
    const wrong = (at: string) => [['figure-mismatch', at, `${at} contradicts the source, which says 36 Prozent × 1328 ≈ 478.1.`]];
    assert.deepEqual(all(`${SHARE_EN}The other countries lag: China alone has about 850 models.`), wrong('850'));
    // "accounting for" is no verb the share's sentence is matched by (unsourced, as in the base): never borne out as the rest
    assert.deepEqual(all(`${SHARE_EN}The rest of the world is far behind, with China alone accounting for about 850 models.`), [['unsourced-figure', '850', 'No source states 850.']]);
    assert.deepEqual(all(`${SHARE_EN}The other countries lag: China has about 850 models.`), wrong('850'));
    // the rest as the subject of the count's own clause (after a semicolon, or with another value before) is still the rest
    assert.deepEqual(all(`${SHARE_EN}China leads; the remaining 850 or so models come from elsewhere.`), []);
    assert.deepEqual(all(`${SHARE_EN}The rest, 64% or about 850 models, comes from other countries.`).filter(([, at]) => at === '850'), []);
  });
  test('a count the sentence does not tell as the rest is the share\'s own and stays as it was, right or wrong', () => {
    assert.deepEqual(all(`${SHARE_DE}Das sind rund 850 Modelle.`), [['figure-mismatch', '850', '850 contradicts the source, which says 36 Prozent × 1328 ≈ 478.1.']]);
    assert.deepEqual(all(`${SHARE_DE}Das sind rund 478 Modelle.`), []);
    assert.deepEqual(all(`${SHARE_EN}That is about 850 models.`), [['figure-mismatch', '850', '850 contradicts the source, which says 36 Prozent × 1328 ≈ 478.1.']]);
    assert.deepEqual(all(`${SHARE_EN}That is about 480 models.`), []);
  });
  test('a rest word beside another kind of count changes nothing: the A100 estimate keeps its own values', () => {
    assert.deepEqual(all('Der Rest der Chips: Schätzungen schwanken zwischen 10.000 und 60.000 Einheiten.'), [['figure-mismatch', '60.000', '60.000 contradicts the source, which says 50.000.']]);
  });
});

describe('a count in an apposition that restates the rest\'s share („Die übrigen 64 Prozent, also etwa 850 Modelle, …“) is the rest', () => {
  test('German: „also“, „sprich“ after the rest\'s share: 850 is borne out, not contradicted by the whole 1328; 750 is wrong against 1328 − 478', () => {
    assert.deepEqual(all(`${SHARE_DE}Die übrigen 64 Prozent, also etwa 850 Modelle, kommen aus dem Rest der Welt.`), []);
    assert.deepEqual(all(`${SHARE_DE}Die übrigen 64 Prozent, sprich rund 850 Modelle, kommen aus dem Rest der Welt. Nvidia verlor am 27. Januar 2025 8,82 Prozent.`).map((f) => f.slice(0, 2)), [['figure-mismatch', '8,82 Prozent']]);
    assert.deepEqual(all(`${SHARE_DE}Die übrigen 64 Prozent, also etwa 750 Modelle, kommen aus dem Rest der Welt.`), [['figure-mismatch', '750', '750 contradicts the source, which says 1328 − 36 Prozent × 1328 ≈ 849.9.']]);
  });
  test('English: "that is", "or", "i.e." after the rest\'s share, a block quote wrapped over two lines too; 950 and the tenfold 8,500 are wrong', () => {
    assert.deepEqual(all(`${SHARE_EN}The remaining 64 percent, or about 850 models, come from elsewhere.`), []);
    assert.deepEqual(all(`> ${SHARE_EN}The remaining 64 percent,\n> that is about 850 models, come from elsewhere.`), []);
    assert.deepEqual(all(`${SHARE_EN}The remaining 64 percent, i.e. about 950 models, come from elsewhere.`), [['figure-mismatch', '950', '950 contradicts the source, which says 1328 − 36 Prozent × 1328 ≈ 849.9.']]);
    assert.deepEqual(all(`> ${SHARE_EN}The remaining 64 percent,\n> that is about 8,500 models, come from elsewhere.`), [['figure-mismatch', '8,500', '8,500 contradicts the source, which says 1328 − 36 Prozent × 1328 ≈ 849.9.']]);
  });
  test('the same words after the share\'s owner restate the owner\'s count: China\'s 850 stays wrong against 478 (de, en)', () => {
    assert.deepEqual(all('Laut der Akademie stammen 36 Prozent der weltweit 1328 KI-Modelle aus China, also etwa 850 Modelle.'), [['figure-mismatch', '850', '850 contradicts the source, which says 36 Prozent × 1328 ≈ 478.1.']]);
    assert.deepEqual(all(`${SHARE_EN}China alone, that is about 850 models, leads the world.`), [['figure-mismatch', '850', '850 contradicts the source, which says 36 Prozent × 1328 ≈ 478.1.']]);
  });
});
