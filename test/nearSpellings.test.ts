import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { analyzeDraft, runRules } from '../server/src/core';
import { lettersOf, NameIndex } from '../server/src/core/names/nameIndex';
import type { NameEntry } from '../server/src/core/types';
import { bundledIndex } from './support/fixtures';

/** Optimal string alignment distance, the textbook table (the reference `spellingsNear`'s letter filter must not undercut). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

const allowed = (spelling: string) => (spelling.length >= 9 ? 2 : spelling.length >= 5 ? 1 : 0);
const entry = (canonical: string): NameEntry => ({ canonical, aliases: [], kind: 'organisation' }) as unknown as NameEntry;

/** German and English names of one and two words, many of them alike: the buckets a word is compared with are full. */
const NAMES = ['Nvidia', 'Nvidio', 'Nvida Labs', 'Infineon', 'Infinion', 'Andreessen', 'Andersen', 'Liang Wenfeng', 'Liang Wenfang', 'Dimitris Papailiopoulos', 'Deutsche Telekom', 'Telekom', 'Übermorgen AG', 'Straßmann', 'Strassmann', 'Müller', 'Mueller', 'Anthropic', 'Antropic Labs', 'Siemens Energy', 'Siemens'];

function run(word: string): { length: number; letters: number } {
  const lower = word.toLowerCase();
  return { length: lower.length, letters: lettersOf(lower) };
}

describe('near spellings by their letters', () => {
  test('every spelling within the edits it allows is among the near spellings (German and English names, edited at random)', () => {
    const names = new NameIndex(NAMES.map(entry));
    const edited = fc.tuple(fc.constantFrom(...NAMES), fc.array(fc.tuple(fc.nat(40), fc.constantFrom('a', 'e', 'ü', 'ß', 's', 'K', ' ', 'x')), { maxLength: 2 }), fc.nat(3)).map(([name, edits, kind]) => {
      let word = name;
      for (const [at, letter] of edits) {
        const i = 1 + (at % Math.max(1, word.length - 1));
        word = kind === 0 ? word.slice(0, i) + letter + word.slice(i) : kind === 1 ? word.slice(0, i) + word.slice(i + 1) : kind === 2 ? word.slice(0, i) + letter + word.slice(i + 1) : word.slice(0, i - 1) + word.charAt(i) + word.charAt(i - 1) + word.slice(i + 1);
      }
      return word;
    });
    fc.assert(
      fc.property(edited, (word) => {
        const words = word.split(' ');
        const near = names.spellingsNear(word, (count) => (count <= words.length ? run(words.slice(0, count).join(' ')) : undefined), allowed);
        const found = new Set(near.map((n) => n.spelling));
        for (const { spelling } of names.spellings()) {
          // A spelling of more words than the run has is compared with nothing.
          if (spelling.split(' ').length > words.length) continue;
          const candidate = words.slice(0, spelling.split(' ').length).join(' ').toLowerCase();
          const lower = spelling.toLowerCase();
          const within = candidate === lower || (spelling.length >= 4 && candidate[0] === lower[0] && distance(candidate, lower) <= allowed(spelling));
          if (within) assert.ok(found.has(spelling), `${word} is within ${allowed(spelling)} of ${spelling}`);
        }
        // Longest first, as `spellings`.
        assert.deepEqual(near.map((n) => n.order), [...near.map((n) => n.order)].sort((a, b) => a - b));
      }),
      { numRuns: 400, seed: 41 },
    );
  });

  test('spellings whose letters differ by more than their edits allow are left out: „Siemens“ is compared with no „Sirmaxq“', () => {
    const names = new NameIndex(NAMES.map(entry));
    assert.deepEqual(names.spellingsNear('Siemnes', (count) => (count === 1 ? run('Siemnes') : undefined), allowed).map((n) => n.spelling), ['Siemens']);
    assert.deepEqual(names.spellingsNear('Sirmaxq', (count) => (count === 1 ? run('Sirmaxq') : undefined), allowed), []);
    assert.deepEqual(names.spellingsNear('Anthropik', (count) => (count === 1 ? run('Anthropik') : undefined), allowed).map((n) => n.spelling), ['Anthropic']);
  });
});

describe('name-spelling with near spellings found by their letters', () => {
  const index = bundledIndex();
  const spelling = (text: string) => runRules(analyzeDraft(text, index), index).filter((f) => f.code === 'name-spelling').map((f) => [text.slice(f.start, f.end), f.fix?.newText]);

  test('English: a swapped pair is still a near miss ("Nivdia"), as a dropped letter is ("Andreesen")', () => {
    assert.deepEqual(spelling('Nivdia lost value while Andreesen was impressed.'), [['Nivdia', 'Nvidia'], ['Andreesen', 'Andreessen']]);
  });
  test('German: ein vertauschtes Buchstabenpaar in einem langen Namen („Dimitris Papailiopolous“) ist ein Schreibfehler', () => {
    assert.deepEqual(spelling('Der Forscher Dimitris Papailiopolous sprach mit Analysten.'), [['Dimitris Papailiopolous', 'Dimitris Papailiopoulos']]);
  });
  test('true sentences stay quiet: the names as the sources spell them, and unknown names of other letters', () => {
    assert.deepEqual(spelling('Analysts wrote to Dimitris Papailiopoulos about Nvidia and Marc Andreessen.'), []);
    assert.deepEqual(spelling('Die Firma Nordvik aus Jena und Andromeda Labs aus Bonn berichteten über DeepSeek.'), []);
  });
});
