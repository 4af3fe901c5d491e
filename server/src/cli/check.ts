import { globSync, isDynamicPattern } from 'tinyglobby';
import { dirname, join, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDraft, runRules, type DraftAnalysis, type Finding, type RuleSettings, type SourceIndex } from '../core';
import { expandDrafts, readDraftFile } from '../node/draftFiles';
import { findConfigFile, readConfigFile, sourcePaths } from '../node/files';
import { defaultCacheFolder } from '../node/sources/digestCache';
import { loadSourceIndex, skippedMessage, type LoadedSources } from '../node/sources/loadSourceIndex';
import { shownPath } from './format';
import { terminalProgress } from './progress';
import { draftSourcesOf, narrowSources } from '../node/sources/draftSources';
import { DEFAULT_SETTINGS, type NewsproofSettings } from '../node/settings';

export interface CheckedFile {
  file: string;
  document: TextDocument;
  analysis: DraftAnalysis;
  findings: Finding[];
}

export interface CheckRun {
  index: SourceIndex;
  sources: LoadedSources;
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

/** How the CLI caches source digests, in ESLint's style: `--cache-location DIR`, `--no-cache`. */
export interface CacheOptions {
  cache?: boolean;
  cacheLocation?: string;
}

/** The source index for a CLI run: configured sources, the bundled ones when due, and `--sources`. */
export async function loadIndex(settings: NewsproofSettings, baseFolder: string, cwd: string, extraSources: string[], problems: string[], cacheOptions: CacheOptions = {}): Promise<LoadedSources> {
  const progress = terminalProgress();
  const cacheFolder = cacheOptions.cache === false ? undefined : cacheOptions.cacheLocation ? resolve(cwd, cacheOptions.cacheLocation) : defaultCacheFolder();
  try {
    const loaded = await loadSourceIndex({
      patterns: [...sourcePaths(settings, baseFolder), ...extraSources.flatMap((s) => s.split(',')).filter(Boolean).map((s) => resolve(cwd, s))],
      exclude: settings.sourcesExclude,
      baseFolder,
      glossary: settings.names,
      cacheFolder,
      progress,
    });
    problems.push(...loaded.problems);
    // A file that is no article (binary, empty, a scanned PDF) is named on stderr but fails no run.
    for (const skipped of loaded.skipped) process.stderr.write(`newsproof: ${skippedMessage(skipped)}\n`);
    return loaded;
  } finally {
    progress.end();
  }
}

export async function runCheck(patterns: string[], cwd: string, overrides: Partial<NewsproofSettings>, extraSources: string[] = [], locale?: string, rules: RuleSettings = {}, cacheOptions: CacheOptions = {}): Promise<CheckRun> {
  const { settings: configured, baseFolder, problems } = settingsForCli(cwd, overrides);
  const settings = { ...configured, rules: { ...configured.rules, ...rules } };
  const sources = await loadIndex(settings, baseFolder, cwd, extraSources, problems, cacheOptions);
  const { index } = sources;
  const globbed = expandGlobs(patterns, cwd);
  const drafts = expandDrafts(globbed.paths, cwd);
  problems.push(...globbed.problems, ...drafts.problems);
  const files: CheckedFile[] = [];
  for (const file of drafts.files) {
    const read = readDraftFile(file);
    if ('problem' in read) {
      problems.push(`${shownPath(file, cwd)}: ${read.problem}.`);
      continue;
    }
    const { text } = read;
    // Read correctly, but worth saying: the next editor to open the file may not guess it.
    if (read.encoding === 'windows-1252') process.stderr.write(`newsproof: ${shownPath(file, cwd)} is read as Windows-1252, not UTF-8.\n`);
    const entries = draftSourcesOf(text);
    const narrowed = entries ? narrowSources(sources, entries, dirname(file), settings.names) : undefined;
    for (const entry of narrowed?.unmatched ?? []) process.stderr.write(`newsproof: ${shownPath(file, cwd)}: the front matter's sources entry "${entry}" matches no indexed source.\n`);
    const draftIndex = narrowed?.index ?? index;
    const analysis = analyzeDraft(text, draftIndex, settings.language);
    const findings = settings.enable ? runRules(analysis, draftIndex, settings.rules, locale) : [];
    files.push({ file: shownPath(file, cwd), document: TextDocument.create(file, 'markdown', 0, text), analysis, findings });
  }
  return { index, sources, files, problems, rules: settings.rules };
}
