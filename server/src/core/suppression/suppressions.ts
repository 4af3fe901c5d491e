import { indexAtOrBefore } from '../text/lineStarts';
import { lineStartsOf } from './lines';

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Empty: every code. */
  codes: string[];
  start: number;
  end: number;
}

const DIRECTIVE = /^<!--\s*newsproof-(disable-next-line|disable|enable)\b([^]*?)-->$/;

/** Suppression comments in markdownlint's style, read from the draft's HTML comments. */
export function readDirectives(comments: Array<{ text: string; start: number; end: number }>): Directive[] {
  const directives: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.text);
    if (!m) continue;
    directives.push({ kind: m[1] as Directive['kind'], codes: m[2].split(/[\s,]+/).filter(Boolean), start: c.start, end: c.end });
  }
  return directives;
}

/**
 * Drops findings that a directive silences: `disable-next-line` the line after the comment, `disable` … `enable`
 * everything between (per code, or all codes when none is named).
 */
export function applySuppressions<F extends { code: string; start: number }>(findings: F[], directives: Directive[], text: string): F[] {
  if (directives.length === 0) return findings;
  const starts = lineStartsOf(text);
  const lineOf = (offset: number) => indexAtOrBefore(starts, offset);
  const nextLine = new Map<number, Directive[]>();
  for (const d of directives) if (d.kind === 'disable-next-line') nextLine.set(lineOf(d.end) + 1, [...(nextLine.get(lineOf(d.end) + 1) ?? []), d]);
  const regions = directives.filter((d) => d.kind !== 'disable-next-line').sort((a, b) => a.start - b.start);
  const covers = (d: Directive, code: string) => d.codes.length === 0 || d.codes.includes(code);
  return findings.filter((finding) => {
    if (nextLine.get(lineOf(finding.start))?.some((d) => covers(d, finding.code))) return false;
    let disabled = false;
    for (const d of regions) {
      if (d.start > finding.start) break;
      if (covers(d, finding.code)) disabled = d.kind === 'disable';
    }
    return !disabled;
  });
}
