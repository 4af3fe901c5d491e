/**
 * A draft fact asks the fact index only for the candidates `compareAsSameFact` can take (`narrowingOf`): for one that
 * names its subject, those naming it or bound to no one; for one that names no one, those whose sentence shares a name
 * or two concepts with its own; for one of a day whose clause names no subject, not those of another day and value.
 * Every candidate left out must be one `compareAsSameFact` rules out (or, for the last, finds another day's and not
 * agreeing), the rest must come in the order of the full lookup, and a set read lazily from its index file must answer
 * as one in memory.
 */
import assert from 'node:assert/strict';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { analyzeDraft, clearParseCache, type SourceIndex } from '../server/src/core';
import type { SentenceFacts } from '../server/src/core/analysis/analyzedSentence';
import type { DraftFigure } from '../server/src/core/analysis/draft';
import type { Fact } from '../server/src/core/facts/fact';
import { isFactPostings, packPostings, placesOf, withValuesOfPlaces, type Narrowing } from '../server/src/core/facts/factIndex';
import { compareAsSameFact, narrowingOf, scoreBound } from '../server/src/core/match/matchFigure';
import type { SourceFigure } from '../server/src/core/sources/sourceIndex';
import { figureSectionCodec } from '../server/src/node/sources/figureSectionCodec';
import { loadSourceIndex } from '../server/src/node/sources/loadSourceIndex';
import { readSetFile } from '../server/src/node/sources/sourceSetCache';
import { generateCorpus, writeCorpus } from './support/corpus';
import { ROOT, SOURCES } from './support/fixtures';
import { removeTempFolders, tempFolder } from './support/tempFolders';

after(removeTempFolders);

const EVAL = join(ROOT, 'test', 'eval');
const DRAFTS = [join(ROOT, 'samples', 'drafts'), join(EVAL, 'tuning')].flatMap((folder) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(join(folder, f), 'utf8')),
);

const shown = (c: SourceFigure) => `${c.at.source.input.id}|${c.figure.start}|${c.figure.text}|${c.fact.entities.join(',')}|${c.fact.attributes.join(',')}`;

function draftFacts(index: SourceIndex): Array<{ fact: Fact; sentence: SentenceFacts }> {
  clearParseCache();
  return DRAFTS.flatMap((text) => analyzeDraft(text, index).figures.map((f) => ({ fact: f.fact, sentence: f.at.facts })));
}

test('a draft fact\'s narrowed lookup leaves out only candidates compareAsSameFact rules out, in memory and read lazily alike', async () => {
  const folder = join(tempFolder('candidates'), 'sources');
  writeCorpus(folder, generateCorpus(30, 5, { extraSentences: [5, 15] }));
  for (const from of [SOURCES, join(EVAL, 'distractors')]) for (const f of readdirSync(from)) copyFileSync(join(from, f), join(folder, f));
  const inMemory = (await loadSourceIndex({ patterns: [folder], baseFolder: folder })).index;
  const request = { patterns: [folder], baseFolder: folder, cacheFolder: join(folder, '..', 'cache') };
  await loadSourceIndex(request);
  const lazy = (await loadSourceIndex(request)).index;
  const narrowed = { whose: 0, sharing: 0, day: 0 };
  const left = { whose: 0, sharing: 0, day: 0 };
  for (const { fact, sentence } of draftFacts(inMemory)) {
    const narrowing = narrowingOf(fact, sentence);
    if (!narrowing || fact.figure.durationUnit) continue;
    const by = narrowing.whose ? 'whose' : narrowing.sharing ? 'sharing' : 'day';
    for (const facts of ['facts', 'derivedFacts'] as const) {
      const all = inMemory[facts].candidates(fact);
      const kept = inMemory[facts].candidates(fact, narrowing);
      assert.deepEqual(kept, all.filter((c) => kept.includes(c)), 'in the order of the full lookup');
      const reasons = new Set<keyof typeof left>();
      for (const c of all.filter((c) => !kept.includes(c))) {
        const comparison = compareAsSameFact(fact, sentence.concepts, c.fact, c.at.facts.concepts, inMemory.weight);
        const otherDay = narrowing.day !== undefined && comparison?.when === 'other' && comparison.agreement !== 'agrees';
        assert.ok(comparison === undefined || otherDay, `${fact.figure.text} against ${shown(c)}`);
        const reason = comparison === undefined && by !== 'day' ? by : 'day';
        left[reason]++;
        reasons.add(reason);
      }
      assert.deepEqual(lazy[facts].candidates(fact, narrowing).map(shown), kept.map(shown), 'read lazily: the same candidates');
      // Read first (`Narrowing.agreeing`): only candidates that may agree are kept, in the same order, lazily alike.
      if (fact.figure.kind !== 'date' && fact.figure.kind !== 'year') {
        const agreeing = inMemory[facts].candidates(fact, { ...narrowing, agreeing: { orNaming: [] } });
        assert.deepEqual(agreeing, kept.filter((c) => agreeing.includes(c)));
        for (const c of kept.filter((c) => !agreeing.includes(c))) assert.notEqual(compareAsSameFact(fact, sentence.concepts, c.fact, c.at.facts.concepts, inMemory.weight)?.agreement, 'agrees', `${fact.figure.text} against ${shown(c)}`);
        assert.deepEqual(lazy[facts].candidates(fact, { ...narrowing, agreeing: { orNaming: [] } }).map(shown), agreeing.map(shown));
      }
      for (const reason of reasons) narrowed[reason]++;
    }
  }
  // What bounds the score of the candidates left unread is the same lazily, and no candidate scores more.
  for (const { fact, sentence } of draftFacts(inMemory)) {
    if (fact.figure.durationUnit) continue;
    const narrowing = narrowingOf(fact, sentence);
    const bound = scoreBound(fact, sentence, inMemory, true, narrowing);
    assert.equal(scoreBound(fact, sentence, lazy, true, narrowing), bound);
    for (const c of [...inMemory.facts.candidates(fact, narrowing), ...inMemory.derivedFacts.candidates(fact, narrowing)]) {
      const comparison = compareAsSameFact(fact, sentence.concepts, c.fact, c.at.facts.concepts, inMemory.weight);
      if (comparison && comparison.when !== 'same') assert.ok(comparison.score <= bound, `${fact.figure.text} against ${shown(c)}: ${comparison.score} > ${bound}`);
    }
  }
  assert.ok(narrowed.whose > 20 && left.whose > 100 && narrowed.sharing >= 3 && left.sharing >= 10 && narrowed.day >= 2 && left.day >= 50, `lookups narrowed: ${JSON.stringify(narrowed)}, candidates left out: ${JSON.stringify(left)}`);
});

test('a set read lazily marks the places of a lookup anew each time: asked in any order, again, and with names the agreeing facts may name, each lookup answers as in memory', async () => {
  const folder = join(tempFolder('marks'), 'sources');
  writeCorpus(folder, generateCorpus(40, 7, { extraSentences: [5, 15] }));
  for (const f of readdirSync(SOURCES)) copyFileSync(join(SOURCES, f), join(folder, f));
  const inMemory = (await loadSourceIndex({ patterns: [folder], baseFolder: folder })).index;
  const request = { patterns: [folder], baseFolder: folder, cacheFolder: join(folder, '..', 'cache') };
  await loadSourceIndex(request);
  const lazy = (await loadSourceIndex(request)).index;
  // Every narrowing of each draft fact: as `narrowingOf` makes it, agreeing with and without names, and with a day.
  const asked = draftFacts(inMemory).flatMap(({ fact, sentence }) => {
    const narrowing = narrowingOf(fact, sentence) ?? {};
    const day = narrowing.day ?? (fact.time?.month ? { month: fact.time.month, figure: fact.figure } : undefined);
    return [narrowing, { ...narrowing, agreeing: { orNaming: [] } }, { ...narrowing, agreeing: { orNaming: fact.entities } }, { ...narrowing, day }].map((n) => ({ fact, narrowing: n }));
  });
  const expected = asked.map(({ fact, narrowing }) => [...inMemory.facts.candidates(fact, narrowing), ...inMemory.derivedFacts.candidates(fact, narrowing)].map(shown));
  const answered = (order: number[]) => order.map((k) => [...lazy.facts.candidates(asked[k].fact, asked[k].narrowing), ...lazy.derivedFacts.candidates(asked[k].fact, asked[k].narrowing)].map(shown));
  const forward = asked.map((_, k) => k);
  assert.deepEqual(answered(forward), expected);
  const backward = [...forward].reverse();
  assert.deepEqual(answered(backward), backward.map((k) => expected[k]));
  assert.ok(expected.filter((c) => c.length > 0).length > 50, `lookups with candidates: ${expected.filter((c) => c.length > 0).length}`);
});

/** A set's fact lookups without `Narrowing.agreeing`: every candidate of the narrowed lookup, as before it was read first. */
function withoutAgreeingFirst(index: SourceIndex): SourceIndex {
  const full = (facts: SourceIndex['facts']) =>
    new Proxy(facts, {
      get(target, key) {
        if (key === 'candidates') return (fact: Fact, narrowing?: Narrowing) => target.candidates(fact, narrowing && { ...narrowing, agreeing: undefined });
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return Object.create(index, { facts: { value: full(index.facts) }, derivedFacts: { value: full(index.derivedFacts) } }) as SourceIndex;
}

/** The English sample draft without its front matter: the day its market figures are about is only the piece's guess. */
const DRAFT_WITHOUT_DATE = readFileSync(join(ROOT, 'samples', 'drafts', 'deepseek-en.md'), 'utf8').replace(/^---[\s\S]*?---\n/, '');

const shownMatch = ({ figure, match }: DraftFigure) => `${figure.text}: ${match.status} ${match.evidence.map(shown).join(' ; ')} | ${match.conflicts.map(shown).join(' ; ')}`;

test('a draft fact its agreeing source facts decide reads those and their rivals first: the same verdicts and evidence, from the figure sections of fewer sources', async () => {
  const folder = join(tempFolder('agreeing-first'), 'sources');
  // Articles about other companies on other days: the draft's market figures name no one they know (as a writer's own
  // corpus may not know the companies a piece is about).
  writeCorpus(folder, generateCorpus(200, 42, { extraSentences: [10, 30] }));
  const request = { patterns: [folder], baseFolder: folder, cacheFolder: join(folder, '..', 'cache') };
  await loadSourceIndex(request);
  let read = 0;
  const open = figureSectionCodec.open;
  figureSectionCodec.open = (bytes) => (read++, open(bytes));
  try {
    const checked = async (wrap: (index: SourceIndex) => SourceIndex) => {
      read = 0;
      const index = wrap((await loadSourceIndex(request)).index);
      clearParseCache();
      const matches = analyzeDraft(DRAFT_WITHOUT_DATE, index).figures.map(shownMatch);
      return { matches, read };
    };
    const first = await checked((index) => index);
    const full = await checked(withoutAgreeingFirst);
    assert.deepEqual(first.matches, full.matches);
    assert.ok(first.matches.filter((m) => / supported /.test(m)).length >= 3, 'the market figures are borne out by the corpus');
    assert.ok(first.read < full.read * 0.6, `figure sections read: ${first.read}, by every candidate: ${full.read}`);
  } finally {
    figureSectionCodec.open = open;
  }
});

test('a first check after a warm start decodes the source figures its lookups reach, not every figure of their sources, and answers as the index built afresh', async () => {
  const folder = join(tempFolder('figures-reached'), 'sources');
  writeCorpus(folder, generateCorpus(200, 42, { extraSentences: [10, 30] }));
  const request = { patterns: [folder], baseFolder: folder, cacheFolder: join(folder, '..', 'cache') };
  const cold = (await loadSourceIndex(request)).index;
  clearParseCache();
  const afresh = analyzeDraft(DRAFT_WITHOUT_DATE, cold).figures.map(shownMatch);
  let [held, decoded] = [0, 0];
  const open = figureSectionCodec.open;
  figureSectionCodec.open = (bytes) => {
    const section = open(bytes);
    held += section.count;
    return { count: section.count, value: (k) => (decoded++, section.value(k)) };
  };
  try {
    const warm = await loadSourceIndex(request);
    assert.equal(warm.fromSetIndex, true);
    clearParseCache();
    assert.deepEqual(analyzeDraft(DRAFT_WITHOUT_DATE, warm.index).figures.map(shownMatch), afresh);
    assert.ok(held > 0 && decoded < held * 0.25, `values decoded: ${decoded} of ${held} in the sections opened`);
  } finally {
    figureSectionCodec.open = open;
  }
});

test('postings of facts carry each place\'s month and agreement key as their position among the keys, numbered densely source by source', () => {
  // [source, position, …]: source 0 has positions 0–2, source 2 positions 0–1 (source 1 none).
  const byKey = new Map<string, number[]>([
    ['money|@OpenAI', [0, 0, 0, 2, 2, 1]],
    ['money|~24301', [0, 0, 2, 1]],
    ['money|≈5600000|100000|0|', [0, 2]],
    ['percent|≈40|1|0|', [2, 0]],
    ['percent|~24302', [2, 0]],
    ['#kosten', [0, 1]],
  ]);
  const packed = withValuesOfPlaces(packPostings(byKey));
  const keys = packed.keys.split('\u0000');
  const { first, monthOf, valueOf } = packed.valuesOfPlaces!;
  assert.deepEqual([...first], [0, 3, 3]);
  const at = (source: number, position: number) => first[source] + position;
  const keyOf = (marks: Int32Array, d: number) => (marks[d] === 0 ? undefined : keys[marks[d] - 1]);
  assert.deepEqual([at(0, 0), at(0, 1), at(0, 2), at(2, 0), at(2, 1)].map((d) => [keyOf(monthOf, d), keyOf(valueOf, d)]), [
    ['money|~24301', undefined],
    [undefined, undefined],
    [undefined, 'money|≈5600000|100000|0|'],
    ['percent|~24302', 'percent|≈40|1|0|'],
    ['money|~24301', undefined],
  ]);
  assert.equal(monthOf.length, 5);
  assert.ok(isFactPostings(packed));
  assert.ok(!isFactPostings({ ...packed, valuesOfPlaces: { ...packed.valuesOfPlaces!, monthOf: new Int32Array(4) } }), 'arrays of different lengths');
});

test('a set\'s file holds the postings of facts with their values of places, as made from the postings alone', async () => {
  const folder = join(tempFolder('values-of-places'), 'sources');
  writeCorpus(folder, generateCorpus(12, 3, { extraSentences: [5, 10] }));
  const cache = join(folder, '..', 'cache');
  await loadSourceIndex({ patterns: [folder], baseFolder: folder, cacheFolder: cache });
  const file = join(cache, readdirSync(cache).find((f) => f.endsWith('.index'))!);
  const { snapshot } = readSetFile(readFileSync(file)) as unknown as { snapshot: Record<'facts' | 'derivedFacts', Parameters<typeof withValuesOfPlaces>[0]> };
  for (const postings of [snapshot.facts, snapshot.derivedFacts]) {
    const { valuesOfPlaces: stored, ...bare } = postings;
    assert.ok(stored);
    assert.deepEqual(stored, withValuesOfPlaces(bare).valuesOfPlaces);
  }
  const { monthOf, valueOf } = snapshot.facts.valuesOfPlaces!;
  assert.ok(monthOf.some((m) => m > 0) && valueOf.some((v) => v > 0), 'facts of a month and of a value that may agree are marked');
});

test('packed postings are found by key without a map of every key: each key its own places, an absent key none, sorted as strings sort', () => {
  const byKey = new Map<string, number[]>([
    ['cost|≈5.6|1|0|', [0, 1, 0, 2]],
    ['cost|~24301', [1, 4]],
    ['cost|≈5.6|1|1|', [2, 0]],
    ['Ä|name:Zhipu', [3, 3]],
    ['a', [4, 4]],
    ['', [5, 5]],
    ['share|~24300', [6, 6, 7, 1]],
    ['=Kosten', [8, 0]],
  ]);
  const packed = packPostings(byKey);
  assert.ok(isFactPostings(packed));
  for (const [key, places] of byKey) assert.deepEqual([...(placesOf(packed, key) ?? [])], places, key);
  for (const absent of ['cost', 'cost|≈5.6', 'b', 'Ä', 'zz', 'cost|~24301 ']) assert.equal(placesOf(packed, absent), undefined, absent);
  assert.equal(placesOf(packPostings(new Map()), 'cost'), undefined);
  assert.equal(isFactPostings({ ...packed, ends: packed.ends.subarray(1) }), false);
});
