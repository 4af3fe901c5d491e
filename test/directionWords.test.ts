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

describe('a perfect participle or a noun of falling names a fall', () => {
  const de = (text: string) => moves(`---\nlang: de\n---\n\n${text}`);
  test('German: „gesunken“, „zurückgegangen“ and „Rückgang“ name a fall', () => {
    assert.deepEqual(de('Im Jahr 2024 ist der Nasdaq 100 um 25 Prozent gesunken.'), [['25 Prozent', '25 Prozent says it fell, but the source says it rose: 25 %.']]);
    assert.deepEqual(de('Der Nasdaq 100 ist 2024 um 25 Prozent zurückgegangen.'), [['25 Prozent', '25 Prozent says it fell, but the source says it rose: 25 %.']]);
    assert.deepEqual(de('Für das Jahr 2024 verzeichnete der Nasdaq 100 einen Rückgang um 25 Prozent.'), [['25 Prozent', '25 Prozent says it fell, but the source says it rose: 25 %.']]);
  });
  test('German: the same words for the day\'s true falls, and a rise beside them, stay clean', () => {
    assert.deepEqual(de('Am 27. Januar ist die Aktie von Nvidia um 7,82 Prozent gesunken.'), []);
    assert.deepEqual(de('Der Nasdaq 100 ist am 27. Januar um 3 Prozent zurückgegangen, nachdem er 2024 noch 25 Prozent zugelegt hatte.'), []);
    assert.deepEqual(de('Der Rückgang bei Microsoft betrug am 27. Januar 3,75 Prozent.'), []);
    assert.deepEqual(de('Die Trainingskosten sind gesunken: R1 kostete nur 5,6 Millionen Dollar.'), []);
  });
  test('English: "has sunk" and "decreased" name a fall', () => {
    assert.deepEqual(moves('In 2024 the Nasdaq 100 had sunk 25%.'), [['25%', '25% says it fell, but the source says it rose: 25 %.']]);
    assert.deepEqual(moves('The Nasdaq 100 decreased 25% in 2024.'), [['25%', '25% says it fell, but the source says it rose: 25 %.']]);
    assert.deepEqual(moves('The Nasdaq 100 slid 25% in 2024.'), [['25%', '25% says it fell, but the source says it rose: 25 %.']]);
    assert.deepEqual(moves('The Nasdaq 100 dropped 25% in 2024.'), [['25%', '25% says it fell, but the source says it rose: 25 %.']]);
  });
  test('English: the same words for the day\'s true falls stay clean', () => {
    assert.deepEqual(moves('On January 27, Nvidia had sunk 7.82% by the close.'), []);
    assert.deepEqual(moves('Microsoft decreased 3.75% on January 27, after the Nasdaq 100 gained 25% in 2024.'), []);
    assert.deepEqual(moves('Training costs have decreased: R1 cost only $5.6 million.'), []);
  });
});

describe('a fall or a rise in a side phrase of time or concession is an earlier event\'s, not the clause\'s', () => {
  const de = (text: string) => moves(`---\nlang: de\n---\n\n${text}`);
  const rose = (figure: string) => [[figure, `${figure} says it rose, but the source says it fell: -7,82 %.`]];
  test('German: „Nach dem Rückgang vom Freitag stieg Nvidia …“ rose', () => {
    assert.deepEqual(de('Nach dem Verlust vom Freitag stieg Nvidia am 27. Januar um 7,82 Prozent.'), rose('7,82 Prozent'));
    assert.deepEqual(de('Nach dem Rückgang vom Freitag stieg Nvidia am 27. Januar um 7,82 Prozent.'), rose('7,82 Prozent'));
    assert.deepEqual(de('Nvidia stieg am 27. Januar nach einem Rückgang am Freitag um 7,82 Prozent.'), rose('7,82 Prozent'));
    assert.deepEqual(de('Nach dem Verlust vom Montag stieg Nvidia am 28. Januar um 8,9 Prozent.'), []);
    assert.deepEqual(de('Trotz eines kurzen Rückgangs im Sommer legte der Nasdaq 100 2024 um 25 Prozent zu.'), []);
  });
  test('English: "After Friday\'s loss, Nvidia rose …" rose', () => {
    assert.deepEqual(moves('After Friday\'s loss, Nvidia rose 7.82% on January 27.'), rose('7.82%'));
    assert.deepEqual(moves('After Friday\'s decrease, Nvidia rose 7.82% on January 27.'), rose('7.82%'));
    assert.deepEqual(moves('Nvidia rose 7.82% on January 27 after a loss on Friday.'), rose('7.82%'));
    assert.deepEqual(moves('After Monday\'s loss, Nvidia rose 8.9% on January 28.'), []);
    assert.deepEqual(moves('In 2024 the Nasdaq 100 gained 25% despite a brief slide in the summer.'), []);
  });
  test('a move that governs a figure, or a verb after a name or another noun, is no side phrase', () => {
    assert.deepEqual(de('Nach einem Verlust von 7,82 Prozent am 27. Januar erholte sich Nvidia.'), []);
    assert.deepEqual(de('Nach Angaben von Reuters stieg Nvidia am 27. Januar um 7,82 Prozent.'), rose('7,82 Prozent'));
    assert.deepEqual(de('Seit gestern stieg Nvidia am 27. Januar um 7,82 Prozent.'), rose('7,82 Prozent'));
    assert.deepEqual(moves('After a loss of 7.82% on January 27, Nvidia recovered.'), []);
    assert.deepEqual(moves('After Nvidia dropped 7.82% on January 27, Microsoft fell 3.75%.'), []);
    assert.deepEqual(moves('After the slide, Nvidia fell 7.82% on January 27.'), []);
    assert.deepEqual(moves('Since the sell-off, Nvidia has lost 7.82%.'), []);
  });
  test('a fraction in words after the move is a figure it governs: "after gaining a quarter of its value" stays the 2024 rise', () => {
    const unsourced = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'unsourced-figure').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(unsourced('The Nasdaq 100 lost 3% that day, after gaining a quarter of its value over 2024.'), []);
    assert.deepEqual(unsourced('---\nlang: de\n---\n\nDer Nasdaq 100 fiel an dem Tag um 3 Prozent, nach einem Anstieg um ein Viertel im Jahr 2024.'), []);
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

describe('a figure\'s own clause says which way it went when the sentence goes on to another move', () => {
  const de = (text: string) => moves(`---\nlang: de\n---\n\n${text}`);
  test('German: „legte … zu und dämpfte den Rückgang“, „hatte … zugelegt, Nvidia verlor …“ rose', () => {
    assert.deepEqual(de('Microsoft legte dagegen 3,75 Prozent zu und dämpfte den Rückgang des Fonds kaum.'), [
      ['3,75 Prozent', '3,75 Prozent says it rose, but the source says it fell: -3,75 %.'],
    ]);
    assert.deepEqual(de('Nvidia stieg um 7,82 Prozent und vernichtete dabei rund 589 Milliarden Dollar an Börsenwert.'), [
      ['7,82 Prozent', '7,82 Prozent says it rose, but the source says it fell: -7,82 %.'],
    ]);
    assert.deepEqual(de('Der Nasdaq 100 hatte an dem Tag um drei Prozent zugelegt, Nvidia allein verlor rund 589 Milliarden Dollar an Börsenwert.'), [
      ['drei Prozent', 'drei Prozent says it rose, but the source says it fell: 3 %.'],
    ]);
  });
  test('German: the true falls, with a rise or a loss told after them, stay clean', () => {
    assert.deepEqual(de('Microsoft fiel um 3,75 Prozent und dämpfte den Anstieg des Fonds kaum.'), []);
    assert.deepEqual(de('Nvidia fiel um 7,82 Prozent und vernichtete dabei rund 589 Milliarden Dollar an Börsenwert.'), []);
    assert.deepEqual(de('Der Nasdaq 100 hatte an dem Tag um drei Prozent nachgegeben, Nvidia allein verlor rund 589 Milliarden Dollar an Börsenwert.'), []);
  });
  test('English: "gained 7.82% that day, and wiped out $589 billion", "rose 3.75%, and trimmed the fund\'s loss" rose', () => {
    assert.deepEqual(moves('Nvidia, for its part, gained 7.82% that day, and wiped out roughly $589 billion in market value along the way.'), [
      ['7.82%', '7.82% says it rose, but the source says it fell: -7,82 %.'],
    ]);
    assert.deepEqual(moves('Microsoft rose 3.75% on the day and barely trimmed the fund\'s loss.'), [
      ['3.75%', '3.75% says it rose, but the source says it fell: -3,75 %.'],
    ]);
  });
  test('English: the true falls, with a loss or a rise told after them, stay clean', () => {
    assert.deepEqual(moves('Nvidia, for its part, lost 7.82% that day, and wiped out roughly $589 billion in market value along the way.'), []);
    assert.deepEqual(moves('Microsoft fell 3.75% on the day and barely dented the fund\'s gain.'), []);
  });
});
