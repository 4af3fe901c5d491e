import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { reportFileName, safeFileName } from './reportFileName';
import { ExportReportRequest, type ExportReportParams, type ExportReportResult } from '../../server/src/protocol';

export type ReportScope = 'draft' | 'workspace';

/** Reports older than the newest this many are deleted from the extension's storage. */
const KEEP_REPORTS = 20;

/**
 * "Newsproof: Export Review Report": the language server makes the page from exactly what it checks (unsaved text,
 * settings, sources, rules, trust, display language); it is written to the extension's storage and opened in the
 * browser. Whatever fails, the user is told what happened and the draft is never touched.
 */
export class ReportExporter implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly storage: vscode.Uri,
  ) {}

  async export(scope: ReportScope, resource?: vscode.Uri): Promise<void> {
    const target = scope === 'draft' ? draftToReport(resource) : workspaceToReport();
    if (!target) {
      const other = scope === 'draft' && vscode.workspace.workspaceFolders?.length ? vscode.l10n.t('Export the Workspace') : undefined;
      const message = scope === 'draft'
        ? vscode.l10n.t('Open a Markdown draft to export its review report.')
        : vscode.l10n.t('Open a folder to export a review report of its Markdown files.');
      if ((await vscode.window.showInformationMessage(message, ...(other ? [other] : []))) === other && other) await this.export('workspace');
      return;
    }
    const client = this.client();
    if (!client?.isRunning()) {
      await offerActions(vscode.window.showErrorMessage, vscode.l10n.t('The Newsproof language server is not running, so no report can be made.'), {
        [vscode.l10n.t('Restart Server')]: () => vscode.commands.executeCommand('newsproof.restartServer'),
        [vscode.l10n.t('Show Output')]: () => vscode.commands.executeCommand('newsproof.showOutput'),
      });
      return;
    }
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Newsproof: making the review report of {0}…', target.label), cancellable: true },
      (_, token) => client.sendRequest<ExportReportResult>(ExportReportRequest, target.params, token).then(
        (answer) => (token.isCancellationRequested ? undefined : answer),
        (error: unknown) => (token.isCancellationRequested ? undefined : ({ status: 'failed', message: String((error as Error).message ?? error) } as const)),
      ),
    );
    if (!result) return;
    if (result.status === 'disabled') {
      await offerActions(vscode.window.showInformationMessage, vscode.l10n.t('Newsproof is turned off for {0} (newsproof.enable), so there is nothing to report.', target.label), {
        [vscode.l10n.t('Open Settings')]: () => vscode.commands.executeCommand('workbench.action.openSettings', 'newsproof.enable'),
      });
    } else if (result.status === 'noDrafts') {
      void vscode.window.showInformationMessage(vscode.l10n.t('There is no Markdown file in the workspace to report on.'));
    } else if (result.status === 'failed') {
      await offerActions(vscode.window.showErrorMessage, vscode.l10n.t('Newsproof could not make the review report of {0}: {1}', target.label, result.message), {
        [vscode.l10n.t('Show Output')]: () => vscode.commands.executeCommand('newsproof.showOutput'),
      });
    } else {
      await this.deliver(result.html, target.fileStem, target.label);
    }
  }

  /** Writes the page and opens it; a page that cannot be written can still be saved elsewhere or viewed. */
  private async deliver(html: string, fileStem: string, label: string): Promise<void> {
    const folder = vscode.Uri.joinPath(this.storage, 'reports');
    const file = vscode.Uri.joinPath(folder, reportFileName(fileStem, new Date()));
    try {
      await mkdir(folder.fsPath, { recursive: true });
      await writeFile(file.fsPath, html, 'utf8');
    } catch (error) {
      await offerActions(vscode.window.showErrorMessage, vscode.l10n.t('The review report could not be written to {0}: {1}', file.fsPath, String((error as Error).message ?? error)), {
        [vscode.l10n.t('Save As…')]: () => saveAs(html, `${fileStem}-newsproof-report.html`),
        [vscode.l10n.t('Open in VS Code')]: () => this.show(html, label),
      });
      return;
    }
    void pruneReports(folder.fsPath, KEEP_REPORTS);
    const saveCopy = { [vscode.l10n.t('Save As…')]: () => saveAs(html, basename(file.fsPath)) };
    // On a remote (SSH, WSL, a container, code-server) the file lies on another machine than the browser: there
    // openExternal answers true and nothing opens (seen in code-server), so the page is shown in VS Code instead.
    if (vscode.env.remoteName !== undefined || vscode.env.uiKind !== vscode.UIKind.Desktop) {
      this.show(html, label);
      const message = vscode.l10n.t('The review report of {0} is written to {1} on the machine of the workspace, and shown in VS Code.', label, file.fsPath);
      await offerActions(vscode.window.showInformationMessage, message, saveCopy);
      return;
    }
    if (await vscode.env.openExternal(file).then((ok) => ok, () => false)) {
      vscode.window.setStatusBarMessage(vscode.l10n.t('Newsproof: review report of {0} opened in the browser ({1})', label, file.fsPath), 10_000);
      return;
    }
    await offerActions(vscode.window.showWarningMessage, vscode.l10n.t('The review report of {0} is written to {1}, but the browser did not open it.', label, file.fsPath), {
      [vscode.l10n.t('Open in VS Code')]: () => this.show(html, label),
      [revealLabel()]: () => vscode.commands.executeCommand('revealFileInOS', file),
      ...saveCopy,
    });
  }

  /** The page in a VS Code tab: its own Content-Security-Policy still admits only its own script and style. */
  private show(html: string, label: string): void {
    const title = vscode.l10n.t('Review Report: {0}', label);
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('newsproof.report', title, vscode.ViewColumn.Beside, { enableScripts: true, enableFindWidget: true, localResourceRoots: [] });
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    this.panel.title = title;
    this.panel.webview.html = html;
    this.panel.reveal();
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

interface ReportTarget {
  params: ExportReportParams;
  /** How the messages name what is reported. */
  label: string;
  /** The start of the report's file name. */
  fileStem: string;
}

/** The draft named by a menu (Explorer, editor title), else the active editor's, else the only Markdown editor in view. */
function draftToReport(resource: vscode.Uri | undefined): ReportTarget | undefined {
  const markdown = (editor: vscode.TextEditor | undefined) => (editor?.document.languageId === 'markdown' ? editor.document.uri : undefined);
  const visible = vscode.window.visibleTextEditors.filter((e) => e.document.languageId === 'markdown');
  const uri = resource instanceof vscode.Uri ? resource : markdown(vscode.window.activeTextEditor) ?? (visible.length === 1 ? visible[0].document.uri : undefined);
  if (!uri) return undefined;
  const name = uri.path.split('/').pop() || uri.toString();
  return { params: { scope: 'draft', uri: uri.toString() }, label: name, fileStem: safeFileName(basename(name, extname(name))) };
}

function workspaceToReport(): ReportTarget | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder || folder.uri.scheme !== 'file') return undefined;
  return { params: { scope: 'workspace' }, label: folder.name, fileStem: safeFileName(folder.name) };
}

async function pruneReports(folder: string, keep: number): Promise<void> {
  try {
    const files = await Promise.all((await readdir(folder)).filter((f) => f.endsWith('.html')).map(async (f) => ({ path: join(folder, f), time: (await stat(join(folder, f))).mtimeMs })));
    for (const old of files.sort((a, b) => b.time - a.time).slice(keep)) await rm(old.path, { force: true });
  } catch {
    // Old reports left behind cost only disk space; the new one is written.
  }
}

async function saveAs(html: string, suggestedName: string): Promise<void> {
  const home = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({ defaultUri: home ? vscode.Uri.joinPath(home, suggestedName) : undefined, filters: { HTML: ['html'] } });
  if (target) await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(html));
}

/** The name VS Code itself gives "reveal in the system's file manager" on this platform. */
function revealLabel(): string {
  if (process.platform === 'win32') return vscode.l10n.t('Reveal in File Explorer');
  if (process.platform === 'darwin') return vscode.l10n.t('Reveal in Finder');
  return vscode.l10n.t('Open Containing Folder');
}

type Show = (message: string, ...items: string[]) => Thenable<string | undefined>;

async function offerActions(show: Show, message: string, actions: Record<string, () => unknown>): Promise<void> {
  const picked = await show(message, ...Object.keys(actions));
  if (picked) await actions[picked]();
}
