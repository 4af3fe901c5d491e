import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync, truncateSync, copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { after, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDraft, hoverAt, runRules } from '../server/src/core';
import { digestSource, indexSources, type SourceIndex } from '../server/src/core/sources';
import { DigestCache } from '../server/src/node/sources/digestCache';
import { serializeInParts } from '../server/src/node/sources/serializeInParts';
import { loadSourceIndex, skippedMessage } from '../server/src/node/sources/loadSourceIndex';
import { ROOT, SOURCES } from './support/fixtures';
import { removeTempFolders, tempFolder } from './support/tempFolders';
import { generateCorpus } from './support/corpus';
import { analyzeSentenceText, type SentenceFacts } from '../server/src/core/analysis/analyzedSentence';

const GOOD = join(ROOT, 'test', 'fixtures', 'sources', 'good');
const BAD = join(ROOT, 'test', 'fixtures', 'sources', 'bad');
const tmp = tempFolder;
after(removeTempFolders);

const load = (patterns: string[], cacheFolder?: string) => loadSourceIndex({ patterns, baseFolder: ROOT, ...(cacheFolder ? { cacheFolder } : {}) });
const sourceNamed = (index: SourceIndex, file: string) => index.sources.find((s) => s.input.id.endsWith(`/${file}`))!;
const sentencesOf = (index: SourceIndex, file: string) => index.sentencesOf(sourceNamed(index, file)).map((s) => s.sentence.text);

describe('source formats', () => {
  test('a saved web page: the article only, no cookie banner, menu, share buttons, caption, related links, newsletter or footer', async () => {
    const { index } = await load([join(GOOD, 'kelvo-funding.html')]);
    assert.deepEqual(sentencesOf(index, 'kelvo-funding.html'), [
      'Munich-based Kelvo Robotics has raised €48 million in a funding round led by Isar Ventures, the company said on Friday.',
      'The start-up, founded in 2019, employs 230 people and wants to double production of its robot arms by 2026 – “we are building the factory now,” said Mara Lindqvist, Kelvo’s chief executive.',
      'Kelvo’s robotics revenue grew 37 % in 2024, according to the company & its investors.',
      'Rival Tessaro Automation cut 5 % of its staff last year.',
    ]);
    assert.deepEqual(index.figures.map((f) => f.figure.text), ['€48 million', '2019', '230', '2026', '37 %', '2024', '5 %']);
  });

  test('a saved web page: title from og:title, date from JSON-LD, outlet, author, URL from the canonical link', async () => {
    const { index } = await load([join(GOOD, 'kelvo-funding.html')]);
    const { title, url, outlet, published, author, format } = sourceNamed(index, 'kelvo-funding.html');
    assert.deepEqual({ title, url, outlet, published, author, format }, {
      title: 'Kelvo Robotics raises €48 million to build robot arms in Bavaria',
      url: 'https://computepost.example/2025/03/kelvo-robotics-funding',
      outlet: 'The Compute Post',
      published: '2025-03-14',
      author: 'Jana Whitfield',
      format: 'html',
    });
  });

  test('a saved web page: every character maps to its place in the file; an entity to its "&"', async () => {
    const { index } = await load([join(GOOD, 'kelvo-funding.html')]);
    const html = readFileSync(join(GOOD, 'kelvo-funding.html'), 'utf8');
    const money = index.figures.find((f) => f.figure.text === '€48 million')!;
    const { at, figure } = money;
    const start = at.sentence.offsets[figure.start];
    const end = at.sentence.offsets[figure.end - 1] + 1;
    assert.equal(html.slice(start, end), '&euro;48&nbsp;million');
    const file = TextDocument.create('file:///kelvo.html', 'html', 0, html);
    assert.deepEqual(file.positionAt(start), { line: 31, character: 50 });
    assert.equal(html.split('\n')[31].slice(50, 56), '&euro;');
    assert.deepEqual(at.position, { startLine: 32, startColumn: 12, endLine: 32, endColumn: 141 });
    assert.ok(html.split('\n')[31].slice(11, 140).endsWith('said on Friday.'));
    for (const s of index.sentences) {
      for (let i = 0; i < s.sentence.text.length; i++) {
        const raw = html.slice(s.sentence.offsets[i], s.sentence.offsets[i] + 8);
        assert.ok(raw.startsWith(s.sentence.text[i]) || raw.startsWith('&') || (s.sentence.text[i] === ' ' && /^\s/.test(raw)), `${JSON.stringify(s.sentence.text[i])} at ${s.sentence.offsets[i]}: ${raw}`);
      }
    }
  });

  test('Markdown with front matter (UTF-8 with a byte order mark, an emoji before a figure): provenance and exact offsets', async () => {
    const { index } = await load([join(GOOD, 'orbis-interview.md')]);
    const source = sourceNamed(index, 'orbis-interview.md');
    assert.deepEqual([source.title, source.outlet, source.published, source.url, source.author, source.lang], ['Orbis AI plant Börsengang', 'Netzwelt Heute', '2025-02-03', 'https://netzwelt.example/orbis-ipo', 'Tim Kessler', 'de']);
    const percent = index.figures.find((f) => f.figure.text === '71 %')!;
    const text = source.input.text;
    assert.equal(text.slice(percent.at.sentence.offsets[percent.figure.start], percent.at.sentence.offsets[percent.figure.end - 1] + 1), '71 %');
    assert.equal(text.charCodeAt(0), 0x2d, 'the byte order mark is not part of the text');
  });

  test('a PDF: the text layer page by page, the page in the provenance and the link', async () => {
    const { index } = await load([join(GOOD, 'press-release.pdf')]);
    const source = sourceNamed(index, 'press-release.pdf');
    assert.equal(source.title, 'Kelvo Robotics schließt Finanzierungsrunde ab');
    const growth = index.figures.find((f) => f.figure.text === '37 Prozent')!;
    assert.equal(growth.at.page, 2);
    assert.equal(index.figures.find((f) => f.figure.text === '48 Millionen Euro')!.at.page, 1);
    const draft = analyzeDraft('Die Robotersparte von Kelvo Robotics wuchs 2024 um 37 Prozent.', index, 'de');
    const hover = hoverAt(draft, index, draft.figures.find((f) => f.figure.text === '37 Prozent')!.span.start)!;
    assert.match(hover.markdown, /\[good\/press-release\.pdf, p\. 2\]\(file:\/\/\/.*\/press-release\.pdf#page=2\)$/);
    const findings = runRules(analyzeDraft('Die Robotersparte von Kelvo Robotics wuchs 2024 um 73 Prozent.', index, 'de'), index);
    assert.deepEqual(findings.map((f) => [f.code, f.related[0]?.message]), [
      ['figure-mismatch', 'Kelvo Robotics schließt Finanzierungsrunde ab, p. 2: Die Robotersparte von Kelvo Robotics wuchs im Jahr 2024 um 37 Prozent.'],
    ]);
  });

  test('encodings: Windows-1252 (€ and „…“) and UTF-16 with a byte order mark read as their writer saw them', async () => {
    const { index } = await load([join(GOOD, 'gruenwald-cp1252.txt'), join(GOOD, 'veltro-utf16.txt')]);
    assert.deepEqual(sentencesOf(index, 'gruenwald-cp1252.txt'), [
      'Die Grünwald Analytics GmbH aus München steigerte ihren Umsatz 2024 um 12 % auf 3,4 Millionen €.',
      '„Das Wachstum kam aus dem Ausland“, sagte Lea Brandt, die Geschäftsführerin.',
    ]);
    assert.deepEqual(index.quotations.map((q) => [q.text, q.speaker?.text]), [['Das Wachstum kam aus dem Ausland', 'Lea Brandt']]);
    assert.deepEqual(sentencesOf(index, 'veltro-utf16.txt'), ['Die Veltro Chips GmbH will bis 2026 rund 1.200 Mitarbeiter in Dresden beschäftigen, sagte das Unternehmen am Montag.']);
    assert.equal(index.figures.find((f) => f.figure.text === '1.200')?.figure.value, 1200);
  });

  test('hover over a figure a web page backs: outlet · date · title, a link to the article online and one to the file at the sentence', async () => {
    const { index } = await load([GOOD]);
    const draft = analyzeDraft('Kelvo Robotics employs 230 people.', index, 'en');
    const hover = hoverAt(draft, index, draft.figures.find((f) => f.figure.text === '230')!.span.start)!;
    assert.match(hover.markdown, /> — The Compute Post · 2025-03-14 · \*Kelvo Robotics raises €48 million to build robot arms in Bavaria\* · \[computepost\.example\]\(https:\/\/computepost\.example\/2025\/03\/kelvo-robotics-funding\) · \[good\/kelvo-funding\.html:33\]\(file:\/\/\/.*kelvo-funding\.html#L33,12-L33,\d+\)/);
  });

  test('a figure a web page and a PDF both back: the hover quotes both, the PDF with its page', async () => {
    const { index } = await load([join(GOOD, 'kelvo-funding.html'), join(GOOD, 'press-release.pdf')]);
    const draft = analyzeDraft('Kelvo Robotics raised €48 million in a funding round.', index, 'en');
    const hover = hoverAt(draft, index, draft.figures.find((f) => f.figure.text === '€48 million')!.span.start)!;
    assert.match(hover.markdown, /Kelvo Robotics raises €48 million to build robot arms in Bavaria/);
    assert.match(hover.markdown, /press-release\.pdf, p\. 1/);
  });

  test('a contradicted figure: the note names outlet, date, title and address', async () => {
    const { index } = await load([join(GOOD, 'kelvo-funding.html')]);
    const findings = runRules(analyzeDraft('Kelvo Robotics employs 320 people, founded in 2019.', index, 'en'), index);
    const related = findings.flatMap((f) => f.related).map((r) => r.message);
    assert.ok(related.includes('The Compute Post · 2025-03-14 · Kelvo Robotics raises €48 million to build robot arms in Bavaria <https://computepost.example/2025/03/kelvo-robotics-funding>: The start-up, founded in 2019, employs 230 people and wants to double production of its robot arms by 2026 – “we are building the factory now,” said Mara Lindqvist, Kelvo’s chief executive.'), related.join('\n'));
  });
});

describe('where sources are', () => {
  test('folders are read with their subfolders; globs and exclusions choose files', async () => {
    const root = tmp('tree');
    mkdirSync(join(root, '2024', '03'), { recursive: true });
    mkdirSync(join(root, 'drafts'));
    copyFileSync(join(GOOD, 'veltro-utf16.txt'), join(root, '2024', '03', 'veltro.txt'));
    copyFileSync(join(GOOD, 'kelvo-funding.html'), join(root, '2024', 'kelvo.html'));
    writeFileSync(join(root, 'drafts', 'mine.md'), '# Mein Entwurf\n\nKelvo hat 999 Mitarbeiter.\n');
    writeFileSync(join(root, 'notes.json'), '{}');
    const files = async (patterns: string[], exclude: string[] = []) =>
      (await loadSourceIndex({ patterns, exclude, baseFolder: root })).index.sources.map((s) => s.input.id.slice(root.length + 1));
    assert.deepEqual(await files([root]), ['2024/03/veltro.txt', '2024/kelvo.html', 'drafts/mine.md']);
    assert.deepEqual(await files([root], ['**/drafts/**']), ['2024/03/veltro.txt', '2024/kelvo.html']);
    assert.deepEqual(await files([root, '!*.html', '!drafts/**']), ['2024/03/veltro.txt']);
    assert.deepEqual(await files([join(root, '**/*.html')]), ['2024/kelvo.html']);
  });
});

describe('bad files', () => {
  test('binary, empty, too large, unreadable and a PDF without text: one message each, the rest is indexed', async () => {
    const folder = tmp('bad');
    for (const f of readdirSync(BAD)) copyFileSync(join(BAD, f), join(folder, f));
    writeFileSync(join(folder, 'huge.txt'), '');
    truncateSync(join(folder, 'huge.txt'), 21 * 1024 * 1024);
    const loaded = await loadSourceIndex({ patterns: [folder, join(folder, 'gone.txt')], baseFolder: folder });
    assert.deepEqual(loaded.index.sources.map((s) => s.title), ['Ordentliche Notiz über Kelvo Robotics: 230 Mitarbeiter.']);
    assert.deepEqual(loaded.skipped.map(skippedMessage), [
      `Source ${join(folder, 'empty.txt')} is empty; skipped.`,
      `Source ${join(folder, 'huge.txt')} is too large (21.0 MB; sources over 20 MB are skipped); skipped.`,
      `Source ${join(folder, 'photo.txt')} is binary, not text; skipped.`,
      `Source ${join(folder, 'scanned.pdf')} is a PDF without a text layer (a scan?); run it through OCR to use it; skipped.`,
    ]);
    assert.deepEqual(loaded.problems, [`Source ${join(folder, 'gone.txt')} cannot be read (ENOENT); check the path in "sources".`]);
  });
});

describe('the source cache', () => {
  test('a set\'s index file is written in pieces that are the very bytes of it serialised whole, its large arrays not copied', () => {
    const sections = new Uint8Array(300_000).map((_, i) => i % 251);
    const places = new Int32Array(40_000).map((_, i) => i * 7);
    const snapshot = { title: 'x'.repeat(500), sections, postings: [places, new Uint8Array(12), Buffer.from('klein')], byKey: new Map([['cost', places.subarray(5, 30_000)]]), again: sections };
    const parts = serializeInParts(snapshot);
    assert.equal(Buffer.compare(Buffer.concat(parts), serialize(snapshot)), 0);
    assert.ok(parts.some((part) => part.buffer === sections.buffer) && parts.some((part) => part.buffer === places.buffer), 'large arrays are written from their own memory');
    assert.deepEqual(deserialize(Buffer.concat(parts)), snapshot);
  });

  test('a second load reads every source from the cache and yields the same index', async () => {
    const cache = tmp('cache');
    const cold = await load([GOOD], cache);
    assert.deepEqual(cold.stats, { files: 5, fromCache: 0, fromMemory: 0, analysed: 5 });
    const warm = await load([GOOD], cache);
    assert.deepEqual(warm.stats, { files: 5, fromCache: 5, fromMemory: 0, analysed: 0 });
    const summary = (l: typeof cold) => l.index.sentences.map((s) => [s.source.input.id, s.sentence.text, s.position, s.page, s.facts.figures.map((f) => f.text), s.facts.names.map((n) => n.entry.canonical)]);
    assert.deepEqual(summary(warm), summary(cold));
    assert.deepEqual(warm.index.quotations.map((q) => [q.text, q.speaker?.mention?.entry.canonical]), cold.index.quotations.map((q) => [q.text, q.speaker?.mention?.entry.canonical]));
    assert.ok(warm.index.quotations.every((q) => !q.speaker?.mention || warm.index.names.entries.includes(q.speaker.mention.entry)), 'speakers are bound to the new name index');
  });

  test('a damaged or foreign cache file is discarded and the source analysed again, without an error', async () => {
    const cache = tmp('cache-bad');
    await load([join(GOOD, 'veltro-utf16.txt'), join(GOOD, 'orbis-interview.md')], cache);
    const files = readdirSync(cache, { recursive: true }).map(String).filter((f) => f.endsWith('.bin')).sort();
    assert.equal(files.length, 2);
    writeFileSync(join(cache, files[0]), 'not a digest at all');
    writeFileSync(join(cache, files[1]), Buffer.from([0xff, 0x0f, 0x6f, 0x22, 0x01]));
    // Without the set's index, which would otherwise read the digests only when a lookup reaches them (see sourcesEquivalence).
    for (const f of readdirSync(cache).filter((f) => f.endsWith('.index'))) rmSync(join(cache, f));
    const again = await load([join(GOOD, 'veltro-utf16.txt'), join(GOOD, 'orbis-interview.md')], cache);
    assert.deepEqual(again.stats, { files: 2, fromCache: 0, fromMemory: 0, analysed: 2 });
    assert.equal(again.index.sources.length, 2);
    assert.equal((await load([join(GOOD, 'veltro-utf16.txt'), join(GOOD, 'orbis-interview.md')], cache)).stats.fromCache, 2, 'rebuilt');
  });

  test('a digest of another analyser version is not used', async () => {
    const cache = tmp('cache-version');
    const digest = digestSource({ id: 'a.txt', uri: 'file:///a.txt', text: 'Titel\n\nVeltro Chips beschäftigt 1.200 Mitarbeiter.\n' });
    await new DigestCache(cache, 'old').set('abc', digest);
    assert.ok(await new DigestCache(cache, 'old').get('abc', { id: 'a.txt', uri: 'file:///a.txt' }));
    const newer = new DigestCache(cache, 'new');
    assert.equal(await newer.get('abc', { id: 'a.txt', uri: 'file:///a.txt' }), undefined);
    assert.equal(newer.discarded, 1);
  });

  test('after a change on disk only the changed file is read again', async () => {
    const folder = tmp('changed');
    for (const f of readdirSync(GOOD)) copyFileSync(join(GOOD, f), join(folder, f));
    const first = await loadSourceIndex({ patterns: [folder], baseFolder: folder });
    writeFileSync(join(folder, 'veltro-utf16.txt'), 'Veltro Chips startet Fertigung\n\nVeltro Chips will 2026 rund 1.500 Mitarbeiter in Dresden beschäftigen.\n');
    const second = await loadSourceIndex({ patterns: [folder], baseFolder: folder, previous: first, changed: new Set([join(folder, 'veltro-utf16.txt')]) });
    assert.deepEqual(second.stats, { files: 5, fromCache: 0, fromMemory: 4, analysed: 1 });
    assert.ok(second.index.figures.some((f) => f.figure.text === '1.500'));
    assert.ok(!second.index.figures.some((f) => f.figure.text === '1.200'));
  });
});

describe('per-source digests', () => {
  test('facts reused from a digest are the facts read with the corpus-wide names, sentence by sentence', () => {
    const inputs = [
      ...readdirSync(SOURCES).map((f) => ({ id: f, uri: `file:///${f}`, text: readFileSync(join(SOURCES, f), 'utf8') })),
      ...generateCorpus(60, 7).map((a) => ({ id: a.path, uri: `file:///${a.path}`, text: a.text })),
    ];
    const digests = inputs.map(digestSource);
    // A first merge of part of the corpus: its digests keep what it read, for the next merge to reuse.
    indexSources(digests.slice(31));
    const earlier = digests.flatMap((d) => d.sentences.map((s) => s.facts?.figures));
    const index = indexSources(digests);
    const facts = (f: SentenceFacts) => [f.names.map((n) => `${n.start}:${n.entry.canonical}`), [...f.concepts].sort(), f.figures.map((x) => [x.text, x.value, x.direction, [...x.localConcepts].sort()])];
    let reused = 0;
    index.sentences.forEach((s, i) => {
      const language = digests.find((d) => d.source === s.source)!.language;
      assert.deepEqual(facts(s.facts), facts(analyzeSentenceText(s.sentence.text, language, index.names, true)), s.sentence.text);
      if (s.facts.figures === earlier[i]) reused++;
    });
    const readBefore = earlier.filter(Boolean).length;
    assert.ok(reused > readBefore / 2, `only ${reused} of ${readBefore} sentences reused their digest`);
    assert.ok(reused < readBefore, 'some sentences meet names only other sources teach');
  });
});
