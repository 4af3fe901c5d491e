import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { LspSession } from './support/lspClient';
import { bundledIndex, read, ROOT, SOURCES } from './support/fixtures';
import { analyzeDraft, hoverAt } from '../server/src/core';

const uriOf = (relativePath: string) => pathToFileURL(join(ROOT, relativePath)).href;
const sourceUri = (file: string) => pathToFileURL(join(SOURCES, file)).href;

describe('language server over stdio', () => {
  let lsp: LspSession;
  before(async () => {
    lsp = new LspSession();
    await lsp.initialize();
  });
  after(() => lsp.close());

  test('textDocument/publishDiagnostics: the English sample draft, exact ranges and codes', async () => {
    const diagnostics = await lsp.open(uriOf('samples/drafts/deepseek-en.md'), read('samples/drafts/deepseek-en.md'));
    assert.deepEqual(
      diagnostics.map((d) => ({ range: d.range, code: d.code, source: d.source, severity: d.severity })),
      [
        { range: { start: { line: 12, character: 23 }, end: { line: 12, character: 33 } }, code: 'source-conflict', source: 'newsproof', severity: 3 },
        { range: { start: { line: 15, character: 86 }, end: { line: 15, character: 98 } }, code: 'figure-mismatch', source: 'newsproof', severity: 2 },
        { range: { start: { line: 18, character: 31 }, end: { line: 18, character: 43 } }, code: 'figure-mismatch', source: 'newsproof', severity: 2 },
        { range: { start: { line: 22, character: 88 }, end: { line: 22, character: 97 } }, code: 'figure-mismatch', source: 'newsproof', severity: 2 },
        { range: { start: { line: 35, character: 71 }, end: { line: 35, character: 77 } }, code: 'figure-mismatch', source: 'newsproof', severity: 2 },
        { range: { start: { line: 39, character: 54 }, end: { line: 39, character: 67 } }, code: 'scale-mismatch', source: 'newsproof', severity: 2 },
        { range: { start: { line: 48, character: 28 }, end: { line: 48, character: 31 } }, code: 'unsourced-figure', source: 'newsproof', severity: 3 },
        { range: { start: { line: 54, character: 9 }, end: { line: 54, character: 12 } }, code: 'draft-inconsistency', source: 'newsproof', severity: 2 },
        { range: { start: { line: 57, character: 62 }, end: { line: 57, character: 77 } }, code: 'misattributed-quote', source: 'newsproof', severity: 2 },
        { range: { start: { line: 60, character: 8 }, end: { line: 60, character: 21 } }, code: 'name-spelling', source: 'newsproof', severity: 2 },
      ],
    );
    assert.equal(diagnostics[2].message, '$6.5 million contradicts the source, which says 5,6 Millionen Dollar.');
    assert.deepEqual(diagnostics[2].relatedInformation?.[0].location, {
      uri: sourceUri('000_3edcd5861e2d5fc1.txt'),
      range: { start: { line: 14, character: 0 }, end: { line: 14, character: 176 } },
    });
  });

  test('textDocument/publishDiagnostics: a figure after an emoji is ranged in UTF-16 code units', async () => {
    const text = read('samples/drafts/deepseek-en.md');
    const line = text.split('\n')[22];
    assert.ok(line.startsWith('🚀'), 'the sample keeps its emoji');
    // The English sample's "2.8 times" at line 22, character 88 (asserted above) stands after this emoji.
    const diagnostics = await lsp.open('untitled:emoji.md', '🚀 Training DeepSeek R1 cost $6.5 million.');
    assert.deepEqual(diagnostics.map((d) => d.range), [{ start: { line: 0, character: 29 }, end: { line: 0, character: 41 } }]);
  });

  test('textDocument/publishDiagnostics: the German sample draft', async () => {
    const diagnostics = await lsp.open(uriOf('samples/drafts/deepseek-de.md'), read('samples/drafts/deepseek-de.md'));
    assert.deepEqual(diagnostics.map((d) => [d.range.start.line, d.range.start.character, d.code, d.message]), [
      [13, 41, 'figure-mismatch', '8,72 % contradicts the source, which says -7,82 %.'],
      [16, 41, 'scale-mismatch', '5,6 Milliarden Dollar has the right digits but the wrong scale: the source says 5,6 Millionen Dollar (10⁶: million, Million).'],
      [20, 24, 'figure-mismatch', '3 % says it rose, but the source says it fell: 3 %.'],
      [26, 18, 'date-mismatch', 'Juli 2022 contradicts the source, which gives Juli 2023.'],
      [32, 58, 'figure-mismatch', '300 Millionen Yuan contradicts the source, which says 200 Millionen Yuan.'],
      [36, 86, 'quote-mismatch', 'The quotation differs from the source, which reads „DeepSeek verwendet bekannte Technologien“ (Stacy Rasgon).'],
      [39, 21, 'name-spelling', 'Nvida is not how the sources spell it: Nvidia.'],
    ]);
  });

  test('textDocument/didChange: fixing the figure clears the warning', async () => {
    const uri = 'untitled:fix.md';
    assert.equal((await lsp.open(uri, 'Training DeepSeek R1 cost $6.5 million.')).length, 1);
    assert.deepEqual(await lsp.change(uri, 'Training DeepSeek R1 cost $5.6 million.'), []);
  });

  test('textDocument/hover: "$78 million" in an English draft shows the German source sentence', async () => {
    const uri = 'untitled:hover.md';
    await lsp.open(uri, 'OpenAI spent $78 million on GPT-4o.');
    const hover = await lsp.hover(uri, 0, 15);
    assert.deepEqual(hover?.range, { start: { line: 0, character: 13 }, end: { line: 0, character: 24 } });
    assert.equal(
      (hover?.contents as { value: string }).value,
      [
        '**$78 million**: supported by the sources.',
        '',
        'Read as: OpenAI · cost: $78 million',
        '',
        '> Doch der wahre Clou liegt in den Kosten: Das Training von DeepSeek R1 kostete nur 5,6 Millionen Dollar – ein Bruchteil der **78 Millionen Dollar**, die **OpenAI** für **GPT-4o** aufwandte.',
        '>',
        `> — *DeepSeek R1 – Chinas KI-Start-up lässt Silicon Valley zittern* · [sources/000\\_3edcd5861e2d5fc1.txt:15](${sourceUri('000_3edcd5861e2d5fc1.txt')}#L15,1-L15,177)`,
      ].join('\n'),
    );
  });

  test('textDocument/hover: a contradicted figure says what the source says', async () => {
    const uri = 'untitled:contradicted.md';
    await lsp.open(uri, 'Nvidia fell 8.72 percent.');
    const value = ((await lsp.hover(uri, 0, 13))?.contents as { value: string }).value;
    assert.ok(value.startsWith('**8.72 percent**: the source says **-7,82 %**.\n\nRead as: Nvidia · change: −8.72 percent\n\n> Innerhalb weniger Stunden stürzten die Kurse von Branchengrößen wie **Nvidia** (**-7,82 %**)'), value);
  });

  test('textDocument/hover: a person shows their role and the source sentences', async () => {
    const uri = 'untitled:person.md';
    await lsp.open(uri, 'Stacy Rasgon said the panic was overdone.');
    const value = ((await lsp.hover(uri, 0, 3))?.contents as { value: string }).value;
    assert.ok(value.startsWith('**Stacy Rasgon** (person) — Bernstein Research\n\n> **Stacy Rasgon** (Bernstein Research) betont, die Panik sei übertrieben'), value);
  });

  test('textDocument/hover: a figure or name inside a quotation of the sources shows the quotation, as the CLI does', async () => {
    const uri = 'untitled:quoted.md';
    const text = '"Wir glauben fest daran, dass 99 Prozent des Erfolgs aus harter Arbeit und nur ein Prozent aus Talent resultieren", schreibt DeepSeek.';
    await lsp.open(uri, text);
    const index = bundledIndex();
    const draft = analyzeDraft(text, index);
    for (const word of ['99 Prozent', 'ein Prozent', 'Talent']) {
      const offset = text.indexOf(word) + 1;
      const value = ((await lsp.hover(uri, 0, offset))?.contents as { value: string }).value;
      // The same hover as the CLI's, up to the file link, which the server labels from the workspace folder.
      const withoutFileLink = (markdown = '') => markdown.replace(/ · \[[^\]]*\]\(file:[^)]*\)/g, '');
      assert.equal(withoutFileLink(value), withoutFileLink(hoverAt(draft, index, offset)?.markdown), word);
      assert.doesNotMatch(value, /no source states/, word);
    }
  });

  test('textDocument/hover: nothing on plain words', async () => {
    const uri = 'untitled:plain.md';
    await lsp.open(uri, 'Just some words here.');
    assert.equal(await lsp.hover(uri, 0, 3), null);
  });

  test('the server survives hostile input and keeps answering', async () => {
    const hostile = ['', '\uD800\uDFFF\uD800', '„„„ """ »»', '- '.repeat(5000), '```\nunclosed', '\u0000'.repeat(100) + ' 5 % '];
    for (const [i, text] of hostile.entries()) {
      const uri = `untitled:hostile-${i}.md`;
      const lines = text.split('\n');
      const inside = (p: { line: number; character: number }) => p.line < lines.length && p.character <= lines[p.line].length;
      for (const d of await lsp.open(uri, text)) assert.ok(inside(d.range.start) && inside(d.range.end), `${JSON.stringify(d.range)} lies outside hostile text ${i}`);
      const hover = await lsp.hover(uri, 0, 0);
      if (hover?.range) assert.ok(inside(hover.range.start) && inside(hover.range.end));
    }
    // Still answering afterwards, and still right.
    assert.deepEqual((await lsp.open('untitled:after-hostile.md', 'Training DeepSeek R1 cost $6.5 million.')).map((d) => d.code), ['figure-mismatch']);
  });
});

describe('settings', () => {
  const draft = 'Training DeepSeek R1 cost $6.5 million. DeepSeek was founded in July 2022.';

  test('workspace/configuration: editor settings turn a rule off and raise another to error', async () => {
    const lsp = new LspSession(ROOT, { rules: { 'figure-mismatch': 'off', 'date-mismatch': 'error' } });
    await lsp.initialize();
    const diagnostics = await lsp.open('untitled:settings.md', draft);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.severity]), [['date-mismatch', 1]]);
    await lsp.close();
  });

  test('.newsproof.json in the workspace folder applies, and editor defaults do not override it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'newsproof-lsp-'));
    writeFileSync(join(folder, '.newsproof.json'), JSON.stringify({ rules: { 'date-mismatch': 'off' } }));
    const lsp = new LspSession(folder, { enable: true, sources: [], language: 'auto', rules: {}, names: [], maxHoverQuotes: 3 });
    await lsp.initialize();
    assert.deepEqual((await lsp.open('untitled:config.md', draft)).map((d) => d.code), ['figure-mismatch']);
    await lsp.close();
  });

  test('a source that cannot be read is reported once, clearly, and the bundled ones still work', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'newsproof-lsp-'));
    writeFileSync(join(folder, '.newsproof.json'), JSON.stringify({ sources: ['missing-article.txt'], bundledSources: 'always' }));
    const lsp = new LspSession(folder);
    await lsp.initialize();
    assert.deepEqual((await lsp.open('untitled:a.md', draft)).map((d) => d.code), ['figure-mismatch', 'date-mismatch']);
    await lsp.open('untitled:b.md', draft);
    assert.deepEqual(lsp.messages, [`Newsproof: Source ${join(folder, 'missing-article.txt')} cannot be read (ENOENT); check the path in "sources".`]);
    await lsp.close();
  });
});

describe('quick fixes', () => {
  test('textDocument/codeAction: the preferred fix replaces the figure with the source value', async () => {
    const lsp = new LspSession();
    await lsp.initialize();
    const uri = 'untitled:fix-de.md';
    const [diagnostic] = await lsp.open(uri, 'Das Training von DeepSeek R1 kostete 5,6 Milliarden Dollar.');
    const actions = await lsp.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    assert.deepEqual(actions, [
      {
        title: 'Replace with 5,6 Millionen Dollar',
        kind: 'quickfix',
        isPreferred: true,
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [{ range: { start: { line: 0, character: 37 }, end: { line: 0, character: 58 } }, newText: '5,6 Millionen Dollar' }] } },
      },
      {
        title: 'Suppress scale-mismatch on this line',
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '<!-- newsproof-disable-next-line scale-mismatch -->\n' }] } },
      },
      {
        title: 'Suppress scale-mismatch in this file',
        kind: 'quickfix',
        diagnostics: [diagnostic],
        edit: { changes: { [uri]: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '<!-- newsproof-disable scale-mismatch -->\n' }] } },
      },
    ]);
    await lsp.close();
  });
});

describe('claims in the Outline', () => {
  test('textDocument/documentSymbol: every claim with its status', async () => {
    const lsp = new LspSession();
    await lsp.initialize();
    const uri = 'untitled:outline.md';
    await lsp.open(uri, '# Title\n\nTraining DeepSeek R1 cost $5.6 million.\n\nNvidia fell 8.72 percent.\n\nDeepSeek has 160 employees.\n');
    const symbols = await lsp.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols, [
      { name: '✓ Training DeepSeek R1 cost $5.6 million.', detail: 'supported', kind: 15, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 39 } }, selectionRange: { start: { line: 2, character: 0 }, end: { line: 2, character: 39 } } },
      { name: '✗ Nvidia fell 8.72 percent.', detail: 'contradicted', kind: 15, range: { start: { line: 4, character: 0 }, end: { line: 4, character: 25 } }, selectionRange: { start: { line: 4, character: 0 }, end: { line: 4, character: 25 } } },
      { name: '? DeepSeek has 160 employees.', detail: 'unsourced', kind: 15, range: { start: { line: 6, character: 0 }, end: { line: 6, character: 27 } }, selectionRange: { start: { line: 6, character: 0 }, end: { line: 6, character: 27 } } },
    ]);
    const hover = await lsp.hover(uri, 6, 20);
    assert.equal((hover?.contents as { value: string }).value, '**Claim**: no source says this.');
    await lsp.close();
  });
});

describe('false positives are one click away', () => {
  test('textDocument/codeAction: a name the sources do not know goes into .newsproof.json', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'newsproof-glossary-'));
    const lsp = new LspSession(folder);
    await lsp.initialize();
    const uri = pathToFileURL(join(folder, 'draft.md')).href;
    const [diagnostic] = await lsp.open(uri, 'Nvida Labs is a new start-up.');
    assert.equal(diagnostic.code, 'name-spelling');
    const actions = (await lsp.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as Array<{ title: string; edit: unknown }>;
    assert.deepEqual(actions.map((a) => a.title), ['Change to Nvidia', 'Accept “Nvida” as a spelling of Nvidia (glossary)', 'Add “Nvida” to the glossary as a name of its own', 'Suppress name-spelling on this line', 'Suppress name-spelling in this file']);
    const configUri = pathToFileURL(join(folder, '.newsproof.json')).href;
    assert.deepEqual(actions[2].edit, {
      documentChanges: [
        { kind: 'create', uri: configUri, options: { ignoreIfExists: true } },
        { textDocument: { uri: configUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '{\n  "names": [\n    {\n      "name": "Nvida"\n    }\n  ]\n}\n' }] },
      ],
    });
    await lsp.close();
  });
});

describe('untrusted workspaces and locale', () => {
  test('initializationOptions.trusted = false: sources from .newsproof.json are never read', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'newsproof-untrusted-'));
    writeFileSync(join(folder, '.newsproof.json'), JSON.stringify({ sources: ['/etc/hostname'], bundledSources: 'never' }));
    const lsp = new LspSession(folder, undefined, { initializationOptions: { trusted: false } });
    await lsp.initialize();
    assert.deepEqual((await lsp.open('untitled:u.md', 'Training DeepSeek R1 cost $6.5 million.')).map((d) => d.code), ['figure-mismatch']);
    assert.deepEqual(lsp.messages, []);
    await lsp.close();
  });
  test('locale "de": messages and hovers in German', async () => {
    const lsp = new LspSession(ROOT, undefined, { locale: 'de' });
    await lsp.initialize();
    const uri = 'untitled:de.md';
    const [diagnostic] = await lsp.open(uri, 'Das Training von DeepSeek R1 kostete 6,5 Millionen Dollar.');
    assert.equal(diagnostic.message, '6,5 Millionen Dollar widerspricht der Quelle, dort steht 5,6 Millionen Dollar.');
    const hover = await lsp.hover(uri, 0, 40);
    assert.ok((hover?.contents as { value: string }).value.startsWith('**6,5 Millionen Dollar**: die Quelle nennt **5,6 Millionen Dollar**.'));
    await lsp.close();
  });
});

describe('semantic tokens', () => {
  test('textDocument/semanticTokens/full: figures, names and quotations', async () => {
    const lsp = new LspSession();
    await lsp.initialize();
    const uri = 'untitled:tokens.md';
    await lsp.open(uri, 'Nvidia fell 7.82 percent. Wang: "Das Team verwandelte die Hardware-Herausforderung."');
    const tokens = (await lsp.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as { data: number[] };
    // [deltaLine, deltaStart, length, type, modifiers]: Nvidia (type), 7.82 percent (number), Wang (type), the quotation (string)
    assert.deepEqual(tokens.data, [0, 0, 6, 1, 0, 0, 12, 12, 0, 0, 0, 14, 4, 1, 0, 0, 6, 52, 2, 0]);
    await lsp.close();
  });
});

describe('drafts of any size', () => {
  test('checkDelay 0 checks at once; a check out of time reports what it checked, says so once, and the next checks finish it', async () => {
    process.env.NEWSPROOF_CHECK_BUDGET_MS = '0'; // every check stops after its first new block
    const lsp = new LspSession(ROOT, { checkDelay: 0 });
    delete process.env.NEWSPROOF_CHECK_BUDGET_MS;
    try {
      await lsp.initialize();
      const uri = uriOf('samples/drafts/deepseek-en.md');
      const first = await lsp.open(uri, read('samples/drafts/deepseek-en.md'));
      // The title was checked; the check stopped at the first paragraph.
      assert.deepEqual(first.map((d) => [d.code, d.severity, d.range]), [['check-budget', 3, { start: { line: 11, character: 0 }, end: { line: 11, character: 92 } }]]);
      assert.equal(first[0].message, 'Newsproof stopped here: checking this draft takes longer than 0 s, so the last 54 lines (from line 12) were not checked. Split the draft, or check it in full with the CLI (npx newsproof check).');
      const complete = () => lsp.published.find((p) => p.uri === uri && !p.diagnostics.some((d) => d.code === 'check-budget'));
      for (let waited = 0; !complete() && waited < 30_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.deepEqual(complete()?.diagnostics.map((d) => d.code), [
        'source-conflict', 'figure-mismatch', 'figure-mismatch', 'figure-mismatch', 'figure-mismatch', 'scale-mismatch', 'unsourced-figure', 'draft-inconsistency', 'misattributed-quote', 'name-spelling',
      ]);
      // The check that completed the draft answers what the first ones did not read: "7.82 percent", line 16.
      let hover = await lsp.hover(uri, 15, 27);
      for (let waited = 0; !hover && waited < 30_000; waited += 50) hover = await new Promise((resolve) => setTimeout(resolve, 50)).then(() => lsp.hover(uri, 15, 27));
      assert.deepEqual(hover?.range, { start: { line: 15, character: 25 }, end: { line: 15, character: 37 } });
    } finally {
      await lsp.close();
    }
  });

  test('a check out of time answers hovers over what it read, while the next checks go on (English and German)', async () => {
    process.env.NEWSPROOF_CHECK_BUDGET_MS = '0'; // every check stops after its first new block
    const lsp = new LspSession(ROOT, { checkDelay: 0 });
    delete process.env.NEWSPROOF_CHECK_BUDGET_MS;
    try {
      await lsp.initialize();
      // Hundreds of distinct paragraphs after the first: read one more at each check, the draft is complete only after
      // seconds of checks, longer than a hover waits for a draft's first answers (3 s).
      const rest = Array.from({ length: 400 }, (_, i) => `Paragraph ${i + 1} says the index moved ${i + 1} points on day ${i + 2}.`).join('\n\n');
      for (const [uri, first, figure, source] of [
        ['untitled:partial-en.md', 'Training DeepSeek R1 cost $6.5 million.', '$6.5 million', '**5,6 Millionen Dollar**'],
        ['untitled:partial-de.md', 'Das Training von DeepSeek R1 kostete 6,5 Millionen Dollar.', '6,5 Millionen Dollar', '**5,6 Millionen Dollar**'],
      ]) {
        const diagnostics = await lsp.open(uri, `${first}\n\n${rest}\n`);
        assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['figure-mismatch', 0], ['check-budget', 2]]);
        const hover = await lsp.hover(uri, 0, first.indexOf(figure) + 1);
        const complete = lsp.published.some((p) => p.uri === uri && !p.diagnostics.some((d) => d.code === 'check-budget'));
        assert.equal(complete, false, 'answered before the draft was checked in full');
        assert.deepEqual(hover?.range, { start: { line: 0, character: first.indexOf(figure) }, end: { line: 0, character: first.indexOf(figure) + figure.length } });
        assert.ok((hover?.contents as { value: string }).value.includes(source));
        // Past where the checks got: nothing read there yet, no hover.
        assert.equal(await lsp.hover(uri, 800, 40), null);
        // Closed, its checks stop: the next draft does not wait behind them.
        await lsp.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }
    } finally {
      await lsp.close();
    }
  });

  test('a list nested 3,000 levels deep is read as plain text: answered, with exact ranges', async () => {
    const lsp = new LspSession(ROOT, { checkDelay: 0 });
    try {
      await lsp.initialize();
      const uri = 'untitled:outline.md';
      const text = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i * 2)}- Nvidia fell 8.72 percent`).join('\n');
      const diagnostics = await lsp.open(uri, text);
      // Read in full, or (on a machine too busy for the check's budget, by design) up to a line: every line before it
      // has its own finding, exactly ranged, and one Information says from which line on nothing was checked. Read as
      // Markdown nesting instead, the parse would not end in linear time, and no line would be a block of its own.
      const stops = diagnostics.filter((d) => d.code === 'check-budget');
      const findings = diagnostics.filter((d) => d.code !== 'check-budget').sort((a, b) => a.range.start.line - b.range.start.line);
      assert.ok(stops.length <= 1, `${stops.length} budget notes`);
      const readTo = stops[0]?.range.start.line ?? 3000;
      assert.ok(readTo >= 1, 'not even the first line was read');
      assert.equal(findings.length, readTo);
      findings.forEach((d, i) => {
        assert.deepEqual(d.range, { start: { line: i, character: 2 * i + 14 }, end: { line: i, character: 2 * i + 26 } });
        assert.equal(d.message, '8.72 percent contradicts the source, which says -7,82 %.');
      });
      if (stops.length === 1) {
        const [stop] = stops;
        assert.equal(stop.severity, 3); // Information
        assert.deepEqual(stop.range, { start: { line: readTo, character: 2 * readTo + 2 }, end: { line: readTo, character: 2 * readTo + 26 } });
        const lines = 3000 - readTo;
        assert.ok(stop.message.includes(`the last ${lines.toLocaleString('en-US')} line${lines === 1 ? ' (' : 's ('}from line ${(readTo + 1).toLocaleString('en-US')}) ${lines === 1 ? 'was' : 'were'} not checked`), stop.message);
      }
      // The server is alive and answers from what it read.
      const hover = await lsp.hover(uri, 0, 20);
      assert.deepEqual(hover?.range, { start: { line: 0, character: 14 }, end: { line: 0, character: 26 } });
      // The next checks finish what the first did not read, on a busy machine too: a parse or a check that did not grow
      // linearly with the depth would not finish in these two minutes.
      const complete = () => lsp.published.find((p) => p.uri === uri && !p.diagnostics.some((d) => d.code === 'check-budget'));
      for (let waited = 0; !complete() && waited < 120_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      const all = (complete()?.diagnostics ?? []).slice().sort((a, b) => a.range.start.line - b.range.start.line);
      assert.equal(all.length, 3000);
      assert.deepEqual(all[2999].range, { start: { line: 2999, character: 2 * 2999 + 14 }, end: { line: 2999, character: 2 * 2999 + 26 } });
      assert.equal(all[2999].message, '8.72 percent contradicts the source, which says -7,82 %.');
    } finally {
      await lsp.close();
    }
  });
});

describe('sources through the check workers', () => {
  test('newsproof/sources lists the indexed articles; newsproof/reindex reads them again and re-checks open drafts', async () => {
    const lsp = new LspSession();
    await lsp.initialize();
    const sources = (await lsp.connection.sendRequest('newsproof/sources')) as Array<{ uri: string; title: string; sentences: number }>;
    assert.deepEqual(sources, [
      { uri: sourceUri('000_3edcd5861e2d5fc1.txt'), title: 'DeepSeek R1 – Chinas KI-Start-up lässt Silicon Valley zittern', sentences: 41 },
      { uri: sourceUri('004_03dcce986fe3aa56.txt'), title: 'Die Geschichte hinter DeepSeek: Wie ein chinesisches Startup das Silicon Valley herausfordert', sentences: 57 },
    ]);
    const uri = 'untitled:reindex.md';
    await lsp.open(uri, 'Training DeepSeek R1 cost $6.5 million.');
    const rechecked = lsp.nextDiagnostics(uri);
    const result = (await lsp.connection.sendRequest('newsproof/reindex')) as { sources: number; sentences: number; problems: string[] };
    assert.deepEqual({ sources: result.sources, problems: result.problems }, { sources: 2, problems: [] });
    assert.equal(result.sentences, 98);
    assert.deepEqual((await rechecked).map((d) => d.code), ['figure-mismatch']);
    await lsp.close();
  });
});
