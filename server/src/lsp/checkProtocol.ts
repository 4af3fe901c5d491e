/**
 * Messages between the language server's main thread, which answers the editor, and the check workers, which do the
 * checking. Everything is plain data (structured clone): a worker's result answers every request for that version of
 * a draft without going back to the worker.
 */
import type { NewsproofSettings } from '../node/settings';
import type { ExportReportParams, SourceSentenceInfo } from '../protocol';

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
  /** Where the last check of this version stopped when its time ran out, if one did. */
  stoppedBefore?: number;
  /**
   * Set by the scheduler: when a worker took the job (`Date.now()`, one clock for every thread). A large draft's check
   * counts its time from there: the worker's start and the wait for the sources are time the writer waits too.
   */
  since?: number;
}

/**
 * Whether a check that stopped at `stoppedAt` (out of time) is continued at once: when it got further than the check
 * before it. Its answers would be replaced within seconds, so they are not made (cold, a 1 MB draft's took 2 to 5 s,
 * which the rest of its diagnostics waited for).
 */
export const continuedAfter = (job: Pick<CheckJob, 'stoppedBefore'>, stoppedAt: number | undefined): stoppedAt is number =>
  stoppedAt !== undefined && (job.stoppedBefore === undefined || stoppedAt > job.stoppedBefore);

/** Hovers of one kind (figures, names, quotations, claims), sorted by start; `markdown` numbers a text of the HoverTable. */
export interface HoverLayer {
  starts: Int32Array;
  ends: Int32Array;
  markdown: Int32Array;
}

/**
 * Texts as one UTF-8 buffer: text i is `utf8` from `textStarts[i]` to `textStarts[i + 1]`, decoded when asked for. As
 * strings, a 1 MB draft's hovers and claims were 6 MB to copy from thread to thread at each check, held in the main
 * thread at two bytes a character (a dash or „“ in a text makes it so) and in the worker once more.
 */
export interface Utf8Texts {
  utf8: Uint8Array;
  textStarts: Int32Array;
}

/** Text `i` of a table. */
export function textOf(table: Utf8Texts, i: number): string {
  return UTF8.decode(table.utf8.subarray(table.textStarts[i], table.textStarts[i + 1]));
}
const UTF8 = new TextDecoder();

/** Every hover of a checked version; equal texts are stored once. */
export interface HoverTable extends Utf8Texts {
  layers: HoverLayer[];
}

export const CLAIM_STATUSES = ['supported', 'contradicted', 'unsourced'] as const;

/**
 * The claims of a checked version, in arrays rather than one object per claim: thousands of claims cross threads as a
 * few buffers, and the Outline and the Claims view are built from them when asked for. Text i is claim i's sentence,
 * white space collapsed.
 */
export interface ClaimTable extends Utf8Texts {
  /** Start and end offset of each claim in the checked text. */
  spans: Int32Array;
  /** Index into CLAIM_STATUSES. */
  status: Uint8Array;
  /** Claim i's evidence is `evidence[evidenceIds[k]]` for k from evidenceStarts[i] to evidenceStarts[i + 1]. */
  evidenceStarts: Int32Array;
  evidenceIds: Int32Array;
  evidence: SourceSentenceInfo[];
}

/** What the editor may ask about a checked version of a draft, answered by the main thread alone. */
export interface Answers {
  hovers: HoverTable;
  /** Semantic tokens, encoded as LSP sends them. */
  tokens: Uint32Array;
  claims: ClaimTable;
}

/** The buffers of `answers`, which move to the other thread instead of being copied. */
export function answerBuffers(answers: Answers): ArrayBuffer[] {
  const { hovers, tokens, claims } = answers;
  return [hovers.utf8, hovers.textStarts, ...hovers.layers.flatMap((l) => [l.starts, l.ends, l.markdown]), tokens, claims.utf8, claims.textStarts, claims.spans, claims.status, claims.evidenceStarts, claims.evidenceIds].map((a) => a.buffer as ArrayBuffer);
}

/** What a worker needs to make the review report as the main thread would: the settings it read, the editor's texts. */
export interface ReportJob {
  params: ExportReportParams;
  workspaceFolder: string | undefined;
  baseFolder: string;
  locale?: string;
  /** Settings per draft URI, and for the workspace folder's URI. */
  settings: Record<string, NewsproofSettings>;
  /** The drafts open in the editor, with their unsaved text. */
  open: Array<{ uri: string; version: number; text: string }>;
}

export type ToWorker =
  | { type: 'check'; job: CheckJob }
  | { type: 'sources'; id: number; settings: NewsproofSettings; baseFolder: string }
  | { type: 'reindex'; id: number; settings: NewsproofSettings; baseFolder: string }
  | { type: 'report'; id: number; job: ReportJob }
  /** Source files created, changed or deleted on disk: read again at the next check. */
  | { type: 'sourcesChanged'; paths: string[] }
  /** The user cancelled the indexing progress. */
  | { type: 'cancelIndexing' }
  /** A draft was closed: what the worker holds of it is let go (of every draft, with `everyDraft`: none is open). */
  | { type: 'forget'; uri: string; everyDraft: boolean };

export type FromWorker =
  /** `json`: the diagnostics as a JSON array in UTF-8, its buffer transferred (objects would be copied one by one). */
  | { type: 'diagnostics'; uri: string; version: number; json: Uint8Array }
  | { type: 'answers'; uri: string; version: number; answers: Answers }
  /** The job is over: finished (up to `stoppedAt` when the budget ran out), cancelled by a newer version, or failed. */
  | { type: 'done'; uri: string; version: number; cancelled: boolean; error?: string; stoppedAt?: number }
  | { type: 'problems'; problems: string[] }
  | { type: 'log'; message: string }
  /** Indexing sources: `done` of `total` read; `total` 0 when the load is over. */
  | { type: 'indexing'; done: number; total: number }
  | { type: 'reply'; id: number; result: unknown; error?: string };
