import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind, createConnection, DidChangeConfigurationNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type Diagnostic, type DocumentSymbol, type MessageReader, type Hover, type InitializeResult, type SemanticTokens,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { logText, serverMessagesFor, type LogLine, type ServerMessages, type ServerRequest } from './core/i18n/serverMessages';
import { expandDrafts, readDraftFile } from './node/draftFiles';
import { AnswerStore } from './lsp/answerStore';
import { continuedAfter, type CheckJob, type ReportJob } from './lsp/checkProtocol';
import { CheckScheduler } from './lsp/checkScheduler';
import { codeActions } from './lsp/codeActions';
import { consoleTo, EncodedDiagnosticsWriter } from './lsp/encodedDiagnostics';
import { workspaceDrafts } from './lsp/exportReport';
import { IndexingProgress } from './lsp/indexingProgress';
import { SEMANTIC_TOKENS_LEGEND } from './lsp/semanticTokens';
import { ConfigWatcher } from './lsp/configWatcher';
import { SourceWatcher } from './lsp/sourceWatcher';
import { anchorSources, CONFIG_FILE } from './node/config/configFile';
import { ConfigFiles } from './node/config/configFiles';
import { resolveConfig } from './node/config/resolveConfig';
import { sourcePaths } from './node/files';
import { DEFAULT_SETTINGS, parseSettings, type NewsproofSettings } from './node/settings';
import { defaultCacheFolder } from './node/sources/digestCache';
import {
  CheckWorkspaceRequest, ClaimsRequest, ExportReportRequest, ReindexRequest, SourcesRequest,
  type CheckWorkspaceResult, type ClaimsParams, type ClaimsResult, type ExportReportParams, type ExportReportResult, type InitializationOptions,
  type ReindexResult, type SourceInfo,
} from './protocol';

// Over stdio, a draft's diagnostics are written as the check worker encoded them (lsp/encodedDiagnostics.ts). The input
// stays a stream, as `--stdio` makes it (the library then ends the server when the client closes it), which its types
// do not admit beside a writer.
const stdio = process.argv.includes('--stdio');
const connection = stdio
  ? createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, new EncodedDiagnosticsWriter(process.stdout))
  : createConnection(ProposedFeatures.all);
if (stdio) consoleTo(connection.console);
const documents = new TextDocuments(TextDocument);
/** The server's own words follow the editor's display language (initialize's `locale`). */
let serverMessages: ServerMessages = serverMessagesFor(undefined);
const log = (line: LogLine) => connection.console.log(`[newsproof] ${logText(line, serverMessages)}`);

process.on('unhandledRejection', (reason) => log((say) => say.unhandledRejection(String(reason))));

let hasConfigurationCapability = false;
let canRefreshTokens = false;
let canFollowWorkspaceFolders = false;
/** The workspace folders, in the client's order: each has its own config and sources. */
let workspaceFolders: string[] = [];
let locale: string | undefined;
let trusted = true;
/** Per draft URI: its settings and the folder its editor-relative `sources` resolve against. */
const settingsCache = new Map<string, Promise<DraftConfig>>();
const reportedProblems = new Set<string>();
const configFiles = new ConfigFiles();
/** A config file created, changed or deleted: read again, and every open draft checked again with what it now says. */
const configWatcher = new ConfigWatcher((files) => {
  for (const file of files) {
    configFiles.changed(file);
    // Its problems may come back: say them again, or that it is fixed by saying nothing.
    for (const problem of reportedProblems) if (problem.startsWith(file)) reportedProblems.delete(problem);
  }
  log((say) => say.configChanged(files));
  configurationChanged();
}, log);

interface DraftConfig {
  settings: NewsproofSettings;
  /** The draft's workspace folder (else the working directory): relative `sources` of the editor settings start there. */
  baseFolder: string;
}

/** Checks run in worker threads (server/out/worker.js, next to this file); this thread only answers the editor. */
const CHECK_WORKERS = 2;
/** What one check may take before it reports what it has checked so far (tests set it through the environment). */
const CHECK_BUDGET_MS = process.env.NEWSPROOF_CHECK_BUDGET_MS !== undefined ? Number(process.env.NEWSPROOF_CHECK_BUDGET_MS) : 6_000;
const answers = new AnswerStore();
/** Started once the client has said where the source cache goes (its storage folder). */
let scheduler!: CheckScheduler;
const progressOfIndexing = new IndexingProgress(connection, () => scheduler.cancelIndexing(), () => serverMessages);
/** Source files changed on disk: the workers read those again, and open drafts are checked again. */
const sourceWatcher = new SourceWatcher(connection, {
  log,
  onChanged(paths) {
    scheduler.sourcesChanged(paths);
    answers.sourcesChanged();
    recheckAll();
  },
});

const schedulerEvents: ConstructorParameters<typeof CheckScheduler>[3] = {
  diagnostics(job, diagnostics) {
    // Outdated: a newer version is on its way; its diagnostics, not these, are what the writer must see.
    if (documents.get(job.uri)?.version !== job.version) return;
    void connection.sendDiagnostics({ uri: job.uri, version: job.version, diagnostics: diagnostics as unknown as Diagnostic[] });
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
    if (cancelled || document?.version !== job.version || !job.answers || !continuedAfter(job, stoppedAt)) return;
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
  canFollowWorkspaceFolders = Boolean(params.capabilities.workspace?.workspaceFolders);
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspaceFolders = folders.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
  locale = params.locale;
  serverMessages = serverMessagesFor(locale);
  const options = params.initializationOptions as InitializationOptions | undefined;
  trusted = options?.trusted !== false;
  // Every worker reads and writes the same digest cache: the second to read the sources finds them digested.
  const cacheFolder = options?.storageFolder ? join(options.storageFolder, 'source-cache') : defaultCacheFolder();
  scheduler = new CheckScheduler(join(__dirname, 'worker.js'), CHECK_WORKERS, CHECK_BUDGET_MS, schedulerEvents, cacheFolder, locale);
  sourceWatcher.initialize(params.capabilities);
  connection.onDidChangeWatchedFiles(({ changes }) => sourceWatcher.filesChanged(configWatcher.take(changes)));
  return {
    capabilities: {
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
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
  if (!trusted) log((say) => say.untrustedWorkspace);
  if (canFollowWorkspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
      const gone = new Set(removed.map((f) => f.uri));
      const kept = workspaceFolders.filter((folder) => !gone.has(pathToFileURL(folder).href));
      workspaceFolders = [...kept, ...added.map((f) => f.uri).filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri))];
      log((say) => say.workspaceFolders(workspaceFolders));
      configurationChanged();
    });
  }
  scheduler.warmUp();
  warmUpSources();
});

connection.onDidChangeConfiguration(() => configurationChanged());

/** A worker reads each folder's sources now, so the first draft opened is not also the first to wait for them. */
function warmUpSources(): void {
  for (const uri of folderUris()) void sourcesOf(uri);
}

/** The settings may say something else now (editor settings, a config file, the workspace folders): check again. */
function configurationChanged(): void {
  recheckAll();
  warmUpSources();
}

function recheckAll(): void {
  settingsCache.clear();
  for (const document of documents.all()) schedule(document, true);
}

/** A URI per workspace folder (one for the working directory without folders): whose sources are read ahead. */
function folderUris(): string[] {
  return (workspaceFolders.length ? workspaceFolders : [process.cwd()]).map((folder) => pathToFileURL(folder).href);
}

/**
 * The source index for a draft's or folder's settings, in the worker: the one place where the server has sources
 * read (ahead of the first check, for the Sources view, or afresh for "Re-index Sources").
 */
async function sourcesOf(uri: string, reindex = false): Promise<unknown> {
  const { settings, baseFolder } = await configFor(uri);
  return reindex ? scheduler.reindex(settings, baseFolder) : scheduler.sources(settings, baseFolder);
}

function reportOnce(problems: string[]): void {
  for (const problem of problems) {
    if (reportedProblems.has(problem)) continue;
    reportedProblems.add(problem);
    log(problem);
    void connection.window.showWarningMessage(`Newsproof: ${problem}`);
  }
}

/** The workspace folder a draft is in (the innermost, for nested folders); a draft outside them all, or untitled, gets the first. */
function workspaceFolderOf(uri: string): string | undefined {
  const path = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  const containing = path ? workspaceFolders.filter((folder) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep)) : [];
  return containing.sort((a, b) => b.length - a.length)[0] ?? workspaceFolders[0];
}

/** Where a draft's `.newsproof.json` is looked up from: its own folder, or for an untitled draft its workspace folder. */
function lookupFolderOf(uri: string): string {
  if (!uri.startsWith('file:')) return workspaceFolderOf(uri) ?? process.cwd();
  const path = fileURLToPath(uri);
  // A workspace folder's own URI stands for the folder (settings for the folder as a whole).
  return workspaceFolders.includes(path) ? path : dirname(path);
}

/**
 * Settings for one draft, as the CLI reads them: the nearest `.newsproof.json` above the draft over the editor
 * settings (for the draft's workspace folder) over the defaults.
 */
function configFor(uri: string): Promise<DraftConfig> {
  let pending = settingsCache.get(uri);
  if (!pending) {
    pending = (async () => {
      const baseFolder = workspaceFolderOf(uri) ?? process.cwd();
      let editor: Partial<NewsproofSettings> = {};
      if (hasConfigurationCapability) {
        const raw = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'newsproof' });
        const parsed = parseSettings(withoutDefaults(raw), 'Settings');
        reportOnce(parsed.problems);
        editor = parsed.settings;
        if (editor.sources) editor.sources = anchorSources(editor.sources, baseFolder);
      }
      const folder = lookupFolderOf(uri);
      configWatcher.watchFrom(folder);
      const { settings, problems } = resolveConfig(configFiles, folder, { editor });
      reportOnce(problems);
      // An untrusted workspace may not make the server read files of its choosing.
      const config = { baseFolder, settings: trusted ? settings : { ...settings, sources: [], bundledSources: 'always' as const } };
      // Once per draft and config, not per keystroke: the folders its sources are in are watched.
      watchSources(config.settings, baseFolder);
      return config;
    })();
    settingsCache.set(uri, pending);
  }
  return pending;
}

async function settingsFor(uri: string): Promise<NewsproofSettings> {
  return (await configFor(uri)).settings;
}

/** Editor settings left at their defaults must not override `.newsproof.json`. */
function withoutDefaults(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  const defaults = DEFAULT_SETTINGS as unknown as Record<string, unknown>;
  return Object.fromEntries(Object.entries(raw as Record<string, unknown>).filter(([key, value]) => key in defaults && JSON.stringify(value) !== JSON.stringify(defaults[key])));
}

/** Per workspace folder (or draft config), the source patterns watched: all of them together are watched. */
const watchedSources = new Map<string, string[]>();

/** The folders the sources of these settings are in are watched, so a change on disk is read without "Re-index". */
function watchSources(settings: NewsproofSettings, baseFolder: string): void {
  const patterns = sourcePaths(settings, baseFolder);
  watchedSources.set(JSON.stringify(patterns), patterns);
  // Only the last few sets of settings are followed: an edited config leaves its old sources behind.
  for (const key of [...watchedSources.keys()].slice(0, -8)) watchedSources.delete(key);
  sourceWatcher.watch([...new Set([...watchedSources.values()].flat())]);
}

/** Checks a draft after the typing delay (`checkDelay`), or at once; a newer version cancels the running check. */
function schedule(document: TextDocument, immediately = false): void {
  const { uri } = document;
  void configFor(uri).then(({ settings, baseFolder }) => {
    scheduler.schedule(uri, immediately ? 0 : settings.checkDelay, () => {
      const current = documents.get(uri);
      const stopped = progress.get(uri);
      const stoppedBefore = stopped?.version === current?.version ? stopped?.stoppedAt : undefined;
      return current && { uri, version: current.version, text: current.getText(), settings, baseFolder, locale, answers: true, ...(stoppedBefore !== undefined ? { stoppedBefore } : {}) };
    });
  });
}

/**
 * Runs a request handler; a failure is logged and answered with `fallback`, so no stale result stays on screen.
 * `what`: the request, with the draft it is about.
 */
async function guarded<T>(what: ServerRequest | [ServerRequest, string], fallback: T, handler: () => Promise<T>): Promise<T> {
  try {
    return await handler();
  } catch (error) {
    const [request, draft] = typeof what === 'string' ? [what, undefined] : what;
    log((say) => say.requestFailed(request, draft, (error as Error).stack ?? String(error)));
    return fallback;
  }
}

// Hovers, the Outline, tokens and claims come from the last finished check: never from a check in progress.
connection.onHover((params) =>
  guarded<Hover | null>(['hover', params.textDocument.uri], null, async () => {
    const document = documents.get(params.textDocument.uri);
    return document ? answers.hover(document, params.position, scheduler.busyWith(document.uri)) : null;
  }),
);

connection.onDocumentSymbol((params) =>
  guarded<DocumentSymbol[]>(['outline', params.textDocument.uri], [], () => answers.symbols(params.textDocument.uri, scheduler.busyWith(params.textDocument.uri))),
);

connection.languages.semanticTokens.on((params) =>
  guarded<SemanticTokens>(['semanticTokens', params.textDocument.uri], { data: [] }, async () => ({ data: await answers.tokens(params.textDocument.uri, scheduler.busyWith(params.textDocument.uri)) })),
);

connection.onCodeAction((params) =>
  guarded(['codeActions', params.textDocument.uri], [], async () => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const glossaryPath = trusted ? glossaryFileFor(document.uri) : undefined;
    return codeActions(document, params.context.diagnostics, glossaryPath ? { path: glossaryPath } : undefined, locale);
  }),
);

connection.onRequest(ClaimsRequest, (params: ClaimsParams) =>
  guarded<ClaimsResult>(['claims', params.uri], { claims: [], counts: { supported: 0, contradicted: 0, unsourced: 0 } }, () => answers.claims(params.uri, scheduler.busyWith(params.uri))),
);

/** Where "Accept … as a spelling" writes: the draft's nearest config file, else a new one in its workspace folder. */
function glossaryFileFor(uri: string): string | undefined {
  const existing = configFiles.configFor(lookupFolderOf(uri));
  if (existing) return existing;
  const folder = workspaceFolderOf(uri) ?? (uri.startsWith('file:') ? dirname(fileURLToPath(uri)) : undefined);
  return folder && join(folder, CONFIG_FILE);
}

/** The sources of the active draft's config where the client names it, else of the first workspace folder. */
const sourcesUri = (params: unknown) => (params as { uri?: string } | undefined)?.uri ?? folderUris()[0];

connection.onRequest(SourcesRequest, (params: unknown) =>
  guarded<SourceInfo[]>('sources', [], async () => (await sourcesOf(sourcesUri(params))) as SourceInfo[]),
);

connection.onRequest(ReindexRequest, (params: unknown) =>
  guarded<ReindexResult>('reindex', { sources: 0, sentences: 0, problems: [] }, async () => {
    reportedProblems.clear();
    settingsCache.clear();
    configFiles.changed();
    // Every worker reads the sources again before it checks anything else: the message is ahead in its queue.
    const uri = sourcesUri(params);
    const reindexed = sourcesOf(uri, true) as Promise<ReindexResult>;
    for (const other of folderUris()) if (other !== uri) void sourcesOf(other);
    answers.sourcesChanged();
    recheckAll();
    return reindexed;
  }),
);

connection.onRequest(CheckWorkspaceRequest, () =>
  guarded<CheckWorkspaceResult>('checkWorkspace', { files: 0, findings: 0 }, async () => {
    const files = workspaceFolders.flatMap((folder) => expandDrafts([folder], folder).files);
    let findings = 0;
    const unreadable: string[] = [];
    const checks = files.map(async (file) => {
      const uri = pathToFileURL(file).href;
      if (documents.get(uri)) return; // open drafts are checked as they are edited
      // Decoded as the CLI decodes drafts: a file that is neither UTF-8, UTF-16 nor plain Windows-1252 is named, not misread.
      const read = readDraftFile(file);
      if ('problem' in read) return void unreadable.push(`${file}: ${read.problem}.`);
      const { settings, baseFolder } = await configFor(uri);
      const job: CheckJob = { uri, version: 0, text: read.text, settings, baseFolder, locale, answers: false };
      const { diagnostics = [] } = await scheduler.checkOnce(job);
      findings += diagnostics.length;
      void connection.sendDiagnostics({ uri, diagnostics });
    });
    await Promise.all(checks);
    if (unreadable.length) void connection.window.showWarningMessage(`Newsproof could not read ${unreadable.join(' ')}`);
    return { files: files.length, findings };
  }),
);

connection.onRequest(ExportReportRequest, (params: ExportReportParams, token) =>
  guarded<ExportReportResult>('exportReport', { status: 'failed', message: serverMessages.reportFailed }, async () => {
    // The worker makes the page (the sources and the analysis are there); this thread gives it what only it knows.
    const workspaceFolder = params.scope === 'draft' ? workspaceFolderOf(params.uri) : workspaceFolders[0];
    const uris = params.scope === 'draft' ? [params.uri] : workspaceDrafts(workspaceFolder);
    const settingsUris = workspaceFolder ? [...uris, pathToFileURL(workspaceFolder).href] : uris;
    const settings = Object.fromEntries(await Promise.all(settingsUris.map(async (uri) => [uri, await settingsFor(uri)] as const)));
    const open = uris.map((uri) => documents.get(uri)).filter((d): d is TextDocument => d !== undefined).map((d) => ({ uri: d.uri, version: d.version, text: d.getText() }));
    if (token.isCancellationRequested) return { status: 'failed', message: 'Cancelled.' };
    const job: ReportJob = { params, workspaceFolder, baseFolder: workspaceFolder ?? process.cwd(), settings, open, ...(locale ? { locale } : {}) };
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
  scheduler.forget(e.document.uri, documents.all().length === 0);
  answers.delete(e.document.uri);
  settingsCache.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

documents.listen(connection);
connection.listen();
