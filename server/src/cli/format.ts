import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Colors } from 'picocolors/types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Severity, SourceIndex } from '../core';
import { cliMessages } from '../core/i18n/cliMessages';
import type { CheckedFile } from './check';

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}

/** The JSON output, one object per finding (docs/json-format.md). Ranges are zero-based UTF-16, as in LSP. */
export interface JsonFinding {
  file: string;
  range: Range;
  severity: Severity;
  code: string;
  message: string;
  /** Source sentences (or earlier places in the draft) that the finding refers to. */
  related: Array<{ file: string; range: Range; message: string }>;
  /** The quick fix: replace `range` with `newText`. */
  fix?: { title: string; newText: string };
}

export function toJson(files: CheckedFile[], index: SourceIndex, cwd: string): JsonFinding[] {
  return files.flatMap((f) => f.findings.map((finding) => jsonFinding(f, finding, index, cwd)));
}

function jsonFinding(f: CheckedFile, finding: Finding, index: SourceIndex, cwd: string): JsonFinding {
  return {
    file: f.file,
    range: { start: f.document.positionAt(finding.start), end: f.document.positionAt(finding.end) },
    severity: finding.severity,
    code: finding.code,
    message: finding.message,
    related: finding.related.map((r) => {
      const source = r.sourceId === undefined ? undefined : (f.index ?? index).sources.find((s) => s.input.id === r.sourceId);
      const document = source ? TextDocument.create(source.input.uri, 'plaintext', 0, source.input.text) : f.document;
      return { file: source ? displayPath(source.input.uri, cwd) : f.file, range: { start: document.positionAt(r.start), end: document.positionAt(r.end) }, message: r.message };
    }),
    ...(finding.fix ? { fix: finding.fix } : {}),
  };
}

export function displayPath(uri: string, cwd: string): string {
  return uri.startsWith('file:') ? shownPath(fileURLToPath(uri), cwd) : uri;
}

/** A draft or source as the CLI names it: relative to the working directory inside it, absolute outside it. */
export function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? path : rel || path;
}

const SEVERITY_COLOR: Record<Severity, (c: Colors) => (text: string) => string> = {
  error: (c) => c.red,
  warning: (c) => c.yellow,
  information: (c) => c.blue,
  hint: (c) => c.dim,
};

/**
 * `file:line:col severity code message`, one-based like a compiler, and under it, like a compiler's note, the
 * source sentence and its article's title.
 */
export function formatText(files: CheckedFile[], index: SourceIndex, cwd: string, colors: Colors): string {
  const lines: string[] = [];
  for (const f of files) {
    for (const finding of f.findings) {
      const json = jsonFinding(f, finding, index, cwd);
      const { line, character } = json.range.start;
      const severity = SEVERITY_COLOR[finding.severity](colors)(finding.severity);
      lines.push(`${colors.bold(`${f.file}:${line + 1}:${character + 1}`)} ${severity} ${colors.dim(finding.code)} ${finding.message}`);
      for (const related of json.related) {
        lines.push(`  ${colors.cyan('note:')} ${related.file}:${related.range.start.line + 1}:${related.range.start.character + 1}: ${related.message}`);
      }
    }
  }
  return lines.join('\n');
}

export function summary(files: CheckedFile[], colors: Colors): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of files) for (const finding of f.findings) counts[finding.severity]++;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (total === 0) return colors.green(cliMessages.noFindings(files.length));
  const parts = (Object.entries(counts) as Array<[Severity, number]>).filter(([, n]) => n > 0).map(([s, n]) => cliMessages.severity(s, n));
  return colors.bold(cliMessages.summary(total, parts, files.length));
}
