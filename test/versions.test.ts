import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, buildSourceIndex, runRules } from '../server/src/core';
import { isAnotherVersion } from '../server/src/core/names/versions';

const english = `Model releases

In May, OpenAI released GPT-4o to all users.

In December, the start-up released DeepSeek V3 as open weights.

In April, OpenAI released its model o3 for paying users.

In March, Acme Robotics raised a Series C round of $40 million.`;
const german = `Modelle und Chips

Im Mai veröffentlichte OpenAI das Modell GPT-4o für alle Nutzer.

Im Dezember stellte das Start-up DeepSeek V3 als offenes Modell vor.

Die Kurse von Chipherstellern wie Nvidia und Broadcom fielen.`;
const index = buildSourceIndex([
  { id: 'releases-en.md', uri: 'file:///releases-en.md', text: english },
  { id: 'modelle-de.md', uri: 'file:///modelle-de.md', text: german },
]);
const spelling = (text: string) =>
  runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'name-spelling').map((f) => [text.slice(f.start, f.end), f.fix?.newText, f.message]);

describe('versions are different names, not misspellings', () => {
  test('English: another version, model or series of a known name is no name-spelling finding', () => {
    assert.deepEqual(spelling('OpenAI released GPT-4 in 2023, and o1 before o3.'), []);
    assert.deepEqual(spelling('The start-up released DeepSeek R1 in January.'), []);
    assert.deepEqual(spelling('Acme Robotics raised a Series A round first, then a Series B.'), []);
  });
  test('German: eine andere Version ist kein Schreibfehler', () => {
    assert.deepEqual(spelling('Im Januar folgte DeepSeek R1, nach GPT-4 und GPT-4 Turbo.'), []);
    assert.deepEqual(spelling('Acme Robotics sammelte in einer Series B Geld ein.'), []);
  });
  test('a typo in the stem is still a misspelling, with or without a version', () => {
    assert.deepEqual(spelling('The start-up released DeepSak V3, and OpenAI released GTP-4o.'), [
      ['DeepSak V3', 'DeepSeek V3', 'DeepSak V3 is not how the sources spell it: DeepSeek V3.'],
      ['GTP-4o', 'GPT-4o', 'GTP-4o is not how the sources spell it: GPT-4o.'],
    ]);
    assert.deepEqual(spelling('Das Start-up DeepSeak V3 und Nvdia 🚀 sind im Gespräch.'), [
      ['DeepSeak V3', 'DeepSeek V3', 'DeepSeak V3 is not how the sources spell it: DeepSeek V3.'],
      ['Nvdia', 'Nvidia', 'Nvdia is not how the sources spell it: Nvidia.'],
    ]);
  });
  test('another version with a typo in the stem is corrected in the stem only, never to another version', () => {
    assert.deepEqual(spelling('The start-up released Deepseek R1 in January.'), [['Deepseek', 'DeepSeek', 'Deepseek is not how the sources spell it: DeepSeek.']]);
  });
});

describe('isAnotherVersion', () => {
  const pairs: Array<[string, string, boolean]> = [
    ['GPT-4', 'GPT-4o', true],
    ['DeepSeek V3', 'DeepSeek R1', true],
    ['o1', 'o3', true],
    ['Series A', 'Series C', true],
    ['H800', 'H100', true],
    ['Llama 3', 'Llama 3.1', true],
    ['Claude 3.5 Sonnet', 'Claude 3 Opus', true],
    ['Claude 3.5 Sonnet', 'Claude 3.5 Haiku', true],
    ['GPT-4o mini', 'GPT-4o', true],
    ['Qwen2', 'Qwen2.5', true],
    ['DeepSeek-V3', 'DeepSeek V3', false],
    ['DeepSeak V3', 'DeepSeek V3', false],
    ['DeepSeek v3', 'DeepSeek V3', false],
    ['Nvdia', 'Nvidia', false],
    ['Claude 3.5 Sonet', 'Claude 3.5 Sonnet', false],
    ['Qwem2', 'Qwen2', false],
  ];
  for (const [a, b, expected] of pairs) test(`${a} / ${b}: ${expected ? 'another version' : 'a spelling'}`, () => assert.equal(isAnotherVersion(a, b), expected));
});
