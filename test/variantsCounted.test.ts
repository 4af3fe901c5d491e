import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { codesOn } from './support/codesOn';

describe('variants are versions of a model: counted, they are the sources\' smaller versions', () => {
  test('German: „sechs kleinere Varianten“ is borne out by „sechs kleinere Versionen“, „acht kleinere Varianten“ contradicted', () => {
    assert.deepEqual(codesOn('Neben dem großen Modell hat DeepSeek sechs kleinere Varianten veröffentlicht, die auf Laptops laufen.', 'sechs'), []);
    assert.deepEqual(codesOn('Neben dem großen Modell hat DeepSeek acht kleinere Varianten veröffentlicht.', 'acht'), ['figure-mismatch']);
  });

  test('English: "six smaller variants" is borne out, "eight smaller variants" contradicted', () => {
    assert.deepEqual(codesOn('Besides the large model, DeepSeek released six smaller variants that run on laptops.', 'six'), []);
    assert.deepEqual(codesOn('Besides the large model, DeepSeek released eight smaller variants.', 'eight'), ['figure-mismatch']);
  });

  test('a chip\'s variant is no model count: „Der H800 ist eine gedrosselte Variante des H100, 2022 beschränkten die USA den Export“, "a throttled variant … in 2022" stay quiet', () => {
    assert.deepEqual(codesOn('Der H800 ist eine gedrosselte Variante des H100. Die USA beschränkten den Export moderner Grafikprozessoren nach China bereits 2022.', '2022'), []);
    assert.deepEqual(codesOn('The H800 is a throttled variant of the H100. The US restricted exports of advanced GPUs to China as early as 2022.', '2022'), []);
  });
});
