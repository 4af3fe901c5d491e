import { globSync, isDynamicPattern } from 'tinyglobby';
import { dirname, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDraft, runRules, type DraftAnalysis, type Finding, type RuleSettings, type SourceIndex } from '../core';
import { expandDrafts, readDraftFile } from '../node/draftFiles';
import { sourcePaths } from '../node/files';
import { defaultCacheFolder } from '../node/sources/digestCache';
import { loadSourceIndex, skippedMessage, type LoadedSources } from '../node/sources/loadSourceIndex';
import { shownPath } from './format';
import { terminalProgress } from './progress';
import { draftIndexOf, sourceSetKey } from '../node/sources/draftSources';
import type { NewsproofSettings } from '../node/settings';
import { CliConfig, configKey, type CliConfigOptions } from './cliConfig';

export interface CheckedFile {
  file: string;
  /** The sources this draft was checked against (its config's; another draft's config may name others). */
  index?: SourceIndex;
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
  /** The rule levels in force (the first draft's config, with --rule on top). */
  rules: RuleSettings;
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

/** The source index for a CLI run: the config's sources (with `--sources`), or the bundled ones when due. */
export async function loadIndex(settings: NewsproofSettings, cwd: string, problems: string[], cacheOptions: CacheOptions = {}): Promise<LoadedSources> {
  const progress = terminalProgress();
  const cacheFolder = cacheOptions.cache === false ? undefined : cacheOptions.cacheLocation ? resolve(cwd, cacheOptions.cacheLocation) : defaultCacheFolder();
  try {
    const loaded = await loadSourceIndex({
      patterns: sourcePaths(settings, cwd),
      exclude: settings.sourcesExclude,
      baseFolder: cwd,
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

/** Says why a run has nothing to check against; undefined when it has sources. */
export function noSourcesProblem(sources: LoadedSources, settings: NewsproofSettings, configFile: string | undefined, cwd: string): string | undefined {
  if (sources.index.sources.length > 0) return undefined;
  const config = configFile ? shownPath(configFile, cwd) : 'no .newsproof.json';
  const why = sourcePaths(settings, cwd).some((p) => !p.startsWith('!')) ? 'none of the configured sources could be read' : 'no sources are configured and bundledSources is "never"';
  return `no source to check against (${config}): ${why}; set "sources" in .newsproof.json, pass --sources, or --bundled-sources always.`;
}

/** One index per distinct set of sources: drafts under the same config share it. */
function indexLoader(cwd: string, problems: string[], cacheOptions: CacheOptions) {
  const loads = new Map<string, Promise<LoadedSources>>();
  return (settings: NewsproofSettings): Promise<LoadedSources> => {
    const key = sourceSetKey(settings, cwd);
    let loaded = loads.get(key);
    if (!loaded) loads.set(key, (loaded = loadIndex(settings, cwd, problems, cacheOptions)));
    return loaded;
  };
}

/**
 * Checks drafts, each with the nearest `.newsproof.json` above it and the command line's flags on top. A config
 * whose sources yield no article is reported (exit 2) and its drafts are not checked: every figure would be "unsourced".
 */
export async function runCheck(patterns: string[], cwd: string, options: CliConfigOptions = {}, locale?: string, cacheOptions: CacheOptions = {}): Promise<CheckRun> {
  const problems: string[] = [];
  const configs = new CliConfig(cwd, options);
  const indexFor = indexLoader(cwd, problems, cacheOptions);
  const globbed = expandGlobs(patterns, cwd);
  const drafts = expandDrafts(globbed.paths, cwd);
  problems.push(...globbed.problems, ...drafts.problems);
  const files: CheckedFile[] = [];
  const reported = new Set<string>();
  let first: { sources: LoadedSources; rules: RuleSettings } | undefined;
  for (const file of drafts.files) {
    const config = configs.forDraft(file);
    const { settings } = config;
    if (!reported.has(configKey(config))) problems.push(...config.problems);
    const sources = await indexFor(settings);
    const noSources = noSourcesProblem(sources, settings, config.configFile, cwd);
    if (!reported.has(configKey(config)) && noSources) problems.push(noSources);
    reported.add(configKey(config));
    if (noSources) continue;
    first ??= { sources, rules: settings.rules };
    const read = readDraftFile(file);
    if ('problem' in read) {
      problems.push(`${shownPath(file, cwd)}: ${read.problem}.`);
      continue;
    }
    const { text } = read;
    // Read correctly, but worth saying: the next editor to open the file may not guess it.
    if (read.encoding === 'windows-1252') process.stderr.write(`newsproof: ${shownPath(file, cwd)} is read as Windows-1252, not UTF-8.\n`);
    const { index: draftIndex, unmatched } = draftIndexOf(sources, text, dirname(file), settings.names);
    for (const entry of unmatched) process.stderr.write(`newsproof: ${shownPath(file, cwd)}: the front matter's sources entry "${entry}" matches no indexed source.\n`);
    const analysis = analyzeDraft(text, draftIndex, settings.language);
    const findings = settings.enable ? runRules(analysis, draftIndex, settings.rules, locale) : [];
    files.push({ file: shownPath(file, cwd), index: sources.index, document: TextDocument.create(file, 'markdown', 0, text), analysis, findings });
  }
  // No draft checked (none given, or none had sources): the run still names the working directory's sources.
  if (!first) {
    const config = configs.forFolder(cwd);
    first = { sources: await indexFor(config.settings), rules: config.settings.rules };
  }
  return { index: first.sources.index, sources: first.sources, files, problems, rules: first.rules };
}
