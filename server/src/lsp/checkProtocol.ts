/**
 * Messages between the language server's main thread, which answers the editor, and the check workers, which do the
 * checking. Everything is plain data (structured clone): a worker's result answers every request for that version of
 * a draft without going back to the worker.
 */
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver';
import type { NewsproofSettings } from '../node/settings';
import type { ClaimsResult } from '../protocol';

export interface CheckJob {
  /** Set by the scheduler: increases with every job, so a worker knows whether the cancel flag means its job. */
  id?: number;
  uri: string;
  version: number;
  text: string;
  settings: NewsproofSettings;
  /** Relative `sources` resolve against this folder. */
  baseFolder: string;
  locale?: string;
  /** Whether hovers, symbols, tokens and claims are wanted too, or only diagnostics (a workspace check). */
  answers: boolean;
}

/** Hovers of one kind (figures, names, quotations, claims), sorted by start; `markdown` indexes `HoverTable.texts`. */
export interface HoverLayer {
  starts: number[];
  ends: number[];
  markdown: number[];
}

/** Every hover of a checked version; equal texts are stored once. */
export interface HoverTable {
  texts: string[];
  layers: HoverLayer[];
}

/** What the editor may ask about a checked version of a draft, answered by the main thread alone. */
export interface Answers {
  hovers: HoverTable;
  symbols: DocumentSymbol[];
  tokens: number[];
  claims: ClaimsResult;
}

export type ToWorker =
  | { type: 'check'; job: CheckJob }
  | { type: 'sources'; id: number; settings: NewsproofSettings; baseFolder: string }
  | { type: 'reindex'; id: number; settings: NewsproofSettings; baseFolder: string };

export type FromWorker =
  | { type: 'diagnostics'; uri: string; version: number; diagnostics: Diagnostic[] }
  | { type: 'answers'; uri: string; version: number; answers: Answers }
  /** The job is over: finished (up to `stoppedAt` when the budget ran out), cancelled by a newer version, or failed. */
  | { type: 'done'; uri: string; version: number; cancelled: boolean; error?: string; stoppedAt?: number }
  | { type: 'problems'; problems: string[] }
  | { type: 'log'; message: string }
  | { type: 'reply'; id: number; result: unknown };
