import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

/**
 * While a writer types on a line, findings on that line wait until the cursor leaves it (markdownlint's focus mode,
 * LTeX): "7" is not wrong yet when "7.82" is on its way.
 */
export class FocusMode implements vscode.Disposable {
  private readonly all = new Map<string, vscode.Diagnostic[]>();
  private typing: { uri: string; line: number } | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private collection: vscode.DiagnosticCollection | undefined;

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        const editor = vscode.window.activeTextEditor;
        if (!editor || editor.document !== e.document || e.contentChanges.length === 0 || !this.enabled()) return;
        this.typing = { uri: e.document.uri.toString(), line: editor.selection.active.line };
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (!this.typing || e.textEditor.document.uri.toString() !== this.typing.uri) return;
        if (e.selections[0].active.line === this.typing.line) return;
        const { uri } = this.typing;
        this.typing = undefined;
        this.collection?.set(vscode.Uri.parse(uri), this.all.get(uri) ?? []);
      }),
    );
  }

  attach(collection: vscode.DiagnosticCollection | undefined): void {
    this.collection = collection;
  }

  readonly middleware: Middleware = {
    handleDiagnostics: (uri, diagnostics, next) => {
      this.all.set(uri.toString(), diagnostics);
      const typing = this.typing;
      if (!typing || typing.uri !== uri.toString()) return next(uri, diagnostics);
      next(uri, diagnostics.filter((d) => !(d.range.start.line <= typing.line && typing.line <= d.range.end.line)));
    },
  };

  private enabled(): boolean {
    return vscode.workspace.getConfiguration('newsproof').get<boolean>('quietWhileTyping', true);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
