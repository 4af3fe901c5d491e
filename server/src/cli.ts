import { writeFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { createColors } from 'picocolors';
import { hoverAt, RULES, type RuleSettings, type Severity } from './core';
import { cliMessages } from './core/i18n/cliMessages';
import { loadIndex, runCheck, settingsForCli, type CacheOptions, type CheckRun } from './cli/check';
import { explain } from './cli/explain';
import { describeSources, sourcesJson } from './cli/sourcesList';
import { displayPath, formatText, summary, toJson } from './cli/format';
import { formatGithub } from './cli/github';
import { localeFromEnvironment } from './cli/locale';
import { renderReport } from './cli/report/page';
import { formatSarif } from './cli/sarif';
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
  lang?: 'auto' | 'de' | 'en';
  rule: RuleSettings;
  maxWarnings: number;
  quiet?: boolean;
  color: boolean;
}

class UsageError extends Error {}

const SEVERITY_WORDS: Record<string, Severity | 'off'> = { off: 'off', error: 'error', warning: 'warning', warn: 'warning', info: 'information', information: 'information', hint: 'hint' };

/** `--rule figure-mismatch=off`, repeatable. */
function parseRule(value: string, previous: RuleSettings): RuleSettings {
  const [code, level] = value.split('=');
  if (!RULES.some((r) => r.code === code)) throw new UsageError(`unknown rule "${code}" in --rule ${value}; the rules are ${RULES.map((r) => r.code).join(', ')}.`);
  const severity = SEVERITY_WORDS[level?.toLowerCase() ?? ''];
  if (!severity) throw new UsageError(`--rule ${value}: the level must be off, info, warning or error.`);
  return { ...previous, [code]: severity };
}

/** `--sources a --sources b,c`: repeatable, comma lists allowed; never swallows the draft paths after it. */
function collectSources(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
}

const SOURCES_HELP = 'source files, folders or globs besides .newsproof.json "sources" (repeatable, or a comma list)';

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
  .argument('<paths...>', 'Markdown files, folders or globs')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif', 'github', 'html']).default('text'))
  .option('-o, --output <file>', 'write the output to this file instead of standard output')
  .addOption(new Option('--locale <locale>', 'language of messages and of the HTML report (default for html: from LC_ALL/LANG)').choices(['en', 'de']))
  .option('--sources <path>', SOURCES_HELP, collectSources, [])
  .addOption(new Option('--lang <language>', 'language of the drafts').choices(['auto', 'de', 'en']))
  .option('--rule <code=level>', 'turn a rule off or set its level: off, info, warning, error (repeatable)', parseRule, {})
  .option('--max-warnings <n>', 'exit 1 only when there are more warnings than this (errors always count)', parseCount, 0)
  .option('--quiet', 'report warnings and errors only, no information')
  .option('--no-color', 'no colours in text output (default: colours on a terminal)')
  .option('--cache-location <dir>', 'folder of the source cache (default: the user cache folder)')
  .option('--no-cache', 'read and analyse every source again, and store nothing')
  .action(async (paths: string[], options: CheckOptions) => {
    const overrides: Partial<NewsproofSettings> = options.lang ? { language: options.lang } : {};
    // Without --locale only the HTML page follows the environment: the other formats stay as they were.
    if (options.format === 'html') options.locale ??= localeFromEnvironment(process.env);
    const run = await runCheck(paths, process.cwd(), overrides, options.sources, options.locale, options.rule, options);
    report(run, options);
  });

program
  .command('explain')
  .description("print a rule's documentation with an example")
  .argument('<code>', `one of ${RULES.map((r) => r.code).join(', ')}`)
  .action(async (code: string) => {
    const text = explain(code, (await indexForCommands()).index);
    if (!text) throw new UsageError(`unknown rule "${code}"; the rules are ${RULES.map((r) => r.code).join(', ')}.`);
    process.stdout.write(`${text}\n`);
  });

program
  .command('sources')
  .description('list the indexed sources with their counts of sentences, names, figures and quotations')
  .option('--sources <path>', SOURCES_HELP, collectSources, [])
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .option('--cache-location <dir>', 'folder of the source cache (default: the user cache folder)')
  .option('--no-cache', 'read and analyse every source again, and store nothing')
  .action(async (options: CacheOptions & { sources: string[]; format: 'text' | 'json' }) => {
    const loaded = await indexForCommands(options.sources, options);
    const show = (uri: string) => displayPath(uri, process.cwd());
    const output = options.format === 'json' ? JSON.stringify(sourcesJson(loaded, show), null, 2) : describeSources(loaded, show);
    process.stdout.write(`${output}\n`);
  });

program
  .command('demo')
  .description('check the bundled sample drafts and show a few hover texts')
  .argument('[paths...]', 'Markdown files, folders or globs', ['samples/drafts'])
  .option('--hovers <count>', 'hover texts to show per draft', '3')
  .action(async (paths: string[], options: { hovers: string }) => {
    const run = await runCheck(paths, process.cwd(), {});
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

async function indexForCommands(extraSources: string[] = [], cacheOptions: CacheOptions = {}) {
  const problems: string[] = [];
  const { settings, baseFolder, problems: configProblems } = settingsForCli(process.cwd(), {});
  const loaded = await loadIndex(settings, baseFolder, process.cwd(), extraSources, problems, cacheOptions);
  for (const problem of [...configProblems, ...problems]) process.stderr.write(`newsproof: ${problem}\n`);
  // A skipped file is reported, but the listing of the rest is no usage error.
  if (configProblems.length || loaded.problems.length) process.exitCode = EXIT_USAGE;
  return loaded;
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
