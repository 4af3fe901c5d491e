import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { germanDraft as de, misattributedFindings as misattributed } from './support/misattributedSpeakers';

const wang = (who: string) =>
  `The source attributes this statement to Zihan Wang (ehemaligen DeepSeek-Mitarbeiter und aktuellen Doktoranden an der privaten Northwestern University …), not ${who}.`;

describe('reported speech after a colon: the person of the clause before it says what follows', () => {
  test('German: „Am Ende fasste Sheehan seine Sicht zusammen: Das Team habe …“ (Konjunktiv I) and „Sheehan sagte: …“ give the claim to Sheehan', () => {
    assert.deepEqual(misattributed(de('Am Ende des Gesprächs fasste Sheehan seine Sicht zusammen: Das Team von DeepSeek habe die Hardware-Herausforderung in eine Chance für Innovation verwandelt.')), [
      { text: 'Sheehan', fix: 'Zihan Wang', message: wang('Sheehan') },
    ]);
    assert.deepEqual(misattributed(de('Sheehan sagte: Die Exportbeschränkungen zwangen das Unternehmen zu innovativen Lösungen.')), [
      { text: 'Sheehan', fix: 'Zihan Wang', message: wang('Sheehan') },
    ]);
  });
  test('English: "Sheehan said: the export restrictions forced …" and "Sheehan, speaking from Washington, explained: …"', () => {
    assert.deepEqual(misattributed('Sheehan said: the export restrictions forced the company into innovative solutions.'), [
      { text: 'Sheehan', fix: 'Zihan Wang', message: wang('Sheehan') },
    ]);
    assert.deepEqual(misattributed('Matt Sheehan, speaking from Washington, explained: the export restrictions forced the company into innovative solutions.').map((f) => [f.text, f.fix]), [
      ['Matt Sheehan', 'Zihan Wang'],
    ]);
  });
  test('German, not the person\'s claim: the narrator\'s indicative without a verb of saying, two people, a question put to the person, the right speaker', () => {
    assert.deepEqual(misattributed(de('Cao kam aus Boston: Die Exportbeschränkungen zwangen das Unternehmen zu innovativen Lösungen.')), []);
    assert.deepEqual(misattributed(de('Cao und Sheehan waren sich einig: Die Exportbeschränkungen hätten das Unternehmen zu innovativen Lösungen gezwungen.')), []);
    assert.deepEqual(misattributed(de('Die Moderatorin fragte Cao nach den Chips: Hätten die Exportbeschränkungen das Unternehmen zu innovativen Lösungen gezwungen?')), []);
    assert.deepEqual(misattributed(de('Zihan Wang fasste zusammen: Die Exportbeschränkungen hätten das Unternehmen zu innovativen Lösungen gezwungen.')), []);
    // A long clause before the colon is the narrator's, not a frame of saying.
    assert.deepEqual(misattributed(de('Als Sheehan im Herbst vor dem Ausschuss über die Lage der Branche in China sprach, war eines klar: Die Exportbeschränkungen hätten das Unternehmen zu innovativen Lösungen gezwungen.')), []);
  });
  test('English, not the person\'s claim: no verb of saying, a question put to the person, the right speaker', () => {
    assert.deepEqual(misattributed('Sheehan had a point: the export restrictions forced the company into innovative solutions.'), []);
    assert.deepEqual(misattributed('Host Anne Wilke asked Sheehan: had the export restrictions forced the company into innovative solutions?'), []);
    assert.deepEqual(misattributed('Wang said: the export restrictions forced the company into innovative solutions.'), []);
  });
  test('German, words the person cites, is told or hears from someone unnamed: „zitierte einen früheren Mitarbeiter“, „verwies auf einen Ingenieur“, „wurde gesagt“, „Ein Ingenieur erklärte Sheehan“', () => {
    const claim = 'Das Team habe die Hardware-Herausforderung in eine Chance für Innovation verwandelt.';
    assert.deepEqual(misattributed(de(`Sheehan zitierte einen früheren Mitarbeiter: ${claim}`)), []);
    assert.deepEqual(misattributed(de(`Sheehan verwies auf einen DeepSeek-Ingenieur: ${claim}`)), []);
    assert.deepEqual(misattributed(de(`Sheehan wurde gesagt: ${claim}`)), []);
    assert.deepEqual(misattributed(de(`Ein Ingenieur erklärte Sheehan: ${claim}`)), []);
  });
  test('English, words the person cites, is told or hears from someone unnamed: "citing a former employee, said", "was told", "recalled what an engineer told him", "quoted"', () => {
    const claim = 'the team turned the hardware challenge into an opportunity for innovation.';
    assert.deepEqual(misattributed(`Sheehan, citing a former DeepSeek employee, said: ${claim}`), []);
    assert.deepEqual(misattributed(`Sheehan was told: ${claim}`), []);
    assert.deepEqual(misattributed(`Sheehan was later told: ${claim}`), []);
    assert.deepEqual(misattributed(`Sheehan recalled what an engineer said: ${claim}`), []);
    assert.deepEqual(misattributed(`Sheehan quoted a former employee: ${claim}`), []);
    assert.deepEqual(misattributed(`An engineer explained to Sheehan: ${claim}`), []);
  });
  test('the speaker\'s own title before the name is no other person: „Carnegie-Analyst Sheehan sagte: …“, "Carnegie analyst Sheehan said: …"', () => {
    assert.deepEqual(misattributed(de('Carnegie-Analyst Sheehan sagte: Die Exportbeschränkungen zwangen das Unternehmen zu innovativen Lösungen.')).map((f) => [f.text, f.fix]), [['Sheehan', 'Zihan Wang']]);
    assert.deepEqual(misattributed('Carnegie analyst Sheehan said: the export restrictions forced the company into innovative solutions.').map((f) => [f.text, f.fix]), [['Sheehan', 'Zihan Wang']]);
  });
});
