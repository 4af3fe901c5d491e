import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { AnnotationError, parseAnnotations } from './eval/annotations';
import { ROOT } from './support/fixtures';

const DRAFT = [
  '# Nvidia',
  '',
  'Am 27. Januar 2025 fiel Nvidia um 7,82 %, Microsoft um 3,75 %.',
  'Das Training kostete 6,5 Millionen Dollar – ein „Bruchteil“ der 78 Millionen Dollar.',
  '<!--',
  '@expect figure-mismatch "6,5 Millionen Dollar" fix="5,6 Millionen Dollar" why="Quelle: 5,6 Millionen"',
  '@ok "Microsoft um [3,75 %]" source="Microsoft (-3,75 %)" class=list',
  '-->',
  '<!-- @ok "78 Millionen Dollar" -->',
  '',
  '| Modell | 🚀 Wert |',
  '|---|---|',
  '| R1 | 92 % |',
  '',
  '<!-- @clean "| [92 %] |" class=markup -->',
].join('\n');

const slice = (start: number, end: number) => DRAFT.slice(start, end);

describe('evaluation annotations', () => {
  const annotations = parseAnnotations(DRAFT, 'inline.md');

  test('each annotation finds its exact words in the block above it', () => {
    assert.deepEqual(annotations.map((a) => [a.kind, a.code, slice(a.start, a.end), a.line, a.evalClass]), [
      ['expect', 'figure-mismatch', '6,5 Millionen Dollar', 4, 'figure'],
      ['ok', undefined, '3,75 %', 3, 'list'],
      ['ok', undefined, '78 Millionen Dollar', 4, 'figure'],
      ['clean', undefined, '92 %', 13, 'markup'],
    ]);
  });

  test('attributes: fix, source, why', () => {
    assert.equal(annotations[0].fix, '5,6 Millionen Dollar');
    assert.equal(annotations[0].why, 'Quelle: 5,6 Millionen');
    assert.equal(annotations[1].source, 'Microsoft (-3,75 %)');
  });

  test('offsets are UTF-16 code units, after an emoji', () => {
    const cell = annotations[3];
    assert.equal(DRAFT.slice(cell.start - 2, cell.end), '| 92 %');
  });

  test('escaped quotes inside a target', () => {
    const [a] = parseAnnotations('He said "no" twice.\n<!-- @ok "said \\"no\\"" -->');
    assert.equal(a.target, 'said "no"');
  });

  test('nearest preceding occurrence wins', () => {
    const text = 'Nvidia fell 3 %. The index fell 3 %.\n<!-- @ok "3 %" -->';
    assert.equal(parseAnnotations(text)[0].start, text.lastIndexOf('3 %.'));
  });

  test('a target outside the block above is an error, not a silent pass', () => {
    assert.throws(() => parseAnnotations('First 5 %.\n\nSecond 6 %.\n<!-- @ok "5 %" -->', 'x.md'), (e: Error) => e instanceof AnnotationError && /x\.md:4: target "5 %" is not in the block/.test(e.message));
  });

  test('malformed annotations fail loudly', () => {
    const bad = [
      ['A 5 %.\n<!-- @expect "5 %" -->', /needs a diagnostic code/],
      ['A 5 %.\n<!-- @expect figure-mismach "5 %" -->', /needs a diagnostic code/],
      ['A 5 %.\n<!-- @ok 5 -->', /needs a quoted target/],
      ['A 5 %.\n<!-- @ok "5 % -->', /unterminated/],
      ['A 5 %.\n<!-- @ok "5 %" colour=red -->', /unknown attribute/],
      ['A 5 %.\n<!-- @ok "5 %" class=maths -->', /unknown class/],
      ['A 5 %.\n<!-- @ok "5 %" fix="6 %" -->', /only @expect takes fix/],
      ['A 5 %.\n<!--\n@ok "5 %"\nsee above\n-->', /not an annotation/],
    ] as const;
    for (const [text, message] of bad) assert.throws(() => parseAnnotations(text), (e: Error) => e instanceof AnnotationError && message.test(e.message), text);
  });

  test('ordinary comments are not annotations', () => {
    assert.deepEqual(parseAnnotations('Text 5 %.\n<!-- a note for the editor -->\n<!-- newsproof-disable-next-line -->'), []);
  });

  test('the example in test/eval/README.md is a valid annotation', () => {
    const example = /```markdown\n([\s\S]*?)```/.exec(readFileSync(join(ROOT, 'test', 'eval', 'README.md'), 'utf8'))![1];
    assert.deepEqual(parseAnnotations(example, 'README.md').map((a) => [a.kind, a.target]), [
      ['expect', '5,6 Milliarden Dollar'], ['ok', '78 Millionen Dollar'], ['ok', '3,75 %'], ['clean', 'GPT-4o'],
    ]);
  });

  test('every evaluation draft parses', () => {
    for (const set of ['tuning', 'holdout']) {
      const folder = join(ROOT, 'test', 'eval', set);
      const files = readdirSync(folder).filter((f) => f.endsWith('.md'));
      assert.ok(files.length >= 3, `${set} holds the drafts`);
      for (const file of files) {
        assert.ok(parseAnnotations(readFileSync(join(folder, file), 'utf8'), file).length > 0, file);
      }
    }
  });
});
