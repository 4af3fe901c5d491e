/**
 * A warm start compares every file's hash with the set's index but decodes a source's text only when a check first
 * merges the source (or a finding points into it): the text then is the file's, as a cold index read it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { sourceDocuments } from '../server/src/lsp/convert';
import { loadSourceIndex } from '../server/src/node/sources/loadSourceIndex';
import { generateCorpus, writeCorpus } from './support/corpus';
import { removeTempFolders, tempFolder } from './support/tempFolders';

after(removeTempFolders);

const decoded = (input: object) => Object.getOwnPropertyDescriptor(input, 'text')?.get === undefined;

test('a warm start decodes no source\'s text until a source is merged, and then the file\'s text (German and English sources)', async () => {
  const folder = join(tempFolder('warm-text'), 'sources');
  writeCorpus(folder, generateCorpus(24, 5, { extraSentences: [2, 6] }));
  const request = { patterns: [folder], baseFolder: folder, cacheFolder: join(folder, '..', 'cache') };
  const cold = await loadSourceIndex(request);
  const warm = await loadSourceIndex(request);
  assert.equal(warm.fromSetIndex, true);
  assert.deepEqual(warm.index.sources.filter((s) => decoded(s.input)).map((s) => s.input.id), [], 'no text decoded at the start');
  // The language server's documents of the sources: none made (nor any text decoded) until one is asked for.
  const documents = sourceDocuments(warm.index);
  assert.deepEqual(warm.index.sources.filter((s) => decoded(s.input)).map((s) => s.input.id), []);
  const [first, second] = warm.index.sources;
  warm.index.sentencesOf(first);
  assert.deepEqual(warm.index.sources.slice(1).filter((s) => decoded(s.input)).map((s) => s.input.id), [], 'no other source\'s text decoded');
  assert.equal(first.input.text, readFileSync(first.input.id, 'utf8'));
  assert.equal(documents.get(second.input.id)?.getText(), readFileSync(second.input.id, 'utf8'));
  for (const [i, source] of warm.index.sources.entries()) assert.equal(source.input.text, cold.index.sources[i].input.text, source.input.id);
  assert.ok(warm.index.sources.some((s) => /\b(der|die|und)\b/.test(s.input.text)) && warm.index.sources.some((s) => /\b(the|and)\b/.test(s.input.text)));
});
