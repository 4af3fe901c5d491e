/**
 * Expectations written beside the statements of an evaluation draft, as HTML comments (test/eval/README.md).
 *
 *   <!--
 *   @expect figure-mismatch "[6,5 Millionen Dollar] kostete" fix="5,6 Millionen Dollar" class=figure
 *   @ok "78 Millionen Dollar" source="ein Bruchteil der 78 Millionen Dollar"
 *   @clean "January"
 *   -->
 *
 * A target names the exact words; brackets mark the words inside a longer, disambiguating excerpt. It is looked up in
 * the block just above the comment (back to the previous blank line), nearest occurrence first. A malformed line or a
 * target that is not there is an error: an expectation that silently checks nothing is worse than none.
 */

export type AnnotationKind = 'expect' | 'ok' | 'clean';

export const CLASSES = [
  'figure', 'scale', 'date', 'direction', 'list', 'derived', 'context', 'self', 'name', 'quote', 'speaker', 'markup', 'unsourced',
] as const;
export type EvalClass = (typeof CLASSES)[number];

export const CODES = [
  'figure-mismatch', 'scale-mismatch', 'date-mismatch', 'draft-inconsistency', 'quote-mismatch', 'misattributed-quote',
  'name-spelling', 'unsourced-figure', 'source-conflict',
] as const;

const DEFAULT_CLASS: Record<string, EvalClass> = {
  'figure-mismatch': 'figure', 'scale-mismatch': 'scale', 'date-mismatch': 'date', 'draft-inconsistency': 'self',
  'quote-mismatch': 'quote', 'misattributed-quote': 'speaker', 'name-spelling': 'name', 'unsourced-figure': 'unsourced',
  'source-conflict': 'date',
};

export interface Annotation {
  kind: AnnotationKind;
  /** For `expect`: the diagnostic code that must be on the target. */
  code?: string;
  /** The exact words, as written in the draft. */
  target: string;
  start: number;
  end: number;
  /** One-based line of the target, for messages. */
  line: number;
  /** The quick fix's replacement text the writer should be offered. */
  fix?: string;
  /** A source excerpt the hover on the target must contain verbatim. */
  source?: string;
  /** Why the statement is wrong or right, for a reader of the draft. */
  why?: string;
  evalClass: EvalClass;
}

export class AnnotationError extends Error {}

const MARKER = /^@(expect|ok|clean)\b/;
const ATTRIBUTE_NAMES = new Set(['fix', 'source', 'why', 'class']);

/** All annotations of a draft, with the document offsets of their targets. Throws AnnotationError with file:line. */
export function parseAnnotations(text: string, file = 'draft'): Annotation[] {
  const annotations: Annotation[] = [];
  const comment = /<!--([\s\S]*?)-->/g;
  let scope: { start: number; end: number } | undefined;
  let previousEnd = -1;
  for (let m = comment.exec(text); m; m = comment.exec(text)) {
    const body = m[1];
    const lines = body.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
    if (!lines.some((l) => l.startsWith('@'))) continue;
    const commentLine = lineOf(text, m.index);
    // Comments right after each other annotate the same block.
    if (!(scope && previousEnd >= 0 && text.slice(previousEnd, m.index).trim() === '')) scope = blockBefore(text, m.index);
    previousEnd = m.index + m[0].length;
    for (const line of lines) {
      if (!MARKER.test(line)) throw new AnnotationError(`${file}:${commentLine}: an annotation comment holds a line that is not an annotation: ${line}`);
      annotations.push(parseLine(line, text, scope, `${file}:${commentLine}`));
    }
  }
  return annotations;
}

function parseLine(line: string, text: string, scope: { start: number; end: number }, where: string): Annotation {
  const tokens = tokenize(line, where);
  const kind = tokens.shift()!.value.slice(1) as AnnotationKind;
  let code: string | undefined;
  if (kind === 'expect') {
    const token = tokens.shift();
    if (!token || token.quoted || !(CODES as readonly string[]).includes(token.value)) {
      throw new AnnotationError(`${where}: @expect needs a diagnostic code (${CODES.join(', ')}), got ${token ? token.value : 'nothing'}: ${line}`);
    }
    code = token.value;
  }
  const targetToken = tokens.shift();
  if (!targetToken || !targetToken.quoted) throw new AnnotationError(`${where}: @${kind} needs a quoted target: ${line}`);
  const attributes: Record<string, string> = {};
  for (const token of tokens) {
    const eq = token.value.indexOf('=');
    const name = token.key ?? (eq > 0 ? token.value.slice(0, eq) : '');
    if (!ATTRIBUTE_NAMES.has(name)) throw new AnnotationError(`${where}: unknown attribute "${token.value}" (known: ${[...ATTRIBUTE_NAMES].join(', ')}): ${line}`);
    attributes[name] = token.key ? token.value : token.value.slice(eq + 1);
  }
  const evalClass = (attributes.class ?? (code ? DEFAULT_CLASS[code] : 'figure')) as EvalClass;
  if (!(CLASSES as readonly string[]).includes(evalClass)) throw new AnnotationError(`${where}: unknown class "${evalClass}" (known: ${CLASSES.join(', ')}): ${line}`);
  if (kind !== 'expect' && attributes.fix !== undefined) throw new AnnotationError(`${where}: only @expect takes fix=: ${line}`);
  const found = locate(targetToken.value, text, scope, where);
  return {
    kind, code, target: found.target, start: found.start, end: found.end, line: lineOf(text, found.start),
    fix: attributes.fix, source: attributes.source, why: attributes.why, evalClass,
  };
}

interface Token {
  value: string;
  quoted: boolean;
  /** For `name="value"`: the attribute name. */
  key?: string;
}

/** Words and "quoted strings" (backslash escapes `\"` and `\\`), and name="quoted values". */
function tokenize(line: string, where: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] === ' ' || line[i] === '\t') {
      i++;
      continue;
    }
    const keyMatch = /^([a-z]+)="/.exec(line.slice(i));
    if (line[i] === '"' || keyMatch) {
      const key = keyMatch?.[1];
      i += key ? key.length + 2 : 1;
      let value = '';
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\' && i + 1 < line.length) i++;
        value += line[i++];
      }
      if (i >= line.length) throw new AnnotationError(`${where}: unterminated quoted string: ${line}`);
      i++;
      if (i < line.length && line[i] !== ' ' && line[i] !== '\t') throw new AnnotationError(`${where}: text glued to a quoted string: ${line}`);
      tokens.push({ value, quoted: true, key });
      continue;
    }
    let value = '';
    while (i < line.length && line[i] !== ' ' && line[i] !== '\t') value += line[i++];
    tokens.push({ value, quoted: false });
  }
  return tokens;
}

/** The block a comment annotates: from the previous blank line (or the document's start) to the comment. */
export function blockBefore(text: string, commentStart: number): { start: number; end: number } {
  const before = text.slice(0, commentStart);
  const blank = /\n[ \t]*\r?\n/g;
  let start = 0;
  for (let m = blank.exec(before); m; m = blank.exec(before)) {
    // A blank line directly before the comment ends nothing: the comment follows its block after a blank line.
    if (before.slice(m.index + m[0].length).trim() === '') break;
    start = m.index + m[0].length;
  }
  return { start, end: commentStart };
}

/**
 * `[words]` inside an excerpt marks the target; without brackets the whole excerpt is. A space in the excerpt matches
 * any run of white space (a line break in the draft). The nearest occurrence before the comment wins.
 */
function locate(raw: string, text: string, scope: { start: number; end: number }, where: string): { target: string; start: number; end: number } {
  const open = raw.indexOf('[');
  const close = raw.indexOf(']', open + 1);
  const bracketed = open >= 0 && close > open && raw.indexOf('[', open + 1) < 0;
  const [before, inner, after] = bracketed ? [raw.slice(0, open), raw.slice(open + 1, close), raw.slice(close + 1)] : ['', raw, ''];
  if (inner.trim() === '') throw new AnnotationError(`${where}: empty target "${raw}"`);
  const pattern = (s: string) => s.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const finder = new RegExp(`(${pattern(before)})(${pattern(inner)})${pattern(after)}`, 'g');
  const block = text.slice(scope.start, scope.end);
  let last: RegExpExecArray | undefined;
  for (let m = finder.exec(block); m; m = finder.exec(block)) {
    last = m;
    finder.lastIndex = m.index + 1;
  }
  if (!last) {
    throw new AnnotationError(`${where}: target "${raw}" is not in the block above the comment (line ${lineOf(text, scope.start)}: "${block.trim().slice(0, 80)}…")`);
  }
  const start = scope.start + last.index + last[1].length;
  return { target: last[2], start, end: start + last[2].length };
}

export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
