import { fileURLToPath } from 'node:url';
import {
  CodeActionKind, createConnection, DidChangeConfigurationNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type DocumentSymbol, type Hover, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDraft, buildSourceIndex, claimsOf, hoverAt, runRules, type DraftAnalysis, type SourceIndex } from './core';
import { findConfigFile, loadSources, readConfigFile, sourcePaths } from './node/files';
import { DEFAULT_SETTINGS, parseSettings, type NewsproofSettings } from './node/settings';
import { quickFixes, sourceDocuments, toDiagnostic, toDocumentSymbol } from './lsp/convert';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const log = (message: string) => connection.console.log(`[newsproof] ${message}`);

process.on('unhandledRejection', (reason) => log(`unhandled rejection: ${String(reason)}`));

let hasConfigurationCapability = false;
let workspaceFolder = process.cwd();
const settingsCache = new Map<string, Promise<NewsproofSettings>>();
const reportedProblems = new Set<string>();

interface LoadedIndex {
  key: string;
  index: SourceIndex;
  sourceDocs: ReturnType<typeof sourceDocuments>;
}
let loadedIndex: LoadedIndex | undefined;

connection.onInitialize((params): InitializeResult => {
  hasConfigurationCapability = Boolean(params.capabilities.workspace?.configuration);
  const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
  if (folder?.startsWith('file:')) workspaceFolder = fileURLToPath(folder);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      documentSymbolProvider: { label: 'Newsproof claims' },
    },
    serverInfo: { name: 'newsproof' },
  };
});

connection.onInitialized(() => {
  if (hasConfigurationCapability) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsproof' });
});

connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  analyses.clear();
  for (const document of documents.all()) schedule(document);
});

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
      const configFile = findConfigFile(workspaceFolder);
      const fromFile = configFile ? readConfigFile(configFile) : { settings: {}, problems: [] };
      reportOnce(fromFile.problems);
      let fromEditor: Partial<NewsproofSettings> = {};
      if (hasConfigurationCapability) {
        const raw = await connection.workspace.getConfiguration({ scopeUri: uri, section: 'newsproof' });
        const parsed = parseSettings(withoutDefaults(raw), 'Settings');
        reportOnce(parsed.problems);
        fromEditor = parsed.settings;
      }
      return { ...DEFAULT_SETTINGS, ...fromFile.settings, ...fromEditor };
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

function indexFor(settings: NewsproofSettings): LoadedIndex {
  const paths = sourcePaths(settings, workspaceFolder);
  const key = JSON.stringify([paths, settings.names]);
  if (loadedIndex?.key !== key) {
    const { inputs, problems } = loadSources(paths);
    reportOnce(problems);
    const index = buildSourceIndex(inputs, settings.names);
    loadedIndex = { key, index, sourceDocs: sourceDocuments(index) };
    log(`indexed ${inputs.length} sources: ${index.sentences.length} sentences, ${index.figures.length} figures, ${index.names.entries.length} names`);
  }
  return loadedIndex;
}

const analyses = new Map<string, { version: number; analysis: DraftAnalysis; loaded: LoadedIndex; settings: NewsproofSettings }>();

async function analysisOf(document: TextDocument) {
  const cached = analyses.get(document.uri);
  if (cached && cached.version === document.version) return cached;
  const settings = await settingsFor(document.uri);
  const loaded = indexFor(settings);
  const result = { version: document.version, analysis: analyzeDraft(document.getText(), loaded.index, settings.language), loaded, settings };
  analyses.set(document.uri, result);
  return result;
}

const timers = new Map<string, NodeJS.Timeout>();
const DEBOUNCE_MS = 150;

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
    const findings = settings.enable ? runRules(analysis, loaded.index, settings.rules) : [];
    const diagnostics = findings.map((f) => toDiagnostic(f, document, loaded.sourceDocs));
    void connection.sendDiagnostics({ uri, version, diagnostics });
  } catch (error) {
    log(`checking ${uri} failed: ${(error as Error).stack ?? String(error)}`);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}

connection.onHover(async (params): Promise<Hover | null> => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  try {
    const { analysis, loaded, settings } = await analysisOf(document);
    if (!settings.enable) return null;
    const hover = hoverAt(analysis, loaded.index, document.offsetAt(params.position), settings.maxHoverQuotes);
    if (!hover) return null;
    return { contents: { kind: 'markdown', value: hover.markdown }, range: { start: document.positionAt(hover.start), end: document.positionAt(hover.end) } };
  } catch (error) {
    log(`hover in ${params.textDocument.uri} failed: ${(error as Error).stack ?? String(error)}`);
    return null;
  }
});

connection.onDocumentSymbol(async (params): Promise<DocumentSymbol[]> => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  try {
    const { analysis, loaded, settings } = await analysisOf(document);
    return settings.enable ? claimsOf(analysis, loaded.index).map((claim) => toDocumentSymbol(claim, document)) : [];
  } catch (error) {
    log(`outline of ${params.textDocument.uri} failed: ${(error as Error).stack ?? String(error)}`);
    return [];
  }
});

connection.onCodeAction((params) => quickFixes(params.textDocument.uri, params.context.diagnostics));

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
