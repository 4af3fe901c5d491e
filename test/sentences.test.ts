import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitSentences } from '../server/src/core';

const split = (text: string) => splitSentences({ text, offsets: Array.from({ length: text.length + 1 }, (_, i) => i + 100) });

describe('sentence splitting', () => {
  test('German abbreviations and ordinal dates do not end a sentence', () => {
    assert.deepEqual(split('Es kostete ca. 26 Mio. Euro, z. B. für Nr. 3 am 27. Januar 2025. Dann fiel die Aktie.').map((s) => s.text), [
      'Es kostete ca. 26 Mio. Euro, z. B. für Nr. 3 am 27. Januar 2025.',
      'Dann fiel die Aktie.',
    ]);
  });
  test('a footnote marker before a capital does end a scraped sentence', () => {
    assert.deepEqual(split('Das überzeugt 18. Im HumanEval-Benchmark erreicht es 92 %.').map((s) => s.text), ['Das überzeugt 18.', 'Im HumanEval-Benchmark erreicht es 92 %.']);
  });
  test('a Markdown footnote reference after the period ends the sentence and stays with it', () => {
    const marker = '\uFFFC'; // how parseMarkdown leaves "[^1]" in the prose
    assert.deepEqual(split(`Der Nasdaq 100 fiel um 3 %.${marker} Microsoft verlor 3,75 %.`).map((s) => s.text), [`Der Nasdaq 100 fiel um 3 %.${marker}`, 'Microsoft verlor 3,75 %.']);
    assert.deepEqual(split(`The Nasdaq 100 fell 3%.${marker} Microsoft lost 3.75%.`).map((s) => s.text), [`The Nasdaq 100 fell 3%.${marker}`, 'Microsoft lost 3.75%.']);
  });
  test('a footnote mark left as text ("[^1]", a note the parser has not seen defined) after the period ends the sentence and stays with it', () => {
    assert.deepEqual(split('Der Nasdaq 100 fiel um 3 %.[^1] Microsoft verlor 3,75 %.').map((s) => s.text), ['Der Nasdaq 100 fiel um 3 %.[^1]', 'Microsoft verlor 3,75 %.']);
    assert.deepEqual(split('The Nasdaq 100 had risen 25% over 2024.[^note-3] Microsoft lost 3.75%.').map((s) => s.text), ['The Nasdaq 100 had risen 25% over 2024.[^note-3]', 'Microsoft lost 3.75%.']);
    // A bracket that is no footnote mark glued to the period still keeps the sentence open.
    assert.deepEqual(split('Es kostete 5,6 Mio.[sic] Dollar.').map((s) => s.text), ['Es kostete 5,6 Mio.[sic] Dollar.']);
  });
  test('a closing quote stays with its sentence', () => {
    assert.deepEqual(split('Er sagte: „Das ist neu.“ Dann ging er.').map((s) => s.text), ['Er sagte: „Das ist neu.“', 'Dann ging er.']);
  });
  test('English: decimals, Mr. and U.S. do not split', () => {
    assert.deepEqual(split('Mr. Liang spent $5.6 million in the U.S. market. It worked!').map((s) => s.text), ['Mr. Liang spent $5.6 million in the U.S. market.', 'It worked!']);
  });
  test('German: each line of a chat export opens a sentence, though the one before ends without a full stop', () => {
    assert.deepEqual(split('[27.01.25, 14:03] Anna K.: Nvidia -7,82 % 😱\n[27.01.25, 14:04] Jonas B.: Nasdaq 100 ca. 3 % im Minus').map((s) => s.text), [
      '[27.01.25, 14:03] Anna K.: Nvidia -7,82 % 😱', '[27.01.25, 14:04] Jonas B.: Nasdaq 100 ca. 3 % im Minus']);
    assert.deepEqual(split('27.01.25, 14:03 - Anna K.: Nvidia -7,82 %\n27.01.25, 14:04 - Jonas B.: Microsoft -3,75 %').map((s) => s.text), [
      '27.01.25, 14:03 - Anna K.: Nvidia -7,82 %', '27.01.25, 14:04 - Jonas B.: Microsoft -3,75 %']);
  });
  test('English: each line of a chat export opens a sentence', () => {
    assert.deepEqual(split('[1/27/25, 2:03 PM] Ann: Nvidia fell 7.82%\n[1/27/25, 2:04 PM] Ben: and Microsoft 3.75%').map((s) => s.text), [
      '[1/27/25, 2:03 PM] Ann: Nvidia fell 7.82%', '[1/27/25, 2:04 PM] Ben: and Microsoft 3.75%']);
  });
  test('each line of a feed or a shift log stamped with its time opens a sentence, in a paragraph that opens with a stamp', () => {
    assert.deepEqual(split("07:12 *CHINA'S DEEPSEEK R1 SPURS SELLOFF IN AI-LINKED CHIPMAKERS PREMARKET\n07:15 *R1 SCORES 92% ON HUMANEVAL, 82% ON MATH-500").map((s) => s.text), [
      "07:12 *CHINA'S DEEPSEEK R1 SPURS SELLOFF IN AI-LINKED CHIPMAKERS PREMARKET", '07:15 *R1 SCORES 92% ON HUMANEVAL, 82% ON MATH-500']);
    assert.deepEqual(split('14:03 Uhr Nvidia -7,82 % nach Handelsbeginn\n14:10 Uhr Nasdaq 100 rund 3 % im Minus').map((s) => s.text), [
      '14:03 Uhr Nvidia -7,82 % nach Handelsbeginn', '14:10 Uhr Nasdaq 100 rund 3 % im Minus']);
    assert.deepEqual(split('[09:41] Nvidia down 7.82%\n[09:45] Microsoft down 3.75%').map((s) => s.text), ['[09:41] Nvidia down 7.82%', '[09:45] Microsoft down 3.75%']);
  });
  test('a line of wrapped prose that opens with a time stays in its sentence', () => {
    assert.deepEqual(split('The call with analysts began at\n10:30 and ended at noon. Nvidia fell 7.82%.').map((s) => s.text), ['The call with analysts began at\n10:30 and ended at noon.', 'Nvidia fell 7.82%.']);
    assert.deepEqual(split('Die Sitzung begann um\n10:30 Uhr und endete mittags.').map((s) => s.text), ['Die Sitzung begann um\n10:30 Uhr und endete mittags.']);
  });
  test('a line break in prose, or a date and time inside a line, opens no sentence', () => {
    assert.deepEqual(split('Nvidia fiel am 27. Januar\num 7,82 %. R1 kam am 20. Januar.').map((s) => s.text), ['Nvidia fiel am 27. Januar\num 7,82 %.', 'R1 kam am 20. Januar.']);
    assert.deepEqual(split('Nvidia fell, as the wires put it\n[1/27/25, 2:03 PM], 7.82%.').map((s) => s.text), ['Nvidia fell, as the wires put it\n[1/27/25, 2:03 PM], 7.82%.']);
  });
  test('German: „zw.“ (zwischen) ends no sentence, before a number or a name', () => {
    assert.deepEqual(split('Schätzungen lt. MIT Technology Review: zw. 10.000 und 50.000 A100. Dann kam R1.').map((s) => s.text), [
      'Schätzungen lt. MIT Technology Review: zw. 10.000 und 50.000 A100.', 'Dann kam R1.']);
    assert.deepEqual(split('Der Abstand zw. Nvidia und Microsoft lag bei gut 4 Prozentpunkten.').map((s) => s.text), ['Der Abstand zw. Nvidia und Microsoft lag bei gut 4 Prozentpunkten.']);
  });
  test('English: a word ending in "zw" before a full stop still ends the sentence', () => {
    assert.deepEqual(split('The chip was code-named Hrzw. Nvidia fell 7.82%.').map((s) => s.text), ['The chip was code-named Hrzw.', 'Nvidia fell 7.82%.']);
  });
  test('a footnote or margin number cited as "n. 3", "nn. 3 and 4", „Rn. 42“ does not end a sentence; "n." before a capital may', () => {
    assert.deepEqual(split('As set forth in n. 3 and ¶ 50, the Founder acquired A100 chips. See nn. 3 and 4.').map((s) => s.text), ['As set forth in n. 3 and ¶ 50, the Founder acquired A100 chips.', 'See nn. 3 and 4.']);
    assert.deepEqual(split('Vgl. Rn. 42 und Fn. 7 zur Gründung. Sie erfolgte im Juli 2023.').map((s) => s.text), ['Vgl. Rn. 42 und Fn. 7 zur Gründung.', 'Sie erfolgte im Juli 2023.']);
    assert.deepEqual(split('The variable is called n. The model has 40 layers.').map((s) => s.text), ['The variable is called n.', 'The model has 40 layers.']);
  });
  test('offsets map back into the document', () => {
    const [, second] = split('Eins. Zwei drei.');
    assert.deepEqual({ start: second.start, end: second.end }, { start: 106, end: 116 });
  });
});
