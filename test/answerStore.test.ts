import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnswerStore } from '../server/src/lsp/answerStore';
import type { Answers } from '../server/src/lsp/checkProtocol';

/** Answers of a checked text with one figure hover per given figure. */
function answersWithFigures(text: string, figures: string[]): Answers {
  const starts = figures.map((f) => text.indexOf(f));
  return {
    hovers: { texts: figures.map((f) => `**${f}**`), layers: [{ starts: Int32Array.from(starts), ends: Int32Array.from(starts, (s, i) => s + figures[i].length), markdown: Int32Array.from(figures, (_, i) => i) }] },
    tokens: new Uint32Array(0),
    claims: { spans: new Int32Array(0), status: new Uint8Array(0), texts: [], evidenceStarts: Int32Array.from([0]), evidenceIds: new Int32Array(0), evidence: [] },
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
    assert.deepEqual((await waiting)?.hovers.texts, ['**$6.5 million**']);
  });

  test('closing the draft ends the wait, with nothing, and keeps no waiter behind', async () => {
    const store = new AnswerStore();
    const waiting = store.answersFor('untitled:closed.md', true);
    store.delete('untitled:closed.md');
    assert.equal(await settled(waiting), 'answered');
    assert.equal(await waiting, undefined);
  });
});
