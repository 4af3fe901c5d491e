import * as vscode from 'vscode';
import type { Range } from '../../server/src/protocol';

/** Opens a document with a range selected and in view: a claim in the draft, a sentence in a source. */
export async function openAt(uri: string, range: Range): Promise<void> {
  const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection, preview: true });
}
