import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { messagesFor } from '../server/src/core';
import { countOf } from '../server/src/core/i18n/plural';
import { decodeText } from '../server/src/node/sources/decodeText';
import { listSourceFiles } from '../server/src/node/sources/listSourceFiles';
import { ExportReportRequest, type ExportReportResult } from '../server/src/protocol';
import { LspSession } from './support/lspClient';
import { ROOT } from './support/fixtures';
import { removeTempFolders, tempFolder } from './support/tempFolders';

after(removeTempFolders);

function cli(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [join(ROOT, 'server', 'out', 'cli.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: join(cwd, '.user-cache') } });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

// "Ökonomen" and "für" put a multi-byte letter on the line before the figure; the dash is 0x96 in Windows-1252.
const GERMAN_DRAFT = '# Kosten\r\n\r\nÖkonomen staunen: Das Training von DeepSeek R1 kostete nur 6,5 Millionen Dollar – ein Bruchteil der 78 Millionen Dollar für GPT-4o.\r\n';
const GERMAN_FINDING = 'warning figure-mismatch 6,5 Millionen Dollar contradicts the source, which says 5,6 Millionen Dollar.';

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return endian === 'le' ? le : le.swap16();
}

function windows1252(text: string): Buffer {
  const high: Record<string, number> = { '–': 0x96, '€': 0x80, '„': 0x84, '“': 0x93 };
  return Buffer.from([...text].map((c) => high[c] ?? c.charCodeAt(0)));
}

describe('drafts in any encoding a writer saves', () => {
  test('UTF-8 with a byte order mark, UTF-16 LE and BE with one, and Windows-1252 give the findings UTF-8 gives', () => {
    const dir = tempFolder('encodings');
    writeFileSync(join(dir, 'utf8.md'), GERMAN_DRAFT);
    writeFileSync(join(dir, 'bom.md'), `\ufeff${GERMAN_DRAFT}`);
    writeFileSync(join(dir, 'utf16le.md'), utf16(GERMAN_DRAFT, 'le'));
    writeFileSync(join(dir, 'utf16be.md'), utf16(GERMAN_DRAFT, 'be'));
    writeFileSync(join(dir, 'cp1252.md'), windows1252(GERMAN_DRAFT));
    for (const file of ['utf8.md', 'bom.md', 'utf16le.md', 'utf16be.md', 'cp1252.md']) {
      const run = cli(['check', '--no-cache', file], dir);
      assert.equal(run.status, 1, file);
      assert.equal(run.stdout.split('\n')[0], `${file}:3:60 ${GERMAN_FINDING}`, file);
      assert.equal(run.stdout.split('\n').at(-2), '1 finding (1 warning) in 1 file.', file);
      assert.equal(run.stderr, file === 'cp1252.md' ? 'newsproof: cp1252.md is read as Windows-1252, not UTF-8.\n' : '', file);
    }
  });

  test('damaged UTF-8 and UTF-16 without a byte order mark: the file is named, exit 2, the other drafts are still checked', () => {
    const dir = tempFolder('undecodable');
    const good = Buffer.from(GERMAN_DRAFT);
    // One byte of "Bruchteil" overwritten: the umlauts around it are UTF-8, so this is no Windows-1252 file.
    const damaged = Buffer.from(good);
    damaged[good.indexOf('Bruchteil') + 5] = 0xfc;
    writeFileSync(join(dir, 'damaged.md'), damaged);
    writeFileSync(join(dir, 'utf16.md'), Buffer.from(GERMAN_DRAFT, 'utf16le'));
    writeFileSync(join(dir, 'good.md'), good);
    const run = cli(['check', '--no-cache', 'damaged.md', 'utf16.md', 'good.md'], dir);
    assert.equal(run.status, 2);
    assert.equal(
      run.stderr,
      [
        'newsproof: damaged.md: is not valid UTF-8 (line 3: byte 0xFC) nor Windows-1252; save it as UTF-8 to check it.',
        'newsproof: utf16.md: is binary, not text; save it as UTF-8 to check it.',
        '',
      ].join('\n'),
    );
    assert.equal(run.stdout.split('\n')[0], `good.md:3:60 ${GERMAN_FINDING}`);
    assert.match(run.stdout, /in 1 file\.\n$/);
  });

  test('Windows-1252 gives no false finding: the umlauts of a name are the umlauts of the name in the source', () => {
    const dir = tempFolder('cp1252-names');
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'artikel.txt'), 'Quanta Labs wächst\n\nDas Start-up Quanta Labs beschäftigt 1.328 Mitarbeiter in Lissabon, sagte Gründer Jürgen Kühn am Montag.\n');
    writeFileSync(join(dir, 'draft.md'), windows1252('Gründer Jürgen Kühn führt Quanta Labs mit 1.328 Mitarbeitern – „klein, aber schnell“.\n'));
    assert.deepEqual(cli(['check', '--no-cache', '--sources', 'src', 'draft.md'], dir), {
      stdout: 'No findings in 1 file.\n',
      stderr: 'newsproof: draft.md is read as Windows-1252, not UTF-8.\n',
      status: 0,
    });
  });
});

describe('which drafts a run checks', () => {
  test('a folder without Markdown exits 2 with a message, as a glob that matches nothing does', () => {
    const dir = tempFolder('no-markdown');
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes', 'todo.txt'), 'Nothing to check here.\n');
    const run = cli(['check', '--no-cache', 'notes'], dir);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'newsproof: notes: no Markdown file (.md, .markdown) in this folder.\n');
    const glob = cli(['check', '--no-cache', 'notes/*.md'], dir);
    assert.equal(glob.status, 2);
    assert.equal(glob.stderr, 'newsproof: notes/*.md: no file matches.\n');
  });

  test('the same draft named twice, as ./a.md and a.md, or by its folder and by itself, is checked and counted once', () => {
    const dir = tempFolder('twice');
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'a.md'), 'Training DeepSeek R1 cost $6.5 million.\n');
    const run = cli(['check', '--no-cache', 'drafts/a.md', './drafts/a.md', 'drafts', `${dir}/drafts/a.md`, 'drafts/*.md'], dir);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, [
      'drafts/a.md:1:27 warning figure-mismatch $6.5 million contradicts the source, which says 5,6 Millionen Dollar.',
      `  note: ${join(ROOT, 'samples', 'sources', '000_3edcd5861e2d5fc1.txt')}:15:1: DeepSeek R1 – Chinas KI-Start-up lässt Silicon Valley zittern: Doch der wahre Clou liegt in den Kosten: Das Training von DeepSeek R1 kostete nur 5,6 Millionen Dollar – ein Bruchteil der 78 Millionen Dollar, die OpenAI für GPT-4o aufwandte.`,
      '',
      '1 finding (1 warning) in 1 file.',
      '',
    ].join('\n'));
  });
});

/** Two articles both saved as article.txt, in folders a/ and b/, and a draft that contradicts each once. */
function sameNamedSources(): string {
  const dir = tempFolder('same-name');
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'b'));
  writeFileSync(join(dir, 'a', 'article.txt'), 'Quanta Labs raises money\n\nQuanta Labs raised 12 million dollars in a Series A round on March 3, 2025.\n');
  writeFileSync(join(dir, 'b', 'article.txt'), 'Quanta Labs expands\n\nQuanta Labs opened an office in Lisbon. Its revenue grew 40 percent in 2024.\n');
  writeFileSync(join(dir, '.newsproof.json'), JSON.stringify({ sources: ['a', 'b'] }));
  writeFileSync(join(dir, 'draft.md'), 'Quanta Labs raised 15 million dollars in a Series A round on March 3, 2025.\n\nQuanta Labs opened an office in Lisbon. Its revenue grew 45 percent in 2024.\n');
  return dir;
}

describe('two sources with the same file name in different folders', () => {
  test('notes, JSON, SARIF and the HTML report each point at the right one', () => {
    const dir = sameNamedSources();
    const text = cli(['check', '--no-cache', 'draft.md'], dir);
    assert.deepEqual(text.stdout.split('\n').filter((l) => l.includes('note:')), [
      '  note: a/article.txt:3:1: Quanta Labs raises money: Quanta Labs raised 12 million dollars in a Series A round on March 3, 2025.',
      '  note: b/article.txt:3:41: Quanta Labs expands: Its revenue grew 40 percent in 2024.',
    ]);
    const json = JSON.parse(cli(['check', '--no-cache', '--format', 'json', 'draft.md'], dir).stdout) as Array<{ related: Array<{ file: string; range: unknown }> }>;
    assert.deepEqual(json.map((f) => f.related.map((r) => [r.file, r.range])), [
      [['a/article.txt', { start: { line: 2, character: 0 }, end: { line: 2, character: 75 } }]],
      [['b/article.txt', { start: { line: 2, character: 40 }, end: { line: 2, character: 76 } }]],
    ]);
    const sarif = JSON.parse(cli(['check', '--no-cache', '--format', 'sarif', 'draft.md'], dir).stdout) as { runs: Array<{ results: Array<{ relatedLocations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    assert.deepEqual(sarif.runs[0].results.map((r) => r.relatedLocations.map((l) => l.physicalLocation.artifactLocation.uri)), [['a/article.txt'], ['b/article.txt']]);
    const html = cli(['check', '--no-cache', '--format', 'html', 'draft.md'], dir).stdout;
    // Beside the title, which two articles may share, each names its file: in the list of sources and in the notes.
    assert.deepEqual([...html.matchAll(/<code class="np-source-file">([^<]*)<\/code>/g)].map((m) => m[1]), ['a/article.txt', 'b/article.txt', 'a/article.txt:3', 'b/article.txt:3']);
    const links = [...html.matchAll(/href="(file:[^"]*)"/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(links)].sort(), [
      pathToFileURL(join(dir, 'a', 'article.txt')).href,
      `${pathToFileURL(join(dir, 'a', 'article.txt')).href}#L3`,
      pathToFileURL(join(dir, 'b', 'article.txt')).href,
      `${pathToFileURL(join(dir, 'b', 'article.txt')).href}#L3`,
    ]);
  });

  test('the server: related locations and hovers name and open the right one', async () => {
    const dir = sameNamedSources();
    const lsp = new LspSession(dir, undefined, { initializationOptions: { storageFolder: join(dir, '.storage') } });
    await lsp.initialize();
    try {
      const uri = pathToFileURL(join(dir, 'draft.md')).href;
      const diagnostics = await lsp.open(uri, 'Quanta Labs raised 15 million dollars in a Series A round on March 3, 2025.\n\nQuanta Labs opened an office in Lisbon. Its revenue grew 45 percent in 2024.\n');
      assert.deepEqual(diagnostics.map((d) => d.relatedInformation?.map((r) => r.location.uri)), [[pathToFileURL(join(dir, 'a', 'article.txt')).href], [pathToFileURL(join(dir, 'b', 'article.txt')).href]]);
      const first = ((await lsp.hover(uri, 0, 20))?.contents as { value: string }).value;
      const second = ((await lsp.hover(uri, 2, 58))?.contents as { value: string }).value;
      assert.match(first, new RegExp(`\\[a/article\\.txt:3\\]\\(${pathToFileURL(join(dir, 'a', 'article.txt')).href}#L3,1-L3,76\\)`));
      assert.match(second, new RegExp(`\\[b/article\\.txt:3\\]\\(${pathToFileURL(join(dir, 'b', 'article.txt')).href}#L3,41-L3,77\\)`));
    } finally {
      await lsp.close();
    }
  });
});

describe('one decoder for drafts and sources', () => {
  test('what it reads, and what it names as undecodable', () => {
    const decode = (bytes: number[] | Buffer) => decodeText(Uint8Array.from(bytes));
    assert.deepEqual(decode(Buffer.from('\ufeffKühn', 'utf16le')), { text: 'Kühn', encoding: 'utf-16le' });
    assert.deepEqual(decode([0xef, 0xbb, 0xbf, ...Buffer.from('Kühn')]), { text: 'Kühn', encoding: 'utf-8' });
    assert.deepEqual(decode([...Buffer.from('K'), 0xfc, ...Buffer.from('hn '), 0x84, ...Buffer.from('Hi'), 0x93, 0x80]), { text: 'Kühn „Hi“€', encoding: 'windows-1252' });
    // 0x81 has no character in Windows-1252.
    assert.deepEqual(decode([...Buffer.from('K'), 0xfc, ...Buffer.from('hn\nx'), 0x81]), { problem: 'is not valid UTF-8 (line 2: byte 0x81) nor Windows-1252' });
    assert.deepEqual(decode([...Buffer.from('Kühn\nKühn '), 0xe4, ...Buffer.from('h')]), { problem: 'is not valid UTF-8 (line 2: byte 0xE4) nor Windows-1252' });
    assert.deepEqual(decode(Buffer.from('Kühn', 'utf16le')), { problem: 'is binary, not text' });
  });

  test('a source in damaged UTF-8 is skipped with the reason, not read as Windows-1252', async () => {
    const dir = tempFolder('damaged-source');
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'artikel.txt'), Buffer.concat([Buffer.from('Quanta Labs wächst\n\nGründer Jürgen Kühn: '), Buffer.from([0xe4]), Buffer.from('1.328 Mitarbeiter.\n')]));
    writeFileSync(join(dir, 'draft.md'), 'Quanta Labs hat 1.328 Mitarbeiter.\n');
    const run = cli(['check', '--no-cache', '--sources', 'src', 'draft.md'], dir);
    assert.match(run.stderr, new RegExp(`newsproof: Source ${join(dir, 'src', 'artikel.txt').replace(/[.\\]/g, '\\$&')} is not valid UTF-8 \\(line 3: byte 0xE4\\) nor Windows-1252; skipped\\.\\n`));
  });
});

describe('counts and the version', () => {
  test('counts take the plural rules of their language: 1 name, 2 hints, 1 source, 1 Befund', () => {
    const dir = sameNamedSources();
    const sources = cli(['sources', '--no-cache'], dir);
    assert.equal(sources.stdout, [
      'Quanta Labs raises money',
      '  a/article.txt: 1 sentence, 1 name, 2 figures, 0 quotations',
      'Quanta Labs expands',
      '  b/article.txt: 2 sentences, 1 name, 2 figures, 0 quotations',
      '',
      '2 sources, 1 distinct name.',
      'Config: .newsproof.json; sources: a, b (the bundled articles are not used).',
      '',
    ].join('\n'));
    const hints = cli(['check', '--no-cache', '--rule', 'figure-mismatch=hint', 'draft.md'], dir);
    assert.equal(hints.stdout.split('\n').at(-2), '2 findings (2 hints) in 1 file.');
    assert.equal(countOf(1, { one: 'Befund', other: 'Befunde' }, 'de'), '1 Befund');
    assert.equal(countOf(0, { one: 'finding', other: 'findings' }), '0 findings');
    assert.equal(messagesFor('en').hoverMore(1), '*…and 1 more source sentence.*');
  });

  test('the CLI and its SARIF say the version package.json says, from no constant of their own', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const dir = sameNamedSources();
    assert.equal(cli(['--version'], dir).stdout, `${version}\n`);
    const sarif = JSON.parse(cli(['check', '--no-cache', '--format', 'sarif', 'draft.md'], dir).stdout) as { runs: Array<{ tool: { driver: { version: string } } }> };
    assert.equal(sarif.runs[0].tool.driver.version, version);
    assert.doesNotMatch(readFileSync(join(ROOT, 'server', 'src', 'cli.ts'), 'utf8'), /['"]\d+\.\d+\.\d+['"]/);
  });
});

describe('the docs say what the CLI does', () => {
  test('docs/json-format.md: its example is what the CLI prints, and a draft outside the working directory is named by its absolute path', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'json-format.md'), 'utf8');
    const [example] = JSON.parse(/```json\n([\s\S]*?)```/.exec(doc)![1]) as Array<{ file: string; message: string; related: Array<{ file: string; message: string }> }>;
    const printed = JSON.parse(cli(['check', '--no-cache', '--format', 'json', example.file], ROOT).stdout) as Array<typeof example>;
    const same = printed.find((f) => f.message === example.message)!;
    const shortened = (r: { message: string }) => r.message.replace(/ …$/, '');
    assert.deepEqual({ ...same, related: same.related.map((r) => ({ ...r, message: r.message.slice(0, shortened(example.related[0]).length) })) }, { ...example, related: example.related.map((r) => ({ ...r, message: shortened(r) })) });
    assert.match(doc, /its absolute path when it lies outside it/);
    const dir = sameNamedSources();
    mkdirSync(join(dir, 'sub'));
    const outside = JSON.parse(cli(['check', '--no-cache', '--format', 'json', '../draft.md'], join(dir, 'sub')).stdout) as Array<typeof example>;
    assert.deepEqual(outside.map((f) => [f.file, f.related.map((r) => r.file)]), [
      [join(dir, 'draft.md'), [join(dir, 'a', 'article.txt')]],
      [join(dir, 'draft.md'), [join(dir, 'b', 'article.txt')]],
    ]);
    const sarif = JSON.parse(cli(['check', '--no-cache', '--format', 'sarif', '../draft.md'], join(dir, 'sub')).stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: unknown } }> }> }> };
    assert.deepEqual(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: pathToFileURL(join(dir, 'draft.md')).href });
  });

  test('docs/github-actions.md: every step after the annotations, which fail on a warning, runs `if: always()`', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'github-actions.md'), 'utf8');
    const workflow = parseYaml(/```yaml\n([\s\S]*?)```/.exec(doc)![1]) as { jobs: Record<string, { steps: Array<{ run?: string; uses?: string; if?: string }> }> };
    const steps = workflow.jobs['fact-check'].steps;
    const annotations = steps.findIndex((s) => s.run?.includes('--format github'));
    assert.ok(annotations > 0);
    assert.deepEqual(steps.slice(annotations + 1).map((s) => [s.run ?? s.uses, s.if]), steps.slice(annotations + 1).map((s) => [s.run ?? s.uses, 'always()']));
    assert.ok(steps.slice(annotations + 1).some((s) => s.run?.includes('--format sarif')));
  });
});

describe('the CLI outside this checkout', () => {
  test('sources named in a folder below node_modules are read: the bundled articles of an installed package live there', () => {
    const dir = tempFolder('installed');
    const bundled = join(dir, 'node_modules', 'newsproof', 'samples', 'sources');
    mkdirSync(bundled, { recursive: true });
    writeFileSync(join(bundled, 'article.txt'), 'Quanta Labs expands\n\nIts revenue grew 40 percent in 2024.\n');
    mkdirSync(join(dir, 'own', 'node_modules'), { recursive: true });
    writeFileSync(join(dir, 'own', 'node_modules', 'skipped.txt'), 'Not an article.\n');
    assert.deepEqual(listSourceFiles([bundled, join(dir, 'own')], [], dir).files, [join(bundled, 'article.txt')]);
  });

  test('npm pack, then npm install -g of the tarball in a clean folder: `newsproof check` runs against the bundled articles', { timeout: 120_000 }, () => {
    const dir = tempFolder('pack');
    const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
    const packed = npm(['pack', '--pack-destination', dir], ROOT);
    assert.equal(packed.status, 0, packed.stderr);
    const tarball = join(dir, packed.stdout.trim().split('\n').at(-1)!);
    mkdirSync(join(dir, 'clean'));
    const installed = npm(['install', '--global', '--offline', '--prefix', join(dir, 'prefix'), tarball], join(dir, 'clean'));
    assert.equal(installed.status, 0, installed.stderr);
    writeFileSync(join(dir, 'clean', 'draft.md'), 'Training DeepSeek R1 cost $6.5 million.\n');
    const run = spawnSync(join(dir, 'prefix', 'bin', 'newsproof'), ['check', 'draft.md'], { cwd: join(dir, 'clean'), encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: join(dir, 'cache') } });
    assert.equal(run.stdout.split('\n')[0], 'draft.md:1:27 warning figure-mismatch $6.5 million contradicts the source, which says 5,6 Millionen Dollar.');
    assert.equal(run.status, 1);
    // A PDF source is read by the PDF reader the tarball ships beside the CLI (server/out/pdfExtract.js).
    copyFileSync(join(ROOT, 'test', 'fixtures', 'sources', 'good', 'press-release.pdf'), join(dir, 'clean', 'press-release.pdf'));
    const sources = spawnSync(join(dir, 'prefix', 'bin', 'newsproof'), ['sources', '--sources', 'press-release.pdf', '--no-cache'], { cwd: join(dir, 'clean'), encoding: 'utf8' });
    assert.equal(sources.stdout, 'Kelvo Robotics schließt Finanzierungsrunde ab\n  press-release.pdf: 5 sentences, 2 names, 5 figures, 1 quotation\n\n1 source, 2 distinct names.\nConfig: none (the defaults); sources: press-release.pdf (the bundled articles are not used).\n');
    // Outside a checkout, `newsproof demo` checks the sample drafts that ship with it.
    const demo = spawnSync(join(dir, 'prefix', 'bin', 'newsproof'), ['demo', '--hovers', '0'], { cwd: join(dir, 'clean'), encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: join(dir, 'cache') } });
    assert.equal(demo.status, 0, demo.stderr);
    assert.match(demo.stdout, /━━ .*node_modules\/newsproof\/samples\/drafts\/deepseek-de\.md \(German\): \d+ findings/);
  });
});

test('the README tells a reviewer how to install the CLI outside this checkout, with the commands the test above runs', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.match(readme, /npm ci && npm run build &&\nnpm pack/);
  assert.ok(readme.includes(`npm install -g ./newsproof-${version}.tgz && newsproof check drafts/`));
  assert.ok(readme.includes(`npx --yes ./newsproof-${version}.tgz check drafts/`));
});

test('the server reads a draft that is not open with the same decoder: UTF-16 is reported, damaged UTF-8 named', async () => {
  const dir = tempFolder('server-encodings');
  writeFileSync(join(dir, 'utf16.md'), utf16(GERMAN_DRAFT, 'le'));
  const damaged = Buffer.from(GERMAN_DRAFT);
  damaged[damaged.indexOf('Bruchteil') + 5] = 0xfc;
  writeFileSync(join(dir, 'damaged.md'), damaged);
  const lsp = new LspSession(dir, undefined, { initializationOptions: { storageFolder: join(dir, '.storage') } });
  await lsp.initialize();
  try {
    const report = (file: string): Promise<ExportReportResult> => lsp.connection.sendRequest(ExportReportRequest, { scope: 'draft', uri: pathToFileURL(join(dir, file)).href });
    const utf16Report = await report('utf16.md');
    assert.deepEqual(utf16Report.status === 'rendered' && [utf16Report.files, utf16Report.findings], [1, 1]);
    assert.deepEqual(await report('damaged.md'), { status: 'failed', message: 'damaged.md is not valid UTF-8 (line 3: byte 0xFC) nor Windows-1252; save it as UTF-8 to check it.' });
  } finally {
    await lsp.close();
  }
});
