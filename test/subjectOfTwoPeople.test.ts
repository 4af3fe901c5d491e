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
});
