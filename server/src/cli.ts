import { existsSync, statSync, writeFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { createColors } from 'picocolors';
import { hoverAt, RULES, type RuleSettings } from './core';
import { cliMessages } from './core/i18n/cliMessages';
import { loadIndex, noSourcesProblem, runCheck, type CacheOptions, type CheckRun } from './cli/check';
import { CliConfig, type CliConfigOptions } from './cli/cliConfig';
import { explain } from './cli/explain';
import { printConfig } from './cli/printConfig';
import { describeSources, sourcesJson } from './cli/sourcesList';
import { displayPath, formatText, summary, toJson } from './cli/format';
import { formatGithub } from './cli/github';
import { localeFromEnvironment } from './cli/locale';
import { renderReport } from './cli/report/page';
import { formatSarif } from './cli/sarif';
import { parseRuleLevel } from './node/config/vocabulary';
import { bundledDraftsFolder, bundledSourcesFolder } from './node/files';
import type { NewsproofSettings } from './node/settings';
// esbuild puts only the version into the bundle, so the CLI says what package.json says.
import { version as VERSION } from '../../package.json';

const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

interface CheckOptions extends CacheOptions {
  format: 'text' | 'json' | 'sarif' | 'github' | 'html';
  output?: string;
  locale?: 'en' | 'de';
  sources: string[];
  bundledSources?: NewsproofSettings['bundledSources'];
  printConfig?: string;
  lang?: 'auto' | 'de' | 'en';
  rule: RuleSettings;
  maxWarnings: number;
  quiet?: boolean;
  color: boolean;
}

class UsageError extends Error {}

/** `--rule figure-mismatch=off`, repeatable; the same words as in .newsproof.json, checked by the same code. */
function parseRule(value: string, previous: RuleSettings): RuleSettings {
  const [code, level] = value.split('=');
  const parsed = parseRuleLevel(code, level ?? '', `--rule ${value}`);
  if (!parsed.level) throw new UsageError(parsed.problem!);
  return { ...previous, [code]: parsed.level };
}

/** `--sources a --sources b,c`: repeatable, comma lists allowed; never swallows the draft paths after it. */
function collectSources(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
}

const SOURCES_HELP = 'source files, folders or globs besides .newsproof.json "sources" (repeatable, or a comma list); own sources replace the bundled articles';
const bundledSourcesOption = () =>
  new Option('--bundled-sources <when>', 'use the bundled DeepSeek articles: auto (only without sources of its own), always, never (default: .newsproof.json "bundledSources", else auto)').choices(['auto', 'always', 'never']);

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new UsageError(`--max-warnings ${value}: expected a whole number (-1 for no limit).`);
  return n;
}

const program = new Command()
  .name('newsproof')
  .description('Fact-checks Markdown drafts about AI news against their source articles.')
  .version(VERSION)
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

program
  .command('check')
  .description('check Markdown drafts (files, folders or globs) and print the findings')
  .argument('[paths...]', 'Markdown files, folders or globs')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif', 'github', 'html']).default('text'))
  .option('-o, --output <file>', 'write the output to this file instead of standard output')
  .addOption(new Option('--locale <locale>', 'language of messages and of the HTML report (default for html: from LC_ALL/LANG)').choices(['en', 'de']))
  .option('--sources <path>', SOURCES_HELP, collectSources, [])
  .addOption(bundledSourcesOption())
  .option('--print-config <draft>', "print the configuration that applies to this draft as JSON (its .newsproof.json, the flags, the source files) and check nothing")
  .addOption(new Option('--lang <language>', 'language of the drafts').choices(['auto', 'de', 'en']))
  .option('--rule <code=level>', 'turn a rule off or set its level: off, error, warning (warn), information (info), hint; as in .newsproof.json (repeatable)', parseRule, {})
  .option('--max-warnings <n>', 'exit 1 only when there are more warnings than this (errors always count)', parseCount, 0)
  .option('--quiet', 'report warnings and errors only, no information')
  .option('--no-color', 'no colours in text output (default: colours on a terminal)')
  .option('--cache-location <dir>', 'folder of the source cache (default: the user cache folder)')
  .option('--no-cache', 'read and analyse every source again, and store nothing')
  .action(async (paths: string[], options: CheckOptions) => {
    const config: CliConfigOptions = { language: options.lang, rules: options.rule, sources: options.sources, bundledSources: options.bundledSources };
    if (options.printConfig !== undefined) {
      process.stdout.write(`${JSON.stringify(printConfig(options.printConfig, new CliConfig(process.cwd(), config)), null, 2)}\n`);
      return;
    }
    if (paths.length === 0) throw new UsageError("check: missing the drafts to check (files, folders or globs).");
    // Without --locale only the HTML page follows the environment: the other formats stay as they were.
    if (options.format === 'html') options.locale ??= localeFromEnvironment(process.env);
    const run = await runCheck(paths, process.cwd(), config, options.locale, options);
    report(run, options);
  });

program
  .command('explain')
  .description("print a rule's documentation with an example")
  .argument('<code>', `one of ${RULES.map((r) => r.code).join(', ')}`)
  .action(async (code: string) => {
    if (!RULES.some((r) => r.code === code)) throw new UsageError(parseRuleLevel(code, 'off', 'explain').problem!);
    const project = await indexForCommands({}, {}, undefined, false);
    // The example is about the bundled articles: where the project's sources cannot show it, the bundled ones do.
    const bundled = async () => (await loadIndex({ ...project.config.settings, sources: [bundledSourcesFolder()], bundledSources: 'never' }, process.cwd(), [])).index;
    process.stdout.write(`${await explain(code, project.loaded.index, project.config, bundled)}\n`);
  });

program
  .command('sources')
  .description('list the indexed sources with their counts of sentences, names, figures and quotations, and the config that named them')
  .argument('[path]', 'the draft or folder whose .newsproof.json applies (default: the working directory)')
  .option('--sources <path>', SOURCES_HELP, collectSources, [])
  .addOption(bundledSourcesOption())
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .option('--cache-location <dir>', 'folder of the source cache (default: the user cache folder)')
  .option('--no-cache', 'read and analyse every source again, and store nothing')
  .action(async (path: string | undefined, options: CacheOptions & { sources: string[]; format: 'text' | 'json'; bundledSources?: NewsproofSettings['bundledSources'] }) => {
    const { loaded, config } = await indexForCommands({ sources: options.sources, bundledSources: options.bundledSources }, options, path);
    const show = (uri: string) => displayPath(uri, process.cwd());
    const output = options.format === 'json' ? JSON.stringify(sourcesJson(loaded, show, config), null, 2) : describeSources(loaded, show, config);
    process.stdout.write(`${output}\n`);
  });

program
  .command('demo')
  .description('check the bundled sample drafts and show a few hover texts')
  .argument('[paths...]', 'Markdown files, folders or globs (default: samples/drafts here, else the bundled samples)')
  .option('--hovers <count>', 'hover texts to show per draft', '3')
  .action(async (paths: string[], options: { hovers: string }) => {
    // An installed CLI runs anywhere: without a checkout's samples/drafts, the drafts that ship with it.
    const drafts = paths.length ? paths : [existsSync('samples/drafts') ? 'samples/drafts' : bundledDraftsFolder()];
    const run = await runCheck(drafts, process.cwd());
    for (const problem of run.problems) process.stderr.write(`newsproof: ${problem}\n`);
    const colors = createColors(false);
    const out: string[] = [];
    for (const f of run.files) {
      out.push(`\n${cliMessages.demoDraft(f.file, f.analysis.language, f.findings.length)}`);
      const text = formatText([f], run.index, process.cwd(), colors);
      if (text) out.push(text);
      const spans = [...f.analysis.figures.filter((x) => x.match.status !== 'unsourced').map((x) => x.span), ...f.analysis.names.map((n) => n.span)];
      for (const span of spans.slice(0, Number(options.hovers) || 0)) {
        const hover = hoverAt(f.analysis, run.index, span.start);
        if (!hover) continue;
        const p = f.document.positionAt(span.start);
        out.push(`\n  ${cliMessages.demoHover(`${f.file}:${p.line + 1}:${p.character + 1}`)}\n${hover.markdown.replace(/^/gm, '    ')}`);
      }
    }
    process.stdout.write(`${out.join('\n')}\n`);
    if (run.problems.length) process.exitCode = EXIT_USAGE;
  });

/** The sources of the config nearest `path` (a draft or folder; default the working directory), for `sources` and `explain`. */
async function indexForCommands(options: CliConfigOptions = {}, cacheOptions: CacheOptions = {}, path?: string, sourcesRequired = true) {
  const problems: string[] = [];
  const configs = new CliConfig(process.cwd(), options);
  const config = path && !isFolder(path) ? configs.forDraft(path) : configs.forFolder(path ?? '.');
  const loaded = await loadIndex(config.settings, process.cwd(), problems, cacheOptions);
  const noSources = sourcesRequired ? noSourcesProblem(loaded, config.settings, config.configFile, process.cwd()) : undefined;
  for (const problem of [...config.problems, ...problems, ...(noSources ? [noSources] : [])]) process.stderr.write(`newsproof: ${problem}\n`);
  // A skipped file is reported, but the listing of the rest is no usage error.
  if (config.problems.length || loaded.problems.length || noSources) process.exitCode = EXIT_USAGE;
  return { loaded, config };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function report(run: CheckRun, options: CheckOptions): void {
  for (const problem of run.problems) process.stderr.write(`newsproof: ${problem}\n`);
  const files = options.quiet ? run.files.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === 'error' || x.severity === 'warning') })) : run.files;
  const cwd = process.cwd();
  const colors = createColors(options.color && options.format === 'text' && !options.output && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
  const json = () => toJson(files, run.index, cwd);
  let output = '';
  if (options.format === 'json') output = JSON.stringify(json(), null, 2);
  else if (options.format === 'sarif') output = JSON.stringify(formatSarif(json(), cwd, VERSION), null, 2);
  else if (options.format === 'github') output = formatGithub(json());
  else if (options.format === 'html') output = renderReport({ files, index: run.index, rules: run.rules, locale: options.locale });
  else {
    const text = formatText(files, run.index, cwd, colors);
    output = text ? `${text}\n\n${summary(files, colors)}` : summary(files, colors);
  }
  if (options.output) {
    try {
      writeFileSync(options.output, output ? `${output}\n` : '');
    } catch (error) {
      throw new UsageError(`--output ${options.output}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    }
  } else if (output) process.stdout.write(`${output}\n`);
  const all = run.files.flatMap((f) => f.findings);
  const errors = all.filter((x) => x.severity === 'error').length;
  const warnings = all.filter((x) => x.severity === 'warning').length;
  if (run.problems.length) process.exitCode = EXIT_USAGE;
  else if (errors > 0 || (options.maxWarnings >= 0 && warnings > options.maxWarnings)) process.exitCode = EXIT_FINDINGS;
}

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  else if (error instanceof UsageError) {
    process.stderr.write(`newsproof: ${error.message}\n`);
    process.exitCode = EXIT_USAGE;
  } else {
    process.stderr.write(`newsproof: ${(error as Error).message}\n`);
    process.exitCode = EXIT_USAGE;
  }
});
