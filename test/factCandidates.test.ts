/**
 * A draft fact that names its subject asks the fact index only for the candidates that name it or are bound to no one
 * (`FactIndex.candidates(fact, whose)`): every candidate left out must be one `compareAsSameFact` rules out, the rest
 * must come in the order of the full lookup, and a set read lazily from its index file must answer as one in memory.
 */
import assert from 'node:assert/strict';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { analyzeDraft, clearParseCache, type SourceIndex } from '../server/src/core';
import type { Fact } from '../server/src/core/facts/fact';
import { compareAsSameFact } from '../server/src/core/match/matchFigure';
import type { SourceFigure } from '../server/src/core/sources/sourceIndex';
import { loadSourceIndex } from '../server/src/node/sources/loadSourceIndex';
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

/** As `matchFigure` asks: a fact whose subject its own clause or sentence names, by every name it gives. */
function whoseOf(fact: Fact): string[] | undefined {
  const explicit = fact.entities.length > 0 && ['clause', 'sentence', 'list', 'reference'].includes(fact.entityFrom ?? '');
  return explicit ? [...new Set([...fact.entities, ...(fact.primary ?? [])])] : undefined;
}

const shown = (c: SourceFigure) => `${c.at.source.input.id}|${c.figure.start}|${c.figure.text}|${c.fact.entities.join(',')}|${c.fact.attributes.join(',')}`;

function draftFacts(index: SourceIndex): Array<{ fact: Fact; concepts: Set<string> }> {
  clearParseCache();
  return DRAFTS.flatMap((text) => analyzeDraft(text, index).figures.map((f) => ({ fact: f.fact, concepts: f.at.facts.concepts })));
}

test('a draft fact naming its subject leaves out only candidates compareAsSameFact rules out, in memory and read lazily alike', async () => {
  const folder = join(tempFolder('candidates'), 'sources');
  writeCorpus(folder, generateCorpus(30, 5, { extraSentences: [5, 15] }));
  for (const from of [SOURCES, join(EVAL, 'distractors')]) for (const f of readdirSync(from)) copyFileSync(join(from, f), join(folder, f));
  const inMemory = (await loadSourceIndex({ patterns: [folder], baseFolder: folder })).index;
  const request = { patterns: [folder], baseFolder: folder, cacheFolder: join(folder, '..', 'cache') };
  await loadSourceIndex(request);
  const lazy = (await loadSourceIndex(request)).index;
  let narrowed = 0;
  let left = 0;
  for (const { fact, concepts } of draftFacts(inMemory)) {
    const whose = whoseOf(fact);
    if (!whose || fact.figure.durationUnit) continue;
    for (const facts of ['facts', 'derivedFacts'] as const) {
      const all = inMemory[facts].candidates(fact);
      const kept = inMemory[facts].candidates(fact, whose);
      assert.deepEqual(kept, all.filter((c) => kept.includes(c)), 'in the order of the full lookup');
      for (const c of all.filter((c) => !kept.includes(c))) {
        assert.equal(compareAsSameFact(fact, concepts, c.fact, c.at.facts.concepts, inMemory.weight), undefined, `${fact.figure.text} against ${shown(c)}`);
        left++;
      }
      assert.deepEqual(lazy[facts].candidates(fact, whose).map(shown), kept.map(shown), 'read lazily: the same candidates');
      if (kept.length < all.length) narrowed++;
    }
  }
  assert.ok(narrowed > 20 && left > 100, `${narrowed} lookups narrowed, ${left} candidates left out`);
});
