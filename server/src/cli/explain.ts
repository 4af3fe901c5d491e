import { analyzeDraft, RULES, runRules, type SourceIndex } from '../core';

/** A rule's documentation: what it finds, its default severity, and its example run through the checker. */
export function explain(code: string, index: SourceIndex): string | undefined {
  const rule = RULES.find((r) => r.code === code);
  if (!rule) return undefined;
  const findings = runRules(analyzeDraft(rule.example, index), index).filter((f) => f.code === code);
  const lines = [
    `${rule.code} (${rule.defaultSeverity})`,
    '',
    rule.description,
    '',
    'Example draft:',
    ...rule.example.split('\n').map((l) => `    ${l}`),
    '',
    'Newsproof reports:',
    ...findings.map((f) => `    ${rule.example.slice(f.start, f.end)}: ${f.message}${f.fix ? `\n    quick fix: ${f.fix.title}` : ''}`),
    '',
    `Turn it off or change its severity in .newsproof.json: { "rules": { "${rule.code}": "off" } }, or with --rule ${rule.code}=off.`,
    `Silence one line with <!-- newsproof-disable-next-line ${rule.code} -->.`,
  ];
  return lines.join('\n');
}
