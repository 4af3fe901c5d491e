import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { germanDraft as de, misattributedFindings as misattributed } from './support/misattributedSpeakers';

const puttagunta = (who: string) => `The source attributes this statement to Chetan Puttagunta (Branchenexperte), not ${who}.`;
const knowledge = 'dieses Wissen würde es der Konkurrenz ermöglichen, schnell nachzuziehen.';

// The source: „Wohl nicht ohne Grund, denn genau dieses Wissen würde es der Konkurrenz ermöglichen, schnell nachzuziehen,
// wie Branchenexperte Chetan Puttagunta zu Bedenken gibt.“ — a frame after the statement, and a litotes before it.
describe('reported speech whose source frames it after the statement: „…, wie X zu Bedenken gibt“', () => {
  test('German: „X gibt zu bedenken, …“, „Laut X …“ and „…, wie X betont“ give Puttagunta\'s warning to another person', () => {
    assert.deepEqual(misattributed(de(`Thomas Qitong Cao gibt zu bedenken, ${knowledge}`)), [{ text: 'Thomas Qitong Cao', fix: 'Chetan Puttagunta', message: puttagunta('Thomas Qitong Cao') }]);
    assert.deepEqual(misattributed(de(`Laut Zihan Wang würde genau ${knowledge}`)), [{ text: 'Zihan Wang', fix: 'Chetan Puttagunta', message: puttagunta('Zihan Wang') }]);
    assert.deepEqual(misattributed(de(`Genau ${knowledge.replace(/\.$/, '')}, wie Matt Sheehan betont.`)), [{ text: 'Matt Sheehan', fix: 'Chetan Puttagunta', message: puttagunta('Matt Sheehan') }]);
  });
  test('English: "…, as X warns" frames a statement as the German source does', () => {
    assert.deepEqual(misattributed('The export restrictions forced the company into innovative solutions, as Matt Sheehan warns.').map((f) => [f.text, f.fix]), [['Matt Sheehan', 'Zihan Wang']]);
  });
  test('the right person, a frame that is no saying, or a denied statement raise nothing', () => {
    assert.deepEqual(misattributed(de(`Chetan Puttagunta gibt zu bedenken, ${knowledge}`)), []);
    assert.deepEqual(misattributed(de(`Genau ${knowledge.replace(/\.$/, '')}, wie Matt Sheehan befürchtet.`)), []);
    assert.deepEqual(misattributed(de(`Thomas Qitong Cao gibt zu bedenken, dieses Wissen würde es der Konkurrenz nicht ermöglichen, schnell nachzuziehen.`)), []);
    // A denial that is no litotes still denies: „nicht ohne Weiteres“ is "not readily".
    assert.deepEqual(misattributed(de('Laut Thomas Qitong Cao würde dieses Wissen es der Konkurrenz nicht ohne Weiteres ermöglichen, schnell nachzuziehen.')), []);
  });
});
