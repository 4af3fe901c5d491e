import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDraft, buildSourceIndex, runRules, type DraftAnalysis, type Finding, type SourceIndex } from '../core';
import { findConfigFile, loadSources, readConfigFile, sourcePaths } from '../node/files';
import { DEFAULT_SETTINGS, type NewsproofSettings } from '../node/settings';

export interface CheckedFile {
  file: string;
  document: TextDocument;
  analysis: DraftAnalysis;
  findings: Finding[];
}

export interface CheckRun {
  index: SourceIndex;
  files: CheckedFile[];
  /** Input that could not be read, and configuration problems: each a message for stderr. */
  problems: string[];
}

export function settingsForCli(cwd: string, overrides: Partial<NewsproofSettings>): { settings: NewsproofSettings; baseFolder: string; problems: string[] } {
  const configFile = findConfigFile(cwd);
  const fromFile = configFile ? readConfigFile(configFile) : { settings: {}, problems: [] };
  const baseFolder = configFile ? join(configFile, '..') : cwd;
  return { settings: { ...DEFAULT_SETTINGS, ...fromFile.settings, ...overrides }, baseFolder, problems: fromFile.problems };
}

/** Markdown files named directly, or found below a named folder. */
export function expandDrafts(paths: string[], cwd: string): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(md|markdown)$/i.test(entry.name)) files.push(full);
    }
  };
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    } catch (error) {
      problems.push(`${relative(cwd, path) || path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    }
  }
  return { files, problems };
}

export function runCheck(paths: string[], cwd: string, overrides: Partial<NewsproofSettings>, extraSources: string[] = []): CheckRun {
  const { settings, baseFolder, problems } = settingsForCli(cwd, overrides);
  const sources = loadSources([...sourcePaths(settings, baseFolder), ...extraSources.map((s) => resolve(cwd, s))]);
  problems.push(...sources.problems);
  const index = buildSourceIndex(sources.inputs, settings.names);
  const drafts = expandDrafts(paths.map((p) => resolve(cwd, p)), cwd);
  problems.push(...drafts.problems);
  const files: CheckedFile[] = [];
  for (const file of drafts.files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      problems.push(`${relative(cwd, file)}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
      continue;
    }
    const analysis = analyzeDraft(text, index, settings.language);
    const findings = settings.enable ? runRules(analysis, index, settings.rules) : [];
    files.push({ file: relative(cwd, file) || file, document: TextDocument.create(file, 'markdown', 0, text), analysis, findings });
  }
  return { index, files, problems };
}
