import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ROOT } from './support/fixtures';
import { removeTempFolders, tempFolder } from './support/tempFolders';

after(removeTempFolders);

const GOOD = join(ROOT, 'test', 'fixtures', 'sources', 'good');
const BAD = join(ROOT, 'test', 'fixtures', 'sources', 'bad');

function cli(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [join(ROOT, 'server', 'out', 'cli.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: join(cwd, '.user-cache') } });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

/** A writer's project: a sources folder with a web page, a PDF, Markdown, text in two encodings, and bad files. */
function project(): string {
  const dir = tempFolder('cli-sources');
  mkdirSync(join(dir, 'sources', '2025', '03'), { recursive: true });
  for (const f of readdirSync(GOOD)) copyFileSync(join(GOOD, f), join(dir, 'sources', '2025', '03', f));
  for (const f of readdirSync(BAD)) copyFileSync(join(BAD, f), join(dir, 'sources', f));
  writeFileSync(join(dir, 'draft.md'), 'Kelvo Robotics employs 320 people.\n');
  writeFileSync(join(dir, 'other.md'), 'Orbis AI will 300 Millionen Euro einsammeln.\n');
  return dir;
}

describe('newsproof check --sources', () => {
  test('--sources takes one value and leaves the draft paths after it alone', () => {
    const dir = project();
    const run = cli(['check', '--no-cache', '--sources', 'sources/2025', 'draft.md'], dir);
    assert.equal(run.status, 1);
    assert.deepEqual(run.stdout.split('\n').slice(0, 2), [
      'draft.md:1:24 warning figure-mismatch 320 contradicts the source, which says 230.',
      `  note: sources/2025/03/kelvo-funding.html:33:12: The Compute Post · 2025-03-14 · Kelvo Robotics raises €48 million to build robot arms in Bavaria <https://computepost.example/2025/03/kelvo-robotics-funding>: The start-up, founded in 2019, employs 230 people and wants to double production of its robot arms by 2026 – “we are building the factory now,” said Mara Lindqvist, Kelvo’s chief executive.`,
    ]);
  });

  test('--sources repeated, or as a comma list, adds each; drafts before and after it are all checked', () => {
    const dir = project();
    const expected = /1 warning, 1 information\) in 2 files\.|in 2 files/;
    const repeated = cli(['check', '--no-cache', 'draft.md', '--sources', 'sources/2025/03/kelvo-funding.html', '--sources', 'sources/2025/03/orbis-interview.md', 'other.md'], dir);
    assert.match(repeated.stdout, expected);
    assert.doesNotMatch(repeated.stdout, /unsourced-figure No source states 300/);
    const commas = cli(['check', '--no-cache', '--sources', 'sources/2025/03/kelvo-funding.html,sources/2025/03/orbis-interview.md', 'draft.md', 'other.md'], dir);
    assert.equal(commas.stdout, repeated.stdout);
  });

  test('skipped files are named on stderr with the reason; the check still runs', () => {
    const dir = project();
    const run = cli(['check', '--no-cache', '--sources', 'sources', 'draft.md'], dir);
    assert.equal(run.stderr, [
      `newsproof: Source ${join(dir, 'sources', 'empty.txt')} is empty; skipped.`,
      `newsproof: Source ${join(dir, 'sources', 'photo.txt')} is binary, not text; skipped.`,
      `newsproof: Source ${join(dir, 'sources', 'scanned.pdf')} is a PDF without a text layer (a scan?); run it through OCR to use it; skipped.`,
      '',
    ].join('\n'));
    assert.equal(run.status, 1, 'the warning fails the run, the skipped files do not');
  });

  test('--cache-location: the second run reads the sources from there and prints the same; no progress bar off a terminal', () => {
    const dir = project();
    const first = cli(['check', '--cache-location', '.cache-here', '--sources', 'sources/2025', 'draft.md'], dir);
    assert.ok(readdirSync(join(dir, '.cache-here')).length > 0);
    const second = cli(['check', '--cache-location', '.cache-here', '--sources', 'sources/2025', 'draft.md'], dir);
    assert.equal(second.stdout, first.stdout);
    assert.equal(second.stderr, '');
    assert.doesNotMatch(first.stderr, /Indexing/);
  });

  test('the default cache is the user cache folder; --no-cache writes none', () => {
    const dir = project();
    cli(['check', '--no-cache', '--sources', 'sources/2025', 'draft.md'], dir);
    assert.throws(() => readdirSync(join(dir, '.user-cache')));
    cli(['check', '--sources', 'sources/2025', 'draft.md'], dir);
    assert.deepEqual(readdirSync(join(dir, '.user-cache')), ['newsproof']);
  });
});

describe('a draft narrows its sources in its front matter', () => {
  test('sources: a title, a folder or a glob; an entry that matches nothing is named', () => {
    const dir = project();
    const claim = 'Orbis AI will 2025 an die Börse gehen und dabei 300 Millionen Euro einsammeln.\n';
    writeFileSync(join(dir, 'all.md'), claim);
    writeFileSync(join(dir, 'title.md'), `---\nsources:\n  - Kelvo Robotics raises €48 million to build robot arms in Bavaria\n  - Nowhere Gazette\n---\n\n${claim}`);
    writeFileSync(join(dir, 'glob.md'), `---\nsources: sources/**/*.md\n---\n\n${claim}`);
    const run = cli(['check', '--no-cache', '--sources', 'sources/2025', 'all.md', 'title.md', 'glob.md'], dir);
    const lines = run.stdout.split('\n');
    assert.ok(!lines.some((l) => l.startsWith('all.md')), run.stdout);
    assert.ok(!lines.some((l) => l.startsWith('glob.md')), run.stdout);
    assert.ok(lines.includes('title.md:7:49 information unsourced-figure No source states 300 Millionen Euro.'), run.stdout);
    assert.equal(run.stderr, 'newsproof: title.md: the front matter\'s sources entry "Nowhere Gazette" matches no indexed source.\n');
  });
});

describe('newsproof sources --format json', () => {
  test('each source with provenance and counts, and the skipped files with the reason', () => {
    const dir = project();
    writeFileSync(join(dir, '.newsproof.json'), JSON.stringify({ sources: ['sources'] }));
    const run = cli(['sources', '--format', 'json', '--no-cache'], dir);
    const json = JSON.parse(run.stdout) as { sources: Array<Record<string, unknown>>; skipped: unknown[]; config: unknown };
    assert.deepEqual(Object.keys(json), ['sources', 'skipped', 'config']);
    assert.deepEqual(json.config, { file: '.newsproof.json', sources: ['sources'], bundledSources: false });
    const page = json.sources.find((s) => s.id === 'sources/2025/03/kelvo-funding.html');
    assert.deepEqual(page, {
      id: 'sources/2025/03/kelvo-funding.html',
      uri: `file://${join(dir, 'sources', '2025', '03', 'kelvo-funding.html')}`,
      title: 'Kelvo Robotics raises €48 million to build robot arms in Bavaria',
      url: 'https://computepost.example/2025/03/kelvo-robotics-funding',
      outlet: 'The Compute Post',
      published: '2025-03-14',
      lang: 'en',
      sentences: 4,
      figures: 7,
      names: page!.names,
      quotations: 1,
    });
    assert.equal(typeof page!.names, 'number');
    assert.deepEqual(json.sources.map((s) => s.id), [
      'sources/2025/03/gruenwald-cp1252.txt', 'sources/2025/03/kelvo-funding.html', 'sources/2025/03/orbis-interview.md',
      'sources/2025/03/press-release.pdf', 'sources/2025/03/veltro-utf16.txt', 'sources/notes.txt',
    ]);
    assert.deepEqual(json.sources.find((s) => s.id === 'sources/2025/03/gruenwald-cp1252.txt')!.url, null);
    assert.deepEqual(json.skipped, [
      { path: 'sources/empty.txt', reason: 'is empty' },
      { path: 'sources/photo.txt', reason: 'is binary, not text' },
      { path: 'sources/scanned.pdf', reason: 'is a PDF without a text layer (a scan?); run it through OCR to use it' },
    ]);
  });

  test('text format: outlet · date · title, the address, the file and its counts, and the config that named them', () => {
    const dir = project();
    const run = cli(['sources', '--no-cache', '--sources', 'sources/2025/03/kelvo-funding.html'], dir);
    const lines = run.stdout.split('\n');
    assert.deepEqual(lines.slice(0, 2), ['The Compute Post · 2025-03-14 · Kelvo Robotics raises €48 million to build robot arms in Bavaria', '  https://computepost.example/2025/03/kelvo-robotics-funding']);
    assert.match(lines[2], /^ {2}sources\/2025\/03\/kelvo-funding\.html: 4 sentences, \d+ names, 7 figures, 1 quotation$/);
    assert.equal(lines.length, 7);
    assert.equal(lines[5], 'Config: none (the defaults); sources: sources/2025/03/kelvo-funding.html (the bundled articles are not used).');
    // With the bundled articles asked for, they come first.
    const both = cli(['sources', '--no-cache', '--sources', 'sources/2025/03/kelvo-funding.html', '--bundled-sources', 'always'], dir).stdout.split('\n');
    assert.equal(both[0], 'DeepSeek R1 – Chinas KI-Start-up lässt Silicon Valley zittern');
    assert.equal(both.at(-2), 'Config: none (the defaults); sources: sources/2025/03/kelvo-funding.html, and the bundled articles.');
  });
});
