import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
/** The figure findings of a draft (a date the sources do not state is another rule's matter). */
const moves = (text: string) =>
  runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'figure-mismatch').map((f) => [text.slice(f.start, f.end), f.message]);

describe('a move told in the present tense or the plural says which way it went', () => {
  test('German: „erholen sich“, „sinkt“, „sackt … ab“, „tauchen … ab“, „knickt … ein“, „büßen … ein“ name a rise or a fall', () => {
    assert.deepEqual(moves('---\nlang: de\n---\n\nDie Aktien von Infineon und SoftBank erholen sich am 27. Januar um bis zu 10 Prozent.'), [
      ['10 Prozent', '10 Prozent says it rose, but the source says it fell: 10 %.'],
    ]);
    assert.deepEqual(moves('---\nlang: de\n---\n\nIm Jahr 2024 sinkt der Nasdaq 100 um 25 Prozent.'), [
      ['25 Prozent', '25 Prozent says it fell, but the source says it rose: 25 %.'],
    ]);
    assert.deepEqual(moves('---\nlang: de\n---\n\nDer Nasdaq 100 sackt im Jahr 2024 um 25 Prozent ab.'), [
      ['25 Prozent', '25 Prozent says it fell, but the source says it rose: 25 %.'],
    ]);
    // The same verbs for the day's falls are true, and a hoped-for „Erholung“ is no rise of the figure before it.
    assert.deepEqual(moves('---\nlang: de\n---\n\nDie Papiere von Nvidia und Broadcom tauchen am 27. Januar um 7,82 und 6,58 Prozent ab.'), []);
    assert.deepEqual(moves('---\nlang: de\n---\n\nNvidia und Broadcom büßen am 27. Januar 7,82 und 6,58 Prozent ein.'), []);
    assert.deepEqual(moves('---\nlang: de\n---\n\nNvidia knickt am 27. Januar um 7,82 Prozent ein, Microsoft sinkt um 3,75 Prozent.'), []);
    assert.deepEqual(moves('---\nlang: de\n---\n\nNach dem Minus von 3 Prozent am 27. Januar hofften Anleger beim Nasdaq 100 auf eine rasche Erholung.'), []);
  });
  test('English: "adds", "rebounds", "closed higher by" rose; "sinks", "gave back", "falls", "eases", "tanked" fell', () => {
    assert.deepEqual(moves('On January 27, Microsoft adds 3.75% and Broadcom rebounds 6.58%.'), [
      ['3.75%', '3.75% says it rose, but the source says it fell: -3,75 %.'],
      ['6.58%', '6.58% says it rose, but the source says it fell: -6,58 %.'],
    ]);
    assert.deepEqual(moves('Nvidia closed higher by 7.82% on January 27.'), [
      ['7.82%', '7.82% says it rose, but the source says it fell: -7,82 %.'],
    ]);
    assert.deepEqual(moves('In 2024 the Nasdaq 100 sinks 25%, then gives back 3% on January 27, 2025.'), [
      ['25%', '25% says it fell, but the source says it rose: 25 %.'],
    ]);
    assert.deepEqual(moves('In 2024 the Nasdaq 100 gave back 25%.'), [
      ['25%', '25% says it fell, but the source says it rose: 25 %.'],
    ]);
    assert.deepEqual(moves('On January 27, Nvidia falls 7.82% and Microsoft eases 3.75%, while Broadcom tanked 6.58%.'), []);
  });
  test('German „falls“ is "if", no fall: „… – falls 25 Prozent stimmen“ keeps the rise of the sentence', () => {
    assert.deepEqual(moves('---\nlang: de\n---\n\nDer Nasdaq 100 legte 2024 deutlich zu – falls 25 Prozent stimmen, mehr als erwartet.'), []);
    // In English "falls" still falls.
    assert.deepEqual(moves('In 2024 the Nasdaq 100 falls 25%.'), [
      ['25%', '25% says it fell, but the source says it rose: 25 %.'],
    ]);
  });
});

describe('a direction needs a figure it governs', () => {
  const de = (text: string) => moves(`---\nlang: de\n---\n\n${text}`);
  test('German: „verliert“ names a fall of the figure it governs', () => {
    assert.deepEqual(de('Im Jahr 2024 verliert der Nasdaq 100 25 Prozent.'), [['25 Prozent', '25 Prozent says it fell, but the source says it rose: 25 %.']]);
    assert.deepEqual(de('Am 27. Januar verliert Nvidia 7,82 Prozent, Microsoft verliert 3,75 Prozent.'), []);
  });
  test('German: a loss of no one in particular („Nicht jeder verliert:“) or of something abstract („verlor an Bedeutung“) leaves the rise beside it a rise', () => {
    for (const text of [
      'Nicht jeder verliert: Microsoft steigt am 27. Januar um 3,75 Prozent.',
      'Nicht jeder verlor: Microsoft stieg am 27. Januar um 3,75 Prozent.',
      'Nvidia verlor an Bedeutung, als Microsoft am 27. Januar um 3,75 Prozent stieg.',
      'Am 27. Januar stieg Microsoft um 3,75 Prozent und verlor dennoch an Bedeutung.',
    ]) assert.deepEqual(de(text), [['3,75 Prozent', '3,75 Prozent says it rose, but the source says it fell: -3,75 %.']], text);
    // The fall the figure's own verb names stays: true.
    assert.deepEqual(de('DeepSeek gewann an Bedeutung, als Microsoft am 27. Januar um 3,75 Prozent fiel.'), []);
  });
  test('English: "Not everyone lost:", "Nobody loses when …", "lost relevance" govern no figure; the rise beside them is a rise', () => {
    for (const text of [
      'Not everyone lost: on January 27, Microsoft rose 3.75%.',
      'Nobody loses when Microsoft rises 3.75% on January 27.',
      'On January 27, Nvidia lost some of its appeal and Microsoft gained 3.75%.',
    ]) assert.deepEqual(moves(text), [['3.75%', '3.75% says it rose, but the source says it fell: -3,75 %.']], text);
    assert.deepEqual(moves('Not everyone gained: on January 27, Microsoft fell 3.75%.'), []);
  });
});
