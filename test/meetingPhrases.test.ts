import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { codesOn } from './support/codesOn';
import { warningsWithFixes } from './support/warningsWithFixes';

describe('a meeting told by how it was held is the meeting the sources date', () => {
  test('German: „Liang kam am 19. Januar mit Premierminister Li Qiang zusammen“, „ist … zusammengekommen“ contradict the meeting of 20 January', () => {
    assert.deepEqual(codesOn('Liang kam am 19. Januar mit Premierminister Li Qiang zusammen.', '19. Januar'), ['date-mismatch']);
    assert.deepEqual(codesOn('Am 19. Januar ist Liang mit Premierminister Li Qiang zusammengekommen.', '19. Januar'), ['date-mismatch']);
    assert.deepEqual(codesOn('Liang kam am 20. Januar mit Premierminister Li Qiang zusammen.', '20. Januar'), []);
  });

  test('English: "Liang held talks with Premier Li Qiang", "sat at the table with" on January 19 contradict the meeting of 20 January', () => {
    assert.deepEqual(codesOn('On January 19, Liang held talks with Premier Li Qiang.', 'January 19'), ['date-mismatch']);
    assert.deepEqual(codesOn('On January 19, Liang sat at the table with Premier Li Qiang.', 'January 19'), ['date-mismatch']);
    assert.deepEqual(codesOn('On January 20, Liang held talks with Premier Li Qiang.', 'January 20'), []);
  });

  test('a gathering of others is no such meeting: „Am 19. Januar kam das Team von DeepSeek zusammen, um …“, "held talks with investors" are only unsourced', () => {
    assert.deepEqual(codesOn('Am 19. Januar kam das Team von DeepSeek zusammen, um die Server vorzubereiten.', '19. Januar'), ['unsourced-figure']);
    assert.deepEqual(codesOn('On January 19, DeepSeek\'s team held talks with investors.', 'January 19'), ['unsourced-figure']);
  });
});

describe('„setzten sich … zusammen“ and "was received by" are meetings too', () => {
  test('German: „Liang und Premierminister Li Qiang setzten sich am 19. Januar zusammen.“ contradicts the meeting of 20 January; the 20th is borne out', () => {
    assert.deepEqual(codesOn('Liang und Premierminister Li Qiang setzten sich am 19. Januar zusammen.', '19. Januar'), ['date-mismatch']);
    assert.deepEqual(codesOn('Liang und Premierminister Li Qiang setzten sich am 20. Januar zusammen.', '20. Januar'), []);
  });
  test('English: "Liang was received by Premier Li Qiang on January 19." contradicts the meeting of 20 January; the 20th is borne out', () => {
    assert.deepEqual(codesOn('Liang was received by Premier Li Qiang on January 19.', 'January 19'), ['date-mismatch']);
    assert.deepEqual(codesOn('Liang was received by Premier Li Qiang on January 20.', 'January 20'), []);
  });
});

describe('„empfängt“ in the present of a subtitle or a script, and "sat with", are meetings too', () => {
  test('German: „Am 21. Januar empfängt Premier Li Qiang den Gründer Liang.“ contradicts the meeting of 20 January, with its fix; the 20th is borne out', () => {
    assert.deepEqual(warningsWithFixes('Am 21. Januar empfängt Premier Li Qiang den Gründer Liang.'), [{ code: 'date-mismatch', text: '21. Januar', fix: '20. Januar' }]);
    assert.deepEqual(warningsWithFixes('Am 20. Januar empfängt Premier Li Qiang den Gründer Liang.'), []);
  });
  test('English: "On January 21, Liang sat with Premier Li Qiang." contradicts the meeting of 20 January, with its fix; the 20th is borne out', () => {
    assert.deepEqual(warningsWithFixes('On January 21, Liang sat with Premier Li Qiang.'), [{ code: 'date-mismatch', text: 'January 21', fix: 'January 20' }]);
    assert.deepEqual(warningsWithFixes('On January 20, Liang sat with Premier Li Qiang.'), []);
  });
  test('the firm receiving students, its team sitting with investors, are no such meeting: only unsourced', () => {
    assert.deepEqual(codesOn('Am 21. Januar empfängt DeepSeek in Hangzhou eine Gruppe von Studenten.', '21. Januar'), ['unsourced-figure']);
    assert.deepEqual(codesOn('On January 21, DeepSeek\'s team sat with investors.', 'January 21'), ['unsourced-figure']);
  });
});
