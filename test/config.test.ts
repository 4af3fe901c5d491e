import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ConfigFiles } from '../server/src/node/config/configFiles';
import { readConfigFile } from '../server/src/node/config/configFile';
import { parseSettings } from '../server/src/node/settings';
import { ROOT, SOURCES } from './support/fixtures';
import { removeTempFolders, tempFolder } from './support/tempFolders';

after(removeTempFolders);

const KELVO = join(ROOT, 'test', 'fixtures', 'sources', 'good', 'kelvo-funding.html');

function cli(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [join(ROOT, 'server', 'out', 'cli.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: join(cwd, '.user-cache') } });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

/** The finding lines of text output, `file:line:col severity code` without the file (it is shown relative to the working directory). */
const findings = (stdout: string) => stdout.split('\n').filter((l) => /:\d+:\d+ (warning|error|information|hint) /.test(l)).map((l) => l.replace(/^.*?:(\d+:\d+ )/, '$1'));

/**
 * A writer's project: its own article (Kelvo Robotics) in press/, a config at the project's root, and a draft two
 * folders down with a figure the article contradicts and a DeepSeek date the bundled articles would contradict.
 */
function project(config: string): { root: string; project: string; drafts: string } {
  const root = tempFolder('config');
  const projectFolder = join(root, 'project');
  const drafts = join(projectFolder, 'drafts');
  mkdirSync(drafts, { recursive: true });
  mkdirSync(join(projectFolder, 'press'));
  copyFileSync(KELVO, join(projectFolder, 'press', 'kelvo-funding.html'));
  writeFileSync(join(projectFolder, '.newsproof.json'), config);
  writeFileSync(join(drafts, 'draft.md'), 'Kelvo Robotics employs 320 people. DeepSeek was founded in July 2022.\n');
  return { root, project: projectFolder, drafts };
}

describe('.newsproof.json: JSONC, one vocabulary, one validation', () => {
  test('comments and trailing commas are allowed; sources resolve against the file\'s folder, globs kept', () => {
    const dir = tempFolder('jsonc');
    writeFileSync(join(dir, '.newsproof.json'), '// the project\'s sources\n{\n  "sources": ["press/*.html", "!press/old/**",],\n  /* ESLint\'s words */\n  "rules": { "figure-mismatch": "warn", "unsourced-figure": "info", },\n}\n');
    assert.deepEqual(readConfigFile(join(dir, '.newsproof.json')), {
      settings: { sources: [join(dir, 'press', '*.html'), `!${join(dir, 'press', 'old', '**')}`], rules: { 'figure-mismatch': 'warning', 'unsourced-figure': 'information' } },
      problems: [],
      broken: false,
    });
  });

  test('an unknown rule, level or option is named with the nearest known one; the valid rest is used', () => {
    const parsed = parseSettings({ sourcse: ['a'], rules: { 'figure-mismatsh': 'off', 'date-mismatch': 'eror', 'quote-mismatch': 'loud', 'name-spelling': 'hint' }, zzz: 1 }, '.newsproof.json');
    assert.deepEqual(parsed, {
      settings: { rules: { 'name-spelling': 'hint' } },
      problems: [
        '.newsproof.json: unknown option "sourcse"; did you mean "sources"?',
        '.newsproof.json: unknown option "zzz"; the options are enable, sources, sourcesExclude, bundledSources, language, rules, names, maxHoverQuotes, checkDelay, quietWhileTyping, $schema.',
        '.newsproof.json: unknown rule "figure-mismatsh"; did you mean "figure-mismatch"?',
        '.newsproof.json: rule "date-mismatch" must be off, error, warning (warn), information (info) or hint; did you mean "error"?',
        '.newsproof.json: rule "quote-mismatch" must be off, error, warning (warn), information (info) or hint.',
      ],
    });
  });

  test('a file that breaks keeps its last good settings where it was read before (the server), and is read again once fixed', () => {
    const dir = tempFolder('broken');
    const file = join(dir, '.newsproof.json');
    writeFileSync(file, '{ "rules": { "figure-mismatch": "off" } }');
    const files = new ConfigFiles();
    assert.equal(files.configFor(join(dir, 'drafts')), file);
    assert.deepEqual(files.read(file).settings, { rules: { 'figure-mismatch': 'off' } });
    writeFileSync(file, '{ "rules": { "figure-mismatch": "off" ');
    assert.deepEqual(files.read(file).settings, { rules: { 'figure-mismatch': 'off' } }, 'read once until it changes');
    files.changed(file);
    const broken = files.read(file);
    assert.deepEqual([broken.settings, broken.problems], [{ rules: { 'figure-mismatch': 'off' } }, [`${file} is not valid JSON (line 1, column 39: CloseBraceExpected); Newsproof keeps its last good settings until it is fixed.`]]);
    writeFileSync(file, '{ "rules": { "date-mismatch": "error" } }');
    files.changed(file);
    assert.deepEqual(files.read(file), { settings: { rules: { 'date-mismatch': 'error' } }, problems: [], broken: false });
    assert.deepEqual(new ConfigFiles().read(join(dir, 'missing', '.newsproof.json')).problems, [`${join(dir, 'missing', '.newsproof.json')} cannot be read (ENOENT); Newsproof ignores it until it is fixed.`]);
  });
});

describe('the CLI finds the nearest config per draft', () => {
  test('the same draft gives the same findings from its own folder, the project and the folder above it', () => {
    const { root, project: projectFolder, drafts } = project('{ "sources": ["press/*.html"], "rules": { "unsourced-figure": "off" } }');
    const expected = ['1:24 warning figure-mismatch 320 contradicts the source, which says 230.'];
    for (const [cwd, path] of [[drafts, 'draft.md'], [projectFolder, 'drafts/draft.md'], [root, 'project/drafts/draft.md']]) {
      const run = cli(['check', '--no-cache', path], cwd);
      assert.deepEqual([findings(run.stdout), run.stderr, run.status], [expected, '', 1], `from ${cwd}`);
    }
  });

  test('the nearest file wins and the lookup stops there: a folder\'s own config replaces the project\'s', () => {
    const { project: projectFolder, drafts } = project('{ "sources": ["press/*.html"], "rules": { "figure-mismatch": "off" } }');
    writeFileSync(join(drafts, '.newsproof.json'), '{ "sources": ["../press"] }');
    writeFileSync(join(projectFolder, 'top.md'), 'Kelvo Robotics employs 320 people.\n');
    const run = cli(['check', '--no-cache', '--format', 'json', 'drafts/draft.md', 'top.md'], projectFolder);
    const json = JSON.parse(run.stdout) as Array<{ file: string; code: string }>;
    assert.deepEqual(json.map((f) => [f.file, f.code]), [['drafts/draft.md', 'figure-mismatch'], ['drafts/draft.md', 'unsourced-figure']]);
  });

  test('--print-config <draft>: the config file, the settings in force with the flags on top, the source files', () => {
    const { root, project: projectFolder } = project('{\n  // the press folder only\n  "sources": ["press/*.html"],\n  "rules": { "unsourced-figure": "info", "figure-mismatsh": "off" },\n}\n');
    const run = cli(['check', '--print-config', 'project/drafts/draft.md', '--rule', 'date-mismatch=warn', '--lang', 'en'], root);
    assert.equal(run.status, 0);
    assert.deepEqual(JSON.parse(run.stdout), {
      configFile: join(projectFolder, '.newsproof.json'),
      settings: {
        enable: true, sources: [join(projectFolder, 'press', '*.html')], sourcesExclude: [], bundledSources: 'auto', language: 'en',
        rules: { 'unsourced-figure': 'information', 'date-mismatch': 'warning' }, names: [], maxHoverQuotes: 3, checkDelay: 250,
      },
      bundledSources: false,
      sourceFiles: [join(projectFolder, 'press', 'kelvo-funding.html')],
      problems: [`${join(projectFolder, '.newsproof.json')}: unknown rule "figure-mismatsh"; did you mean "figure-mismatch"?`],
    });
    const bundled = JSON.parse(cli(['check', '--print-config', 'project/drafts/draft.md', '--bundled-sources', 'always'], root).stdout) as { bundledSources: boolean; sourceFiles: string[] };
    assert.deepEqual([bundled.bundledSources, bundled.sourceFiles.length], [true, 3]);
    assert.equal(bundled.sourceFiles[0], join(SOURCES, '000_3edcd5861e2d5fc1.txt'));
  });
});

describe('own sources replace the bundled ones', () => {
  test('with --sources a draft about another company gets no date-mismatch from DeepSeek\'s articles; --bundled-sources always brings them back', () => {
    const dir = tempFolder('own-sources');
    copyFileSync(KELVO, join(dir, 'kelvo.html'));
    writeFileSync(join(dir, 'draft.md'), 'Kelvo Robotics employs 230 people. DeepSeek was founded in July 2022.\n');
    const own = cli(['check', '--no-cache', '--sources', 'kelvo.html', 'draft.md'], dir);
    assert.deepEqual([findings(own.stdout), own.status], [['1:60 information unsourced-figure No source states July 2022.'], 0]);
    const both = cli(['check', '--no-cache', '--sources', 'kelvo.html', '--bundled-sources', 'always', 'draft.md'], dir);
    assert.deepEqual(findings(both.stdout), ['1:60 warning date-mismatch July 2022 contradicts the source, which gives Juli 2023.']);
    const fromFile = cli(['check', '--no-cache', 'draft.md'], dir);
    assert.deepEqual(findings(fromFile.stdout), ['1:24 information unsourced-figure No source states 230.', '1:60 warning date-mismatch July 2022 contradicts the source, which gives Juli 2023.'], 'no sources of its own: the bundled ones');
  });

  test('a run with no source at all says so on stderr and exits 2, instead of calling every figure unsourced', () => {
    const dir = tempFolder('no-sources');
    writeFileSync(join(dir, '.newsproof.json'), '{ "bundledSources": "never" }');
    writeFileSync(join(dir, 'draft.md'), 'Kelvo Robotics employs 230 people.\n');
    const run = cli(['check', '--no-cache', 'draft.md'], dir);
    assert.deepEqual(run, {
      stdout: 'No findings in 0 files.\n',
      stderr: 'newsproof: no source to check against (.newsproof.json): no sources are configured and bundledSources is "never"; set "sources" in .newsproof.json, pass --sources, or --bundled-sources always.\n',
      status: 2,
    });
    mkdirSync(join(dir, 'empty'));
    const empty = cli(['check', '--no-cache', '--sources', 'empty', 'draft.md'], dir);
    assert.equal(empty.status, 2);
    assert.match(empty.stderr, /^newsproof: no source to check against \(\.newsproof\.json\): none of the configured sources could be read; /m);
  });
});

describe('--rule speaks the file\'s vocabulary', () => {
  test('warn and info are accepted everywhere; an unknown rule is named with the nearest one', () => {
    const dir = tempFolder('rule');
    writeFileSync(join(dir, 'draft.md'), 'DeepSeek was founded in July 2022.\n');
    assert.deepEqual(findings(cli(['check', '--no-cache', '--rule', 'date-mismatch=info', 'draft.md'], dir).stdout), ['1:25 information date-mismatch July 2022 contradicts the source, which gives Juli 2023.']);
    writeFileSync(join(dir, '.newsproof.json'), '{ "rules": { "date-mismatch": "hint" } }');
    assert.deepEqual(findings(cli(['check', '--no-cache', 'draft.md'], dir).stdout), ['1:25 hint date-mismatch July 2022 contradicts the source, which gives Juli 2023.']);
    assert.deepEqual(cli(['check', '--rule', 'date-mismatsh=off', 'draft.md'], dir), { stdout: '', stderr: 'newsproof: --rule date-mismatsh=off: unknown rule "date-mismatsh"; did you mean "date-mismatch"?\n', status: 2 });
    assert.equal(cli(['check', '--rule', 'date-mismatch=loud', 'draft.md'], dir).stderr, 'newsproof: --rule date-mismatch=loud: rule "date-mismatch" must be off, error, warning (warn), information (info) or hint.\n');
  });
});

describe('explain in a project with its own sources', () => {
  test('the example runs against the project\'s sources; where they cannot show it, that is said and the bundled articles show it', () => {
    const dir = tempFolder('explain');
    copyFileSync(KELVO, join(dir, 'kelvo.html'));
    writeFileSync(join(dir, '.newsproof.json'), '{ "sources": ["kelvo.html"] }');
    const run = cli(['explain', 'date-mismatch'], dir);
    assert.equal(run.status, 0);
    const lines = run.stdout.split('\n');
    assert.deepEqual(lines.slice(7, 9), [
      "This project's sources (.newsproof.json) cannot show this example: it is about the bundled DeepSeek articles. Against those, Newsproof reports:",
      '    July 2022: July 2022 contradicts the source, which gives Juli 2023.',
    ]);
    // Without a config of its own the example is shown as before.
    assert.match(cli(['explain', 'date-mismatch'], tempFolder('explain-plain')).stdout, /\nNewsproof reports:\n {4}July 2022: /);
  });
});
