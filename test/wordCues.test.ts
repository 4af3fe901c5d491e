import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ORDINAL_MEMBER_POSITIONS, ORDINAL_OWNERS, wordAlternation, wordCues } from '../server/src/core/context/lexicon';
import { YEAR_BEFORE_PHRASES } from '../server/src/core/figures/vocabulary';

// A cue that misses one match of its phrases would silently drop a finding: every match must hold a cue.
const lists: Array<[string, readonly string[]]> = [
  ['years before', YEAR_BEFORE_PHRASES],
  ['later ordinals', ORDINAL_OWNERS.later],
  ['ordinal members', ORDINAL_MEMBER_POSITIONS.flatMap((p) => p.words)],
];

describe('wordCues: a plain pattern that every match of a word list holds', () => {
  for (const [name, list] of lists) {
    test(`${name}: each phrase, as written, capitalised and spread over line breaks, holds a cue`, () => {
      const phrases = new RegExp(`(?<![\\p{L}])(?:${wordAlternation(list)})(?![\\p{L}])`, 'giu');
      const cues = wordCues(list);
      for (const phrase of list) {
        for (const written of [phrase, phrase.toUpperCase(), phrase.replace(/ /g, ' \n  ')]) {
          const text = `Davor: ${written}, then more.`;
          for (const m of text.matchAll(phrases)) assert.ok(cues.test(m[0]), `${name}: "${m[0]}" holds no cue of ${cues.source}`);
        }
      }
    });
  }

  test('a sentence without any of the words holds no cue, in German and in English', () => {
    assert.equal(wordCues(ORDINAL_OWNERS.later).test('Nvidia verlor am Montag 7,82 Prozent.'), false);
    assert.equal(wordCues(ORDINAL_OWNERS.later).test('Nvidia lost 7.82 percent on Monday.'), false);
    assert.equal(wordCues(YEAR_BEFORE_PHRASES).test('Nvidia verlor am Montag 7,82 Prozent.'), false);
  });

  test('the longest word of each entry is its cue; a trailing wildcard is no part of it', () => {
    assert.equal(wordCues(['im vorjahr', 'the year before']).source, 'vorjahr|before');
    assert.equal(wordCues(['übertraf*']).source, 'übertraf');
  });
});
