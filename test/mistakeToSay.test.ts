import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDraft, runRules } from '../server/src/core';
import { bundledIndex } from './support/fixtures';

// "A common mistake is to say …", „Ein häufiger Fehler ist es, zu sagen, …“: what follows is a claim the writer sets
// aside, as "The chart said …" is; where the draft gives the right value, the wrong one gets no warning of its own.
const index = bundledIndex();
const all = (text: string) => runRules(analyzeDraft(text, index), index).map((f) => [f.code, text.slice(f.start, f.end), f.message]);

describe('a value the writer calls a common mistake and corrects is no claim of the draft', () => {
  test('English: "A common misconception is to say Nvidia lost 8.72 percent … It lost 7.82 percent."', () => {
    assert.deepEqual(all('A common misconception is to say Nvidia lost 8.72 percent on January 27. It lost 7.82 percent.'), []);
    assert.deepEqual(all('A common misconception was to claim Nvidia\'s drop was "4.07% bigger" than Microsoft\'s. It was 4.07 points bigger.'), []);
  });
  test('German: „Ein häufiger Fehler ist es, zu sagen, Nvidia habe 8,72 Prozent verloren. Es waren 7,82 Prozent.“', () => {
    assert.deepEqual(all('Ein häufiger Fehler ist es, zu sagen, Nvidia habe am 27. Januar 8,72 Prozent verloren. Es waren 7,82 Prozent.'), []);
    assert.deepEqual(all('Ein verbreiteter Irrtum ist, zu behaupten, Nvidia habe am 27. Januar 8,72 Prozent verloren. Es waren 7,82 Prozent.'), []);
  });
  test('the writer\'s own claim stays one: no correction follows, or the mistake is not what is said', () => {
    assert.deepEqual(all('Ein häufiger Fehler ist es, zu sagen, Nvidia habe am 27. Januar 8,72 Prozent verloren.'), [['figure-mismatch', '8,72 Prozent', '8,72 Prozent contradicts the source, which says -7,82 %.']]);
    assert.deepEqual(all('A common misconception is to say Nvidia lost 8.72 percent on January 27.'), [['figure-mismatch', '8.72 percent', '8.72 percent contradicts the source, which says -7,82 %.']]);
    assert.deepEqual(all('Nvidia\'s drop was 4.07% bigger than Microsoft\'s.'), [['figure-mismatch', '4.07%', '4.07% contradicts the source, which says -7,82 %.']]);
  });
});
