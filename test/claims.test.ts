import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, claimsOf, hoverAt } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
const claims = (text: string) => claimsOf(analyzeDraft(text, index), index).map((c) => [c.status, text.slice(c.start, c.end)]);

describe('claims', () => {
  test('English: supported, contradicted and unsourced sentences; headings and plain prose are no claims', () => {
    const text = [
      '# DeepSeek R1 and Nvidia',
      'Training DeepSeek R1 cost $5.6 million.',
      'Nvidia fell 8.72 percent.',
      'DeepSeek has 160 employees.',
      'Liang Wenfeng founded the hedge fund High-Flyer together with two other engineers.',
      'We will see what happens next.',
    ].join('\n\n');
    assert.deepEqual(claims(text), [
      ['supported', 'Training DeepSeek R1 cost $5.6 million.'],
      ['contradicted', 'Nvidia fell 8.72 percent.'],
      ['unsourced', 'DeepSeek has 160 employees.'],
      ['supported', 'Liang Wenfeng founded the hedge fund High-Flyer together with two other engineers.'],
    ]);
  });
  test('German: a quotation is a claim, a misattributed one is contradicted', () => {
    assert.deepEqual(claims('„Die Kostenvorteile sind interessant, aber keine Revolution“, sagte Marc Andreessen.\n\nMarc Andreessen mag Toast zum Frühstück.'), [
      ['contradicted', '„Die Kostenvorteile sind interessant, aber keine Revolution“, sagte Marc Andreessen.'],
      ['unsourced', 'Marc Andreessen mag Toast zum Frühstück.'],
    ]);
  });
  test('hover anywhere on a claim shows its status and the source sentence', () => {
    const text = 'Liang Wenfeng founded the hedge fund High-Flyer together with two other engineers.';
    const draft = analyzeDraft(text, index);
    const hover = hoverAt(draft, index, text.indexOf('hedge'))!;
    assert.deepEqual([hover.start, hover.end], [0, text.length]);
    assert.ok(hover.markdown.startsWith('**Claim**: supported by the sources.\n\n> Hinter dem Betrieb steht der 40-jährige Informatikingenieur **Liang Wenfeng**'), hover.markdown);
  });
  test('hover on a quotation names the source speaker', () => {
    const text = '„Die Kostenvorteile sind interessant, aber keine Revolution“, sagte Marc Andreessen.';
    const hover = hoverAt(analyzeDraft(text, index), index, 5)!;
    assert.ok(hover.markdown.startsWith('**Quotation** by **Stacy Rasgon**: quoted as the source has it.\n\n> '), hover.markdown);
  });
});
