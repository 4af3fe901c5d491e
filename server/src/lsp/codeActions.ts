import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { messagesFor, type Fix, type GlossaryName } from '../core';

export interface GlossaryTarget {
  /** Where `.newsproof.json` is or will be created. */
  path: string;
}

/** Quick fixes for Newsproof's diagnostics: the fix each carries, a glossary entry for a name, a suppression comment. */
export function codeActions(document: TextDocument, diagnostics: Diagnostic[], glossary: GlossaryTarget | undefined, locale: string | undefined): CodeAction[] {
  const t = messagesFor(locale);
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'newsproof') continue;
    const fix = (diagnostic.data as { fix?: Fix } | undefined)?.fix;
    if (fix) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        diagnostics: [diagnostic],
        edit: { changes: { [document.uri]: [{ range: diagnostic.range, newText: fix.newText }] } },
      });
    }
    const written = document.getText(diagnostic.range);
    if (diagnostic.code === 'name-spelling' && glossary && fix) {
      actions.push({ title: t.acceptSpelling(written, fix.newText), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: glossaryEdit(glossary, { name: fix.newText, aliases: [written] }) });
      actions.push({ title: t.addName(written), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: glossaryEdit(glossary, { name: written }) });
    }
    actions.push({ title: t.suppress(String(diagnostic.code)), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: suppressionEdit(document, diagnostic) });
  }
  return actions;
}

/** Adds a name, or a spelling to a known name, to `.newsproof.json`, creating the file if needed. */
function glossaryEdit(target: GlossaryTarget, addition: GlossaryName): WorkspaceEdit {
  const uri = pathToFileURL(target.path).href;
  const exists = existsSync(target.path);
  let config: Record<string, unknown> = {};
  let original = '';
  if (exists) {
    original = readFileSync(target.path, 'utf8');
    try {
      const parsed = JSON.parse(original) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) config = parsed as Record<string, unknown>;
    } catch {
      // A broken file is left for the user to mend; the server reports it.
      return {};
    }
  }
  const names = Array.isArray(config.names) ? [...(config.names as Array<string | GlossaryName>)] : [];
  const i = names.findIndex((n) => (typeof n === 'string' ? n : n.name) === addition.name);
  if (i >= 0 && addition.aliases) {
    const existing = names[i];
    const entry: GlossaryName = typeof existing === 'string' ? { name: existing } : { ...existing };
    entry.aliases = [...new Set([...(entry.aliases ?? []), ...addition.aliases])];
    names[i] = entry;
  } else if (i < 0) names.push(addition);
  const text = `${JSON.stringify({ ...config, names }, null, 2)}\n`;
  const lines = original.split('\n');
  const whole = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
  return {
    documentChanges: [
      ...(exists ? [] : [{ kind: 'create' as const, uri, options: { ignoreIfExists: true } }]),
      { textDocument: { uri, version: null }, edits: [{ range: exists ? whole : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
    ],
  };
}

/** `<!-- newsproof-disable-next-line code -->` above the line, indented like it. */
function suppressionEdit(document: TextDocument, diagnostic: Diagnostic): WorkspaceEdit {
  const line = diagnostic.range.start.line;
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  const eol = lineText.endsWith('\r\n') ? '\r\n' : '\n';
  return { changes: { [document.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- newsproof-disable-next-line ${diagnostic.code} -->${eol}` }] } };
}
