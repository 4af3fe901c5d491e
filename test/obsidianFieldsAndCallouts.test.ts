import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const findings = (text: string) =>
  runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), start: f.start }));
// A bare number in prose ("fe80::1") is an unsourced figure with or without this reading: only warnings count there.
const warnings = (text: string) => findings(text).filter((f) => f.code !== 'unsourced-figure');
const german = (body: string) => `---\nlang: de\ndate: 2025-01-30\n---\n\n${body}\n`;
const english = (body: string) => `---\nlang: en\ndate: 2025-01-30\n---\n\n${body}\n`;
const at = (draft: string, value: string, code: string) => ({ code, text: value, start: draft.lastIndexOf(value) });

describe('Obsidian: each Dataview field `Key:: value` is its own statement, its key naming the value', () => {
  test('German: a callout\'s field lines are read one by one under the callout\'s title; true values are clean, none unsourced', () => {
    assert.deepEqual(findings(german('# DeepSeek R1\n\n> [!note] Zahlen\n> Release:: 20.01.\n> Trainingskosten:: 5,6 Mio. $\n> HumanEval:: 92 %')), []);
  });
  test('German: a wrong value in a field is caught with its code and exactly on the value', () => {
    const draft = german('# DeepSeek R1\n\n> [!note] Zahlen\n> Release:: 21.01.\n> Trainingskosten:: 5,6 Mrd. $\n> HumanEval:: 95 %');
    assert.deepEqual(findings(draft), [at(draft, '21.01.', 'date-mismatch'), at(draft, '5,6 Mrd. $', 'scale-mismatch'), at(draft, '95 %', 'figure-mismatch')]);
  });
  test('German: fields under a person\'s heading, outside a callout and in a list: the key "Alter" makes the value an age', () => {
    const wrong = german('## Liang Wenfeng\n\nAlter:: 41\nHerkunft:: Provinz Guangdong');
    assert.deepEqual(findings(wrong), [at(wrong, '41', 'figure-mismatch')]);
    assert.deepEqual(findings(german('## Liang Wenfeng\n\nAlter:: 40\nHerkunft:: Provinz Guangdong')), []);
    const listed = german('## Liang Wenfeng\n\n- Alter:: 41\n- Herkunft:: Provinz Guangdong');
    assert.deepEqual(findings(listed), [at(listed, '41', 'figure-mismatch')]);
  });
  test('English: callout fields, a field in a list item with a second sentence glued on', () => {
    assert.deepEqual(findings(english('# DeepSeek R1\n\n> [!note] Numbers\n> Release:: January 20\n> Training cost:: $5.6 million\n> MATH-500:: 85%')), []);
    const draft = english('# DeepSeek R1\n\n> [!note] Numbers\n> Release:: January 21\n> Training cost:: $5.6 billion\n> MATH-500:: 88%');
    assert.deepEqual(findings(draft), [at(draft, 'January 21', 'date-mismatch'), at(draft, '$5.6 billion', 'scale-mismatch'), at(draft, '88%', 'figure-mismatch')]);
    const glued = english('## Liang Wenfeng\n\n- Founded:: High-Flyer in 2016. DeepSeek followed in July 2023.');
    assert.deepEqual(findings(glued), [at(glued, '2016', 'date-mismatch')]);
  });
  test('a `::` that opens no field: C++ scope, an IPv6 address, a talk page\'s indentation, code; a wrong figure beside it is still read', () => {
    const cpp = english('The std::vector call and the address fe80::1 cost nothing. Training DeepSeek R1 cost $5.6 billion.');
    assert.deepEqual(warnings(cpp), [at(cpp, '$5.6 billion', 'scale-mismatch')]);
    const talk = german('::Das Training von DeepSeek R1 kostete 5,6 Mrd. Dollar.');
    assert.deepEqual(findings(talk), [at(talk, '5,6 Mrd. Dollar', 'scale-mismatch')]);
    assert.deepEqual(findings(english('```\nCost:: $5.6 billion\n```')), []);
  });
});
