import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { germanAnchorPhraseEnd } from '../server/src/core/figures/anchorPhrase';

const cut = (phrase: string) => phrase.slice(0, germanAnchorPhraseEnd(phrase));

describe('the words after a duration\'s "nach"/"vor" end before a German clause\'s verb', () => {
  test('German: the noun phrase, with its genitive or prepositional phrase, not the verb and subject after it', () => {
    assert.equal(cut('dessen Vorstellung verlor Nvidia an einem einzigen Tag fast acht Prozent'), 'dessen Vorstellung');
    assert.equal(cut('dem Durchbruch von R1 fiel die Börse'), 'dem Durchbruch von R1');
    assert.equal(cut('der Gründung des neuen Hedgefonds folgte DeepSeek'), 'der Gründung des neuen Hedgefonds');
    assert.equal(cut('dem Start am 20. Januar kam der Kurssturz'), 'dem Start am 20. Januar');
  });
  test('German phrases with nothing after their noun, or adjectives before it, stay whole', () => {
    assert.equal(cut('dem weltweiten Durchbruch von R1'), 'dem weltweiten Durchbruch von R1');
    assert.equal(cut('dem Kurssturz an der Börse'), 'dem Kurssturz an der Börse');
  });
  test('English phrases, which open with no German article, stay whole: punctuation ends them', () => {
    assert.equal(cut('the breakthrough of R1 Nvidia lost'), 'the breakthrough of R1 Nvidia lost');
    assert.equal(cut('its launch'), 'its launch');
    assert.equal(cut('DeepSeek released R1'), 'DeepSeek released R1');
  });
});
