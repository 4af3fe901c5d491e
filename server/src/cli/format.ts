import type { CheckedFile } from './check';

export interface JsonFinding {
  file: string;
  /** Zero-based, UTF-16 code units: the same range an LSP client gets. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: string;
  code: string;
  message: string;
}

/** `file:line:col severity code message`, one-based line and column, like a compiler. */
export function formatText(files: CheckedFile[]): string {
  const lines: string[] = [];
  for (const f of files) {
    for (const finding of f.findings) {
      const p = f.document.positionAt(finding.start);
      lines.push(`${f.file}:${p.line + 1}:${p.character + 1} ${finding.severity} ${finding.code} ${finding.message}`);
    }
  }
  return lines.join('\n');
}

export function toJson(files: CheckedFile[]): JsonFinding[] {
  return files.flatMap((f) =>
    f.findings.map((finding) => ({
      file: f.file,
      range: { start: f.document.positionAt(finding.start), end: f.document.positionAt(finding.end) },
      severity: finding.severity,
      code: finding.code,
      message: finding.message,
    })),
  );
}
