import assert from 'node:assert/strict';
import fc from 'fast-check';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { Node } from 'mdast';
import type { CodeAction, TextEdit as LspTextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDraft, buildSourceIndex, parseMarkdown, runRules, type Finding, type SourceIndex } from '../server/src/core';
import { parseMarkdownTree } from '../server/src/core/markdown/parseMarkdown';
import { blockAround } from '../server/src/core/suppression/blockAround';
import { suppressionAt, suppressionOfFile, type SuppressionEdit } from '../server/src/core/suppression/suppressionEdits';
import { codeActions } from '../server/src/lsp/codeActions';
import { sourceDocuments, toDiagnostic } from '../server/src/lsp/convert';
import { parseSettings } from '../server/src/node/settings';
import { draft, draftAndEdit } from './support/arbitraries';
import { bundledIndex, bundledInputs } from './support/fixtures';
import { removeTempFolders, tempFolder } from './support/tempFolders';

after(removeTempFolders);

const index = bundledIndex();
const glossaryPath = join(tempFolder('suppression'), '.newsproof.json');

const english = `---
title: Nvidia fell 8.72 percent
---

# Nvidia fell 8.72 percent in one day

The training of DeepSeek R1 cost $5.6 billion, and on the next line
🚀 Liang Wenfang said that Nvidia fell 8.72 percent.

| Company | Change |
|---|---|
| Nvidia | -8.72 % |
| Microsoft | -3.75 % |

- Nvidia fell 8.72 percent.
- Training DeepSeek R1 cost $5.6 billion, and
lazily continued: Nvidia fell 8.72 percent.
  - Nested: Liang Wenfang founded DeepSeek.

> Liang Wenfang said that Nvida fell 7.82 %.
> Nvidia fell 8.72 percent.

\`\`\`js
const note = 'Nvidia fell 8.72 percent';
\`\`\`
Nvidia fell 8.72 percent right after the code.

<!-- newsproof-disable-next-line unsourced-figure -->
Nvidia fell 8.72 percent, and DeepSeek has 160 employees.

1. First: Nvidia fell 8.72 percent.

   The item's second paragraph: DeepSeek has 160 employees.
2. Second item.
`;

const german = `Nvidia verlor 8,72 Prozent
==========================

Das Training von DeepSeek R1 kostete 5,6 Milliarden Dollar, sagte
der Gründer Liang Wenfang.

| Unternehmen | Veränderung |
|:---|---:|
| Nvidia | 🚀 -8,72 % |

* Das Training von DeepSeek R1 kostete 5,6 Milliarden Dollar.
* Liang Wenfang gründete DeepSeek.

> Das Training von DeepSeek R1 soll 5,6 Milliarden Dollar gekostet haben.
>
> - Nvidia verlor 8,72 Prozent.

## Nvidia verlor 8,72 Prozent

Nvidia verlor 8,72 Prozent.`;

const drafts: Array<[string, string]> = [
  ['English, LF', english],
  ['English, CRLF', english.replace(/\n/g, '\r\n')],
  ['German, LF, no final line break', german],
  ['German, CRLF', german.replace(/\n/g, '\r\n')],
];

/** What the Markdown means, without newsproof's own comments: node types, nesting, list and heading kinds, and text. */
function structure(text: string, withText: boolean): unknown {
  const strip = (node: Node): unknown => {
    const { type, position: _position, children, value, ...rest } = node as Node & { children?: Node[]; value?: string };
    return {
      type,
      ...rest,
      ...(withText && value !== undefined ? { value: value.replace(/\r\n/g, '\n') } : {}),
      ...(children ? { children: children.filter((c) => !isDirective(c)).map(strip) } : {}),
    };
  };
  const prose = parseMarkdown(text).blocks.map((b) => ({ heading: b.heading, ...(withText ? { text: b.text, context: b.context } : {}) }));
  return { tree: strip(parseMarkdownTree(text)), prose };
}

function isDirective(node: Node): boolean {
  return node.type === 'html' && /^\s*<!--\s*newsproof-/.test((node as Node & { value: string }).value);
}

function findingsOf(text: string, idx: SourceIndex = index): Finding[] {
  return runRules(analyzeDraft(text, idx), idx);
}

/** Where an offset of the text before an edit lies after it. */
function shifted(document: TextDocument, edits: LspTextEdit[], offset: number): number {
  let delta = 0;
  for (const e of edits) if (document.offsetAt(e.range.end) <= offset) delta += e.newText.length - (document.offsetAt(e.range.end) - document.offsetAt(e.range.start));
  return offset + delta;
}

const key = (f: Finding, at = f.start) => `${f.code}@${at}`;

function glossaryOf(action: CodeAction): SourceIndex {
  const change = action.edit?.documentChanges?.find((c) => 'edits' in c);
  assert.ok(change && 'edits' in change, `${action.title}: no edit of .newsproof.json`);
  const { settings, problems } = parseSettings(JSON.parse(change.edits[0].newText) as unknown, '.newsproof.json');
  assert.deepEqual(problems, []);
  return buildSourceIndex(bundledInputs(), settings.names);
}

describe('every quick fix keeps the Markdown intact and removes its finding', () => {
  for (const [name, text] of drafts) {
    test(name, () => {
      const document = TextDocument.create('untitled:draft.md', 'markdown', 1, text);
      const before = findingsOf(text);
      assert.ok(before.length >= 10, `${name}: only ${before.length} findings`);
      const shape = structure(text, true);
      const sources = sourceDocuments(index);
      const scopes = new Set<string>();
      for (const finding of before) {
        const diagnostic = toDiagnostic(finding, document, sources);
        const actions = codeActions(document, [diagnostic], { path: glossaryPath }, 'en');
        const titles = actions.map((a) => a.title);
        assert.ok(titles.includes(`Suppress ${finding.code} in this file`), titles.join(', '));
        for (const action of actions) {
          const what = `${name}: “${action.title}” for ${finding.code} at ${finding.start}`;
          const edits = action.edit?.changes?.[document.uri];
          if (!edits) {
            // A glossary entry: the draft stays as it is, the finding goes.
            assert.equal(finding.code, 'name-spelling', what);
            assert.ok(!findingsOf(text, glossaryOf(action)).some((f) => key(f) === key(finding)), what);
            continue;
          }
          const changed = TextDocument.applyEdits(document, edits);
          const after = findingsOf(changed);
          if (action.isPreferred) {
            // The fix replaces the finding's words: the same structure, other words.
            assert.deepEqual(structure(changed, false), structure(text, false), what);
            assert.ok(!after.some((f) => f.code === finding.code && f.start === finding.start), `${what}: ${JSON.stringify(after)}`);
            continue;
          }
          assert.deepEqual(structure(changed, true), shape, what);
          scopes.add(action.title.replace(finding.code, 'CODE'));
          // Exactly the findings of this code in the comments' reach are gone; every other finding stays.
          const reach = suppressedReach(document, edits, finding, action.title);
          const expected = before.filter((f) => !(f.code === finding.code && reach(f))).map((f) => key(f, shifted(document, edits, f.start)));
          assert.deepEqual(after.map((f) => key(f)), expected, what);
        }
      }
      assert.deepEqual([...scopes].sort(), [
        'Suppress CODE in this block quote',
        'Suppress CODE in this file',
        'Suppress CODE in this list',
        'Suppress CODE in this paragraph',
        'Suppress CODE in this table',
        'Suppress CODE on this line',
      ]);
    });
  }
});

/** Which findings a suppression's comments reach: its line, the block between disable and enable, or the file. */
function suppressedReach(document: TextDocument, edits: LspTextEdit[], finding: Finding, title: string): (f: Finding) => boolean {
  if (title.endsWith('in this file')) return () => true;
  if (title.endsWith('on this line')) {
    const line = document.positionAt(finding.start).line;
    return (f) => document.positionAt(f.start).line === line;
  }
  const [from, to] = edits.map((e) => document.offsetAt(e.range.start));
  return (f) => from <= f.start && f.start <= to;
}

describe('suppression comments where a comment line would break the Markdown', () => {
  const actionsAt = (text: string, code: string, locale = 'en') => {
    const document = TextDocument.create('untitled:d.md', 'markdown', 1, text);
    const finding = findingsOf(text).find((f) => f.code === code)!;
    const actions = codeActions(document, [toDiagnostic(finding, document, sourceDocuments(index))], undefined, locale).filter((a) => !a.isPreferred);
    return actions.map((a) => [a.title, TextDocument.applyEdits(document, a.edit!.changes![document.uri])]);
  };
  test('in a table: disable before the table, enable after it, for this code only', () => {
    const text = 'Intro.\n\n| Company | Change |\n|---|---|\n| Nvidia | -8.72 % |\n\nEnd.\n';
    assert.deepEqual(actionsAt(text, 'figure-mismatch'), [
      ['Suppress figure-mismatch in this table', 'Intro.\n\n<!-- newsproof-disable figure-mismatch -->\n| Company | Change |\n|---|---|\n| Nvidia | -8.72 % |\n<!-- newsproof-enable figure-mismatch -->\n\nEnd.\n'],
      ['Suppress figure-mismatch in this file', '<!-- newsproof-disable figure-mismatch -->\nIntro.\n\n| Company | Change |\n|---|---|\n| Nvidia | -8.72 % |\n\nEnd.\n'],
    ]);
  });
  test('German: in einer Liste, die einen Absatz unterbricht (der Kommentar steht über dem Absatz), mit CRLF', () => {
    const text = 'Vorweg:\r\n- Das Training von DeepSeek R1 kostete 5,6 Milliarden Dollar.\r\n- Weiter.';
    assert.deepEqual(actionsAt(text, 'scale-mismatch', 'de'), [
      ['scale-mismatch in dieser Liste unterdrücken', '<!-- newsproof-disable scale-mismatch -->\r\nVorweg:\r\n- Das Training von DeepSeek R1 kostete 5,6 Milliarden Dollar.\r\n- Weiter.\r\n<!-- newsproof-enable scale-mismatch -->'],
      ['scale-mismatch in dieser Datei unterdrücken', '<!-- newsproof-disable scale-mismatch -->\r\nVorweg:\r\n- Das Training von DeepSeek R1 kostete 5,6 Milliarden Dollar.\r\n- Weiter.'],
    ]);
  });
  test('on the first line of a paragraph: disable-next-line, joined to one already there', () => {
    const text = '<!-- newsproof-disable-next-line unsourced-figure -->\n  Nvidia fell 8.72 percent; DeepSeek has 160 employees.\n';
    assert.deepEqual(actionsAt(text, 'figure-mismatch')[0], [
      'Suppress figure-mismatch on this line',
      '<!-- newsproof-disable-next-line unsourced-figure figure-mismatch -->\n  Nvidia fell 8.72 percent; DeepSeek has 160 employees.\n',
    ]);
    assert.deepEqual(actionsAt('---\nlang: en\n---\n\n  Nvidia fell 8.72 percent.', 'figure-mismatch'), [
      ['Suppress figure-mismatch on this line', '---\nlang: en\n---\n\n  <!-- newsproof-disable-next-line figure-mismatch -->\n  Nvidia fell 8.72 percent.'],
      ['Suppress figure-mismatch in this file', '---\nlang: en\n---\n\n<!-- newsproof-disable figure-mismatch -->\n  Nvidia fell 8.72 percent.'],
    ]);
  });
  test('on a later line of a paragraph: around the paragraph, which a comment line would split', () => {
    assert.deepEqual(actionsAt('# Markets\nDeepSeek shook the market:\nNvidia fell 8.72 percent.', 'figure-mismatch')[0], [
      'Suppress figure-mismatch in this paragraph',
      '# Markets\n<!-- newsproof-disable figure-mismatch -->\nDeepSeek shook the market:\nNvidia fell 8.72 percent.\n<!-- newsproof-enable figure-mismatch -->',
    ]);
  });
});

describe('generated drafts (fast-check, fixed seed)', () => {
  const options = { seed: 20_261_130, numRuns: 150 };
  const texts = fc.oneof(draft, draftAndEdit.map((d) => d.after));
  const apply = (text: string, { edits }: SuppressionEdit) => [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
  test('the block around an offset, parsed from the lines around it, is the block the whole parse finds', () => {
    fc.assert(
      fc.property(texts, fc.nat(), (text, n) => {
        const offset = text.length ? n % text.length : 0;
        const whole = parseMarkdownTree(text).children.find((b) => b.position!.start.offset! <= offset && offset <= b.position!.end.offset!);
        if (!whole || whole.type === 'yaml') return;
        assert.deepEqual(blockAround(text, offset), { type: whole.type, start: whole.position!.start.offset, end: whole.position!.end.offset });
      }),
      options,
    );
  });
  test('a suppression anywhere keeps the structure', () => {
    fc.assert(
      fc.property(texts, fc.nat(), (text, n) => {
        const prose = parseMarkdown(text).blocks;
        // A draft that opens with a front matter fence it never closes is read by remark in a mode of its own (a block
        // quote or a list after it is a paragraph), which any comment at all changes: left out.
        if (prose.length === 0 || (/^(---|\+\+\+)/.test(text) && parseMarkdownTree(text).children[0]?.type !== 'yaml')) return;
        const block = prose[n % prose.length];
        const offset = block.offsets[(n >> 3) % Math.max(1, block.offsets.length - 1)];
        const shape = structure(text, true);
        assert.deepEqual(structure(apply(text, suppressionAt(text, offset, 'figure-mismatch')), true), shape);
        assert.deepEqual(structure(apply(text, suppressionOfFile(text, 'figure-mismatch')), true), shape);
      }),
      options,
    );
  });
});

describe('the reader counts lines as the editor does', () => {
  test('a lone CR ends a line: disable-next-line reaches the line after it', () => {
    const text = 'Intro.\r<!-- newsproof-disable-next-line figure-mismatch -->\rNvidia fell 8.72 percent.\rNvidia fell 8.72 percent.';
    assert.deepEqual(findingsOf(text).map((f) => key(f)), ['figure-mismatch@98']);
  });
});
