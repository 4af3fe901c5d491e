/**
 * A figure section's entries (`sectionEntries`, `openFigureSection`): each figure's entry carries the concepts of its
 * sentence, so that a lookup reading one figure of a source decodes that figure's entry and nothing else (format 6
 * stored each sentence's concepts after the figures: a second value, in another group, for every figure read).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../server/src/core/facts/fact';
import { openFigureSection, readFigureSection, sectionEntries, type FigureSection, type SectionCodec, type StoredFigure } from '../server/src/core/sources/figureSectionEntries';
import type { Figure } from '../server/src/core/types';

/** A codec that keeps the values as they are and counts which ones are read. */
function countingCodec(): SectionCodec & { read: number[] } {
  const read: number[] = [];
  return {
    read,
    pack: (values) => new Uint8Array(Buffer.from(JSON.stringify(values.map((v) => (v instanceof Set ? { set: [...v] } : v)), (_, x) => (x instanceof Set ? { set: [...x] } : x)))),
    open: (bytes) => {
      const values = JSON.parse(Buffer.from(bytes).toString(), (_, x) => (x && typeof x === 'object' && Array.isArray(x.set) ? new Set(x.set) : x)) as unknown[];
      return {
        count: values.length,
        value: (k) => {
          read.push(k);
          return values[k];
        },
      };
    },
  };
}

const figure = (text: string, value: number): Figure => ({ kind: 'percent', value, text, span: { start: 0, end: text.length } }) as unknown as Figure;
const fact = (f: Figure, entities: string[]): Fact => ({ figure: f, entities, attributes: ['Umsatz'] }) as unknown as Fact;
const stored = (f: Figure, entities: string[], sentence: number): StoredFigure => ({ figure: f, fact: fact(f, entities), sentence });

/** „Nvidia verlor 17 Prozent, AMD 6 Prozent.“ (sentence 0, two figures); "Alibaba's revenue rose 8 percent." (sentence 3). */
function section(): FigureSection {
  const [nvidia, amd, alibaba] = [figure('17 Prozent', 17), figure('6 Prozent', 6), figure('8 percent', 8)];
  return {
    figures: [stored(nvidia, ['Nvidia'], 0), stored(amd, ['AMD'], 0), stored(alibaba, ['Alibaba'], 3)],
    derived: [],
    concepts: new Map([
      [0, new Set(['name:Nvidia', 'name:AMD', 'verlieren'])],
      [3, new Set(['name:Alibaba', 'revenue', 'rise'])],
    ]),
  };
}

test('reading one figure decodes its entry alone, its sentence\'s concepts with it (German and English sentences)', () => {
  const codec = countingCodec();
  const reader = openFigureSection(codec, codec.pack(sectionEntries(section())));
  codec.read.length = 0;
  assert.equal(reader.storedAt(2).figure.text, '8 percent');
  assert.deepEqual([...reader.conceptsAt(2)], ['name:Alibaba', 'revenue', 'rise']);
  assert.deepEqual(codec.read, [3], 'the third figure\'s entry, no value of concepts apart');
  assert.equal(reader.storedAt(1).figure.text, '6 Prozent');
  assert.deepEqual([...reader.conceptsAt(1)], ['name:Nvidia', 'name:AMD', 'verlieren']);
  assert.deepEqual(codec.read, [3, 2]);
  // Asked again: nothing decoded anew.
  reader.conceptsAt(1);
  reader.storedAt(2);
  assert.deepEqual(codec.read, [3, 2]);
});

test('a section reads back whole as it was stored: two figures of one sentence give its concepts once, a sentence without concepts an empty set', () => {
  const codec = countingCodec();
  const original = section();
  original.figures.push(stored(figure('3 percent', 3), [], 5));
  const read = readFigureSection(codec, codec.pack(sectionEntries(original)));
  assert.deepEqual(read.figures.map((f) => [f.figure.text, f.sentence]), [['17 Prozent', 0], ['6 Prozent', 0], ['8 percent', 3], ['3 percent', 5]]);
  assert.deepEqual([...read.concepts].map(([k, set]) => [k, [...set]]), [[0, ['name:Nvidia', 'name:AMD', 'verlieren']], [3, ['name:Alibaba', 'revenue', 'rise']], [5, []]]);
});

test('a section of the earlier layout (format 6: concepts after the figures) is no section: refused at opening, so the source is merged from its digest', () => {
  const codec = countingCodec();
  const s = section();
  const old = [{ figures: 3, derived: 0, sentences: [0, 3] }, ...sectionEntries(s).slice(1).map((e) => (e as unknown[]).slice(0, 4)), s.concepts.get(0), s.concepts.get(3)];
  assert.throws(() => openFigureSection(codec, codec.pack(old)), /not a figure section/);
  // An entry without its concepts, in a section of the right count, is refused when read.
  const noConcepts = [{ figures: 3, derived: 0 }, ...sectionEntries(s).slice(1).map((e) => (e as unknown[]).slice(0, 4))];
  assert.throws(() => openFigureSection(codec, codec.pack(noConcepts)).storedAt(0), /not a figure entry/);
});
