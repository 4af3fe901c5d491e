/**
 * Newsproof's own requests between the VS Code client and the language server, typed once for both sides.
 * Ranges are LSP ranges (zero-based, UTF-16).
 */
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

export type ClaimStatus = 'supported' | 'contradicted' | 'unsourced';

export interface SourceSentenceInfo {
  uri: string;
  range: Range;
  title: string;
  text: string;
}

export interface ClaimInfo {
  range: Range;
  status: ClaimStatus;
  text: string;
  evidence: SourceSentenceInfo[];
}

/** `newsproof/claims`: the claims of an open draft. */
export const ClaimsRequest = 'newsproof/claims';
export interface ClaimsParams {
  uri: string;
}
export interface ClaimsResult {
  claims: ClaimInfo[];
  counts: Record<ClaimStatus, number>;
}

/** `newsproof/sources`: the indexed source articles. */
export const SourcesRequest = 'newsproof/sources';
export interface SourceInfo {
  uri: string;
  title: string;
  sentences: number;
  /** Provenance, where the file states it. */
  url?: string;
  outlet?: string;
  published?: string;
}

/** `newsproof/reindex`: read the sources again. */
export const ReindexRequest = 'newsproof/reindex';
export interface ReindexResult {
  sources: number;
  sentences: number;
  problems: string[];
}

/** `newsproof/checkWorkspace`: check every Markdown file of the workspace; results arrive as diagnostics. */
export const CheckWorkspaceRequest = 'newsproof/checkWorkspace';
export interface CheckWorkspaceResult {
  files: number;
  findings: number;
}

/**
 * `newsproof/exportReport`: the reviewer's HTML report (as `newsproof check --format html` writes it), made by the
 * server with its own settings, sources, rules and locale, from the text the editor holds (unsaved edits included).
 */
export const ExportReportRequest = 'newsproof/exportReport';
export type ExportReportParams =
  /** One draft: open in the editor, or else read from disk. */
  | { scope: 'draft'; uri: string }
  /** Every Markdown file of the workspace folder; open ones with their editor text. */
  | { scope: 'workspace' };
export type ExportReportResult =
  | { status: 'rendered'; html: string; files: number; findings: number }
  /** `newsproof.enable` is false: there is nothing to report. */
  | { status: 'disabled' }
  /** The workspace has no Markdown file, or no folder is open. */
  | { status: 'noDrafts' }
  /** The draft could not be read or the page could not be made; `message` says why (the log has the rest). */
  | { status: 'failed'; message: string };

/** What the client tells the server at start (`initializationOptions`). */
export interface InitializationOptions {
  /** False in an untrusted workspace: then only the bundled sources are read, never paths from the workspace. */
  trusted?: boolean;
  /** The extension's storage folder (`ExtensionContext.globalStorageUri`): the source cache lives there. */
  storageFolder?: string;
}

export const SEMANTIC_TOKEN_TYPES = ['number', 'type', 'string'] as const;
export const SEMANTIC_TOKEN_MODIFIERS = ['contradicted', 'unsourced'] as const;
