import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { germanDraft as de, misattributedSpeakers as misattributed } from './support/misattributedSpeakers';

const SHEEHAN_DE = '„DeepSeek war nicht der ‚Auserwählte‘ unter den chinesischen KI-Start-ups“, sagte er.';
const SHEEHAN_EN = '"DeepSeek was not the \'chosen one\' among Chinese AI start-ups," he said.';

describe('"he said" after a sentence that names two people: the subject who opens that sentence speaks', () => {
  test('German: „Cao stritt in dieser Woche mit Sheehan über die Chips. „…“, sagte er.“ gives Sheehan\'s quotation to Cao', () => {
    assert.deepEqual(misattributed(de(`Cao stritt in dieser Woche mit Sheehan über die Chips. ${SHEEHAN_DE}`)), [['Cao', 'Matt Sheehan']]);
    assert.deepEqual(misattributed(de(`Thomas Qitong Cao von der Tufts University widersprach Sheehan. ${SHEEHAN_DE}`)), [['Thomas Qitong Cao', 'Matt Sheehan']]);
  });
  test('English: "Puttagunta, meanwhile, argued with Sheehan about the chips. "…," he said." gives Sheehan\'s quotation to Puttagunta', () => {
    assert.deepEqual(misattributed(`Puttagunta, meanwhile, argued with Sheehan about the chips. ${SHEEHAN_EN}`), [['Puttagunta', 'Matt Sheehan']]);
    assert.deepEqual(misattributed(`Thomas Qitong Cao of Tufts University took issue with Sheehan that week. ${SHEEHAN_EN}`), [['Thomas Qitong Cao', 'Matt Sheehan']]);
  });
  test('German, no subject clear: a lead before the first name, two people as the subject, a subject who hands the word on; the right subject', () => {
    assert.deepEqual(misattributed(de(`Nach einem Gespräch mit Cao meldete sich Sheehan zu Wort. ${SHEEHAN_DE}`)), []);
    assert.deepEqual(misattributed(de(`Nach einem Gespräch mit Sheehan meldete sich Cao zu Wort. ${SHEEHAN_DE}`)), []);
    assert.deepEqual(misattributed(de(`Cao und Sheehan stritten über die Chips. ${SHEEHAN_DE}`)), []);
    assert.deepEqual(misattributed(de(`Cao verwies auf Sheehan. ${SHEEHAN_DE}`)), []);
    assert.deepEqual(misattributed(de(`Sheehan stritt in dieser Woche mit Cao über die Chips. ${SHEEHAN_DE}`)), []);
  });
  test('English, no subject clear: a lead, two people as the subject, a subject who hands the word on; the right subject', () => {
    assert.deepEqual(misattributed(`After talking to Sheehan, Cao weighed in. ${SHEEHAN_EN}`), []);
    assert.deepEqual(misattributed(`Cao and Sheehan argued about the chips. ${SHEEHAN_EN}`), []);
    assert.deepEqual(misattributed(`Cao turned to Sheehan. ${SHEEHAN_EN}`), []);
    assert.deepEqual(misattributed(`Sheehan, meanwhile, argued with Cao about the chips. ${SHEEHAN_EN}`), []);
  });
  test('German, the first name is not the subject: a genitive on it, a title before the second, a postposition, a clause of its own', () => {
    const rasgon = '„DeepSeek verwendet bekannte Technologien“, sagte er.';
    assert.deepEqual(misattributed(de(`Sheehans Kollege Stacy Rasgon blieb gelassen. ${rasgon}`)), []);
    assert.deepEqual(misattributed(de(`Liang Wenfengs früherer Mitarbeiter Zihan Wang lobte das Team. „Das Team verwandelte die Hardware-Herausforderung in eine Chance für Innovation“, sagte er.`)), []);
    assert.deepEqual(misattributed(de(`Trumps Berater Marc Andreessen war begeistert. „Der spektakulärste Durchbruch, den ich je gesehen habe“, sagte er.`)), []);
    assert.deepEqual(misattributed(de(`Trump-Berater Marc Andreessen war begeistert. „Der spektakulärste Durchbruch, den ich je gesehen habe“, sagte er.`)), []);
    assert.deepEqual(misattributed(de(`Sheehan gegenüber zeigte sich Stacy Rasgon gelassen. ${rasgon}`)), []);
    assert.deepEqual(misattributed(de(`Sheehan hörte zu, während Stacy Rasgon die Zahlen erklärte. ${rasgon}`)), []);
  });
  test('English, the first name is not the subject: a possessive on it, a title before the second, a postposition, a clause of its own', () => {
    const rasgon = '"DeepSeek uses well-known technologies," he said.';
    assert.deepEqual(misattributed(`Sheehan's colleague Stacy Rasgon stayed calm. ${rasgon}`), []);
    assert.deepEqual(misattributed(`Liang Wenfeng's former employee Zihan Wang praised the team. "The team turned the hardware challenge into an opportunity for innovation," he said.`), []);
    assert.deepEqual(misattributed(`Trump's adviser Marc Andreessen was thrilled. "The most spectacular breakthrough I have ever seen," he said.`), []);
    assert.deepEqual(misattributed(`Trump adviser Marc Andreessen was thrilled. "The most spectacular breakthrough I have ever seen," he said.`), []);
    assert.deepEqual(misattributed(`Sheehan aside, Stacy Rasgon stayed calm. ${rasgon}`), []);
    assert.deepEqual(misattributed(`Sheehan listened while Stacy Rasgon went through the numbers. ${rasgon}`), []);
  });
});
