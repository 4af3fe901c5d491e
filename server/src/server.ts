import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind, createConnection, DidChangeConfigurationNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type DocumentSymbol, type Hover, type InitializeResult, type SemanticTokens,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDraft, claimsOf, hoverAt, runRules, type DraftAnalysis, type SourceIndex } from './core';
import { expandDrafts } from './cli/check';
import { codeActions } from './lsp/codeActions';
import { exportReport } from './lsp/exportReport';
import { sourceDocuments, toClaimInfo, toDiagnostic, toDocumentSymbol } from './lsp/convert';
import { semanticTokens, SEMANTIC_TOKENS_LEGEND } from './lsp/semanticTokens';
import { CONFIG_FILE, findConfigFile, readConfigFile, sourcePaths } from './node/files';
import { SourceIndexService } from './lsp/sourceIndexService';
import { sourceInfos } from './lsp/sourceInfo';
import { draftSourcesOf, narrowSources } from './node/sources/draftSources';
import type { LoadedSources } from './node/sources/loadSourceIndex';
import { DEFAULT_SETTINGS, parseSettings, type NewsproofSettings } from './node/settings';
import {
  CheckWorkspaceRequest, ClaimsRequest, ExportReportRequest, ReindexRequest, SourcesRequest,
  type CheckWorkspaceResult, type ClaimsParams, type ExportReportParams, type ClaimsResult, type InitializationOptions, type ReindexResult, type SourceInfo,
} from './protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const log = (message: string) => connection.console.log(`[newsproof] ${message}`);

process.on('unhandledRejection', (reason) => log(`unhandled rejection: ${String(reason)}`));

let hasConfigurationCapability = false;
let workspaceFolder: string | undefined;
let locale: string | undefined;
let trusted = true;
const settingsCache = new Map<string, Promise<NewsproofSettings>>();
const reportedProblems = new Set<string>();

interface LoadedIndex {
  index: SourceIndex;
  sourceDocs: ReturnType<typeof sourceDocuments>;
}
let sourceService: SourceIndexService | undefined;
const sourceDocsOf = new WeakMap<SourceIndex, LoadedIndex>();

connection.onInitialize((params): InitializeResult => {
  hasConfigurationCapability = Boolean(params.capabilities.workspace?.configuration);
  const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  if (folder?.startsWith('file:')) workspaceFolder = fileURLToPath(folder);
  locale = params.locale;
  trusted = (params.initializationOptions as InitializationOptions | undefined)?.trusted !== false;
  const storageFolder = (params.initializationOptions as InitializationOptions | undefined)?.storageFolder;
  sourceService = new SourceIndexService(connection, { log, reportOnce, onIndexChanged: () => recheckAll(), ...(storageFolder ? { storageFolder } : {}) });
  sourceService.initialize(params.capabilities);
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
});

connection.onDidChangeConfiguration(() => recheckAll());

function recheckAll(): void {
  settingsCache.clear();
  analyses.clear();
  for (const document of documents.all()) schedule(document);
  connection.languages.semanticTokens.refresh();
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

/** The sources for these settings: read once, from the cache where it can, re-read where files changed. */
function loadedSources(settings: NewsproofSettings): Promise<LoadedSources> {
  const baseFolder = workspaceFolder ?? process.cwd();
  return sourceService!.load({ patterns: sourcePaths(settings, baseFolder), exclude: settings.sourcesExclude, glossary: settings.names }, baseFolder);
}

/** The source index a draft is checked against, with its sources as documents for positions. */
async function indexFor(settings: NewsproofSettings, draft?: { uri: string; text: string }): Promise<LoadedIndex> {
  const sources = await loadedSources(settings);
  const { index } = draft ? narrowedFor(sources, draft, settings, workspaceFolder ?? process.cwd()) : sources;
  let loaded = sourceDocsOf.get(index);
  if (!loaded) {
    loaded = { index, sourceDocs: sourceDocuments(index) };
    sourceDocsOf.set(index, loaded);
  }
  return loaded;
}

/** A draft's front matter `sources:` narrows the sources it is checked against. */
function narrowedFor(sources: LoadedSources, draft: { uri: string; text: string }, settings: NewsproofSettings, baseFolder: string): { index: SourceIndex } {
  const entries = draftSourcesOf(draft.text);
  if (!entries) return sources;
  const folder = draft.uri.startsWith('file:') ? dirname(fileURLToPath(draft.uri)) : baseFolder;
  const narrowed = narrowSources(sources, entries, folder, settings.names);
  reportOnce(narrowed.unmatched.map((entry) => `${draft.uri}: the front matter's sources entry "${entry}" matches no indexed source.`));
  return narrowed;
}

const analyses = new Map<string, { version: number; analysis: DraftAnalysis; loaded: LoadedIndex; settings: NewsproofSettings }>();

async function analysisOf(document: TextDocument) {
  const cached = analyses.get(document.uri);
  if (cached && cached.version === document.version) return cached;
  const settings = await settingsFor(document.uri);
  const loaded = await indexFor(settings, { uri: document.uri, text: document.getText() });
  const result = { version: document.version, analysis: analyzeDraft(document.getText(), loaded.index, settings.language), loaded, settings };
  analyses.set(document.uri, result);
  return result;
}

const timers = new Map<string, NodeJS.Timeout>();
/** Checks wait this long after the last keystroke, so a writer typing a number is not shouted at mid-word. */
const DEBOUNCE_MS = 250;

function schedule(document: TextDocument): void {
  clearTimeout(timers.get(document.uri));
  timers.set(document.uri, setTimeout(() => void validate(document.uri), DEBOUNCE_MS));
}

async function validate(uri: string): Promise<void> {
  timers.delete(uri);
  const document = documents.get(uri);
  if (!document) return;
  const version = document.version;
  try {
    const { analysis, loaded, settings } = await analysisOf(document);
    if (documents.get(uri)?.version !== version) return; // outdated: a newer check is on its way
    const findings = settings.enable ? runRules(analysis, loaded.index, settings.rules, locale) : [];
    void connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f) => toDiagnostic(f, document, loaded.sourceDocs)) });
  } catch (error) {
    log(`checking ${uri} failed: ${(error as Error).stack ?? String(error)}`);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  }
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

connection.onHover((params) =>
  guarded<Hover | null>(`hover in ${params.textDocument.uri}`, null, async () => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const { analysis, loaded, settings } = await analysisOf(document);
    if (!settings.enable) return null;
    const hover = hoverAt(analysis, loaded.index, document.offsetAt(params.position), settings.maxHoverQuotes, locale);
    if (!hover) return null;
    return { contents: { kind: 'markdown', value: hover.markdown }, range: { start: document.positionAt(hover.start), end: document.positionAt(hover.end) } };
  }),
);

connection.onDocumentSymbol((params) =>
  guarded<DocumentSymbol[]>(`outline of ${params.textDocument.uri}`, [], async () => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const { analysis, loaded, settings } = await analysisOf(document);
    return settings.enable ? claimsOf(analysis, loaded.index).map((claim) => toDocumentSymbol(claim, document)) : [];
  }),
);

connection.languages.semanticTokens.on((params) =>
  guarded<SemanticTokens>(`semantic tokens of ${params.textDocument.uri}`, { data: [] }, async () => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { data: [] };
    const { analysis, settings } = await analysisOf(document);
    return settings.enable ? semanticTokens(analysis, document) : { data: [] };
  }),
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
  guarded<ClaimsResult>(`claims of ${params.uri}`, { claims: [], counts: { supported: 0, contradicted: 0, unsourced: 0 } }, async () => {
    const document = documents.get(params.uri);
    const counts = { supported: 0, contradicted: 0, unsourced: 0 };
    if (!document) return { claims: [], counts };
    const { analysis, loaded, settings } = await analysisOf(document);
    if (!settings.enable) return { claims: [], counts };
    const claims = claimsOf(analysis, loaded.index).map((c) => toClaimInfo(c, document, loaded.sourceDocs));
    for (const c of claims) counts[c.status]++;
    return { claims, counts };
  }),
);

connection.onRequest(SourcesRequest, () =>
  guarded<SourceInfo[]>('listing sources', [], async () => {
    const loaded = await indexFor(await settingsFor(''));
    return sourceInfos(loaded.index);
  }),
);

connection.onRequest(ReindexRequest, () =>
  guarded<ReindexResult>('re-indexing', { sources: 0, sentences: 0, problems: [] }, async () => {
    sourceService!.reset();
    reportedProblems.clear();
    recheckAll();
    const loaded = await loadedSources(await settingsFor(''));
    return { sources: loaded.index.sources.length, sentences: loaded.index.sentences.length, problems: [...loaded.problems, ...loaded.skipped.map((s) => `${s.path} ${s.reason}`)] };
  }),
);

connection.onRequest(CheckWorkspaceRequest, () =>
  guarded<CheckWorkspaceResult>('checking the workspace', { files: 0, findings: 0 }, async () => {
    if (!workspaceFolder) return { files: 0, findings: 0 };
    const { files } = expandDrafts([workspaceFolder], workspaceFolder);
    let findings = 0;
    for (const file of files) {
      const uri = pathToFileURL(file).href;
      if (documents.get(uri)) continue; // open drafts are checked as they are edited
      const document = TextDocument.create(uri, 'markdown', 0, readFileSync(file, 'utf8'));
      const settings = await settingsFor(uri);
      const loaded = await indexFor(settings, { uri, text: document.getText() });
      const result = settings.enable ? runRules(analyzeDraft(document.getText(), loaded.index, settings.language), loaded.index, settings.rules, locale) : [];
      findings += result.length;
      void connection.sendDiagnostics({ uri, diagnostics: result.map((f) => toDiagnostic(f, document, loaded.sourceDocs)) });
    }
    return { files: files.length, findings };
  }),
);

connection.onRequest(ExportReportRequest, (params: ExportReportParams, token) =>
  exportReport(params, { workspaceFolder, locale, documents, analysisOf, settingsFor, indexFor, log }, token));

documents.onDidOpen((e) => schedule(e.document));
documents.onDidChangeContent((e) => schedule(e.document));
documents.onDidClose((e) => {
  clearTimeout(timers.get(e.document.uri));
  analyses.delete(e.document.uri);
  settingsCache.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

documents.listen(connection);
connection.listen();
