import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft } from '../server/src/core';
import { bundledIndex } from './support/fixtures';
import { warningsWithFixes as warnings } from './support/warningsWithFixes';

// An automatic transcript writes every word in lower case ("nvidia closed down …", "stacey rasgon"): in a block so
// written, the names the sources know are read as the sources write them, so its figures have their owner and a
// misspelt name its catch. An ordinary word never becomes a name, and a block with capitals keeps the writer's casing.
describe('names the sources know, in a block written in lower case', () => {
  const idx = bundledIndex();
  const en = (body: string) => `---\nlang: en\n---\n\n# Desk notes\n\n${body}\n`;
  const de = (body: string) => `---\nlang: de\n---\n\n# Notizen\n\n${body}\n`;

  test('true figures of a lower-case name are borne out, in English and German, under a speaker label, in a list, in a block quote', () => {
    assert.deepEqual(warnings(en('**Speaker 1** 0:10\nso nvidia closed down seven point eight two percent on the day and microsoft was down three point seven five percent')), []);
    assert.deepEqual(warnings(en('and the training of deepseek r1 cost five point six million dollars which is what they say')), []);
    assert.deepEqual(warnings(en('**Speaker 5** 0:50\nthe founder liang wenfeng is forty and he set up deepseek in july 2023 in hangzhou')), []);
    assert.deepEqual(warnings(de('**Sprecher 1** 0:10\nalso nvidia hat am tag sieben komma acht zwei prozent verloren und microsoft drei komma sieben fünf prozent')), []);
    assert.deepEqual(warnings(de('das training von deepseek r1 hat 5,6 millionen dollar gekostet sagen sie jedenfalls')), []);
  });

  test('a wrong value of a lower-case name keeps its catch with the right code, in English and German', () => {
    assert.deepEqual(warnings(en('**Speaker 2** 0:20\nso nvidia closed down seventeen point eight two percent on the day and microsoft was down three point seven five percent')).map((w) => [w.code, w.text]), [
      ['figure-mismatch', 'seventeen point eight two percent'],
    ]);
    assert.deepEqual(warnings(en('and the training of deepseek r1 cost five point six billion dollars which is what they say')).map((w) => [w.code, w.text]), [
      ['scale-mismatch', 'five point six billion dollars'],
    ]);
    assert.deepEqual(warnings(en('**Speaker 6** 1:00\nthe founder liang wenfeng is forty five and he set up deepseek in july 2022 in hangzhou')).map((w) => [w.code, w.text]), [
      ['figure-mismatch', 'forty five'],
      ['date-mismatch', 'july 2022'],
    ]);
    assert.deepEqual(warnings(en('**Speaker 11** 1:50\n- broadcom fell sixteen point five eight percent on the day')).map((w) => [w.code, w.text]), [
      ['figure-mismatch', 'sixteen point five eight percent'],
    ]);
    assert.deepEqual(warnings(en('**Speaker 12** 1:55\n> and then broadcom fell three point seven five percent on the day')).map((w) => [w.code, w.text]), [
      ['figure-mismatch', 'three point seven five percent'],
    ]);
    assert.deepEqual(warnings(de('**Sprecher 2** 0:20\nalso nvidia hat am tag siebzehn komma acht zwei prozent verloren und microsoft drei komma sieben fünf prozent')).map((w) => [w.code, w.text]), [
      ['figure-mismatch', 'siebzehn komma acht zwei prozent'],
    ]);
    assert.deepEqual(warnings(de('der gründer liang wenfeng ist 40 jahre alt und hat deepseek im juli 2022 gegründet')).map((w) => [w.code, w.text]), [
      ['date-mismatch', 'juli 2022'],
    ]);
  });

  test('a misspelt given name before a known family name is a name-spelling with the sources\' spelling', () => {
    assert.deepEqual(warnings(en('**Speaker 7** 1:10\nthe analyst stacy rasgon at bernstein said the panic is overdone and stacey rasgon is right')), [
      { code: 'name-spelling', text: 'stacey rasgon', fix: 'Stacy Rasgon' },
    ]);
    assert.deepEqual(warnings(de('und stacey rasgon von bernstein meint die panik sei übertrieben und das ist alles')), [
      { code: 'name-spelling', text: 'stacey rasgon', fix: 'Stacy Rasgon' },
    ]);
  });

  test('an ordinary word never becomes a name, and a block with capitals keeps the writer\'s casing', () => {
    const names = (text: string) => analyzeDraft(text, idx).names.map((n) => text.slice(n.span.start, n.span.end));
    assert.deepEqual(names(en('that will trump everything and apple pie is nice and meta data is fine and the open source crowd loves it')), []);
    assert.deepEqual(names(de('das ist mit open source gemacht und mit einem large language model das alles kann')), []);
    // A line of ordinary prose without a capital, inside a paragraph that has them, is no lower-case block.
    assert.deepEqual(names(en('Analysts said on Monday that the fall of\nnvidia was overdone, and that\nthe market would recover.')), []);
  });
});
