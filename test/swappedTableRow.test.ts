import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const inconsistent = (text: string) =>
  runRules(analyzeDraft(text, index), index)
    .filter((f) => f.code === 'draft-inconsistency')
    .map((f) => [text.slice(f.start, f.end), f.message]);
const fixes = (text: string) =>
  runRules(analyzeDraft(text, index), index)
    .filter((f) => f.code === 'draft-inconsistency')
    .map((f) => f.fix?.newText);
const table = (label: string, value: string, header = '| Posten | Zahl |') => `\n\n${header}\n|---|---|\n| ${label} | ${value} |\n`;

describe('a table row whose words the text says, with the sum or share of that sentence in other digits, contradicts it', () => {
  test('German: „Haushaltsansatz von 84.000 Euro“ and the row „Haushaltsansatz Orgel | 48.000 Euro“, „47 Prozent … KI für Hausaufgaben“ and „KI für Hausaufgaben | 74 %“', () => {
    assert.deepEqual(inconsistent(`Unsere Gemeinde hat für die Orgel einen Haushaltsansatz von 84.000 Euro.${table('Haushaltsansatz Orgel', '48.000 Euro')}`), [
      ['48.000 Euro', '48.000 Euro contradicts 84.000 Euro earlier in this draft.'],
    ]);
    // Split over two lines and in bold, the row still restates the sentence.
    assert.deepEqual(inconsistent(`47 Prozent der Schüler nutzen KI für\nHausaufgaben.${table('**KI für Hausaufgaben**', '**74 %**', '| Frage | Anteil |')}`), [['74 %', '74 % contradicts 47 Prozent earlier in this draft.']]);
    // A unit in parentheses is no word of what the row is of.
    assert.deepEqual(inconsistent(`Das EBIT erreichte 9,7 Millionen Euro.${table('EBIT (Mio. €)', '7,9')}`), [['7,9', '7,9 contradicts 9,7 Millionen Euro earlier in this draft.']]);
  });

  test('the fix is the sentence\'s value written as the row writes it, also for two digits: „−4,2 %“, "$21,000"', () => {
    assert.deepEqual(fixes(`Unser Musterdepot Technologie gab am Montag 4,2 Prozent nach.${table('Musterdepot Technologie', '−2,4 %', '| Depot | Veränderung |')}`), ['−4,2 %']);
    assert.deepEqual(fixes(`Das EBIT erreichte 9,7 Millionen Euro.${table('EBIT (Mio. €)', '7,9')}`), ['9,7']);
    assert.deepEqual(fixes(`The district spends $21,000 on AI-related tools.${table('AI-related tools', '$12,000', '| Item | Figure |')}`), ['$21,000']);
  });

  test('German guard: another year, another part, a word the sentence does not say, a value stated beside it stay silent', () => {
    // The earlier value in the row's other column: the swapped one is the other year's.
    assert.deepEqual(inconsistent('Das EBIT erreichte 9,7 Millionen Euro.\n\n| | 2025 | 2024 |\n|---|---|---|\n| EBIT (Mio. €) | 9,7 | 7,9 |\n'), []);
    assert.deepEqual(inconsistent(`Der Haushaltsansatz von 84.000 Euro ist höher als die 48.000 Euro des Vorjahres.${table('Haushaltsansatz Vorjahr', '48.000 Euro')}`), []);
    assert.deepEqual(inconsistent(`Im Januar sagten 47 Prozent der Schüler, sie nutzen KI für Hausaufgaben.${table('KI für Hausaufgaben', '74 %', '| Frage | Juni 2025 |')}`), []);
    assert.deepEqual(inconsistent(`Davon ausgegeben sind bisher 84.000 Euro.${table('Haushaltsansatz', '48.000 Euro')}`), []);
    assert.deepEqual(inconsistent(`Unsere Gemeinde hat einen Haushaltsansatz von 84.000 Euro.${table('Haushaltsansatz Nachbargemeinde', '48.000 Euro')}`), []);
    assert.deepEqual(inconsistent(`Die Nachbargemeinde hat einen Haushaltsansatz von 84.000 Euro.${table('Haushaltsansatz', '48.000 Euro')}`), []);
    assert.deepEqual(inconsistent(`Andere Fonds verloren am Montag 4,2 Prozent.${table('Fonds', '−2,4 %', '| Fonds | Tag |')}`), []);
    assert.deepEqual(inconsistent(`47 Prozent der Schüler nutzen KI für Hausaufgaben. 74 Prozent der Lehrer sehen das kritisch.${table('Lehrer sehen KI kritisch', '47 %', '| Frage | Anteil |')}`), []);
    // Counts stay apart: 57 who voted of the 75 members who came.
    assert.deepEqual(inconsistent(`Bei der Mitgliederversammlung stimmten 57 Mitglieder zu.${table('Mitglieder bei der Versammlung', '75')}`), []);
  });

  test('English: "$21,000 goes to AI-related tools" and the row "of which AI-related tools | $12,000", "our portfolio fell 4.2 percent" and "Our portfolio | -2.4%"', () => {
    assert.deepEqual(inconsistent(`The district spends $118,000 a year on software licences, of which about $21,000 goes to AI-related tools.${table('of which AI-related tools', '$12,000', '| Item | Figure |')}`), [
      ['$12,000', '$12,000 contradicts $21,000 earlier in this draft.'],
    ]);
    assert.deepEqual(inconsistent(`Our portfolio fell 4.2 percent on Monday.${table('Our portfolio', '-2.4%', '| Fund | Move |')}`), [['-2.4%', '-2.4% contradicts 4.2 percent earlier in this draft.']]);
  });

  test('English guard: another year, a rise for a fall, a value stated elsewhere, another entity\'s sentence stay silent', () => {
    assert.deepEqual(inconsistent(`The district spends $21,000 on AI-related tools.${table('AI-related tools (next year)', '$12,000', '| Item | Figure |')}`), []);
    assert.deepEqual(inconsistent(`In 2024 we spent $21,000 on AI tools.${table('AI tools', '$12,000', '| Item | 2025 |')}`), []);
    assert.deepEqual(inconsistent(`In January, 47 percent of students said they use AI for homework.${table('AI for homework', '74%', '| Question | June 2025 |')}`), []);
assert.deepEqual(inconsistent(`Our portfolio fell 4.2 percent on Monday.${table('Our portfolio', '+2.4%', '| Fund | Move |')}`), []);
    assert.deepEqual(inconsistent(`The district spends $21,000 on AI-related tools. Our budget for AI is $12,000.${table('AI-related tools', '$12,000', '| Item | Figure |')}`), []);
    assert.deepEqual(inconsistent(`Nvidia fell 17 percent. Our portfolio fell 71 percent.${table('Portfolio', '-17%', '| Fund | Move |')}`), []);
    assert.deepEqual(inconsistent(`At the annual meeting, 57 members spoke.${table('Members at the meeting', '75', '| Item | Figure |')}`), []);
    assert.deepEqual(inconsistent(`Rival schools spend $21,000 on AI-related tools.${table('AI-related tools', '$12,000', '| Item | Figure |')}`), []);
  });

  // Withdrawn 058ec2f's counter-examples (review of session 57): the row's column header, the digits of its label, the
  // clause the label's words stand in, a plan against an actual, a part against the whole.
  test('German guard: a dated or scoped column, a numbered label, another item\'s clause, a plan, a part, a year the row lacks', () => {
    const orgel = 'Für die Orgel hat die Gemeinde in diesem Jahr einen Haushaltsansatz von 84.000 Euro.';
    assert.deepEqual(inconsistent(`${orgel}${table('Haushaltsansatz Orgel', '48.000 Euro', '| Posten | 2023 |')}`), []);
    assert.deepEqual(inconsistent(`---\ndate: 2025-03-01\n---\n\n${orgel}${table('Haushaltsansatz Orgel', '48.000 Euro', '| Posten | 2023 |')}`), []);
    assert.deepEqual(inconsistent(`${orgel}${table('Haushaltsansatz Orgel (2023)', '48.000 Euro')}`), []);
    assert.deepEqual(inconsistent(`${orgel}${table('Haushaltsansatz Orgel', '48.000 Euro', '| Posten | Vorjahr |')}`), []);
    assert.deepEqual(inconsistent(`In unserem Wahlkreis holten die Grünen 12 Prozent.${table('Grünen', '21 %', '| Partei | Bund |')}`), []);
    assert.deepEqual(inconsistent(`Die Dachreparatur kostet 21.000 Euro, die neue Heizung deutlich weniger.${table('Neue Heizung', '12.000 Euro', '| Posten | Betrag |')}`), []);
    assert.deepEqual(inconsistent(`Für KI-Werkzeuge haben wir 21.000 Euro eingeplant.${table('KI-Werkzeuge', '12.000 Euro', '| Posten | Betrag |')}`), []);
    assert.deepEqual(inconsistent(`Im Bezirk Nord gaben wir 21.000 Euro für KI-Werkzeuge aus.${table('KI-Werkzeuge gesamt', '12.000 Euro', '| Posten | Betrag |')}`), []);
    assert.deepEqual(inconsistent(`Im ersten Quartal gaben wir 21.000 Euro für KI-Werkzeuge aus.${table('KI-Werkzeuge Q2', '12.000 Euro', '| Posten | Betrag |')}`), []);
    assert.deepEqual(inconsistent(`Im Jahr 2024 gaben wir 21.000 Euro für KI-Werkzeuge aus.${table('KI-Werkzeuge', '12.000 Euro', '| Posten | Betrag |')}`), []);
    assert.deepEqual(inconsistent(`Im Vorjahr lag der Haushaltsansatz für die Orgel bei 84.000 Euro.${table('Haushaltsansatz Orgel', '48.000 Euro')}`), []);
  });

  test('German: the same row still contradicts its sentence in a list item, a block quote, bold wrapped over two lines, a „dass“ clause', () => {
    const row = table('Haushaltsansatz Orgel', '48.000 Euro', '| Posten | Zahl |');
    const want = [['48.000 Euro', '48.000 Euro contradicts 84.000 Euro earlier in this draft.']];
    assert.deepEqual(inconsistent(`- Für die Orgel hat die Gemeinde einen Haushaltsansatz von 84.000 Euro.${row}`), want);
    assert.deepEqual(inconsistent(`> Für die Orgel hat die Gemeinde einen Haushaltsansatz von 84.000 Euro.${row}`), want);
    assert.deepEqual(inconsistent(`Für die **Orgel** hat die Gemeinde einen\nHaushaltsansatz von **84.000 Euro**.${row}`), want);
    assert.deepEqual(inconsistent(`Im Januar sagten 47 Prozent der Schüler, dass sie KI für Hausaufgaben nutzen.${table('KI für Hausaufgaben', '74 %', '| Frage | Anteil |')}`), [['74 %', '74 % contradicts 47 Prozent earlier in this draft.']]);
    // „am vergangenen Sonntag“ is the day of the collection, no earlier period than the row's.
    assert.deepEqual(inconsistent(`Am vergangenen Sonntag kamen 1.214,50 Euro in die Kollekte.${table('Kollekte', '1.241,50 Euro')}`), [['1.241,50 Euro', '1.241,50 Euro contradicts 1.214,50 Euro earlier in this draft.']]);
  });

  test('English guard: a ward against the national column, the boiler after the roof, phase 2, a budget, a region, a whole, another quarter', () => {
    assert.deepEqual(inconsistent(`In our ward the Greens won 12 percent.${table('Greens', '21 %', '| Party | National |')}`), []);
    assert.deepEqual(inconsistent(`The roof repair costs $21,000, the new boiler far less.${table('New boiler', '$12,000', '| Item | Cost |')}`), []);
    assert.deepEqual(inconsistent(`The roof repair costs $21,000.${table('Roof repair, phase 2', '$12,000', '| Item | Amount |')}`), []);
    assert.deepEqual(inconsistent(`We budgeted $21,000 for AI tools.${table('AI tools', '$12,000', '| Item | Amount |')}`), []);
    assert.deepEqual(inconsistent(`In the north region we spent $21,000 on AI tools.${table('AI tools', '$12,000', '| Item | Amount |')}`), []);
    assert.deepEqual(inconsistent(`We spent $21,000 on AI tools.${table('AI tools, all regions', '$12,000', '| Item | Amount |')}`), []);
    assert.deepEqual(inconsistent(`The roof repair costs $21,000.${table('Roof repair', '$12,000', '| Item | Q3 |')}`), []);
    assert.deepEqual(inconsistent(`Last year the roof repair cost $21,000.${table('Roof repair', '$12,000', '| Item | Amount |')}`), []);
    assert.deepEqual(inconsistent(`In 2024 we spent $21,000 on the roof repair.${table('Roof repair', '$12,000', '| Item | Amount |')}`), []);
    assert.deepEqual(inconsistent(`The roof repair costs $21,000.\n\n| Item | Plan | Actual |\n|---|---|---|\n| Roof repair | $12,000 | $21,000 |\n`), []);
  });

  test('English: the same row still contradicts its sentence in a list item, a heading, bold wrapped over two lines, under the same year', () => {
    const row = table('Roof repair', '$12,000', '| Item | Amount |');
    const want = [['$12,000', '$12,000 contradicts $21,000 earlier in this draft.']];
    assert.deepEqual(inconsistent(`- The roof repair costs $21,000.${row}`), want);
    assert.deepEqual(inconsistent(`## The roof repair costs $21,000\n\nMore text here.${row}`), want);
    assert.deepEqual(inconsistent(`The **roof repair** costs\n$21,000 this spring.${table('**Roof repair**', '$12,000', '| Item | Amount |')}`), want);
    assert.deepEqual(inconsistent(`---\ndate: 2025-03-01\n---\n\nIn 2025 we spend $21,000 on AI tools.${table('AI tools', '$12,000', '| Item | 2025 |')}`), [['$12,000', '$12,000 contradicts $21,000 earlier in this draft.']]);
  });
});
