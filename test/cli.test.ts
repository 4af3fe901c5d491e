import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import Ajv from 'ajv-draft-04';
import { RULES } from '../server/src/core';
import { read, ROOT } from './support/fixtures';

function cli(args: string[], cwd = ROOT) {
  const run = spawnSync(process.execPath, [join(ROOT, 'server', 'out', 'cli.js'), ...args], { cwd, encoding: 'utf8' });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

describe('newsproof check', () => {
  test('text output: file:line:col severity code message, a note with the source sentence, a summary; exit 1 on warnings', () => {
    const run = cli(['check', 'samples/drafts/deepseek-de.md']);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
    assert.equal(
      run.stdout,
      [
        "samples/drafts/deepseek-de.md:14:42 warning figure-mismatch 8,72 % contradicts the source, which says -7,82 %.",
        "  note: samples/sources/000_3edcd5861e2d5fc1.txt:7:129: DeepSeek R1 – Chinas KI-Start-up lässt Silicon Valley zittern: Innerhalb weniger Stunden stürzten die Kurse von Branchengrößen wie Nvidia (-7,82 %), Microsoft (-3,75 %) und Broadcom (-6,58 %) ab.",
        "samples/drafts/deepseek-de.md:17:42 warning scale-mismatch 5,6 Milliarden Dollar has the right digits but the wrong scale: the source says 5,6 Millionen Dollar (10⁶: million, Million).",
        "  note: samples/sources/000_3edcd5861e2d5fc1.txt:15:1: DeepSeek R1 – Chinas KI-Start-up lässt Silicon Valley zittern: Doch der wahre Clou liegt in den Kosten: Das Training von DeepSeek R1 kostete nur 5,6 Millionen Dollar – ein Bruchteil der 78 Millionen Dollar, die OpenAI für GPT-4o aufwandte.",
        "samples/drafts/deepseek-de.md:21:25 warning figure-mismatch 3 % says it rose, but the source says it fell: 3 %.",
        "  note: samples/sources/000_3edcd5861e2d5fc1.txt:26:5: DeepSeek R1 – Chinas KI-Start-up lässt Silicon Valley zittern: Der Nasdaq 100 sackte um 3 % ab, obwohl er 2024 noch 25 % zugelegt hatte.",
        "samples/drafts/deepseek-de.md:27:19 warning date-mismatch Juli 2022 contradicts the source, which gives Juli 2023.",
        "  note: samples/sources/004_03dcce986fe3aa56.txt:15:1: Die Geschichte hinter DeepSeek: Wie ein chinesisches Startup das Silicon Valley herausfordert: Das im Juli 2023 gegründete Startup DeepSeek dürfte auch in China bis vor kurzem den meisten unbekannt gewesen sein.",
        "samples/drafts/deepseek-de.md:33:59 warning figure-mismatch 300 Millionen Yuan contradicts the source, which says 200 Millionen Yuan.",
        "  note: samples/sources/004_03dcce986fe3aa56.txt:31:1: Die Geschichte hinter DeepSeek: Wie ein chinesisches Startup das Silicon Valley herausfordert: Daraus entstanden die beiden Supercomputer Fire-Flyer I und Fire-Flyer II, die jeweils 200 Millionen Yuan (ca. 26 Millionen Euro) und eine Milliarde Yuan (ca. 130 Millionen Euro) gekostet haben sollen – Peanuts in der Welt der Großrechner.",
        "samples/drafts/deepseek-de.md:37:87 warning quote-mismatch The quotation differs from the source, which reads „DeepSeek verwendet bekannte Technologien“ (Stacy Rasgon).",
        "  note: samples/sources/000_3edcd5861e2d5fc1.txt:43:5: DeepSeek R1 – Chinas KI-Start-up lässt Silicon Valley zittern: Stacy Rasgon (Bernstein Research) betont, die Panik sei übertrieben: „DeepSeek verwendet bekannte Technologien.",
        "samples/drafts/deepseek-de.md:40:22 warning name-spelling Nvida is not how the sources spell it: Nvidia.",
        "",
        "7 findings (7 warnings) in 1 file.",
        '',
      ].join('\n'),
    );
  });

  test('text output for both samples: every finding line in order', () => {
    const run = cli(['check', 'samples/drafts']);
    assert.deepEqual(run.stdout.split('\n').filter((l) => l.startsWith('samples/drafts/')).map((l) => l.split(' ').slice(0, 3).join(' ')), [
      'samples/drafts/deepseek-de.md:14:42 warning figure-mismatch',
      'samples/drafts/deepseek-de.md:17:42 warning scale-mismatch',
      'samples/drafts/deepseek-de.md:21:25 warning figure-mismatch',
      'samples/drafts/deepseek-de.md:27:19 warning date-mismatch',
      'samples/drafts/deepseek-de.md:33:59 warning figure-mismatch',
      'samples/drafts/deepseek-de.md:37:87 warning quote-mismatch',
      'samples/drafts/deepseek-de.md:40:22 warning name-spelling',
      'samples/drafts/deepseek-en.md:13:24 information source-conflict',
      'samples/drafts/deepseek-en.md:16:87 warning figure-mismatch',
      'samples/drafts/deepseek-en.md:19:32 warning figure-mismatch',
      'samples/drafts/deepseek-en.md:23:89 warning figure-mismatch',
      'samples/drafts/deepseek-en.md:36:72 warning figure-mismatch',
      'samples/drafts/deepseek-en.md:40:55 warning scale-mismatch',
      'samples/drafts/deepseek-en.md:49:29 information unsourced-figure',
      'samples/drafts/deepseek-en.md:55:10 warning draft-inconsistency',
      'samples/drafts/deepseek-en.md:58:63 warning misattributed-quote',
      'samples/drafts/deepseek-en.md:61:9 warning name-spelling',
    ]);
    assert.match(run.stdout, /\n\n17 findings \(15 warnings, 2 information\) in 2 files\.\n$/);
  });

  test('--format json: an array of {file, range, severity, code, message}', () => {
    const run = cli(['check', '--format', 'json', 'samples/drafts/deepseek-en.md']);
    assert.equal(run.status, 1);
    const findings = JSON.parse(run.stdout);
    assert.equal(findings.length, 10);
    assert.deepEqual(findings[2], {
      file: 'samples/drafts/deepseek-en.md',
      range: { start: { line: 18, character: 31 }, end: { line: 18, character: 43 } },
      severity: 'warning',
      code: 'figure-mismatch',
      message: '$6.5 million contradicts the source, which says 5,6 Millionen Dollar.',
      related: [{
        file: 'samples/sources/000_3edcd5861e2d5fc1.txt',
        range: { start: { line: 14, character: 0 }, end: { line: 14, character: 176 } },
        message: 'DeepSeek R1 – Chinas KI-Start-up lässt Silicon Valley zittern: Doch der wahre Clou liegt in den Kosten: Das Training von DeepSeek R1 kostete nur 5,6 Millionen Dollar – ein Bruchteil der 78 Millionen Dollar, die OpenAI für GPT-4o aufwandte.',
      }],
      fix: { title: 'Replace with $5.6 million', newText: '$5.6 million' },
    });
  });

  test('exit 0 for a correct draft', () => {
    const run = cli(['check', 'test/fixtures/restated-en.md', 'test/fixtures/restated-de.md']);
    assert.deepEqual(run, { stdout: 'No findings in 2 files.\n', stderr: '', status: 0 });
  });

  test('exit 2 with a clear message for a file that does not exist; the others are still checked', () => {
    const run = cli(['check', 'missing.md', 'samples/drafts/deepseek-en.md']);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'newsproof: missing.md: cannot be read (ENOENT).\n');
    assert.equal(run.stdout.split('\n').filter((l) => l.startsWith('samples/')).length, 10);
  });

  test('exit 2 for bad usage', () => {
    const run = cli(['check', '--format', 'xml', 'a.md']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /argument 'xml' is invalid\. Allowed choices are text, json, sarif, github, html\./);
    assert.equal(cli(['check']).status, 2);
    assert.equal(cli(['frobnicate']).status, 2);
  });

  test('.newsproof.json in the working directory: rules off, invalid options reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsproof-'));
    writeFileSync(join(dir, 'draft.md'), 'Training DeepSeek R1 cost $6.5 million.\n');
    writeFileSync(join(dir, '.newsproof.json'), JSON.stringify({ rules: { 'figure-mismatch': 'off' } }));
    assert.deepEqual(cli(['check', 'draft.md'], dir), { stdout: 'No findings in 1 file.\n', stderr: '', status: 0 });
    writeFileSync(join(dir, '.newsproof.json'), '{ not json');
    const broken = cli(['check', 'draft.md'], dir);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /\.newsproof\.json is not valid JSON .*; Newsproof ignores it until it is fixed\./);
    assert.match(broken.stdout, /draft\.md:1:27 warning figure-mismatch/);
  });
});

describe('newsproof demo', () => {
  test('prints the findings and hover texts of the sample drafts', () => {
    const run = cli(['demo']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /━━ samples\/drafts\/deepseek-en\.md \(English\): 10 findings/);
    assert.match(run.stdout, /hover at samples\/drafts\/deepseek-en\.md:12:4\n {4}\*\*January 27, 2025\*\*: supported by the sources\./);
  });
});

describe('newsproof check for reviewers', () => {
  test('globs, --quiet, --max-warnings and --rule', () => {
    const quiet = cli(['check', 'samples/**/*-en.md', '--quiet']);
    assert.doesNotMatch(quiet.stdout, /^\S+ information /m);
    assert.match(quiet.stdout, /8 findings \(8 warnings\) in 1 file\./);
    assert.equal(quiet.status, 1);
    assert.equal(cli(['check', 'samples/**/*-en.md', '--max-warnings', '8']).status, 0);
    assert.equal(cli(['check', 'samples/**/*-en.md', '--max-warnings', '7']).status, 1);
    const ruled = cli(['check', 'samples/drafts/deepseek-de.md', '--rule', 'figure-mismatch=off', '--rule', 'name-spelling=error', '--rule', 'quote-mismatch=info', '--max-warnings', '-1']);
    assert.deepEqual(ruled.stdout.split('\n').filter((l) => l.startsWith('samples/')).map((l) => l.split(' ').slice(1, 3).join(' ')), [
      'warning scale-mismatch', 'warning date-mismatch', 'information quote-mismatch', 'error name-spelling',
    ]);
    assert.equal(ruled.status, 1, 'an error always fails');
    const noMatch = cli(['check', 'nowhere/**/*.md']);
    assert.deepEqual([noMatch.status, noMatch.stderr], [2, 'newsproof: nowhere/**/*.md: no file matches.\n']);
  });

  test('--sources adds an article: a figure only it states is then supported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsproof-sources-'));
    writeFileSync(join(dir, 'extra.txt'), 'Extra article\n\nDeepSeek beschäftigt nach eigenen Angaben 160 Mitarbeiter in Hangzhou.\n');
    writeFileSync(join(dir, 'draft.md'), 'DeepSeek employs 160 people in Hangzhou.\n');
    assert.match(cli(['check', join(dir, 'draft.md')]).stdout, /unsourced-figure No source states 160\./);
    const withSource = cli(['check', join(dir, 'draft.md'), '--sources', join(dir, '*.txt')]);
    assert.equal(withSource.stdout, 'No findings in 1 file.\n');
  });

  test('--format github: workflow commands that annotate a pull request', () => {
    const run = cli(['check', '--format', 'github', 'samples/drafts/deepseek-de.md']);
    assert.equal(run.stdout.split('\n')[0], '::warning file=samples/drafts/deepseek-de.md,line=14,col=42,endLine=14,endColumn=48,title=Newsproof figure-mismatch::8,72 %25 contradicts the source, which says -7,82 %25.');
    assert.equal(run.stdout.split('\n').filter(Boolean).length, 7);
  });

  test('--format sarif: valid SARIF 2.1.0 with rules, locations and the source sentences', () => {
    const run = cli(['check', '--format', 'sarif', 'samples/drafts']);
    const log = JSON.parse(run.stdout) as { runs: any[] };
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    const validate = ajv.compile(JSON.parse(read('test/fixtures/sarif-2.1.0.schema.json')));
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
    const [sarifRun] = log.runs;
    assert.deepEqual(sarifRun.tool.driver.rules.map((r: { id: string }) => r.id), RULES.map((r) => r.code));
    assert.equal(sarifRun.results.length, 17);
    const first = sarifRun.results[0];
    assert.deepEqual(first.locations[0].physicalLocation, { artifactLocation: { uri: 'samples/drafts/deepseek-de.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 14, startColumn: 42, endLine: 14, endColumn: 48 } });
    assert.equal(first.relatedLocations[0].physicalLocation.artifactLocation.uri, 'samples/sources/000_3edcd5861e2d5fc1.txt');
    assert.equal(first.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, '7,82 %');
  });

  test('nothing is ever written to the checked files', () => {
    const before = read('samples/drafts/deepseek-en.md');
    for (const format of ['text', 'json', 'sarif', 'github']) cli(['check', '--format', format, 'samples/drafts']);
    assert.equal(read('samples/drafts/deepseek-en.md'), before);
  });
});

describe('newsproof explain and sources', () => {
  test('explain prints the documentation and runs the example', () => {
    const run = cli(['explain', 'scale-mismatch']);
    assert.equal(run.status, 0);
    assert.equal(run.stdout.split('\n').slice(0, 9).join('\n'), [
      'scale-mismatch (warning)',
      '',
      'The digits match the source but the scale word does not (Millionen/Milliarden, million/billion, German Billion = English trillion).',
      '',
      'Example draft:',
      '    Das Training von DeepSeek R1 kostete 5,6 Milliarden Dollar.',
      '',
      'Newsproof reports:',
      '    5,6 Milliarden Dollar: 5,6 Milliarden Dollar has the right digits but the wrong scale: the source says 5,6 Millionen Dollar (10⁶: million, Million).',
    ].join('\n'));
    for (const rule of RULES) assert.match(cli(['explain', rule.code]).stdout, new RegExp(`Newsproof reports:\\n    \\S`), `${rule.code}'s example reports nothing`);
    assert.deepEqual(cli(['explain', 'nope']).status, 2);
  });

  test('sources lists the articles with their counts', () => {
    assert.equal(cli(['sources']).stdout, [
      'DeepSeek R1 – Chinas KI-Start-up lässt Silicon Valley zittern',
      '  samples/sources/000_3edcd5861e2d5fc1.txt: 41 sentences, 28 names, 14 figures, 6 quotations',
      'Die Geschichte hinter DeepSeek: Wie ein chinesisches Startup das Silicon Valley herausfordert',
      '  samples/sources/004_03dcce986fe3aa56.txt: 57 sentences, 38 names, 24 figures, 12 quotations',
      '',
      '2 sources, 60 distinct names.',
      'Config: none (the defaults); sources: the bundled articles.',
      '',
    ].join('\n'));
  });
});
