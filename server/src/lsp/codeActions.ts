import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { modify, parse, type ParseError } from 'jsonc-parser';
import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { messagesFor, type Fix, type GlossaryName } from '../core';
import { suppressionTitle } from '../core/i18n/messages';
import { suppressionAt, suppressionOfFile, type SuppressionEdit } from '../core/suppression/suppressionEdits';

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
    const code = String(diagnostic.code);
    const here = suppressionAt(document.getText(), document.offsetAt(diagnostic.range.start), code);
    actions.push({ title: here.scope === 'line' ? t.suppress(code) : suppressionTitle(locale, here.scope, code), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(document, here) });
    actions.push({ title: suppressionTitle(locale, 'file', code), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: workspaceEdit(document, suppressionOfFile(document.getText(), code)) });
  }
  return actions;
}

/**
 * Adds a name, or a spelling to a known name, to `.newsproof.json`, creating the file if needed. Only the `names`
 * entry is rewritten: the file's comments and layout stay as the writer left them.
 */
function glossaryEdit(target: GlossaryTarget, addition: GlossaryName): WorkspaceEdit {
  const uri = pathToFileURL(target.path).href;
  if (!existsSync(target.path)) {
    const text = `${JSON.stringify({ names: [addition] }, null, 2)}\n`;
    return {
      documentChanges: [
        { kind: 'create' as const, uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
      ],
    };
  }
  const original = readFileSync(target.path, 'utf8');
  const errors: ParseError[] = [];
  const config = parse(original, errors, { allowTrailingComma: true }) as unknown;
  // A broken file is left for the user to mend; the server reports it.
  if (errors.length || !config || typeof config !== 'object' || Array.isArray(config)) return {};
  const existing = (config as { names?: unknown }).names;
  const names = Array.isArray(existing) ? [...(existing as Array<string | GlossaryName>)] : [];
  const i = names.findIndex((n) => (typeof n === 'string' ? n : n.name) === addition.name);
  if (i >= 0 && addition.aliases) {
    const known = names[i];
    const entry: GlossaryName = typeof known === 'string' ? { name: known } : { ...known };
    entry.aliases = [...new Set([...(entry.aliases ?? []), ...addition.aliases])];
    names[i] = entry;
  } else if (i < 0) names.push(addition);
  const document = TextDocument.create(uri, 'jsonc', 0, original);
  const edits = modify(original, ['names'], names, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: original.includes('\r\n') ? '\r\n' : '\n' } });
  return {
    documentChanges: [{ textDocument: { uri, version: null }, edits: edits.map((e) => ({ range: { start: document.positionAt(e.offset), end: document.positionAt(e.offset + e.length) }, newText: e.content })) }],
  };
}

/** A suppression's comments as an edit of the draft: they keep its Markdown structure (core/suppression/suppressionEdits.ts). */
function workspaceEdit(document: TextDocument, suppression: SuppressionEdit): WorkspaceEdit {
  const edits = suppression.edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.newText }));
  return { changes: { [document.uri]: edits } };
}
