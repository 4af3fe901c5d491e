/**
 * Messages between the language server's main thread, which answers the editor, and the check workers, which do the
 * checking. Everything is plain data (structured clone). A worker keeps the analysis of each open draft's last finished
 * check and makes its hovers, tokens and claims when the main thread asks (AnswerRequest), which keeps what it got.
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
  /** Whether hovers, symbols, tokens and claims will be asked of this check too, or only diagnostics (a workspace check). */
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
 * before it. Until the next one finishes, hovers are answered from what it read (its worker keeps it, as it keeps a
 * complete check): a 1 MB draft under load may run out of time at every check.
 */
export const continuedAfter = (job: Pick<CheckJob, 'stoppedBefore'>, stoppedAt: number | undefined): stoppedAt is number =>
  stoppedAt !== undefined && (job.stoppedBefore === undefined || stoppedAt > job.stoppedBefore);

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

/** A hover as the check worker makes it when asked: offsets of the checked text. */
export interface HoverAnswer {
  start: number;
  end: number;
  markdown: string;
}

/**
 * What the main thread asks the worker that checked a draft about its last finished check (`version`; complete, or
 * partial when its time ran out), on a channel of its own: the worker reads it between blocks of a check under way,
 * so an answer does not wait for that check.
 */
export type AnswerRequest = { id: number; uri: string; version: number } & ({ kind: 'hover'; offset: number } | { kind: 'tokens' } | { kind: 'claims' });

/** `stale`: the worker's last finished check of the draft is another version (or none): nothing to answer from. */
export type AnswerReply = { id: number; result?: HoverAnswer | null | Uint32Array | ClaimTable; stale?: boolean; error?: string };

/** The buffers of an answer, which move to the other thread instead of being copied. */
export function answerBuffers(result: AnswerReply['result']): ArrayBuffer[] {
  if (result instanceof Uint32Array) return [result.buffer as ArrayBuffer];
  if (!result || !('spans' in result)) return [];
  return [result.utf8, result.textStarts, result.spans, result.status, result.evidenceStarts, result.evidenceIds].map((a) => a.buffer as ArrayBuffer);
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
  /** Another worker completed a check of this draft: the older one kept here is let go. */
  | { type: 'answeredElsewhere'; uri: string }
  /** A draft was closed: what the worker holds of it is let go (of every draft, with `everyDraft`: none is open). */
  | { type: 'forget'; uri: string; everyDraft: boolean };

export type FromWorker =
  /** `json`: the diagnostics as a JSON array in UTF-8, its buffer transferred (objects would be copied one by one). */
  | { type: 'diagnostics'; uri: string; version: number; json: Uint8Array }
  /** A check of this version finished (complete, or partial when out of time): the worker answers requests about it (AnswerRequest). */
  | { type: 'answerable'; uri: string; version: number }
  /** The job is over: finished (up to `stoppedAt` when the budget ran out), cancelled by a newer version, or failed. */
  | { type: 'done'; uri: string; version: number; cancelled: boolean; error?: string; stoppedAt?: number }
  | { type: 'problems'; problems: string[] }
  | { type: 'log'; message: string }
  /** Indexing sources: `done` of `total` read; `total` 0 when the load is over. */
  | { type: 'indexing'; done: number; total: number }
  | { type: 'reply'; id: number; result: unknown; error?: string };
