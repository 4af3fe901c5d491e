import { Command, CommanderError, Option } from 'commander';
import { hoverAt } from './core';
import { runCheck } from './cli/check';
import { formatText, toJson } from './cli/format';
import type { NewsproofSettings } from './node/settings';

const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

interface CheckOptions {
  format: 'text' | 'json';
  sources?: string[];
  lang?: 'auto' | 'de' | 'en';
}

function overridesOf(options: CheckOptions): Partial<NewsproofSettings> {
  return options.lang ? { language: options.lang } : {};
}

const program = new Command()
  .name('newsproof')
  .description('Fact-checks Markdown drafts about AI news against their source articles.')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

program
  .command('check')
  .description('check Markdown drafts (files or folders) and print the findings')
  .argument('<files...>', 'Markdown files or folders')
  .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
  .option('--sources <paths...>', 'extra source files or folders (besides .newsproof.json "sources")')
  .addOption(new Option('--lang <language>', 'language of the drafts').choices(['auto', 'de', 'en']))
  .action((files: string[], options: CheckOptions) => {
    const run = runCheck(files, process.cwd(), overridesOf(options), options.sources);
    for (const problem of run.problems) process.stderr.write(`newsproof: ${problem}\n`);
    if (options.format === 'json') process.stdout.write(`${JSON.stringify(toJson(run.files), null, 2)}\n`);
    else {
      const text = formatText(run.files);
      if (text) process.stdout.write(`${text}\n`);
    }
    if (run.problems.length) process.exitCode = EXIT_USAGE;
    else if (run.files.some((f) => f.findings.some((x) => x.severity === 'warning' || x.severity === 'error'))) process.exitCode = EXIT_FINDINGS;
  });

program
  .command('demo')
  .description('check the bundled sample drafts and show a few hover texts')
  .argument('[files...]', 'Markdown files or folders', ['samples/drafts'])
  .option('--hovers <count>', 'hover texts to show per draft', '3')
  .action((files: string[], options: { hovers: string }) => {
    const run = runCheck(files, process.cwd(), {});
    for (const problem of run.problems) process.stderr.write(`newsproof: ${problem}\n`);
    const out: string[] = [];
    for (const f of run.files) {
      out.push(`\n━━ ${f.file} (${f.analysis.language === 'de' ? 'German' : 'English'}): ${f.findings.length} finding${f.findings.length === 1 ? '' : 's'}`);
      const text = formatText([f]);
      if (text) out.push(text);
      const hovers = [...f.analysis.figures.filter((x) => x.match.status !== 'unsourced').map((x) => x.span), ...f.analysis.names.map((n) => n.span)].slice(0, Number(options.hovers) || 0);
      for (const span of hovers) {
        const hover = hoverAt(f.analysis, run.index, span.start);
        if (!hover) continue;
        const p = f.document.positionAt(span.start);
        out.push(`\n  hover at ${f.file}:${p.line + 1}:${p.character + 1}\n${hover.markdown.replace(/^/gm, '    ')}`);
      }
    }
    process.stdout.write(`${out.join('\n')}\n`);
    if (run.problems.length) process.exitCode = EXIT_USAGE;
  });

try {
  program.parse(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  else {
    process.stderr.write(`newsproof: ${(error as Error).message}\n`);
    process.exitCode = EXIT_USAGE;
  }
}
