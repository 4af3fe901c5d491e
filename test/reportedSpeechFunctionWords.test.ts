import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { germanDraft as de, misattributedSpeakers as misattributed } from './support/misattributedSpeakers';

describe('"into", "were", „ins“ and „waren“ are no words of what a speaker is reported to say', () => {
  test('English: "According to Dimitris Papailiopoulos, the export rules forced DeepSeek into innovative solutions." is Wang\'s', () => {
    assert.deepEqual(misattributed('According to Dimitris Papailiopoulos, the export rules forced DeepSeek into innovative solutions.'), [['Dimitris Papailiopoulos', 'Zihan Wang']]);
    assert.deepEqual(misattributed('Matt Sheehan said the export rules were what forced DeepSeek into innovative solutions.'), [['Matt Sheehan', 'Zihan Wang']]);
  });
  test('German: „Laut Papailiopoulos zwangen die Exportregeln DeepSeek ins Neuland innovativer Lösungen.“ and „…, die Exportregeln waren es, die …“ are Wang\'s', () => {
    assert.deepEqual(misattributed(de('Laut Dimitris Papailiopoulos zwangen die Exportregeln DeepSeek ins Neuland innovativer Lösungen.')), [['Dimitris Papailiopoulos', 'Zihan Wang']]);
    assert.deepEqual(misattributed(de('Matt Sheehan sagte, die Exportregeln waren es, die DeepSeek zu innovativen Lösungen zwangen.')), [['Matt Sheehan', 'Zihan Wang']]);
  });
  test('the right speaker, and a claim no source gives anyone, stay silent (en, de)', () => {
    assert.deepEqual(misattributed('According to Zihan Wang, the export rules forced DeepSeek into innovative solutions.'), []);
    assert.deepEqual(misattributed('According to Dimitris Papailiopoulos, the new rules were pushing DeepSeek into markets abroad.'), []);
    assert.deepEqual(misattributed(de('Laut Zihan Wang zwangen die Exportregeln DeepSeek ins Neuland innovativer Lösungen.')), []);
    assert.deepEqual(misattributed(de('Laut Dimitris Papailiopoulos waren die neuen Regeln der Grund, ins Ausland zu gehen.')), []);
  });
});
