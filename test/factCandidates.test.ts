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
import type { Fact } from '../server/src/core/facts/fact';
import { compareAsSameFact, narrowingOf } from '../server/src/core/match/matchFigure';
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
      for (const reason of reasons) narrowed[reason]++;
    }
  }
  assert.ok(narrowed.whose > 20 && left.whose > 100 && narrowed.sharing >= 3 && left.sharing >= 10 && narrowed.day >= 2 && left.day >= 50, `lookups narrowed: ${JSON.stringify(narrowed)}, candidates left out: ${JSON.stringify(left)}`);
});
