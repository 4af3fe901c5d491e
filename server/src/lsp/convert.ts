import {
  CodeActionKind, DiagnosticSeverity, SymbolKind, type CodeAction, type Diagnostic, type DiagnosticRelatedInformation, type DocumentSymbol,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Claim, ClaimStatus, Finding, Fix, Severity, SourceIndex } from '../core';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Source texts as TextDocuments, so offsets in them become LSP positions. */
export function sourceDocuments(index: SourceIndex): Map<string, TextDocument> {
  return new Map(index.sources.map((s) => [s.input.id, TextDocument.create(s.input.uri, 'plaintext', 0, s.input.text)]));
}

export function toDiagnostic(finding: Finding, document: TextDocument, sources: Map<string, TextDocument>): Diagnostic {
  const relatedInformation: DiagnosticRelatedInformation[] = [];
  for (const r of finding.related) {
    const source = r.sourceId === undefined ? document : sources.get(r.sourceId);
    if (!source) continue;
    relatedInformation.push({ location: { uri: source.uri, range: { start: source.positionAt(r.start), end: source.positionAt(r.end) } }, message: r.message });
  }
  return {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    severity: SEVERITY[finding.severity],
    code: finding.code,
    source: 'newsproof',
    message: finding.message,
    relatedInformation,
    ...(finding.fix ? { data: { fix: finding.fix } } : {}),
  };
}

/** The quick fixes carried by diagnostics the client sends back with a code-action request. */
export function quickFixes(uri: string, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const fix = (diagnostic.data as { fix?: Fix } | undefined)?.fix;
    if (diagnostic.source !== 'newsproof' || !fix) continue;
    actions.push({
      title: fix.title,
      kind: CodeActionKind.QuickFix,
      isPreferred: true,
      diagnostics: [diagnostic],
      edit: { changes: { [uri]: [{ range: diagnostic.range, newText: fix.newText }] } },
    });
  }
  return actions;
}

const STATUS_MARK: Record<ClaimStatus, string> = { contradicted: '✗', unsourced: '?', supported: '✓' };
const OUTLINE_LENGTH = 80;

/** A claim in the Outline: its status at a glance, the sentence as the name. */
export function toDocumentSymbol(claim: Claim, document: TextDocument): DocumentSymbol {
  const text = claim.at.sentence.text.replace(/\s+/g, ' ');
  const range = { start: document.positionAt(claim.start), end: document.positionAt(claim.end) };
  return {
    name: `${STATUS_MARK[claim.status]} ${text.length > OUTLINE_LENGTH ? `${text.slice(0, OUTLINE_LENGTH - 1)}…` : text}`,
    detail: claim.status,
    kind: SymbolKind.String,
    range,
    selectionRange: range,
  };
}
