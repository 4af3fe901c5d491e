import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hoverAt } from '../server/src/core';
import { AnswerStore, NOT_KEPT, type AnswerSource } from '../server/src/lsp/answerStore';
import type { HoverAnswer } from '../server/src/lsp/checkProtocol';
import { KeptAnalysis } from '../server/src/lsp/answersOnDemand';
import { checkDiagnostics } from '../server/src/lsp/checkDocument';
import { sourceDocuments } from '../server/src/lsp/convert';
import { DEFAULT_SETTINGS } from '../server/src/node/settings';
import { bundledIndex, ROOT } from './support/fixtures';

/** Answers of a checked text with one figure hover per given figure, as its check worker would make them when asked. */
function answersWithFigures(text: string, figures: string[]): AnswerSource {
  const hovers = figures.map((f) => ({ start: text.indexOf(f), end: text.indexOf(f) + f.length, markdown: `**${f}**` }));
  return {
    hover: async (offset) => hovers.find((h) => h.start <= offset && offset < h.end),
    tokens: async () => new Uint32Array(0),
    claims: async () => ({ spans: new Int32Array(0), status: new Uint8Array(0), utf8: new Uint8Array(0), textStarts: Int32Array.from([0]), evidenceStarts: Int32Array.from([0]), evidenceIds: new Int32Array(0), evidence: [] }),
  };
}

describe('answers while a newer version is checked', () => {
  const checked = '🚀 R1 cost $6.5 million.\r\nNvidia fell 8.72 percent.\r\nMicrosoft rose 3.75 percent.';
  const store = new AnswerStore();
  store.set('untitled:a.md', 1, checked, answersWithFigures(checked, ['$6.5 million', '8.72 percent', '3.75 percent']));

  test('the checked version: the hover and its range, in UTF-16 positions', async () => {
    const document = TextDocument.create('untitled:a.md', 'markdown', 1, checked);
    assert.deepEqual(await store.hover(document, { line: 0, character: 12 }, false), { contents: { kind: 'markdown', value: '**$6.5 million**' }, range: { start: { line: 0, character: 11 }, end: { line: 0, character: 23 } } });
  });

  test('after an edit in the middle line: before and after it the hovers move with the text, inside it there is none', async () => {
    const edited = checked.replace('Nvidia fell 8.72', 'Nvidia, the chip maker, fell 8.75');
    const document = TextDocument.create('untitled:a.md', 'markdown', 2, edited);
    assert.equal(((await store.hover(document, { line: 0, character: 12 }, true))?.contents as { value: string }).value, '**$6.5 million**');
    assert.equal(await store.hover(document, { line: 1, character: 30 }, true), null);
    assert.deepEqual(await store.hover(document, { line: 2, character: 16 }, true), { contents: { kind: 'markdown', value: '**3.75 percent**' }, range: { start: { line: 2, character: 15 }, end: { line: 2, character: 27 } } });
  });

  test('a draft never checked: nothing to answer from, and no wait when no check is underway', async () => {
    const document = TextDocument.create('untitled:new.md', 'markdown', 1, 'Nvidia fell 8.72 percent.');
    assert.equal(await store.hover(document, { line: 0, character: 14 }, false), null);
    assert.deepEqual(await store.claims('untitled:new.md', false), { claims: [], counts: { supported: 0, contradicted: 0, unsourced: 0 } });
  });
});

describe('waiting for a draft\'s first answers', () => {
  const settled = <T>(promise: Promise<T>) => Promise.race([promise.then(() => 'answered'), new Promise((resolve) => setImmediate(() => setImmediate(() => resolve('still waiting'))))]);

  test('the first answers end the wait, with them', async () => {
    const store = new AnswerStore();
    const waiting = store.answersFor('untitled:w.md', true);
    assert.equal(await settled(waiting), 'still waiting');
    store.set('untitled:w.md', 1, 'R1 cost $6.5 million.', answersWithFigures('R1 cost $6.5 million.', ['$6.5 million']));
    assert.equal(await settled(waiting), 'answered');
    const answers = await waiting;
    assert.equal(((await answers?.hover(9)) as HoverAnswer | undefined)?.markdown, '**$6.5 million**');
  });

  test('closing the draft ends the wait, with nothing, and keeps no waiter behind', async () => {
    const store = new AnswerStore();
    const waiting = store.answersFor('untitled:closed.md', true);
    store.delete('untitled:closed.md');
    assert.equal(await settled(waiting), 'answered');
    assert.equal(await waiting, undefined);
  });
});

describe('hovers as the check worker sends them', () => {
  const index = bundledIndex();
  const loaded = { index, sourceDocs: sourceDocuments(index) };
  const never = { expired: () => false };
  /** Each hover of `figures` as the editor gets it from the worker's answers, made when asked, beside the hover the CLI makes. */
  const hovers = (text: string, figures: string[], locale: string) => {
    const job = { uri: `untitled:${locale}.md`, version: 1, text, settings: DEFAULT_SETTINGS, baseFolder: ROOT, locale, answers: true };
    const { analysis, document } = checkDiagnostics(job, loaded, never, 6);
    const kept = new KeptAnalysis(job, analysis, document, loaded);
    const answers = { hover: async (offset: number) => kept.hover(offset), tokens: async () => kept.tokens(), claims: async () => kept.claims() };
    const store = new AnswerStore();
    store.set(job.uri, 1, text, answers);
    return {
      answers,
      store,
      pairs: figures.map(async (f) => {
        const offset = text.indexOf(f) + 1;
        const sent = await store.hover(document, document.positionAt(offset), false);
        return [(sent?.contents as { value: string } | undefined)?.value, hoverAt(analysis, index, offset, 3, locale)?.markdown];
      }),
    };
  };

  test('German: a figure the source contradicts, quoted with its „“ and dashes, and a name after an emoji, as the CLI shows them', async () => {
    const text = '🚀 Das Training von DeepSeek R1 kostete 6,5 Millionen Dollar – ein Bruchteil der 78 Millionen Dollar für GPT-4o.\n\nIm HumanEval-Benchmark erreicht R1 „nur“ 91 %, sagte Thomas Altmann.';
    const { answers, store, pairs } = hovers(text, ['6,5 Millionen', '91 %', 'Thomas Altmann'], 'de');
    for (const [sent, made] of await Promise.all(pairs)) {
      assert.ok(made);
      assert.equal(sent, made);
    }
    assert.match((await pairs[0])[0]!, /\*\*5,6 Millionen Dollar\*\* – ein Bruchteil der 78 Millionen Dollar, die OpenAI für \*\*GPT-4o\*\* aufwandte\.\n>\n> — \*DeepSeek R1 – Chinas KI-Start-up/);
    // The claims' sentences too: in the Claims view and the Outline as written, on one line.
    const quoted = 'Im HumanEval-Benchmark erreicht R1 „nur“ 91 %, sagte Thomas Altmann.';
    assert.deepEqual((await store.claims('untitled:de.md', false)).claims.map((c) => c.text), ['🚀 Das Training von DeepSeek R1 kostete 6,5 Millionen Dollar – ein Bruchteil der 78 Millionen Dollar für GPT-4o.', quoted]);
    assert.deepEqual((await store.symbols('untitled:de.md', false)).map((s) => s.name.slice(2)), ['🚀 Das Training von DeepSeek R1 kostete 6,5 Millionen Dollar – ein Bruchteil de…', quoted]);
    // Its own buffer, which moves to the main thread without a copy (a view of Node's pool could not be transferred alone).
    const claims = (await answers.claims())!;
    assert.equal(claims.utf8.byteLength, claims.utf8.buffer.byteLength);
  });

  test('English: the same for a contradicted figure, an unsourced one and a name, and the claims of their sentences', async () => {
    const text = 'Nvidia fell 8.72 percent — the worst day in its history.\n\nDeepSeek has 160 employees, said Liang Wenfeng.';
    const { store, pairs } = hovers(text, ['8.72 percent', '160 employees', 'Liang Wenfeng'], 'en');
    for (const [sent, made] of await Promise.all(pairs)) {
      assert.ok(made);
      assert.equal(sent, made);
    }
    assert.deepEqual((await store.claims('untitled:en.md', false)).claims.map((c) => [c.status, c.text]), [
      ['contradicted', 'Nvidia fell 8.72 percent — the worst day in its history.'],
      ['unsourced', 'DeepSeek has 160 employees, said Liang Wenfeng.'],
    ]);
  });
});

describe('the worker kept a newer version before the store heard of it', () => {
  /** Answers of a version the worker no longer keeps, counting how often they are asked. */
  const notKept = () => {
    const asked = { count: 0 };
    const source: AnswerSource = {
      hover: async () => (asked.count++, NOT_KEPT),
      tokens: async () => (asked.count++, NOT_KEPT),
      claims: async () => (asked.count++, NOT_KEPT),
    };
    return { asked, source };
  };
  const value = (hover: unknown) => (hover as { contents: { value: string } } | null)?.contents.value;

  test('English: the hover is asked again of the newer version once the store hears of it, not answered empty', async () => {
    const older = 'Nvidia fell 8.72 percent.';
    const newer = 'Nvidia fell 8.75 percent.';
    const store = new AnswerStore();
    const { asked, source } = notKept();
    store.set('untitled:race.md', 1, older, source);
    const document = TextDocument.create('untitled:race.md', 'markdown', 2, newer);
    const hover = store.hover(document, { line: 0, character: 14 }, true);
    setTimeout(() => store.set('untitled:race.md', 2, newer, answersWithFigures(newer, ['8.75 percent'])), 20);
    assert.deepEqual(await hover, { contents: { kind: 'markdown', value: '**8.75 percent**' }, range: { start: { line: 0, character: 12 }, end: { line: 0, character: 24 } } });
    assert.equal(asked.count, 1);
  });

  test('German: also the tokens and the claims are asked again of the newer version', async () => {
    const older = 'Die Aktie fiel um 8,72 Prozent.';
    const newer = 'Die Aktie fiel um 8,75 Prozent.';
    const store = new AnswerStore();
    store.set('untitled:rennen.md', 1, older, notKept().source);
    const document = TextDocument.create('untitled:rennen.md', 'markdown', 2, newer);
    const answers = [store.hover(document, { line: 0, character: 19 }, true), store.tokens('untitled:rennen.md', true), store.claims('untitled:rennen.md', true)] as const;
    const tokens = Uint32Array.from([0, 18, 12, 0, 0]);
    const newerAnswers = { ...answersWithFigures(newer, ['8,75 Prozent']), tokens: async () => tokens };
    setTimeout(() => store.set('untitled:rennen.md', 2, newer, newerAnswers), 20);
    assert.equal(value(await answers[0]), '**8,75 Prozent**');
    assert.deepEqual(await answers[1], [0, 18, 12, 0, 0]);
    assert.deepEqual(await answers[2], { claims: [], counts: { supported: 0, contradicted: 0, unsourced: 0 } });
  });

  test('closed meanwhile: none, at once, and not asked again', async () => {
    const store = new AnswerStore();
    const { asked, source } = notKept();
    store.set('untitled:closed.md', 1, 'Nvidia fell 8.72 percent.', source);
    const document = TextDocument.create('untitled:closed.md', 'markdown', 1, 'Nvidia fell 8.72 percent.');
    const started = Date.now();
    const hover = store.hover(document, { line: 0, character: 14 }, true);
    setTimeout(() => store.delete('untitled:closed.md'), 20);
    assert.equal(await hover, null);
    assert.ok(Date.now() - started < 1_000, `waited ${Date.now() - started} ms`);
    assert.equal(asked.count, 1);
  });

  test('no hover there in the version asked of (kept): none at once, not asked again', async () => {
    const text = 'Die Aktie fiel um 8,72 Prozent.';
    const store = new AnswerStore();
    let asked = 0;
    const source = answersWithFigures(text, ['8,72 Prozent']);
    store.set('untitled:leer.md', 1, text, { ...source, hover: (offset) => (asked++, source.hover(offset)) });
    const started = Date.now();
    assert.equal(await store.hover(TextDocument.create('untitled:leer.md', 'markdown', 1, text), { line: 0, character: 2 }, true), null);
    assert.ok(Date.now() - started < 500);
    assert.equal(asked, 1);
  });

  test('a newer version that never comes: none after a bounded wait, not a request for ever', async () => {
    const store = new AnswerStore();
    const { asked, source } = notKept();
    store.set('untitled:never.md', 1, 'Nvidia fell 8.72 percent.', source);
    const started = Date.now();
    assert.equal(await store.hover(TextDocument.create('untitled:never.md', 'markdown', 1, 'Nvidia fell 8.72 percent.'), { line: 0, character: 14 }, true), null);
    assert.ok(Date.now() - started < 5_000, `waited ${Date.now() - started} ms`);
    assert.equal(asked.count, 1);
  });
});
