import { readdirSync, readFileSync, statSync } from 'node:fs';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { join, relative, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDraft, buildSourceIndex, runRules, type DraftAnalysis, type Finding, type RuleSettings, type SourceIndex } from '../core';
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
  /** The rule levels in force: .newsproof.json with --rule on top. */
  rules: RuleSettings;
}

export function settingsForCli(cwd: string, overrides: Partial<NewsproofSettings>): { settings: NewsproofSettings; baseFolder: string; problems: string[] } {
  const configFile = findConfigFile(cwd);
  const fromFile = configFile ? readConfigFile(configFile) : { settings: {}, problems: [] };
  const baseFolder = configFile ? join(configFile, '..') : cwd;
  return { settings: { ...DEFAULT_SETTINGS, ...fromFile.settings, ...overrides }, baseFolder, problems: fromFile.problems };
}

/** Paths and globs to paths: a glob that matches nothing is a problem worth a message. */
export function expandGlobs(patterns: string[], cwd: string): { paths: string[]; problems: string[] } {
  const paths: string[] = [];
  const problems: string[] = [];
  for (const pattern of patterns) {
    if (!isDynamicPattern(pattern)) {
      paths.push(resolve(cwd, pattern));
      continue;
    }
    const matches = globSync(pattern, { cwd, absolute: true, dot: false, ignore: ['**/node_modules/**'] }).sort();
    if (matches.length === 0) problems.push(`${pattern}: no file matches.`);
    paths.push(...matches);
  }
  return { paths, problems };
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

/** The source index for a CLI run: configured sources, the bundled ones when due, and `--sources`. */
export function loadIndex(settings: NewsproofSettings, baseFolder: string, cwd: string, extraSources: string[], problems: string[]): SourceIndex {
  const extra = expandGlobs(extraSources, cwd);
  const sources = loadSources([...sourcePaths(settings, baseFolder), ...extra.paths]);
  problems.push(...extra.problems, ...sources.problems);
  return buildSourceIndex(sources.inputs, settings.names);
}

export function runCheck(patterns: string[], cwd: string, overrides: Partial<NewsproofSettings>, extraSources: string[] = [], locale?: string, rules: RuleSettings = {}): CheckRun {
  const { settings: configured, baseFolder, problems } = settingsForCli(cwd, overrides);
  const settings = { ...configured, rules: { ...configured.rules, ...rules } };
  const index = loadIndex(settings, baseFolder, cwd, extraSources, problems);
  const globbed = expandGlobs(patterns, cwd);
  const drafts = expandDrafts(globbed.paths, cwd);
  problems.push(...globbed.problems, ...drafts.problems);
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
    const findings = settings.enable ? runRules(analysis, index, settings.rules, locale) : [];
    files.push({ file: relative(cwd, file) || file, document: TextDocument.create(file, 'markdown', 0, text), analysis, findings });
  }
  return { index, files, problems, rules: settings.rules };
}
