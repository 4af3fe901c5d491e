import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDraft, buildSourceIndex, runRules, type SourceIndex } from '../server/src/core';
import type { CheckedFile } from '../server/src/cli/check';
import { runCheck } from '../server/src/cli/check';
import { localeFromEnvironment } from '../server/src/cli/locale';
import { markRanges, type MarkRange } from '../server/src/cli/report/markRanges';
import { renderReport } from '../server/src/cli/report/page';
import { renderMarkdown } from '../server/src/cli/report/renderMarkdown';
import { SCRIPT } from '../server/src/cli/report/script';
import { STYLES } from '../server/src/cli/report/styles';
import { bundledIndex, ROOT } from './support/fixtures';

const AT = new Date('2025-02-01T09:30:00Z');

function checked(file: string, text: string, index: SourceIndex = bundledIndex(), locale = 'en'): CheckedFile {
  const analysis = analyzeDraft(text, index, 'auto');
  return { file, document: TextDocument.create(`file:///${file}`, 'markdown', 0, text), analysis, findings: runRules(analysis, index, {}, locale) };
}

function page(files: CheckedFile[], locale = 'en', index: SourceIndex = bundledIndex()): Root {
  return fromHtml(renderReport({ files, index, rules: {}, locale, generatedAt: AT }));
}

function elements(node: Nodes, keep: (e: Element) => boolean = () => true): Element[] {
  const own = node.type === 'element' && keep(node) ? [node] : [];
  const children = 'children' in node ? node.children.flatMap((c) => elements(c, keep)) : [];
  return [...own, ...children];
}

function text(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(text).join('') : '';
}

/** Each finding's mark: code, severity and the text of all its pieces. */
function marks(tree: Root): Array<[string, string, string]> {
  return elements(tree, (e) => e.properties.dataCode !== undefined).map((m) => {
    const pieces = elements(tree, (e) => e.tagName === 'mark' && e.properties.dataFinding === m.properties.id);
    return [String(m.properties.dataCode), String(m.properties.dataSeverity), pieces.map(text).join('')];
  });
}

const byId = (tree: Root, id: string) => elements(tree, (e) => e.properties.id === id)[0];

describe('HTML report: marks', () => {
  test('the bundled sample drafts: exactly one data-code element per finding, around the finding\'s words', async () => {
    const run = await runCheck(['samples/drafts'], ROOT, {});
    const tree = fromHtml(renderReport({ files: run.files, index: run.index, rules: run.rules, locale: 'en', generatedAt: AT }));
    assert.deepEqual(marks(tree), [
      ['figure-mismatch', 'warning', '8,72 %'],
      ['scale-mismatch', 'warning', '5,6 Milliarden Dollar'],
      ['figure-mismatch', 'warning', '3 %'],
      ['date-mismatch', 'warning', 'Juli 2022'],
      ['figure-mismatch', 'warning', '300 Millionen Yuan'],
      ['quote-mismatch', 'warning', 'neue'],
      ['name-spelling', 'warning', 'Nvida'],
      ['source-conflict', 'information', 'January 27'],
      ['figure-mismatch', 'warning', '3.75 percent'],
      ['figure-mismatch', 'warning', '$6.5 million'],
      ['figure-mismatch', 'warning', '2.8 times'],
      ['figure-mismatch', 'warning', '60,000'],
      ['scale-mismatch', 'warning', '$500 trillion'],
      ['unsourced-figure', 'information', '160'],
      ['draft-inconsistency', 'warning', '200'],
      ['misattributed-quote', 'warning', 'Marc Andreessen'],
      ['name-spelling', 'warning', 'Liang Wenfang'],
    ]);
    const findings = run.files.flatMap((f) => f.findings.map((x) => f.analysis.text.slice(x.start, x.end)));
    assert.deepEqual(marks(tree).map(([, , t]) => t), findings);
    // The draft-inconsistency note links to the earlier mention in the draft.
    const earlier = elements(byId(tree, 'note-f15'), (e) => e.tagName === 'a' && String(e.properties.href).includes('related'))[0];
    assert.equal(text(earlier), 'Earlier: DeepSeek reportedly employs 160 people (no source says so: unsourced-figure, information).');
    assert.equal(text(byId(tree, String(earlier.properties.href).slice(1))), '160');
  });

  test('each mark is reachable by keyboard and described by its note, which sits in the same row', () => {
    const tree = page([checked('d.md', 'Training DeepSeek R1 cost only $6.5 million.\n')]);
    const [mark] = elements(tree, (e) => e.properties.dataCode !== undefined);
    assert.equal(mark.properties.tabIndex, 0);
    assert.deepEqual(mark.properties.ariaDescribedBy, ['note-f1']);
    const row = elements(tree, (e) => (e.properties.className as string[] | undefined)?.includes('np-row') ?? false).find((r) => elements(r, (e) => e === mark).length);
    assert.ok(row && byId(row as unknown as Root, 'note-f1'), 'the note is beside its passage');
  });

  test('a finding across emphasis and a link: one data-code element, the other pieces share its id', () => {
    const tree = page([checked('d.md', 'Training DeepSeek R1 cost only **$6.5** million.\n\nTraining DeepSeek R1 cost only [$6.5 mil](https://example.com)lion.\n')]);
    assert.deepEqual(marks(tree), [['figure-mismatch', 'warning', '$6.5 million'], ['figure-mismatch', 'warning', '$6.5 million']]);
    const pieces = elements(tree, (e) => e.tagName === 'mark' && e.properties.dataFinding === 'f1');
    assert.deepEqual(pieces.map((p) => [text(p), p.properties.dataCode !== undefined]), [['$6.5', true], [' million', false]]);
    const strong = elements(tree, (e) => e.tagName === 'strong').find((s) => text(s) === '$6.5');
    assert.equal(elements(strong!, (e) => e.tagName === 'mark').length, 1, 'the mark is inside the emphasis, not around it');
    const link = elements(tree, (e) => e.tagName === 'a' && e.properties.href === 'https://example.com')[0];
    assert.equal(text(elements(link, (e) => e.tagName === 'mark')[0]), '$6.5 mil');
  });

  test('emoji before a figure (UTF-16 offsets), CRLF line endings and a block quote continued over lines', () => {
    const tree = page([
      checked('emoji.md', '🚀🚀 Training DeepSeek R1 cost only $6.5 million.\n'),
      checked('crlf.md', '# R1\r\n\r\nDeepSeek was founded\r\nin July 2022.\r\n'),
      checked('quote.md', '> Training DeepSeek R1\n> cost only $6.5 million.\n'),
    ]);
    assert.deepEqual(marks(tree), [
      ['figure-mismatch', 'warning', '$6.5 million'],
      ['date-mismatch', 'warning', 'July 2022'],
      ['figure-mismatch', 'warning', '$6.5 million'],
    ]);
  });

  test('a table and a code block: the cell\'s figure is marked in its cell, the code is shown as code and never marked', () => {
    const draft = '| Company | Drop |\n|---|---|\n| Nvidia | 8,72 % |\n\n```text\nNvidia fiel um 99 %.\n```\n';
    const tree = page([checked('t.md', draft)]);
    const cell = elements(tree, (e) => e.tagName === 'td').find((td) => text(td) === '8,72 %');
    assert.ok(cell, 'the table is rendered as a table');
    assert.deepEqual(marks({ type: 'root', children: [cell!] }), [['figure-mismatch', 'warning', '8,72 %']]);
    const pre = elements(tree, (e) => e.tagName === 'pre')[0];
    assert.equal(text(pre), 'Nvidia fiel um 99 %.\n');
    assert.equal(elements(pre, (e) => e.tagName === 'mark' || e.tagName === 'span').length, 0);
  });

  test('overlapping ranges nest, the longer outside; each range has one first piece; a range over nothing is not placed', () => {
    const source = 'Alpha *beta gamma* delta.\n';
    const tree = renderMarkdown(source, (alt) => alt);
    const range = (name: string, start: number, end: number): MarkRange => ({
      start,
      end,
      wrap: (children, first) => ({ type: 'element', tagName: 'mark', properties: { dataName: name, dataFirst: first }, children }),
    });
    const long = range('long', 0, 17); // "Alpha *beta gamma"
    const inner = range('inner', 12, 24); // "gamma* delta"
    const nowhere = range('nowhere', 100, 110);
    const placed = markRanges(tree, source, [inner, long, nowhere]);
    assert.deepEqual([...placed].map((r) => r === long ? 'long' : r === inner ? 'inner' : 'nowhere').sort(), ['inner', 'long']);
    const shape = (n: Nodes): unknown =>
      n.type === 'text' ? n.value : n.type === 'element' ? { [`${n.tagName}${n.properties.dataName ? `:${n.properties.dataName}${n.properties.dataFirst ? '!' : ''}` : ''}`]: n.children.map(shape) } : null;
    assert.deepEqual(shape(elements(tree, (e) => e.tagName === 'p')[0]), {
      p: [
        { 'mark:long!': ['Alpha '] },
        { em: [{ 'mark:long': ['beta '] }, { 'mark:long': [{ 'mark:inner!': ['gamma'] }] }] },
        { 'mark:inner': [' delta'] },
        '.',
      ],
    });
  });

  test('the outline: the page, its overview, the draft (its file), the draft\'s own headings two levels down', () => {
    const tree = page([checked('d.md', '# DeepSeek\n\n## Costs\n\nTraining DeepSeek R1 cost only $6.5 million.\n')]);
    assert.deepEqual(elements(tree, (e) => /^h\d$/.test(e.tagName)).map((e) => `${e.tagName} ${text(e)}`), [
      'h1 Newsproof report', 'h2 Findings', 'h2 Drafts', 'h2 Sources', 'h2 Rules', 'h2 d.md 1 finding', 'h3 Claims in this draft', 'h3 DeepSeek', 'h4 Costs',
    ]);
  });

  test('footnotes: the reference and the note link to each other', () => {
    const tree = page([checked('d.md', 'DeepSeek was founded in 2023.[^1]\n\n[^1]: A note.\n')]);
    const links = elements(tree, (e) => e.tagName === 'a' && String(e.properties.href).startsWith('#user-content-'));
    assert.equal(links.length, 2);
    for (const link of links) assert.ok(byId(tree, String(link.properties.href).slice(1)), `${link.properties.href} has a target`);
  });

  test('supported figures are marked subtly, with no data-code', () => {
    const tree = page([checked('d.md', 'Training DeepSeek R1 cost only $5.6 million.\n')]);
    assert.deepEqual(marks(tree), []);
    const ok = elements(tree, (e) => (e.properties.className as string[] | undefined)?.includes('np-ok') ?? false);
    assert.deepEqual(ok.map(text), ['$5.6 million']);
    assert.deepEqual(ok.map((e) => e.properties.title), ['supported by the sources']);
  });
});

describe('HTML report: notes and words', () => {
  test('English: message, the source sentence with the matching words in bold, title with a link, the suggestion', () => {
    const tree = page([checked('d.md', 'Training DeepSeek R1 cost only $6.5 million.\n')]);
    const note = byId(tree, 'note-f1');
    const [message, quote, cite, fix] = elements(note, (e) => e.tagName === 'p').slice(1);
    assert.equal(text(message), '$6.5 million contradicts the source, which says 5,6 Millionen Dollar.');
    assert.equal(text(quote), 'Doch der wahre Clou liegt in den Kosten: Das Training von DeepSeek R1 kostete nur 5,6 Millionen Dollar – ein Bruchteil der 78 Millionen Dollar, die OpenAI für GPT-4o aufwandte.');
    assert.deepEqual(elements(quote, (e) => e.tagName === 'strong').map(text), ['DeepSeek R1', '5,6 Millionen Dollar']);
    assert.equal(elements(note, (e) => e.tagName === 'blockquote')[0].properties.lang, 'de', 'the German source is marked as German');
    assert.equal(text(cite), '— DeepSeek R1 – Chinas KI-Start-up lässt Silicon Valley zittern · 000_3edcd5861e2d5fc1.txt:15');
    assert.match(String(elements(cite, (e) => e.tagName === 'a')[0].properties.href), /^file:.*000_3edcd5861e2d5fc1\.txt#L15$/);
    assert.equal(text(fix), 'Suggested: $5.6 million');
    assert.equal(text(elements(note, (e) => e.tagName === 'a')[0]), 'line 1, column 32');
  });

  test('German: the page\'s words and the messages', () => {
    const tree = page([checked('d.md', 'Das Training von DeepSeek R1 kostete nur 5,6 Milliarden Dollar.\n', bundledIndex(), 'de')], 'de');
    assert.equal(elements(tree, (e) => e.tagName === 'html')[0].properties.lang, 'de');
    assert.equal(text(elements(tree, (e) => e.tagName === 'h1')[0]), 'Newsproof-Bericht');
    assert.deepEqual(elements(tree, (e) => e.tagName === 'button').map(text), ['↑ Vorheriger Befund k', '↓ Nächster Befund j']);
    assert.equal(text(elements(tree, (e) => e.tagName === 'time')[0]), 'Geprüft am 1. Februar 2025 um 09:30:00 UTC');
    const note = byId(tree, 'note-f1');
    assert.match(text(note), /^Warnung scale-mismatch · Zeile 1, Spalte 42/);
    assert.match(text(note), /5,6 Milliarden Dollar hat die richtigen Ziffern, aber die falsche Größenordnung/);
    assert.match(text(note), /Vorschlag: 5,6 Millionen Dollar$/);
    assert.equal(text(elements(tree, (e) => (e.properties.className as string[] | undefined)?.includes('np-claim-counts') ?? false)[0]), 'widerlegt 1 · ohne Quelle 0 · belegt 0');
  });

  test('English header: when, drafts, sources, rules in force, totals per severity and code', () => {
    const files = [checked('a.md', 'Training DeepSeek R1 cost only $6.5 million.\n\nDeepSeek employs 160 people.\n')];
    const tree = fromHtml(renderReport({ files, index: bundledIndex(), rules: { 'name-spelling': 'off' }, locale: 'en', generatedAt: AT }));
    const header = elements(tree, (e) => e.tagName === 'header')[0];
    assert.equal(text(elements(header, (e) => e.tagName === 'time')[0]), 'Checked February 1, 2025 at 9:30:00 AM UTC');
    assert.match(text(header), /2 findings: warning 1 · information 1/);
    assert.deepEqual(elements(header, (e) => e.tagName === 'tr').map(text), ['RuleCount', 'figure-mismatch1', 'unsourced-figure1']);
    assert.match(text(header), /Draftsa\.md — 2 findings/);
    assert.match(text(header), /SourcesDeepSeek R1 – Chinas KI-Start-up lässt Silicon Valley zittern 000_3edcd5861e2d5fc1\.txtDie Geschichte hinter DeepSeek/);
    assert.match(text(header), /name-spelling off/);
    assert.match(text(header), /source-conflict information/);
  });

  test('the environment\'s language: LC_ALL before LC_MESSAGES before LANG', () => {
    assert.equal(localeFromEnvironment({ LANG: 'de_DE.UTF-8' }), 'de');
    assert.equal(localeFromEnvironment({ LC_ALL: 'en_US.UTF-8', LANG: 'de_DE.UTF-8' }), 'en');
    assert.equal(localeFromEnvironment({ LC_MESSAGES: 'de_AT', LANG: 'C' }), 'de');
    assert.equal(localeFromEnvironment({ LANG: 'C.UTF-8' }), 'en');
    assert.equal(localeFromEnvironment({ LANG: 'dev' }), 'en');
    assert.equal(localeFromEnvironment({}), 'en');
  });
});

describe('HTML report: untrusted drafts and sources', () => {
  const HOSTILE_DRAFT = [
    '# Hostile <script>window.pwned = 1</script>',
    '',
    'Training DeepSeek R1 cost only $6.5 million. <img src=x onerror="window.pwned = 2"> <b onclick="window.pwned = 3">bold</b>',
    '',
    '<script>window.pwned = 4</script>',
    '',
    '[a link](javascript:window.pwned=5) and <a href="javascript:window.pwned=6">another</a> and <iframe src="javascript:1"></iframe>',
    '',
    '![picture](https://tracker.example/pixel.png) <svg onload="window.pwned = 7"></svg> <style>body{display:none}</style>',
    '',
    'The Evil Corp spent 77 million euros on <span style="x">training</span>.',
    '',
  ].join('\n');
  const HOSTILE_SOURCE = '<script>alert("title")</script> Evil & Co\n\nThe Evil Corp spent 78 million euros on training <img src=x onerror=alert(1)>.\n';

  function hostilePage() {
    const index = buildSourceIndex([...bundledIndex().sources.map((s) => s.input), { id: 'evil.txt', uri: 'javascript:alert(1)', text: HOSTILE_SOURCE }]);
    const html = renderReport({ files: [checked('hostile.md', HOSTILE_DRAFT, index)], index, rules: {}, locale: 'en', generatedAt: AT });
    return { html, tree: fromHtml(html) };
  }

  test('the parsed page has no script but ours, no event handler, no javascript: URL, no frame, no remote image', () => {
    const { tree } = hostilePage();
    const scripts = elements(tree, (e) => e.tagName === 'script');
    assert.deepEqual(scripts.map(text), [SCRIPT]);
    assert.deepEqual(elements(tree, (e) => Object.keys(e.properties).some((p) => /^on/i.test(p))).map((e) => e.tagName), []);
    const urls = elements(tree).flatMap((e) => ['href', 'src', 'action', 'formAction'].map((p) => e.properties[p]).filter((v) => v !== undefined).map(String));
    assert.deepEqual(urls.filter((u) => !/^(https?:|file:|#)/.test(u)), []);
    assert.deepEqual(elements(tree, (e) => ['iframe', 'img', 'object', 'embed'].includes(e.tagName)).map((e) => e.tagName), []);
    assert.equal(elements(tree, (e) => e.tagName === 'style').length, 1, 'only our stylesheet');
    assert.equal(elements(tree, (e) => e.tagName === 'svg').every((e) => (e.properties.className as string[]).includes('np-bar')), true);
    assert.equal(elements(tree, (e) => e.properties.style !== undefined).length, 0);
  });

  test('the hostile words are still there as text, and the source\'s title is text, not markup', () => {
    const { tree } = hostilePage();
    assert.match(text(elements(tree, (e) => e.tagName === 'main')[0]), /Training DeepSeek R1 cost only \$6\.5 million\./);
    assert.deepEqual(marks(tree).map(([code, , words]) => [code, words]).slice(0, 1), [['figure-mismatch', '$6.5 million']]);
    const sources = elements(tree, (e) => e.tagName === 'h2' && text(e) === 'Sources')[0];
    assert.ok(sources);
    const note = elements(tree, (e) => e.properties.dataFor !== undefined).find((n) => text(n).includes('77 million euros contradicts'));
    assert.ok(note, 'the hostile source is quoted');
    assert.equal(text(elements(note, (e) => e.tagName === 'blockquote')[0]), 'The Evil Corp spent 78 million euros on training <img src=x onerror=alert(1)>.');
    assert.equal(text(elements(note, (e) => e.tagName === 'cite')[0]), '<script>alert("title")</script> Evil & Co');
    assert.equal(elements(note, (e) => e.tagName === 'a' && e.properties.href !== '#' + note.properties.dataFor).length, 0, 'a javascript: source is not linked');
    assert.equal(text(elements(tree, (e) => e.tagName === 'span' && (e.properties.className as string[] | undefined)?.includes('np-image') === true)[0]), '[image: picture]');
  });

  test('a restrictive Content-Security-Policy admits exactly our style and script, by hash', () => {
    const { tree } = hostilePage();
    const meta = elements(tree, (e) => e.tagName === 'meta' && e.properties.httpEquiv !== undefined)[0];
    const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    const style = text(elements(tree, (e) => e.tagName === 'style')[0]);
    const script = text(elements(tree, (e) => e.tagName === 'script')[0]);
    assert.equal(style, STYLES);
    assert.equal(
      meta.properties.content,
      `default-src 'none'; style-src ${sha(style)}; script-src ${sha(script)}; img-src data:; base-uri 'none'; form-action 'none'`,
    );
    const head = elements(tree, (e) => e.tagName === 'head')[0];
    assert.equal(head.children.findIndex((c) => c === meta) < head.children.findIndex((c) => c.type === 'element' && c.tagName === 'style'), true, 'the policy comes before the style');
  });
});

describe('newsproof check --format html', () => {
  function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
    const run = spawnSync(process.execPath, [join(ROOT, 'server', 'out', 'cli.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
    return { stdout: run.stdout, stderr: run.stderr, status: run.status };
  }

  test('-o writes the page to a file, nothing to stdout; the exit code is the text format\'s', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'newsproof-report-')), 'report.html');
    assert.deepEqual(cli(['check', '--format', 'html', '-o', out, 'samples/drafts']), { stdout: '', stderr: '', status: 1 });
    const tree = fromHtml(readFileSync(out, 'utf8'));
    assert.equal(marks(tree).length, 17);
    assert.equal(text(elements(tree, (e) => e.tagName === 'h1')[0]), 'Newsproof report');
    assert.equal(cli(['check', '--format', 'html', '-o', out, 'test/fixtures/restated-en.md']).status, 0);
  });

  test('--locale de, or a German LANG, gives a German page; --locale de also localizes the other formats', () => {
    const german = cli(['check', '--format', 'html', '--locale', 'de', 'samples/drafts/deepseek-en.md']);
    assert.match(german.stdout, /<html lang="de">/);
    assert.match(german.stdout, /widerspricht der Quelle/);
    assert.match(cli(['check', '--format', 'html', 'samples/drafts/deepseek-en.md'], { LANG: 'de_DE.UTF-8' }).stdout, /<h1>Newsproof-Bericht<\/h1>/);
    assert.match(cli(['check', '--format', 'html', 'samples/drafts/deepseek-en.md'], { LANG: 'en_GB.UTF-8' }).stdout, /<h1>Newsproof report<\/h1>/);
    assert.match(cli(['check', '--locale', 'de', 'samples/drafts/deepseek-en.md']).stdout, /\$6\.5 million widerspricht der Quelle/);
    assert.match(cli(['check', 'samples/drafts/deepseek-en.md'], { LANG: 'de_DE.UTF-8' }).stdout, /\$6\.5 million contradicts the source/, 'text output does not follow the environment');
  });

  test('-o works for every format; an unwritable file is a clear usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsproof-report-'));
    assert.equal(cli(['check', '--format', 'json', '-o', join(dir, 'f.json'), 'samples/drafts/deepseek-en.md']).stdout, '');
    assert.equal(JSON.parse(readFileSync(join(dir, 'f.json'), 'utf8')).length, 10);
    assert.equal(cli(['check', '--output', join(dir, 'f.txt'), 'samples/drafts/deepseek-en.md']).status, 1);
    assert.match(readFileSync(join(dir, 'f.txt'), 'utf8'), /\n\n10 findings \(8 warnings, 2 information\) in 1 file\.\n$/);
    writeFileSync(join(dir, 'file'), '');
    const bad = cli(['check', '--format', 'html', '-o', join(dir, 'file', 'report.html'), 'samples/drafts/deepseek-en.md']);
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, `newsproof: --output ${join(dir, 'file', 'report.html')}: cannot be written (ENOTDIR).\n`);
  });
});
