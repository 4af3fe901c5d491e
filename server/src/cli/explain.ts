import { relative } from 'node:path';
import { analyzeDraft, RULES, runRules, type SourceIndex } from '../core';
import type { Rule } from '../core/rules/finding';
import type { ResolvedConfig } from '../node/config/resolveConfig';

/**
 * A rule's documentation: what it finds, its default severity, and its example run through the checker with the
 * project's config and sources. The example is written about the bundled articles: where the project's sources cannot
 * show it, that is said, and the example is run against the bundled ones, labelled as such.
 */
export async function explain(code: string, index: SourceIndex, config: ResolvedConfig, bundledIndex: () => Promise<SourceIndex>): Promise<string | undefined> {
  const rule = RULES.find((r) => r.code === code);
  if (!rule) return undefined;
  const where = config.configFile ? relative(process.cwd(), config.configFile) || config.configFile : 'the defaults (no .newsproof.json)';
  let reports = exampleFindings(rule, index);
  let heading = 'Newsproof reports:';
  if (!reports.length) {
    reports = exampleFindings(rule, await bundledIndex());
    heading = `This project's sources (${where}) cannot show this example: it is about the bundled DeepSeek articles. Against those, Newsproof reports:`;
  }
  const level = config.settings.rules[rule.code];
  const lines = [
    `${rule.code} (${rule.defaultSeverity}${level ? `; ${level} in ${where}` : ''})`,
    '',
    rule.description,
    '',
    'Example draft:',
    ...rule.example.split('\n').map((l) => `    ${l}`),
    '',
    heading,
    ...reports,
    '',
    `Turn it off or change its severity in .newsproof.json: { "rules": { "${rule.code}": "off" } }, or with --rule ${rule.code}=off.`,
    `Silence one line with <!-- newsproof-disable-next-line ${rule.code} -->.`,
  ];
  return lines.join('\n');
}

/** The example's findings of this rule, whatever level the project gives it (an explanation shows a rule turned off too). */
function exampleFindings(rule: Rule, index: SourceIndex): string[] {
  const findings = runRules(analyzeDraft(rule.example, index), index).filter((f) => f.code === rule.code);
  return findings.map((f) => `    ${rule.example.slice(f.start, f.end)}: ${f.message}${f.fix ? `\n    quick fix: ${f.fix.title}` : ''}`);
}
