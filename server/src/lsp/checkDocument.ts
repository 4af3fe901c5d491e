import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { analyzeDraft, messagesFor, runRules, type DraftAnalysis, type Finding, type Span } from '../core';
import { utf8Chars, type Utf8Chars } from '../core/text/utf8Chars';
import { movedFrom } from '../core/rules/finding';
import type { AnalysisBudget } from '../core/analysis/budget';
import type { CheckJob } from './checkProtocol';
import { toDiagnostic, type SourceDocuments } from './convert';
import type { LoadedIndex } from '../worker/sourceIndex';

export const BUDGET_CODE = 'check-budget';

/**
 * The diagnostics of a draft, each as the JSON the client gets (UTF-8), from as much of it as the budget allows; what was not
 * checked is said in one Information.
 */
export function checkDiagnostics(job: CheckJob, loaded: LoadedIndex, budget: AnalysisBudget, budgetSeconds: number): { analysis: DraftAnalysis; document: TextDocument; diagnostics: DiagnosticJson[] } {
  const document = TextDocument.create(job.uri, 'markdown', job.version, job.text);
  const { settings } = job;
  const analysis = analyzeDraft(job.text, loaded.index, settings.language, budget);
  if (!settings.enable) return { analysis, document, diagnostics: [] };
  // What follows reading the blocks is not stopped; the budget's `meanwhile` runs between its pieces.
  const findings = runRules(analysis, loaded.index, settings.rules, job.locale, undefined, budget.meanwhile);
  const diagnostics: DiagnosticJson[] = diagnosticsOf(findings, document, loaded.sourceDocs, budget.meanwhile);
  if (analysis.stoppedAt !== undefined && settings.rules[BUDGET_CODE] !== 'off') diagnostics.push({ json: utf8Chars(JSON.stringify(budgetDiagnostic(document, analysis.stoppedAt, budgetSeconds, job.locale))) });
  return { analysis, document, diagnostics };
}

/**
 * A diagnostic as the JSON the client gets: its UTF-8 bytes, one character per byte (`utf8Chars`); the same object
 * while its finding gives the same diagnostic.
 */
export interface DiagnosticJson {
  readonly json: Utf8Chars;
}

/**
 * A finding kept from the last check (its block unchanged) gives the diagnostic it gave then, where the lines have not
 * moved under it. Kept is that diagnostic's JSON, the text it was made for, and where it lay in it: the line and
 * character of the start and end of the finding and of each related place in the draft, four numbers each (as
 * Diagnostic objects beside their JSON, a 1 MB draft's 18,000 diagnostics held 13 MB more).
 */
interface KeptDiagnostic extends DiagnosticJson {
  /**
   * As UTF-8, the bytes the client gets. As strings, a 1 MB draft's diagnostics held 26 MB: two bytes a character (a
   * message's „ or € makes the whole string so) in the pieces JSON.stringify concatenates; as bytes, 7 MB. The bytes as
   * a one-byte string, not a Buffer: a small Buffer is a view of one of Node's 8 KB slabs, which stays whole while any
   * diagnostic in it is kept (1,037 slabs, 8.5 MB, for 6.2 MB of diagnostics after two edits of a 1 MB draft), beside a
   * typed array object each (1.7 MB).
   */
  json: Utf8Chars;
  /** The check it was last given in: the text of that check is known while it is one of the last few. */
  check: object;
  /**
   * The finding's own place as four fields, and each related place in the draft as four numbers in `related` (as
   * numbers, not an Int32Array: a typed array of four to eight numbers costs three objects and a block outside the
   * heap). Most findings have no related place in the draft: a list of places each was 18,000 arrays at 1 MB.
   */
  startLine: number;
  startCharacter: number;
  endLine: number;
  endCharacter: number;
  related: number[] | undefined;
}
const diagnosticOf = new WeakMap<Finding, KeptDiagnostic>();

/**
 * The texts of the last few checks, by check. A kept diagnostic names its check, not its text: findings kept for
 * block readings no longer in the draft held on to the text of the check they were last given in, a draft's size more
 * memory for each edit.
 */
const recentChecks: Array<{ check: object; text: string }> = [];
const RECENT_CHECKS = 2;

/** A closed draft's text (every draft's, without one) is no longer kept to compare a next check with. */
export function forgetChecks(text?: string): void {
  for (let i = recentChecks.length - 1; i >= 0; i--) if (text === undefined || recentChecks[i].text === text) recentChecks.splice(i, 1);
}

function diagnosticsOf(findings: Finding[], document: TextDocument, sources: SourceDocuments, meanwhile?: () => void): KeptDiagnostic[] {
  const text = document.getText();
  const check = {};
  // Per check a kept diagnostic was given in: which places lie where they lay in its text (where that text is known).
  const unmoved = new Map<object, (span: Span) => boolean>();
  const diagnostics = findings.map((finding) => {
    meanwhile?.();
    const known = diagnosticOf.get(finding);
    if (known) {
      let samePlaceAsIn = unmoved.get(known.check);
      if (!samePlaceAsIn) {
        const before = recentChecks.find((r) => r.check === known.check)?.text;
        unmoved.set(known.check, (samePlaceAsIn = before === undefined ? () => false : unmovedPlaces(before, text)));
      }
      if (inPlace(known, finding, samePlaceAsIn, document)) {
        known.check = check;
        return known;
      }
    }
    // A finding moved with its block gives its earlier self's diagnostic where each place has the line and character it
    // had (on every line after the one a character was typed on): asked of the document, its offsets being others.
    const origin = movedFrom.get(finding);
    const before = origin && diagnosticOf.get(origin);
    if (before && inPlace(before, finding, NOWHERE_UNMOVED, document)) {
      before.check = check;
      diagnosticOf.set(finding, before);
      return before;
    }
    const made = keptDiagnostic(utf8Chars(JSON.stringify(toDiagnostic(finding, document, sources))), check, finding, document);
    diagnosticOf.set(finding, made);
    return made;
  });
  recentChecks.unshift({ check, text });
  recentChecks.length = Math.min(recentChecks.length, RECENT_CHECKS);
  return diagnostics;
}

const NOWHERE_UNMOVED = () => false;

/** The finding's related places in the draft (not in a source), in order. */
function draftRelated(finding: Finding): Span[] {
  return finding.related.filter((r) => r.sourceId === undefined);
}

function keptDiagnostic(json: Utf8Chars, check: object, finding: Finding, document: TextDocument): KeptDiagnostic {
  const [start, end] = [document.positionAt(finding.start), document.positionAt(finding.end)];
  const spans = draftRelated(finding);
  // Made at its size: an array grown by push keeps room for a dozen more.
  const related = spans.length === 0 ? undefined : new Array<number>(spans.length * 4);
  spans.forEach((span, k) => {
    const [from, to] = [document.positionAt(span.start), document.positionAt(span.end)];
    [related![4 * k], related![4 * k + 1], related![4 * k + 2], related![4 * k + 3]] = [from.line, from.character, to.line, to.character];
  });
  return { json, check, startLine: start.line, startCharacter: start.character, endLine: end.line, endCharacter: end.character, related };
}

/** Asked of every kept finding at every check: its places are walked as they are, no list of them made. */
function inPlace(kept: KeptDiagnostic, finding: Finding, unmoved: (span: Span) => boolean, document: TextDocument): boolean {
  if (!unmoved(finding) && !samePlace(finding, document, kept.startLine, kept.startCharacter, kept.endLine, kept.endCharacter)) return false;
  const places = kept.related;
  const count = places === undefined ? 0 : places.length;
  let k = 0;
  for (const r of finding.related) {
    if (r.sourceId !== undefined) continue;
    if (4 * k >= count || (!unmoved(r) && !samePlace(r, document, places![4 * k], places![4 * k + 1], places![4 * k + 2], places![4 * k + 3]))) return false;
    k++;
  }
  return 4 * k === count;
}

/**
 * Which spans of `after` have the line and character they had in `before`, known without counting lines: those ending
 * before the first change, and, where the change kept the text's length and touched no line break, those on a line
 * that begins after it. Others are asked of the document.
 */
function unmovedPlaces(before: string, after: string): (span: Span) => boolean {
  if (before === after) return () => true;
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const changedEnd = after.length - suffix;
  const noBreak = (text: string, from: number, to: number) => !/[\r\n]/.test(text.slice(from, to));
  const linesKept = before.length === after.length && noBreak(before, prefix, changedEnd) && noBreak(after, prefix, changedEnd);
  return (span) => span.end < prefix || (linesKept && span.start >= changedEnd && lineStart(after, span.start) > changedEnd);
}

/** Searched back to the nearest line break only: `lastIndexOf('\r')` in a draft without one would read all of it, per finding. */
function lineStart(text: string, offset: number): number {
  let at = offset;
  while (at > 0 && text.charCodeAt(at - 1) !== 10 && text.charCodeAt(at - 1) !== 13) at--;
  return at;
}

function samePlace(span: Span, document: TextDocument, startLine: number, startCharacter: number, endLine: number, endCharacter: number): boolean {
  const [start, end] = [document.positionAt(span.start), document.positionAt(span.end)];
  return start.line === startLine && start.character === startCharacter && end.line === endLine && end.character === endCharacter;
}

const [OPEN, COMMA, CLOSE] = ['[', ',', ']'].map((c) => c.charCodeAt(0));

/**
 * The diagnostics as the JSON array the client gets, in UTF-8, in an ArrayBuffer of its own: it moves to the main
 * thread without a copy (transferred), which writes it to the client as it is, not thousands of objects, nor a string
 * to copy and encode.
 */
export function diagnosticsJson(diagnostics: readonly DiagnosticJson[]): Uint8Array<ArrayBuffer> {
  let length = 2 + Math.max(0, diagnostics.length - 1);
  for (const d of diagnostics) length += d.json.length;
  const buffer = new ArrayBuffer(length);
  const bytes = new Uint8Array(buffer);
  // A view of the same memory that writes a one-byte string's characters as bytes, in native code; local, because the
  // buffer is transferred to the main thread once written.
  const writer = Buffer.from(buffer);
  bytes[0] = OPEN;
  let at = 1;
  diagnostics.forEach((d, i) => {
    if (i > 0) bytes[at++] = COMMA;
    at += writer.write(d.json, at, 'latin1');
  });
  bytes[at] = CLOSE;
  return bytes;
}

function budgetDiagnostic(document: TextDocument, stoppedAt: number, seconds: number, locale: string | undefined): Diagnostic {
  const start = document.positionAt(stoppedAt);
  const lineEnd = document.offsetAt({ line: start.line + 1, character: 0 });
  const end = document.positionAt(lineEnd > stoppedAt && document.getText().charCodeAt(lineEnd - 1) === 10 ? lineEnd - 1 : lineEnd);
  return {
    range: { start, end },
    severity: DiagnosticSeverity.Information,
    code: BUDGET_CODE,
    source: 'newsproof',
    message: messagesFor(locale).checkBudget(seconds, start.line + 1, document.lineCount - start.line),
  };
}
