import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind, createConnection, DidChangeConfigurationNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type DocumentSymbol, type Hover, type InitializeResult, type SemanticTokens,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expandDrafts } from './node/draftFiles';
import { AnswerStore } from './lsp/answerStore';
import type { CheckJob, ReportJob } from './lsp/checkProtocol';
import { CheckScheduler } from './lsp/checkScheduler';
import { codeActions } from './lsp/codeActions';
import { workspaceDrafts } from './lsp/exportReport';
import { IndexingProgress } from './lsp/indexingProgress';
import { SEMANTIC_TOKENS_LEGEND } from './lsp/semanticTokens';
import { SourceWatcher } from './lsp/sourceWatcher';
import { CONFIG_FILE, findConfigFile, readConfigFile, sourcePaths } from './node/files';
import { DEFAULT_SETTINGS, parseSettings, type NewsproofSettings } from './node/settings';
import { defaultCacheFolder } from './node/sources/digestCache';
import {
  CheckWorkspaceRequest, ClaimsRequest, ExportReportRequest, ReindexRequest, SourcesRequest,
  type CheckWorkspaceResult, type ClaimsParams, type ClaimsResult, type ExportReportParams, type ExportReportResult, type InitializationOptions,
  type ReindexResult, type SourceInfo,
} from './protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const log = (message: string) => connection.console.log(`[newsproof] ${message}`);

process.on('unhandledRejection', (reason) => log(`unhandled rejection: ${String(reason)}`));

let hasConfigurationCapability = false;
let canRefreshTokens = false;
let workspaceFolder: string | undefined;
let locale: string | undefined;
let trusted = true;
const settingsCache = new Map<string, Promise<NewsproofSettings>>();
const reportedProblems = new Set<string>();

/** Checks run in worker threads (server/out/worker.js, next to this file); this thread only answers the editor. */
const CHECK_WORKERS = 2;
/** What one check may take before it reports what it has checked so far (tests set it through the environment). */
const CHECK_BUDGET_MS = process.env.NEWSPROOF_CHECK_BUDGET_MS !== undefined ? Number(process.env.NEWSPROOF_CHECK_BUDGET_MS) : 6_000;
const answers = new AnswerStore();
/** Started once the client has said where the source cache goes (its storage folder). */
let scheduler!: CheckScheduler;
const progressOfIndexing = new IndexingProgress(connection, () => scheduler.cancelIndexing());
/** Source files changed on disk: the workers read those again, and open drafts are checked again. */
const sourceWatcher = new SourceWatcher(connection, {
  log,
  onChanged(paths) {
    scheduler.sourcesChanged(paths);
    recheckAll();
  },
});

const schedulerEvents: ConstructorParameters<typeof CheckScheduler>[3] = {
  diagnostics(job, diagnostics) {
    // Outdated: a newer version is on its way; its diagnostics, not these, are what the writer must see.
    if (documents.get(job.uri)?.version !== job.version) return;
    void connection.sendDiagnostics({ uri: job.uri, version: job.version, diagnostics });
  },
  answers(job, result) {
    if (!documents.get(job.uri)) return; // closed meanwhile: nothing of it is kept
    answers.set(job.uri, job.version, job.text, result);
    refreshTokensSoon();
  },
  problems: reportOnce,
  log,
  done(job, cancelled, stoppedAt) {
    // A check that ran out of time left its work in the caches: the next one goes further, while it gets further.
    const document = documents.get(job.uri);
    if (cancelled || stoppedAt === undefined || document?.version !== job.version || !job.answers) return;
    const previous = progress.get(job.uri);
    if (previous && previous.version === job.version && previous.stoppedAt >= stoppedAt) return;
    progress.set(job.uri, { version: job.version, stoppedAt });
    schedule(document, true);
  },
  indexing: (worker, done, total) => progressOfIndexing.report(worker, done, total),
};
/** Per draft, how far the last check of a version got when it ran out of time. */
const progress = new Map<string, { version: number; stoppedAt: number }>();

let tokensRefresh: NodeJS.Timeout | undefined;
/** Semantic tokens are pulled by the client: tell it once new ones are there, not for every check of a burst. */
function refreshTokensSoon(): void {
  if (tokensRefresh || !canRefreshTokens) return;
  tokensRefresh = setTimeout(() => {
    tokensRefresh = undefined;
    void connection.languages.semanticTokens.refresh();
  }, 100);
}

connection.onInitialize((params): InitializeResult => {
  hasConfigurationCapability = Boolean(params.capabilities.workspace?.configuration);
  canRefreshTokens = Boolean(params.capabilities.workspace?.semanticTokens?.refreshSupport);
  const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  if (folder?.startsWith('file:')) workspaceFolder = fileURLToPath(folder);
  locale = params.locale;
  const options = params.initializationOptions as InitializationOptions | undefined;
  trusted = options?.trusted !== false;
  // Every worker reads and writes the same digest cache: the second to read the sources finds them digested.
  const cacheFolder = options?.storageFolder ? join(options.storageFolder, 'source-cache') : defaultCacheFolder();
  scheduler = new CheckScheduler(join(__dirname, 'worker.js'), CHECK_WORKERS, CHECK_BUDGET_MS, schedulerEvents, cacheFolder);
  sourceWatcher.initialize(params.capabilities);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      documentSymbolProvider: { label: 'Newsproof claims' },
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
    },
    serverInfo: { name: 'newsproof' },
  };
});

connection.onInitialized(() => {
  if (hasConfigurationCapability) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsproof' });
  if (!trusted) log('untrusted workspace: only the bundled sources are used');
  // A worker reads the sources now, so the first draft opened is not also the first to wait for them.
  void settingsFor('').then((settings) => {
    watchSources(settings);
    return scheduler.sources(settings, baseFolder());
  });
});

connection.onDidChangeConfiguration(() => recheckAll());

function recheckAll(): void {
  settingsCache.clear();
  for (const document of documents.all()) schedule(document, true);
}

function reportOnce(problems: string[]): void {
  for (const problem of problems) {
    if (reportedProblems.has(problem)) continue;
    reportedProblems.add(problem);
    log(problem);
    void connection.window.showWarningMessage(`Newsproof: ${problem}`);
  }
}

/** Settings for one document: the workspace file `.newsproof.json` first, then the editor settings on top. */
function settingsFor(uri: string): Promise<NewsproofSettings> {
  let pending = settingsCache.get(uri);
  if (!pending) {
    pending = (async () => {
      const configFile = workspaceFolder ? findConfigFile(workspaceFolder) : undefined;
      const fromFile = configFile ? readConfigFile(configFile) : { settings: {}, problems: [] };
      reportOnce(fromFile.problems);
      let fromEditor: Partial<NewsproofSettings> = {};
      if (hasConfigurationCapability) {
        const raw = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'newsproof' });
        const parsed = parseSettings(withoutDefaults(raw), 'Settings');
        reportOnce(parsed.problems);
        fromEditor = parsed.settings;
      }
      const settings = { ...DEFAULT_SETTINGS, ...fromFile.settings, ...fromEditor };
      // An untrusted workspace may not make the server read files of its choosing.
      return trusted ? settings : { ...settings, sources: [], bundledSources: 'always' as const };
    })();
    settingsCache.set(uri, pending);
  }
  return pending;
}

/** Editor settings left at their defaults must not override `.newsproof.json`. */
function withoutDefaults(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  const defaults = DEFAULT_SETTINGS as unknown as Record<string, unknown>;
  return Object.fromEntries(Object.entries(raw as Record<string, unknown>).filter(([key, value]) => key in defaults && JSON.stringify(value) !== JSON.stringify(defaults[key])));
}

const baseFolder = () => workspaceFolder ?? process.cwd();

/** The folders the sources of these settings are in are watched, so a change on disk is read without "Re-index". */
function watchSources(settings: NewsproofSettings): void {
  sourceWatcher.watch(sourcePaths(settings, baseFolder()));
}

/** Checks a draft after the typing delay (`checkDelay`), or at once; a newer version cancels the running check. */
function schedule(document: TextDocument, immediately = false): void {
  const { uri } = document;
  void settingsFor(uri).then((settings) => {
    watchSources(settings);
    scheduler.schedule(uri, immediately ? 0 : settings.checkDelay, () => {
      const current = documents.get(uri);
      return current && { uri, version: current.version, text: current.getText(), settings, baseFolder: baseFolder(), locale, answers: true };
    });
  });
}

/** Runs a request handler; a failure is logged and answered with `fallback`, so no stale result stays on screen. */
async function guarded<T>(what: string, fallback: T, handler: () => Promise<T>): Promise<T> {
  try {
    return await handler();
  } catch (error) {
    log(`${what} failed: ${(error as Error).stack ?? String(error)}`);
    return fallback;
  }
}

// Hovers, the Outline, tokens and claims come from the last finished check: never from a check in progress.
connection.onHover((params) =>
  guarded<Hover | null>(`hover in ${params.textDocument.uri}`, null, async () => {
    const document = documents.get(params.textDocument.uri);
    return document ? answers.hover(document, params.position, scheduler.busyWith(document.uri)) : null;
  }),
);

connection.onDocumentSymbol((params) =>
  guarded<DocumentSymbol[]>(`outline of ${params.textDocument.uri}`, [], () => answers.symbols(params.textDocument.uri, scheduler.busyWith(params.textDocument.uri))),
);

connection.languages.semanticTokens.on((params) =>
  guarded<SemanticTokens>(`semantic tokens of ${params.textDocument.uri}`, { data: [] }, async () => ({ data: await answers.tokens(params.textDocument.uri, scheduler.busyWith(params.textDocument.uri)) })),
);

connection.onCodeAction((params) =>
  guarded(`code actions in ${params.textDocument.uri}`, [], async () => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const glossaryPath = workspaceFolder && trusted ? findConfigFile(workspaceFolder) ?? join(workspaceFolder, CONFIG_FILE) : undefined;
    return codeActions(document, params.context.diagnostics, glossaryPath ? { path: glossaryPath } : undefined, locale);
  }),
);

connection.onRequest(ClaimsRequest, (params: ClaimsParams) =>
  guarded<ClaimsResult>(`claims of ${params.uri}`, { claims: [], counts: { supported: 0, contradicted: 0, unsourced: 0 } }, () => answers.claims(params.uri, scheduler.busyWith(params.uri))),
);

connection.onRequest(SourcesRequest, () =>
  guarded<SourceInfo[]>('listing sources', [], async () => (await scheduler.sources(await settingsFor(''), baseFolder())) as SourceInfo[]),
);

connection.onRequest(ReindexRequest, () =>
  guarded<ReindexResult>('re-indexing', { sources: 0, sentences: 0, problems: [] }, async () => {
    reportedProblems.clear();
    settingsCache.clear();
    // Every worker reads the sources again before it checks anything else: the message is ahead in its queue.
    const reindexed = scheduler.reindex(await settingsFor(''), baseFolder()) as Promise<ReindexResult>;
    recheckAll();
    return reindexed;
  }),
);

connection.onRequest(CheckWorkspaceRequest, () =>
  guarded<CheckWorkspaceResult>('checking the workspace', { files: 0, findings: 0 }, async () => {
    if (!workspaceFolder) return { files: 0, findings: 0 };
    const { files } = expandDrafts([workspaceFolder], workspaceFolder);
    let findings = 0;
    const checks = files.map(async (file) => {
      const uri = pathToFileURL(file).href;
      if (documents.get(uri)) return; // open drafts are checked as they are edited
      const job: CheckJob = { uri, version: 0, text: readFileSync(file, 'utf8'), settings: await settingsFor(uri), baseFolder: baseFolder(), locale, answers: false };
      const { diagnostics = [] } = await scheduler.checkOnce(job);
      findings += diagnostics.length;
      void connection.sendDiagnostics({ uri, diagnostics });
    });
    await Promise.all(checks);
    return { files: files.length, findings };
  }),
);

connection.onRequest(ExportReportRequest, (params: ExportReportParams, token) =>
  guarded<ExportReportResult>('exporting the report', { status: 'failed', message: 'The report could not be made; the Output channel says why.' }, async () => {
    // The worker makes the page (the sources and the analysis are there); this thread gives it what only it knows.
    const uris = params.scope === 'draft' ? [params.uri] : workspaceDrafts(workspaceFolder);
    const settingsUris = workspaceFolder ? [...uris, pathToFileURL(workspaceFolder).href] : uris;
    const settings = Object.fromEntries(await Promise.all(settingsUris.map(async (uri) => [uri, await settingsFor(uri)] as const)));
    const open = uris.map((uri) => documents.get(uri)).filter((d): d is TextDocument => d !== undefined).map((d) => ({ uri: d.uri, version: d.version, text: d.getText() }));
    if (token.isCancellationRequested) return { status: 'failed', message: 'Cancelled.' };
    const job: ReportJob = { params, workspaceFolder, baseFolder: baseFolder(), settings, open, ...(locale ? { locale } : {}) };
    return (await scheduler.report(job)) as ExportReportResult;
  }),
);

// An opened draft is checked at once (nobody is typing yet); TextDocuments reports the opening as a change too.
const justOpened = new Set<string>();
documents.onDidOpen((e) => justOpened.add(e.document.uri));
documents.onDidChangeContent((e) => schedule(e.document, justOpened.delete(e.document.uri)));
documents.onDidClose((e) => {
  justOpened.delete(e.document.uri);
  progress.delete(e.document.uri);
  scheduler.forget(e.document.uri);
  answers.delete(e.document.uri);
  settingsCache.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

documents.listen(connection);
connection.listen();
