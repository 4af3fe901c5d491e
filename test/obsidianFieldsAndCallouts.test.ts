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

describe('Obsidian: each Dataview field line `Key:: value` is its own statement, read with its key', () => {
  test('German: a callout\'s field lines are read one by one under the section\'s heading; true values are clean, none unsourced', () => {
    assert.deepEqual(findings(german('# DeepSeek R1\n\n> [!note] Zahlen\n> Trainingskosten:: 5,6 Mio. $\n> Vergleich GPT-4o:: 78 Mio. $\n> HumanEval:: 92 %\n> MATH-500:: 85 %')), []);
  });
  test('German: a wrong value in a field is caught with its code and exactly on the value', () => {
    const draft = german('# DeepSeek R1\n\n> [!note] Zahlen\n> Trainingskosten:: 5,6 Mrd. $\n> HumanEval:: 95 %');
    assert.deepEqual(findings(draft), [at(draft, '5,6 Mrd. $', 'scale-mismatch'), at(draft, '95 %', 'figure-mismatch')]);
  });
  test('German: a callout\'s title is no heading: the section heading (a wikilink) still says whose the field\'s figure is', () => {
    const draft = german('# DeepSeek-Schock (Montag, 27.01.)\n\n## [[Nvidia|Nvidia-Aktie]]\n\n> [!note] Zahlen\n> Kursverlust:: 17 %\n> Datum:: 2025-01-27');
    assert.deepEqual(findings(draft), [at(draft, '17 %', 'figure-mismatch')]);
  });
  test('the key is part of the field\'s statement: an earlier sentence with the same value is no post the field quotes', () => {
    const math = english('# DeepSeek R1\n\nOn HumanEval, R1 scored 92%.\n\n> [!note] Benchmarks\n> MATH-500:: 92%');
    assert.deepEqual(findings(math), [at(math, '92%', 'figure-mismatch')]);
    const founded = german('# DeepSeek R1\n\nAm 20. Januar erschien R1.\n\n> Gründung von DeepSeek:: 20. Januar');
    assert.deepEqual(findings(founded), [at(founded, '20. Januar', 'date-mismatch')]);
  });
  test('a key that names another model is that model\'s figure, not the heading\'s', () => {
    const draft = english('# DeepSeek R1\n\nGPT-4o HumanEval:: 92%');
    assert.deepEqual(findings(draft), [at(draft, '92%', 'unsourced-figure')]);
  });
  test('a reply that quotes an earlier post word for word is still no claim of its own', () => {
    assert.deepEqual(warnings(german('NVDA hat heute 17 % verloren.\n\n> NVDA hat heute 17 % verloren.\n\nNein, das waren 7,82 %.')).length, 1);
  });
  test('a `::` that opens no field: C++ scope, an IPv6 address, a talk page\'s indentation, code; a wrong figure beside it is still read', () => {
    const cpp = english('The std::vector call and the address fe80::1 cost nothing. Training DeepSeek R1 cost $5.6 billion.');
    assert.deepEqual(warnings(cpp), [at(cpp, '$5.6 billion', 'scale-mismatch')]);
    const talk = german('::Das Training von DeepSeek R1 kostete 5,6 Mrd. Dollar.');
    assert.deepEqual(findings(talk), [at(talk, '5,6 Mrd. Dollar', 'scale-mismatch')]);
    assert.deepEqual(findings(english('```\nCost:: $5.6 billion\n```')), []);
  });
});

describe('Obsidian: wikilinks read as the text they show, embeds as nothing', () => {
  test('`![[file]]` embeds a file: the numbers in its name are no claim', () => {
    assert.deepEqual(findings(german('# Nvidia\n\n![[Chart 2025-01-27 Nvidia 17 %.png]]')), []);
  });
  test('`[[target|display]]` shows its display text: a figure after it is read as before, a misspelt name in `[[…]]` lies on the name alone', () => {
    const draft = german('Die Aktie von [[Nvidia-Aktie|Nvidia]] fiel am 27. Januar um 17 %. Gegründet hat DeepSeek [[Liang Wenfang]] im Juli 2023.');
    assert.deepEqual(findings(draft), [at(draft, '17 %', 'figure-mismatch'), at(draft, 'Liang Wenfang', 'name-spelling')]);
  });
  test('a misspelt name as both target and display text is underlined once, on what the link shows', () => {
    const draft = german('Gegründet hat DeepSeek [[Liang Wenfang|Liang Wenfang]] im Juli 2023.');
    assert.deepEqual(findings(draft), [at(draft, 'Liang Wenfang', 'name-spelling')]);
  });
  test('a signature\'s link to a user page names no one the post is about: it owns no figure before it', () => {
    const de = german(':Laut Quelle fiel Microsoft am 27. Januar um 3,57 %. -- [[Benutzer:Nvidia-Fan|Nvidia-Fan]] 10:12, 30. Jan. 2025 (CET)');
    const fixOf = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'figure-mismatch').map((f) => f.fix?.newText);
    assert.deepEqual(fixOf(de), ['3,75 %']);
    const en = english(':Microsoft fell 3.57% on January 27 per the source. -- [[User:NvidiaBull|Nvidia bull]] ([[User talk:NvidiaBull|talk]]) 10:12, 30 January 2025 (UTC)');
    assert.deepEqual(fixOf(en), ['3.75%']);
  });
});
