import {
  DiagnosticSeverity, SymbolKind, type Diagnostic, type DiagnosticRelatedInformation, type DocumentSymbol, type Range,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Claim, ClaimStatus, Finding, Severity, SourceIndex, SourceSentence } from '../core';
import type { SourceSentenceInfo } from '../protocol';
import { ownString } from '../core/text/ownString';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Source texts as TextDocuments, so offsets in them become LSP positions. */
export type SourceDocuments = Pick<Map<string, TextDocument>, 'get'>;

/**
 * The sources' TextDocuments, each made when a finding or an answer first points into its source: a warm start decodes
 * a source's text only when asked for it, and a check points into few of thousands.
 */
export function sourceDocuments(index: SourceIndex): SourceDocuments {
  const sources = new Map(index.sources.map((s) => [s.input.id, s]));
  const made = new Map<string, TextDocument>();
  return {
    get: (id) => {
      let document = made.get(id);
      const source = document ? undefined : sources.get(id);
      if (source) made.set(id, (document = TextDocument.create(source.input.uri, 'plaintext', 0, source.input.text)));
      return document;
    },
  };
}

export function toDiagnostic(finding: Finding, document: TextDocument, sources: SourceDocuments): Diagnostic {
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

const STATUS_MARK: Record<ClaimStatus, string> = { contradicted: '✗', unsourced: '?', supported: '✓' };
const OUTLINE_LENGTH = 80;

/** A claim's sentence as the Outline and the Claims view show it: on one line. */
/** Kept per sentence while its block is unchanged: as one string, not the pieces `replace` joins. */
export function claimText(claim: Claim): string {
  return ownString(claim.at.sentence.text.replace(/\s+/g, ' '));
}

/** A claim in the Outline: its status at a glance, the sentence as the name. */
export function claimSymbol(text: string, status: ClaimStatus, range: Range): DocumentSymbol {
  return {
    name: `${STATUS_MARK[status]} ${text.length > OUTLINE_LENGTH ? `${text.slice(0, OUTLINE_LENGTH - 1)}…` : text}`,
    detail: status,
    kind: SymbolKind.String,
    range,
    selectionRange: range,
  };
}

export function toSourceSentenceInfo(at: SourceSentence, sources: SourceDocuments): SourceSentenceInfo {
  const document = sources.get(at.source.input.id)!;
  return {
    uri: at.source.input.uri,
    range: { start: document.positionAt(at.sentence.start), end: document.positionAt(at.sentence.end) },
    title: at.source.title,
    text: at.sentence.text,
  };
}
