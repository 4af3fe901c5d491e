/**
 * The shortcuts that make thousands of sources fast must not change a single answer: the index built cold, the index
 * started warm from the cache, and the index after one source changed give the same findings and hovers on the
 * sample drafts and the evaluation drafts as an index built afresh; and every fact the merge takes from a digest is
 * the fact a fresh reading with the corpus-wide names gives.
 */
import assert from 'node:assert/strict';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { deflateRawSync } from 'node:zlib';
import { after, describe, test } from 'node:test';
import { analyzeDraft, claimsOf, clearParseCache, hoverAt, runRules, type SourceIndex } from '../server/src/core';
import { analyzeSentenceText, type SentenceFacts } from '../server/src/core/analysis/analyzedSentence';
import { readSourceFacts } from '../server/src/core/sources/digest';
import { readFigureSection } from '../server/src/core/sources/figureSectionEntries';
import { packSections, sectionAt, type PackedSections } from '../server/src/core/sources/sourceSetIndex';
import { figureSectionCodec } from '../server/src/node/sources/figureSectionCodec';
import { readSetFile, setFileParts } from '../server/src/node/sources/sourceSetCache';
import { splitSentences } from '../server/src/core/text/sentences';
import { detectLanguage } from '../server/src/core/text/language';
import type { Fact } from '../server/src/core/facts/fact';
import { Cancelled, loadSourceIndex, type LoadedSources } from '../server/src/node/sources/loadSourceIndex';
import { indexThreads } from '../server/src/node/sources/indexPool';
import { generateCorpus, writeCorpus } from './support/corpus';
import { ROOT, SOURCES } from './support/fixtures';
import { removeTempFolders, tempFolder } from './support/tempFolders';

after(removeTempFolders);

const EVAL = join(ROOT, 'test', 'eval');
const DRAFTS = [join(ROOT, 'samples', 'drafts'), join(EVAL, 'tuning'), join(EVAL, 'holdout')].flatMap((folder) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ name: f, text: readFileSync(join(folder, f), 'utf8') })),
);

/** The bundled articles, the evaluation's distractors (same companies, other days) and generated articles of many names. */
function corpusFolder(): string {
  const folder = join(tempFolder('equivalence'), 'sources');
  writeCorpus(folder, generateCorpus(40, 9, { extraSentences: [5, 15] }));
  for (const from of [SOURCES, join(EVAL, 'distractors')]) for (const f of readdirSync(from)) copyFileSync(join(from, f), join(folder, f));
  return folder;
}

/** A cache file as it holds it: an index file's quotations and figure sections, kept as bytes of their own, read too. */
function readCacheFile(file: string): unknown {
  const held = (file.endsWith('.index') ? readSetFile(readFileSync(file)) : deserialize(readFileSync(file))) as { snapshot?: { quotations?: { pieces: PackedSections }; figureSections?: PackedSections } };
  const quotations = held.snapshot?.quotations;
  if (!quotations?.pieces) return held;
  const sections = held.snapshot!.figureSections!;
  const each = (packed: PackedSections, read: (bytes: Uint8Array) => unknown) => Array.from(packed.ends, (_, i) => read(sectionAt(packed, i)));
  return { ...held, snapshot: { ...held.snapshot, quotations: { ...quotations, pieces: each(quotations.pieces, deserialize) }, figureSections: each(sections, (bytes) => readFigureSection(figureSectionCodec, bytes)) } };
}

/** A set's index file as read whole (`readSetFile`), as the shape a test looks into. */
const readSet = <Held>(file: string) => readSetFile(readFileSync(file)) as unknown as Held;

/** A set's index file written with `held` as its value (its figure sections after it, as the set's cache writes them). */
function writeSetFile(file: string, held: unknown): void {
  writeFileSync(file, Buffer.concat(setFileParts(held as Parameters<typeof setFileParts>[0])));
}

/** What a writer sees of every draft: each finding, and the hover on every figure and name. */
function answers(index: SourceIndex): Record<string, unknown> {
  clearParseCache();
  return Object.fromEntries(
    DRAFTS.map(({ name, text }) => {
      const analysis = analyzeDraft(text, index);
      const offsets = [...analysis.figures.map((f) => f.span.start), ...analysis.names.map((n) => n.span.start)];
      const claims = claimsOf(analysis, index).map((c) => [c.start, c.status, c.evidence.map((e) => `${e.source.input.id}:${e.sentence.start}`)]);
      return [name, { findings: runRules(analysis, index), hovers: offsets.map((offset) => hoverAt(analysis, index, offset)), claims }];
    }),
  );
}

/**
 * Every figure's fact as the index holds it, next to the fact read afresh: each sentence analysed with the index's
 * names in its source's language, each source's facts read in order.
 */
function factsBesideFresh({ index, digests }: LoadedSources): { held: unknown[]; fresh: unknown[] } {
  const plain = (fact: Fact) => ({ ...fact, figure: fact.figure.text, timeOf: fact.timeOf?.text });
  const sentence = (f: SentenceFacts) => ({
    names: f.names.map((n) => `${n.start}:${n.end}:${n.entry.canonical}:${n.entry.kind}`),
    concepts: [...f.concepts].sort(),
    figures: f.figures.map((x) => ({ text: x.text, value: x.value, direction: x.direction, window: x.window, concepts: [...x.localConcepts].sort() })),
  });
  const held: unknown[] = [];
  const fresh: unknown[] = [];
  const factsOf = new Map<unknown, Fact[]>();
  for (const f of index.figures) factsOf.set(f.at, [...(factsOf.get(f.at) ?? []), f.fact]);
  for (const { digest } of digests.values()) {
    const sentences = index.sentencesOf(digest.source);
    const read = sentences.map((s) => analyzeSentenceText(s.sentence.text, digest.language, index.names, true));
    const facts = readSourceFacts(sentences.map((s, i) => ({ sentence: s.sentence, block: digest.sentences[i].block, facts: read[i] })));
    sentences.forEach((s, i) => {
      held.push({ sentence: sentence(s.facts), facts: (factsOf.get(s) ?? []).map(plain) });
      fresh.push({ sentence: sentence(read[i]), facts: facts[i].map(plain) });
    });
  }
  return { held, fresh };
}

describe('sources: cold, warm and changed give the same answers', () => {
  const folder = corpusFolder();
  const cache = join(folder, '..', 'cache');
  const request = { patterns: [folder], baseFolder: folder, cacheFolder: cache };
  let cold: LoadedSources;
  let fresh: Record<string, unknown>;

  test('the cold index answers as an index built without a cache', async () => {
    cold = await loadSourceIndex(request);
    fresh = answers((await loadSourceIndex({ patterns: [folder], baseFolder: folder })).index);
    assert.equal(cold.stats.analysed, cold.stats.files);
    assert.deepEqual(answers(cold.index), fresh);
  });

  test('a warm start reads every source from the cache, analyses none, and answers the same', async () => {
    const warm = await loadSourceIndex(request);
    assert.deepEqual({ analysed: warm.stats.analysed, fromCache: warm.stats.fromCache, fromSetIndex: warm.fromSetIndex }, { analysed: 0, fromCache: cold.stats.files, fromSetIndex: true });
    assert.deepEqual(answers(warm.index), fresh);
  });

  test('a warm start reads the set\'s index and no source until a lookup reaches it', async () => {
    const warm = await loadSourceIndex(request);
    const reached = () => warm.index.sources.filter((s) => Object.getOwnPropertyDescriptor(s, 'blocks')?.get === undefined).length;
    assert.equal(reached(), 0);
    const counted = (await loadSourceIndex({ patterns: [folder], baseFolder: folder })).counts;
    assert.ok(counted.figures > 100);
    assert.deepEqual(warm.counts, counted, 'counted without reading a source');
    assert.equal(reached(), 0);
    const names = warm.index.names.entries.slice(0, 3).map((e) => e.canonical);
    const draft = analyzeDraft(`${names.join(', ')} und DeepSeek: ein Überblick ohne Zahlen.`, warm.index);
    assert.equal(draft.names.length >= 3, true);
    assert.equal(reached(), 0, 'names are found by the name index alone');
    const text = 'DeepSeek hat das Training von R1 5,6 Millionen Dollar gekostet.';
    const figure = analyzeDraft(text, warm.index).figures[0];
    assert.equal(reached(), 0, 'a fact lookup reads the figure sections of the sources it reaches, not the sources');
    const afresh = analyzeDraft(text, (await loadSourceIndex({ patterns: [folder], baseFolder: folder })).index).figures[0];
    const shown = (f: typeof figure) => [f.match.status, f.match.evidence.map((e) => [e.at.source.input.id, e.at.sentence.start, e.at.sentence.text, e.at.line, e.figure.text, e.score])];
    assert.equal(figure.match.status, 'supported');
    assert.deepEqual(shown(figure), shown(afresh));
    const sourcesShown = new Set(figure.match.evidence.map((e) => e.at.source));
    assert.ok(reached() === sourcesShown.size && reached() < warm.index.sources.length, `${reached()} of ${warm.index.sources.length} sources read to show ${sourcesShown.size}`);
    assert.ok(figure.match.evidence.every((e) => e.at.facts.figures.includes(e.figure) && warm.index.sentencesOf(e.at.source).includes(e.at)), 'a figure read before its source is the merged source\'s, in its sentence');
  });

  test('a warm start leaves the figure sections in the set\'s file: written again since (another mark), a lookup does not read them from the other file but merges the sources from their digests, and answers the same', async () => {
    const warm = await loadSourceIndex(request);
    const indexFile = join(cache, readdirSync(cache).find((f) => f.endsWith('.index'))!);
    const kept = readFileSync(indexFile);
    // The same value and sections written again, as another load of the same sources writes them: another mark.
    writeSetFile(indexFile, readSetFile(Buffer.from(kept)));
    try {
      const reached = () => warm.index.sources.filter((s) => Object.getOwnPropertyDescriptor(s, 'blocks')?.get === undefined).length;
      const figure = analyzeDraft('DeepSeek hat das Training von R1 5,6 Millionen Dollar gekostet.', warm.index).figures[0];
      assert.equal(figure.match.status, 'supported');
      assert.ok(reached() > 0, 'the sources the lookup reached are merged: their sections were not read at the start');
      assert.deepEqual(answers(warm.index), fresh);
    } finally {
      writeFileSync(indexFile, kept);
    }
  });

  test('a warm start reads a draft quotation\'s source quotations one by one, only those sharing its words, and matches as an eager index (German and English)', async () => {
    const eager = (await loadSourceIndex({ patterns: [folder], baseFolder: folder })).index;
    const warm = await loadSourceIndex(request);
    const lookup = warm.index.quotationLookup!;
    assert.ok(lookup && lookup.count === eager.quotations.length && lookup.count > 100, `${lookup?.count} stored quotations`);
    // Every quotation at once is what this must not read: asking for them all fails the test.
    Object.defineProperty(warm.index, 'quotations', { get: () => assert.fail('every source quotation was read') });
    const read = new Set<number>();
    const at = lookup.at.bind(lookup);
    lookup.at = (position) => (read.add(position), at(position));
    const long = (language: string) => eager.quotations.find((q) => q.words.words.length >= 6 && detectLanguage(q.text, undefined, 'de') === language)!;
    const [german, english] = [long('de'), long('en')];
    assert.ok(german && english, 'a German and an English source quotation');
    const changed = (q: typeof german, word: string) => q.text.replace(/[\p{L}]{4,}(?![\s\S]*[\p{L}]{4,})/u, word);
    const drafts = [
      `Im Interview hieß es: „${german.text}“ Und weiter: „${changed(german, 'keineswegs')}“`,
      `As one executive put it: "${english.text}" Later: "${changed(english, 'never')}"`,
    ];
    for (const text of drafts) {
      const shown = (index: SourceIndex) => {
        clearParseCache();
        const analysis = analyzeDraft(text, index);
        return { quotations: analysis.quotations.map((q) => [q.text, q.match?.source.text, q.match?.sourceWording, q.match?.alignment.ratio, q.match?.source.at.source.input.id]), findings: runRules(analysis, index) };
      };
      const lazily = shown(warm.index);
      assert.deepEqual(lazily, shown(eager), text);
      assert.equal(lazily.quotations.filter((q) => q[1] !== undefined).length, 2, `both quotations matched: ${text}`);
    }
    assert.ok(read.size > 0 && read.size < lookup.count / 10, `${read.size} of ${lookup.count} source quotations read`);
  });

  test('a warm start knows each stored quotation\'s language unread, and a translated draft quotation reads none in its own language (German and English)', async () => {
    const eager = (await loadSourceIndex({ patterns: [folder], baseFolder: folder })).index;
    const warm = await loadSourceIndex(request);
    const lookup = warm.index.quotationLookup!;
    const read: number[] = [];
    const at = lookup.at.bind(lookup);
    lookup.at = (position) => (read.push(position), at(position));
    const languageOf = (position: number) => detectLanguage(eager.quotations[position].text, undefined, 'de');
    const languages = Array.from({ length: lookup.count }, (_, p) => lookup.languageAt(p));
    assert.deepEqual(languages, Array.from({ length: lookup.count }, (_, p) => languageOf(p)));
    assert.ok(languages.includes('de') && languages.includes('en'), 'German and English quotations stored');
    assert.deepEqual(read, [], 'every language known without reading a quotation');
    const drafts: Array<[string, 'de' | 'en', string]> = [
      ['Matt Sheehan of the Carnegie Endowment nailed it: "The team turned the hardware challenge into an opportunity for innovation."', 'en', 'Zihan Wang'],
      ['Stacy Rasgon sagte: „Die Welt und die chinesische Regierung waren überrascht, so wie das Team es mit der Hardware-Herausforderung vorhatte.“', 'de', ''],
    ];
    for (const [text, language, fix] of drafts) {
      read.length = 0;
      clearParseCache();
      const findings = runRules(analyzeDraft(text, warm.index), warm.index);
      clearParseCache();
      assert.deepEqual(findings, runRules(analyzeDraft(text, eager), eager), text);
      if (fix) assert.deepEqual(findings.map((f) => f.fix?.newText), [fix]);
      // A quotation that keeps two of the draft's words or more is read; one sharing a single key is not (`mayKeepTwoOf`).
      if (fix) assert.ok(read.length > 0, `the translation's candidates read: ${text}`);
      assert.deepEqual(read.filter((p) => languageOf(p) === language), [], `no quotation in the draft's language read: ${text}`);
    }
  });

  test('quotations that do not read (an index file damaged inside, yet whole) are left out, never an error', async () => {
    const indexFile = join(cache, readdirSync(cache).find((f) => f.endsWith('.index'))!);
    const kept = readFileSync(indexFile);
    const held = readSetFile(Buffer.from(kept)) as unknown as { snapshot: { quotations: { pieces: PackedSections } } };
    held.snapshot.quotations.pieces.bytes.fill(7);
    writeSetFile(indexFile, held);
    try {
      const warm = await loadSourceIndex(request);
      assert.equal(warm.fromSetIndex, true);
      const analysis = analyzeDraft(`Er sagte: „${warm.index.names.entries[0].canonical} hat die Kosten deutlich gesenkt und das Ziel erreicht.“`, warm.index);
      assert.equal(analysis.quotations[0].match, undefined);
      assert.deepEqual(warm.index.quotations, []);
    } finally {
      writeFileSync(indexFile, kept);
    }
  });

  for (const [damage, write] of [
    ['damaged', (file: string) => writeFileSync(file, 'not an index')],
    ['cut short', (file: string) => writeFileSync(file, readFileSync(file).subarray(0, 200))],
    ['foreign', (file: string) => writeFileSync(file, serialize({ magic: 'something else', entries: [1, 2] }))],
    // Whole but for the last byte of its last figure section: the head and the value read, the sections would not.
    ['cut short in its figure sections', (file: string) => writeFileSync(file, readFileSync(file).subarray(0, -1))],
    // As format 7 wrote it: one V8 value, the figure sections' bytes inside it.
    ['format 7\'s', (file: string) => writeFileSync(file, serialize({ ...readSetFile(readFileSync(file)), format: 7 }))],
    ['outdated', (file: string) => writeSetFile(file, { ...readSetFile(readFileSync(file)), version: 'an older analyser' })],
    ['shaped otherwise', (file: string) => {
      const held = readSetFile(readFileSync(file));
      writeSetFile(file, { ...held, snapshot: { sources: 'none', figureSections: held.snapshot.figureSections } });
    }],
    // As the previous layout wrote it (no format; the quotations one serialised list): read whole, it would hand a
    // lookup bytes where it expects postings.
    ['previous format\'s', (file: string) => {
      const { format: _, ...held } = readSet<{ format: number; snapshot: { quotations: { pieces: PackedSections } } }>(file);
      writeSetFile(file, { ...held, snapshot: { ...held.snapshot, quotations: serialize(Array.from(held.snapshot.quotations.pieces.ends, (_, i) => deserialize(sectionAt(held.snapshot.quotations.pieces, i)))) } });
    }],
    ['other format\'s', (file: string) => writeSetFile(file, { ...readSetFile(readFileSync(file)), format: 99 })],
    // As format 2 wrote it: each figure section deflated whole (the codec now reads groups of values and would refuse it
    // section by section, merging every source a lookup reaches from its digest).
    ['format 2\'s', (file: string) => {
      const held = readSet<{ snapshot: { figureSections: PackedSections } }>(file);
      const sections = held.snapshot.figureSections;
      const whole = Array.from(sections.ends, (_, i) => {
        const section = figureSectionCodec.open(sectionAt(sections, i));
        const parts = Array.from({ length: section.count }, (_, k) => serialize(section.value(k)));
        const table = Buffer.alloc(4 * (parts.length + 1));
        table.writeInt32LE(parts.length, 0);
        let end = 0;
        parts.forEach((part, k) => table.writeInt32LE((end += part.length), 4 * (k + 1)));
        return new Uint8Array(deflateRawSync(Buffer.concat([table, ...parts]), { level: 1 }));
      });
      writeSetFile(file, { ...held, format: 2, snapshot: { ...held.snapshot, figureSections: packSections(whole) } });
    }],
    // As format 3 wrote it: no language beside the quotations (a lookup would read every quotation a translation's keys
    // reach), a section's head deflated like its other values.
    ['format 3\'s', (file: string) => {
      const held = readSet<{ snapshot: { quotations: { languages?: Uint8Array }; figureSections: PackedSections } }>(file);
      const { languages: _, ...quotations } = held.snapshot.quotations;
      const sections = held.snapshot.figureSections;
      const deflatedHeads = Array.from(sections.ends, (_, i) => {
        const bytes = Buffer.from(sectionAt(sections, i));
        const groups = bytes.readInt32LE(0) === 0 ? 0 : 2 + Math.floor((bytes.readInt32LE(0) - 2) / 8);
        const start = 4 * (1 + groups);
        if (groups === 0) return new Uint8Array(bytes);
        const head = deflateRawSync(bytes.subarray(start, start + bytes.readInt32LE(4)), { level: 1 });
        const table = Buffer.alloc(start);
        table.writeInt32LE(bytes.readInt32LE(0), 0);
        for (let g = 0; g < groups; g++) table.writeInt32LE(bytes.readInt32LE(4 * (1 + g)) - bytes.readInt32LE(4) + head.length, 4 * (1 + g));
        return new Uint8Array(Buffer.concat([table, head, bytes.subarray(start + bytes.readInt32LE(4))]));
      });
      writeSetFile(file, { ...held, format: 3, snapshot: { ...held.snapshot, quotations, figureSections: packSections(deflatedHeads) } });
    }],
    // As format 4 wrote it: the postings of facts without each place's month and agreement key (a first check made them).
    ['format 4\'s', (file: string) => {
      const held = readSet<{ snapshot: Record<'facts' | 'derivedFacts', { valuesOfPlaces?: unknown }> }>(file);
      for (const postings of [held.snapshot.facts, held.snapshot.derivedFacts]) delete postings.valuesOfPlaces;
      writeSetFile(file, { ...held, format: 4 });
    }],
    ['facts with values of places of another shape', (file: string) => {
      const held = readSet<{ snapshot: { facts: { valuesOfPlaces: { valueOf: Int32Array } } } }>(file);
      held.snapshot.facts.valuesOfPlaces.valueOf = held.snapshot.facts.valuesOfPlaces.valueOf.subarray(1);
      writeSetFile(file, held);
    }],
    ['quotations without their languages', (file: string) => {
      const held = readSet<{ snapshot: { quotations: { languages?: Uint8Array } } }>(file);
      delete held.snapshot.quotations.languages;
      writeSetFile(file, held);
    }],
    ['quotations with a language of none', (file: string) => {
      const held = readSet<{ snapshot: { quotations: { languages: Uint8Array } } }>(file);
      held.snapshot.quotations.languages[0] = 9;
      writeSetFile(file, held);
    }],
  ] as const) {
    test(`a ${damage} index file of the set is discarded and written again, and the start answers the same`, async () => {
      const indexFile = join(cache, readdirSync(cache).find((f) => f.endsWith('.index'))!);
      write(indexFile);
      const again = await loadSourceIndex(request);
      assert.deepEqual({ fromSetIndex: again.fromSetIndex, analysed: again.stats.analysed }, { fromSetIndex: false, analysed: 0 });
      assert.deepEqual(answers(again.index), fresh);
      assert.equal((await loadSourceIndex(request)).fromSetIndex, true, 'written again');
    });
  }

  test('a source whose digest is damaged under a valid index of the set is digested again when reached, and answers the same', async () => {
    for (const f of readdirSync(cache).filter((f) => f.endsWith('.bin')).slice(0, 20)) writeFileSync(join(cache, f), 'not a digest');
    const warm = await loadSourceIndex(request);
    assert.equal(warm.fromSetIndex, true);
    assert.deepEqual(answers(warm.index), fresh);
  });

  test('figure sections that do not read (an index file damaged inside, yet whole) cost time, not answers: the sources a lookup reaches are merged from their digests', async () => {
    const indexFile = join(cache, readdirSync(cache).find((f) => f.endsWith('.index'))!);
    const kept = readFileSync(indexFile);
    // Read from a copy: V8 reads typed arrays as views into the bytes it is given.
    const held = readSetFile(Buffer.from(kept));
    held.snapshot.figureSections.bytes.fill(7);
    writeSetFile(indexFile, held);
    try {
      const warm = await loadSourceIndex(request);
      assert.equal(warm.fromSetIndex, true);
      assert.deepEqual(answers(warm.index), fresh);
    } finally {
      // The later tests read the same cache: it is put back whatever happened.
      writeFileSync(indexFile, kept);
    }
  });

  test('the corpus names kept in the cache are used when they fit, and a damaged file of them costs nothing but time', async () => {
    const namesFiles = readdirSync(cache).filter((f) => f.endsWith('.names'));
    assert.equal(namesFiles.length, 1);
    writeFileSync(join(cache, namesFiles[0]), 'not the names');
    const warm = await loadSourceIndex(request);
    assert.deepEqual(answers(warm.index), fresh);
    assert.deepEqual(readdirSync(cache).filter((f) => f.endsWith('.names')), namesFiles, 'written again');
  });

  test('a source sentence drawn from its block has the text, span and offsets of the sentence split afresh', async () => {
    const warm = await loadSourceIndex(request);
    for (const loaded of [cold, warm]) {
      const held = loaded.index.sources.map((source) => loaded.index.sentencesOf(source).map(({ sentence }) => [sentence.text, sentence.start, sentence.end, [...sentence.offsets]]));
      const split = loaded.index.sources.map((source) => source.blocks.flatMap((block) => splitSentences(block)).map((sentence) => [sentence.text, sentence.start, sentence.end, sentence.offsets]));
      assert.ok(held.flat().length > 500);
      assert.deepEqual(held, split);
    }
  });

  test('a claim and a name\'s hover after a warm start read only the sources that name the claim\'s names', async () => {
    const afresh = (await loadSourceIndex({ patterns: [folder], baseFolder: folder })).index;
    const sourcesNaming = (canonical: string) => new Set(afresh.sentencesWith(`name:${canonical}`).map((s) => s.source.input.id));
    const rare = afresh.names.entries.filter((e) => !e.containing && /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(e.canonical) && sourcesNaming(e.canonical).size === 1).slice(0, 2);
    assert.equal(rare.length, 2);
    const warm = await loadSourceIndex(request);
    const reached = () => warm.index.sources.filter((s) => Object.getOwnPropertyDescriptor(s, 'blocks')?.get === undefined).map((s) => s.input.id);
    const draft = analyzeDraft(`${rare[0].canonical} traf ${rare[1].canonical} zu einem langen Gespräch.`, warm.index);
    const claims = claimsOf(draft, warm.index);
    const hover = hoverAt(draft, warm.index, draft.names[0].span.start);
    assert.deepEqual(new Set(reached()), new Set([...sourcesNaming(rare[0].canonical), ...sourcesNaming(rare[1].canonical)]));
    const fresh = analyzeDraft(draft.text, afresh);
    assert.deepEqual([claims, hover].map((x) => JSON.stringify(x, (key, value) => (key === 'at' || key === 'source' ? undefined : value))), [claimsOf(fresh, afresh), hoverAt(fresh, afresh, fresh.names[0].span.start)].map((x) => JSON.stringify(x, (key, value) => (key === 'at' || key === 'source' ? undefined : value))));
  });

  test('the sentences filed under a name are those whose concepts hold it, in the index\'s order, cold, warm and fresh', async () => {
    const warm = await loadSourceIndex(request);
    const afresh = await loadSourceIndex({ patterns: [folder], baseFolder: folder });
    const concepts = [...new Set(afresh.index.sentences.flatMap((s) => [...s.facts.concepts].filter((c) => c.startsWith('name:'))))];
    assert.ok(concepts.length > 100, `${concepts.length} names`);
    for (const loaded of [afresh, cold, warm]) {
      const place = (s: { source: { input: { id: string } }; sentence: { start: number } }) => `${s.source.input.id}:${s.sentence.start}`;
      const filed = concepts.map((c) => loaded.index.sentencesWith(c).map(place));
      assert.deepEqual(filed, concepts.map((c) => loaded.index.sentences.filter((s) => s.facts.concepts.has(c)).map(place)));
    }
    assert.deepEqual(warm.index.sentencesWith('name:Nobody Named So'), []);
  });

  test('every fact the merge took from a digest is the fact read afresh with the corpus-wide names', async () => {
    for (const loaded of [cold, await loadSourceIndex(request)]) {
      const { held, fresh: again } = factsBesideFresh(loaded);
      assert.ok(held.length > 500, `only ${held.length} sentences`);
      assert.deepEqual(held, again);
    }
  });

  test('one source changed and one added without a new name: only they are read and merged, the rest stays unread, and all answer as a fresh index', async () => {
    const warm = await loadSourceIndex(request);
    const articles = readdirSync(folder, { recursive: true }).map(String).filter((f) => /^\d{4}\/.*\.txt$/.test(f)).sort();
    const [changed, copied] = [join(folder, articles[0]), join(folder, articles[1])];
    const added = join(folder, `${articles[1].replace(/\.txt$/, '')}-copy.txt`);
    const original = readFileSync(changed, 'utf8');
    writeFileSync(changed, `${original}\nEin neuer Absatz: der Umsatz stieg um 17 Prozent.\n`);
    copyFileSync(copied, added);
    try {
      const after = await loadSourceIndex({ ...request, previous: warm, changed: new Set([changed, added]) });
      assert.deepEqual(
        { spliced: after.stats.spliced, analysed: after.stats.analysed, fromMemory: after.stats.fromMemory, fromSetIndex: after.fromSetIndex },
        { spliced: 3, analysed: 1, fromMemory: warm.index.sources.length - 1, fromSetIndex: false },
        'the changed source out and in again, the copy in (its digest is the copied file\'s, from the cache)',
      );
      const reached = after.index.sources.filter((s) => Object.getOwnPropertyDescriptor(s, 'blocks')?.get === undefined);
      assert.equal(reached.length, 0, 'no source read to splice the set');
      const afresh = await loadSourceIndex({ patterns: [folder], baseFolder: folder });
      assert.deepEqual(after.counts, afresh.counts);
      assert.deepEqual(answers(after.index), answers(afresh.index));
      const { held, fresh: again } = factsBesideFresh(after);
      assert.deepEqual(held, again);
      // The index file written is the one a cold index of the folder as it is now writes, but for the key its sources'
      // mentions were stored with (the names are the same).
      const indexFile = (cache: string) => readCacheFile(join(cache, readdirSync(cache).find((f) => f.endsWith('.index'))!)) as { key: string; snapshot: object; skipped: unknown };
      const coldCache = join(folder, '..', 'cache-after-change');
      await loadSourceIndex({ ...request, cacheFolder: coldCache });
      const [spliced, cold] = [indexFile(cache), indexFile(coldCache)];
      assert.deepEqual({ ...spliced, snapshot: { ...spliced.snapshot, namesKey: undefined } }, { ...cold, snapshot: { ...cold.snapshot, namesKey: undefined } });
      const next = await loadSourceIndex(request);
      assert.deepEqual({ fromSetIndex: next.fromSetIndex, analysed: next.stats.analysed }, { fromSetIndex: true, analysed: 0 });
      assert.deepEqual(answers(next.index), answers(afresh.index));
      // And back: the copy deleted, the changed file as it was.
      writeFileSync(changed, original);
      rmSync(added);
      const back = await loadSourceIndex({ ...request, previous: next, changed: new Set([changed, added]) });
      assert.equal(back.stats.spliced, 3);
      assert.deepEqual(answers(back.index), fresh);
    } finally {
      writeFileSync(changed, original);
      rmSync(added, { force: true });
    }
  });

  test('a start after a source changed on disk since the last one (nothing in memory: a CLI run) splices it into the set\'s file, and answers as a fresh index', async () => {
    const before = await loadSourceIndex(request);
    assert.equal(before.fromSetIndex, true);
    const article = readdirSync(folder, { recursive: true }).map(String).filter((f) => /^\d{4}\/.*\.md$/.test(f)).sort()[0];
    const changed = join(folder, article);
    const original = readFileSync(changed, 'utf8');
    writeFileSync(changed, `${original}\nDer Umsatz stieg zuletzt um 23 Prozent.\n`);
    try {
      const started = await loadSourceIndex(request);
      assert.deepEqual({ spliced: started.stats.spliced, analysed: started.stats.analysed, fromSetIndex: started.fromSetIndex }, { spliced: 2, analysed: 1, fromSetIndex: false });
      const afresh = await loadSourceIndex({ patterns: [folder], baseFolder: folder });
      assert.deepEqual(started.counts, afresh.counts);
      assert.deepEqual(answers(started.index), answers(afresh.index));
      const next = await loadSourceIndex(request);
      assert.deepEqual({ fromSetIndex: next.fromSetIndex, analysed: next.stats.analysed }, { fromSetIndex: true, analysed: 0 });
    } finally {
      writeFileSync(changed, original);
    }
    const back = await loadSourceIndex(request);
    assert.equal(back.stats.spliced, 2, 'the file as it was, spliced back (its digest from the cache)');
    assert.equal(back.stats.analysed, 0);
    assert.deepEqual(answers(back.index), fresh);
  });

  test('after a new source adds names, the sources that mention them are read again, and all answer as a fresh index', async () => {
    // A new name ("Hubi-Chef", "Lars") changes what the corpus-wide index finds in the sources that name "Lars Hubi".
    const person = cold.index.names.entries.find((e) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(e.canonical) && !e.containing)!.canonical.split(' ');
    const changed = join(folder, 'note.txt');
    writeFileSync(changed, `Kurz notiert\n\n${person[1]}-Chef ${person[0]} meldet 12 neue Kunden.\n`);
    const keysBefore = [...cold.digests.values()].map(({ digest }) => digest.documentKey);
    const after = await loadSourceIndex({ ...request, previous: cold, changed: new Set([changed]) });
    const reread = [...cold.digests.values()].filter(({ digest }, i) => digest.documentKey !== keysBefore[i]).length;
    assert.ok(reread > 0, 'no other source was read again');
    const afresh = await loadSourceIndex({ patterns: [folder], baseFolder: folder });
    assert.deepEqual(answers(after.index), answers(afresh.index));
    const { held, fresh: again } = factsBesideFresh(after);
    assert.deepEqual(held, again);
    const warm = await loadSourceIndex(request);
    assert.equal(warm.stats.analysed, 0);
    assert.deepEqual(answers(warm.index), answers(afresh.index));
  });
});

test('a cold index takes one thread per idle core from 64 files on, at most four, and as many as asked for', () => {
  const cases = [
    [63, undefined, 2, 0],
    [64, undefined, 2, 0],
    [2000, undefined, 2, 0.4],
    [2000, undefined, 2, 0.6],
    [2000, undefined, 2, 6.5],
    [2000, undefined, 16, 1],
    [10, 2, 2, 7],
    [2000, 1, 8, 0],
  ] as const;
  assert.deepEqual(
    cases.map(([files, asked, cores, load]) => indexThreads(files, asked, cores, load)),
    [1, 2, 2, 1, 1, 4, 2, 1],
  );
});

test('NEWSPROOF_INDEX_THREADS sets the threads of a cold index whatever the load; a value that is no count is ignored', () => {
  const before = process.env.NEWSPROOF_INDEX_THREADS;
  try {
    process.env.NEWSPROOF_INDEX_THREADS = '2';
    assert.deepEqual([indexThreads(2000, undefined, 2, 6.5), indexThreads(2000, 1, 2, 0)], [2, 1]);
    for (const ignored of ['0', 'two', '1.5', '']) {
      process.env.NEWSPROOF_INDEX_THREADS = ignored;
      assert.equal(indexThreads(2000, undefined, 2, 6.5), 1, ignored);
    }
  } finally {
    if (before === undefined) delete process.env.NEWSPROOF_INDEX_THREADS;
    else process.env.NEWSPROOF_INDEX_THREADS = before;
  }
});

test('a start splicing a changed source into the set\'s file skips the files skipped before, for the same reasons, and answers as a fresh index', async () => {
  const folder = join(tempFolder('splice-skipped'), 'sources');
  writeCorpus(folder, generateCorpus(12, 5, { extraSentences: [3, 6] }));
  writeFileSync(join(folder, 'empty.txt'), '');
  writeFileSync(join(folder, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3]));
  writeFileSync(join(folder, 'latin1.txt'), Buffer.from([0x4d, 0x81, 0x61, 0xff, 0x8d, 0x20, 0x90]));
  const request = { patterns: [folder], baseFolder: folder, cacheFolder: join(folder, '..', 'cache') };
  const cold = await loadSourceIndex(request);
  const reasons = (loaded: LoadedSources) => loaded.skipped.map((s) => `${s.path}: ${s.reason}`).sort();
  assert.equal(reasons(cold).length, 3);
  const article = readdirSync(folder, { recursive: true }).map(String).filter((f) => /^\d{4}\/.*\.txt$/.test(f)).sort()[0];
  writeFileSync(join(folder, article), `${readFileSync(join(folder, article), 'utf8')}\nDer Umsatz stieg zuletzt um 23 Prozent.\n`);
  const started = await loadSourceIndex(request);
  assert.deepEqual({ spliced: started.stats.spliced, analysed: started.stats.analysed }, { spliced: 2, analysed: 1 });
  assert.deepEqual(reasons(started), reasons(cold));
  const afresh = await loadSourceIndex({ patterns: [folder], baseFolder: folder });
  assert.deepEqual(reasons(afresh), reasons(cold));
  assert.deepEqual(answers(started.index), answers(afresh.index));
  const next = await loadSourceIndex(request);
  assert.deepEqual({ fromSetIndex: next.fromSetIndex, skipped: reasons(next) }, { fromSetIndex: true, skipped: reasons(cold) });
});

describe('sources: a cold index over two threads is the index of one', () => {
  const folder = corpusFolder();
  const cacheOf = (name: string) => join(folder, '..', name);
  const load = (cache: string, threads: number) => loadSourceIndex({ patterns: [folder], baseFolder: folder, cacheFolder: cacheOf(cache), threads });
  /** Every file of a cache folder by name, with what it holds (equal content may differ in bytes: V8 writes a string as it holds it). */
  const files = (cache: string) => Object.fromEntries(readdirSync(cacheOf(cache)).sort().map((f) => [f, readCacheFile(join(cacheOf(cache), f))]));
  let serial: LoadedSources;
  let parallel: LoadedSources;

  test('the threads write the same index file, names and digests, and the index answers the same', async () => {
    serial = await load('serial', 1);
    parallel = await load('parallel', 2);
    assert.deepEqual([serial.stats.threads, parallel.stats.threads], [undefined, 2], 'the second load ran on two threads');
    assert.deepEqual({ ...parallel.stats, threads: undefined }, { ...serial.stats, threads: undefined });
    assert.deepEqual(parallel.counts, serial.counts);
    assert.deepEqual(parallel.skipped, serial.skipped);
    const [written, writtenAlone] = [files('parallel'), files('serial')];
    assert.ok(Object.keys(written).length > 60, `${Object.keys(written).length} files in the cache`);
    assert.deepEqual(Object.keys(written), Object.keys(writtenAlone));
    for (const name of Object.keys(written)) assert.deepEqual(written[name], writtenAlone[name], `${name} differs`);
    assert.deepEqual(answers(parallel.index), answers(serial.index));
  });

  test('a warm start from what the threads wrote answers as one from what one thread wrote', async () => {
    const [warm, warmAlone] = [await load('parallel', 2), await load('serial', 1)];
    assert.deepEqual([warm.fromSetIndex, warmAlone.fromSetIndex], [true, true]);
    assert.deepEqual(answers(warm.index), answers(serial.index));
  });

  test('threads that find the digests in the cache take them from there, and write the same index file again', async () => {
    const indexFile = (cache: string) => join(cacheOf(cache), readdirSync(cacheOf(cache)).find((f) => f.endsWith('.index'))!);
    const before = readCacheFile(indexFile('parallel'));
    rmSync(indexFile('parallel'));
    const again = await load('parallel', 2);
    assert.deepEqual({ threads: again.stats.threads, analysed: again.stats.analysed, fromCache: again.stats.fromCache, fromSetIndex: again.fromSetIndex }, { threads: 2, analysed: 0, fromCache: serial.stats.files, fromSetIndex: false });
    assert.deepEqual(readCacheFile(indexFile('parallel')), before);
    assert.deepEqual(answers(again.index), answers(serial.index));
  });

  test('cancelled while the threads digest, the load stops with Cancelled and the next load completes', async () => {
    let asked = 0;
    await assert.rejects(loadSourceIndex({ patterns: [folder], baseFolder: folder, cacheFolder: cacheOf('cancelled'), threads: 2, progress: () => asked++, isCancelled: () => asked > 5 }), Cancelled);
    const after = await load('cancelled', 2);
    assert.equal(after.stats.files, serial.stats.files);
    assert.deepEqual(answers(after.index), answers(serial.index));
  });

  test('threads that may merge only the next source to be filed write the same files, and the index answers the same', async () => {
    const stepwise = await loadSourceIndex({ patterns: [folder], baseFolder: folder, cacheFolder: cacheOf('stepwise'), threads: 2, mergeAhead: 1 });
    assert.equal(stepwise.stats.threads, 2);
    const [written, writtenAlone] = [files('stepwise'), files('serial')];
    assert.deepEqual(Object.keys(written), Object.keys(writtenAlone));
    for (const name of Object.keys(written)) assert.deepEqual(written[name], writtenAlone[name], `${name} differs`);
    assert.deepEqual(answers(stepwise.index), answers(serial.index));
  });

  test('digests parked in the cache and damaged there before the merge are digested again: the same files, the same answers', async () => {
    let damaged = 0;
    // Once every source is digested (and parked), before the merge reads them back: each digest file cut to a few bytes.
    const progress = (done: number, total: number) => {
      if (done !== total || damaged) return;
      for (const f of readdirSync(cacheOf('damaged')).filter((f) => f.endsWith('.bin'))) {
        writeFileSync(join(cacheOf('damaged'), f), 'not a digest');
        damaged++;
      }
    };
    const loaded = await loadSourceIndex({ patterns: [folder], baseFolder: folder, cacheFolder: cacheOf('damaged'), threads: 2, progress });
    assert.equal(loaded.stats.threads, 2);
    assert.equal(damaged, Object.keys(files('serial')).filter((f) => f.endsWith('.bin')).length, 'every digest parked before the merge');
    const [written, writtenAlone] = [files('damaged'), files('serial')];
    assert.deepEqual(Object.keys(written), Object.keys(writtenAlone));
    for (const name of Object.keys(written)) assert.deepEqual(written[name], writtenAlone[name], `${name} differs`);
    assert.deepEqual(answers(loaded.index), answers(serial.index));
  });

  test('one thread parks its digests in the cache until the merge too; damaged there, they are digested again: the same files, the same answers', async () => {
    let damaged = 0;
    const progress = (done: number, total: number) => {
      if (done !== total || damaged) return;
      for (const f of readdirSync(cacheOf('damagedAlone')).filter((f) => f.endsWith('.bin'))) {
        writeFileSync(join(cacheOf('damagedAlone'), f), 'not a digest');
        damaged++;
      }
    };
    const loaded = await loadSourceIndex({ patterns: [folder], baseFolder: folder, cacheFolder: cacheOf('damagedAlone'), threads: 1, progress });
    assert.equal(loaded.stats.threads, undefined);
    assert.equal(damaged, Object.keys(files('serial')).filter((f) => f.endsWith('.bin')).length, 'every digest parked before the merge');
    const [written, writtenAlone] = [files('damagedAlone'), files('serial')];
    assert.deepEqual(Object.keys(written), Object.keys(writtenAlone));
    for (const name of Object.keys(written)) assert.deepEqual(written[name], writtenAlone[name], `${name} differs`);
    assert.deepEqual(answers(loaded.index), answers(serial.index));
  });
});
