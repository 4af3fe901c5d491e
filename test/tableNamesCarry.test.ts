import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { codesOn } from './support/codesOn';

const GERMAN_TABLE = '# Ich habe mir DeepSeek R1 angesehen\n\n## Die Hardware-Frage\n\nLiang Wenfeng hatte sich rechtzeitig mit Nvidias A100-Chips eingedeckt. Daraus wurden zwei Supercomputer:\n\n| Rechner | Kosten in Yuan |\n|---|---|\n| Fire-Flyer I | 200 Mio. |\n| Fire-Flyer II | eine Milliarde |\n\n';
const ENGLISH_TABLE = '# I took DeepSeek R1 for a spin\n\n## The hardware question\n\nLiang Wenfeng stocked up on Nvidia\'s A100 chips in time. They went into two supercomputers:\n\n| Machine | Cost in yuan |\n|---|---|\n| Fire-Flyer I | 200 million |\n| Fire-Flyer II | one billion |\n\n';
const GERMAN_MOVERS = '# DeepSeek R1 und die Börse\n\n| Aktie | Veränderung am 27. Januar 2025 |\n|---|---|\n| Nvidia | −7,82 % |\n| Microsoft | −3,75 % |\n| Broadcom | −6,58 % |\n\n';
const ENGLISH_MOVERS = '# DeepSeek R1 and the market\n\n| Stock | Change on January 27, 2025 |\n|---|---|\n| Nvidia | −7.82% |\n| Microsoft | −3.75% |\n| Broadcom | −6.58% |\n\n';

describe('the paragraph after a table carries all the table\'s names, not only its last cell\'s', () => {
  test('German: „Der zweite Rechner hat also das Fünffache des ersten gekostet“ after a table of the two is their ratio, not R1\'s training-cost ratio', () => {
    assert.deepEqual(codesOn(`${GERMAN_TABLE}Der zweite Rechner hat also das Fünffache des ersten gekostet.\n`, 'Fünffache'), []);
    assert.deepEqual(codesOn(`${GERMAN_TABLE}Der zweite Rechner hat also das Zehnfache des ersten gekostet.\n`, 'Zehnfache'), ['figure-mismatch']);
  });

  test('English: "So the second machine cost five times as much as the first" after a table of the two is their ratio', () => {
    assert.deepEqual(codesOn(`${ENGLISH_TABLE}So the second machine cost five times as much as the first.\n`, 'five times'), []);
    assert.deepEqual(codesOn(`${ENGLISH_TABLE}So the second machine cost ten times as much as the first.\n`, 'ten times'), ['figure-mismatch']);
  });

  test('a sentence after the table that names its subject keeps it: „Fire-Flyer II kostete das Zehnfache von Fire-Flyer I“, "Fire-Flyer II cost ten times as much as Fire-Flyer I"', () => {
    assert.deepEqual(codesOn(`${GERMAN_TABLE}Fire-Flyer II kostete das Zehnfache von Fire-Flyer I.\n`, 'Zehnfache'), ['figure-mismatch']);
    assert.deepEqual(codesOn(`${ENGLISH_TABLE}Fire-Flyer II cost ten times as much as Fire-Flyer I.\n`, 'ten times'), ['figure-mismatch']);
  });

  test('the title\'s model stays the subject of a sentence about it after a table of share moves: „Das Training kostete nur 5,6 Millionen Dollar“, "Training cost just $5.6 million"', () => {
    assert.deepEqual(codesOn(`${GERMAN_MOVERS}Das Training von R1 kostete nur 5,6 Millionen Dollar.\n`, '5,6 Millionen Dollar'), []);
    assert.deepEqual(codesOn(`${ENGLISH_MOVERS}Training R1 cost just $5.6 million.\n`, '$5.6 million'), []);
    assert.deepEqual(codesOn(`${GERMAN_MOVERS}Der Nasdaq 100 sackte am selben Tag um 3 Prozent ab.\n`, '3 Prozent'), []);
    assert.deepEqual(codesOn(`${ENGLISH_MOVERS}The Nasdaq 100 slid 3% that day.\n`, '3%'), []);
  });

  test('an infobox under an entry heading leaves the entry the heading\'s: "It was released alongside six smaller versions", „Es erschien mit sechs kleineren Versionen“', () => {
    const english = '## DeepSeek R1\n\n| DeepSeek R1 | |\n|---|---|\n| Developer | DeepSeek |\n| HumanEval | 92% |\n| MATH-500 | 85% |\n\nThe company trained it on Nvidia H800 chips. It was released alongside six smaller versions that run on laptops.\n';
    assert.deepEqual(codesOn(english, 'six'), []);
    const german = '## DeepSeek R1\n\n| DeepSeek R1 | |\n|---|---|\n| Entwickler | DeepSeek |\n| HumanEval | 92 % |\n| MATH-500 | 85 % |\n\nTrainiert wurde es auf Nvidias H800-Chips. Es erschien zusammen mit sechs kleineren Versionen, die auf Laptops laufen.\n';
    assert.deepEqual(codesOn(german, 'sechs'), []);
  });
});
