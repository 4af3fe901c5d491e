import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from './support/fixtures';

function cli(args: string[], cwd = ROOT) {
  const run = spawnSync(process.execPath, [join(ROOT, 'server', 'out', 'cli.js'), ...args], { cwd, encoding: 'utf8' });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

describe('newsproof check', () => {
  test('text output: file:line:col severity code message, exit 1 on warnings', () => {
    const run = cli(['check', 'samples/drafts']);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
    assert.equal(
      run.stdout,
      [
        'samples/drafts/deepseek-de.md:14:42 warning figure-mismatch 8,72 % contradicts the source, which says -7,82 %.',
        'samples/drafts/deepseek-de.md:17:42 warning scale-mismatch 5,6 Milliarden Dollar has the right digits but the wrong scale: the source says 5,6 Millionen Dollar (10⁶: million, Million).',
        'samples/drafts/deepseek-de.md:21:25 warning figure-mismatch 3 % says it rose, but the source says it fell: 3 %.',
        'samples/drafts/deepseek-de.md:27:19 warning date-mismatch Juli 2022 contradicts the source, which gives Juli 2023.',
        'samples/drafts/deepseek-de.md:33:59 warning figure-mismatch 300 Millionen Yuan contradicts the source, which says 200 Millionen Yuan.',
        'samples/drafts/deepseek-de.md:37:68 warning quote-mismatch The quotation differs from the source, which reads „DeepSeek verwendet bekannte Technologien“ (Stacy Rasgon).',
        'samples/drafts/deepseek-de.md:40:22 warning name-spelling Nvida is not how the sources spell it: Nvidia.',
        'samples/drafts/deepseek-en.md:13:24 information source-conflict The sources disagree: “DeepSeek R1 – Chinas KI-Start-up lässt Silicon Valley zittern” says 27. Januar 2025, “Die Geschichte hinter DeepSeek: Wie ein chinesisches Startup das Silicon Valley herausfordert” says 20. Januar.',
        'samples/drafts/deepseek-en.md:16:87 warning figure-mismatch 3.75 percent says it rose, but the source says it fell: -3,75 %.',
        'samples/drafts/deepseek-en.md:19:32 warning figure-mismatch $6.5 million contradicts the source, which says 5,6 Millionen Dollar.',
        'samples/drafts/deepseek-en.md:23:89 warning figure-mismatch 2.8 times contradicts the source, which says 1,8-Fache.',
        'samples/drafts/deepseek-en.md:36:72 warning figure-mismatch 60,000 contradicts the source, which says 50.000.',
        'samples/drafts/deepseek-en.md:40:55 warning scale-mismatch $500 trillion has the right digits but the wrong scale: the source says 500-Milliarden-Dollar (10⁹: English billion, German Milliarde).',
        'samples/drafts/deepseek-en.md:49:29 information unsourced-figure No source states 160.',
        'samples/drafts/deepseek-en.md:55:10 warning draft-inconsistency 200 contradicts 160 earlier in this draft.',
        'samples/drafts/deepseek-en.md:55:10 information unsourced-figure No source states 200.',
        'samples/drafts/deepseek-en.md:58:63 warning misattributed-quote The source attributes this quotation to Stacy Rasgon (Bernstein Research), not Marc Andreessen.',
        'samples/drafts/deepseek-en.md:61:9 warning name-spelling Liang Wenfang is not how the sources spell it: Liang Wenfeng.',
        '',
      ].join('\n'),
    );
  });

  test('--format json: an array of {file, range, severity, code, message}', () => {
    const run = cli(['check', '--format', 'json', 'samples/drafts/deepseek-en.md']);
    assert.equal(run.status, 1);
    const findings = JSON.parse(run.stdout);
    assert.equal(findings.length, 11);
    assert.deepEqual(findings[2], {
      file: 'samples/drafts/deepseek-en.md',
      range: { start: { line: 18, character: 31 }, end: { line: 18, character: 43 } },
      severity: 'warning',
      code: 'figure-mismatch',
      message: '$6.5 million contradicts the source, which says 5,6 Millionen Dollar.',
    });
  });

  test('exit 0 and no output for a correct draft', () => {
    const run = cli(['check', 'test/fixtures/restated-en.md', 'test/fixtures/restated-de.md']);
    assert.deepEqual(run, { stdout: '', stderr: '', status: 0 });
  });

  test('exit 2 with a clear message for a file that does not exist; the others are still checked', () => {
    const run = cli(['check', 'missing.md', 'samples/drafts/deepseek-en.md']);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'newsproof: missing.md: cannot be read (ENOENT).\n');
    assert.equal(run.stdout.split('\n').filter(Boolean).length, 11);
  });

  test('exit 2 for bad usage', () => {
    const run = cli(['check', '--format', 'xml', 'a.md']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /argument 'xml' is invalid\. Allowed choices are text, json\./);
    assert.equal(cli(['check']).status, 2);
    assert.equal(cli(['frobnicate']).status, 2);
  });

  test('.newsproof.json in the working directory: rules off, invalid options reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsproof-'));
    writeFileSync(join(dir, 'draft.md'), 'Training DeepSeek R1 cost $6.5 million.\n');
    writeFileSync(join(dir, '.newsproof.json'), JSON.stringify({ rules: { 'figure-mismatch': 'off' } }));
    assert.deepEqual(cli(['check', 'draft.md'], dir), { stdout: '', stderr: '', status: 0 });
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
    assert.match(run.stdout, /━━ samples\/drafts\/deepseek-en\.md \(English\): 11 findings/);
    assert.match(run.stdout, /hover at samples\/drafts\/deepseek-en\.md:12:4\n {4}\*\*January 27, 2025\*\*: supported by the sources\./);
  });
});
