import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end), ...(f.fix ? { fix: f.fix.newText } : {}) }));
}
const dateFindings = (text: string) => findings(text).filter((f) => f.code === 'date-mismatch');
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;

describe('a sentence of happening that points back („Das ereignete sich 2016.“, "It took place in 2016.") dates the event told just before it', () => {
  test('German: „ereignete sich“, „fand … statt“ and „Es geschah“ after the founding of High-Flyer are contradicted with 2015; 2015 is backed', () => {
    const founding = 'Liang Wenfeng gründete mit zwei Ingenieuren den Hedgefonds High-Flyer.';
    for (const pointer of ['Das ereignete sich 2016.', 'Das fand 2016 statt.', 'Es geschah 2016.', 'Dies passierte 2016.']) {
      assert.deepEqual(findings(`${founding} ${pointer}\n`), [{ code: 'date-mismatch', text: '2016', fix: '2015' }], pointer);
      assert.deepEqual(findings(`${founding} ${pointer.replace('2016', '2015')}\n`), [], pointer);
    }
  });
  test('English: "It happened", "This occurred", "That took place" after the founding of High-Flyer are contradicted with 2015; 2015 is backed', () => {
    const founding = 'Liang Wenfeng set up the hedge fund High-Flyer with two other engineers.';
    for (const pointer of ['It happened in 2016.', 'This occurred in 2016.', 'That took place in 2016.', 'It took place in 2016.']) {
      assert.deepEqual(findings(english(`${founding} ${pointer}`)), [{ code: 'date-mismatch', text: '2016', fix: '2015' }], pointer);
      assert.deepEqual(findings(english(`${founding} ${pointer.replace('2016', '2015')}`)), [], pointer);
    }
  });
  test('German and English guard: "It was …" and „Es fand … ein Treffen statt“ tell an event of their own; a sentence that dates its own event keeps it', () => {
    // "It was in 2016 that he …", „Es war 2016, als er …“: "it" with "was" is no pointer, the sentence tells an event of
    // its own after the founding of High-Flyer, so its year is unsourced, not the founding's wrong year.
    const founding = 'Liang Wenfeng set up the hedge fund High-Flyer with two other engineers.';
    const gruendung = 'Liang Wenfeng gründete mit zwei Ingenieuren den Hedgefonds High-Flyer.';
    assert.deepEqual(findings(english(`${founding} It was a busy year for him in 2016.`)), [{ code: 'unsourced-figure', text: '2016' }]);
    assert.deepEqual(findings(english(`${founding} It was in 2016 that he first read about deep learning.`)), [{ code: 'unsourced-figure', text: '2016' }]);
    assert.deepEqual(findings(`${gruendung} Es war 2016, als er zum ersten Mal von Deep Learning las.\n`), [{ code: 'unsourced-figure', text: '2016' }]);
    // „Es fand 2016 ein Treffen statt“: an expletive „es“ before an event that is named after the verb.
    assert.deepEqual(findings(`${gruendung} Es fand 2016 eine Feier statt.\n`), [{ code: 'unsourced-figure', text: '2016' }]);
    assert.deepEqual(findings(`${gruendung} Es fand 2016 ein erstes Treffen mit Investoren statt.\n`), [{ code: 'unsourced-figure', text: '2016' }]);
    // The sentence before dates its own event: the pointer's year is another one.
    assert.deepEqual(dateFindings('Liang Wenfeng gründete 2015 den Hedgefonds High-Flyer. Es geschah 2016 noch einmal, mit einem zweiten Fonds.\n'), []);
    assert.deepEqual(dateFindings(english('Liang Wenfeng set up High-Flyer in 2015. It happened again in 2016 with a second fund.')), []);
  });
});

describe('a pointer may take "all" before its verb („Das alles geschah 2016.“, "This all happened in 2016.")', () => {
  test('German: „Das alles geschah 2016.“, „Das alles war 2016.“ after the founding of High-Flyer are contradicted with 2015; 2015 is backed', () => {
    const founding = 'Liang Wenfeng gründete mit zwei Ingenieuren den Hedgefonds High-Flyer.';
    for (const pointer of ['Das alles geschah 2016.', 'Das alles war 2016.']) {
      assert.deepEqual(findings(`${founding} ${pointer}\n`), [{ code: 'date-mismatch', text: '2016', fix: '2015' }], pointer);
      assert.deepEqual(findings(`${founding} ${pointer.replace('2016', '2015')}\n`), [], pointer);
    }
  });
  test('English: "This all happened in 2016." and "It all took place in 2016." are contradicted with 2015; 2015 is backed', () => {
    const founding = 'Liang Wenfeng set up the hedge fund High-Flyer with two other engineers.';
    for (const pointer of ['This all happened in 2016.', 'It all took place in 2016.']) {
      assert.deepEqual(findings(english(`${founding} ${pointer}`)), [{ code: 'date-mismatch', text: '2016', fix: '2015' }], pointer);
      assert.deepEqual(findings(english(`${founding} ${pointer.replace('2016', '2015')}`)), [], pointer);
    }
  });
});
