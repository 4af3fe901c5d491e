import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CancellationToken } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDraft, runRules, type DraftAnalysis, type SourceIndex } from '../core';
import { serverMessagesFor } from '../core/i18n/serverMessages';
import type { CheckedFile } from '../cli/check';
import { expandDrafts, readDraftFile } from '../node/draftFiles';
import { renderReport } from '../cli/report/page';
import type { NewsproofSettings } from '../node/settings';
import type { ExportReportParams, ExportReportResult } from '../protocol';

/** What the report needs of the language server, so that a draft is reported exactly as its diagnostics are. */
export interface ReportServer {
  workspaceFolder: string | undefined;
  locale: string | undefined;
  /** The drafts open in the editor, with their unsaved text. */
  documents: { get(uri: string): TextDocument | undefined };
  /** An open draft's analysis, cached by version, as the diagnostics use it. */
  analysisOf(document: TextDocument): Promise<{ analysis: DraftAnalysis; loaded: { index: SourceIndex }; settings: NewsproofSettings }>;
  settingsFor(uri: string): Promise<NewsproofSettings>;
  indexFor(settings: NewsproofSettings, draft?: { uri: string; text: string }): Promise<{ index: SourceIndex }>;
  log(message: string): void;
}

/** Thrown for a draft that cannot be read: its message is shown to the user as it is. */
class UnreadableDraft extends Error {}

/**
 * `newsproof/exportReport`: the reviewer's HTML page for one draft or the workspace, made from the server's own
 * settings, sources, rules and locale; the client only writes it to a file and opens it.
 */
export async function exportReport(params: ExportReportParams, server: ReportServer, token?: CancellationToken): Promise<ExportReportResult> {
  try {
    const uris = params.scope === 'draft' ? [params.uri] : workspaceDrafts(server.workspaceFolder);
    if (uris.length === 0) return { status: 'noDrafts' };
    const settings = await server.settingsFor(params.scope === 'draft' ? params.uri : pathToFileURL(server.workspaceFolder!).href);
    if (!settings.enable) return { status: 'disabled' };
    const files: CheckedFile[] = [];
    let index: SourceIndex | undefined;
    for (const uri of uris) {
      if (token?.isCancellationRequested) return { status: 'failed', message: 'Cancelled.' };
      const checked = await checkDraft(uri, server);
      files.push(checked.file);
      index = checked.index;
    }
    const html = renderReport({ files, index: index!, rules: settings.rules, locale: server.locale });
    return { status: 'rendered', html, files: files.length, findings: files.reduce((n, f) => n + f.findings.length, 0) };
  } catch (error) {
    if (error instanceof UnreadableDraft) return { status: 'failed', message: error.message };
    server.log(serverMessagesFor(server.locale).exportFailed((error as Error).stack ?? String(error)));
    return { status: 'failed', message: (error as Error).message || String(error) };
  }
}

export function workspaceDrafts(folder: string | undefined): string[] {
  if (!folder) return [];
  return expandDrafts([folder], folder).files.map((file) => pathToFileURL(file).href);
}

/** One draft checked as the diagnostics check it: the editor's text when it is open, else the file on disk. */
async function checkDraft(uri: string, server: ReportServer): Promise<{ file: CheckedFile; index: SourceIndex }> {
  const open = server.documents.get(uri);
  const document = open ?? TextDocument.create(uri, 'markdown', 0, readDraft(uri, server.workspaceFolder));
  let analysis: DraftAnalysis;
  let index: SourceIndex;
  let settings: NewsproofSettings;
  if (open) ({ analysis, loaded: { index }, settings } = await server.analysisOf(open));
  else {
    settings = await server.settingsFor(uri);
    index = (await server.indexFor(settings, { uri, text: document.getText() })).index;
    analysis = analyzeDraft(document.getText(), index, settings.language);
  }
  const findings = settings.enable ? runRules(analysis, index, settings.rules, server.locale) : [];
  return { file: { file: draftLabel(uri, server.workspaceFolder), document, analysis, findings }, index };
}

function readDraft(uri: string, workspaceFolder: string | undefined): string {
  if (!uri.startsWith('file:')) throw new UnreadableDraft(`${draftLabel(uri, workspaceFolder)} is not open and not a file.`);
  const read = readDraftFile(fileURLToPath(uri));
  if ('problem' in read) throw new UnreadableDraft(`${draftLabel(uri, workspaceFolder)} ${read.problem}.`);
  return read.text;
}

/** How the report names a draft: its path in the workspace, else its full path, else (untitled) its name. */
export function draftLabel(uri: string, workspaceFolder: string | undefined): string {
  if (!uri.startsWith('file:')) return decodeURIComponent(uri.replace(/^[a-z][\w+.-]*:(\/\/[^/]*)?/i, ''));
  const path = fileURLToPath(uri);
  if (!workspaceFolder) return path;
  const inside = relative(workspaceFolder, path);
  const outside = !inside || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
  return outside ? path : inside;
}
