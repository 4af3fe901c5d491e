import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  CheckWorkspaceRequest, ClaimsRequest, ReindexRequest, SourcesRequest,
  type CheckWorkspaceResult, type ClaimsResult, type InitializationOptions, type Range, type ReindexResult, type SourceInfo,
} from '../../server/src/protocol';
import { ClaimsView } from './claimsView';
import { ReportExporter } from './exportReport';
import { FocusMode } from './focusMode';
import { openAt } from './openAt';
import { ClaimsStatusBar } from './statusBar';

let client: LanguageClient | undefined;
let configWatcher: vscode.FileSystemWatcher | undefined;

/** Starts the Newsproof language server for Markdown files; returns the client so integration tests can reach it. */
export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const focusMode = new FocusMode();
  const claimsView = new ClaimsView();
  const statusBar = new ClaimsStatusBar(() => vscode.workspace.isTrusted);
  context.subscriptions.push(focusMode, statusBar, vscode.window.registerTreeDataProvider('newsproof.claims', claimsView));

  // Every .newsproof.json in the workspace: the server reads a changed, created or deleted one again at once.
  configWatcher = vscode.workspace.createFileSystemWatcher('**/.newsproof.json');
  context.subscriptions.push(configWatcher);
  client = createClient(context, focusMode);
  await client.start();
  focusMode.attach(client.diagnostics);

  let refreshTimer: NodeJS.Timeout | undefined;
  const refreshClaims = () => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => void showClaims(claimsView, statusBar), 300);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(refreshClaims),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (e.uris.some((u) => u.toString() === active)) refreshClaims();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void restart(context, focusMode)),
    ...registerCommands(context, focusMode),
  );
  refreshClaims();
  return client;
}

function createClient(context: vscode.ExtensionContext, focusMode: FocusMode): LanguageClient {
  const module = context.asAbsolutePath('server/out/server.js');
  // glibc gives each thread that allocates its own malloc arena (up to 8 per core), and the check worker's and the source
  // readers' threads each leave one holding freed memory: two arenas lower the server's resident memory (issue 11).
  const env = { MALLOC_ARENA_MAX: '2' };
  // Over stdio the server writes a draft's diagnostics as its check worker encoded them (lsp/encodedDiagnostics.ts); over
  // IPC they are parsed and encoded again on its main thread, while the worker still holds the check: a 1 MB draft's
  // open peaked at 317 MB over IPC against 290 MB over stdio (issue 11).
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, options: { env } },
    debug: { module, transport: TransportKind.stdio, options: { env, execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  // The source cache lives in the extension's storage; the server watches the sources through this client.
  const initializationOptions: InitializationOptions = { trusted: vscode.workspace.isTrusted, storageFolder: context.globalStorageUri.fsPath };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'markdown' }],
    synchronize: { configurationSection: 'newsproof', ...(configWatcher ? { fileEvents: configWatcher } : {}) },
    initializationOptions,
    middleware: focusMode.middleware,
  };
  return new LanguageClient('newsproof', 'Newsproof', serverOptions, clientOptions);
}

/** The active Markdown draft, whose config names the sources to list or re-read (each workspace folder has its own). */
function activeDraft(): { uri: string } | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'markdown' ? { uri: document.uri.toString() } : undefined;
}

async function restart(context: vscode.ExtensionContext, focusMode: FocusMode): Promise<void> {
  await client?.stop();
  client = createClient(context, focusMode);
  await client.start();
  focusMode.attach(client.diagnostics);
}

async function showClaims(view: ClaimsView, statusBar: ClaimsStatusBar): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!client || !document || document.languageId !== 'markdown') {
    view.show(undefined, undefined);
    statusBar.show(undefined);
    return;
  }
  try {
    const result = await client.sendRequest<ClaimsResult>(ClaimsRequest, { uri: document.uri.toString() });
    view.show(document.uri, result);
    statusBar.show(result);
  } catch (error) {
    client.outputChannel.appendLine(`[newsproof] claims: ${String(error)}`);
  }
}

function registerCommands(context: vscode.ExtensionContext, focusMode: FocusMode): vscode.Disposable[] {
  const command = (id: string, run: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, run);
  const reports = new ReportExporter(() => client, context.globalStorageUri);
  return [
    reports,
    command('newsproof.exportReport', (resource?: vscode.Uri) => reports.export('draft', resource)),
    command('newsproof.exportWorkspaceReport', () => reports.export('workspace')),
    command('newsproof.revealRange', (uri: string, range: Range) => openAt(uri, range)),

    command('newsproof.showSourcesAtCursor', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!client || !editor) return;
      const { claims } = await client.sendRequest<ClaimsResult>(ClaimsRequest, { uri: editor.document.uri.toString() });
      const cursor = editor.selection.active;
      const claim = claims.find((c) => new vscode.Range(c.range.start.line, c.range.start.character, c.range.end.line, c.range.end.character).contains(cursor));
      if (!claim || claim.evidence.length === 0) {
        void vscode.window.showInformationMessage(claim ? vscode.l10n.t('No source sentence backs the claim at the cursor.') : vscode.l10n.t('The cursor is not on a claim.'));
        return;
      }
      const picked = await vscode.window.showQuickPick(
        claim.evidence.map((sentence) => ({ label: sentence.text, description: sentence.title, sentence })),
        { placeHolder: vscode.l10n.t('Source sentences for: {0}', claim.text), matchOnDescription: true },
      );
      if (picked) await openAt(picked.sentence.uri, picked.sentence.range);
    }),

    command('newsproof.openSource', async () => {
      if (!client) return;
      const sources = await client.sendRequest<SourceInfo[]>(SourcesRequest, activeDraft());
      const picked = await vscode.window.showQuickPick(
        sources.map((s) => ({
          label: s.title,
          description: [s.outlet, s.published, sentencesLabel(s.sentences)].filter(Boolean).join(' · '),
          detail: vscode.Uri.parse(s.uri).fsPath,
          source: s,
        })),
        { placeHolder: vscode.l10n.t('Open a source article') },
      );
      // vscode.open, not showTextDocument: a PDF source opens in whatever editor or viewer handles PDFs.
      if (picked) await vscode.commands.executeCommand('vscode.open', vscode.Uri.parse(picked.source.uri), { preview: true });
    }),

    command('newsproof.reindexSources', async () => {
      if (!client) return;
      const result = await client.sendRequest<ReindexResult>(ReindexRequest, activeDraft());
      const sources = result.sources === 1 ? vscode.l10n.t('1 source') : vscode.l10n.t('{0} sources', result.sources);
      void vscode.window.showInformationMessage(vscode.l10n.t('Newsproof indexed {0} ({1}).', sources, sentencesLabel(result.sentences)));
    }),

    command('newsproof.checkWorkspace', async () => {
      if (!client) return;
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Newsproof: checking the workspace…') },
        () => client!.sendRequest<CheckWorkspaceResult>(CheckWorkspaceRequest),
      );
      void vscode.window.showInformationMessage(vscode.l10n.t('Newsproof checked {0} Markdown files: {1} findings in the Problems panel.', result.files, result.findings));
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),

    command('newsproof.restartServer', () => restart(context, focusMode)),
    command('newsproof.showOutput', () => client?.outputChannel.show()),
  ];
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

/** "1 sentence", "2 sentences": the count with the noun its number takes (VS Code's l10n has no plural rules). */
function sentencesLabel(count: number): string {
  return count === 1 ? vscode.l10n.t('1 sentence') : vscode.l10n.t('{0} sentences', count);
}
