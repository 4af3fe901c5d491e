/**
 * A warm start compares every file's hash with the set's index but decodes a source's text only when a check first
 * merges the source (or a finding points into it): the text then is the file's, as a cold index read it.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, mock, test } from 'node:test';
import { sourceDocuments } from '../server/src/lsp/convert';
import { loadSourceIndex } from '../server/src/node/sources/loadSourceIndex';
import { withTextWhenAsked } from '../server/src/node/sources/readSource';
import { generateCorpus, writeCorpus } from './support/corpus';
import { removeTempFolders, tempFolder } from './support/tempFolders';

after(removeTempFolders);

test('a warm start decodes no source\'s text until a source is merged, and then the file\'s text (German and English sources)', async () => {
  const folder = join(tempFolder('warm-text'), 'sources');
  writeCorpus(folder, generateCorpus(24, 5, { extraSentences: [2, 6] }));
  const request = { patterns: [folder], baseFolder: folder, cacheFolder: join(folder, '..', 'cache') };
  const cold = await loadSourceIndex(request);
  // Every decode of a source's bytes, counted from the warm start on (the decoder's result is a source file's text).
  const texts = new Set(cold.index.sources.map((s) => s.input.text));
  const decoder = mock.method(TextDecoder.prototype, 'decode');
  const decodes = { mock: { callCount: () => decoder.mock.calls.filter((call) => texts.has(call.result as string)).length } };
  try {
    const warm = await loadSourceIndex(request);
    assert.equal(warm.fromSetIndex, true);
    assert.equal(decodes.mock.callCount(), 0, 'no text decoded at the start');
    // The language server's documents of the sources: none made (nor any text decoded) until one is asked for.
    const documents = sourceDocuments(warm.index);
    assert.equal(decodes.mock.callCount(), 0);
    const [first, second] = warm.index.sources;
    warm.index.sentencesOf(first);
    assert.equal(decodes.mock.callCount(), 1, 'the merged source\'s text alone decoded');
    assert.equal(first.input.text, readFileSync(first.input.id, 'utf8'));
    assert.equal(documents.get(second.input.id)?.getText(), readFileSync(second.input.id, 'utf8'));
    assert.equal(decodes.mock.callCount(), 2, 'each text decoded once');
    for (const [i, source] of warm.index.sources.entries()) assert.equal(source.input.text, cold.index.sources[i].input.text, source.input.id);
    assert.ok(warm.index.sources.some((s) => /\b(der|die|und)\b/.test(s.input.text)) && warm.index.sources.some((s) => /\b(the|and)\b/.test(s.input.text)));
  } finally {
    decoder.mock.restore();
  }
});

test('a source\'s bytes that no longer decode throw when its text is asked for, never read as an empty source', () => {
  const path = join(tempFolder('warm-text-undecodable'), 'Bericht über OpenAI.txt');
  const bytes = Uint8Array.from([0x00, 0x01, 0x02, 0x00, 0xff, 0xfe, 0x00, 0x00]);
  writeFileSync(path, bytes);
  const where = withTextWhenAsked({ path, bytes, hash: 'of the index' });
  assert.equal(where.id, path);
  assert.throws(() => where.text, { message: `the source ${path} is binary, not text, yet its text was read when the set's index was made` });
});
