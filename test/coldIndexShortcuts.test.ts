/**
 * The cold index's cheaper ways of doing the same thing (issue 10: a cold index no slower than a remark parse) give
 * exactly what the plain ways gave: a window's concepts read from the whole sentence are those of the window read
 * alone (its ends tested for words without a Unicode pattern for ASCII), the search for the first span at or after an
 * offset, the keys a fact is filed under, and the key of a source's mentions (stored in every cached digest: another
 * value would make every cache read its sources again).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { conceptsOf } from '../server/src/core/context/concepts';
import { clauseConceptKey, conceptKey } from '../server/src/core/facts/factIndex';
import { documentKey } from '../server/src/core/sources/digest';
import { countStartingBefore } from '../server/src/core/text/sortedSpans';
import type { NameMention } from '../server/src/core/types';

describe('a window of a sentence has the concepts of the window read alone', () => {
  const sentences = [
    "DeepSeek's co-founder gave up 3 percent, while the company's shares fell 17% and Nvidia lost $589 billion.",
    'Die Nvidia-Aktie brach um 17 Prozent ein; DeepSeeks Gründer hatte 2023 ein Start-up gegründet, über 5,6 Millionen Dollar.',
  ];
  for (const text of sentences) {
    test(text.slice(0, 40), () => {
      // One list of names for every window, as the analysis asks: the whole sentence is read once for all of them.
      const names: NameMention[] = [];
      conceptsOf(text, 0, text.length, names);
      for (let from = 0; from < text.length; from++) {
        for (let to = from + 1; to <= text.length; to++) {
          assert.deepEqual([...conceptsOf(text, from, to, names)], [...conceptsOf(text.slice(from, to), 0, to - from, [])], `${from}–${to}: "${text.slice(from, to)}"`);
        }
      }
    });
  }
});

test('the first span at or after an offset is found as a count from the start finds it', () => {
  const spans = [0, 2, 2, 2, 5, 9, 9, 14].map((start) => ({ start }));
  for (let at = -1; at <= 16; at++) assert.equal(countStartingBefore(spans, at), spans.filter((s) => s.start < at).length, `at ${at}`);
  assert.equal(countStartingBefore([], 3), 0);
});

test('a concept is filed under the same keys however often and after however many others it is asked for', () => {
  for (const concept of ['fall', 'gründ', 'name:DeepSeek', 'name:Liang Wenfeng', 'noun:aktie']) {
    assert.equal(conceptKey(concept), `#${concept}`);
    assert.equal(clauseConceptKey(concept), `%${concept}`);
  }
  // Past the limit of remembered keys, the keys are made again, and the same.
  for (let i = 0; i < 100_005; i++) assert.equal(conceptKey(`name:Firma ${i}`), `#name:Firma ${i}`);
  assert.equal(conceptKey('name:Firma 3'), '#name:Firma 3');
  assert.equal(clauseConceptKey('fall'), '%fall');
});

describe('the key of a source’s mentions is the hash it was', () => {
  // cyrb53 with seeds 1 and 2, each in its own pass: how the keys of the digests in existing caches were made.
  const reference = (key: string) => {
    const half = (seed: number) => {
      let h1 = 0xdeadbeef ^ seed;
      let h2 = 0x41c6ce57 ^ seed;
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 2654435761);
        h2 = Math.imul(h2 ^ c, 1597334677);
      }
      h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
      return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
    };
    return `${key.length}:${half(1)}:${half(2)}`;
  };
  const mention = (start: number, text: string, canonical: string, kind: 'organisation' | 'person', containing?: string[]): NameMention => ({ start, end: start + text.length, text, entry: { canonical, kind, aliases: [], ...(containing ? { containing } : {}) } as NameMention['entry'] });
  const cases: Array<[string, NameMention[][]]> = [
    ['English', [[mention(0, 'DeepSeek', 'DeepSeek', 'organisation'), mention(20, 'Nvidia', 'Nvidia', 'organisation')], [], [mention(4, 'Liang Wenfeng', 'Liang Wenfeng', 'person')]]],
    ['German', [[mention(0, 'Die Muttergesellschaft High-Flyer', 'High-Flyer', 'organisation', ['High-Flyer Quant'])], [mention(11, 'Jürgen Müller', 'Jürgen Müller', 'person')]]],
    ['no mentions', [[], []]],
  ];
  for (const [label, mentions] of cases) {
    test(label, () => {
      const key = mentions.map((list) => list.map((m) => `${m.start}:${m.end}:${m.entry.canonical}:${m.entry.kind}<${m.entry.containing?.join('|') ?? ''}`).join(';')).join('\n');
      assert.equal(documentKey(mentions), reference(key));
    });
  }
});
