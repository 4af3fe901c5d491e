import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

const index = bundledIndex();
function findings(text: string) {
  return runRules(analyzeDraft(text, index), index).map((f) => ({ code: f.code, text: text.slice(f.start, f.end) }));
}
/** The findings on the second sentence's figure only. */
const on = (text: string, figure: string) => findings(text).filter((f) => f.text === figure);
const english = (body: string) => `---\nlang: en\n---\n\n${body}\n`;

describe('a writer\'s own subject noun („Der Fonds“, "the book") owns its figures, not the entity of the sentence before', () => {
  test('German: „Der Fonds gab im Januar 5,1 Prozent ab.“ after a sentence on Nvidia is unsourced, was figure-mismatch against -7,82 %', () => {
    const nvidia = 'Nvidia verlor am 27. Januar 7,82 Prozent. ';
    assert.deepEqual(on(`${nvidia}Der Fonds gab im Januar 5,1 Prozent ab.\n`, '5,1 Prozent'), [{ code: 'unsourced-figure', text: '5,1 Prozent' }]);
    assert.deepEqual(on(`${nvidia}Das Portfolio gab im Januar 5,1 Prozent ab.\n`, '5,1 Prozent'), [{ code: 'unsourced-figure', text: '5,1 Prozent' }]);
    // After a side phrase, the subject after the verb: „In der Krise verlor der Fonds …“.
    assert.deepEqual(on(`${nvidia}In der Krise verlor der Fonds 5,1 Prozent.\n`, '5,1 Prozent'), [{ code: 'unsourced-figure', text: '5,1 Prozent' }]);
    assert.deepEqual(on(`${nvidia}Unser Team verlor im Januar 5,1 Prozent.\n`, '5,1 Prozent'), [{ code: 'unsourced-figure', text: '5,1 Prozent' }]);
  });
  test('English: "The fund fell 5.1% in January." after Nvidia is unsourced; "the book has used 60%" in the bullet after Nvidia\'s is no draft-inconsistency with 7.82%', () => {
    const nvidia = 'Nvidia lost 7.82% on January 27. ';
    assert.deepEqual(on(english(`${nvidia}The fund fell 5.1% in January.`), '5.1%'), [{ code: 'unsourced-figure', text: '5.1%' }]);
    assert.deepEqual(on(english(`${nvidia}Our desk lost 5.1% in January.`), '5.1%'), [{ code: 'unsourced-figure', text: '5.1%' }]);
    assert.deepEqual(on(english('- Nvidia lost 7.82% on January 27.\n- Within minutes the book had used 60% of its daily loss limit.'), '60%'), [{ code: 'unsourced-figure', text: '60%' }]);
  });
  test('German and English guard: a description of a known entity („Der Chipkonzern“, "The chipmaker", „der Konzern“, "the company") and a pronoun keep carrying Nvidia', () => {
    const mismatch = (figure: string) => [{ code: 'figure-mismatch', text: figure }];
    assert.deepEqual(on('Nvidia verlor am 27. Januar 7,82 Prozent. Der Chipkonzern gab im Januar 5,1 Prozent ab.\n', '5,1 Prozent'), mismatch('5,1 Prozent'));
    assert.deepEqual(on('Nvidia verlor am 27. Januar 7,82 Prozent. Der Konzern gab im Januar 5,1 Prozent ab.\n', '5,1 Prozent'), mismatch('5,1 Prozent'));
    assert.deepEqual(on('Nvidia verlor am 27. Januar 7,82 Prozent. Er gab im Januar 5,1 Prozent ab.\n', '5,1 Prozent'), mismatch('5,1 Prozent'));
    assert.deepEqual(on(english('Nvidia lost 7.82% on January 27. The chipmaker fell 5.1% in January.'), '5.1%'), mismatch('5.1%'));
    assert.deepEqual(on(english('Nvidia lost 7.82% on January 27. The company fell 5.1% in January.'), '5.1%'), mismatch('5.1%'));
    assert.deepEqual(on(english('Nvidia lost 7.82% on January 27. It fell 5.1% in January.'), '5.1%'), mismatch('5.1%'));
  });
  test('German and English guard: an own noun in object position („Es belastete das Portfolio“, "The sell-off cost the fund") or in a clause of its own does not stop the subject', () => {
    assert.deepEqual(on('Nvidia verlor am 27. Januar 7,82 Prozent. Es belastete das Portfolio mit 5,1 Prozent.\n', '5,1 Prozent'), [{ code: 'figure-mismatch', text: '5,1 Prozent' }]);
    assert.deepEqual(on(english('Nvidia lost 7.82% on January 27. The sell-off cost the fund 5.1%.'), '5.1%'), [{ code: 'figure-mismatch', text: '5.1%' }]);
    assert.deepEqual(on('Nvidia verlor am 27. Januar 7,82 Prozent. Danach belastete Nvidia den Fonds mit einem Minus von 5,1 Prozent.\n', '5,1 Prozent'), [{ code: 'figure-mismatch', text: '5,1 Prozent' }]);
    assert.deepEqual(on('Am 27. Januar verlor Nvidia, die größte Position im Fonds, 5,1 Prozent.\n', '5,1 Prozent'), [{ code: 'figure-mismatch', text: '5,1 Prozent' }]);
    assert.deepEqual(on(english('On January 27, Nvidia, the largest position in the fund, lost 5.1%.'), '5.1%'), [{ code: 'figure-mismatch', text: '5.1%' }]);
    // „der Fonds“ right after a name called a fund describes that name: High-Flyer's founding year is checked.
    assert.deepEqual(on('Liang Wenfeng gründete den Hedgefonds High-Flyer. Der Fonds wurde 2016 gegründet.\n', '2016'), [{ code: 'date-mismatch', text: '2016' }]);
    assert.deepEqual(on(english('Liang Wenfeng set up the hedge fund High-Flyer. The fund was founded in 2016.'), '2016'), [{ code: 'date-mismatch', text: '2016' }]);
    // "the fund's motto" is the motto; a capitalised "the Fund" is a term defined for a name the draft gave.
    assert.deepEqual(on(english('High-Flyer was set up in 2015. The fund\'s motto is that success is 99 percent hard work.'), '99 percent'), on(english('High-Flyer was set up in 2015. Its motto is that success is 99 percent hard work.'), '99 percent'));
  });
});

describe('a note\'s own subject noun without its article („Depot …“, "Book at …") owns its figures too', () => {
  test('German: „Depot mit 5,1 Prozent im Minus.“ after a sentence on Nvidia is unsourced, was figure-mismatch against -7,82 %', () => {
    assert.deepEqual(on('Nvidia verlor am 27. Januar 7,82 Prozent. Depot mit 5,1 Prozent im Minus.\n', '5,1 Prozent'), [{ code: 'unsourced-figure', text: '5,1 Prozent' }]);
    assert.deepEqual(on('Nvidia verlor am 27. Januar 7,82 Prozent. Fonds gab im Januar 5,1 Prozent ab.\n', '5,1 Prozent'), [{ code: 'unsourced-figure', text: '5,1 Prozent' }]);
  });
  test('English: "Book at 40% of the daily loss limit already." after Nvidia\'s fall is unsourced, and Nvidia\'s close later is no draft-inconsistency with it', () => {
    const log = english('**[09:31] Dan:** open. Nvidia lost 12% on the first print. Book at 40% of the daily loss limit already.\n\n**[16:02] Dan:** close. Nvidia finished -7.82%.');
    assert.deepEqual(on(log, '40%'), [{ code: 'unsourced-figure', text: '40%' }]);
    assert.deepEqual(on(log, '-7.82%'), []);
    assert.deepEqual(on(english('Nvidia lost 7.82% on January 27. Desk down 5.1% on the day.'), '5.1%'), [{ code: 'unsourced-figure', text: '5.1%' }]);
  });
  test('German and English guard: the noun inside a longer word or after the figure, and a pronoun opening the clause, leave the subject as it was', () => {
    const mismatch = (figure: string) => [{ code: 'figure-mismatch', text: figure }];
    assert.deepEqual(on('Nvidia verlor am 27. Januar 7,82 Prozent. Depotwerte gaben 5,1 Prozent ab.\n', '5,1 Prozent'), on('Nvidia verlor am 27. Januar 7,82 Prozent. Werte gaben 5,1 Prozent ab.\n', '5,1 Prozent'));
    assert.deepEqual(on('Nvidia verlor am 27. Januar 7,82 Prozent. Er gab im Januar 5,1 Prozent ab, so der Fonds.\n', '5,1 Prozent'), mismatch('5,1 Prozent'));
    assert.deepEqual(on(english('Nvidia lost 7.82% on January 27. Bookings fell 5.1% in January.'), '5.1%'), mismatch('5.1%'));
    assert.deepEqual(on(english('Nvidia lost 7.82% on January 27. It fell 5.1% in January, the desk says.'), '5.1%'), mismatch('5.1%'));
  });
});
